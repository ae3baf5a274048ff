// The screens of /games (staff): the Games to pick from, a Games' card with its facts and a button
// per fact, the question for a fact's new value, before → after, and what saving and Undo did.
// From plain data: the conversation keeps what they show as JSON, so they render the same after a
// replay or a restart.
import { InlineKeyboard } from "grammy";
import type { FactChange, GamesFacts, GamesField } from "../../domain/games-facts.js";
import { GAMES_FIELDS, MAX_LICENSE_TARGET, MAX_MEDAL_RANK, MAX_NOTE } from "../../domain/games-facts.js";
import { LANGS, type Lang, type Translated } from "../../lib/languages.js";
import {
  gamesFactActionButton,
  gamesFieldButton,
  gamesNoteLangButton,
  gamesPickButton,
  undoGamesFactButton,
} from "../callback-data/games-facts.js";
import { t } from "../i18n.js";
import { zoneWords } from "../render/format.js";
import { type Html, html, joinHtml } from "../render/html.js";
import { type GamesName, gamesShortLabel, gamesTitle, instantWithZones } from "./games.js";
import { addSectionButtons, type CardSections, sectionLines } from "./games-programme.js";
import type { RenderContext } from "./render-context.js";
import type { ResultGames } from "./result-draft.js";
import type { View } from "./view.js";

/** A Games as the flow keeps it (plain JSON: its name and days) with its facts as stored when it was read. */
export interface GamesCard {
  games: ResultGames;
  facts: GamesFacts;
  /** Its programme and windows, each with a screen of its own (games-programme.ts). */
  sections?: CardSections;
}

/** What a fact's value is shown with: the Games' name, and its zone for a time. */
type FactGames = GamesName & Pick<ResultGames, "hostTz">;

/**
 * Each fact's value as staff read it: "43rd", "more than 90 licenses", the opening in the host's
 * zone and the display zone, each named in words; "not set" when there is none.
 */
const FACT_TEXT: { [F in ValueField]: (rc: RenderContext, value: NonNullable<GamesFacts[F]>, games: FactGames) => string | Html } = {
  medalRank: (rc, rank) => rc.t("gf-rank", { rank }),
  licenseTarget: (rc, target) => rc.t("gf-target", { count: target.count, above: target.above ? "yes" : "no" }),
  opensAt: (rc, at, games) => instantWithZones(rc, new Date(at), games.hostTz),
};

/** The facts with one value (a note has one per language). */
export type ValueField = Exclude<GamesField, "note">;

function factText<F extends ValueField>(rc: RenderContext, games: FactGames, field: F, value: GamesFacts[F]): string | Html {
  return value === null ? rc.t("gf-none", { field }) : FACT_TEXT[field](rc, value as NonNullable<GamesFacts[F]>, games);
}

const fieldName = (rc: RenderContext, field: GamesField) => rc.t("gf-field", { field });
const noteName = (rc: RenderContext, lang: Lang) => rc.t("gf-note-in", { lang });

/** A note in one language as staff read it: its text, or "not set" (fans of that language then read the English). */
const noteText = (rc: RenderContext, note: Translated | null, lang: Lang) => note?.[lang] ?? rc.t("gf-none", { field: "note" });

/** The languages a note change touches (the flow changes one at a time). */
const noteLangs = (change: Extract<FactChange, { field: "note" }>) =>
  LANGS.filter((lang) => (change.before?.[lang] ?? null) !== (change.after?.[lang] ?? null));

/**
 * A change as staff read it, one entry per thing it changed: the fact's name, before and after.
 * A note is shown language by language ("Note in Russian: … → …"), in the preview, the messages
 * after saving and Undo, and the audit log alike.
 */
export function changeLines(
  rc: RenderContext,
  games: FactGames,
  change: FactChange,
): { field: string; before: string | Html; after: string | Html }[] {
  if (change.field === "note")
    return noteLangs(change).map((lang) => ({
      field: noteName(rc, lang),
      before: noteText(rc, change.before, lang),
      after: noteText(rc, change.after, lang),
    }));
  return [
    {
      field: fieldName(rc, change.field),
      before: factText(rc, games, change.field, change.before),
      after: factText(rc, games, change.field, change.after),
    },
  ];
}

/** /games: every Games as a button, two a row, earliest first. */
export function gamesPickView(rc: RenderContext, games: readonly (GamesName & { id: number })[]): View {
  const keyboard = new InlineKeyboard();
  games.forEach((g, i) => {
    keyboard.text(gamesShortLabel(rc, g), gamesPickButton.encode({ gamesId: g.id }));
    if (i % 2 === 1) keyboard.row();
  });
  return { text: t(rc, "gf-pick"), keyboard: keyboard.row() };
}

/** A Games' card: each fact as it is now (a note in each language), and a button per fact to change it. */
export function gamesCardView(rc: RenderContext, card: GamesCard): View {
  const lines: Html[] = [t(rc, "gf-card", { games: gamesTitle(rc, card.games) })];
  const keyboard = new InlineKeyboard();
  for (const field of GAMES_FIELDS) {
    if (field === "note")
      for (const lang of LANGS)
        lines.push(t(rc, "cl-field-value", { field: noteName(rc, lang), value: noteText(rc, card.facts.note, lang) }));
    else lines.push(t(rc, "cl-field-value", { field: fieldName(rc, field), value: factText(rc, card.games, field, card.facts[field]) }));
    keyboard.text(`✏️ ${fieldName(rc, field)}`, gamesFieldButton.encode({ field })).row();
  }
  if (card.sections) {
    lines.push(...sectionLines(rc, card.games, card.sections));
    addSectionButtons(rc, keyboard);
  }
  lines.push(html``, t(rc, "gf-card-pick"));
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** "Paris 2024 Olympic Games · Medal-table place": what is being changed, as a title. */
function heading(rc: RenderContext, card: GamesCard, name: string): Html {
  return html`${gamesTitle(rc, card.games)} · <b>${name}</b>`;
}

/** "14.07.2028": a day as staff type it, for the examples. */
export const typedDate = (date: string) => date.split("-").reverse().join(".");

/** The question for a fact's new value (not a note's: noteQuestionView), with its value now and Clear when there is one. */
export function factQuestionView(rc: RenderContext, card: GamesCard, field: ValueField): View {
  const keyboard = new InlineKeyboard();
  if (card.facts[field] !== null) keyboard.text(rc.t("gf-clear"), gamesFactActionButton.encode({ action: "clear" })).row();
  const { games } = card;
  const lines = [
    heading(rc, card, fieldName(rc, field)),
    t(rc, "el-now", { value: factText(rc, games, field, card.facts[field]) }),
    t(rc, "gf-ask", {
      field,
      kind: games.kind,
      max: field === "medalRank" ? MAX_MEDAL_RANK : MAX_LICENSE_TARGET,
      zone: zoneWords(games.hostTz, rc.lang),
      example: typedDate(games.opensOn),
    }),
  ];
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** The note: which language to write (Russian and Kazakh need the English first), then that language's text. */
export function noteQuestionView(rc: RenderContext, card: GamesCard, lang: Lang | null): View {
  const keyboard = new InlineKeyboard();
  if (lang === null) {
    for (const l of LANGS) keyboard.text(noteName(rc, l), gamesNoteLangButton.encode({ lang: l })).row();
    return { text: joinHtml([heading(rc, card, fieldName(rc, "note")), t(rc, "gf-ask-note-lang")], "\n"), keyboard };
  }
  if (card.facts.note?.[lang] !== undefined) keyboard.text(rc.t("gf-clear"), gamesFactActionButton.encode({ action: "clear" })).row();
  const lines = [
    heading(rc, card, noteName(rc, lang)),
    t(rc, "el-now", { value: noteText(rc, card.facts.note, lang) }),
    t(rc, "gf-ask-note", { lang, max: MAX_NOTE }),
  ];
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** Before → after, where fans see it, and Save. */
export function factConfirmView(rc: RenderContext, card: GamesCard, change: FactChange): View {
  const lines: (Html | null)[] = changeLines(rc, card.games, change).flatMap((c) => [
    heading(rc, card, c.field),
    t(rc, "el-before", { value: c.before }),
    t(rc, "el-after", { value: c.after }),
  ]);
  lines.push(t(rc, "gf-confirm-note", { field: change.field }));
  // What else may need changing with it: the other languages of a note, a note about the opening time.
  if (change.field === "note" && noteLangs(change).includes("en") && change.after && Object.keys(change.after).length > 1)
    lines.push(t(rc, "gf-note-others-stay"));
  if (change.field === "opensAt" && card.facts.note) lines.push(t(rc, "gf-opening-check-note"));
  return {
    text: joinHtml(lines, "\n"),
    keyboard: new InlineKeyboard().text(rc.t("el-save"), gamesFactActionButton.encode({ action: "save" })),
  };
}

/** One line per thing changed, as "Paris 2024 Olympic Games · Medal-table place: 43rd → 40th". */
function changeText(rc: RenderContext, key: string, games: FactGames, change: FactChange): Html {
  const lines = changeLines(rc, games, change).map((c) =>
    t(rc, key, { games: gamesTitle(rc, games), field: c.field, before: c.before, value: c.after }),
  );
  return joinHtml(lines, "\n");
}

/** Saved: before → after, and Undo (which works after the conversation, from any instance). */
export function factSavedView(rc: RenderContext, games: FactGames, change: FactChange, auditId: number): View {
  return {
    text: changeText(rc, "gf-saved", games, change),
    keyboard: new InlineKeyboard().text(rc.t("al-undo"), undoGamesFactButton.encode({ auditId })),
  };
}

/** Undone: the fact is what it was before the change (`change` is the undo: its `after` is that value). */
export function factUndoneView(rc: RenderContext, games: FactGames, change: FactChange): View {
  return { text: changeText(rc, "gf-undone", games, change) };
}
