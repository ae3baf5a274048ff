import { InlineKeyboard } from "grammy";
import type { ReplyParameters } from "grammy/types";
import type { View } from "../views/view.js";
import { MAX_MESSAGE_LENGTH, splitMessage } from "./split-message.js";

/** How the bot's HTML goes out: parsed by Telegram, links without a preview card under them. */
export const HTML_MESSAGE = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** One message of a view: a part of its text, and the options of the sendMessage (or edit) that carries it. */
export interface ViewMessage {
  text: string;
  options: typeof HTML_MESSAGE & { reply_markup?: InlineKeyboard };
}

/**
 * A view as the messages that carry it, whoever sends them (a reply, the broadcast sender): its
 * text split at Telegram's 4,096 characters, the keyboard under the last part.
 */
export function viewMessages(view: View): ViewMessage[] {
  const parts = splitMessage(view.text, MAX_MESSAGE_LENGTH);
  return parts.map((part, i) => ({
    text: part.value,
    options: { ...HTML_MESSAGE, ...(i === parts.length - 1 ? markup(view.keyboard) : {}) },
  }));
}

/** Options only the first message of a view takes. */
export interface FirstMessageOptions {
  /** In groups, the command the view answers. */
  reply_parameters?: ReplyParameters;
}

/** The one call that sends a message: ctx.reply, or api.sendMessage to a chat. */
export type SendMessage<Sent> = (text: string, options: ViewMessage["options"] & FirstMessageOptions) => Promise<Sent>;

/** Sends a view as new messages through `send`; returns what Telegram sent, one per part. */
export function sendView<Sent>(view: View, send: SendMessage<Sent>, first: FirstMessageOptions = {}): Promise<Sent[]> {
  return sendMessages(viewMessages(view), send, first);
}

/** Sends a view's messages (or the rest of them, after an edit) one after another. */
export async function sendMessages<Sent>(
  messages: readonly ViewMessage[],
  send: SendMessage<Sent>,
  first: FirstMessageOptions = {},
): Promise<Sent[]> {
  const sent: Sent[] = [];
  for (const [i, message] of messages.entries()) {
    sent.push(await send(message.text, { ...message.options, ...(i === 0 ? first : {}) }));
  }
  return sent;
}

/** Keyboards are built group by group with `.row()`; empty rows (and empty keyboards) are dropped here. */
function markup(keyboard: InlineKeyboard | undefined): { reply_markup?: InlineKeyboard } {
  const rows = keyboard?.inline_keyboard.filter((row) => row.length > 0) ?? [];
  return rows.length > 0 ? { reply_markup: new InlineKeyboard(rows) } : {};
}
