import type { ChatMember, ChatMemberUpdated, Update } from "@grammyjs/types";
import type { Core } from "./core.js";
import { chatMember, isAdministrator } from "./members.js";
import { type AdminRights, type BotRecord, type ChatRecord, DEFAULT_ADMIN_RIGHTS, type UserRecord } from "./state.js";

/**
 * What group owners and administrators do in a Telegram client, and the updates the bot gets
 * for it: promoting and demoting administrators, removing the bot and adding it back, upgrading
 * a group to a supergroup.
 */

export interface PromoteOptions {
  /** Rights to grant or withhold (the rest as a client preselects them). */
  rights?: Partial<AdminRights>;
  customTitle?: string;
}

const nameOf = (user: UserRecord): string => user.user.first_name;

function assertGroup(chat: ChatRecord): void {
  if (chat.type === "private") throw new Error(`chat ${chat.id} is a private chat: only groups have administrators`);
  assertNotMigrated(chat);
}

/** A group upgraded to a supergroup is read-only: clients act in the supergroup instead. */
export function assertNotMigrated(chat: ChatRecord): void {
  if (chat.migratedTo !== undefined) throw new Error(`group ${chat.id} was upgraded to supergroup ${chat.migratedTo}; use that chat`);
}

/** The creator, or an administrator allowed to add new admins. */
function assertCanPromote(user: UserRecord, chat: ChatRecord): void {
  assertGroup(chat);
  if (user.id === chat.creatorId || chat.admins.get(user.id)?.rights.can_promote_members) return;
  throw new Error(
    isAdministrator(chat, user.id)
      ? `${nameOf(user)} is an administrator of chat ${chat.id} without the right to add new admins`
      : `${nameOf(user)} is not an administrator of chat ${chat.id}`,
  );
}

/** The my_chat_member update Telegram sends a bot whose status in a chat changed. */
export function notifyBotStatus(core: Core, bot: BotRecord, chat: ChatRecord, by: UserRecord, old: ChatMember, next: ChatMember): void {
  const update: ChatMemberUpdated = {
    chat: chat.chat,
    from: by.user,
    date: core.state.unixTime(),
    old_chat_member: old,
    new_chat_member: next,
  };
  bot.feed.push({ my_chat_member: update });
}

export function promoteMember(core: Core, user: UserRecord, chat: ChatRecord, memberId: number, options: PromoteOptions = {}): void {
  assertCanPromote(user, chat);
  const bot = core.state.bots.get(memberId);
  const inChat = bot ? chat.botIds.has(memberId) : chat.memberIds.has(memberId);
  if (!inChat) throw new Error(`${memberId} is not a member of chat ${chat.id}, so cannot be promoted`);
  if (memberId === chat.creatorId) throw new Error(`${memberId} created chat ${chat.id} and has every right already`);
  const before = bot ? chatMember(core.state, chat, memberId) : undefined;
  chat.admins.set(memberId, {
    rights: { ...DEFAULT_ADMIN_RIGHTS, ...options.rights },
    ...(options.customTitle ? { customTitle: options.customTitle } : {}),
  });
  if (bot && before) notifyBotStatus(core, bot, chat, user, before, chatMember(core.state, chat, memberId));
}

/** The creator, or an administrator allowed to ban users ("Remove" in a client). */
function assertCanRemove(user: UserRecord, chat: ChatRecord): void {
  assertGroup(chat);
  if (user.id === chat.creatorId || chat.admins.get(user.id)?.rights.can_restrict_members) return;
  throw new Error(
    isAdministrator(chat, user.id)
      ? `${nameOf(user)} is an administrator of chat ${chat.id} without the right to remove members`
      : `${nameOf(user)} is not an administrator of chat ${chat.id}, so cannot remove the bot`,
  );
}

/**
 * An administrator removes the bot: it gets my_chat_member (its old status → "kicked", or "left"
 * when the admin removed it without banning) and can no longer send there.
 */
export function removeBot(core: Core, user: UserRecord, chat: ChatRecord, bot: BotRecord, status: "kicked" | "left" = "kicked"): void {
  assertCanRemove(user, chat);
  if (!chat.botIds.has(bot.id)) throw new Error(`@${bot.user.username} is not in chat ${chat.id}`);
  const before = chatMember(core.state, chat, bot.id);
  chat.botIds.delete(bot.id);
  chat.admins.delete(bot.id);
  chat.removedBots.set(bot.id, status);
  notifyBotStatus(core, bot, chat, user, before, chatMember(core.state, chat, bot.id));
}

/** A member adds the bot (back) to a group: my_chat_member with status "member", and sends work again. */
export function addBot(core: Core, user: UserRecord, chat: ChatRecord, bot: BotRecord): void {
  assertGroup(chat);
  if (!chat.memberIds.has(user.id)) throw new Error(`${nameOf(user)} is not a member of chat ${chat.id}, so cannot add bots to it`);
  if (chat.botIds.has(bot.id)) throw new Error(`@${bot.user.username} is already in chat ${chat.id}`);
  if (!bot.canJoinGroups) throw new Error(`@${bot.user.username} cannot be added to groups (can_join_groups is off)`);
  const before = chatMember(core.state, chat, bot.id);
  chat.removedBots.delete(bot.id);
  chat.botIds.add(bot.id);
  notifyBotStatus(core, bot, chat, user, before, chatMember(core.state, chat, bot.id));
}

/**
 * The creator upgrades a basic group to a supergroup: every bot in it receives the service messages
 * Telegram sends — `migrate_to_chat_id` in the old group, then `migrate_from_chat_id` as the
 * supergroup's first message — and sends to the old id answer 400 with `migrate_to_chat_id`.
 */
export function migrateToSupergroup(core: Core, user: UserRecord, group: ChatRecord): ChatRecord {
  if (group.type !== "group") throw new Error(`chat ${group.id} is a ${group.type} chat: only basic groups are upgraded to supergroups`);
  assertNotMigrated(group);
  if (user.id !== group.creatorId)
    throw new Error(`${nameOf(user)} did not create group ${group.id}: only its creator can upgrade it to a supergroup`);
  const supergroup = core.state.migrateGroup(group);
  for (const botId of group.botIds) {
    const bot = core.state.bots.get(botId);
    if (!bot) continue;
    const to = core.state.addServiceMessage(bot, group, user.user, { migrate_to_chat_id: supergroup.id });
    const from = core.state.addServiceMessage(bot, supergroup, user.user, { migrate_from_chat_id: group.id });
    bot.feed.push({ message: to.message as NonNullable<Update["message"]> });
    bot.feed.push({ message: from.message as NonNullable<Update["message"]> });
  }
  return supergroup;
}

export function demoteMember(core: Core, user: UserRecord, chat: ChatRecord, memberId: number): void {
  assertCanPromote(user, chat);
  if (!chat.admins.has(memberId)) {
    throw new Error(
      memberId === chat.creatorId
        ? `the creator of chat ${chat.id} cannot be demoted`
        : `${memberId} is not an administrator of chat ${chat.id}`,
    );
  }
  const bot = core.state.bots.get(memberId);
  const before = bot ? chatMember(core.state, chat, memberId) : undefined;
  chat.admins.delete(memberId);
  if (bot && before) notifyBotStatus(core, bot, chat, user, before, chatMember(core.state, chat, memberId));
}
