import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import {
  type chatStatus as chatStatusEnum,
  chats,
  chatType as chatTypeEnum,
  deliveries,
  subscriptionSports,
  subscriptions,
} from "../db/schema.js";
import type { Lang } from "../lib/languages.js";
import type { AlertFollowing } from "./subscriptions.js";

export type ChatType = (typeof chatTypeEnum.enumValues)[number];
export type ChatStatus = (typeof chatStatusEnum.enumValues)[number];

function isChatType(type: string): type is ChatType {
  return (chatTypeEnum.enumValues as readonly string[]).includes(type);
}

export interface TouchedChat {
  id: number;
  type: string;
  title?: string | null;
  username?: string | null;
  /** The sender's Telegram language, when known; an update without one keeps the last. */
  telegramLanguage?: Lang | null;
}

/**
 * The statement that records a chat talked to the bot (insert or refresh, one round trip) and
 * returns its stored language preference (null = follow the user's Telegram language). A chat that
 * talks to the bot is reachable again, so its status becomes "active". Prepared once per handle,
 * for the chat directory, which runs it for each chat it has not seen yet.
 */
export function chatUpsert(db: Db): (chat: TouchedChat, now: Date) => Promise<{ language: Lang | null; status: ChatStatus }> {
  const p = (name: string) => sql.placeholder(name);
  const statement = db
    .insert(chats)
    .values({
      id: p("id"),
      type: p("type"),
      title: p("title"),
      username: p("username"),
      telegramLanguage: p("telegramLanguage"),
      status: "active",
      createdAt: p("now"),
      lastSeenAt: p("now"),
    })
    .onConflictDoUpdate({
      target: chats.id,
      set: {
        type: sql`excluded.type`,
        title: sql`excluded.title`,
        username: sql`excluded.username`,
        telegramLanguage: sql`coalesce(excluded.telegram_language, ${chats.telegramLanguage})`,
        status: "active",
        lastSeenAt: sql`excluded.last_seen_at`,
      },
    })
    .returning({ language: chats.language, status: chats.status })
    .prepare("chat_upsert");
  return async (chat, now) => {
    if (!isChatType(chat.type)) throw new RangeError(`Unknown Telegram chat type: ${chat.type}`);
    const [row] = await statement.execute({
      id: chat.id,
      type: chat.type,
      title: chat.title ?? null,
      username: chat.username ?? null,
      telegramLanguage: chat.telegramLanguage ?? null,
      now,
    });
    if (!row) throw new Error(`Upsert of chat ${chat.id} returned no row`);
    return row;
  };
}

/** chatUpsert, once (tests and one-off callers). */
export function touchChat(db: Db, chat: TouchedChat, now: Date): Promise<{ language: Lang | null; status: ChatStatus }> {
  return chatUpsert(db)(chat, now);
}

export async function setChatLanguage(db: Db, chatId: number, lang: Lang | null): Promise<void> {
  await db.update(chats).set({ language: lang }).where(eq(chats.id, chatId));
}

export async function setChatStatus(db: Db, chatId: number, status: ChatStatus): Promise<void> {
  await db.update(chats).set({ status }).where(eq(chats.id, chatId));
}

/** Our status for a chat from the bot's membership Telegram reports ("kicked", "left", "member", ...). */
export function chatStatusFor(chatType: string, member: string): ChatStatus {
  switch (member) {
    case "kicked":
      // In a private chat "kicked" means the user blocked the bot.
      return chatType === "private" ? "blocked" : "kicked";
    case "left":
      return "left";
    default:
      return "active";
  }
}

/** What the sender needs of a chat it sends to. */
export interface ChatForSending {
  type: ChatType;
  language: Lang | null;
  telegramLanguage: Lang | null;
  /** What its alerts cover (the stop button under an alert depends on it); null without a subscription. */
  following: AlertFollowing | null;
}

/** What the sender needs of each chat it sends to: its type, languages and what its alerts cover. */
export async function chatsForSending(db: Db, ids: readonly number[]): Promise<Map<number, ChatForSending>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: chats.id,
      type: chats.type,
      language: chats.language,
      telegramLanguage: chats.telegramLanguage,
      alerts: subscriptions.alerts,
      results: subscriptions.results,
    })
    .from(chats)
    .leftJoin(subscriptions, eq(subscriptions.chatId, chats.id))
    .where(inArray(chats.id, [...ids]));
  return new Map(
    rows.map(({ alerts, results, ...chat }) => [chat.id, { ...chat, following: alerts && results ? { alerts, results } : null }]),
  );
}

/**
 * A group became a supergroup with a new id: the new chat takes over the old one's settings,
 * subscriptions and the deliveries still owed to it; the old id is left behind. Idempotent.
 */
export async function migrateChat(db: Db, fromId: number, toId: number, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [old] = await tx.select().from(chats).where(eq(chats.id, fromId));
    await tx
      .insert(chats)
      .values({
        id: toId,
        type: "supergroup",
        title: old?.title ?? null,
        username: old?.username ?? null,
        language: old?.language ?? null,
        telegramLanguage: old?.telegramLanguage ?? null,
        status: "active",
        createdAt: now,
        lastSeenAt: now,
      })
      // The supergroup may have written first (its own service message): it keeps what it has.
      .onConflictDoUpdate({
        target: chats.id,
        set: {
          language: sql`coalesce(${chats.language}, excluded.language)`,
          telegramLanguage: sql`coalesce(${chats.telegramLanguage}, excluded.telegram_language)`,
        },
      });
    const [sub] = await tx.select().from(subscriptions).where(eq(subscriptions.chatId, fromId));
    if (sub) {
      const taken = await tx
        .insert(subscriptions)
        .values({ ...sub, chatId: toId, updatedAt: now })
        .onConflictDoNothing()
        .returning({ chatId: subscriptions.chatId });
      if (taken.length > 0) await tx.update(subscriptionSports).set({ chatId: toId }).where(eq(subscriptionSports.chatId, fromId));
      await tx.delete(subscriptions).where(eq(subscriptions.chatId, fromId));
    }
    await tx
      .update(deliveries)
      .set({ chatId: toId, status: "pending", nextAttemptAt: now, updatedAt: now })
      .where(
        and(
          eq(deliveries.chatId, fromId),
          inArray(deliveries.status, ["pending", "sending"]),
          sql`not exists (select 1 from ${deliveries} d2 where d2.broadcast_id = ${deliveries.broadcastId} and d2.chat_id = ${toId})`,
        ),
      );
    await tx
      .update(deliveries)
      .set({ status: "blocked", error: `group upgraded to supergroup ${toId}`, updatedAt: now })
      .where(and(eq(deliveries.chatId, fromId), inArray(deliveries.status, ["pending", "sending"])));
    await tx.update(chats).set({ status: "left" }).where(eq(chats.id, fromId));
  });
}
