import type { IncomingMessage, ServerResponse } from "node:http";
import type { BotCommand, Chat, InlineQueryResult, Message, User } from "@grammyjs/types";
import { isUploadedFile, readParams } from "./body.js";
import type { Core } from "./core.js";
import { isValidStartParameter, parseBotLink } from "./deep-links.js";
import { ApiError, errorBody } from "./errors.js";
import type { Faults } from "./faults.js";
import { addBot, demoteMember, migrateToSupergroup, type PromoteOptions, promoteMember, removeBot } from "./group-actions.js";
import { chooseInlineResult, type ResultChoice } from "./inline-results.js";
import { isAdministrator } from "./members.js";
import { sendJson } from "./server.js";
import { topics, waitFor } from "./signals.js";
import type {
  BotMessage,
  BotMessageEvent,
  BotRecord,
  CallbackAnswer,
  CallFilter,
  CallRecord,
  ChatRecord,
  InlineAnswer,
  InlineChatType,
  NewBot,
  NewGroup,
  NewUser,
  PendingQuery,
  UserRecord,
} from "./state.js";
import {
  announceBotAdded,
  askInline,
  type ButtonOutcome,
  type InlinePlace,
  isInChat,
  nextBotMessage,
  nextEdit,
  type PressTarget,
  pressButton,
  sendDocument,
  sendText,
  setBlocked,
  tapButton,
  type UserFile,
} from "./user-actions.js";
import { isObject, type Params, readBool, readInt, readJson, readString } from "./validation.js";

/**
 * The user face: a typed API for tests (LocalBotApi / LocalUser) and the same
 * operations over plain HTTP under /_user/ for other processes.
 */

export interface LocalBot {
  id: number;
  token: string;
  username: string;
  firstName: string;
  user: User;
}

export interface LocalChat {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
  chat: Chat;
}

export interface ChatOptions {
  /** Default: the user's private chat with the bot. */
  chat?: LocalChat | number;
  /** Default: the first bot created. */
  bot?: LocalBot | number;
}

export interface WaitOptions extends ChatOptions {
  timeoutMs?: number;
}

export interface SendOptions extends ChatOptions {
  /** Reply to this message (id or a BotMessage). */
  replyTo?: number | BotMessage;
}

export interface InlineQueryOptions {
  bot?: LocalBot | number;
  offset?: string;
  timeoutMs?: number;
  /** The chat the user types the query in: sets `chat_type` and where a chosen result is posted. */
  chat?: LocalChat | number;
  /** `chat_type` of the update (default "sender", or what `chat` implies); e.g. "private" for a chat with another user. */
  chatType?: InlineChatType;
}

/** A file a user saved from a message (`user.download(message)`). */
export interface DownloadedFile {
  fileName: string;
  mimeType: string;
  size: number;
  bytes: Buffer;
  /** The bytes read as UTF-8 (calendar files, CSV...). */
  text: string;
}

export interface LocalUser {
  readonly id: number;
  readonly firstName: string;
  readonly username?: string;
  readonly languageCode?: string;
  /** The Telegram User object updates carry in `from`. */
  readonly user: User;
  /** True once the user deleted their account (see deactivate). */
  readonly deactivated: boolean;
  /** The private chat with the bot (its id equals the user id). */
  readonly chat: LocalChat;
  send(text: string, options?: SendOptions): Promise<Message>;
  /**
   * Sends the bot a file, as a client's "File" attachment does: a message with `document` (and
   * the caption, if any) that the bot can getFile and download. `bytes` may be a string (UTF-8).
   */
  sendDocument(
    file: { fileName: string; bytes: Buffer | string; mimeType?: string },
    options?: SendOptions & { caption?: string },
  ): Promise<Message>;
  messages(options?: ChatOptions): BotMessage[];
  history(options?: ChatOptions): BotMessage[];
  waitForMessage(options?: WaitOptions): Promise<BotMessage>;
  waitForMessages(count: number, options?: WaitOptions): Promise<BotMessage[]>;
  waitForEdit(message: BotMessage, options?: { timeoutMs?: number }): Promise<BotMessage>;
  press(message: BotMessage, target: PressTarget, options?: { timeoutMs?: number }): Promise<CallbackAnswer>;
  /**
   * Taps any button and says what the client did: `{ kind: "callback", answer }` after the bot's
   * answerCallbackQuery, or a client action the bot never hears of — `{ kind: "url", url }`,
   * `{ kind: "switchInline", query, currentChat, chosenChat? }`, `copyText`, `webApp`, `loginUrl`.
   */
  tap(message: BotMessage, target: PressTarget, options?: { timeoutMs?: number }): Promise<ButtonOutcome>;
  /** Saves the document or photo a bot message carries, as a client's "Save to Downloads" does (no update for the bot). */
  download(message: BotMessage): Promise<DownloadedFile>;
  inlineQuery(query: string, options?: InlineQueryOptions): Promise<InlineQueryResult[]>;
  /** The whole answerInlineQuery answer (results, next_offset, cache_time...). */
  inlineAnswer(query: string, options?: InlineQueryOptions): Promise<InlineAnswer>;
  /**
   * Picks a result of an answer (`inlineAnswer()`'s, or `inlineQuery()`'s results): by id (a string)
   * or position (a number). Its message is posted in `chat` — default: where the query was typed —
   * from this user `via_bot` the bot; the bot gets chosen_inline_result if `inlineFeedback` is on.
   */
  chooseInlineResult(
    answer: InlineAnswer | InlineQueryResult[],
    result: ResultChoice,
    options?: { chat?: LocalChat | number },
  ): Promise<Message>;
  /** Every message in a chat as its members read it (users', the bot's, service messages), oldest first. */
  chatMessages(options?: ChatOptions): Message[];
  /** The next message in a chat from anyone but this user (e.g. a result another member posted via the bot). */
  waitForChatMessage(options?: WaitOptions): Promise<Message>;
  /**
   * Opens a link as a client does: `t.me/<bot>?start=<payload>` or `tg://resolve?domain=<bot>&start=<payload>`
   * sends the bot "/start <payload>" in this user's private chat. A link without a valid payload only
   * opens the chat: "/start" if the user never wrote to the bot (they tap Start), else nothing (undefined).
   */
  openLink(url: string): Promise<Message | undefined>;
  /** "/start" or "/start <payload>" in the private chat, as a deep link sends it (the payload must be valid). */
  start(payload?: string, options?: { bot?: LocalBot | number }): Promise<Message>;
  block(options?: { bot?: LocalBot | number }): Promise<void>;
  unblock(options?: { bot?: LocalBot | number }): Promise<void>;
  hasBlocked(options?: { bot?: LocalBot | number }): boolean;
  /** The command menu a client shows this user in a chat, resolved by scope and language as Telegram documents. */
  commandMenu(options?: ChatOptions): BotCommand[];
  /**
   * Makes a member (user or bot) of a group an administrator, or changes an administrator's rights;
   * this user must be the creator or an administrator allowed to add admins. A bot gets my_chat_member.
   */
  promote(chat: LocalChat | number, member: { id: number } | number, options?: PromoteOptions): Promise<void>;
  /** Takes an administrator's rights away (back to "member"); same permission as promote. */
  demote(chat: LocalChat | number, member: { id: number } | number): Promise<void>;
  /**
   * Removes the bot from a group (this user must be its creator or an admin who may ban): the bot gets
   * my_chat_member → "kicked" (default) or "left", and its sends there answer 403.
   */
  removeBot(chat: LocalChat | number, options?: { bot?: LocalBot | number; status?: "kicked" | "left" }): Promise<void>;
  /** Adds the bot (back) to a group this user is in: my_chat_member → "member". */
  addBot(chat: LocalChat | number, options?: { bot?: LocalBot | number }): Promise<void>;
  /**
   * Upgrades a basic group this user created to a supergroup with a new id (-100…), which it returns.
   * Bots get `migrate_to_chat_id` / `migrate_from_chat_id` messages; sends to the old id answer 400.
   */
  migrateToSupergroup(chat: LocalChat | number): Promise<LocalChat>;
  /**
   * The user deletes their account: sends, edits and chat actions to their private chat answer
   * 403 "Forbidden: user is deactivated"; they stay in their groups but can do nothing any more.
   */
  deactivate(): Promise<void>;
}

export interface LocalBotApi {
  /** Pass as grammY's `client.apiRoot`. */
  readonly url: string;
  readonly port: number;
  readonly faults: Faults;
  createBot(options?: NewBot): LocalBot;
  createUser(options: NewUser): LocalUser;
  createGroup(
    options: Omit<NewGroup, "members" | "bots"> & { members?: Array<LocalUser | number>; bots?: Array<LocalBot | number> },
  ): LocalChat;
  bots(): LocalBot[];
  users(): LocalUser[];
  user(id: number): LocalUser | undefined;
  /** Every recorded Bot API call, oldest first, optionally filtered. */
  calls(filter?: CallFilter): CallRecord[];
  /** Waits until a recorded call matches (e.g. a sendChatAction or a failed send). */
  waitForCall(filter: CallFilter & { where?: (call: CallRecord) => boolean; timeoutMs?: number }): Promise<CallRecord>;
  /** Resolves once the bot has a getUpdates long poll waiting, i.e. it is started and idle. */
  waitForLongPoll(options?: { bot?: LocalBot | number; timeoutMs?: number }): Promise<void>;
  /**
   * The bot's getUpdates requests not answered yet: a long poll waiting, and any a newer request
   * cut off (answered 409 a moment later). 0 once a stopped bot's last poll is let go.
   */
  openLongPolls(options?: { bot?: LocalBot | number }): number;
  /**
   * Moves the server's clock `ms` ahead (e.g. to age messages past the 48-hour edit limit) and
   * returns the new server time. Timers keep real time; the clock never goes back.
   */
  advanceClock(ms: number): Date;
  /** Observe bot messages being sent, edited and deleted anywhere (used by `npm run chat`). */
  subscribe(listener: (event: BotMessageEvent) => void): () => void;
  stop(): Promise<void>;
}

const idOf = (value: { id: number } | number): number => (typeof value === "number" ? value : value.id);

const botView = (bot: BotRecord): LocalBot => ({
  id: bot.id,
  token: bot.token,
  username: bot.user.username,
  firstName: bot.user.first_name,
  user: bot.user,
});

const chatView = (chat: ChatRecord): LocalChat => ({
  id: chat.id,
  type: chat.type,
  ...("title" in chat.chat && chat.chat.title ? { title: chat.chat.title } : {}),
  chat: chat.chat,
});

export class UserFace {
  private readonly handles = new Map<number, LocalUser>();
  /** inlineQuery() hands out the results array alone; choosing from it needs the answer behind it. */
  private readonly answers = new WeakMap<object, InlineAnswer>();

  rememberAnswer(results: InlineQueryResult[], answer: InlineAnswer): void {
    this.answers.set(results, answer);
  }

  /** The bot and pending query an answer (or its results) came from. */
  pendingInline(from: InlineAnswer | InlineQueryResult[]): { bot: BotRecord; pending: PendingQuery<InlineAnswer> } {
    const answer = Array.isArray(from) ? this.answers.get(from) : from;
    if (!answer) throw new Error("pass an answer from inlineAnswer() or the results array inlineQuery() returned");
    for (const bot of this.core.state.bots.values()) {
      const pending = bot.inlineQueries.get(answer.inline_query_id);
      if (pending?.answer) return { bot, pending };
    }
    throw new Error(`inline query ${answer.inline_query_id} is no longer known`);
  }

  constructor(private readonly core: Core) {}

  bot(choice?: LocalBot | number): BotRecord {
    const state = this.core.state;
    const bot = choice === undefined ? state.bots.values().next().value : state.bots.get(idOf(choice));
    if (!bot) throw new Error(choice === undefined ? "create a bot first (api.createBot())" : `unknown bot ${idOf(choice)}`);
    return bot;
  }

  chat(record: UserRecord, choice?: LocalChat | number): ChatRecord {
    const id = choice === undefined ? record.id : idOf(choice);
    const chat = this.core.state.chats.get(id);
    if (!chat) throw new Error(`unknown chat ${id}`);
    return chat;
  }

  createBot(options?: NewBot): LocalBot {
    return botView(this.core.state.createBot(options));
  }

  createUser(options: NewUser): LocalUser {
    return this.handle(this.core.state.createUser(options));
  }

  createGroup(options: Parameters<LocalBotApi["createGroup"]>[0]): LocalChat {
    const chat = this.core.state.createGroup({
      ...options,
      members: options.members?.map(idOf),
      bots: options.bots?.map(idOf),
    });
    const by = [...(chat.creatorId !== undefined ? [chat.creatorId] : []), ...chat.memberIds]
      .map((id) => this.core.state.users.get(id)?.user)
      .find((user) => user !== undefined);
    if (by) for (const botId of chat.botIds) announceBotAdded(this.core, this.bot(botId), chat, by);
    return chatView(chat);
  }

  users(): LocalUser[] {
    return [...this.core.state.users.values()].map((record) => this.handle(record));
  }

  bots(): LocalBot[] {
    return [...this.core.state.bots.values()].map(botView);
  }

  user(id: number): LocalUser | undefined {
    const record = this.core.state.users.get(id);
    return record ? this.handle(record) : undefined;
  }

  advanceClock(ms: number): Date {
    return new Date(this.core.advanceClock(ms));
  }

  private handle(record: UserRecord): LocalUser {
    let handle = this.handles.get(record.id);
    if (!handle) {
      handle = new UserHandle(this.core, this, record);
      this.handles.set(record.id, handle);
    }
    return handle;
  }

  /** HTTP twin of the typed API, under /_user/. */
  readonly handleHttp = async (req: IncomingMessage, res: ServerResponse, path: string, query: string): Promise<void> => {
    try {
      const params = await readParams(req, query);
      const route = HTTP_ROUTES[path.slice("/_user/".length)];
      if (!route) {
        sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
        return;
      }
      const result = await route(this, params);
      if (result instanceof RawFile) {
        res.writeHead(200, {
          "content-type": result.file.mimeType,
          "content-length": result.file.size,
          // RFC 6266's UTF-8 form, so Cyrillic file names survive.
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(result.file.fileName)}`,
        });
        res.end(result.file.bytes);
        return;
      }
      sendJson(res, 200, { ok: true, result });
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(400, (error as Error).message);
      sendJson(res, apiError.code, errorBody(apiError));
    }
  };

  readUser(params: Params): LocalUser {
    const id = readInt(params, "user_id");
    const user = id === undefined ? undefined : this.user(id);
    if (!user) throw new ApiError(400, `unknown user_id ${params.user_id}`);
    return user;
  }
}

class UserHandle implements LocalUser {
  constructor(
    private readonly core: Core,
    private readonly face: UserFace,
    private readonly record: UserRecord,
  ) {}

  get id(): number {
    return this.record.id;
  }
  get firstName(): string {
    return this.record.user.first_name;
  }
  get username(): string | undefined {
    return this.record.user.username;
  }
  get languageCode(): string | undefined {
    return this.record.user.language_code;
  }
  get user(): User {
    return this.record.user;
  }
  get deactivated(): boolean {
    return this.record.deactivated;
  }
  get chat(): LocalChat {
    return chatView(this.face.chat(this.record));
  }

  private timeout(options?: { timeoutMs?: number }): number {
    return options?.timeoutMs ?? this.core.defaultTimeoutMs;
  }

  /** A deleted account does nothing in any client. */
  private assertActive(): void {
    if (this.record.deactivated) throw new Error(`${this.record.user.first_name} deleted their account`);
  }

  async deactivate(): Promise<void> {
    this.assertActive();
    this.record.deactivated = true;
  }

  async send(text: string, options: SendOptions = {}): Promise<Message> {
    this.assertActive();
    const bot = this.face.bot(options.bot);
    const chat = this.face.chat(this.record, options.chat);
    return sendText(this.core, bot, this.record, chat, text, this.replyTarget(bot, chat, options.replyTo));
  }

  async sendDocument(
    file: { fileName: string; bytes: Buffer | string; mimeType?: string },
    options: SendOptions & { caption?: string } = {},
  ): Promise<Message> {
    this.assertActive();
    const bot = this.face.bot(options.bot);
    const chat = this.face.chat(this.record, options.chat);
    const bytes = typeof file.bytes === "string" ? Buffer.from(file.bytes, "utf8") : file.bytes;
    const upload: UserFile = { fileName: file.fileName, bytes, ...(file.mimeType ? { mimeType: file.mimeType } : {}) };
    return sendDocument(this.core, bot, this.record, chat, upload, options.caption, this.replyTarget(bot, chat, options.replyTo));
  }

  private replyTarget(bot: BotRecord, chat: ChatRecord, replyTo: SendOptions["replyTo"]) {
    const replyId = typeof replyTo === "object" ? replyTo.message_id : replyTo;
    const target = replyId === undefined ? undefined : this.core.state.findMessage(bot.id, chat.id, replyId);
    if (replyId !== undefined && !target) throw new Error(`message ${replyId} not found in chat ${chat.id}`);
    return target;
  }

  messages(options: ChatOptions = {}): BotMessage[] {
    return this.core.state.currentMessages(this.face.bot(options.bot).id, this.face.chat(this.record, options.chat).id);
  }

  history(options: ChatOptions = {}): BotMessage[] {
    return this.core.state.history(this.face.bot(options.bot).id, this.face.chat(this.record, options.chat).id);
  }

  waitForMessage(options: WaitOptions = {}): Promise<BotMessage> {
    return nextBotMessage(
      this.core,
      this.face.bot(options.bot),
      this.record,
      this.face.chat(this.record, options.chat),
      this.timeout(options),
    );
  }

  async waitForMessages(count: number, options: WaitOptions = {}): Promise<BotMessage[]> {
    // Real time, like the timers: the server's clock may be moved ahead meanwhile.
    const deadline = performance.now() + this.timeout(options);
    const received: BotMessage[] = [];
    while (received.length < count) {
      const left = Math.max(1, deadline - performance.now());
      try {
        received.push(await this.waitForMessage({ ...options, timeoutMs: left }));
      } catch (error) {
        throw new Error(`got ${received.length} of ${count} bot messages: ${(error as Error).message}`);
      }
    }
    return received;
  }

  waitForEdit(message: BotMessage, options?: { timeoutMs?: number }): Promise<BotMessage> {
    const stored = this.core.state.origin(message);
    if (!stored) return Promise.reject(new Error(`message ${message.message_id} is not a bot message this server knows`));
    return nextEdit(this.core, stored, this.core.state.versionOf(message), this.timeout(options));
  }

  async press(message: BotMessage, target: PressTarget, options?: { timeoutMs?: number }): Promise<CallbackAnswer> {
    this.assertActive();
    const stored = this.core.state.origin(message);
    if (!stored) return Promise.reject(new Error(`message ${message.message_id} is not a bot message this server knows`));
    const bot = this.face.bot(stored.botId);
    // Buttons as the message now stands (it may have been edited since the caller got it).
    const current = this.core.state.currentMessages(bot.id, stored.chatId).find((m) => m.message_id === message.message_id) ?? message;
    return pressButton(this.core, bot, this.record, stored, current, target, this.timeout(options));
  }

  async download(message: BotMessage): Promise<DownloadedFile> {
    this.assertActive();
    const stored = this.core.state.origin(message);
    if (!stored) throw new Error(`message ${message.message_id} is not a bot message this server knows`);
    const chat = this.core.state.chats.get(stored.chatId) as ChatRecord;
    if (!isInChat(this.record, chat))
      throw new Error(`${this.record.user.first_name} cannot see chat ${chat.id}, so cannot download from it`);
    if (stored.deleted) throw new Error(`message ${message.message_id} was deleted; its file cannot be downloaded`);
    // A photo's last size is its largest, as clients save it.
    const fileId = stored.message.document?.file_id ?? stored.message.photo?.at(-1)?.file_id;
    const file = fileId ? this.core.state.files.findAny(fileId) : undefined;
    if (!file)
      throw new Error(`message ${message.message_id} has no document or photo (text: ${JSON.stringify(message.text.slice(0, 60))})`);
    return {
      fileName: file.fileName,
      mimeType: file.mimeType,
      size: file.bytes.length,
      bytes: file.bytes,
      text: file.bytes.toString("utf8"),
    };
  }

  async tap(message: BotMessage, target: PressTarget, options?: { timeoutMs?: number }): Promise<ButtonOutcome> {
    this.assertActive();
    const stored = this.core.state.origin(message);
    if (!stored) throw new Error(`message ${message.message_id} is not a bot message this server knows`);
    const bot = this.face.bot(stored.botId);
    const current = this.core.state.currentMessages(bot.id, stored.chatId).find((m) => m.message_id === message.message_id) ?? message;
    return tapButton(this.core, bot, this.record, stored, current, target, this.timeout(options));
  }

  async inlineQuery(query: string, options: InlineQueryOptions = {}): Promise<InlineQueryResult[]> {
    const answer = await this.inlineAnswer(query, options);
    this.face.rememberAnswer(answer.results, answer);
    return answer.results;
  }

  async chooseInlineResult(
    answer: InlineAnswer | InlineQueryResult[],
    result: ResultChoice,
    options: { chat?: LocalChat | number } = {},
  ): Promise<Message> {
    this.assertActive();
    const { bot, pending } = this.face.pendingInline(answer);
    if (pending.userId !== this.record.id)
      throw new Error(`that inline answer was for user ${pending.userId}, not ${this.record.user.first_name}`);
    const chatId = options.chat !== undefined ? idOf(options.chat) : pending.chatId;
    if (chatId === undefined)
      throw new Error("say which chat to post the result in ({ chat }): the query was typed in a chat this server does not model");
    return chooseInlineResult(this.core, bot, this.record, pending, result, this.face.chat(this.record, chatId));
  }

  chatMessages(options: ChatOptions = {}): Message[] {
    return this.core.state.chatMessages(this.face.bot(options.bot).id, this.face.chat(this.record, options.chat).id);
  }

  waitForChatMessage(options: WaitOptions = {}): Promise<Message> {
    const bot = this.face.bot(options.bot);
    const chat = this.face.chat(this.record, options.chat);
    const key = `${bot.id}:${chat.id}`;
    return waitFor(
      this.core.state.signals,
      [topics.chat(bot.id, chat.id)],
      () => {
        const after = this.record.chatCursors.get(key) ?? 0;
        const next = this.core.state.chatMessages(bot.id, chat.id).find((m) => m.message_id > after && m.from?.id !== this.record.id);
        if (next) this.record.chatCursors.set(key, next.message_id);
        return next;
      },
      {
        timeoutMs: this.timeout(options),
        stopped: this.core.stopped.signal,
        describe: () => `no new message from anyone else in chat ${chat.id} for ${this.record.user.first_name}`,
      },
    );
  }

  async openLink(url: string): Promise<Message | undefined> {
    this.assertActive();
    const link = parseBotLink(url);
    const name = link.username.toLowerCase();
    const record = [...this.core.state.bots.values()].find((bot) => bot.user.username.toLowerCase() === name);
    if (!record) throw new Error(`${url} opens @${link.username}, which is not a bot on this server (a user, channel or another bot)`);
    const chat = this.face.chat(this.record);
    if (link.start !== undefined) return sendText(this.core, record, this.record, chat, `/start ${link.start}`);
    // Only the chat opens; a chat never started shows "Start", which sends a bare /start.
    if (this.core.state.hasMessages(record.id, chat.id)) return undefined;
    return sendText(this.core, record, this.record, chat, "/start");
  }

  async start(payload?: string, options: { bot?: LocalBot | number } = {}): Promise<Message> {
    this.assertActive();
    if (payload !== undefined && !isValidStartParameter(payload)) {
      throw new Error(
        `start payload ${JSON.stringify(payload)} is invalid (1–64 characters of A-Za-z0-9_-); clients then open the chat without it — use openLink() to model that`,
      );
    }
    const text = payload === undefined ? "/start" : `/start ${payload}`;
    return sendText(this.core, this.face.bot(options.bot), this.record, this.face.chat(this.record), text);
  }

  async inlineAnswer(query: string, options: InlineQueryOptions = {}): Promise<InlineAnswer> {
    this.assertActive();
    const bot = this.face.bot(options.bot);
    return askInline(this.core, bot, this.record, query, options.offset ?? "", this.inlinePlace(options), this.timeout(options));
  }

  /** chat_type as Telegram reports it for where the user typed the query. */
  private inlinePlace(options: InlineQueryOptions): InlinePlace {
    if (options.chat === undefined) {
      const chatType = options.chatType ?? "sender";
      // "sender" is the chat with the bot; other types name chats this server cannot place.
      return chatType === "sender" ? { chatType, chatId: this.record.id } : { chatType };
    }
    const chat = this.face.chat(this.record, options.chat);
    if (!isInChat(this.record, chat)) throw new Error(`${this.record.user.first_name} cannot type in chat ${chat.id}: they are not in it`);
    const chatType: InlineChatType = chat.type === "private" ? "sender" : chat.type;
    return { chatType: options.chatType ?? chatType, chatId: chat.id };
  }

  async block(options: { bot?: LocalBot | number } = {}): Promise<void> {
    this.assertActive();
    setBlocked(this.core, this.face.bot(options.bot), this.record, true);
  }

  async unblock(options: { bot?: LocalBot | number } = {}): Promise<void> {
    this.assertActive();
    setBlocked(this.core, this.face.bot(options.bot), this.record, false);
  }

  hasBlocked(options: { bot?: LocalBot | number } = {}): boolean {
    return this.record.blocked.has(this.face.bot(options.bot).id);
  }

  commandMenu(options: ChatOptions = {}): BotCommand[] {
    const bot = this.face.bot(options.bot);
    const chat = this.face.chat(this.record, options.chat);
    const admin = chat.type !== "private" && isAdministrator(chat, this.record.id);
    const scopes =
      chat.type === "private"
        ? [`chat:${chat.id}`, "all_private_chats", "default"]
        : [
            `chat_member:${chat.id}:${this.record.id}`,
            ...(admin ? [`chat_administrators:${chat.id}`] : []),
            `chat:${chat.id}`,
            ...(admin ? ["all_chat_administrators"] : []),
            "all_group_chats",
            "default",
          ];
    const language = this.record.user.language_code ?? "";
    for (const scope of scopes) {
      for (const lang of language ? [language, ""] : [""]) {
        const commands = bot.commands.get(`${scope}|${lang}`);
        if (commands) return commands;
      }
    }
    return [];
  }

  async promote(chat: LocalChat | number, member: { id: number } | number, options?: PromoteOptions): Promise<void> {
    this.assertActive();
    promoteMember(this.core, this.record, this.face.chat(this.record, chat), idOf(member), options);
  }

  async demote(chat: LocalChat | number, member: { id: number } | number): Promise<void> {
    this.assertActive();
    demoteMember(this.core, this.record, this.face.chat(this.record, chat), idOf(member));
  }

  async removeBot(chat: LocalChat | number, options: { bot?: LocalBot | number; status?: "kicked" | "left" } = {}): Promise<void> {
    this.assertActive();
    removeBot(this.core, this.record, this.face.chat(this.record, chat), this.face.bot(options.bot), options.status);
  }

  async addBot(chat: LocalChat | number, options: { bot?: LocalBot | number } = {}): Promise<void> {
    this.assertActive();
    addBot(this.core, this.record, this.face.chat(this.record, chat), this.face.bot(options.bot));
  }

  async migrateToSupergroup(chat: LocalChat | number): Promise<LocalChat> {
    this.assertActive();
    return chatView(migrateToSupergroup(this.core, this.record, this.face.chat(this.record, chat)));
  }
}

type Route = (face: UserFace, params: Params) => unknown;

/** A route result sent as the file's bytes rather than JSON. */
class RawFile {
  constructor(readonly file: DownloadedFile) {}
}

const required = (params: Params, name: string): string => {
  const value = readString(params, name);
  if (value === undefined || value === "") throw new ApiError(400, `${name} is required`);
  return value;
};

const requiredInt = (params: Params, name: string): number => {
  const value = readInt(params, name);
  if (value === undefined) throw new ApiError(400, `${name} is required`);
  return value;
};

const chatOptions = (params: Params): ChatOptions => ({
  ...(readInt(params, "chat_id") !== undefined ? { chat: readInt(params, "chat_id") } : {}),
  ...(readInt(params, "bot_id") !== undefined ? { bot: readInt(params, "bot_id") } : {}),
});

const botOption = (params: Params): { bot?: number } => {
  const bot = readInt(params, "bot_id");
  return bot !== undefined ? { bot } : {};
};

const waitOptions = (params: Params): WaitOptions => ({
  ...chatOptions(params),
  ...(readInt(params, "timeout_ms") !== undefined ? { timeoutMs: readInt(params, "timeout_ms") } : {}),
});

const INLINE_CHAT_TYPES = new Set(["sender", "private", "group", "supergroup", "channel"]);

const inlineOptions = (params: Params): InlineQueryOptions => {
  const chatType = readString(params, "chat_type");
  if (chatType !== undefined && !INLINE_CHAT_TYPES.has(chatType))
    throw new ApiError(400, `chat_type must be one of ${[...INLINE_CHAT_TYPES].join(", ")}`);
  const offset = readString(params, "offset");
  return { ...waitOptions(params), ...(chatType ? { chatType: chatType as InlineChatType } : {}), ...(offset ? { offset } : {}) };
};

function findBotMessage(_face: UserFace, user: LocalUser, params: Params): BotMessage {
  const messageId = readInt(params, "message_id");
  const message = user.messages(chatOptions(params)).find((m) => m.message_id === messageId);
  if (!message) throw new ApiError(400, `bot message ${params.message_id} not found`);
  return message;
}

function pressTarget(params: Params): PressTarget {
  const row = readInt(params, "row");
  const col = readInt(params, "col");
  if (row !== undefined && col !== undefined) return { row, col };
  const data = readString(params, "data");
  if (data !== undefined) return { data };
  return required(params, "text");
}

const HTTP_ROUTES: Record<string, Route> = {
  bots: (face, params) =>
    params.username || params.first_name
      ? face.createBot({
          username: readString(params, "username"),
          firstName: readString(params, "first_name"),
          ...(readBool(params, "inline_feedback") ? { inlineFeedback: true } : {}),
        })
      : face.bots(),
  users: (face, params) => {
    if (!params.first_name) return face.users().map((user) => user.user);
    return face.createUser({
      firstName: required(params, "first_name"),
      lastName: readString(params, "last_name"),
      username: readString(params, "username"),
      languageCode: readString(params, "language_code"),
      id: readInt(params, "id"),
    }).user;
  },
  groups: (face, params) => {
    const ids = (name: string): number[] =>
      readString(params, name)
        ?.split(",")
        .filter((id) => id.trim() !== "")
        .map(Number) ?? [];
    const creator = readInt(params, "creator_id");
    return face.createGroup({
      title: required(params, "title"),
      members: ids("member_ids"),
      admins: ids("admin_ids"),
      ...(creator !== undefined ? { creator } : {}),
      type: readString(params, "type") === "supergroup" ? "supergroup" : "group",
    });
  },
  send: (face, params) => face.readUser(params).send(required(params, "text"), chatOptions(params)),
  send_document: (face, params) => {
    const part = params.document;
    if (!isUploadedFile(part)) throw new ApiError(400, "document is required (a multipart/form-data file part)");
    const caption = readString(params, "caption");
    return face
      .readUser(params)
      .sendDocument(
        { fileName: part.filename || "document", bytes: part.bytes, ...(part.contentType ? { mimeType: part.contentType } : {}) },
        { ...chatOptions(params), ...(caption ? { caption } : {}) },
      );
  },
  press: (face, params) => {
    const user = face.readUser(params);
    return user.press(findBotMessage(face, user, params), pressTarget(params), waitOptions(params));
  },
  inline_query: (face, params) => face.readUser(params).inlineQuery(readString(params, "query") ?? "", inlineOptions(params)),
  inline_answer: (face, params) => face.readUser(params).inlineAnswer(readString(params, "query") ?? "", inlineOptions(params)),
  choose_inline_result: (face, params) => {
    const user = face.readUser(params);
    const answer = { inline_query_id: required(params, "inline_query_id") } as InlineAnswer;
    const index = readInt(params, "result_index");
    const choice = index !== undefined ? index : required(params, "result_id");
    const chat = readInt(params, "chat_id");
    return user.chooseInlineResult(answer, choice, chat !== undefined ? { chat } : {});
  },
  tap: (face, params) => {
    const user = face.readUser(params);
    return user.tap(findBotMessage(face, user, params), pressTarget(params), waitOptions(params));
  },
  chat_messages: (face, params) => face.readUser(params).chatMessages(chatOptions(params)),
  next_chat_message: (face, params) => face.readUser(params).waitForChatMessage(waitOptions(params)),
  open_link: (face, params) =>
    face
      .readUser(params)
      .openLink(required(params, "url"))
      .then((message) => message ?? null),
  start: (face, params) => face.readUser(params).start(readString(params, "payload") || undefined, botOption(params)),
  block: (face, params) =>
    face
      .readUser(params)
      .block(chatOptions(params))
      .then(() => true),
  unblock: (face, params) =>
    face
      .readUser(params)
      .unblock(chatOptions(params))
      .then(() => true),
  promote: (face, params) => {
    const rights = readJson(params, "rights", "rights must be a JSON object");
    if (rights !== undefined && !isObject(rights)) throw new ApiError(400, "rights must be a JSON object");
    const customTitle = readString(params, "custom_title");
    return face
      .readUser(params)
      .promote(requiredInt(params, "chat_id"), requiredInt(params, "member_id"), {
        ...(rights ? { rights: rights as PromoteOptions["rights"] } : {}),
        ...(customTitle ? { customTitle } : {}),
      })
      .then(() => true);
  },
  demote: (face, params) =>
    face
      .readUser(params)
      .demote(requiredInt(params, "chat_id"), requiredInt(params, "member_id"))
      .then(() => true),
  remove_bot: (face, params) => {
    const status = readString(params, "status");
    if (status !== undefined && status !== "kicked" && status !== "left") throw new ApiError(400, `status must be "kicked" or "left"`);
    return face
      .readUser(params)
      .removeBot(requiredInt(params, "chat_id"), { ...botOption(params), ...(status ? { status } : {}) })
      .then(() => true);
  },
  deactivate: (face, params) =>
    face
      .readUser(params)
      .deactivate()
      .then(() => true),
  migrate: (face, params) => face.readUser(params).migrateToSupergroup(requiredInt(params, "chat_id")),
  add_bot: (face, params) =>
    face
      .readUser(params)
      .addBot(requiredInt(params, "chat_id"), botOption(params))
      .then(() => true),
  download: async (face, params) => {
    const user = face.readUser(params);
    return new RawFile(await user.download(findBotMessage(face, user, params)));
  },
  messages: (face, params) => face.readUser(params).messages(chatOptions(params)),
  history: (face, params) => face.readUser(params).history(chatOptions(params)),
  next_message: (face, params) => face.readUser(params).waitForMessage(waitOptions(params)),
  advance_clock: (face, params) => {
    const ms = readInt(params, "ms");
    if (ms === undefined) throw new ApiError(400, "ms is required");
    return { unix_time: Math.floor(face.advanceClock(ms).getTime() / 1000) };
  },
};
