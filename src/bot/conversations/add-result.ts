// /addresult: the staff conversation that records a result (a medal, or a placing such as "4th"),
// one step per field, in the idiom of /addlicense (staff-flow.ts handles the turns: Back, /cancel,
// idle, other commands, older messages). The preview is the alert in each language; Save records
// it with or without the alert, and Undo under "saved" removes it whole within ALERT_DELAY.
// /editresult (edit-result.ts) asks a field again with these same steps: given a `header` (what
// is corrected, and its value now), a step shows it above its question.
import { randomUUID } from "node:crypto";

import { indexAthletes, matchAthletes } from "../../domain/athletes.js";
import { defaultMedalsGames } from "../../domain/catalog.js";
import { getSport, sportLicenses } from "../../domain/fan-data.js";
import { gamesPhase, gamesWindow } from "../../domain/games.js";
import { programmeOf } from "../../domain/programme.js";
import { type NewResult, recordResult } from "../../domain/result-records.js";
import type { Athlete, AthleteName, Medal, Sport } from "../../domain/types.js";
import { LANGS, type Lang, type Translated } from "../../lib/languages.js";
import { isLatin } from "../../lib/transliterate.js";
import {
  type ResultField,
  resultActionButton,
  resultAnswerButton,
  resultLanguageButton,
  resultSportsPageButton,
} from "../callback-data/add-result.js";
import { type BotContext, renderContextOf } from "../context.js";
import { renderContext } from "../views/render-context.js";
import {
  athleteChoiceView,
  outcomeOf,
  type QuestionHeader,
  type ResultDraft,
  type ResultGames,
  type ResultOutcome,
  type ResultWho,
  resultGamesRef,
  resultNameQuestionView,
  resultPreviewView,
  resultQuestionView,
  resultSavedView,
  resultSportSuggestionsView,
  resultTranslationView,
  type TranslatedField,
} from "../views/result-draft.js";
import { messageView } from "../views/view.js";
import { gamesByName } from "./add-license.js";
import { checkAthleteNames, checkSource, checkText, MAX_NOTE, MAX_TEXT, nameForm, otherScript, withOtherScript } from "./license-input.js";
import { readProgrammeSport, type SportState } from "./programme-sport.js";
import { checkResultDate, relativeDaysWithin, resultsBegun } from "./result-input.js";
import { again, type FlowTexts, hint, ok, type StaffFlow, type Step, staffConversation, staffId } from "./staff-flow.js";

export const ADD_RESULT = "addresult";

const TEXTS: FlowTexts = { idle: "ar-idle", cancelled: "ar-cancelled", busy: "ar-busy", backFirst: "al-back-first", failed: "ar-failed" };
const SPORTS_PER_PAGE = 8;
const RECENT_GAMES = 4;

/** What the preview hands on: save with an alert or without (Cancel is the flow's own button). */
type SaveChoice = { alert: boolean };

export const addResult = staffConversation(TEXTS, async (flow) => {
  // The draft's identity, saved with the result: Save pressed twice, or replayed after a crash,
  // finds the result saved the first time instead of making a second one (and a second alert).
  const draftKey = await flow.external(() => randomUUID());
  const games = await flow.ask(gamesStep());
  const sport = await flow.ask(sportStep(games));
  const event = await askTranslated(flow, "event", await flow.ask(typedTextStep("event")));
  const who = await askWho(flow, games, sport);
  const outcome = await askOutcome(flow);
  const wonOn = await flow.ask(dateStep(games));
  const source = await flow.ask(sourceStep());
  const draft: ResultDraft = { games, sport, event, who, outcome, wonOn, source };
  for (;;) {
    const choice = await flow.ask(previewStep(draft));
    const saving = await flow.attempt(async (o) => {
      const alertDelayMs = o.config.alertDelaySec * 1000;
      const recorded = await recordResult(o.readModel, staffId(o), toNewResult(o, draft, draftKey), o.clock(), {
        alert: choice.alert,
        alertDelayMs,
      });
      o.logger.info({ ...recorded, by: staffId(o), alert: choice.alert }, "result recorded");
      return recorded;
    });
    if (!saving.ok) {
      // Nothing was written (one transaction): the draft stays, and Save can be pressed again.
      await flow.say((o) => messageView(renderContextOf(o), "ar-save-failed", { reason: saving.reason }));
      continue;
    }
    const saved = saving.value;
    await flow.say((o) =>
      resultSavedView(renderContextOf(o), saved.resultId, {
        already: saved.already,
        alert: saved.broadcastId !== null,
        delaySec: o.config.alertDelaySec,
      }),
    );
    return;
  }
});

// --- the steps -----------------------------------------------------------------------------

/** What a press on a step's own buttons says: an id it offered, or one of its actions. */
function pressed(turn: { press: string | undefined }, field: ResultField) {
  const given = resultAnswerButton.decode(turn.press);
  return { picked: given?.field === field ? given.value : null, action: resultActionButton.decode(turn.press)?.action };
}

/**
 * The Games a result is for: the one on now, else the latest that is over (as /medals), first
 * among the buttons, then the other Games that most recently began. Any Games may be typed, but
 * not one whose competitions have not begun: it has no results yet.
 */
function gamesStep(): Step<ResultGames> {
  return {
    initial: null,
    async ask(o) {
      const { catalog } = await o.readModel.current();
      const now = o.clock();
      const first = defaultMedalsGames(catalog, now);
      const begun = catalog.games
        .filter((g) => gamesPhase(g, now) !== "before" && g.id !== first?.id)
        .sort((a, b) => gamesWindow(b).start.getTime() - gamesWindow(a).start.getTime());
      const offered = [...(first && gamesPhase(first, now) !== "before" ? [first] : []), ...begun].slice(0, RECENT_GAMES);
      return resultQuestionView(renderContextOf(o), "games", { games: offered.map(resultGamesRef) });
    },
    async read(o, turn) {
      const { catalog } = await o.readModel.current();
      const { picked } = pressed(turn, "games");
      const games =
        picked !== null ? catalog.games.find((g) => g.id === picked) : turn.text ? gamesByName(o, catalog.games, turn.text) : undefined;
      if (!games) return hint("ar-games-unknown");
      if (!resultsBegun(games, turn.now)) return hint("ar-games-ahead");
      return ok(resultGamesRef(games));
    },
  };
}

function sportStep(games: ResultGames): Step<Sport, SportState> {
  return {
    initial: { page: 0 },
    async ask(o, state) {
      const data = await o.readModel.current();
      const rc = renderContextOf(o);
      if (state.suggest) {
        const sports = state.suggest.sportIds.flatMap((id) => getSport(data, id) ?? []);
        return resultSportSuggestionsView(rc, state.suggest.key, state.suggest.query, sports);
      }
      const all = programmeOf(data, games.id).sort((a, b) => a.name[o.lang].localeCompare(b.name[o.lang], o.lang));
      const pages = Math.max(1, Math.ceil(all.length / SPORTS_PER_PAGE));
      const page = Math.min(state.page, pages - 1);
      return resultQuestionView(rc, "sport", {
        sports: all.slice(page * SPORTS_PER_PAGE, (page + 1) * SPORTS_PER_PAGE),
        sportsPage: { page, pages },
      });
    },
    async read(o, turn, state) {
      const answer = { picked: pressed(turn, "sport").picked, page: resultSportsPageButton.decode(turn.press)?.page, text: turn.text };
      return readProgrammeSport(await o.readModel.current(), games, answer, state);
    },
  };
}

/** A text typed in any of the three languages: the form of the typist's language (Latin is English). */
export type TypedText = Partial<Record<Lang, string>>;

export function typedTextStep(field: "event", header?: QuestionHeader): Step<TypedText> {
  return {
    initial: null,
    ask: (o) => {
      const rc = renderContextOf(o);
      return resultQuestionView(rc, field, { header: header?.(rc) });
    },
    read(o, turn) {
      const checked = checkRequiredText(turn.text);
      return checked.ok ? ok(nameForm(checked.value, o.lang)) : checked;
    },
  };
}

/**
 * The other languages of a typed text: English is needed (every language falls back to it, and
 * the database requires it), the others optional. While correcting, each may keep its `current` text.
 */
export async function askTranslated(
  flow: StaffFlow,
  field: TranslatedField,
  typedForms: TypedText,
  current?: Translated | null,
): Promise<Translated> {
  const forms = { ...typedForms };
  const typed = Object.values(forms)[0] ?? "";
  for (const lang of LANGS) {
    if (forms[lang] !== undefined) continue;
    const value = await flow.ask(translationStep(field, lang, typed, current?.[lang]));
    if (value !== null) forms[lang] = value;
  }
  return { ...forms, en: forms.en ?? typed };
}

function translationStep(field: TranslatedField, lang: Lang, typed: string, current: string | undefined): Step<string | null> {
  const required = lang === "en";
  const max = field === "note" ? MAX_NOTE : MAX_TEXT;
  return {
    initial: null,
    ask: (o) => resultTranslationView(renderContextOf(o), field, lang, typed, required, current),
    read(_o, turn) {
      const action = resultActionButton.decode(turn.press)?.action;
      if (action === "keep" && current !== undefined) return ok(current);
      if (!required && action === "skip") return ok(null);
      const checked = required ? checkRequiredText(turn.text, max) : checkText(turn.text, max);
      if (!checked.ok) return checked;
      if (required && !isLatin(checked.value)) return hint("al-translation-en-bad");
      return ok(checked.value);
    },
  };
}

/** One typed name: an athlete known by exactly that name, athletes it may mean, or a new one. */
type NamedAthlete = { known: Athlete } | { name: AthleteName; typed: string; candidates: Athlete[] };
type WhoAnswer = { team: true } | { team: false; names: NamedAthlete[] };

/**
 * Who got it: a team, or athletes (known ones first, by the name lookup; new names with their other
 * script). `question` asks it in words of its own (a qualifier's entries are no result).
 */
export async function askWho(
  flow: StaffFlow,
  games: ResultGames,
  sport: Sport,
  header?: QuestionHeader,
  question?: QuestionHeader,
): Promise<ResultWho> {
  const answer = await flow.ask(athletesStep(games, sport, header, question));
  if (answer.team) return answer;
  const athletes: Athlete[] = [];
  const newAthletes: AthleteName[] = [];
  for (const named of answer.names) {
    if ("known" in named) {
      athletes.push(named.known);
      continue;
    }
    const chosen = named.candidates.length > 0 ? await flow.ask(athleteChoiceStep(named.typed, named.candidates)) : null;
    if (chosen) athletes.push(chosen);
    else newAthletes.push(await flow.ask(otherScriptStep(named.name)));
  }
  return { team: false, athletes: dedupeById(athletes), newAthletes };
}

function athletesStep(
  games: ResultGames,
  sport: Sport,
  header: QuestionHeader | undefined,
  question: QuestionHeader | undefined,
): Step<WhoAnswer> {
  return {
    initial: null,
    async ask(o) {
      // The sport's athletes with licenses at these Games, as buttons: most results are theirs.
      const licenses = sportLicenses(await o.readModel.current(), games.id, sport.id);
      const athletes = dedupeById(licenses.flatMap((l) => l.athletes)).slice(0, 8);
      const rc = renderContextOf(o);
      return resultQuestionView(rc, "athletes", { athletes, header: header?.(rc), question: question?.(rc) });
    },
    async read(o, turn) {
      const data = await o.readModel.current();
      const { picked, action } = pressed(turn, "athletes");
      if (action === "team") return ok({ team: true });
      if (picked !== null) {
        const known = data.athletes.get(picked);
        return known ? ok({ team: false, names: [{ known }] }) : hint("ar-athletes-none");
      }
      const all = [...data.athletes.values()];
      const checked = checkAthleteNames(turn.text, all, o.lang);
      if (!checked.ok) return checked.hint === "al-athletes-none" ? hint("ar-athletes-none") : checked;
      const index = indexAthletes(all);
      return ok({
        team: false,
        names: checked.value.map((n): NamedAthlete => {
          if ("known" in n) return n;
          const typed = n.name.en ?? n.name.ru ?? n.name.kk ?? "";
          return { name: n.name, typed, candidates: matchAthletes(typed, index).slice(0, 6) };
        }),
      });
    },
  };
}

/** "Шайдоров": Михаил Шайдоров, or someone new? */
function athleteChoiceStep(typed: string, candidates: Athlete[]): Step<Athlete | null> {
  return {
    initial: null,
    ask: (o) => athleteChoiceView(renderContextOf(o), typed, candidates),
    read(_o, turn) {
      const { picked, action } = pressed(turn, "athletes");
      if (action === "new") return ok(null);
      const known = candidates.find((a) => a.id === picked);
      return known ? ok(known) : hint("ar-athlete-pick");
    },
  };
}

function otherScriptStep(name: AthleteName): Step<AthleteName> {
  const { script, proposal } = otherScript(name);
  return {
    initial: null,
    ask: (o) => resultNameQuestionView(renderContextOf(o), name.en ?? name.ru ?? name.kk ?? "", script, proposal),
    read(_o, turn) {
      const { action } = pressed(turn, "athletes");
      return withOtherScript(name, { action: action === "skip" || action === "accept" ? action : null, text: turn.text });
    },
  };
}

/** A medal pressed, or a placing typed ("4th", "четвертьфинал") and then its other languages (the `current` ones may be kept). */
export async function askOutcome(flow: StaffFlow, header?: QuestionHeader, current?: Translated | null): Promise<ResultOutcome> {
  const answer = await flow.ask(outcomeStep(header));
  if ("medal" in answer) return answer;
  return { placing: await askTranslated(flow, "placing", answer.typed, current) };
}

function outcomeStep(header: QuestionHeader | undefined): Step<{ medal: Medal } | { typed: TypedText }> {
  return {
    initial: null,
    ask: (o) => {
      const rc = renderContextOf(o);
      return resultQuestionView(rc, "result", { header: header?.(rc) });
    },
    read(o, turn) {
      const { action } = pressed(turn, "result");
      if (action === "gold" || action === "silver" || action === "bronze") return ok({ medal: action });
      const checked = checkRequiredText(turn.text);
      return checked.ok ? ok({ typed: nameForm(checked.value, o.lang) }) : checked;
    },
  };
}

export function dateStep(games: ResultGames, header?: QuestionHeader): Step<string> {
  return {
    initial: null,
    ask: (o) => {
      const rc = renderContextOf(o);
      const relative = relativeDaysWithin(games, rc.now.getTime());
      return resultQuestionView(rc, "date", { city: games.hostCity[o.lang], relative, header: header?.(rc) });
    },
    read(_o, turn) {
      const { action } = pressed(turn, "date");
      const relative = action === "today" || action === "yesterday" ? action : undefined;
      return checkResultDate({ text: turn.text, relative }, turn.now, games);
    },
  };
}

/** The link, or none: skipped while recording; while correcting, Clear removes the one there is. */
export function sourceStep(
  correcting?: { header: QuestionHeader; current: string | null },
  question?: QuestionHeader,
): Step<string | null> {
  return {
    initial: null,
    ask: (o) => {
      const rc = renderContextOf(o);
      if (!correcting) return resultQuestionView(rc, "source", { question: question?.(rc) });
      return resultQuestionView(rc, "source", { header: correcting.header(rc), empty: correcting.current === null ? "none" : "clear" });
    },
    read(_o, turn) {
      if (pressed(turn, "source").action === "skip") return ok(null);
      return checkSource(turn.text);
    },
  };
}

/** The preview in the language last chosen, until Save (with the alert or without) is pressed. */
function previewStep(draft: ResultDraft): Step<SaveChoice, Lang | null> {
  return {
    initial: null,
    ask(o, lang) {
      const rc = renderContextOf(o);
      return resultPreviewView(rc, renderContext(o.i18n, lang ?? o.lang, o.config, rc.now), draft, teamName(o));
    },
    read(_o, turn) {
      const language = resultLanguageButton.decode(turn.press)?.lang;
      if (language) return again(language);
      const { action } = pressed(turn, "source");
      if (action === "alert" || action === "quiet") return ok({ alert: action === "alert" });
      return hint(TEXTS.busy);
    },
  };
}

// --- helpers -------------------------------------------------------------------------------

/** A text that cannot be skipped (the event, a placing, their English): its own hint when empty. */
export function checkRequiredText(typed: string | undefined, max = MAX_TEXT) {
  const checked = checkText(typed, max);
  return !checked.ok && checked.hint === "al-text-empty" ? hint("ar-text-empty") : checked;
}

/** A team is named as a team in every language (the flow asks no team name), as for licenses. */
export function teamName(o: BotContext): Translated {
  return Object.fromEntries(LANGS.map((l) => [l, o.i18n.t(l, "al-team-name")])) as Translated;
}

/** The draft as the domain records it. */
function toNewResult(o: BotContext, d: ResultDraft, draftKey: string): NewResult {
  return {
    draftKey,
    gamesId: d.games.id,
    sportId: d.sport.id,
    ...outcomeOf(d.outcome),
    event: d.event,
    ...whoFields(o, d.who),
    wonOn: d.wonOn,
    source: d.source,
  };
}

/** Who got it, as the domain records it: known athletes by id and new ones by name, or the team. */
export function whoFields(o: BotContext, who: ResultWho): Pick<NewResult, "athleteIds" | "newAthletes" | "team"> {
  if (who.team) return { athleteIds: [], newAthletes: [], team: teamName(o) };
  return { athleteIds: who.athletes.map((a) => a.id), newAthletes: who.newAthletes, team: null };
}

function dedupeById<T extends { id: number }>(items: readonly T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}
