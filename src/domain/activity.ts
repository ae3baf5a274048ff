import { gte } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { chats } from "../db/schema.js";

/**
 * Chats (private or group) that sent the bot anything since `since`, deployment-wide: "how many
 * fans asked something in the last hour". Last-seen times are written behind (CHAT_WRITE_BEHIND_MS),
 * so the latest second may be missing. No index serves it: one pass over the chats per call, which a
 * metrics scrape every 15-60 s can afford for a fan base's worth of rows.
 */
export async function countChatsSeenSince(db: Db, since: Date): Promise<number> {
  return db.$count(chats, gte(chats.lastSeenAt, since));
}
