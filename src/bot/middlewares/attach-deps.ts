import type { MiddlewareFn } from "grammy";
import { langFromTelegram } from "../../lib/languages.js";
import type { BotContext, DepsFlavor } from "../context.js";

export type BotDeps = Omit<DepsFlavor, "chatPrefs" | "lang">;

/** Puts the bot's dependencies on every context, so handlers need no globals. */
export function attachDeps(deps: BotDeps): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.db = deps.db;
    ctx.clock = deps.clock;
    ctx.config = deps.config;
    ctx.i18n = deps.i18n;
    ctx.readModel = deps.readModel;
    ctx.chats = deps.chats;
    ctx.admins = deps.admins;
    ctx.staffIds = deps.staffIds;
    ctx.medalCards = deps.medalCards;
    ctx.logger = deps.logger.child({ updateId: ctx.update.update_id });
    ctx.chatPrefs = null;
    // Until the chat's stored preference is read (and if reading it fails).
    ctx.lang = langFromTelegram(ctx.from?.language_code);
    return next();
  };
}
