// The screens of /removeresult (pick a recent result, confirm showing it as its alert did) and what
// follows a removal or an Undo: how many chats its alert reached, and the button that sends them a
// correction, so a result never changes silently for those who were told of it.
import { InlineKeyboard } from "grammy";
import type { Result } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import {
  removeResultConfirmButton,
  removeResultKeepButton,
  removeResultPickButton,
  resultCorrectionButton,
} from "../callback-data/add-result.js";
import { t } from "../i18n.js";
import { clip, html, joinHtml } from "../render/html.js";
import { type GamesName, gamesShortLabel } from "./games.js";
import type { RenderContext } from "./render-context.js";
import { resultAlertView } from "./result-alert.js";
import { MEDAL_ICONS, whoText } from "./results.js";
import type { View } from "./view.js";

export interface ResultCard {
  result: Result;
  games: GamesName;
}

/** "#20 🥇 Aruzhan Testova · Figure skating · Milan 2026": a result as a button (plain text). */
export function resultLabel(rc: RenderContext, card: ResultCard): string {
  const r = card.result;
  return rc.t("rr-result-button", {
    id: r.id,
    result: r.medal !== null ? MEDAL_ICONS[r.medal] : clip(inLang(r.placing ?? { en: "" }, rc.lang), 16),
    who: clip(whoText(rc, r.athletes, r.team), 28),
    sport: r.sport.name[rc.lang],
    games: gamesShortLabel(rc, card.games),
  });
}

/** /removeresult: the recent results as buttons, or an id with the command. */
export function removeResultPickView(rc: RenderContext, cards: readonly ResultCard[]): View {
  if (cards.length === 0) return { text: t(rc, "rr-pick-none") };
  const keyboard = new InlineKeyboard();
  for (const card of cards) keyboard.text(resultLabel(rc, card), removeResultPickButton.encode({ resultId: card.result.id })).row();
  return { text: t(rc, "rr-pick"), keyboard };
}

/**
 * "Remove result #20?", the result as its alert shows it and how many chats the alert reached,
 * Remove / Keep; only `userId` may confirm.
 */
export function removeResultConfirmView(rc: RenderContext, card: ResultCard, alertedChats: number, userId: number): View {
  const id = card.result.id;
  const lines = [
    t(rc, "rr-confirm", { id }),
    html``,
    resultAlertView(rc, card.games, card.result).text,
    html``,
    t(rc, "rr-confirm-note"),
    t(rc, "rr-confirm-alert", { chats: alertedChats }),
  ];
  const keyboard = new InlineKeyboard()
    .text(rc.t("rr-yes"), removeResultConfirmButton.encode({ resultId: id, userId }))
    .text(rc.t("rr-no"), removeResultKeepButton.encode({ resultId: id }));
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** The correction button, offered whenever the alert reached a chat (after a removal, or a correction: /editresult). */
export function correctionKeyboard(rc: RenderContext, resultId: number, chats: number): InlineKeyboard | undefined {
  if (chats <= 0) return undefined;
  return new InlineKeyboard().text(rc.t("rr-correct-button", { chats }), resultCorrectionButton.encode({ resultId }));
}

/** After /removeresult or Undo: what happened to the alert, and the correction button when it reached chats. */
export function resultRemovedView(
  rc: RenderContext,
  key: "rr-removed" | "ar-undone",
  outcome: { resultId: number; cancelledBroadcast: boolean; alertedChats: number },
): View {
  const chats = outcome.alertedChats;
  const alert = chats > 0 ? "sent" : outcome.cancelledBroadcast ? "cancelled" : "none";
  const lines = [t(rc, key, { id: outcome.resultId, alert, chats })];
  if (chats > 0) lines.push(t(rc, "rr-correct-offer", { chats }));
  const keyboard = correctionKeyboard(rc, outcome.resultId, chats);
  return keyboard ? { text: joinHtml(lines, "\n"), keyboard } : { text: joinHtml(lines, "\n") };
}

/**
 * After the correction button: how many chats it goes to. The button stays, so a second press
 * (a double tap, an old copy) is answered that it was already sent, and sends nothing.
 */
export function correctionSentView(rc: RenderContext, resultId: number, chats: number): View {
  const keyboard = correctionKeyboard(rc, resultId, chats);
  const text = t(rc, "rr-correction-sent", { id: resultId, chats });
  return keyboard ? { text, keyboard } : { text };
}
