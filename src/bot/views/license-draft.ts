// The screens of /addlicense: each step's question with its buttons, the preview (the alert as
// subscribers will see it), and the reply once saved.
import { InlineKeyboard } from "grammy";
import { athleteName } from "../../domain/athletes.js";
import type { LicenseSummary } from "../../domain/licenses.js";
import type { Athlete, AthleteName, Games, License, Sport, Translated } from "../../domain/types.js";
import { LANGS } from "../../lib/languages.js";
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
import { gamesShortLabel } from "./games.js";
import { licenseAlertView } from "./license-alert.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

export type DraftGames = Pick<Games, "id" | "slug" | "kind" | "season" | "year" | "hostCity" | "hostTz" | "closesOn">;

/** A license being recorded; every value plain JSON. */
export interface Draft {
  games: DraftGames | null;
  sport: Sport | null;
  athletes: Athlete[];
  newAthletes: AthleteName[];
  team: boolean;
  event: Translated | null;
  howWon: Translated | null;
  wonOn: string | null;
  quotaPlaces: number | null;
  source: string | null;
}

export interface QuestionOptions {
  games?: DraftGames[];
  sports?: Sport[];
  athletes?: Athlete[];
  events?: { licenseId: number; event: string }[];
  listed?: { licenses: number; places: number };
  sportsPage?: { page: number; pages: number };
  duplicates?: number[];
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
export function defaultPlaces(draft: Pick<Draft, "athletes" | "newAthletes">): number {
  return Math.max(1, draft.athletes.length + draft.newAthletes.length);
}

export function draftQuestionView(rc: RenderContext, step: DraftField, draft: Draft, o: QuestionOptions): View {
  const places = defaultPlaces(draft);
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
  keyboard.text(rc.t("al-cancel-button"), action("cancel"));
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
  ).text(rc.t("al-cancel-button"), draftActionButton.encode({ action: "cancel" }));
  return { text: t(rc, key, args), keyboard };
}

/** A new athlete's name in the other script: the proposal to accept, a correction to type, or skip. */
export function nameQuestionView(rc: RenderContext, typed: string, script: "latin" | "cyrillic", proposal: string): View {
  const keyboard = new InlineKeyboard()
    .text(proposal.slice(0, 60), draftActionButton.encode({ action: "accept" }))
    .row()
    .text(rc.t("al-skip"), draftActionButton.encode({ action: "skip" }))
    .text(rc.t("al-cancel-button"), draftActionButton.encode({ action: "cancel" }));
  return { text: t(rc, "al-name-other", { name: typed, script, proposal }), keyboard };
}

/** The optional Russian or Kazakh of the event or "how it was won" just typed in English. */
export function translationQuestionView(rc: RenderContext, step: "eventRu" | "eventKk" | "howRu" | "howKk", draft: Draft): View {
  const english = (step.startsWith("event") ? draft.event : draft.howWon)?.en ?? "";
  const keyboard = new InlineKeyboard()
    .text(rc.t("al-skip"), draftActionButton.encode({ action: "skip" }))
    .text(rc.t("al-cancel-button"), draftActionButton.encode({ action: "cancel" }));
  return {
    text: t(rc, "al-translation", { field: step.startsWith("event") ? "event" : "how", lang: step.endsWith("Ru") ? "ru" : "kk", english }),
    keyboard,
  };
}

/**
 * The preview: the alert exactly as a subscriber reading `shown`'s language will get it (the staff
 * member's own at first; buttons show the other two), then the choices.
 */
export function draftPreviewView(rc: RenderContext, shown: RenderContext, draft: Draft, o: QuestionOptions): View {
  const license: License = {
    id: 0,
    gamesId: draft.games!.id,
    sport: draft.sport!,
    event: draft.event,
    athletes: [...draft.athletes, ...draft.newAthletes.map((name, i) => ({ id: -1 - i, name }))],
    team: draft.team ? { en: shown.t("al-team-name") } : null,
    quotaPlaces: draft.quotaPlaces ?? 1,
    wonOn: draft.wonOn,
    howWon: draft.howWon,
    whereWon: null,
    source: draft.source,
    note: null,
  };
  const listed = o.listed ?? { licenses: 0, places: 0 };
  const summary = { licenseCount: listed.licenses + 1, totalPlaces: listed.places + license.quotaPlaces } as LicenseSummary;
  const alert = licenseAlertView(shown, draft.games as Games, license, summary);
  const lines = [t(rc, "al-preview"), html``, alert.text];
  if (o.duplicates && o.duplicates.length > 0) lines.push(html``, t(rc, "al-duplicate", { ids: o.duplicates.join(", #") }));
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
    .text(rc.t("al-change"), draftActionButton.encode({ action: "change" }))
    .text(rc.t("al-cancel-button"), draftActionButton.encode({ action: "cancel" }));
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

/** Saved: with the alert's reach and Undo, or without an alert. */
export function draftSavedView(rc: RenderContext, licenseId: number, audience: number | null, delaySec: number): View {
  const keyboard = new InlineKeyboard().text(rc.t("al-undo"), undoLicenseButton.encode({ licenseId }));
  if (audience === null) return { text: t(rc, "al-saved", { id: licenseId }), keyboard };
  return { text: t(rc, "al-saved-alert", { id: licenseId, chats: audience, seconds: delaySec }), keyboard };
}
