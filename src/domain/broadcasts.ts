import { and, desc, eq, gt, inArray, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { BroadcastPayload, BroadcastSubject } from "../db/broadcast-payload.js";
import type { Db, Tx } from "../db/handle.js";
import {
  type broadcastKind,
  broadcasts,
  chats,
  deliveries,
  deliveryStatus,
  games as gamesTable,
  licenses as licensesTable,
  sports as sportsTable,
  subscriptionSports,
  subscriptions,
} from "../db/schema.js";
import { NotFoundError } from "./errors.js";
import type { CountdownCadence } from "./subscriptions.js";
import type { GamesKind } from "./types.js";

export type BroadcastKind = (typeof broadcastKind.enumValues)[number];
export type DeliveryStatus = (typeof deliveryStatus.enumValues)[number];

/** Who a broadcast goes to: every active chat whose subscription matches. */
export type Audience =
  | { type: "countdown"; cadence: Exclude<CountdownCadence, "off"> }
  | { type: "license"; sport: { id: number; parentId: number | null }; kind: GamesKind }
  /** A result: to chats wanting it (subscriptions.wantsResultAlert says the same in TypeScript). */
  | { type: "result"; sport: { id: number; parentId: number | null }; kind: GamesKind; isMedal: boolean }
  /** A correction: to exactly the chats a broadcast was delivered to. */
  | { type: "delivered"; broadcastId: number };

export type NewBroadcast = BroadcastSubject & {
  dedupeKey: string;
  audience: Audience;
  /** Nothing is sent before this (an undo window); default now. */
  notBefore?: Date;
  createdBy?: number | null;
};

/** The subscriptions a broadcast's audience selects (a condition on subscriptions). */
function audienceCondition(audience: Audience): SQL {
  if (audience.type === "countdown") return sql`${subscriptions.countdown} = ${audience.cadence}`;
  if (audience.type === "delivered") {
    // The chat's subscription row may have changed since; only the delivery decides.
    return sql`exists (select 1 from ${deliveries} d where d.broadcast_id = ${audience.broadcastId}
      and d.chat_id = ${subscriptions.chatId} and d.status = 'sent')`;
  }
  const { sport, kind } = audience;
  const sportIds = sport.parentId === null ? [sport.id] : [sport.id, sport.parentId];
  const ofKind = kind === "olympic" ? subscriptions.olympic : subscriptions.paralympic;
  if (audience.type === "result") {
    const wanted = audience.isMedal ? sql`${subscriptions.results} in ('medals', 'all')` : sql`${subscriptions.results} = 'all'`;
    return sql`${wanted} and ${ofKind} and (${subscriptions.alerts} <> 'chosen' or exists (
      select 1 from ${subscriptionSports}
      where ${subscriptionSports.chatId} = ${subscriptions.chatId} and ${inArray(subscriptionSports.sportId, sportIds)}))`;
  }
  return sql`${ofKind} and (${subscriptions.alerts} = 'all' or (${subscriptions.alerts} = 'chosen' and exists (
    select 1 from ${subscriptionSports}
    where ${subscriptionSports.chatId} = ${subscriptions.chatId} and ${inArray(subscriptionSports.sportId, sportIds)})))`;
}

/**
 * Creates a broadcast and one pending delivery per matching active chat, in one transaction
 * and one set-based INSERT … SELECT (the audience is never loaded into memory). A broadcast
 * whose dedupe key exists changes nothing: `created` is false and its id is returned.
 * Pass a transaction to make it part of a larger change (the staff flow records a license).
 */
export async function createBroadcast(
  db: Db | Tx,
  b: NewBroadcast,
  now: Date,
): Promise<{ id: number; created: boolean; audienceSize: number }> {
  return db.transaction(async (tx) => {
    const notBefore = b.notBefore ?? now;
    const [row] = await tx
      .insert(broadcasts)
      .values({ dedupeKey: b.dedupeKey, kind: b.kind, payload: b.payload, notBefore, createdBy: b.createdBy ?? null, createdAt: now })
      .onConflictDoNothing({ target: broadcasts.dedupeKey })
      .returning({ id: broadcasts.id });
    if (!row) {
      const [existing] = await tx
        .select({ id: broadcasts.id, audienceSize: broadcasts.audienceSize })
        .from(broadcasts)
        .where(eq(broadcasts.dedupeKey, b.dedupeKey));
      if (!existing) throw new Error(`broadcast ${b.dedupeKey} vanished while being created`);
      return { ...existing, created: false };
    }
    const audienceSize = await insertDeliveries(tx, row.id, b.audience, notBefore, now);
    return { id: row.id, created: true, audienceSize };
  });
}

/** How many chats an audience selects now: what staff are told before they send to it. */
export async function countAudience(db: Db | Tx, audience: Audience): Promise<number> {
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(subscriptions)
    .innerJoin(chats, eq(chats.id, subscriptions.chatId))
    .where(and(eq(chats.status, "active"), audienceCondition(audience)));
  return counted?.n ?? 0;
}

/**
 * One pending delivery per active chat `audience` selects, in one set-based INSERT … SELECT (the
 * audience is never loaded into memory); a chat that already has one keeps it. Returns how many
 * deliveries the broadcast has now, counted in the database and stored as its audience size.
 */
async function insertDeliveries(tx: Tx, broadcastId: number, audience: Audience, notBefore: Date, now: Date): Promise<number> {
  await tx
    .insert(deliveries)
    .select(
      tx
        .select({
          broadcastId: sql<number>`${broadcastId}`.as("broadcast_id"),
          chatId: subscriptions.chatId,
          status: sql<DeliveryStatus>`'pending'::delivery_status`.as("status"),
          attempts: sql<number>`0`.as("attempts"),
          nextAttemptAt: sql<Date>`${notBefore.toISOString()}::timestamptz`.as("next_attempt_at"),
          messageId: sql<number | null>`null::integer`.as("message_id"),
          error: sql<string | null>`null::text`.as("error"),
          updatedAt: sql<Date>`${now.toISOString()}::timestamptz`.as("updated_at"),
        })
        .from(subscriptions)
        .innerJoin(chats, eq(chats.id, subscriptions.chatId))
        .where(and(eq(chats.status, "active"), audienceCondition(audience))),
    )
    .onConflictDoNothing();
  const [counted] = await tx.select({ n: sql<number>`count(*)::int` }).from(deliveries).where(eq(deliveries.broadcastId, broadcastId));
  const audienceSize = counted?.n ?? 0;
  await tx.update(broadcasts).set({ audienceSize }).where(eq(broadcasts.id, broadcastId));
  return audienceSize;
}

/**
 * A broadcast that has not started (its notBefore still ahead: no sender claims any of it before
 * then) goes to `audience` instead: its deliveries are made again. A result corrected within its
 * alert's Undo window (a gold that was 4th) then reaches the chats that want it as it is now.
 * False, and nothing changed, once it has started or stopped.
 */
export async function retargetWaiting(tx: Tx, broadcastId: number, audience: Audience, now: Date): Promise<boolean> {
  const [waiting] = await tx
    .select({ notBefore: broadcasts.notBefore })
    .from(broadcasts)
    .where(and(eq(broadcasts.id, broadcastId), eq(broadcasts.status, "sending"), gt(broadcasts.notBefore, now)))
    .for("update");
  if (!waiting) return false;
  await tx.delete(deliveries).where(and(eq(deliveries.broadcastId, broadcastId), eq(deliveries.status, "pending")));
  await insertDeliveries(tx, broadcastId, audience, waiting.notBefore, now);
  return true;
}

/** Stops a broadcast: what is not sent yet is not sent. False if it was not sending. */
/** The largest id an integer column holds: a larger one (from a forged button) names no row. */
const MAX_INT4 = 2_147_483_647;

export async function cancelBroadcast(db: Db | Tx, id: number, now: Date): Promise<boolean> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_INT4) return false;
  const rows = await db
    .update(broadcasts)
    .set({ status: "cancelled" })
    .where(and(eq(broadcasts.id, id), eq(broadcasts.status, "sending")))
    .returning({ id: broadcasts.id });
  if (rows.length === 0) return false;
  // What is not yet on its way never will be: left pending, it would count as due for good (and
  // /status and the stuck-sender alert would say so). Those in flight finish as they end.
  await db
    .update(deliveries)
    .set({ status: "cancelled", updatedAt: now })
    .where(and(eq(deliveries.broadcastId, id), eq(deliveries.status, "pending")));
  return true;
}

export interface DueDelivery {
  broadcastId: number;
  chatId: number;
  kind: BroadcastKind;
  payload: BroadcastPayload;
  attempts: number;
}

/**
 * Claims up to `limit` deliveries that are due, marking them in flight in the same statement
 * (FOR UPDATE SKIP LOCKED: two senders never claim the same one). Oldest broadcasts first.
 */
export async function claimDueDeliveries(db: Db, limit: number, now: Date): Promise<DueDelivery[]> {
  const due = db
    .select({ broadcastId: deliveries.broadcastId, chatId: deliveries.chatId })
    .from(deliveries)
    .innerJoin(broadcasts, eq(broadcasts.id, deliveries.broadcastId))
    .where(
      and(
        eq(deliveries.status, "pending"),
        lte(deliveries.nextAttemptAt, now),
        eq(broadcasts.status, "sending"),
        lte(broadcasts.notBefore, now),
      ),
    )
    .orderBy(deliveries.broadcastId, deliveries.nextAttemptAt)
    .limit(limit)
    .for("update", { of: deliveries, skipLocked: true });
  const claimed = await db
    .update(deliveries)
    .set({ status: "sending", attempts: sql`${deliveries.attempts} + 1`, updatedAt: now })
    .where(sql`(${deliveries.broadcastId}, ${deliveries.chatId}) in (${due})`)
    .returning({ broadcastId: deliveries.broadcastId, chatId: deliveries.chatId, attempts: deliveries.attempts });
  if (claimed.length === 0) return [];
  const ids = [...new Set(claimed.map((c) => c.broadcastId))];
  const meta = new Map(
    (
      await db
        .select({ id: broadcasts.id, kind: broadcasts.kind, payload: broadcasts.payload })
        .from(broadcasts)
        .where(inArray(broadcasts.id, ids))
    ).map((b) => [b.id, b]),
  );
  return claimed
    .map((c) => ({ ...c, kind: meta.get(c.broadcastId)!.kind, payload: meta.get(c.broadcastId)!.payload }))
    .sort((a, b) => a.broadcastId - b.broadcastId || a.chatId - b.chatId);
}

type DeliveryKey = { broadcastId: number; chatId: number };
const keyOf = (k: DeliveryKey) => and(eq(deliveries.broadcastId, k.broadcastId), eq(deliveries.chatId, k.chatId));

/** Telegram took it: its message id is the proof. */
export async function recordSent(db: Db, k: DeliveryKey, messageId: number, now: Date): Promise<void> {
  await recordSentMany(db, [{ ...k, messageId }], now);
}

/** recordSent for many at once (one statement): the sender's group commit under load. */
export async function recordSentMany(db: Db, sent: readonly (DeliveryKey & { messageId: number })[], now: Date): Promise<void> {
  if (sent.length === 0) return;
  const rows = sql.join(
    sent.map((s) => sql`(${s.broadcastId}::integer, ${s.chatId}::bigint, ${s.messageId}::integer)`),
    sql`, `,
  );
  await db.execute(sql`
    update ${deliveries} set status = 'sent', message_id = v.message_id, error = null, updated_at = ${now.toISOString()}::timestamptz
    from (values ${rows}) as v(broadcast_id, chat_id, message_id)
    where ${deliveries.broadcastId} = v.broadcast_id and ${deliveries.chatId} = v.chat_id`);
}

/** The chat blocked the bot, left, or is gone: nothing more goes there. */
export async function recordBlocked(db: Db, k: DeliveryKey, reason: string, now: Date): Promise<void> {
  await db.update(deliveries).set({ status: "blocked", error: reason, updatedAt: now }).where(keyOf(k));
}

/** Telegram refused this message for good (a 400): the reason is kept. */
export async function recordFailed(db: Db, k: DeliveryKey, reason: string, now: Date): Promise<void> {
  await db.update(deliveries).set({ status: "failed", error: reason, updatedAt: now }).where(keyOf(k));
}

/** Not sent this time (the sender stopped, or a transient error): pending again from `at`. */
export async function recordRetry(db: Db, k: DeliveryKey, at: Date, reason: string | null, now: Date): Promise<void> {
  await db.update(deliveries).set({ status: "pending", nextAttemptAt: at, error: reason, updatedAt: now }).where(keyOf(k));
}

/** A stopping sender's claims it did not send: pending again, for whoever sends next. */
export async function releaseClaims(db: Db, keys: readonly DeliveryKey[], now: Date): Promise<void> {
  if (keys.length === 0) return;
  const rows = sql.join(
    keys.map((k) => sql`(${k.broadcastId}::integer, ${k.chatId}::bigint)`),
    sql`, `,
  );
  await db.execute(sql`
    update ${deliveries} set status = 'pending', next_attempt_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
    from (values ${rows}) as v(broadcast_id, chat_id)
    where ${deliveries.broadcastId} = v.broadcast_id and ${deliveries.chatId} = v.chat_id and ${deliveries.status} = 'sending'`);
}

/**
 * Deliveries a sender had in flight when it died go back to pending: the few that were being
 * sent at that instant may reach their chat twice, nothing is lost.
 */
export async function releaseInFlight(db: Db, now: Date): Promise<number> {
  const rows = await db
    .update(deliveries)
    .set({ status: "pending", nextAttemptAt: now, updatedAt: now })
    .where(eq(deliveries.status, "sending"))
    .returning({ chatId: deliveries.chatId });
  return rows.length;
}

/** Broadcasts with nothing left to send are done. */
export async function finishBroadcasts(db: Db): Promise<number> {
  const rows = await db
    .update(broadcasts)
    .set({ status: "done" })
    .where(
      and(
        eq(broadcasts.status, "sending"),
        sql`not exists (select 1 from ${deliveries} where ${deliveries.broadcastId} = ${broadcasts.id} and ${deliveries.status} in ('pending', 'sending'))`,
      ),
    )
    .returning({ id: broadcasts.id });
  return rows.length;
}

export interface BroadcastStats {
  id: number;
  dedupeKey: string;
  kind: BroadcastKind;
  status: (typeof broadcasts.$inferSelect)["status"];
  createdAt: Date;
  /** What it is about (ids), for staff screens to describe it in words rather than by its key. */
  payload: BroadcastPayload;
  counts: Record<DeliveryStatus, number>;
}

/** The latest broadcasts with their deliveries counted by outcome. */
export async function recentBroadcasts(db: Db, limit = 10): Promise<BroadcastStats[]> {
  const latest = await db.select().from(broadcasts).orderBy(desc(broadcasts.id)).limit(limit);
  if (latest.length === 0) return [];
  const counts = await db
    .select({ broadcastId: deliveries.broadcastId, status: deliveries.status, n: sql<number>`count(*)::int` })
    .from(deliveries)
    .where(
      inArray(
        deliveries.broadcastId,
        latest.map((b) => b.id),
      ),
    )
    .groupBy(deliveries.broadcastId, deliveries.status);
  return latest.map((b) => {
    const byStatus = Object.fromEntries(deliveryStatus.enumValues.map((s) => [s, 0])) as Record<DeliveryStatus, number>;
    for (const c of counts) if (c.broadcastId === b.id) byStatus[c.status] = c.n;
    return {
      id: b.id,
      dedupeKey: b.dedupeKey,
      kind: b.kind,
      status: b.status,
      createdAt: b.createdAt,
      payload: b.payload,
      counts: byStatus,
    };
  });
}

/**
 * The new-license alert, for the staff flow to call inside the transaction that records the
 * license: to chats that want alerts for its sport (or all sports) at its kind of Games. With
 * `notBefore` the alert waits (an undo window); cancelBroadcast stops it.
 */
export async function announceLicense(
  tx: Db | Tx,
  licenseId: number,
  now: Date,
  opts: { notBefore?: Date; createdBy?: number | null } = {},
): Promise<{ id: number; created: boolean; audienceSize: number }> {
  const [row] = await tx
    .select({ sportId: sportsTable.id, parentId: sportsTable.parentId, kind: gamesTable.kind })
    .from(licensesTable)
    .innerJoin(sportsTable, eq(sportsTable.id, licensesTable.sportId))
    .innerJoin(gamesTable, eq(gamesTable.id, licensesTable.gamesId))
    .where(and(eq(licensesTable.id, licenseId), isNull(licensesTable.deletedAt)));
  if (!row) throw new NotFoundError("license", licenseId);
  return createBroadcast(
    tx,
    {
      dedupeKey: `license:${licenseId}`,
      kind: "license",
      payload: { licenseId },
      audience: { type: "license", sport: { id: row.sportId, parentId: row.parentId }, kind: row.kind },
      ...(opts.notBefore ? { notBefore: opts.notBefore } : {}),
      createdBy: opts.createdBy ?? null,
    },
    now,
  );
}

/**
 * Pending deliveries, deployment-wide: all of them (some wait for their time: an undo window, a
 * retry's back-off) and those due by `now`, which an idle sender would be sending. The partial index
 * of pending deliveries serves both, so this stays cheap however many have been sent: metrics
 * scrapes and /status call it. Those being sent (claimed) are not pending.
 */
export async function countPendingDeliveries(db: Db, now: Date): Promise<{ pending: number; due: number }> {
  const [row] = await db
    .select({
      pending: sql<number>`count(*)::int`,
      // lte() binds `now` through the column's type (a bare Date is no parameter postgres.js takes).
      due: sql<number>`(count(*) filter (where ${lte(deliveries.nextAttemptAt, now)}))::int`,
    })
    .from(deliveries)
    .where(eq(deliveries.status, "pending"));
  return { pending: row?.pending ?? 0, due: row?.due ?? 0 };
}
