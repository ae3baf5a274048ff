import type { BotCommand, UserFromGetMe } from "@grammyjs/types";
import { badRequest } from "../errors.js";
import type { BotRecord } from "../state.js";
import { isObject, type Params, readJson, readString } from "../validation.js";
import type { MethodContext, MethodHandler } from "./context.js";

/** getMe and the bot command menu (set/get/deleteMyCommands, stored per scope and language). */

export function getMe(bot: BotRecord): UserFromGetMe {
  return {
    ...bot.user,
    is_bot: true,
    can_join_groups: bot.canJoinGroups,
    can_read_all_group_messages: bot.canReadAllGroupMessages,
    supports_inline_queries: bot.supportsInlineQueries,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

const SCOPE_FIELDS: Record<string, Array<"chat_id" | "user_id">> = {
  default: [],
  all_private_chats: [],
  all_group_chats: [],
  all_chat_administrators: [],
  chat: ["chat_id"],
  chat_administrators: ["chat_id"],
  chat_member: ["chat_id", "user_id"],
};

/** Normalises scope + language into the storage key; chat scopes must name a known chat. */
export function commandsKey(context: MethodContext, params: Params): string {
  const scope = readJson(params, "scope", "can't parse BotCommandScope JSON object") ?? { type: "default" };
  if (!isObject(scope)) throw badRequest("can't parse BotCommandScope JSON object");
  const type = String(scope.type ?? "");
  const fields = SCOPE_FIELDS[type];
  if (!fields) throw badRequest("can't parse BotCommandScope: Unsupported type specified");
  const parts = [type];
  for (const field of fields) {
    if (scope[field] === undefined) throw badRequest(`can't parse BotCommandScope: Can't find field "${field}"`);
    parts.push(String(scope[field]));
  }
  if (fields.includes("chat_id")) {
    const ref = String(scope.chat_id);
    context.core.state.resolveChat(context.bot, /^-?\d+$/.test(ref) ? Number(ref) : ref, "readMembers");
  }
  const language = readString(params, "language_code") ?? "";
  if (language !== "" && !/^[a-z]{2}$/.test(language)) throw badRequest("invalid language code specified");
  return `${parts.join(":")}|${language}`;
}

function validateCommands(value: unknown): BotCommand[] {
  if (!Array.isArray(value)) throw badRequest("can't parse commands JSON object");
  if (value.length > 100) throw badRequest("too many commands specified");
  return value.map((item) => {
    if (!isObject(item)) throw badRequest("can't parse BotCommand: expected an Object");
    const command = String(item.command ?? "").replace(/^\//, "");
    const description = String(item.description ?? "");
    if (command === "") throw badRequest("command must be non-empty");
    if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest("BOT_COMMAND_INVALID");
    if (description.trim() === "") throw badRequest("command description must be non-empty");
    if (description.length > 256) throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
    return { command, description };
  });
}

export const botMethods: Record<string, MethodHandler> = {
  getMe: ({ bot }) => getMe(bot),

  setMyCommands(context, params) {
    const commands = validateCommands(readJson(params, "commands", "can't parse commands JSON object"));
    const key = commandsKey(context, params);
    if (commands.length === 0) context.bot.commands.delete(key);
    else context.bot.commands.set(key, commands);
    return true;
  },

  getMyCommands(context, params) {
    return context.bot.commands.get(commandsKey(context, params)) ?? [];
  },

  deleteMyCommands(context, params) {
    context.bot.commands.delete(commandsKey(context, params));
    return true;
  },
};
