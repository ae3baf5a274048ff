// Staff writes to qualification events: add one, edit it, close it with its outcome (and the
// summary to the sport's subscribers), reopen it, remove it. Each write and its audit row go in one
// transaction; the audit row keeps what the event was before and after. The staff conversations
// (/addqualifier, /editqualifier) call these.
import { and, eq, inArray, isNull, like, sql } from "drizzle-orm";
import type { Tx } from "../db/handle.js";
import { auditLog, broadcasts, licenses as licensesTable, qualificationEventAthletes, qualificationEvents } from "../db/schema.js";
import { type Translated, toTranslatedKeys } from "../lib/languages.js";
import { isValidTimeZone } from "../lib/zoned-time.js";
import { createAthletes } from "./athlete-links.js";
import { cancelBroadcast, createBroadcast } from "./broadcasts.js";
import { notRemoved } from "./licenses.js";
import { findQualifier, hasBegun } from "./qualifiers.js";
import { announced, type FanStore } from "./read-model.js";
import type { AthleteName, Place } from "./types.js";

/** What staff give for an event: every field of it. */
export interface QualifierFields {
  gamesId: number;
  sportId: number;
  /** English required. */
  name: Translated;
  event: Translated | null;
  place: Place | null;
  /** The host's IANA zone: its days are this zone's dates. */
  hostTz: string;
  /** Host-local dates, YYYY-MM-DD; lastDay on or after firstDay. */
  firstDay: string;
  lastDay: string;
  /** Quota places it awards in all, when known. */
  quotaPlaces: number | null;
  source: string | null;
  /** The team's entries (known athletes), in listed order. */
  athleteIds: readonly number[];
}

export interface NewQualifier extends QualifierFields {
  /** Entries not known yet, created with it (listed after `athleteIds`). */
  newAthletes?: readonly AthleteName[];
  /** The staff draft it comes from: saving the same draft again finds this event and changes nothing. */
  draftKey?: string;
}

/** The fields staff may change; a missing one stays as it is. New entries are created with the change (listed after `athleteIds`). */
export type QualifierPatch = Partial<QualifierFields> & { newAthletes?: readonly AthleteName[] };

/** A zone the dates could not be read in is the caller's mistake (a flow checks what staff type). */
function checkZone(tz: string | undefined): void {
  if (tz !== undefined && !isValidTimeZone(tz)) throw new RangeError(`not an IANA time zone: ${tz}`);
}

function columns(f: QualifierPatch): Partial<typeof qualificationEvents.$inferInsert> {
  const set: Partial<typeof qualificationEvents.$inferInsert> = {};
  if (f.gamesId !== undefined) set.gamesId = f.gamesId;
  if (f.sportId !== undefined) set.sportId = f.sportId;
  if (f.name !== undefined) Object.assign(set, toTranslatedKeys(f.name, "name"), { nameEn: f.name.en });
  if (f.event !== undefined) Object.assign(set, toTranslatedKeys(f.event, "event"));
  if (f.place !== undefined) Object.assign(set, toTranslatedKeys(f.place?.city, "place"), { placeCountry: f.place?.country ?? null });
  if (f.hostTz !== undefined) set.hostTz = f.hostTz;
  if (f.firstDay !== undefined) set.firstDay = f.firstDay;
  if (f.lastDay !== undefined) set.lastDay = f.lastDay;
  if (f.quotaPlaces !== undefined) set.quotaPlaces = f.quotaPlaces;
  if (f.source !== undefined) set.source = f.source;
  return set;
}

async function setEntries(tx: Tx, qualifierId: number, athleteIds: readonly number[]): Promise<void> {
  await tx.delete(qualificationEventAthletes).where(eq(qualificationEventAthletes.qualifierId, qualifierId));
  const ids = [...new Set(athleteIds)];
  if (ids.length > 0)
    await tx.insert(qualificationEventAthletes).values(ids.map((athleteId, position) => ({ qualifierId, athleteId, position })));
}

/** Adds an event, with its audit row; `already` when this draft was saved before (nothing written now). */
export async function addQualifier(
  store: FanStore,
  actorId: number,
  input: NewQualifier,
  now: Date,
): Promise<{ qualifierId: number; already: boolean }> {
  checkZone(input.hostTz);
  return announced(store, async (tx) => {
    if (input.draftKey !== undefined) {
      const [saved] = await tx
        .select({ id: qualificationEvents.id })
        .from(qualificationEvents)
        .where(eq(qualificationEvents.draftKey, input.draftKey));
      if (saved) return { qualifierId: saved.id, already: true };
    }
    const created = await createAthletes(tx, input.newAthletes, actorId, now);
    const [row] = await tx
      .insert(qualificationEvents)
      .values({
        ...(columns(input) as typeof qualificationEvents.$inferInsert),
        draftKey: input.draftKey ?? null,
        createdBy: actorId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: qualificationEvents.id });
    if (!row) throw new Error("the new qualification event was not returned");
    const qualifierId = row.id;
    await setEntries(tx, qualifierId, [...input.athleteIds, ...created]);
    await audit(tx, actorId, "qualifier.create", qualifierId, { after: await snapshot(tx, qualifierId) }, now);
    return { qualifierId, already: false };
  });
}

/** Changes some fields of an event, audited with before and after; false when there is no such event. */
export async function editQualifier(
  store: FanStore,
  actorId: number,
  qualifierId: number,
  patch: QualifierPatch,
  now: Date,
): Promise<boolean> {
  checkZone(patch.hostTz);
  return announced(store, async (tx) => {
    const before = await snapshot(tx, qualifierId);
    if (!before) return false;
    await tx
      .update(qualificationEvents)
      .set({ ...columns(patch), updatedAt: now })
      .where(eq(qualificationEvents.id, qualifierId));
    if (patch.athleteIds || patch.newAthletes?.length) {
      const created = await createAthletes(tx, patch.newAthletes, actorId, now);
      await setEntries(tx, qualifierId, [...(patch.athleteIds ?? before.athletes.map((a) => a.id)), ...created]);
    }
    await audit(tx, actorId, "qualifier.edit", qualifierId, { before, after: await snapshot(tx, qualifierId) }, now);
    return true;
  });
}

export type CloseOutcome =
  | {
      status: "closed";
      /** Licenses won there, counted when it was closed. */
      licenses: number;
      /** The summary broadcast, unless none was asked for. */
      summary: { broadcastId: number; audienceSize: number; notBefore: Date } | null;
    }
  | { status: "already" | "missing" }
  /** Not begun yet in its host's calendar (qualifiers.ts, hasBegun): nothing was changed. Its first day as recorded. */
  | { status: "ahead"; firstDay: string };

/**
 * Closes an event with its outcome: the licenses won there are those recorded from it, and any of
 * `licenseIds` (licenses recorded before it was) now linked to it. Unless `summaryAfterMs` is null,
 * its summary ("2 licenses won", or the next chance) goes to the chats that want the sport's
 * license alerts, `summaryAfterMs` after `now` (Undo's window) and never before the alerts of the
 * licenses won there, which it follows.
 */
export async function closeQualifier(
  store: FanStore,
  actorId: number,
  qualifierId: number,
  now: Date,
  opts: { licenseIds?: readonly number[]; summaryAfterMs?: number | null } = {},
): Promise<CloseOutcome> {
  return announced(store, async (tx) => {
    const before = await snapshot(tx, qualifierId);
    if (!before) return { status: "missing" };
    if (before.closedAt !== null) return { status: "already" };
    if (!hasBegun(before, now)) return { status: "ahead", firstDay: before.firstDay };
    if (opts.licenseIds?.length) {
      await tx
        .update(licensesTable)
        .set({ qualifierId, updatedAt: now })
        .where(and(inArray(licensesTable.id, [...opts.licenseIds]), notRemoved));
    }
    await tx
      .update(qualificationEvents)
      .set({ closedAt: now, closedBy: actorId, updatedAt: now })
      .where(eq(qualificationEvents.id, qualifierId));
    const after = await snapshot(tx, qualifierId);
    const found = await findQualifier(tx, qualifierId);
    await audit(tx, actorId, "qualifier.close", qualifierId, { before, after }, now);
    const licenses = found?.qualifier.licenses.length ?? 0;
    if (!found || opts.summaryAfterMs === null) return { status: "closed", licenses, summary: null };
    const { qualifier, games } = found;
    const alertsEnd = await latestAlert(
      tx,
      qualifier.licenses.map((l) => l.id),
    );
    const asked = now.getTime() + (opts.summaryAfterMs ?? 0);
    const notBefore = new Date(Math.max(asked, alertsEnd?.getTime() ?? 0));
    const b = await createBroadcast(
      tx,
      {
        // One per closing: a reopened event closed again announces its new outcome.
        dedupeKey: `${summaryKeyPrefix(qualifierId)}${now.toISOString()}`,
        kind: "qualifier",
        payload: { qualifierId, stage: "summary" },
        audience: { type: "license", sport: qualifier.sport, kind: games.kind },
        notBefore,
        createdBy: actorId,
      },
      now,
    );
    return { status: "closed", licenses, summary: { broadcastId: b.id, audienceSize: b.audienceSize, notBefore } };
  });
}

const summaryKeyPrefix = (qualifierId: number) => `qualifier:${qualifierId}:summary:`;

/** When the last of these licenses' alerts (still to send) may start: the summary waits for it. */
async function latestAlert(tx: Tx, licenseIds: readonly number[]): Promise<Date | null> {
  if (licenseIds.length === 0) return null;
  const [row] = await tx
    .select({ at: sql<Date | null>`max(${broadcasts.notBefore})`.mapWith(broadcasts.notBefore) })
    .from(broadcasts)
    .where(
      and(
        inArray(
          broadcasts.dedupeKey,
          licenseIds.map((id) => `license:${id}`),
        ),
        eq(broadcasts.status, "sending"),
      ),
    );
  return row?.at ?? null;
}

/**
 * Opens a closed event again (staff closed it too soon, or by mistake): its summary is stopped,
 * cancelled whole when nothing was sent yet. The licenses stay linked to it.
 */
export async function reopenQualifier(
  store: FanStore,
  actorId: number,
  qualifierId: number,
  now: Date,
): Promise<{ reopened: boolean; summaryStopped: boolean }> {
  return announced(store, async (tx) => {
    const before = await snapshot(tx, qualifierId);
    if (!before || before.closedAt === null) return { reopened: false, summaryStopped: false };
    await tx
      .update(qualificationEvents)
      .set({ closedAt: null, closedBy: null, updatedAt: now })
      .where(eq(qualificationEvents.id, qualifierId));
    const summaryStopped = await stopSummaries(tx, qualifierId, now);
    await audit(tx, actorId, "qualifier.reopen", qualifierId, { before, after: await snapshot(tx, qualifierId) }, now);
    return { reopened: true, summaryStopped };
  });
}

/** Stops an event's summaries not sent yet (cancelled whole when nothing was sent); true when there was one. */
export async function stopSummaries(tx: Tx, qualifierId: number, now: Date): Promise<boolean> {
  const sending = await tx
    .select({ id: broadcasts.id })
    .from(broadcasts)
    .where(and(like(broadcasts.dedupeKey, `${summaryKeyPrefix(qualifierId)}%`), eq(broadcasts.status, "sending")));
  for (const b of sending) await cancelBroadcast(tx, b.id, now);
  return sending.length > 0;
}

/**
 * Removes an event (soft: kept for the audit trail; fans no longer see it, its reminder and summary
 * are not sent). Licenses won there keep their link. `action` tells an undo from a removal.
 */
export async function removeQualifier(
  store: FanStore,
  actorId: number,
  qualifierId: number,
  now: Date,
  action: "qualifier.remove" | "qualifier.undo" = "qualifier.remove",
): Promise<boolean> {
  return announced(store, async (tx) => {
    const before = await snapshot(tx, qualifierId);
    if (!before) return false;
    await withdrawQualifiers(tx, [qualifierId], actorId, now);
    await audit(tx, actorId, action, qualifierId, { before }, now);
    return true;
  });
}

/**
 * Takes events away (soft, as removeQualifier does, which audits it; an import's Undo audits its
 * own): fans no longer see them, and a reminder or summary not sent yet goes too.
 */
export async function withdrawQualifiers(tx: Tx, qualifierIds: readonly number[], actorId: number, now: Date): Promise<void> {
  if (qualifierIds.length === 0) return;
  await tx
    .update(qualificationEvents)
    .set({ removedAt: now, removedBy: actorId, updatedAt: now })
    .where(and(inArray(qualificationEvents.id, [...qualifierIds]), isNull(qualificationEvents.removedAt)));
  // Few qualifier broadcasts are ever sending at once: read them all, keep these events' ("qualifier:<id>:…").
  const withdrawn = new Set(qualifierIds.map(String));
  const sending = await tx
    .select({ id: broadcasts.id, key: broadcasts.dedupeKey })
    .from(broadcasts)
    .where(and(like(broadcasts.dedupeKey, "qualifier:%"), eq(broadcasts.status, "sending")));
  for (const b of sending) if (withdrawn.has(b.key.split(":")[1] ?? "")) await cancelBroadcast(tx, b.id, now);
}

/** An event as the audit trail keeps it: every field fans see, in plain JSON (the sport by slug, licenses by id). */
async function snapshot(tx: Tx, qualifierId: number) {
  const found = await findQualifier(tx, qualifierId);
  if (!found) return null;
  const { sport, licenses, closedAt, ...rest } = found.qualifier;
  return { ...rest, sport: sport.slug, closedAt: closedAt?.toISOString() ?? null, licenses: licenses.map((l) => l.id) };
}

async function audit(tx: Tx, actorId: number, action: string, qualifierId: number, payload: object, now: Date): Promise<void> {
  await tx.insert(auditLog).values({ actorId, action, entity: "qualifier", entityId: String(qualifierId), payload, createdAt: now });
}
