import type { ChatFullInfo } from "@grammyjs/types";
import { badRequest, forbidden } from "../errors.js";
import { chatAdministrators, chatMember } from "../members.js";
import { type Params, readChatId, readString } from "../validation.js";
import type { MethodHandler } from "./context.js";

/** getChat, sendChatAction, getChatMember and getChatAdministrators. */

const CHAT_ACTIONS = new Set([
  "typing",
  "upload_photo",
  "record_video",
  "upload_video",
  "record_voice",
  "upload_voice",
  "upload_document",
  "choose_sticker",
  "find_location",
  "record_video_note",
  "upload_video_note",
]);

const ACCEPTED_GIFTS = {
  unlimited_gifts: false,
  limited_gifts: false,
  unique_gifts: false,
  premium_subscription: false,
  gifts_from_channels: false,
};

/** telegram-bot-api's get_user_id: a positive integer, or "Invalid user_id specified". */
function readUserId(params: Params): number {
  const value = params.user_id;
  const id = typeof value === "number" ? value : Number(String(value ?? "").trim());
  if (!Number.isSafeInteger(id) || id <= 0) throw badRequest("invalid user_id specified");
  return id;
}

export const chatMethods: Record<string, MethodHandler> = {
  getChat(context, params) {
    const chat = context.core.state.resolveChat(context.bot, readChatId(params), "read");
    context.chatId = chat.id;
    const common = { accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: ACCEPTED_GIFTS };
    return { ...chat.chat, ...common } as ChatFullInfo;
  },

  sendChatAction(context, params) {
    const { core, bot } = context;
    const chatRef = readChatId(params);
    const action = readString(params, "action");
    if (!action || !CHAT_ACTIONS.has(action)) throw badRequest("wrong parameter action in request");
    const chat = core.state.resolveChat(bot, chatRef, "write");
    context.chatId = chat.id;
    if (core.state.isBlocked(bot, chat)) throw forbidden("bot was blocked by the user");
    core.limiter.takeChatAction(bot.id, core.now());
    return true;
  },

  getChatMember(context, params) {
    // telegram-bot-api reads user_id before it looks the chat up.
    const userId = readUserId(params);
    // The bot may always read its own membership; others' needs access to the member list.
    const chat = context.core.state.resolveChat(context.bot, readChatId(params), userId === context.bot.id ? "read" : "readMembers");
    context.chatId = chat.id;
    return chatMember(context.core.state, chat, userId);
  },

  getChatAdministrators(context, params) {
    const chat = context.core.state.resolveChat(context.bot, readChatId(params), "readMembers");
    context.chatId = chat.id;
    return chatAdministrators(context.core.state, chat, context.bot.id);
  },
};
