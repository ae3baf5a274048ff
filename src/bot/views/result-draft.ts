// The screens of /addresult: each step's question with its buttons, the preview (the alert in the
// language a subscriber reads it in, as result-alert.ts writes it), and the reply once saved.
import { InlineKeyboard } from "grammy";
import { athleteName } from "../../domain/athletes.js";
import type { Athlete, AthleteName, Games, Medal, Result, Sport, Translated } from "../../domain/types.js";
import { LANGS, type Lang } from "../../lib/languages.js";
import {
  type ResultAction,
  type ResultField,
  resultActionButton,
  resultAnswerButton,
  resultLanguageButton,
  resultSportsPageButton,
  undoResultButton,
} from "../callback-data/add-result.js";
import { t } from "../i18n.js";
import { clip, type Html, html, joinHtml } from "../render/html.js";
import { type GamesRef, gamesRef, gamesShortLabel } from "./games.js";
import type { RenderContext } from "./render-context.js";
import { resultAlertView } from "./result-alert.js";
import type { View } from "./view.js";

/** What a staff screen keeps of a Games for a result: its name, zone and days (plain JSON). */
export type ResultGames = GamesRef & Pick<Games, "opensOn" | "competitionStartsOn">;

export function resultGamesRef(g: ResultGames): ResultGames {
  return { ...gamesRef(g), opensOn: g.opensOn, competitionStartsOn: g.competitionStartsOn };
}

/** Who got the result: a team, or athletes (known ones, and new names to add). */
export type ResultWho = { team: true } | { team: false; athletes: Athlete[]; newAthletes: AthleteName[] };

/** The texts of a result typed in one language and asked in the others. */
export type TranslatedField = "event" | "placing" | "note" | "qualifier" | "place";

/** A medal, or a placing without one ("4th", "quarter-final") in up to three languages. */
export type ResultOutcome = { medal: Medal } | { placing: Translated };

/** A result ready to save, as the preview shows it; every value plain JSON. */
export interface ResultDraft {
  games: ResultGames;
  sport: Sport;
  event: Translated;
  who: ResultWho;
  outcome: ResultOutcome;
  wonOn: string;
  source: string | null;
}

/** Each question's locale key, and its number among /addresult's seven (the note is only corrected, never asked there). */
const QUESTION: Record<ResultField, { key: string; n: number | null }> = {
  games: { key: "ar-games", n: 1 },
  sport: { key: "ar-sport", n: 2 },
  event: { key: "ar-event", n: 3 },
  athletes: { key: "ar-athletes", n: 4 },
  result: { key: "ar-result", n: 5 },
  date: { key: "ar-date", n: 6 },
  source: { key: "ar-source", n: 7 },
  note: { key: "ar-note", n: null },
};
const QUESTIONS = 7;

/** What /editresult shows above a question it asks again: what is corrected, and its value now. */
export type QuestionHeader = (rc: RenderContext) => Html;

/** What a question offers as buttons. */
export interface ResultQuestionOptions {
  games?: ResultGames[];
  sports?: Sport[];
  sportsPage?: { page: number; pages: number };
  athletes?: Athlete[];
  /** The host city, for the date question (the day is the host's). */
  city?: string;
  /** The relative days offered as buttons: only those within the Games' days. */
  relative?: readonly ("today" | "yesterday")[];
  /**
   * What is being corrected and its value now (/editresult): shown above the question, which
   * then has no number (it is not one of /addresult's seven).
   */
  header?: Html;
  /** A question of its own (a qualifier's entries, its link), in place of this step's: numberless. */
  question?: Html;
  /** A link or note left out: Skip (default) while recording; Clear (removes it) or nothing when correcting. */
  empty?: "skip" | "clear" | "none";
}

const answer = (field: ResultField, value: number) => resultAnswerButton.encode({ field, value });
const action = (a: ResultAction) => resultActionButton.encode({ action: a });

function twoPerRow(keyboard: InlineKeyboard, buttons: { text: string; data: string }[]): InlineKeyboard {
  buttons.forEach((b, i) => {
    keyboard.text(b.text, b.data);
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard.row();
}

/** A step's question and its buttons (the flow adds Back and Cancel). */
export function resultQuestionView(rc: RenderContext, step: ResultField, o: ResultQuestionOptions = {}): View {
  const keyboard = new InlineKeyboard();
  switch (step) {
    case "games":
      twoPerRow(
        keyboard,
        (o.games ?? []).map((g) => ({ text: gamesShortLabel(rc, g), data: answer("games", g.id) })),
      );
      break;
    case "sport": {
      twoPerRow(
        keyboard,
        (o.sports ?? []).map((s) => ({ text: s.name[rc.lang], data: answer("sport", s.id) })),
      );
      const { page, pages } = o.sportsPage ?? { page: 0, pages: 1 };
      if (page > 0) keyboard.text("◀️", resultSportsPageButton.encode({ page: page - 1 }));
      if (page < pages - 1) keyboard.text("▶️", resultSportsPageButton.encode({ page: page + 1 }));
      keyboard.row();
      break;
    }
    case "athletes":
      twoPerRow(
        keyboard,
        (o.athletes ?? []).map((a) => ({ text: athleteName(a.name, rc.lang), data: answer("athletes", a.id) })),
      );
      keyboard.text(rc.t("al-team"), action("team")).row();
      break;
    case "result":
      keyboard
        .text(rc.t("ar-medal", { medal: "gold" }), action("gold"))
        .text(rc.t("ar-medal", { medal: "silver" }), action("silver"))
        .text(rc.t("ar-medal", { medal: "bronze" }), action("bronze"))
        .row();
      break;
    case "date":
      for (const day of o.relative ?? []) keyboard.text(rc.t(day === "today" ? "al-today" : "al-yesterday"), action(day));
      if (o.relative?.length) keyboard.row();
      break;
    case "source":
    case "note": {
      // Either way the answer is "no link" (or no note): while correcting, that removes the one there is.
      const empty = o.empty ?? "skip";
      if (empty !== "none") keyboard.text(rc.t(empty === "clear" ? "el-clear" : "al-skip"), action("skip")).row();
      break;
    }
    case "event":
      break;
  }
  const { key, n } = QUESTION[step];
  const question =
    o.question ??
    t(rc, key, {
      step: n === null || o.header ? "" : `${n}/${QUESTIONS} · `,
      city: o.city ?? "",
      buttons: o.relative?.length ? "yes" : "no",
      empty: o.empty ?? "skip",
    });
  return { text: o.header ? joinHtml([o.header, question], "\n") : question, keyboard };
}

/** A typed sport that matched several or none: the hint, with the likely sports as buttons. */
export function resultSportSuggestionsView(rc: RenderContext, key: string, query: string, sports: readonly Sport[]): View {
  const keyboard = twoPerRow(
    new InlineKeyboard(),
    sports.map((s) => ({ text: s.name[rc.lang], data: answer("sport", s.id) })),
  );
  return { text: t(rc, key, { query }), keyboard };
}

/** A typed name that may be athletes already known: each of them as a button, or a new athlete by that name. */
export function athleteChoiceView(rc: RenderContext, typed: string, candidates: readonly Athlete[]): View {
  const keyboard = new InlineKeyboard();
  for (const a of candidates) keyboard.text(athleteName(a.name, rc.lang), answer("athletes", a.id)).row();
  keyboard.text(rc.t("ar-athlete-new", { name: typed.slice(0, 40) }), action("new")).row();
  return { text: t(rc, "ar-athlete-which", { name: typed }), keyboard };
}

/** A new athlete's name in the other script: the proposal to accept, a correction to type, or skip. */
export function resultNameQuestionView(rc: RenderContext, typed: string, script: "latin" | "cyrillic", proposal: string): View {
  const keyboard = new InlineKeyboard().text(proposal.slice(0, 60), action("accept")).row().text(rc.t("al-skip"), action("skip"));
  return { text: t(rc, "al-name-other", { name: typed, script, proposal }), keyboard };
}

/**
 * The same text in another language, after it was typed in one: English is needed, Russian and
 * Kazakh may be skipped. While correcting, the text there is now in that language may be kept.
 */
export function resultTranslationView(
  rc: RenderContext,
  field: TranslatedField,
  lang: Lang,
  typed: string,
  required: boolean,
  current?: string,
): View {
  const keyboard = new InlineKeyboard();
  if (current !== undefined) keyboard.text(rc.t("ar-keep", { text: clip(current, 40) }), action("keep")).row();
  if (!required) keyboard.text(rc.t("al-skip"), action("skip"));
  return { text: t(rc, required ? "ar-translation-en" : "ar-translation", { field, lang, typed }), keyboard };
}

/** Who got it as a result names them: new athletes (not yet saved) with stand-in ids, a team named as a team. */
export function whoOf(who: ResultWho, teamName: Translated): Pick<Result, "athletes" | "team"> {
  if (who.team) return { athletes: [], team: teamName };
  return { athletes: [...who.athletes, ...who.newAthletes.map((name, i) => ({ id: -1 - i, name }))], team: null };
}

/** A medal, or a placing without one, as a result holds them. */
export function outcomeOf(outcome: ResultOutcome): Pick<Result, "medal" | "placing"> {
  return "medal" in outcome ? { medal: outcome.medal, placing: null } : { medal: null, placing: outcome.placing };
}

/** The draft as the result it will be. */
function draftResult(draft: ResultDraft, teamName: Translated): Result {
  return {
    id: 0,
    gamesId: draft.games.id,
    sport: draft.sport,
    ...outcomeOf(draft.outcome),
    event: draft.event,
    ...whoOf(draft.who, teamName),
    wonOn: draft.wonOn,
    source: draft.source,
    note: null,
  };
}

/**
 * The preview: the alert exactly as a subscriber reading `shown`'s language will get it (the
 * staff member's own at first; buttons show the other two), then the choices.
 */
export function resultPreviewView(rc: RenderContext, shown: RenderContext, draft: ResultDraft, teamName: Translated): View {
  const alert = resultAlertView(shown, draft.games, draftResult(draft, teamName));
  const text = joinHtml([t(rc, "ar-preview"), html``, alert.text], "\n");
  const keyboard = new InlineKeyboard();
  for (const lang of LANGS) {
    if (lang !== shown.lang) keyboard.text(rc.t("al-preview-in", { lang }), resultLanguageButton.encode({ lang }));
  }
  keyboard.row().text(rc.t("ar-save-alert"), action("alert")).row().text(rc.t("ar-save-quiet"), action("quiet"));
  return { text, keyboard };
}

/** Saved: with the alert's delay and Undo, or without an alert; or saved before from this draft. */
export function resultSavedView(
  rc: RenderContext,
  resultId: number,
  outcome: { already: boolean; alert: boolean; delaySec: number },
): View {
  const keyboard = new InlineKeyboard().text(rc.t("al-undo"), undoResultButton.encode({ resultId }));
  const key = outcome.already ? "ar-saved-already" : outcome.alert ? "ar-saved-alert" : "ar-saved";
  return { text: t(rc, key, { id: resultId, seconds: outcome.delaySec }), keyboard };
}
