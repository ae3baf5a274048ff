import type { InlineKeyboardMarkup, Message } from "grammy/types";
import type { BotContext } from "./context.js";
import type { Html } from "./render/html.js";
import { HTML_MESSAGE, type SendMessage, sendMessages, sendView, viewMessages } from "./render/view-messages.js";
import { isBadRequest, isNotModified } from "./telegram-errors.js";
import type { View } from "./views/view.js";

/** In groups a new message replies to the command, so it is clear who asked. */
function replyTo(ctx: BotContext) {
  return ctx.chat?.type !== "private" && ctx.msg?.message_id !== undefined && !ctx.callbackQuery
    ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } }
    : {};
}

/**
 * Sends a view as a new message; in groups as a reply to the command, so it is clear who asked.
 * Returns the id of the message that carries the keyboard (the last part).
 */
export async function reply(ctx: BotContext, view: View): Promise<number | undefined> {
  const sent = await sendView(view, replyWith(ctx), replyTo(ctx));
  return sent.at(-1)?.message_id;
}

function replyWith(ctx: BotContext): SendMessage<Message.TextMessage> {
  return (text, options) => ctx.reply(text, options);
}

/**
 * Shows a view: a button press edits its message in place, anything else sends a new message.
 * "Message is not modified" (the same button pressed twice) is fine; an edit Telegram refuses
 * for another reason (message too old, deleted) falls back to a new message. A view longer than
 * one message puts its first part in place and sends the rest, with the keyboard under the last.
 */
export async function show(ctx: BotContext, view: View): Promise<void> {
  if (!ctx.callbackQuery?.message) {
    await reply(ctx, view);
    return;
  }
  const [first, ...rest] = viewMessages(view);
  if (!first) return;
  try {
    await ctx.editMessageText(first.text, first.options);
  } catch (error) {
    if (!isNotModified(error)) {
      if (!isBadRequest(error)) throw error;
      ctx.logger.debug({ err: error.description }, "edit refused, sending a new message");
      await reply(ctx, view);
      return;
    }
  }
  await sendMessages(rest, replyWith(ctx));
}

/**
 * Shows one message's worth of text with an interactive menu (@grammyjs/menu: it renders the
 * menu's buttons for this update when the call goes out). A button press edits its message in
 * place; anything else, an edit Telegram refuses, or `asNew` (a press that keeps its message)
 * sends a new message.
 */
export async function showWithMenu(ctx: BotContext, text: Html, menu: InlineKeyboardMarkup, asNew = false): Promise<void> {
  if (ctx.callbackQuery?.message && !asNew) {
    try {
      await ctx.editMessageText(text.value, { ...HTML_MESSAGE, reply_markup: menu });
      return;
    } catch (error) {
      if (isNotModified(error)) return;
      if (!isBadRequest(error)) throw error;
      ctx.logger.debug({ err: error.description }, "edit refused, sending a new message");
    }
  }
  await ctx.reply(text.value, { ...HTML_MESSAGE, ...replyTo(ctx), reply_markup: menu });
}
