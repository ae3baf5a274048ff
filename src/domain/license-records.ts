// Staff writes to licenses: record one (with its alert), undo, correct, remove. Each write and its
// audit row go in one transaction; the audit row keeps what the license was before and after.
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/handle.js";
import { athletes as athletesTable, auditLog, broadcasts, deliveries, licenseAthletes, licenses as licensesTable } from "../db/schema.js";
import { type Translated, toTranslatedKeys } from "../lib/languages.js";
import { normaliseTerm } from "../lib/normalise-text.js";
import { createAthletes } from "./athlete-links.js";
import { announceLicense, cancelBroadcast } from "./broadcasts.js";
import { findLicense, notRemoved } from "./licenses.js";
import { announced, type FanStore } from "./read-model.js";
import type { AthleteName, License } from "./types.js";

export interface NewLicense {
  gamesId: number;
  sportId: number;
  /** Known athletes, and new ones to create, in the order they are listed (known first). */
  athleteIds: readonly number[];
  newAthletes: readonly AthleteName[];
  team: Translated | null;
  event: Translated | null;
  howWon: Translated | null;
  wonOn: string | null;
  quotaPlaces: number;
  source: string | null;
  /** The qualification event it was won at, when recorded from one. */
  qualifierId?: number | null;
  /**
   * The identity of the staff draft this comes from. Saving the same draft again (a second press,
   * an update replayed after a crash) finds the license saved then and changes nothing.
   */
  draftKey?: string;
}

export interface Recorded {
  licenseId: number;
  /** True when this draft had been saved before: nothing was written now, no second alert. */
  already: boolean;
  /** The alert, when one was asked for: how many chats it will reach and when it starts. */
  alert: { broadcastId: number; audienceSize: number; notBefore: Date } | null;
}

/**
 * Records a license from the staff flow, with its audit row and, when `alertAfterMs` is given, the
 * new-license alert, which starts that long after `now` (the window in which Undo cancels it whole).
 */
export async function recordLicense(
  store: FanStore,
  actorId: number,
  input: NewLicense,
  now: Date,
  alertAfterMs: number | null,
): Promise<Recorded> {
  return announced(store, (tx) => recordIn(tx, actorId, input, now, alertAfterMs));
}

async function recordIn(tx: Tx, actorId: number, input: NewLicense, now: Date, alertAfterMs: number | null): Promise<Recorded> {
  if (input.draftKey !== undefined) {
    // Saves of one draft are one at a time (a staff chat's updates are serialized), and the unique
    // key stops any that is not: it fails the second transaction whole.
    const [saved] = await tx.select({ id: licensesTable.id }).from(licensesTable).where(eq(licensesTable.draftKey, input.draftKey));
    if (saved) return { licenseId: saved.id, already: true, alert: null };
  }
  const created = await createAthletes(tx, input.newAthletes, actorId, now);
  const athleteIds = [...new Set([...input.athleteIds, ...created])];
  const [row] = await tx
    .insert(licensesTable)
    .values({
      gamesId: input.gamesId,
      sportId: input.sportId,
      ...toTranslatedKeys(input.event, "event"),
      ...toTranslatedKeys(input.team, "team"),
      ...toTranslatedKeys(input.howWon, "howWon"),
      wonOn: input.wonOn,
      quotaPlaces: input.quotaPlaces,
      source: input.source,
      qualifierId: input.qualifierId ?? null,
      draftKey: input.draftKey ?? null,
      createdBy: actorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: licensesTable.id });
  const licenseId = row!.id;
  if (athleteIds.length > 0) {
    await tx.insert(licenseAthletes).values(athleteIds.map((athleteId, position) => ({ licenseId, athleteId, position })));
  }
  await audit(tx, actorId, "license.create", licenseId, { after: await snapshot(tx, licenseId) }, now);
  if (alertAfterMs === null) return { licenseId, already: false, alert: null };
  const notBefore = new Date(now.getTime() + alertAfterMs);
  const b = await announceLicense(tx, licenseId, now, { notBefore, createdBy: actorId });
  return { licenseId, already: false, alert: { broadcastId: b.id, audienceSize: b.audienceSize, notBefore } };
}

export type RemoveOutcome =
  /** Removed; its alert (if any) was cancelled before anything was sent. */
  { removed: true; alert: "none" | "cancelled" | "stopped"; sent: number } | { removed: false };

/**
 * Removes a license (soft: kept for the audit trail) and stops its alert: cancelled whole while it
 * had not started, stopped where it stands (what is sent stays sent) after. `action` tells the
 * audit trail whether this was an undo or a removal.
 */
export async function removeLicense(
  store: FanStore,
  actorId: number,
  licenseId: number,
  now: Date,
  action: "license.undo" | "license.remove" = "license.remove",
): Promise<RemoveOutcome> {
  if (!Number.isSafeInteger(licenseId) || licenseId <= 0) return { removed: false };
  return announced(store, async (tx) => {
    const before = await snapshot(tx, licenseId);
    const removed = await tx
      .update(licensesTable)
      .set({ deletedAt: now, deletedBy: actorId, updatedAt: now })
      .where(and(eq(licensesTable.id, licenseId), isNull(licensesTable.deletedAt)))
      .returning({ id: licensesTable.id });
    if (removed.length === 0 || !before) return { removed: false };
    const alert = await stopAlert(tx, licenseId, now);
    await audit(tx, actorId, action, licenseId, { before, alert }, now);
    return { removed: true, ...alert };
  });
}

/** The license's alert, stopped: cancelled whole if nothing was sent yet, else stopped where it stands. */
async function stopAlert(tx: Tx, licenseId: number, now: Date): Promise<{ alert: "none" | "cancelled" | "stopped"; sent: number }> {
  const [b] = await tx
    .select({
      id: broadcasts.id,
      sent: sql<number>`(select count(*)::int from ${deliveries} where ${deliveries.broadcastId} = ${broadcasts.id}
        and ${deliveries.status} in ('sent', 'sending'))`,
    })
    .from(broadcasts)
    .where(eq(broadcasts.dedupeKey, `license:${licenseId}`));
  if (!b) return { alert: "none", sent: 0 };
  await cancelBroadcast(tx, b.id, now);
  return { alert: b.sent === 0 ? "cancelled" : "stopped", sent: b.sent };
}

/** The fields staff may correct, each as stored. */
export interface LicensePatch {
  event?: Translated | null;
  team?: Translated | null;
  howWon?: Translated | null;
  note?: Translated | null;
  wonOn?: string | null;
  quotaPlaces?: number;
  source?: string | null;
  athleteIds?: readonly number[];
  /** The qualification event it was won at (null: none). */
  qualifierId?: number | null;
}

/** Corrects a license (never re-alerting), audited with before and after; false when it is gone. */
export async function correctLicense(
  store: FanStore,
  actorId: number,
  licenseId: number,
  patch: LicensePatch,
  now: Date,
): Promise<boolean> {
  if (!Number.isSafeInteger(licenseId) || licenseId <= 0) return false;
  return announced(store, (tx) => correctIn(tx, actorId, licenseId, patch, now));
}

/** correctLicense within the caller's transaction (which tells the read model). */
export async function correctIn(tx: Tx, actorId: number, licenseId: number, patch: LicensePatch, now: Date): Promise<boolean> {
  const before = await snapshot(tx, licenseId);
  if (!before) return false;
  const set: Partial<typeof licensesTable.$inferInsert> = { updatedAt: now };
  if ("event" in patch) Object.assign(set, toTranslatedKeys(patch.event, "event"));
  if ("team" in patch) Object.assign(set, toTranslatedKeys(patch.team, "team"));
  if ("howWon" in patch) Object.assign(set, toTranslatedKeys(patch.howWon, "howWon"));
  if ("note" in patch) Object.assign(set, toTranslatedKeys(patch.note, "note"));
  if (patch.wonOn !== undefined) set.wonOn = patch.wonOn;
  if (patch.quotaPlaces !== undefined) set.quotaPlaces = patch.quotaPlaces;
  if (patch.source !== undefined) set.source = patch.source;
  if (patch.qualifierId !== undefined) set.qualifierId = patch.qualifierId;
  await tx.update(licensesTable).set(set).where(eq(licensesTable.id, licenseId));
  if (patch.athleteIds) {
    await tx.delete(licenseAthletes).where(eq(licenseAthletes.licenseId, licenseId));
    const ids = [...new Set(patch.athleteIds)];
    if (ids.length > 0) await tx.insert(licenseAthletes).values(ids.map((athleteId, position) => ({ licenseId, athleteId, position })));
  }
  await audit(tx, actorId, "license.edit", licenseId, { before, after: await snapshot(tx, licenseId) }, now);
  return true;
}

/** Staff add or fix an athlete's name forms; audited. */
export async function renameAthlete(store: FanStore, actorId: number, athleteId: number, name: AthleteName, now: Date): Promise<boolean> {
  if (!name.en && !name.ru && !name.kk) return false;
  return announced(store, (tx) => renameIn(tx, actorId, athleteId, name, now));
}

/** renameAthlete within the caller's transaction (which tells the read model). */
export async function renameIn(tx: Tx, actorId: number, athleteId: number, name: AthleteName, now: Date): Promise<boolean> {
  if (!name.en && !name.ru && !name.kk) return false;
  const [before] = await tx.select().from(athletesTable).where(eq(athletesTable.id, athleteId));
  if (!before) return false;
  const [after] = await tx.update(athletesTable).set(toTranslatedKeys(name, "name")).where(eq(athletesTable.id, athleteId)).returning();
  await tx.insert(auditLog).values({
    actorId,
    action: "athlete.edit",
    entity: "athlete",
    entityId: String(athleteId),
    payload: { before: names(before), after: names(after!) },
    createdAt: now,
  });
  return true;
}

const names = (a: typeof athletesTable.$inferSelect) => ({ en: a.nameEn, ru: a.nameRu, kk: a.nameKk });

/** Licenses at the same Games in the same sport with the same event and a shared athlete (or both without). */
export async function likelyDuplicates(db: Db, input: Pick<NewLicense, "gamesId" | "sportId" | "event" | "athleteIds">): Promise<number[]> {
  const rows = await db
    .select({ id: licensesTable.id, eventEn: licensesTable.eventEn })
    .from(licensesTable)
    .where(and(eq(licensesTable.gamesId, input.gamesId), eq(licensesTable.sportId, input.sportId), notRemoved));
  if (rows.length === 0) return [];
  const event = normaliseTerm(input.event?.en ?? "");
  const sameEvent = rows.filter((r) => normaliseTerm(r.eventEn ?? "") === event).map((r) => r.id);
  if (sameEvent.length === 0) return [];
  const links = await db.select().from(licenseAthletes).where(inArray(licenseAthletes.licenseId, sameEvent));
  const wanted = new Set(input.athleteIds);
  return sameEvent.filter((id) => {
    const mine = links.filter((l) => l.licenseId === id).map((l) => l.athleteId);
    return wanted.size === 0 ? mine.length === 0 : mine.some((a) => wanted.has(a));
  });
}

/** The latest licenses staff recorded or may correct, newest first. */
export async function recentLicenseIds(db: Db, limit = 10): Promise<number[]> {
  const rows = await db
    .select({ id: licensesTable.id })
    .from(licensesTable)
    .where(notRemoved)
    .orderBy(desc(licensesTable.updatedAt), desc(licensesTable.id))
    .limit(Math.max(1, Math.min(limit, 50)));
  return rows.map((r) => r.id);
}

export interface AuditEntry {
  id: number;
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  payload: unknown;
  createdAt: Date;
}

/** The latest changes, newest first. */
export async function auditTrail(db: Db, limit = 20): Promise<AuditEntry[]> {
  return db
    .select()
    .from(auditLog)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(Math.max(1, Math.min(limit, 100)));
}

/** A license as the audit trail keeps it: every field fans see, in plain JSON, and the event it was won at. */
async function snapshot(
  tx: Tx,
  licenseId: number,
): Promise<(Omit<License, "sport"> & { sport: string; qualifierId: number | null }) | null> {
  const found = await findLicense(tx, licenseId);
  if (!found) return null;
  const [row] = await tx.select({ qualifierId: licensesTable.qualifierId }).from(licensesTable).where(eq(licensesTable.id, licenseId));
  const { sport, ...rest } = found.license;
  return { ...rest, sport: sport.slug, qualifierId: row?.qualifierId ?? null };
}

async function audit(tx: Tx, actorId: number, action: string, licenseId: number, payload: object, now: Date): Promise<void> {
  await tx.insert(auditLog).values({ actorId, action, entity: "license", entityId: String(licenseId), payload, createdAt: now });
}
