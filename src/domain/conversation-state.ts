// Where a staff conversation stands, by its storage key, so it continues on any instance and after
// a restart. The value is the conversations plugin's own (versioned) state, stored as it is.
import { eq, lt } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { conversationState } from "../db/schema.js";

export async function readConversationState(db: Db, key: string): Promise<unknown> {
  const [row] = await db.select({ value: conversationState.value }).from(conversationState).where(eq(conversationState.key, key));
  return row?.value;
}

export async function writeConversationState(db: Db, key: string, value: unknown, now: Date): Promise<void> {
  await db
    .insert(conversationState)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: conversationState.key, set: { value, updatedAt: now } });
}

export async function deleteConversationState(db: Db, key: string): Promise<void> {
  await db.delete(conversationState).where(eq(conversationState.key, key));
}

/** Drops conversations nobody touched since `before` (the plugin only notices idleness on the next update). */
export async function purgeConversationStates(db: Db, before: Date): Promise<number> {
  return (await db.delete(conversationState).where(lt(conversationState.updatedAt, before)).returning()).length;
}

export async function countConversations(db: Db): Promise<number> {
  return db.$count(conversationState);
}
