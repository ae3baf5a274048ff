import { and, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { inboundUpdates } from "../db/schema.js";

/**
 * Webhook updates, kept until they are answered. An instance claims an update before handling
 * it (a lease, renewed while it works) and marks it done after: a redelivery of the same update
 * (Telegram gave up waiting, or sent it to another instance) finds it claimed or done and is
 * skipped, and an update whose instance died is found by its expired lease and handled again.
 * Times are the database's own clock, the one every instance shares.
 */

/**
 * The two statements every webhook update runs (the claim before it is handled, "done" after),
 * prepared once per handle: drizzle builds their SQL once, and on PostgreSQL they are named
 * prepared statements, parsed and planned once per connection.
 */
export function inboxStatements(db: Db) {
  const leaseUntil = sql`now() + ${sql.placeholder("leaseMs")} * interval '1 millisecond'`;
  const claim = db
    .insert(inboundUpdates)
    .values({ updateId: sql.placeholder("updateId"), payload: sql.placeholder("payload"), leaseUntil })
    .onConflictDoUpdate({
      target: inboundUpdates.updateId,
      set: { leaseUntil },
      setWhere: and(isNull(inboundUpdates.doneAt), lt(inboundUpdates.leaseUntil, sql`now()`)),
    })
    .returning({ updateId: inboundUpdates.updateId })
    .prepare("inbox_claim");
  const finish = db
    .update(inboundUpdates)
    .set({ doneAt: sql`now()` })
    .where(eq(inboundUpdates.updateId, sql.placeholder("updateId")))
    .prepare("inbox_finish");
  return {
    /** Claims an update for handling; false when it is done, or another live claim holds it. */
    claim: async (updateId: number, payload: unknown, leaseMs: number): Promise<boolean> =>
      (await claim.execute({ updateId, payload, leaseMs })).length > 0,
    finish: async (updateId: number): Promise<void> => {
      await finish.execute({ updateId });
    },
  };
}

export type InboxStatements = ReturnType<typeof inboxStatements>;

/** Claims an update for handling; false when it is done, or another live claim holds it. */
export function claimUpdate(db: Db, updateId: number, payload: unknown, leaseMs: number): Promise<boolean> {
  return inboxStatements(db).claim(updateId, payload, leaseMs);
}

export function finishUpdate(db: Db, updateId: number): Promise<void> {
  return inboxStatements(db).finish(updateId);
}

/** Extends the leases of updates still being handled. */
export async function renewClaims(db: Db, updateIds: readonly number[], leaseMs: number): Promise<void> {
  if (updateIds.length === 0) return;
  await db
    .update(inboundUpdates)
    .set({ leaseUntil: sql`now() + ${leaseMs} * interval '1 millisecond'` })
    .where(and(inArray(inboundUpdates.updateId, [...updateIds]), isNull(inboundUpdates.doneAt)));
}

/** Claims up to `limit` updates whose instance stopped renewing them, oldest first. */
export async function claimAbandoned(db: Db, limit: number, leaseMs: number): Promise<{ updateId: number; payload: unknown }[]> {
  const rows = await db.execute<{ update_id: number | string; payload: unknown }>(sql`
    update ${inboundUpdates} set lease_until = now() + ${leaseMs} * interval '1 millisecond'
    where update_id in (
      select update_id from ${inboundUpdates}
      where done_at is null and lease_until < now()
      order by update_id
      limit ${limit}
      for update skip locked
    )
    returning update_id, payload`);
  const list = Array.isArray(rows) ? rows : (rows as { rows: { update_id: number | string; payload: unknown }[] }).rows;
  return list.map((r) => ({ updateId: Number(r.update_id), payload: r.payload })).sort((a, b) => a.updateId - b.updateId);
}

/** Forgets answered updates older than `ageMs` (Telegram keeps an update at most a day). */
export async function pruneUpdates(db: Db, ageMs: number): Promise<number> {
  const rows = await db
    .delete(inboundUpdates)
    .where(and(isNotNull(inboundUpdates.doneAt), lt(inboundUpdates.doneAt, sql`now() - ${ageMs} * interval '1 millisecond'`)))
    .returning({ updateId: inboundUpdates.updateId });
  return rows.length;
}

/**
 * Updates this instance could not finish before stopping (a reply held back by Telegram's limits
 * past the drain timeout): recorded as abandoned, so the next instance's sweeper handles them
 * rather than losing them. One already answered (done) is left alone.
 */
export async function handOverUpdates(db: Db, updates: readonly { update_id: number }[]): Promise<void> {
  if (updates.length === 0) return;
  const expired = sql`now() - interval '1 second'`;
  await db
    .insert(inboundUpdates)
    .values(updates.map((u) => ({ updateId: u.update_id, payload: u, leaseUntil: expired })))
    .onConflictDoUpdate({ target: inboundUpdates.updateId, set: { leaseUntil: expired }, setWhere: isNull(inboundUpdates.doneAt) });
}
