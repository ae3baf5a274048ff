import { InlineKeyboard, InlineQueryResultBuilder } from "grammy";
import type { InlineQueryResultArticle, InlineQueryResultCachedPhoto } from "grammy/types";
import { countdown } from "../../domain/countdown.js";
import type { Games, MedalResult } from "../../domain/types.js";
import { deepLink, MENU_PAYLOAD, medalsLink } from "../callback-data/deep-links.js";
import { medalCardButton } from "../callback-data/medals.js";
import { t } from "../i18n.js";
import { html, joinHtml } from "../render/html.js";
import { MAX_MESSAGE_LENGTH, splitMessage } from "../render/split-message.js";
import { gamesShortLabel } from "./games.js";
import { medalShareQuery, medalSportAtGames } from "./medal-card.js";
import type { RenderContext } from "./render-context.js";
import { MAX_CAPTION_LENGTH, resultText } from "./result-alert.js";
import { MEDAL_ICONS, whoText } from "./results.js";
import type { View } from "./view.js";

/** Room left under Telegram's 4,096 characters for the "the rest is in the bot" line. */
const ROOM_FOR_MORE = 200;

/** One card of an inline answer: what the list shows, and the message it sends when picked. */
export interface InlineCard {
  /** Unique in the answer, 1-64 bytes; the deep link's payload serves. */
  id: string;
  title: string;
  description: string;
  /** The screen, rendered with `shared: true`. */
  view: View;
  /** The deep link's payload: the same screen, opened in the bot. */
  payload: string;
}

/** Where a card leads: the bot's username (for links) and the query, for the card's own Share button. */
export interface InlineTarget {
  botUsername: string;
  query: string;
}

/**
 * The article a card becomes: the screen as one HTML message within Telegram's limit (cut short
 * with a pointer to the bot when longer), with a button that opens the same screen in the bot
 * and one that shares it on. Only link and share buttons: a callback button would come back
 * from a chat the bot may not be in.
 */
export function inlineArticle(rc: RenderContext, target: InlineTarget, card: InlineCard): InlineQueryResultArticle {
  const [first = html``, ...rest] = splitMessage(card.view.text, MAX_MESSAGE_LENGTH - ROOM_FOR_MORE);
  const text = rest.length > 0 ? joinHtml([first, t(rc, "shared-more-in-bot")], "\n\n") : first;
  const keyboard = new InlineKeyboard()
    .url(rc.t("button-open-in-bot"), deepLink(target.botUsername, card.payload))
    .switchInline(rc.t("button-share"), target.query);
  return InlineQueryResultBuilder.article(card.id, card.title, { description: card.description, reply_markup: keyboard }).text(text.value, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
  });
}

/**
 * A medal's card as an inline result: the picture Telegram already has (its file_id: nothing is
 * drawn or uploaded while a fan types), its text as the caption, a button to the Games' medals in
 * the bot and one to share it on. Null when the text is too long for a caption (the athlete's
 * article still says it).
 */
export function inlineMedalPhoto(
  rc: RenderContext,
  botUsername: string,
  medal: { games: Games; result: MedalResult; fileId: string },
): InlineQueryResultCachedPhoto | null {
  const { games, result } = medal;
  const caption = resultText(rc, games, result);
  if (caption.value.length > MAX_CAPTION_LENGTH) return null;
  const keyboard = new InlineKeyboard()
    .url(rc.t("button-open-in-bot"), deepLink(botUsername, medalsLink.encode({ gamesId: games.id })))
    .switchInline(rc.t("button-share"), medalShareQuery(rc, games, result));
  return InlineQueryResultBuilder.photoCached(medalCardButton.encode({ resultId: result.id }), medal.fileId, {
    title: rc.t("inline-medal-title", { icon: MEDAL_ICONS[result.medal], who: whoText(rc, result.athletes, result.team) }),
    description: medalSportAtGames(rc, games, result),
    caption: caption.value,
    parse_mode: "HTML",
    reply_markup: keyboard,
  });
}

/** The card for a query nothing matches: how to ask, and the bot's start screen when picked. */
export function nothingFoundCard(rc: RenderContext, query: string): InlineCard {
  return {
    id: "none",
    title: rc.t("inline-nothing-title", { query: query.slice(0, 40) }),
    description: rc.t("inline-nothing-description"),
    view: { text: t(rc, "shared-nothing-message") },
    payload: MENU_PAYLOAD,
  };
}

/** "LA 2028: 594 days to go" for the countdown card's line in the list. */
export function countdownDescription(rc: RenderContext, games: readonly Games[]): string {
  const parts = games.map((g) => {
    const c = countdown(g, rc.now);
    const name = gamesShortLabel(rc, g);
    if (c.phase === "during") return rc.t("inline-countdown-during", { games: name, day: c.day, of: c.of });
    if (c.phase === "after") return rc.t("inline-countdown-over", { games: name });
    return rc.t("inline-countdown-before", { games: name, days: c.days });
  });
  return parts.join(" · ");
}
