import { InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BotContext } from "./context.js";
import type { Html } from "./render/html.js";
import { MAX_MESSAGE_LENGTH, splitMessage } from "./render/split-message.js";
import { isBadRequest, isNotModified } from "./telegram-errors.js";
import type { View } from "./views/view.js";

const baseOptions = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** Keyboards are built group by group with `.row()`; empty rows (and empty keyboards) are dropped here. */
function markup(keyboard: InlineKeyboard | undefined): { reply_markup?: InlineKeyboard } {
  const rows = keyboard?.inline_keyboard.filter((row) => row.length > 0) ?? [];
  return rows.length > 0 ? { reply_markup: new InlineKeyboard(rows) } : {};
}

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
  return sendParts(ctx, splitMessage(view.text, MAX_MESSAGE_LENGTH), view.keyboard, replyTo(ctx));
}

/** Sends parts as new messages, the first with `firstOptions`, the keyboard under the last; returns the last one's id. */
async function sendParts(
  ctx: BotContext,
  parts: Html[],
  keyboard: InlineKeyboard | undefined,
  firstOptions = {},
): Promise<number | undefined> {
  let lastId: number | undefined;
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    const sent = await ctx.reply(part.value, { ...baseOptions, ...(i === 0 ? firstOptions : {}), ...(last ? markup(keyboard) : {}) });
    lastId = sent.message_id;
  }
  return lastId;
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
  const [first, ...rest] = splitMessage(view.text, MAX_MESSAGE_LENGTH);
  if (!first) return;
  try {
    await ctx.editMessageText(first.value, { ...baseOptions, ...(rest.length === 0 ? markup(view.keyboard) : {}) });
  } catch (error) {
    if (!isNotModified(error)) {
      if (!isBadRequest(error)) throw error;
      ctx.logger.debug({ err: error.description }, "edit refused, sending a new message");
      await reply(ctx, view);
      return;
    }
  }
  await sendParts(ctx, rest, view.keyboard);
}

/**
 * Shows one message's worth of text with an interactive menu (@grammyjs/menu: it renders the
 * menu's buttons for this update when the call goes out). A button press edits its message in
 * place; anything else, or an edit Telegram refuses, sends a new message.
 */
export async function showWithMenu(ctx: BotContext, text: Html, menu: InlineKeyboardMarkup): Promise<void> {
  if (ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(text.value, { ...baseOptions, reply_markup: menu });
      return;
    } catch (error) {
      if (isNotModified(error)) return;
      if (!isBadRequest(error)) throw error;
      ctx.logger.debug({ err: error.description }, "edit refused, sending a new message");
    }
  }
  await ctx.reply(text.value, { ...baseOptions, ...replyTo(ctx), reply_markup: menu });
}
