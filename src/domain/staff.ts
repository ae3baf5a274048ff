import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { auditLog, chats, staff, type staffRole as staffRoleEnum } from "../db/schema.js";
import { type Cached, cached } from "../lib/cached.js";

export type StaffRole = (typeof staffRoleEnum.enumValues)[number];

export async function staffRole(db: Db, userId: number): Promise<StaffRole | null> {
  if (!Number.isSafeInteger(userId)) return null;
  const [row] = await db.select({ role: staff.role }).from(staff).where(eq(staff.userId, userId)).limit(1);
  return row?.role ?? null;
}

export async function isStaff(db: Db, userId: number): Promise<boolean> {
  return (await staffRole(db, userId)) !== null;
}

/**
 * Makes the configured owners owners (adding or promoting them, with an audit row each). Owners
 * missing from the list are left alone: an empty or mistyped BOT_OWNER_IDS must not lock
 * everyone out.
 */
export async function ensureOwners(db: Db, ownerIds: number[], now: Date): Promise<void> {
  const ids = [...new Set(ownerIds)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (ids.length === 0) return;
  await db.transaction(async (tx) => {
    const changed = await tx
      .insert(staff)
      .values(ids.map((userId) => ({ userId, role: "owner" as const, addedAt: now })))
      .onConflictDoUpdate({ target: staff.userId, set: { role: "owner" }, setWhere: ne(staff.role, "owner") })
      .returning({ userId: staff.userId });
    if (changed.length === 0) return;
    await tx.insert(auditLog).values(
      changed.map(({ userId }) => ({
        actorId: null,
        action: "staff.owner",
        entity: "staff",
        entityId: String(userId),
        payload: { source: "BOT_OWNER_IDS" },
        createdAt: now,
      })),
    );
  });
}

export interface StaffMember {
  userId: number;
  role: StaffRole;
  addedBy: number | null;
  addedAt: Date;
  /** From the private chat with the bot, when the person has started it. */
  username: string | null;
  /** Whether they have started the bot: Telegram knows no chat with them before. */
  startedBot: boolean;
}

/** Owners first, then editors, each by when they were added. */
export async function listStaff(db: Db): Promise<StaffMember[]> {
  const rows = await db
    .select({ staff, username: chats.username, chatId: chats.id })
    .from(staff)
    .leftJoin(chats, eq(chats.id, staff.userId))
    .orderBy(sql`${staff.role} = 'editor'`, asc(staff.addedAt), asc(staff.userId));
  return rows.map((r) => ({ ...r.staff, username: r.username, startedBot: r.chatId !== null }));
}

/** The user id behind an @username of someone who has started the bot (a private chat with it). */
export async function userIdByUsername(db: Db, username: string): Promise<number | null> {
  const name = username.trim().replace(/^@/, "");
  if (!/^[A-Za-z0-9_]{4,32}$/.test(name)) return null;
  const [row] = await db
    .select({ id: chats.id })
    .from(chats)
    .where(and(eq(chats.type, "private"), sql`lower(${chats.username}) = lower(${name})`))
    .orderBy(desc(chats.lastSeenAt))
    .limit(1);
  return row?.id ?? null;
}

export type StaffChange = "added" | "removed" | "already" | "not-staff" | "is-owner" | "not-owner";

/** An owner makes someone an editor; audited. Anyone else changes nothing. */
export async function addEditor(db: Db, actorId: number, userId: number, now: Date): Promise<StaffChange> {
  if (!Number.isSafeInteger(userId) || userId <= 0) return "not-staff";
  return db.transaction(async (tx) => {
    if ((await staffRole(tx, actorId)) !== "owner") return "not-owner";
    const existing = await staffRole(tx, userId);
    if (existing === "owner") return "is-owner";
    if (existing === "editor") return "already";
    await tx.insert(staff).values({ userId, role: "editor", addedBy: actorId, addedAt: now });
    await tx.insert(auditLog).values({
      actorId,
      action: "staff.add",
      entity: "staff",
      entityId: String(userId),
      payload: { role: "editor" },
      createdAt: now,
    });
    return "added";
  });
}

/**
 * An owner removes an editor; audited. Owners are not removed here: they come from BOT_OWNER_IDS,
 * and an owner removed in chat would be made an owner again at the next start.
 */
export async function removeEditor(db: Db, actorId: number, userId: number, now: Date): Promise<StaffChange> {
  return db.transaction(async (tx) => {
    if ((await staffRole(tx, actorId)) !== "owner") return "not-owner";
    const existing = await staffRole(tx, userId);
    if (existing === null) return "not-staff";
    if (existing === "owner") return "is-owner";
    await tx.delete(staff).where(eq(staff.userId, userId));
    await tx.insert(auditLog).values({
      actorId,
      action: "staff.remove",
      entity: "staff",
      entityId: String(userId),
      payload: { role: existing },
      createdAt: now,
    });
    return "removed";
  });
}

/** The @username of a user who has started the bot, if they have one. */
export async function usernameOf(db: Db, userId: number): Promise<string | null> {
  if (!Number.isSafeInteger(userId)) return null;
  const [row] = await db.select({ username: chats.username }).from(chats).where(eq(chats.id, userId));
  return row?.username ?? null;
}

const STAFF_DIRECTORY_TTL_MS = 30_000;

/**
 * The ids of all staff, kept for half a minute: every private update asks whether its sender is
 * staff (to reach the staff conversations), and this answers without a query. A change made here
 * invalidates it at once; other instances see it within the TTL.
 */
export function staffDirectory(db: Db, ttlMs = STAFF_DIRECTORY_TTL_MS): Cached<ReadonlySet<number>> {
  return cached(async () => new Set((await db.select({ id: staff.userId }).from(staff)).map((r) => r.id)), ttlMs);
}
