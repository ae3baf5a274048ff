// The screens of /games (staff): the Games to pick from, a Games' card with its facts and a button
// per fact, the question for a fact's new value, before → after, and what saving and Undo did.
// From plain data: the conversation keeps what they show as JSON, so they render the same after a
// replay or a restart.
import { InlineKeyboard } from "grammy";
import type { FactChange, GamesFacts, GamesField } from "../../domain/games-facts.js";
import { GAMES_FIELDS, MAX_MEDAL_RANK } from "../../domain/games-facts.js";
import { gamesFactActionButton, gamesFieldButton, gamesPickButton, undoGamesFactButton } from "../callback-data/games-facts.js";
import { t } from "../i18n.js";
import { type Html, html, joinHtml } from "../render/html.js";
import { type GamesName, gamesShortLabel, gamesTitle } from "./games.js";
import type { RenderContext } from "./render-context.js";
import type { ResultGames } from "./result-draft.js";
import type { View } from "./view.js";

/** A Games as the flow keeps it (plain JSON: its name and days) with its facts as stored when it was read. */
export interface GamesCard {
  games: ResultGames;
  facts: GamesFacts;
}

/** Each fact's value as staff read it: "43rd", "43-е", "43"; "not set" when there is none. */
const FACT_TEXT: { [F in GamesField]: (rc: RenderContext, value: GamesFacts[F]) => string } = {
  medalRank: (rc, rank) => (rank === null ? rc.t("gf-none") : rc.t("gf-rank", { rank })),
};

export function factText<F extends GamesField>(rc: RenderContext, field: F, value: GamesFacts[F]): string {
  return FACT_TEXT[field](rc, value);
}

const fieldName = (rc: RenderContext, field: GamesField) => rc.t("gf-field", { field });

/** /games: every Games as a button, two a row, earliest first. */
export function gamesPickView(rc: RenderContext, games: readonly (GamesName & { id: number })[]): View {
  const keyboard = new InlineKeyboard();
  games.forEach((g, i) => {
    keyboard.text(gamesShortLabel(rc, g), gamesPickButton.encode({ gamesId: g.id }));
    if (i % 2 === 1) keyboard.row();
  });
  return { text: t(rc, "gf-pick"), keyboard: keyboard.row() };
}

/** A Games' card: each fact as it is now, and a button per fact to change it. */
export function gamesCardView(rc: RenderContext, card: GamesCard): View {
  const lines: Html[] = [t(rc, "gf-card", { games: gamesTitle(rc, card.games) })];
  const keyboard = new InlineKeyboard();
  for (const field of GAMES_FIELDS) {
    const value = factText(rc, field, card.facts[field]);
    lines.push(t(rc, "cl-field-value", { field: fieldName(rc, field), value }));
    keyboard.text(`✏️ ${fieldName(rc, field)}`, gamesFieldButton.encode({ field })).row();
  }
  lines.push(html``, t(rc, "gf-card-pick"));
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** "Paris 2024 Olympic Games · Medal-table place": what is being changed, as a title. */
function heading(rc: RenderContext, card: GamesCard, field: GamesField): Html {
  return html`${gamesTitle(rc, card.games)} · <b>${fieldName(rc, field)}</b>`;
}

/** The question for a new medal-table place, with the place now and Clear when there is one. */
export function medalRankQuestionView(rc: RenderContext, card: GamesCard): View {
  const keyboard = new InlineKeyboard();
  if (card.facts.medalRank !== null) keyboard.text(rc.t("gf-clear"), gamesFactActionButton.encode({ action: "clear" })).row();
  const lines = [
    heading(rc, card, "medalRank"),
    t(rc, "el-now", { value: factText(rc, "medalRank", card.facts.medalRank) }),
    t(rc, "gf-ask-rank", { kind: card.games.kind, max: MAX_MEDAL_RANK }),
  ];
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** Before → after, then Save. */
export function factConfirmView(rc: RenderContext, card: GamesCard, change: FactChange): View {
  const lines = [
    heading(rc, card, change.field),
    t(rc, "el-before", { value: factText(rc, change.field, change.before) }),
    t(rc, "el-after", { value: factText(rc, change.field, change.after) }),
    t(rc, "gf-confirm-note"),
  ];
  return {
    text: joinHtml(lines, "\n"),
    keyboard: new InlineKeyboard().text(rc.t("el-save"), gamesFactActionButton.encode({ action: "save" })),
  };
}

function changeArgs(rc: RenderContext, games: GamesName, change: FactChange) {
  return {
    games: gamesTitle(rc, games),
    field: fieldName(rc, change.field),
    before: factText(rc, change.field, change.before),
    value: factText(rc, change.field, change.after),
  };
}

/** Saved: before → after, and Undo (which works after the conversation, from any instance). */
export function factSavedView(rc: RenderContext, games: GamesName, change: FactChange, auditId: number): View {
  return {
    text: t(rc, "gf-saved", changeArgs(rc, games, change)),
    keyboard: new InlineKeyboard().text(rc.t("al-undo"), undoGamesFactButton.encode({ auditId })),
  };
}

/** Undone: the fact is what it was before the change (`change` is the undo: its `after` is that value). */
export function factUndoneView(rc: RenderContext, games: GamesName, change: FactChange): View {
  return { text: t(rc, "gf-undone", changeArgs(rc, games, change)) };
}
