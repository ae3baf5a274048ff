import type { MiddlewareFn } from "grammy";
import type { Logger } from "pino";
import type { Db } from "../../db/handle.js";
import type { Cached } from "../../lib/cached.js";
import type { SportIndex } from "../../domain/sports.js";
import type { BotContext, BotSettings, Clock } from "../context.js";
import { langFromTelegram } from "../../lib/languages.js";

export interface BotDeps {
  db: Db;
  clock: Clock;
  config: BotSettings;
  logger: Logger;
  sports: Cached<SportIndex>;
}

/** Puts the bot's dependencies on every context, so handlers need no globals. */
export function attachDeps(deps: BotDeps): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.db = deps.db;
    ctx.clock = deps.clock;
    ctx.config = deps.config;
    ctx.sports = deps.sports;
    ctx.logger = deps.logger.child({ updateId: ctx.update.update_id });
    ctx.chatPrefs = null;
    // Until the chat's stored preference is read (and if reading it fails).
    ctx.lang = langFromTelegram(ctx.from?.language_code);
    return next();
  };
}
