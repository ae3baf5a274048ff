// Staff writes to results, as license-records.ts does for licenses: record one (with its alert),
// remove or undo it, correct it, and tell the chats that got its alert of a correction. Each write
// and its audit row go in one transaction; the audit row keeps what the result was before and after.
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/handle.js";
import {
  athletes as athletesTable,
  auditLog,
  broadcasts,
  deliveries,
  games as gamesTable,
  resultAthletes,
  results,
  sports,
} from "../db/schema.js";
import { fromTranslatedKeys, type Translated, toTranslatedKeys } from "../lib/languages.js";
import { athletesOf } from "./athlete-links.js";
import { type Audience, cancelBroadcast, createBroadcast, retargetWaiting } from "./broadcasts.js";
import { isRowId } from "./ids.js";
import { stableJson } from "./license-corrections.js";
import { announced, type FanStore } from "./read-model.js";
import type { AthleteName, Medal, Result } from "./types.js";

export type { Translated };

/** A result as staff enter it: a medal, or a placing ("4th", "quarter-final"), never neither. */
export interface NewResult {
  /**
   * The identity of the staff draft this comes from. Saving the same draft again (a second press,
   * an update replayed after a crash) finds the result saved then and changes nothing.
   */
  draftKey: string;
  gamesId: number;
  sportId: number;
  medal: Medal | null;
  /** What the result was when there is no medal; may accompany a medal too (then unused by fans). */
  placing: Translated | null;
  event: Translated;
  /** Known athletes, in the order they are listed. */
  athleteIds: number[];
  /** New athletes to create in the same transaction, listed after the known ones. */
  newAthletes?: readonly AthleteName[];
  team: Translated | null;
  /** The day won, host-local YYYY-MM-DD. */
  wonOn: string | null;
  source: string | null;
}

/**
 * The fields staff may correct. athleteIds replaces the whole list, with newAthletes (created in
 * the same transaction) listed after the known ones.
 */
export type ResultPatch = Partial<
  Pick<NewResult, "sportId" | "medal" | "placing" | "event" | "athleteIds" | "newAthletes" | "team" | "wonOn" | "source"> & {
    note: Translated | null;
  }
>;

/** What one correction of /editresult replaces: compared with what the editor saw before it is saved. */
export type ResultPart = "outcome" | "event" | "who" | "wonOn" | "source" | "note";

/** A result's fields as fans' data and the audit trail's snapshot both hold them. */
export type ResultFields = Pick<Result, "medal" | "placing" | "event" | "team" | "wonOn" | "source" | "note"> & {
  athletes: readonly { id: number }[];
};

/** One part of a result, as plain JSON (athletes by id). */
export function resultPart(r: ResultFields, part: ResultPart): unknown {
  switch (part) {
    case "outcome":
      return { medal: r.medal, placing: r.placing ?? null };
    case "who":
      return { athletes: r.athletes.map((a) => a.id), team: r.team ?? null };
    default:
      return r[part] ?? null;
  }
}

/**
 * saved; gone: removed, or never was; changed: someone changed the part since the editor saw it;
 * unplaced: it would be left without a medal and without a placing. Only "saved" wrote anything.
 */
export type ResultEditOutcome = "saved" | "gone" | "changed" | "unplaced";

/** The dedupe key of a result's alert: one per result, ever. */
export const resultAlertKey = (resultId: number) => `result:${resultId}`;

/**
 * Records a result from the staff flow, with its audit row ("result.add") and, with `opts.alert`,
 * its alert, which starts `opts.alertDelayMs` after `now` (the window in which Undo, removeResult,
 * cancels it whole). Saving a draft again returns what the first save made, with `already`.
 */
export async function recordResult(
  store: FanStore,
  actorId: number,
  input: NewResult,
  now: Date,
  opts: { alert: boolean; alertDelayMs: number },
): Promise<{ resultId: number; broadcastId: number | null; already: boolean }> {
  if (input.medal === null && !input.placing) throw new Error("a result needs a medal or a placing");
  return announced(store, async (tx) => {
    // Saves of one draft are one at a time (a staff chat's updates are serialized), and the unique
    // key stops any that is not: it fails the second transaction whole.
    const [saved] = await tx.select({ id: results.id }).from(results).where(eq(results.draftKey, input.draftKey));
    if (saved) return { resultId: saved.id, broadcastId: await alertOf(tx, saved.id), already: true };
    const created = await createAthletes(tx, actorId, input.newAthletes ?? [], now);
    const [row] = await tx
      .insert(results)
      .values({
        gamesId: input.gamesId,
        sportId: input.sportId,
        medal: input.medal,
        ...toTranslatedKeys(input.placing, "placing"),
        ...toTranslatedKeys(input.event, "event"),
        ...toTranslatedKeys(input.team, "team"),
        wonOn: input.wonOn,
        source: input.source,
        draftKey: input.draftKey,
        createdBy: actorId,
        createdAt: now,
      })
      .returning({ id: results.id });
    const resultId = row!.id;
    await linkAthletes(tx, resultId, [...input.athleteIds, ...created]);
    await audit(tx, actorId, "result.add", resultId, { after: await snapshot(tx, resultId) }, now);
    if (!opts.alert) return { resultId, broadcastId: null, already: false };
    const b = await announceResult(tx, resultId, now, new Date(now.getTime() + opts.alertDelayMs), actorId);
    return { resultId, broadcastId: b.id, already: false };
  });
}

/** The alert of a new result, to the chats wantsResultAlert picks; nothing is sent before `notBefore`. */
async function announceResult(tx: Tx, resultId: number, now: Date, notBefore: Date, actorId: number) {
  return createBroadcast(
    tx,
    {
      dedupeKey: resultAlertKey(resultId),
      kind: "result",
      payload: { resultId },
      audience: await audienceOf(tx, resultId),
      notBefore,
      createdBy: actorId,
    },
    now,
  );
}

/** The chats a result's alert is for: those wanting its sport, its kind of Games, and medals or every result. */
async function audienceOf(tx: Tx, resultId: number): Promise<Audience> {
  const [row] = await tx
    .select({ sportId: sports.id, parentId: sports.parentId, kind: gamesTable.kind, medal: results.medal })
    .from(results)
    .innerJoin(sports, eq(sports.id, results.sportId))
    .innerJoin(gamesTable, eq(gamesTable.id, results.gamesId))
    .where(eq(results.id, resultId));
  if (!row) throw new Error(`result ${resultId} vanished while being announced`);
  return { type: "result", sport: { id: row.sportId, parentId: row.parentId }, kind: row.kind, isMedal: row.medal !== null };
}

/**
 * Removes a result (soft: kept for the audit trail, never shown to fans) and stops its alert:
 * what was not sent yet never will be (Undo within the delay: nobody hears of it). `alertedChats`
 * are those the alert reached or was reaching: a correction (announceResultCorrection) can tell them.
 */
export async function removeResult(
  store: FanStore,
  actorId: number,
  resultId: number,
  now: Date,
  action: "result.remove" | "result.undo" = "result.remove",
): Promise<{ removed: boolean; cancelledBroadcast: boolean; alertedChats: number }> {
  const nothing = { removed: false, cancelledBroadcast: false, alertedChats: 0 };
  if (!isRowId(resultId)) return nothing;
  return announced(store, async (tx) => {
    const before = await snapshot(tx, resultId);
    const removed = await tx
      .update(results)
      .set({ removedAt: now, removedBy: actorId })
      .where(and(eq(results.id, resultId), isNull(results.removedAt)))
      .returning({ id: results.id });
    if (removed.length === 0 || !before) return nothing;
    const broadcastId = await alertOf(tx, resultId);
    const cancelledBroadcast = broadcastId !== null && (await cancelBroadcast(tx, broadcastId, now));
    // Counted after the cancel: those still pending are cancelled, those in flight will be sent.
    const alertedChats = broadcastId === null ? 0 : await deliveredCount(tx, broadcastId, ["sent", "sending"]);
    await audit(tx, actorId, action, resultId, { before, alert: { broadcastId, cancelledBroadcast, alertedChats } }, now);
    return { removed: true, cancelledBroadcast, alertedChats };
  });
}

/**
 * Corrects a result, audited ("result.edit") with before and after; with `expected`, only if that
 * part is still what the editor saw (two editors never overwrite each other unseen). It never
 * re-alerts by itself: announceResultCorrection tells the chats its alert reached, when staff say
 * so. An alert still in its Undo window carries the result as it is when it goes, and goes to the
 * chats that want it as corrected (a gold that was a 4th place reaches those who want medals only).
 */
export async function editResult(
  store: FanStore,
  actorId: number,
  resultId: number,
  patch: ResultPatch,
  now: Date,
  expected?: { part: ResultPart; value: unknown },
): Promise<ResultEditOutcome> {
  if (!isRowId(resultId)) return "gone";
  return announced(store, async (tx) => {
    // Locked until the end: no other correction or removal between the check and the write.
    const locked = await tx
      .select({ id: results.id })
      .from(results)
      .where(and(eq(results.id, resultId), isNull(results.removedAt)))
      .for("update");
    const before = locked.length > 0 ? await snapshot(tx, resultId) : null;
    if (!before) return "gone";
    if (expected && stableJson(resultPart(before, expected.part)) !== stableJson(expected.value)) return "changed";
    const medal = "medal" in patch ? (patch.medal ?? null) : before.medal;
    const placing = "placing" in patch ? (patch.placing ?? null) : before.placing;
    if (medal === null && !placing) return "unplaced";
    const audience = await audienceOf(tx, resultId);
    const set: Partial<typeof results.$inferInsert> = {};
    if (patch.sportId !== undefined) set.sportId = patch.sportId;
    if ("medal" in patch) set.medal = patch.medal ?? null;
    if ("placing" in patch) Object.assign(set, toTranslatedKeys(patch.placing, "placing"));
    if (patch.event) Object.assign(set, toTranslatedKeys(patch.event, "event"));
    if ("team" in patch) Object.assign(set, toTranslatedKeys(patch.team, "team"));
    if ("wonOn" in patch) set.wonOn = patch.wonOn ?? null;
    if ("source" in patch) set.source = patch.source ?? null;
    if ("note" in patch) Object.assign(set, toTranslatedKeys(patch.note, "note"));
    if (Object.keys(set).length > 0) await tx.update(results).set(set).where(eq(results.id, resultId));
    if (patch.athleteIds || patch.newAthletes?.length) {
      const created = await createAthletes(tx, actorId, patch.newAthletes ?? [], now);
      await tx.delete(resultAthletes).where(eq(resultAthletes.resultId, resultId));
      await linkAthletes(tx, resultId, [...(patch.athleteIds ?? before.athletes.map((a) => a.id)), ...created]);
    }
    await audit(tx, actorId, "result.edit", resultId, { before, after: await snapshot(tx, resultId) }, now);
    const corrected = await audienceOf(tx, resultId);
    const alert = stableJson(corrected) === stableJson(audience) ? null : await alertOf(tx, resultId);
    if (alert !== null) await retargetWaiting(tx, alert, corrected, now);
    return "saved";
  });
}

/** editResult without a check of what the editor saw: true when it is saved. */
export async function correctResult(store: FanStore, actorId: number, resultId: number, patch: ResultPatch, now: Date): Promise<boolean> {
  return (await editResult(store, actorId, resultId, patch, now)) === "saved";
}

/** How far the result's alert went: the chats it reached, and those it is still to reach; null when it has none. */
export async function alertProgress(db: Db, resultId: number): Promise<{ sent: number; waiting: number } | null> {
  if (!isRowId(resultId)) return null;
  const broadcastId = await alertOf(db, resultId);
  if (broadcastId === null) return null;
  const [row] = await db
    .select({
      sent: sql<number>`(count(*) filter (where ${deliveries.status} = 'sent'))::int`,
      waiting: sql<number>`(count(*) filter (where ${deliveries.status} = 'pending' and ${broadcasts.status} = 'sending'))::int`,
    })
    .from(deliveries)
    .innerJoin(broadcasts, eq(broadcasts.id, deliveries.broadcastId))
    .where(eq(deliveries.broadcastId, broadcastId));
  return { sent: row?.sent ?? 0, waiting: row?.waiting ?? 0 };
}

/** How many chats the result's alert was delivered to (0 when it had none). */
export async function alertedChatsOf(db: Db, resultId: number): Promise<number> {
  return (await alertProgress(db, resultId))?.sent ?? 0;
}

/**
 * A short correction to exactly the chats the result's alert was delivered to: the result as it is
 * now, or, once removed, that it was withdrawn. Made once per change (the latest audit row of the
 * result names it), audited ("result.correction"). null when no chat got the alert.
 */
export async function announceResultCorrection(
  db: Db,
  actorId: number,
  resultId: number,
  now: Date,
): Promise<{ broadcastId: number; audienceSize: number; created: boolean } | null> {
  if (!isRowId(resultId)) return null;
  return db.transaction(async (tx) => {
    const alert = await alertOf(tx, resultId);
    if (alert === null) return null;
    const [row] = await tx.select({ gamesId: results.gamesId, sportId: results.sportId }).from(results).where(eq(results.id, resultId));
    if (!row) return null;
    const [change] = await tx
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "result"), eq(auditLog.entityId, String(resultId)), sql`${auditLog.action} <> 'result.correction'`))
      .orderBy(desc(auditLog.id))
      .limit(1);
    const b = await createBroadcast(
      tx,
      {
        dedupeKey: `result-correction:${resultId}:${change?.id ?? now.getTime()}`,
        kind: "result",
        // The games and sport name a withdrawn result, which fans' data no longer holds.
        payload: { resultId, correction: true, gamesId: row.gamesId, sportId: row.sportId },
        audience: { type: "delivered", broadcastId: alert },
        createdBy: actorId,
      },
      now,
    );
    if (b.created) await audit(tx, actorId, "result.correction", resultId, { broadcastId: b.id, audienceSize: b.audienceSize }, now);
    return { broadcastId: b.id, audienceSize: b.audienceSize, created: b.created };
  });
}

/** The latest results staff recorded (not removed), newest first: for staff lists. */
export async function recentResultIds(db: Db, limit = 10): Promise<number[]> {
  const rows = await db
    .select({ id: results.id })
    .from(results)
    .where(isNull(results.removedAt))
    .orderBy(desc(results.createdAt), desc(results.id))
    .limit(Math.max(1, Math.min(limit, 50)));
  return rows.map((r) => r.id);
}

async function alertOf(db: Db | Tx, resultId: number): Promise<number | null> {
  const [b] = await db
    .select({ id: broadcasts.id })
    .from(broadcasts)
    .where(eq(broadcasts.dedupeKey, resultAlertKey(resultId)));
  return b?.id ?? null;
}

async function deliveredCount(db: Db | Tx, broadcastId: number, statuses: ("sent" | "sending")[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(deliveries)
    .where(and(eq(deliveries.broadcastId, broadcastId), sql`${deliveries.status} in ${statuses}`));
  return row?.n ?? 0;
}

/** New athletes a result names, by the names staff gave: their ids, in order. */
async function createAthletes(tx: Tx, actorId: number, names: readonly AthleteName[], now: Date): Promise<number[]> {
  if (names.length === 0) return [];
  const created = await tx
    .insert(athletesTable)
    .values(names.map((name) => ({ ...toTranslatedKeys(name, "name"), createdBy: actorId, createdAt: now })))
    .returning({ id: athletesTable.id });
  return created.map((a) => a.id);
}

async function linkAthletes(tx: Tx, resultId: number, athleteIds: readonly number[]): Promise<void> {
  const ids = [...new Set(athleteIds)];
  if (ids.length > 0) await tx.insert(resultAthletes).values(ids.map((athleteId, position) => ({ resultId, athleteId, position })));
}

/** A result as the audit trail keeps it: every field fans see, in plain JSON. */
type ResultSnapshot = ResultFields & { games: string; sport: string; athletes: { id: number; name: AthleteName }[] };

async function snapshot(tx: Tx, resultId: number): Promise<ResultSnapshot | null> {
  const [row] = await tx
    .select({ r: results, sport: sports.slug, games: gamesTable.slug })
    .from(results)
    .innerJoin(sports, eq(sports.id, results.sportId))
    .innerJoin(gamesTable, eq(gamesTable.id, results.gamesId))
    .where(and(eq(results.id, resultId), isNull(results.removedAt)));
  if (!row) return null;
  const named = (await athletesOf(tx, "result", [resultId])).get(resultId) ?? [];
  const { r } = row;
  return {
    games: row.games,
    sport: row.sport,
    medal: r.medal,
    placing: fromTranslatedKeys(r, "placing"),
    // Never null: the schema requires the English event (results_event_required).
    event: fromTranslatedKeys(r, "event") ?? { en: "" },
    team: fromTranslatedKeys(r, "team"),
    athletes: named.map((a) => ({ id: a.id, name: a.name })),
    wonOn: r.wonOn,
    source: r.source,
    note: fromTranslatedKeys(r, "note"),
  };
}

async function audit(tx: Tx, actorId: number, action: string, resultId: number, payload: object, now: Date): Promise<void> {
  await tx.insert(auditLog).values({ actorId, action, entity: "result", entityId: String(resultId), payload, createdAt: now });
}
