import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Telegram shows a spinner on a pressed button until the press is answered, and stops taking an
 * answer after about 15 seconds. A handler answers once its work is done; in a busy group that
 * work waits behind the group's paced replies (20 a minute), or the press waits behind the chat's
 * earlier updates. So, installed before the per-chat queue: a press not answered within
 * `afterMs` is answered now (without a text), and the handler's own answer later is let go
 * quietly. Answers are not paced: they never wait for a chat's replies.
 */
export function answerPressesPromptly(afterMs = 2_000): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.callbackQuery) return next();
    let answered = false;
    ctx.api.config.use(async (prev, method, payload, signal) => {
      if (method !== "answerCallbackQuery") return prev(method, payload, signal);
      // One answer a press: a second would be refused ("query is too old or already answered").
      if (answered) return { ok: true, result: true } as Awaited<ReturnType<typeof prev>>;
      answered = true;
      return prev(method, payload, signal);
    });
    const timer = setTimeout(() => {
      if (!answered) void ctx.answerCallbackQuery().catch((err: unknown) => ctx.logger.debug({ err }, "early press answer failed"));
    }, afterMs);
    try {
      await next();
    } finally {
      clearTimeout(timer);
    }
  };
}
