import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { chats, chatStatus as chatStatusEnum, chatType as chatTypeEnum } from "../db/schema.js";
import type { Lang } from "../lib/languages.js";

export type ChatType = (typeof chatTypeEnum.enumValues)[number];
export type ChatStatus = (typeof chatStatusEnum.enumValues)[number];

function isChatType(type: string): type is ChatType {
  return (chatTypeEnum.enumValues as readonly string[]).includes(type);
}

/**
 * Records that a chat talked to the bot (insert or refresh, one round trip) and returns its stored
 * language preference (null = follow the user's Telegram language). A chat that talks to the bot
 * is reachable again, so its status becomes "active".
 */
export async function touchChat(
  db: Db,
  chat: {
    id: number;
    type: string;
    title?: string | null;
    username?: string | null;
    /** The sender's Telegram language, when known; an update without one keeps the last. */
    telegramLanguage?: Lang | null;
  },
  now: Date = new Date(),
): Promise<{ language: Lang | null; status: ChatStatus }> {
  if (!isChatType(chat.type)) throw new RangeError(`Unknown Telegram chat type: ${chat.type}`);
  const [row] = await db
    .insert(chats)
    .values({
      id: chat.id,
      type: chat.type,
      title: chat.title ?? null,
      username: chat.username ?? null,
      telegramLanguage: chat.telegramLanguage ?? null,
      status: "active",
      createdAt: now,
      lastSeenAt: now,
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
    .returning({ language: chats.language, status: chats.status });
  if (!row) throw new Error(`Upsert of chat ${chat.id} returned no row`);
  return row;
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
