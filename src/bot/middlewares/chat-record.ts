import type { MiddlewareFn } from "grammy";
import { langFromTelegram } from "../../lib/languages.js";
import type { BotContext } from "../context.js";
import { negotiateLang } from "../i18n.js";

/** Records every chat that talks to the bot (ChatDirectory: from memory once known) and reads its preferences. */
export function chatRecord(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (chat) {
      const prefs = await ctx.chats.touch(
        {
          id: chat.id,
          type: chat.type,
          title: "title" in chat ? (chat.title ?? null) : null,
          username: "username" in chat ? (chat.username ?? null) : null,
          // Kept for pushes, which arrive with no update to read a language from; an update
          // without one (a channel post, say) keeps what was stored.
          telegramLanguage: ctx.from?.language_code ? langFromTelegram(ctx.from.language_code) : null,
        },
        ctx.clock(),
      );
      ctx.chatPrefs = { language: prefs.language, status: prefs.status };
      ctx.lang = negotiateLang(prefs.language, ctx.from?.language_code);
    } else if (ctx.from) {
      // An inline query has no chat: the language its sender chose in their chat with the bot,
      // if this process knows it (no query: inline queries come in bursts), else Telegram's.
      ctx.lang = negotiateLang(ctx.chats.peek(ctx.from.id)?.language, ctx.from.language_code);
    }
    return next();
  };
}
