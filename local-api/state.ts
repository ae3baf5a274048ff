import { randomBytes } from "node:crypto";
import type {
  BotCommand,
  Chat,
  Document,
  InlineKeyboardMarkup,
  InlineQueryResult,
  InlineQueryResultsButton,
  Message,
  MessageEntity,
  PhotoSize,
  User,
} from "@grammyjs/types";
import { ApiError, badRequest, forbidden } from "./errors.js";
import { FileStore, type StoredFile } from "./files.js";
import { Signals, topics } from "./signals.js";
import type { UpdateFeed } from "./updates.js";
import type { ChatRef, FormattedText } from "./validation.js";

/**
 * Everything the server knows: bots, users, chats and the messages in them.
 * Methods (the bot's side) and the user face both work through this model;
 * it holds no HTTP concerns.
 */

/** A bot message as a person reads it in the chat. */
export interface BotMessage {
  message_id: number;
  chat_id: number;
  date: number;
  /** Plain text after entity parsing (what the user reads); a document's caption ("" without one). */
  text: string;
  /** The raw text (or caption) the bot sent, when it used a parse_mode. */
  html?: string;
  /** `entities`, or a document's `caption_entities`. */
  entities: MessageEntity[];
  /** A file the bot sent (sendDocument); `user.download(message)` reads its bytes. */
  document?: Document;
  /** A picture the bot sent (sendPhoto), as its sizes; `user.download(message)` reads the largest. */
  photo?: PhotoSize[];
  reply_markup?: InlineKeyboardMarkup;
  /** Convenience view of the inline keyboard. */
  buttons: { text: string; data?: string; url?: string; switchInline?: { query: string; currentChat: boolean } }[][];
  edited: boolean;
  deleted?: boolean;
}

/** What a bot message carries: text, or a document or photo with an optional caption. */
export type MessageContent =
  | FormattedText
  | { document: Document; caption?: FormattedText }
  | { photo: PhotoSize[]; caption?: FormattedText };

function contentFields(content: MessageContent): Partial<Message> & { html?: string } {
  if ("document" in content || "photo" in content) {
    const { caption } = content;
    return {
      ...("document" in content ? { document: content.document } : { photo: content.photo }),
      ...(caption ? { caption: caption.text } : {}),
      ...(caption?.entities.length ? { caption_entities: caption.entities } : {}),
      ...(caption?.html !== undefined ? { html: caption.html } : {}),
    };
  }
  return {
    text: content.text,
    ...(content.entities.length ? { entities: content.entities } : {}),
    ...(content.html !== undefined ? { html: content.html } : {}),
  };
}

export interface CallbackAnswer {
  text?: string;
  show_alert?: boolean;
  url?: string;
  cache_time?: number;
}

/** `chat_type` of an inline_query: where the user typed it ("sender": their private chat with the bot). */
export type InlineChatType = "sender" | "private" | "group" | "supergroup" | "channel";

/** What answerInlineQuery answered, as the user's client received it. */
export interface InlineAnswer {
  inline_query_id: string;
  /** The query text the user typed. */
  query: string;
  /** As the bot sent them. */
  results: InlineQueryResult[];
  /** Seconds, clamped into 0–86,400 as telegram-bot-api does (default 300). */
  cache_time: number;
  is_personal: boolean;
  next_offset?: string;
  button?: InlineQueryResultsButton;
}

/** What a chosen inline result posts: a text message, or a photo the bot uploaded before (a cached photo). */
export type InlinePost = { text: FormattedText } | { photo: StoredFile; caption?: FormattedText };

export interface PendingQuery<T> {
  id: string;
  userId: number;
  chatId?: number;
  answer?: T;
  /** Inline queries: the text typed, and where (the chat a chosen result is posted to by default). */
  query?: string;
  /** The user's client stopped waiting; Telegram refuses a late answer. */
  expired?: boolean;
  /** Inline queries: what each result posts when chosen, read when the answer was validated. */
  posts?: Map<string, InlinePost>;
}

export interface BotRecord {
  id: number;
  token: string;
  user: User & { username: string };
  canJoinGroups: boolean;
  canReadAllGroupMessages: boolean;
  supportsInlineQueries: boolean;
  /** @BotFather's /setinlinefeedback: chosen_inline_result updates (off by default, as on Telegram). */
  inlineFeedback: boolean;
  feed: UpdateFeed;
  /** Keyed by `scopeKey|language_code`. */
  commands: Map<string, BotCommand[]>;
  callbackQueries: Map<string, PendingQuery<CallbackAnswer>>;
  inlineQueries: Map<string, PendingQuery<InlineAnswer>>;
}

export interface UserRecord {
  id: number;
  user: User;
  /** Ids of bots this user has blocked. */
  blocked: Set<number>;
  /** Per `bot:chat`: absolute index of the next bot message a wait returns. */
  cursors: Map<string, number>;
  /** Per `bot:chat`: the last message_id waitForChatMessage handed out (or the chat's last at the user's turn). */
  chatCursors: Map<string, number>;
  /** The user deleted their account: bots can no longer write to them. */
  deactivated: boolean;
}

/** What an administrator may do, as ChatMemberAdministrator reports it (groups and supergroups). */
export interface AdminRights {
  is_anonymous: boolean;
  can_manage_chat: boolean;
  can_delete_messages: boolean;
  can_manage_video_chats: boolean;
  can_restrict_members: boolean;
  can_promote_members: boolean;
  can_change_info: boolean;
  can_invite_users: boolean;
  can_post_stories: boolean;
  can_edit_stories: boolean;
  can_delete_stories: boolean;
  can_pin_messages: boolean;
  /** Reported in supergroups only. */
  can_manage_topics: boolean;
  can_manage_tags: boolean;
  can_send_welcome_messages: boolean;
}

export interface AdminRecord {
  rights: AdminRights;
  customTitle?: string;
}

export interface ChatRecord {
  id: number;
  type: "private" | "group" | "supergroup";
  chat: Chat;
  /** For private chats: the user on the other side. */
  userId?: number;
  memberIds: Set<number>;
  /** Bots that are members (groups); a private chat is open to every bot. */
  botIds: Set<number>;
  /** Groups: the user who owns the group (status "creator"). */
  creatorId?: number;
  /** Groups: administrators other than the creator (users or bots), in the order they were promoted. */
  admins: Map<number, AdminRecord>;
  /** Groups: bots that were members and are no longer, by how they went ("kicked" by an admin or "left"). */
  removedBots: Map<number, "left" | "kicked">;
  /** A basic group upgraded to a supergroup: the supergroup's id (the group is read-only since). */
  migratedTo?: number;
}

/**
 * What a method needs of a chat, as telegram-bot-api's check_chat tells them apart: reading it
 * (getChat), reading its members (getChatMember of others, getChatAdministrators, command scopes),
 * editing in it, or writing to it (sends, chat actions, deletions).
 */
export type ChatAccess = "read" | "readMembers" | "edit" | "write";

export interface StoredMessage {
  botId: number;
  chatId: number;
  fromBot: boolean;
  /** The message as it now stands, in Bot API shape. */
  message: Message;
  html?: string;
  version: number;
  deleted: boolean;
  /** For bot messages: the current reader's view. */
  view?: BotMessage;
  /** Absolute position among the bot's messages in this chat. */
  seq?: number;
}

export interface BotMessageEvent {
  kind: "sent" | "edited" | "deleted";
  botId: number;
  chatId: number;
  message: BotMessage;
}

export interface CallRecord {
  method: string;
  params: Record<string, unknown>;
  ok: boolean;
  result?: unknown;
  error?: { error_code: number; description: string; parameters?: unknown };
  at: Date;
  /** The chat the call targeted, when it had one. */
  chatId?: number;
  botId?: number;
}

export interface CallFilter {
  method?: string;
  chatId?: number;
  botId?: number;
  ok?: boolean;
}

class Conversation {
  nextMessageId = 1;
  readonly messages = new Map<number, StoredMessage>();
  botMessages: StoredMessage[] = [];
  /** Absolute index of botMessages[0] (older ones were trimmed). */
  botBase = 0;
  history: BotMessage[] = [];
}

export interface StateOptions {
  now: () => number;
  maxMessagesPerChat: number;
  maxRecordedCalls: number;
  createFeed: (bot: BotRecord) => UpdateFeed;
}

export interface NewBot {
  username?: string;
  firstName?: string;
  canJoinGroups?: boolean;
  canReadAllGroupMessages?: boolean;
  supportsInlineQueries?: boolean;
  /** Send chosen_inline_result updates (@BotFather's /setinlinefeedback; default off, as on Telegram). */
  inlineFeedback?: boolean;
}

export interface NewUser {
  firstName: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
  id?: number;
  isPremium?: boolean;
}

export interface NewGroup {
  title: string;
  members?: Array<number | { id: number }>;
  type?: "group" | "supergroup";
  username?: string;
  /** Bots in the group (default: every bot created so far). */
  bots?: Array<number | { id: number }>;
  /** The group's owner (status "creator"; default: the first member). Made a member if not listed. */
  creator?: number | { id: number };
  /** Administrators promoted with the default rights (made members if not listed). */
  admins?: Array<number | { id: number }>;
}

const idOf = (value: number | { id: number }): number => (typeof value === "number" ? value : value.id);

/**
 * The rights a Telegram client preselects when an administrator is promoted: everything but
 * "Remain anonymous" and "Add new admins" (tags and welcome messages left off too).
 */
export const DEFAULT_ADMIN_RIGHTS: Readonly<AdminRights> = {
  is_anonymous: false,
  can_manage_chat: true,
  can_delete_messages: true,
  can_manage_video_chats: true,
  can_restrict_members: true,
  can_promote_members: false,
  can_change_info: true,
  can_invite_users: true,
  can_post_stories: true,
  can_edit_stories: true,
  can_delete_stories: true,
  can_pin_messages: true,
  can_manage_topics: true,
  can_manage_tags: false,
  can_send_welcome_messages: false,
};

export class LocalState {
  readonly bots = new Map<number, BotRecord>();
  readonly botsByToken = new Map<string, BotRecord>();
  readonly users = new Map<number, UserRecord>();
  readonly chats = new Map<number, ChatRecord>();
  readonly signals = new Signals();
  readonly files = new FileStore();
  private readonly conversations = new Map<string, Conversation>();
  private readonly origins = new WeakMap<BotMessage, StoredMessage>();
  private readonly viewVersions = new WeakMap<BotMessage, number>();
  private readonly listeners = new Set<(event: BotMessageEvent) => void>();
  private callLog: CallRecord[] = [];
  private nextBotId = 7_000_000_001;
  private nextUserId = 100_000_001;
  private nextGroupNumber = 1;
  private nextQueryNumber = 1;

  constructor(readonly options: StateOptions) {}

  now(): number {
    return this.options.now();
  }

  unixTime(): number {
    return Math.floor(this.options.now() / 1000);
  }

  // -- bots, users, chats ---------------------------------------------------

  createBot(input: NewBot = {}): BotRecord {
    const id = this.nextBotId++;
    const username = input.username ?? `local_${id}_bot`;
    const record: BotRecord = {
      id,
      token: `${id}:${randomBytes(26).toString("base64url").slice(0, 35)}`,
      user: { id, is_bot: true, first_name: input.firstName ?? username, username },
      canJoinGroups: input.canJoinGroups ?? true,
      canReadAllGroupMessages: input.canReadAllGroupMessages ?? false,
      supportsInlineQueries: input.supportsInlineQueries ?? true,
      inlineFeedback: input.inlineFeedback ?? false,
      feed: undefined as unknown as UpdateFeed,
      commands: new Map(),
      callbackQueries: new Map(),
      inlineQueries: new Map(),
    };
    record.feed = this.options.createFeed(record);
    this.bots.set(id, record);
    this.botsByToken.set(record.token, record);
    return record;
  }

  createUser(input: NewUser): UserRecord {
    const id = input.id ?? this.nextUserId++;
    if (this.users.has(id)) throw new Error(`user ${id} already exists`);
    const user: User = { id, is_bot: false, first_name: input.firstName };
    if (input.lastName) user.last_name = input.lastName;
    if (input.username) user.username = input.username;
    if (input.languageCode) user.language_code = input.languageCode;
    if (input.isPremium) user.is_premium = true;
    const record: UserRecord = { id, user, blocked: new Set(), cursors: new Map(), chatCursors: new Map(), deactivated: false };
    this.users.set(id, record);
    const chat: Chat.PrivateChat = { id, type: "private", first_name: input.firstName };
    if (input.lastName) chat.last_name = input.lastName;
    if (input.username) chat.username = input.username;
    this.chats.set(id, {
      id,
      type: "private",
      chat,
      userId: id,
      memberIds: new Set([id]),
      botIds: new Set(),
      admins: new Map(),
      removedBots: new Map(),
    });
    return record;
  }

  createGroup(input: NewGroup): ChatRecord {
    const type = input.type ?? "group";
    const number = this.nextGroupNumber++;
    const id = type === "supergroup" ? -(1_002_000_000_000 + number) : -(4_000_000_000 + number);
    const chat =
      type === "supergroup"
        ? ({ id, type, title: input.title, ...(input.username ? { username: input.username } : {}) } as Chat.SupergroupChat)
        : ({ id, type, title: input.title } as Chat.GroupChat);
    const botIds = new Set((input.bots ?? [...this.bots.keys()]).map(idOf));
    const memberIds = new Set((input.members ?? []).map(idOf));
    const creatorId = input.creator === undefined ? memberIds.values().next().value : idOf(input.creator);
    const admins = new Map<number, AdminRecord>();
    for (const admin of (input.admins ?? []).map(idOf)) {
      if (admin === creatorId) throw new Error(`user ${admin} is the group's creator, who needs no promotion`);
      if (this.bots.has(admin)) botIds.add(admin);
      else memberIds.add(admin);
      admins.set(admin, { rights: { ...DEFAULT_ADMIN_RIGHTS } });
    }
    if (creatorId !== undefined) {
      if (!this.users.has(creatorId)) throw new Error(`the creator of a group must be a user, not ${creatorId}`);
      memberIds.add(creatorId);
    }
    const record: ChatRecord = {
      id,
      type,
      chat,
      memberIds,
      botIds,
      admins,
      removedBots: new Map(),
      ...(creatorId !== undefined ? { creatorId } : {}),
    };
    this.chats.set(id, record);
    return record;
  }

  findUser = (id: number): User | undefined => this.users.get(id)?.user;

  /** Looks a chat up as the bot addresses it (`chat_id`), with Telegram's errors for the access it needs. */
  resolveChat(bot: BotRecord, ref: ChatRef, access: ChatAccess): ChatRecord {
    let chat: ChatRecord | undefined;
    if (typeof ref === "number") chat = this.chats.get(ref);
    else if (ref.startsWith("@")) {
      const name = ref.slice(1).toLowerCase();
      chat = [...this.chats.values()].find(
        (c) => c.type !== "private" && (c.chat as { username?: string }).username?.toLowerCase() === name,
      );
    }
    if (!chat) throw badRequest("chat not found");
    if (chat.type === "private") {
      // A deleted account can still be looked up, but nothing can be sent or edited there.
      if ((access === "edit" || access === "write") && this.users.get(chat.userId ?? 0)?.deactivated)
        throw forbidden("user is deactivated");
    } else if (!chat.botIds.has(bot.id)) {
      assertGroupAccess(chat, chat.removedBots.get(bot.id), access);
    } else if (chat.migratedTo !== undefined && (access === "write" || access === "readMembers")) {
      // Reads and edits still reach the old group; sends and its member list do not.
      throw new ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: chat.migratedTo });
    }
    return chat;
  }

  /**
   * Upgrades a basic group to a supergroup with a new id, as Telegram does: members, the creator,
   * administrators and bots carry over; the old group stays, read-only, pointing at the new one.
   */
  migrateGroup(group: ChatRecord): ChatRecord {
    const id = -(1_002_000_000_000 + this.nextGroupNumber++);
    const title = (group.chat as Chat.GroupChat).title;
    const record: ChatRecord = {
      id,
      type: "supergroup",
      chat: { id, type: "supergroup", title } as Chat.SupergroupChat,
      memberIds: new Set(group.memberIds),
      botIds: new Set(group.botIds),
      admins: new Map([...group.admins].map(([memberId, admin]) => [memberId, { ...admin, rights: { ...admin.rights } }])),
      removedBots: new Map(),
      ...(group.creatorId !== undefined ? { creatorId: group.creatorId } : {}),
    };
    this.chats.set(id, record);
    group.migratedTo = id;
    return record;
  }

  isBlocked(bot: BotRecord, chat: ChatRecord): boolean {
    return chat.userId !== undefined && (this.users.get(chat.userId)?.blocked.has(bot.id) ?? false);
  }

  nextQueryId(botId: number): string {
    // Telegram's ids are long decimal strings; uniqueness is all that matters.
    return `${botId}${String(this.nextQueryNumber++).padStart(9, "0")}`;
  }

  // -- messages --------------------------------------------------------------

  private conversation(botId: number, chatId: number): Conversation {
    const key = `${botId}:${chatId}`;
    let conversation = this.conversations.get(key);
    if (!conversation) {
      conversation = new Conversation();
      this.conversations.set(key, conversation);
    }
    return conversation;
  }

  findMessage(botId: number, chatId: number, messageId: number): StoredMessage | undefined {
    return this.conversations.get(`${botId}:${chatId}`)?.messages.get(messageId);
  }

  addUserMessage(
    bot: BotRecord,
    chat: ChatRecord,
    user: User,
    /** Undefined for a message without text (a photo, its caption in `extra`). */
    text: string | undefined,
    entities: MessageEntity[],
    replyTo?: StoredMessage,
    /** e.g. `via_bot` and `reply_markup` of a message posted from an inline result. */
    extra: Partial<Message> = {},
  ): StoredMessage {
    const content = { ...(text !== undefined ? { text } : {}), ...(entities.length ? { entities } : {}), ...extra };
    return this.addUserContent(bot, chat, user, content, replyTo);
  }

  /** A file a user sent, with its caption (a document message has no `text`). */
  addUserDocument(
    bot: BotRecord,
    chat: ChatRecord,
    user: User,
    document: Document,
    caption: FormattedText | undefined,
    replyTo?: StoredMessage,
  ): StoredMessage {
    const content: Partial<Message> = {
      document,
      ...(caption?.text ? { caption: caption.text } : {}),
      ...(caption?.entities.length ? { caption_entities: caption.entities } : {}),
    };
    return this.addUserContent(bot, chat, user, content, replyTo);
  }

  private addUserContent(bot: BotRecord, chat: ChatRecord, user: User, content: Partial<Message>, replyTo?: StoredMessage): StoredMessage {
    const conversation = this.conversation(bot.id, chat.id);
    const message = {
      message_id: conversation.nextMessageId++,
      from: user,
      chat: chat.chat,
      date: this.unixTime(),
      ...content,
      ...(replyTo ? { reply_to_message: withoutReply(replyTo.message) } : {}),
    } as Message;
    const stored: StoredMessage = { botId: bot.id, chatId: chat.id, fromBot: false, message, version: 0, deleted: false };
    this.remember(conversation, stored);
    // Other members may be waiting for any message in the chat (waitForChatMessage).
    this.signals.emit(topics.chat(bot.id, chat.id));
    return stored;
  }

  /** Every message in a chat as members read it — users', the bot's, service messages — oldest first. */
  chatMessages(botId: number, chatId: number): Message[] {
    const conversation = this.conversations.get(`${botId}:${chatId}`);
    if (!conversation) return [];
    return [...conversation.messages.values()].filter((stored) => !stored.deleted).map((stored) => stored.message);
  }

  /** Whether anything was ever said in the chat (a client shows "Start" for a bot chat that is empty). */
  hasMessages(botId: number, chatId: number): boolean {
    return (this.conversations.get(`${botId}:${chatId}`)?.nextMessageId ?? 1) > 1;
  }

  /** A service message (e.g. `migrate_to_chat_id`) in the chat's history, as the bot receives it. */
  addServiceMessage(bot: BotRecord, chat: ChatRecord, from: User, content: Partial<Message>): StoredMessage {
    const conversation = this.conversation(bot.id, chat.id);
    const message = { message_id: conversation.nextMessageId++, from, chat: chat.chat, date: this.unixTime(), ...content } as Message;
    const stored: StoredMessage = { botId: bot.id, chatId: chat.id, fromBot: false, message, version: 0, deleted: false };
    this.remember(conversation, stored);
    return stored;
  }

  addBotMessage(
    bot: BotRecord,
    chat: ChatRecord,
    content: MessageContent,
    markup: InlineKeyboardMarkup | undefined,
    replyTo?: StoredMessage,
  ): StoredMessage {
    const conversation = this.conversation(bot.id, chat.id);
    const { html, ...fields } = contentFields(content);
    const message = {
      message_id: conversation.nextMessageId++,
      from: bot.user,
      chat: chat.chat,
      date: this.unixTime(),
      ...fields,
      ...(markup ? { reply_markup: markup } : {}),
      ...(replyTo ? { reply_to_message: withoutReply(replyTo.message) } : {}),
    } as Message;
    const stored: StoredMessage = {
      botId: bot.id,
      chatId: chat.id,
      fromBot: true,
      message,
      html,
      version: 0,
      deleted: false,
      seq: conversation.botBase + conversation.botMessages.length,
    };
    this.remember(conversation, stored);
    conversation.botMessages.push(stored);
    this.trim(conversation);
    this.publish(conversation, stored, "sent");
    return stored;
  }

  /** Replaces text and/or markup; `markup: undefined` removes the keyboard (as editMessageText does). */
  editBotMessage(stored: StoredMessage, content: FormattedText | undefined, markup: InlineKeyboardMarkup | undefined): Message {
    const previous = stored.message as Message & { entities?: MessageEntity[]; reply_markup?: InlineKeyboardMarkup };
    const text = content?.text ?? previous.text;
    const entities = content ? content.entities : (previous.entities ?? []);
    const { entities: _e, reply_markup: _m, edit_date: _d, ...rest } = previous;
    stored.message = {
      ...rest,
      ...(text !== undefined ? { text } : {}),
      ...(entities.length ? { entities } : {}),
      ...(markup ? { reply_markup: markup } : {}),
      edit_date: this.unixTime(),
    } as Message;
    if (content) stored.html = content.html;
    stored.version++;
    this.publish(this.conversation(stored.botId, stored.chatId), stored, "edited");
    return stored.message;
  }

  /** Replaces a photo's or document's caption (undefined: none) and markup; `markup: undefined` removes the keyboard. */
  editBotCaption(stored: StoredMessage, caption: FormattedText | undefined, markup: InlineKeyboardMarkup | undefined): Message {
    const previous = stored.message as Message & { reply_markup?: InlineKeyboardMarkup };
    const { caption: _c, caption_entities: _e, reply_markup: _m, edit_date: _d, ...rest } = previous;
    stored.message = {
      ...rest,
      ...(caption ? { caption: caption.text } : {}),
      ...(caption?.entities.length ? { caption_entities: caption.entities } : {}),
      ...(markup ? { reply_markup: markup } : {}),
      edit_date: this.unixTime(),
    } as Message;
    if (caption?.html !== undefined) stored.html = caption.html;
    else delete stored.html;
    stored.version++;
    this.publish(this.conversation(stored.botId, stored.chatId), stored, "edited");
    return stored.message;
  }

  deleteMessage(stored: StoredMessage): void {
    stored.deleted = true;
    const conversation = this.conversation(stored.botId, stored.chatId);
    conversation.messages.delete(stored.message.message_id);
    if (stored.fromBot) this.publish(conversation, stored, "deleted");
  }

  private remember(conversation: Conversation, stored: StoredMessage): void {
    conversation.messages.set(stored.message.message_id, stored);
    if (conversation.messages.size > this.options.maxMessagesPerChat) {
      const oldest = conversation.messages.keys().next().value;
      if (oldest !== undefined) conversation.messages.delete(oldest);
    }
  }

  /** Bounds memory in long runs (benchmarks): drop the oldest quarter once over the cap. */
  private trim(conversation: Conversation): void {
    const max = this.options.maxMessagesPerChat;
    if (conversation.botMessages.length > max * 1.25) {
      const drop = conversation.botMessages.length - max;
      conversation.botMessages = conversation.botMessages.slice(drop);
      conversation.botBase += drop;
    }
    if (conversation.history.length > max * 2.5) conversation.history = conversation.history.slice(-max * 2);
  }

  private publish(conversation: Conversation, stored: StoredMessage, kind: BotMessageEvent["kind"]): void {
    const view = this.view(stored);
    if (kind !== "deleted") conversation.history.push(view);
    this.signals.emit(topics.chat(stored.botId, stored.chatId));
    if (this.listeners.size > 0) {
      const event: BotMessageEvent = { kind, botId: stored.botId, chatId: stored.chatId, message: view };
      for (const listener of this.listeners) listener(event);
    }
  }

  /** The reader's view of a bot message as it now stands (one immutable object per version). */
  private view(stored: StoredMessage): BotMessage {
    let view = stored.view;
    if (!view || this.viewVersions.get(view) !== stored.version) {
      const message = stored.message as Message & { entities?: MessageEntity[]; reply_markup?: InlineKeyboardMarkup };
      const markup = message.reply_markup;
      view = {
        message_id: message.message_id,
        chat_id: stored.chatId,
        date: message.date,
        text: message.text ?? message.caption ?? "",
        ...(stored.html !== undefined ? { html: stored.html } : {}),
        entities: message.entities ?? message.caption_entities ?? [],
        ...(message.document ? { document: message.document } : {}),
        ...(message.photo ? { photo: message.photo } : {}),
        ...(markup ? { reply_markup: markup } : {}),
        buttons: markup ? markup.inline_keyboard.map((row) => row.map(buttonView)) : [],
        edited: stored.version > 0,
      };
      this.track(view, stored);
      stored.view = view;
    }
    if (!stored.deleted) return view;
    const deleted = { ...view, deleted: true };
    this.track(deleted, stored);
    return deleted;
  }

  private track(view: BotMessage, stored: StoredMessage): void {
    this.origins.set(view, stored);
    this.viewVersions.set(view, stored.version);
  }

  /** Finds the stored record behind a BotMessage the user face handed out. */
  origin(message: BotMessage): StoredMessage | undefined {
    return this.origins.get(message) ?? this.findMessage(this.defaultBotIdFor(message), message.chat_id, message.message_id);
  }

  versionOf(message: BotMessage): number {
    return this.viewVersions.get(message) ?? 0;
  }

  private defaultBotIdFor(message: BotMessage): number {
    for (const [key, conversation] of this.conversations) {
      if (key.endsWith(`:${message.chat_id}`) && conversation.messages.has(message.message_id)) return Number(key.split(":")[0]);
    }
    return -1;
  }

  /** Bot messages in a chat as they now stand (deleted ones left out). */
  currentMessages(botId: number, chatId: number): BotMessage[] {
    const conversation = this.conversations.get(`${botId}:${chatId}`);
    if (!conversation) return [];
    return conversation.botMessages.filter((stored) => !stored.deleted).map((stored) => this.view(stored));
  }

  /** Every version of every bot message in a chat, in order; deleted ones are flagged. */
  history(botId: number, chatId: number): BotMessage[] {
    const conversation = this.conversations.get(`${botId}:${chatId}`);
    if (!conversation) return [];
    return conversation.history.map((version) => {
      const stored = this.origins.get(version);
      if (!stored?.deleted) return version;
      const deleted = { ...version, deleted: true };
      this.track(deleted, stored);
      return deleted;
    });
  }

  /** The bot message at an absolute position in the chat, as it now stands. */
  botMessageAt(botId: number, chatId: number, seq: number): BotMessage | undefined {
    const conversation = this.conversations.get(`${botId}:${chatId}`);
    if (!conversation) return undefined;
    const stored = conversation.botMessages[seq - conversation.botBase];
    return stored ? this.view(stored) : undefined;
  }

  botMessageCount(botId: number, chatId: number): { start: number; end: number } {
    const conversation = this.conversations.get(`${botId}:${chatId}`);
    if (!conversation) return { start: 0, end: 0 };
    return { start: conversation.botBase, end: conversation.botBase + conversation.botMessages.length };
  }

  subscribe(listener: (event: BotMessageEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // -- call log -------------------------------------------------------------

  recordCall(record: CallRecord): void {
    this.callLog.push(record);
    const max = this.options.maxRecordedCalls;
    if (this.callLog.length > max * 1.25) this.callLog = this.callLog.slice(-max);
    this.signals.emit(topics.calls);
  }

  calls(filter: CallFilter = {}): CallRecord[] {
    const method = filter.method?.toLowerCase();
    return this.callLog.filter(
      (call) =>
        (method === undefined || call.method.toLowerCase() === method) &&
        (filter.chatId === undefined || call.chatId === filter.chatId) &&
        (filter.botId === undefined || call.botId === filter.botId) &&
        (filter.ok === undefined || call.ok === filter.ok),
    );
  }
}

/** telegram-bot-api's check_chat_access for a group the bot is not in. */
function assertGroupAccess(chat: ChatRecord, removed: "left" | "kicked" | undefined, access: ChatAccess): void {
  const kind = chat.type === "group" ? "group" : "supergroup";
  // A group the bot was never in: refused whatever the method (this server's long-standing answer).
  if (removed === undefined) throw forbidden(`bot is not a member of the ${kind} chat`);
  if (chat.type === "group") {
    // Reading a basic group the bot was in still works; its members, edits and sends do not.
    if (access === "read") return;
  } else {
    if (removed !== "kicked" && access !== "edit" && access !== "write" && (chat.chat as { username?: string }).username) return;
  }
  throw forbidden(removed === "kicked" ? `bot was kicked from the ${kind} chat` : `bot is not a member of the ${kind} chat`);
}

function buttonView(button: InlineKeyboardMarkup["inline_keyboard"][number][number]): BotMessage["buttons"][number][number] {
  const view: BotMessage["buttons"][number][number] = { text: button.text };
  if ("callback_data" in button) view.data = button.callback_data;
  if ("url" in button) view.url = button.url;
  if ("switch_inline_query" in button) view.switchInline = { query: button.switch_inline_query, currentChat: false };
  if ("switch_inline_query_current_chat" in button)
    view.switchInline = { query: button.switch_inline_query_current_chat ?? "", currentChat: true };
  if ("switch_inline_query_chosen_chat" in button)
    view.switchInline = { query: button.switch_inline_query_chosen_chat.query ?? "", currentChat: false };
  return view;
}

/** Telegram nests a replied-to message only one level deep. */
function withoutReply(message: Message): Message {
  const { reply_to_message: _nested, ...rest } = message as Message & { reply_to_message?: unknown };
  return rest as Message;
}

export function chatInstance(botId: number, chatId: number): string {
  // Stable per (bot, chat) like Telegram's, opaque otherwise.
  let hash = 1469598103934665603n;
  for (const char of `${botId}:${chatId}`) hash = ((hash ^ BigInt(char.charCodeAt(0))) * 1099511628211n) & 0x7fffffffffffffffn;
  return (hash % 2n === 0n ? "" : "-") + hash.toString();
}
