import type { I18n } from "@grammyjs/i18n";
import type { BotError } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { isDatabaseUnavailable } from "../../db/errors.js";
import { chatStatusFor } from "../../domain/chats.js";
import type { BotContext } from "../context.js";
import { isAddressedToBot } from "../filters/addressed-to-bot.js";
import { isForbidden } from "../telegram-errors.js";

export interface ErrorBoundaryDeps {
  i18n: I18n;
  logger: Logger;
  /** Reachability check, for errors whose type does not say whether the database is down. */
  ping?: () => Promise<boolean>;
  /** Told of each failure the boundary handles (metrics, the owners' /status). */
  onFailure?: (update: Update, outcome: "error" | "database_unavailable" | "chat_unreachable", error: unknown) => void;
}

/**
 * Turns any failure of an update into a log line and, if someone is waiting, a reply. Nothing
 * is cached across updates, so once the database is back the next update simply works.
 */
export function handleUpdateError(deps: ErrorBoundaryDeps): (err: BotError<BotContext>) => Promise<void> {
  return async ({ error, ctx }) => {
    const log = deps.logger.child({ updateId: ctx.update.update_id, chatId: ctx.chat?.id });

    if (isForbidden(error)) {
      deps.onFailure?.(ctx.update, "chat_unreachable", error);
      // The user blocked the bot or it was removed from the group: stop talking to that chat.
      if (ctx.chat) {
        const status = chatStatusFor(ctx.chat.type, "kicked");
        await ctx.chats.setStatus(ctx.chat.id, status).catch((e: unknown) => log.warn({ err: e }, "could not record the chat status"));
        log.info({ status, description: error.description }, "chat is unreachable");
      }
      return;
    }

    const databaseDown = isDatabaseUnavailable(error) || (deps.ping ? !(await deps.ping().catch(() => false)) : false);
    if (databaseDown) log.warn({ err: error }, "database unavailable while handling an update");
    else log.error({ err: error }, "update failed");
    deps.onFailure?.(ctx.update, databaseDown ? "database_unavailable" : "error", error);

    if (!isAddressedToBot(ctx)) return;
    // The language attachDeps set, or the chat's own if its record was read before the failure.
    // The message has no arguments: Fluent's markup as it stands.
    const text = deps.i18n.t(ctx.lang, databaseDown ? "error-db-unavailable" : "error-generic");
    try {
      if (ctx.callbackQuery) {
        await ctx.answerCallbackQuery({ text, show_alert: true });
      } else {
        await ctx.reply(text, { parse_mode: "HTML" });
      }
    } catch (e) {
      log.warn({ err: e }, "could not tell the user about the failure");
    }
  };
}
