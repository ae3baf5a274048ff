import type { ChatMember, ChatMemberAdministrator, User } from "@grammyjs/types";
import { badRequest } from "./errors.js";
import type { AdminRecord, ChatRecord, LocalState } from "./state.js";

/**
 * Who is what in a chat, in the shapes getChatMember answers (telegram-bot-api's JsonChatMember):
 * "creator", "administrator", "member", "left" and "kicked".
 */

export type MemberStatus = ChatMember["status"];

/** ChatMemberAdministrator as telegram-bot-api stores it: the rights a group or supergroup has. */
export function administratorMember(chat: ChatRecord, user: User, admin: AdminRecord): ChatMemberAdministrator {
  const { can_manage_topics, ...rights } = admin.rights;
  return {
    user,
    status: "administrator",
    // Only administrators this bot promoted could be edited by it; the user face promotes them all.
    can_be_edited: false,
    ...rights,
    ...(chat.type === "supergroup" ? { can_manage_topics } : {}),
    // Still sent by the Bot API next to can_manage_video_chats.
    can_manage_voice_chats: rights.can_manage_video_chats,
    ...(admin.customTitle ? { custom_title: admin.customTitle } : {}),
  } as ChatMemberAdministrator;
}

/** A user or bot the server knows, by id. */
function findPerson(state: LocalState, id: number): User | undefined {
  return state.users.get(id)?.user ?? state.bots.get(id)?.user;
}

/** The member status of a user or bot in a chat; Telegram's error for one it cannot find. */
export function chatMember(state: LocalState, chat: ChatRecord, id: number): ChatMember {
  const user = findPerson(state, id);
  if (chat.type === "private") {
    // tdlib knows only the two sides of a private chat.
    if (!user || (id !== chat.userId && !user.is_bot)) throw badRequest("member not found");
    return { user, status: "member" };
  }
  if (!user) throw badRequest("member not found");
  if (id === chat.creatorId) return { user, status: "creator", is_anonymous: false };
  const admin = chat.admins.get(id);
  if (admin) return administratorMember(chat, user, admin);
  if (user.is_bot && !chat.botIds.has(id)) {
    return chat.removedBots.get(id) === "kicked" ? { user, status: "kicked", until_date: 0 } : { user, status: "left" };
  }
  return chat.memberIds.has(id) || user.is_bot ? { user, status: "member" } : { user, status: "left" };
}

/** getChatAdministrators: the creator, then administrators as promoted; other bots are left out. */
export function chatAdministrators(state: LocalState, chat: ChatRecord, botId: number): ChatMember[] {
  if (chat.type === "private") throw badRequest("there are no administrators in the private chat");
  const ids = [...(chat.creatorId !== undefined ? [chat.creatorId] : []), ...chat.admins.keys()];
  return ids.filter((id) => !state.bots.has(id) || id === botId).map((id) => chatMember(state, chat, id));
}

/** The creator and administrators may manage a group. */
export function isAdministrator(chat: ChatRecord, id: number): boolean {
  return id === chat.creatorId || chat.admins.has(id);
}
