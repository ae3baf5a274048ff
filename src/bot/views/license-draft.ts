// The screens of /addlicense: each step's question with its buttons, the preview (the alert as
// subscribers will see it), and the reply once saved.
import { InlineKeyboard } from "grammy";
import { athleteName } from "../../domain/athletes.js";
import type { LicenseSummary } from "../../domain/licenses.js";
import type { Athlete, AthleteName, Games, License, Sport, Translated } from "../../domain/types.js";
import { LANGS, type Lang } from "../../lib/languages.js";
import {
  type DraftField,
  draftActionButton,
  draftAnswerButton,
  draftFieldButton,
  draftLanguageButton,
  draftSportsPageButton,
  undoLicenseButton,
} from "../callback-data/add-license.js";
import { t } from "../i18n.js";
import { html, joinHtml } from "../render/html.js";
import { type GamesRef, gamesShortLabel } from "./games.js";
import { licenseAlertView } from "./license-alert.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

export type DraftGames = GamesRef;

/** Who won a license being recorded: a team, or athletes (known ones, and new names to add). */
export type DraftWho = { team: true } | { team: false; athletes: Athlete[]; newAthletes: AthleteName[] };

/** A license ready to save, as the preview shows it; every value plain JSON. */
export interface Draft {
  games: DraftGames;
  sport: Sport;
  who: DraftWho;
  event: Translated | null;
  howWon: Translated | null;
  wonOn: string;
  quotaPlaces: number;
  source: string | null;
}

/** What a question offers as buttons. */
export interface QuestionOptions {
  games?: DraftGames[];
  sports?: Sport[];
  athletes?: Athlete[];
  events?: { licenseId: number; event: string }[];
  sportsPage?: { page: number; pages: number };
  /** The quota places offered (one per athlete, one for a team). */
  places?: number;
}

export interface PreviewOptions {
  listed: { licenses: number; places: number };
  duplicates: number[];
}

const QUESTION: Record<DraftField, string> = {
  games: "al-games",
  sport: "al-sport",
  athletes: "al-athletes",
  event: "al-event",
  how: "al-how",
  date: "al-date",
  places: "al-places",
  source: "al-source",
};

function twoPerRow(keyboard: InlineKeyboard, buttons: { text: string; data: string }[]): InlineKeyboard {
  buttons.forEach((b, i) => {
    keyboard.text(b.text, b.data);
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard.row();
}

/** Quota places unless staff say otherwise: one per athlete, one for a team. */
export function defaultPlaces(who: DraftWho): number {
  return who.team ? 1 : Math.max(1, who.athletes.length + who.newAthletes.length);
}

/** A step's question and its buttons (the flow adds Back and Cancel). */
export function draftQuestionView(rc: RenderContext, step: DraftField, o: QuestionOptions): View {
  const places = o.places ?? 1;
  const keyboard = new InlineKeyboard();
  const answer = (value: number) => draftAnswerButton.encode({ field: step, value });
  const action = (a: Parameters<typeof draftActionButton.encode>[0]["action"]) => draftActionButton.encode({ action: a });
  switch (step) {
    case "games":
      twoPerRow(
        keyboard,
        (o.games ?? []).map((g) => ({ text: gamesShortLabel(rc, g), data: answer(g.id) })),
      );
      break;
    case "sport": {
      twoPerRow(
        keyboard,
        (o.sports ?? []).map((s) => ({ text: s.name[rc.lang], data: answer(s.id) })),
      );
      const { page, pages } = o.sportsPage ?? { page: 0, pages: 1 };
      if (page > 0) keyboard.text("◀️", draftSportsPageButton.encode({ page: page - 1 }));
      if (page < pages - 1) keyboard.text("▶️", draftSportsPageButton.encode({ page: page + 1 }));
      keyboard.row();
      break;
    }
    case "athletes":
      twoPerRow(
        keyboard,
        (o.athletes ?? []).map((a) => ({ text: athleteName(a.name, rc.lang), data: answer(a.id) })),
      );
      keyboard.text(rc.t("al-team"), action("team")).row();
      break;
    case "event":
      for (const e of o.events ?? []) keyboard.text(e.event.slice(0, 60), answer(e.licenseId)).row();
      keyboard.text(rc.t("al-skip"), action("skip")).row();
      break;
    case "how":
    case "source":
      keyboard.text(rc.t("al-skip"), action("skip")).row();
      break;
    case "date":
      keyboard.text(rc.t("al-today"), action("today")).text(rc.t("al-yesterday"), action("yesterday")).row();
      break;
    case "places":
      keyboard.text(String(places), action("places")).row();
      break;
  }
  return { text: t(rc, QUESTION[step], { default: places }), keyboard };
}

/** A typed sport that matched several or none: the hint, with the likely sports as buttons. */
export function sportSuggestionsView(
  rc: RenderContext,
  key: string,
  args: Record<string, string | number>,
  sports: readonly Sport[],
): View {
  const keyboard = twoPerRow(
    new InlineKeyboard(),
    sports.map((s) => ({ text: s.name[rc.lang], data: draftAnswerButton.encode({ field: "sport", value: s.id }) })),
  );
  return { text: t(rc, key, args), keyboard };
}

/** A new athlete's name in the other script: the proposal to accept, a correction to type, or skip. */
export function nameQuestionView(rc: RenderContext, typed: string, script: "latin" | "cyrillic", proposal: string): View {
  const keyboard = new InlineKeyboard()
    .text(proposal.slice(0, 60), draftActionButton.encode({ action: "accept" }))
    .row()
    .text(rc.t("al-skip"), draftActionButton.encode({ action: "skip" }));
  return { text: t(rc, "al-name-other", { name: typed, script, proposal }), keyboard };
}

/**
 * The same text in another language, after it was typed in one: English is needed (it is what
 * every language falls back to), Russian and Kazakh may be skipped.
 */
export function translationQuestionView(rc: RenderContext, field: "event" | "how", lang: Lang, typed: string, required: boolean): View {
  const keyboard = new InlineKeyboard();
  if (!required) keyboard.text(rc.t("al-skip"), draftActionButton.encode({ action: "skip" }));
  return { text: t(rc, required ? "al-translation-en" : "al-translation", { field, lang, typed }), keyboard };
}

/**
 * The preview: the alert exactly as a subscriber reading `shown`'s language will get it (the staff
 * member's own at first; buttons show the other two), then the choices.
 */
export function draftPreviewView(rc: RenderContext, shown: RenderContext, draft: Draft, o: PreviewOptions): View {
  const { who } = draft;
  const license: License = {
    id: 0,
    gamesId: draft.games.id,
    sport: draft.sport,
    event: draft.event,
    athletes: who.team ? [] : [...who.athletes, ...who.newAthletes.map((name, i) => ({ id: -1 - i, name }))],
    team: who.team ? { en: shown.t("al-team-name") } : null,
    quotaPlaces: draft.quotaPlaces,
    wonOn: draft.wonOn,
    howWon: draft.howWon,
    whereWon: null,
    source: draft.source,
    note: null,
  };
  const summary = { licenseCount: o.listed.licenses + 1, totalPlaces: o.listed.places + license.quotaPlaces } as LicenseSummary;
  const alert = licenseAlertView(shown, draft.games as Games, license, summary);
  const lines = [t(rc, "al-preview"), html``, alert.text];
  if (o.duplicates.length > 0) lines.push(html``, t(rc, "al-duplicate", { ids: o.duplicates.join(", #") }));
  const keyboard = new InlineKeyboard();
  for (const lang of LANGS) {
    if (lang !== shown.lang) keyboard.text(rc.t("al-preview-in", { lang }), draftLanguageButton.encode({ lang }));
  }
  keyboard
    .row()
    .text(rc.t("al-save-alert"), draftActionButton.encode({ action: "alert" }))
    .row()
    .text(rc.t("al-save-quiet"), draftActionButton.encode({ action: "quiet" }))
    .row()
    .text(rc.t("al-change"), draftActionButton.encode({ action: "change" }));
  return { text: joinHtml(lines, "\n"), keyboard };
}

export function fieldPickerView(rc: RenderContext): View {
  const fields: DraftField[] = ["games", "sport", "athletes", "event", "how", "date", "places", "source"];
  const keyboard = twoPerRow(
    new InlineKeyboard(),
    fields.map((field) => ({ text: rc.t("al-field", { field }), data: draftFieldButton.encode({ field }) })),
  );
  return { text: t(rc, "al-pick-field"), keyboard };
}

/** This draft was saved before (a second press, an update replayed after a crash): its license, with Undo. */
export function draftSavedAlreadyView(rc: RenderContext, licenseId: number): View {
  const keyboard = new InlineKeyboard().text(rc.t("al-undo"), undoLicenseButton.encode({ licenseId }));
  return { text: t(rc, "al-saved-already", { id: licenseId }), keyboard };
}

/** Saved: with the alert's reach and Undo, or without an alert. */
export function draftSavedView(rc: RenderContext, licenseId: number, audience: number | null, delaySec: number): View {
  const keyboard = new InlineKeyboard().text(rc.t("al-undo"), undoLicenseButton.encode({ licenseId }));
  if (audience === null) return { text: t(rc, "al-saved", { id: licenseId }), keyboard };
  return { text: t(rc, "al-saved-alert", { id: licenseId, chats: audience, seconds: delaySec }), keyboard };
}
