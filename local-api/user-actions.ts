import type { InlineKeyboardButton, Message, MessageEntity, SwitchInlineQueryChosenChat, Update, User } from "@grammyjs/types";
import type { Core } from "./core.js";
import { documentOf } from "./files.js";
import { assertNotMigrated } from "./group-actions.js";
import { chatMember } from "./members.js";
import { topics, waitFor } from "./signals.js";
import {
  type BotMessage,
  type BotRecord,
  type CallbackAnswer,
  type ChatRecord,
  chatInstance,
  type InlineAnswer,
  type InlineChatType,
  type PendingQuery,
  type StoredMessage,
  type UserRecord,
} from "./state.js";
import { MAX_CAPTION_LENGTH, MAX_MESSAGE_LENGTH } from "./validation.js";

/**
 * What a person can do in a Telegram client, turned into the updates Telegram
 * would send the bot. Used by the typed user face and its HTTP twin.
 */

export type PressTarget = string | { data: string } | { row: number; col: number };

const COMMAND_CHAR = /[A-Za-z0-9_]/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const breaksCommand = (c: string | undefined): boolean => c !== undefined && (WORD_CHAR.test(c) || c === "/" || c === "<" || c === ">");

/** The `bot_command` entities Telegram adds: "/cmd" or "/cmd@botname" between non-word characters. */
export function findBotCommands(text: string): MessageEntity[] {
  const found: MessageEntity[] = [];
  for (let slash = text.indexOf("/"); slash >= 0; slash = text.indexOf("/", slash + 1)) {
    if (slash > 0 && breaksCommand(text[slash - 1])) continue;
    let end = slash + 1;
    while (end < text.length && COMMAND_CHAR.test(text[end] as string)) end++;
    const nameLength = end - slash - 1;
    if (nameLength < 1 || nameLength > 64) continue;
    if (text[end] === "@") {
      let mentionEnd = end + 1;
      while (mentionEnd < text.length && COMMAND_CHAR.test(text[mentionEnd] as string)) mentionEnd++;
      const mentionLength = mentionEnd - end - 1;
      if (mentionLength < 3 || mentionLength > 32) continue;
      end = mentionEnd;
    }
    if (breaksCommand(text[end])) continue;
    found.push({ type: "bot_command", offset: slash, length: end - slash });
  }
  return found;
}

/** Telegram clients split long texts into 4096-character messages. */
function splitLongText(text: string): string[] {
  if (text.length <= MAX_MESSAGE_LENGTH) return [text];
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += MAX_MESSAGE_LENGTH) parts.push(text.slice(at, at + MAX_MESSAGE_LENGTH));
  return parts;
}

/** Privacy mode: in groups a bot sees commands for it, replies to it and mentions of it. */
export function botSees(bot: BotRecord, chat: ChatRecord, message: Message, entities: MessageEntity[]): boolean {
  if (chat.type === "private" || bot.canReadAllGroupMessages) return true;
  // A document's caption is read as a text is (commands, mentions).
  const text = message.text ?? message.caption ?? "";
  const username = bot.user.username.toLowerCase();
  const forThisBot = entities.some((entity) => {
    const command = text.slice(entity.offset, entity.offset + entity.length);
    const at = command.indexOf("@");
    return at < 0 || command.slice(at + 1).toLowerCase() === username;
  });
  const replyToBot = (message.reply_to_message?.from?.id ?? 0) === bot.id;
  // Telegram's privacy-mode list includes "messages sent via this bot" (inline results posted).
  const viaThisBot = message.via_bot?.id === bot.id;
  return forThisBot || replyToBot || viaThisBot || text.toLowerCase().includes(`@${username}`);
}

const cursorKey = (bot: BotRecord, chat: ChatRecord): string => `${bot.id}:${chat.id}`;

/** After a send or press, waits only return bot messages that come later. */
export function markTurn(core: Core, bot: BotRecord, user: UserRecord, chat: ChatRecord): void {
  user.cursors.set(cursorKey(bot, chat), core.state.botMessageCount(bot.id, chat.id).end);
  user.chatCursors.set(cursorKey(bot, chat), lastMessageId(core, bot, chat));
}

const lastMessageId = (core: Core, bot: BotRecord, chat: ChatRecord): number =>
  core.state.chatMessages(bot.id, chat.id).at(-1)?.message_id ?? 0;

/** A user is in their own private chat with a bot and in the groups listing them as members. */
export function isInChat(user: UserRecord, chat: ChatRecord): boolean {
  return chat.type === "private" ? chat.id === user.id : chat.memberIds.has(user.id);
}

export function sendText(core: Core, bot: BotRecord, user: UserRecord, chat: ChatRecord, text: string, replyTo?: StoredMessage): Message {
  if (text === "") throw new Error("Telegram clients cannot send an empty message");
  if (!isInChat(user, chat)) throw new Error(`${user.user.first_name} is not a member of chat ${chat.id}`);
  assertNotMigrated(chat);
  // Writing to a bot one has blocked unblocks it, as the client's "Restart" does.
  if (chat.type === "private" && user.blocked.has(bot.id)) setBlocked(core, bot, user, false);
  markTurn(core, bot, user, chat);
  let last: Message | undefined;
  for (const part of splitLongText(text)) {
    const entities = findBotCommands(part);
    const stored = core.state.addUserMessage(bot, chat, user.user, part, entities, replyTo);
    // A bot removed from a group sees nothing of it.
    const inChat = chat.type === "private" || chat.botIds.has(bot.id);
    if (inChat && botSees(bot, chat, stored.message, entities))
      bot.feed.push({ message: stored.message as NonNullable<Update["message"]> });
    last = stored.message;
    replyTo = undefined;
  }
  return last as Message;
}

/** A file as a user picks it in a client's "File" attachment. */
export interface UserFile {
  fileName: string;
  bytes: Buffer;
  /** What the client reports; by default the type Telegram guesses from the name. */
  mimeType?: string;
}

/**
 * A user sends a file (a document, with an optional caption): the bot gets a message with
 * `document` whose file_id it may getFile and download, as on Telegram.
 */
export function sendDocument(
  core: Core,
  bot: BotRecord,
  user: UserRecord,
  chat: ChatRecord,
  file: UserFile,
  caption?: string,
  replyTo?: StoredMessage,
): Message {
  if (file.bytes.length === 0) throw new Error("Telegram clients cannot send an empty file");
  if ((caption ?? "").length > MAX_CAPTION_LENGTH) throw new Error(`a caption is at most ${MAX_CAPTION_LENGTH} characters`);
  if (!isInChat(user, chat)) throw new Error(`${user.user.first_name} is not a member of chat ${chat.id}`);
  assertNotMigrated(chat);
  if (chat.type === "private" && user.blocked.has(bot.id)) setBlocked(core, bot, user, false);
  markTurn(core, bot, user, chat);
  // Stored for the receiving bot: its file_id is that bot's to getFile.
  const stored = core.state.files.add(bot.id, file.fileName, file.bytes, file.mimeType);
  const text = caption?.trim() ?? "";
  const entities = findBotCommands(text);
  const message = core.state.addUserDocument(bot, chat, user.user, documentOf(stored), text ? { text, entities } : undefined, replyTo);
  const inChat = chat.type === "private" || chat.botIds.has(bot.id);
  if (inChat && botSees(bot, chat, message.message, entities))
    bot.feed.push({ message: message.message as NonNullable<Update["message"]> });
  return message.message;
}

export function setBlocked(core: Core, bot: BotRecord, user: UserRecord, blocked: boolean): void {
  if (user.blocked.has(bot.id) === blocked) return;
  if (blocked) user.blocked.add(bot.id);
  else user.blocked.delete(bot.id);
  const chat = core.state.chats.get(user.id) as ChatRecord;
  const member = { status: "member" as const, user: bot.user };
  const kicked = { status: "kicked" as const, user: bot.user, until_date: 0 };
  bot.feed.push({
    my_chat_member: {
      chat: chat.chat,
      from: user.user,
      date: core.state.unixTime(),
      old_chat_member: blocked ? member : kicked,
      new_chat_member: blocked ? kicked : member,
    },
  });
}

/** The update Telegram sends a bot that was just added to a group (as an administrator when it is one). */
export function announceBotAdded(core: Core, bot: BotRecord, chat: ChatRecord, by: User): void {
  bot.feed.push({
    my_chat_member: {
      chat: chat.chat,
      from: by,
      date: core.state.unixTime(),
      old_chat_member: { status: "left", user: bot.user },
      new_chat_member: chatMember(core.state, chat, bot.id),
    },
  });
}

const MAX_OPEN_QUERIES = 10_000;

export function openQuery<T>(
  core: Core,
  bot: BotRecord,
  queries: Map<string, PendingQuery<T>>,
  userId: number,
  chatId?: number,
): PendingQuery<T> {
  if (queries.size >= MAX_OPEN_QUERIES) {
    const oldest = queries.keys().next().value;
    if (oldest !== undefined) queries.delete(oldest);
  }
  const query: PendingQuery<T> = { id: core.state.nextQueryId(bot.id), userId, ...(chatId !== undefined ? { chatId } : {}) };
  queries.set(query.id, query);
  return query;
}

function describeButtons(view: BotMessage): string {
  const labels = view.buttons.flat().map((button) => JSON.stringify(button.text));
  return labels.length ? labels.join(", ") : "(no buttons)";
}

/** What a client does when a button is tapped: only callback buttons reach the bot. */
export type ButtonOutcome =
  | { kind: "callback"; answer: CallbackAnswer }
  /** The client opens the link (a t.me/<bot>?start= link: see openLink); the bot gets nothing. */
  | { kind: "url"; url: string }
  /**
   * The client puts "@bot query" into an input field: the current chat's (`currentChat`), or a chat
   * the user picks (limited to `chosenChat`'s types when given). The bot hears of it only once the
   * user types, as an inline_query.
   */
  | { kind: "switchInline"; query: string; currentChat: boolean; chosenChat?: SwitchInlineQueryChosenChat }
  | { kind: "copyText"; text: string }
  | { kind: "webApp"; url: string }
  | { kind: "loginUrl"; url: string };

type Button = InlineKeyboardButton;

function pickButton(view: BotMessage, target: PressTarget): Button | { callback_data: string; text?: undefined } {
  if (typeof target === "object" && "data" in target) return { callback_data: target.data };
  const rows = view.reply_markup?.inline_keyboard ?? [];
  let button: Button | undefined;
  if (typeof target === "object") {
    button = rows[target.row]?.[target.col];
    if (!button) throw new Error(`no button at row ${target.row}, column ${target.col}; buttons: ${describeButtons(view)}`);
  } else {
    const all = rows.flat();
    button = all.find((candidate) => candidate.text === target);
    if (!button) {
      const partial = all.filter((candidate) => candidate.text.includes(target));
      if (partial.length > 1)
        throw new Error(`"${target}" matches several buttons: ${partial.map((b) => JSON.stringify(b.text)).join(", ")}`);
      button = partial[0];
    }
    if (!button) throw new Error(`no button "${target}" on message ${view.message_id}; buttons: ${describeButtons(view)}`);
  }
  return button;
}

/** A button that is a client action, described; undefined for a callback button. */
function clientAction(button: Button): Exclude<ButtonOutcome, { kind: "callback" }> | undefined {
  if ("url" in button) return { kind: "url", url: button.url };
  if ("switch_inline_query" in button) return { kind: "switchInline", query: button.switch_inline_query, currentChat: false };
  if ("switch_inline_query_current_chat" in button) {
    return { kind: "switchInline", query: button.switch_inline_query_current_chat ?? "", currentChat: true };
  }
  if ("switch_inline_query_chosen_chat" in button) {
    const chosen = button.switch_inline_query_chosen_chat;
    return { kind: "switchInline", query: chosen.query ?? "", currentChat: false, chosenChat: chosen };
  }
  if ("copy_text" in button) return { kind: "copyText", text: button.copy_text.text };
  if ("web_app" in button) return { kind: "webApp", url: button.web_app.url };
  if ("login_url" in button) return { kind: "loginUrl", url: button.login_url.url };
  return undefined;
}

/**
 * Taps a button as a client does: a callback button sends the bot a callback_query and resolves
 * with its answer; any other button is a client action, described without the bot hearing of it.
 */
export async function tapButton(
  core: Core,
  bot: BotRecord,
  user: UserRecord,
  stored: StoredMessage,
  view: BotMessage,
  target: PressTarget,
  timeoutMs: number,
): Promise<ButtonOutcome> {
  const chat = core.state.chats.get(stored.chatId) as ChatRecord;
  // A client shows a user only the chats they are in, so nobody else's buttons can be pressed.
  if (!isInChat(user, chat)) {
    throw new Error(
      chat.type === "private"
        ? `${user.user.first_name} cannot press buttons in chat ${chat.id}: it is another user's private chat with the bot`
        : `${user.user.first_name} is not a member of chat ${chat.id}, so cannot press buttons there`,
    );
  }
  if (stored.deleted) throw new Error(`message ${view.message_id} was deleted; its buttons cannot be pressed`);
  const button = pickButton(view, target);
  const action = clientAction(button as Button);
  if (action) return action;
  if (!("callback_data" in button))
    throw new Error(`button "${button.text}" does nothing a client can show (callback_game and pay are not modelled)`);
  const data = button.callback_data;
  if (chat.type === "private" && user.blocked.has(bot.id)) throw new Error(`${user.user.first_name} has blocked the bot`);
  const query = openQuery<CallbackAnswer>(core, bot, bot.callbackQueries, user.id, chat.id);
  markTurn(core, bot, user, chat);
  const update = bot.feed.push({
    callback_query: {
      id: query.id,
      from: user.user,
      message: stored.message,
      chat_instance: chatInstance(bot.id, chat.id),
      data,
    },
  });
  if (!update) throw new Error("the bot's allowed_updates exclude callback_query");
  const answer = await waitFor(core.state.signals, [topics.callback(query.id)], () => query.answer, {
    timeoutMs,
    stopped: core.stopped.signal,
    describe: () =>
      `the bot did not answer the callback query for button data ${JSON.stringify(data)} (answerCallbackQuery)${recentFailures(core, bot, chat.id)}`,
  });
  return { kind: "callback", answer };
}

/** press(): a callback button's answer; other buttons are refused, naming what tap() would report. */
export async function pressButton(
  core: Core,
  bot: BotRecord,
  user: UserRecord,
  stored: StoredMessage,
  view: BotMessage,
  target: PressTarget,
  timeoutMs: number,
): Promise<CallbackAnswer> {
  const outcome = await tapButton(core, bot, user, stored, view, target, timeoutMs);
  if (outcome.kind !== "callback") {
    throw new Error(`button has no callback_data: it is a client action (${JSON.stringify(outcome)}); use tap() to see what it does`);
  }
  return outcome.answer;
}

/** Where an inline query is typed: `chat_type` of the update and the chat a chosen result goes to. */
export interface InlinePlace {
  chatType: InlineChatType;
  chatId?: number;
}

export async function askInline(
  core: Core,
  bot: BotRecord,
  user: UserRecord,
  query: string,
  offset: string,
  place: InlinePlace,
  timeoutMs: number,
): Promise<InlineAnswer> {
  if (!bot.supportsInlineQueries) throw new Error("inline mode is off for this bot");
  const pending = openQuery<InlineAnswer>(core, bot, bot.inlineQueries, user.id, place.chatId);
  pending.query = query;
  const update = bot.feed.push({ inline_query: { id: pending.id, from: user.user, query, offset, chat_type: place.chatType } });
  if (!update) throw new Error("the bot's allowed_updates exclude inline_query");
  return waitFor(core.state.signals, [topics.inline(pending.id)], () => pending.answer, {
    timeoutMs,
    stopped: core.stopped.signal,
    describe: () => `the bot did not answer inline query ${JSON.stringify(query)} (answerInlineQuery)${recentFailures(core, bot)}`,
  }).catch((error: unknown) => {
    // The client gave up waiting; an answer arriving now is "too old" for Telegram too.
    pending.expired = true;
    throw error;
  });
}

/** The next bot message in a chat this user has not been handed yet (see markTurn). */
export function nextBotMessage(core: Core, bot: BotRecord, user: UserRecord, chat: ChatRecord, timeoutMs: number): Promise<BotMessage> {
  const key = cursorKey(bot, chat);
  return waitFor(
    core.state.signals,
    [topics.chat(bot.id, chat.id)],
    () => {
      const { start, end } = core.state.botMessageCount(bot.id, chat.id);
      const cursor = Math.max(user.cursors.get(key) ?? 0, start);
      if (cursor >= end) return undefined;
      user.cursors.set(key, cursor + 1);
      return core.state.botMessageAt(bot.id, chat.id, cursor);
    },
    {
      timeoutMs,
      stopped: core.stopped.signal,
      describe: () => describeSilence(core, bot, user, chat),
    },
  );
}

export function nextEdit(core: Core, stored: StoredMessage, sinceVersion: number, timeoutMs: number): Promise<BotMessage> {
  type Outcome = { message: BotMessage } | { error: Error };
  return waitFor<Outcome>(
    core.state.signals,
    [topics.chat(stored.botId, stored.chatId)],
    () => {
      if (stored.deleted) return { error: new Error(`message ${stored.message.message_id} was deleted instead of edited`) };
      if (stored.version <= sinceVersion) return undefined;
      const view = core.state.currentMessages(stored.botId, stored.chatId).find((m) => m.message_id === stored.message.message_id);
      return view ? { message: view } : undefined;
    },
    {
      timeoutMs,
      stopped: core.stopped.signal,
      describe: () =>
        `message ${stored.message.message_id} in chat ${stored.chatId} was not edited${recentFailures(core, core.state.bots.get(stored.botId), stored.chatId)}`,
    },
  ).then((outcome) => {
    if ("error" in outcome) throw outcome.error;
    return outcome.message;
  });
}

/** Explains a failed wait: what the chat holds, what the bot tried, whether it is consuming updates. */
function describeSilence(core: Core, bot: BotRecord, user: UserRecord, chat: ChatRecord): string {
  const messages = core.state.currentMessages(bot.id, chat.id);
  const shown = messages
    .slice(-3)
    .map((m) => JSON.stringify(m.text.slice(0, 80)))
    .join(", ");
  const pending = bot.feed.webhookInfo().pending_update_count;
  return (
    `no new bot message for ${user.user.first_name} in chat ${chat.id}` +
    ` (the chat holds ${messages.length} bot message(s)${shown ? `, last: ${shown}` : ""})` +
    (pending > 0 ? `; ${pending} update(s) are still waiting for the bot — is it running?` : "") +
    recentFailures(core, bot, chat.id)
  );
}

export function recentFailures(core: Core, bot: BotRecord | undefined, chatId?: number): string {
  const failed = core.state
    .calls({ ok: false, ...(bot ? { botId: bot.id } : {}) })
    .filter((call) => chatId === undefined || call.chatId === chatId || call.chatId === undefined)
    .slice(-3)
    .map((call) => `${call.method}: ${call.error?.description}`);
  return failed.length ? `; recent failed Bot API calls: ${failed.join(" | ")}` : "";
}
