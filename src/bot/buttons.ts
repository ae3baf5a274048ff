import type { Composer } from "grammy";
import type { CallbackCodec } from "./callback-data/codec.js";
import { type MenuItem, menuButton } from "./callback-data/menu.js";
import { type BotContext, renderContextOf } from "./context.js";
import { settingsRefusal } from "./filters/is-chat-admin.js";
import { show } from "./send-view.js";
import { unknownLinkView } from "./views/start.js";

/**
 * What a button handler returns: nothing, or a short text shown on the button press (e.g. when
 * the button refers to something that no longer exists).
 */
// biome-ignore lint/suspicious/noConfusingVoidType: most handlers return nothing (void), some a text
type ButtonHandler<T> = (ctx: BotContext, data: T) => Promise<string | void>;

/** Routes presses of one kind of button to `handler`, then answers the press (Telegram shows a spinner until then). */
export function onButton<T>(composer: Composer<BotContext>, codec: CallbackCodec<T>, handler: ButtonHandler<T>): void {
  composer.callbackQuery(codec.pattern, async (ctx, next) => {
    const data = codec.decode(ctx.callbackQuery.data);
    if (data === null) return next();
    await answerButton(ctx, (await handler(ctx, data)) ?? undefined);
  });
}

/**
 * Routes `/start <payload>` for one kind of deep link. The handler returns false when the link
 * names something that no longer exists; the fan is then told so, with the main menu. A payload
 * no codec accepts reaches the start feature, which says the same.
 */
export function onDeepLink<T>(
  composer: Composer<BotContext>,
  codec: CallbackCodec<T>,
  handler: (ctx: BotContext, data: T) => Promise<boolean>,
): void {
  composer.command("start", async (ctx, next) => {
    const data = codec.decode(ctx.match);
    if (data === null) return next();
    if (!(await handler(ctx, data))) await show(ctx, unknownLinkView(renderContextOf(ctx)));
  });
}

/** Routes one item of the main menu; every feature answers its own. */
export function onMenuItem(composer: Composer<BotContext>, item: MenuItem, handler: ButtonHandler<void>): void {
  composer.callbackQuery(menuButton.encode({ item }), async (ctx) => {
    await answerButton(ctx, (await handler(ctx)) ?? undefined);
  });
}

export async function answerButton(ctx: BotContext, text?: string): Promise<void> {
  try {
    await ctx.answerCallbackQuery(text ? { text } : undefined);
  } catch (error) {
    // The query may be too old to answer (Telegram allows ~15 s); the screen was still updated.
    ctx.logger.debug({ err: error }, "answerCallbackQuery failed");
  }
}

/** The answer to a button whose data names something that no longer exists (or never did). */
export function staleAnswer(ctx: BotContext): string {
  return ctx.i18n.t(ctx.lang, "button-stale");
}

/**
 * In groups only administrators change the chat's settings (filters/is-chat-admin.ts). Null when
 * the sender may; else what to tell them, as plain text (a button's answer or a message).
 */
export async function settingsRefusalText(ctx: BotContext): Promise<string | null> {
  const refusal = await settingsRefusal(ctx);
  if (refusal === null) return null;
  ctx.logger.info({ chatId: ctx.chat?.id, userId: ctx.from?.id, refusal }, "settings change refused");
  return ctx.i18n.t(ctx.lang, refusal === "not-admin" ? "error-not-admin" : "error-admin-unknown");
}
