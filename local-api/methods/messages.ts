import type { InlineKeyboardMarkup, Message, MessageEntity } from "@grammyjs/types";
import { badRequest, forbidden } from "../errors.js";
import type { ChatRecord, StoredMessage } from "../state.js";
import {
  formatCaption,
  formatText,
  isObject,
  type Params,
  readBool,
  readChatId,
  readInt,
  readJson,
  readReplyMarkup,
  readString,
  sameJson,
} from "../validation.js";
import type { MethodContext, MethodHandler } from "./context.js";

/** sendMessage, editMessageText, editMessageCaption, editMessageReplyMarkup, deleteMessage. */

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

type TextMessage = Message & { text?: string; entities?: MessageEntity[]; reply_markup?: InlineKeyboardMarkup };

/** Checks every send or edit into a chat must pass once its parameters are valid. */
export function assertCanSend(context: MethodContext, chat: ChatRecord): void {
  const { core, bot } = context;
  if (core.state.isBlocked(bot, chat)) throw forbidden("bot was blocked by the user");
  core.limiter.take(bot.id, chat.id, chat.type !== "private", core.now());
}

export function readReplyTarget(context: MethodContext, chat: ChatRecord, params: Params): StoredMessage | undefined {
  const parameters = readJson(params, "reply_parameters", "can't parse reply parameters JSON object");
  let messageId: number | undefined;
  let allowWithout = readBool(params, "allow_sending_without_reply");
  if (parameters !== undefined) {
    if (!isObject(parameters)) throw badRequest("can't parse reply parameters JSON object");
    if (parameters.message_id === undefined) throw badRequest(`can't find field "message_id"`);
    messageId = Number(parameters.message_id);
    allowWithout = parameters.allow_sending_without_reply === true;
  } else {
    messageId = readInt(params, "reply_to_message_id");
  }
  if (messageId === undefined) return undefined;
  const target = context.core.state.findMessage(context.bot.id, chat.id, messageId);
  if (target && !target.deleted) return target;
  if (allowWithout) return undefined;
  throw badRequest("message to be replied not found");
}

/** Parameters of features this server does not model answer as Telegram does for unknown ids. */
export function rejectUnmodelledTargets(params: Params): void {
  if (readString(params, "business_connection_id")) throw badRequest("business connection not found");
  const thread = readInt(params, "message_thread_id");
  if (thread !== undefined && thread !== 0) throw badRequest("message thread not found");
}

interface EditIds {
  chat: ChatRecord;
  messageId: number;
}

function readEditIds(context: MethodContext, params: Params): () => EditIds {
  if (readString(params, "inline_message_id")) throw badRequest("message to edit not found");
  const messageId = readInt(params, "message_id");
  if (messageId === undefined) throw badRequest("message identifier is not specified");
  const chatRef = readChatId(params);
  // The chat is resolved after the content is validated, as Telegram orders its checks.
  return () => {
    const chat = context.core.state.resolveChat(context.bot, chatRef, "edit");
    context.chatId = chat.id;
    return { chat, messageId };
  };
}

/** Bot messages can be edited for 48 hours after they were sent (by the server's clock). */
const EDIT_TIME_LIMIT_SECONDS = 48 * 60 * 60;

function findEditable(context: MethodContext, ids: EditIds): StoredMessage {
  const stored = context.core.state.findMessage(context.bot.id, ids.chat.id, ids.messageId);
  if (!stored || stored.deleted) throw badRequest("message to edit not found");
  if (!stored.fromBot) throw badRequest("message can't be edited");
  if (context.core.state.unixTime() - stored.message.date > EDIT_TIME_LIMIT_SECONDS) throw badRequest("message can't be edited");
  return stored;
}

/** An edit's target, new content and markup, read and checked in the order Telegram checks them. */
function readEdit<T>(
  context: MethodContext,
  params: Params,
  readContent: () => T,
): { ids: EditIds; stored: StoredMessage; content: T; markup: InlineKeyboardMarkup | undefined } {
  const resolveIds = readEditIds(context, params);
  const content = readContent();
  const markup = readReplyMarkup(params).inline;
  const ids = resolveIds();
  return { ids, stored: findEditable(context, ids), content, markup };
}

export const messageMethods: Record<string, MethodHandler> = {
  sendMessage(context, params) {
    const { core, bot } = context;
    const chatRef = readChatId(params);
    const content = formatText(params, core.state.findUser);
    const markup = readReplyMarkup(params).inline;
    rejectUnmodelledTargets(params);
    const chat = core.state.resolveChat(bot, chatRef, "write");
    context.chatId = chat.id;
    const replyTo = readReplyTarget(context, chat, params);
    assertCanSend(context, chat);
    return core.state.addBotMessage(bot, chat, content, markup, replyTo).message;
  },

  editMessageText(context, params) {
    const { ids, stored, content, markup } = readEdit(context, params, () => formatText(params, context.core.state.findUser));
    const current = stored.message as TextMessage;
    if (current.text === undefined) throw badRequest("there is no text in the message to edit");
    if (current.text === content.text && sameJson(current.entities ?? [], content.entities) && sameJson(current.reply_markup, markup)) {
      throw badRequest(NOT_MODIFIED);
    }
    assertCanSend(context, ids.chat);
    // Like Telegram, an edit without reply_markup removes the inline keyboard.
    return context.core.state.editBotMessage(stored, content, markup);
  },

  /** A photo's or document's caption; like Telegram, a message without media has no caption to edit. */
  editMessageCaption(context, params) {
    const { ids, stored, content: caption, markup } = readEdit(context, params, () => formatCaption(params, context.core.state.findUser));
    const current = stored.message as Message & { caption_entities?: MessageEntity[]; reply_markup?: InlineKeyboardMarkup };
    if (current.photo === undefined && current.document === undefined) throw badRequest("there is no caption in the message to edit");
    if (
      (current.caption ?? "") === (caption?.text ?? "") &&
      sameJson(current.caption_entities ?? [], caption?.entities ?? []) &&
      sameJson(current.reply_markup, markup)
    ) {
      throw badRequest(NOT_MODIFIED);
    }
    assertCanSend(context, ids.chat);
    return context.core.state.editBotCaption(stored, caption, markup);
  },

  editMessageReplyMarkup(context, params) {
    const resolveIds = readEditIds(context, params);
    const markup = readReplyMarkup(params).inline;
    const ids = resolveIds();
    const stored = findEditable(context, ids);
    if (sameJson((stored.message as TextMessage).reply_markup, markup)) throw badRequest(NOT_MODIFIED);
    assertCanSend(context, ids.chat);
    return context.core.state.editBotMessage(stored, undefined, markup);
  },

  deleteMessage(context, params) {
    const { core, bot } = context;
    const chatRef = readChatId(params);
    const messageId = readInt(params, "message_id");
    if (messageId === undefined) throw badRequest("message identifier is not specified");
    const chat = core.state.resolveChat(bot, chatRef, "write");
    context.chatId = chat.id;
    const stored = core.state.findMessage(bot.id, chat.id, messageId);
    if (!stored || stored.deleted) throw badRequest("message to delete not found");
    // In groups a bot may delete others' messages only as an administrator with that right.
    if (chat.type !== "private" && !stored.fromBot && !chat.admins.get(bot.id)?.rights.can_delete_messages) {
      throw badRequest("message can't be deleted");
    }
    core.state.deleteMessage(stored);
    return true;
  },
};
