import { Composer } from "grammy";
import { parseCallback, type CallbackData } from "../callback-data.js";
import type { BotContext } from "../context.js";

export type CallbackOf<T extends CallbackData["type"]> = Extract<CallbackData, { type: T }>;

/**
 * Routes one kind of button press to `handler`, then answers the callback query (Telegram
 * shows a spinner until it is answered). The handler may return a short text to show instead,
 * e.g. when the button refers to something that no longer exists.
 */
export function onCallback<T extends CallbackData["type"]>(
  composer: Composer<BotContext>,
  type: T,
  handler: (ctx: BotContext, data: CallbackOf<T>) => Promise<string | void>,
): void {
  composer.on("callback_query:data", async (ctx, next) => {
    const data = parseCallback(ctx.callbackQuery.data);
    if (data?.type !== type) return next();
    const text = await handler(ctx, data as CallbackOf<T>);
    await answer(ctx, text ?? undefined);
  });
}

export async function answer(ctx: BotContext, text?: string): Promise<void> {
  try {
    await ctx.answerCallbackQuery(text ? { text } : undefined);
  } catch (error) {
    // The query may be too old to answer (Telegram allows ~15 s); the screen was still updated.
    ctx.logger.debug({ err: error }, "answerCallbackQuery failed");
  }
}

/** Installed after every feature: inert buttons, and data that is stale, forged or from another bot. */
export const leftoverCallbacks = new Composer<BotContext>();

leftoverCallbacks.on("callback_query", async (ctx) => {
  const data = parseCallback(ctx.callbackQuery.data);
  await answer(ctx, data?.type === "noop" ? undefined : ctx.t("button-stale"));
});
