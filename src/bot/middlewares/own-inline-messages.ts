import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * A card a fan picked from this bot's inline answers arrives as their message `via_bot` this bot
 * (Telegram sends it even to a bot in privacy mode). It is the bot's own screen, not a question:
 * answering it would echo the card back into the chat.
 */
export function ignoreOwnInlineMessages(): MiddlewareFn<BotContext> {
  return (ctx, next) => (ctx.msg?.via_bot?.id === ctx.me.id ? Promise.resolve() : next());
}
