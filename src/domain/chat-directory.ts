// The chats this process has seen, in memory: a known chat's language and status are answered
// without a query, and what every update refreshes (last_seen_at, the Telegram language) is written
// behind, in one statement per batch. Anything else — a new chat, a changed title, a chat that was
// blocked talking again, a language chosen, a block — is written before the reply, as before.
import { sql } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { chats } from "../db/schema.js";
import type { Lang } from "../lib/languages.js";
import { type ChatStatus, chatUpsert, setChatLanguage, setChatStatus } from "./chats.js";

export interface SeenChat {
  id: number;
  type: string;
  title: string | null;
  username: string | null;
  /** The sender's Telegram language, when the update has one. */
  telegramLanguage: Lang | null;
}

export interface ChatPrefsRecord {
  language: Lang | null;
  status: ChatStatus;
}

export interface ChatDirectoryOptions {
  db: Db;
  /** Database.listen, to forget a chat another instance changed (migration 0005's chat_prefs). */
  listen?: (channel: string, onNotify: (payload: string) => void, onListen?: () => void) => Promise<() => Promise<void>>;
  /** How often the batch of last-seen times is written (and so the most a kill -9 loses). */
  flushEveryMs?: number;
  /** Chats kept; the least recently seen go first. */
  maxChats?: number;
  /** A chat is read again after this long, should a change notification have been missed. */
  maxAgeMs?: number;
  /** Monotonic milliseconds, for the ages above. */
  now?: () => number;
  onError?: (err: unknown, what: string) => void;
}

export const CHAT_PREFS_CHANNEL = "chat_prefs";
export const DEFAULT_FLUSH_MS = 1_000;
const DEFAULT_MAX_CHATS = 200_000;
const DEFAULT_MAX_AGE_MS = 10 * 60_000;
/** Rows per write-behind statement (its one JSON parameter stays a few hundred KB). */
const FLUSH_CHUNK = 5_000;

interface Known {
  type: string;
  title: string | null;
  username: string | null;
  language: Lang | null;
  status: ChatStatus;
  readAt: number;
}

interface Seen {
  at: Date;
  telegramLanguage: Lang | null;
}

export class ChatDirectory {
  /** In order of last use (a Map keeps insertion order; a hit moves the chat to the end). */
  private readonly known = new Map<number, Known>();
  private pending = new Map<number, Seen>();
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | null = null;
  private readonly now: () => number;
  private readonly upsert: ReturnType<typeof chatUpsert>;

  constructor(private readonly opts: ChatDirectoryOptions) {
    this.now = opts.now ?? (() => performance.now());
    this.upsert = chatUpsert(opts.db);
  }

  /** Records that a chat talked to the bot and returns its preferences (see touchChat). */
  async touch(chat: SeenChat, at: Date): Promise<ChatPrefsRecord> {
    const known = this.known.get(chat.id);
    if (known && this.unchanged(known, chat)) {
      const before = this.pending.get(chat.id);
      this.pending.set(chat.id, { at, telegramLanguage: chat.telegramLanguage ?? before?.telegramLanguage ?? null });
      this.known.delete(chat.id);
      this.known.set(chat.id, known);
      return { language: known.language, status: known.status };
    }
    // Written now; a Telegram language still waiting in the batch goes with it.
    const waiting = this.pending.get(chat.id);
    this.pending.delete(chat.id);
    const prefs = await this.upsert({ ...chat, telegramLanguage: chat.telegramLanguage ?? waiting?.telegramLanguage ?? null }, at);
    this.remember(chat.id, { type: chat.type, title: chat.title, username: chat.username, ...prefs, readAt: this.now() });
    return prefs;
  }

  /** A chat's preferences if this process knows them, without a query or a touch (inline queries have no chat). */
  peek(chatId: number): ChatPrefsRecord | undefined {
    const known = this.known.get(chatId);
    return known && { language: known.language, status: known.status };
  }

  setLanguage(chatId: number, language: Lang | null): Promise<void> {
    return this.change(chatId, { language }, () => setChatLanguage(this.opts.db, chatId, language));
  }

  setStatus(chatId: number, status: ChatStatus): Promise<void> {
    return this.change(chatId, { status }, () => setChatStatus(this.opts.db, chatId, status));
  }

  /**
   * Kept here before the write, so the write's own notification (which can arrive before the
   * write returns) finds the copy up to date; a write that fails leaves the chat to be read again.
   */
  private async change(chatId: number, patch: Partial<Known>, write: () => Promise<void>): Promise<void> {
    const known = this.known.get(chatId);
    if (known) Object.assign(known, patch);
    try {
      await write();
    } catch (err) {
      this.forget(chatId);
      throw err;
    }
  }

  /** Another instance changed the chat: read it again on its next update. */
  forget(chatId: number): void {
    this.known.delete(chatId);
  }

  /** A chat_prefs notification: a chat whose language or status is not what is kept here is read again. */
  private changedElsewhere(payload: string): void {
    let change: { id?: unknown; language?: unknown; status?: unknown };
    try {
      change = JSON.parse(payload) as typeof change;
    } catch {
      this.known.clear();
      return;
    }
    const known = typeof change.id === "number" ? this.known.get(change.id) : undefined;
    if (known && (known.language !== change.language || known.status !== change.status)) this.forget(change.id as number);
  }

  /** How many last-seen times wait to be written. */
  get waiting(): number {
    return this.pending.size;
  }

  /** Writes the batch; a batch that fails is kept (merged under anything newer) for the next try. */
  flush(): Promise<void> {
    this.flushing = this.flushing
      .catch(() => {})
      .then(async () => {
        if (this.pending.size === 0) return;
        const batch = this.pending;
        this.pending = new Map();
        const rows = [...batch];
        try {
          for (let i = 0; i < rows.length; i += FLUSH_CHUNK) {
            await writeSeen(this.opts.db, rows.slice(i, i + FLUSH_CHUNK));
          }
        } catch (err) {
          for (const [id, seen] of batch) {
            const newer = this.pending.get(id);
            this.pending.set(id, newer ? { at: newer.at, telegramLanguage: newer.telegramLanguage ?? seen.telegramLanguage } : seen);
          }
          throw err;
        }
      });
    return this.flushing;
  }

  async start(): Promise<void> {
    if (this.opts.listen) {
      this.unlisten = await this.opts.listen(
        CHAT_PREFS_CHANNEL,
        (payload) => this.changedElsewhere(payload),
        // (Re)subscribed: a change announced while it was down is unknown, so nothing is trusted.
        () => this.known.clear(),
      );
    }
    this.timer = setInterval(() => {
      this.flush().catch((err: unknown) => this.opts.onError?.(err, "could not write the chats' last-seen times; will retry"));
    }, this.opts.flushEveryMs ?? DEFAULT_FLUSH_MS);
    this.timer.unref();
  }

  /** Stops the timer and writes what is waiting. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.unlisten?.();
    this.unlisten = null;
    await this.flush();
  }

  private unchanged(known: Known, chat: SeenChat): boolean {
    return (
      known.status === "active" &&
      known.type === chat.type &&
      known.title === chat.title &&
      known.username === chat.username &&
      this.now() - known.readAt < (this.opts.maxAgeMs ?? DEFAULT_MAX_AGE_MS)
    );
  }

  private remember(chatId: number, entry: Known): void {
    this.known.delete(chatId);
    this.known.set(chatId, entry);
    const max = this.opts.maxChats ?? DEFAULT_MAX_CHATS;
    for (const oldest of this.known.keys()) {
      if (this.known.size <= max) break;
      this.known.delete(oldest);
    }
  }
}

/** One statement for a batch: a later time never goes back, an unknown language keeps the stored one. */
async function writeSeen(db: Db, rows: readonly [number, Seen][]): Promise<void> {
  // One JSON parameter (as db/bulk.ts), not a VALUES list of three parameters a row: the
  // statement's text is the same for every batch, and neither drizzle's building of it nor
  // PostgreSQL's parse grows with the batch (hundreds of rows a second under load; the list was
  // most of the write's time on PGlite).
  const seen = JSON.stringify(rows.map(([id, s]) => ({ id, seen: s.at.toISOString(), lang: s.telegramLanguage })));
  await db.execute(sql`
    update ${chats} set
      last_seen_at = greatest(${chats.lastSeenAt}, v.seen),
      telegram_language = coalesce(v.lang, ${chats.telegramLanguage})
    from jsonb_to_recordset(${seen}::jsonb) as v(id bigint, seen timestamptz, lang language)
    where ${chats.id} = v.id`);
}
