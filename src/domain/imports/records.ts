// Applying an import and undoing it, each in one transaction with one audit row. The apply row
// ("import.apply") keeps every row it touched, before (null for a new one) and after, and the
// athletes it created; Undo ("import.undo") puts exactly those rows back as they were, and only
// while they are still as the import left them: a row changed since (by staff, another import)
// makes Undo refuse and name its line, rather than overwrite that change. Imports are one at a
// time (an advisory lock), so two presses of Apply, on any instance, cannot both write.
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/handle.js";
import { athletes as athletesTable, auditLog } from "../../db/schema.js";
import { createAthletes } from "../athlete-links.js";
import { announced, type FanStore } from "../read-model.js";
import type { Fields } from "./kind.js";
import { sameFields } from "./kind.js";
import { type CheckOptions, checkImport, type ImportCheck } from "./plan.js";
import { kindNamed } from "./registry.js";

/** Arbitrary app-wide key for the imports' advisory lock: "olympic-bot imports". */
const IMPORT_LOCK = 7_207_202_411;

export interface ImportCounts {
  new: number;
  changed: number;
  unchanged: number;
}

/** One touched row as the audit row keeps it. */
interface Touched {
  line: number;
  id: number;
  before: Fields | null;
  after: Fields;
}

/** The apply row's payload. */
interface ApplyPayload {
  kind: string;
  file: string;
  digest: string;
  counts: ImportCounts;
  /** Athletes the import created (Undo removes those nothing else names by then). */
  athletes: number[];
  rows: Touched[];
}

export type ApplyOutcome =
  | { status: "applied"; auditId: number; kind: string; counts: ImportCounts; athletes: number }
  /** This very plan was applied before (a second press): nothing was written now. */
  | { status: "already"; auditId: number }
  /** The file or the stored data is no longer what the preview showed: nothing was written; here is the check as it is now. */
  | { status: "changed"; check: ImportCheck };

/**
 * Applies the file as previewed (`digest`): checked again inside the transaction, written only if
 * its plan is the same. No alerts: an import is data entry, not news (the preview says so).
 */
export async function applyImport(
  store: FanStore,
  actorId: number,
  file: { bytes: Uint8Array; name: string },
  digest: string,
  opts: CheckOptions,
): Promise<ApplyOutcome> {
  return announced(store, async (tx) => {
    await lock(tx);
    const check = await checkImport(tx, file.bytes, opts);
    if (check.status !== "ready") return { status: "changed", check };
    const { plan } = check;
    const previous = await latestWithDigest(tx, plan.kind.name, digest);
    if (previous?.action === "import.apply") return { status: "already", auditId: previous.id };
    // Nothing to write (a forged or stale button: a preview without changes has no Apply) is no change to audit either.
    if (plan.digest !== digest || plan.counts.new + plan.counts.changed === 0) return { status: "changed", check };

    const { kind, rows, newAthletes, counts } = plan;
    const made = await createAthletes(
      tx,
      newAthletes.map((a) => a.name),
      actorId,
      opts.now,
    );
    const created = new Map(newAthletes.map((a, i) => [a.id, made[i] ?? a.id]));
    const fresh = rows.filter((r) => r.op === "new").map((r) => ({ ...r, fields: kind.withAthletes(r.fields, created) }));
    const ids = await kind.insert(
      tx,
      fresh.map((r) => r.fields),
      actorId,
      opts.now,
    );
    const changed = rows.flatMap((r) =>
      r.op === "changed" && r.id !== null
        ? [{ line: r.line, id: r.id, before: r.before, after: kind.withAthletes(r.fields, created) }]
        : [],
    );
    await kind.update(
      tx,
      changed.map((r) => ({ id: r.id, fields: r.after })),
      actorId,
      opts.now,
    );
    const touched: Touched[] = [...fresh.map((r, i) => ({ line: r.line, id: ids[i] ?? 0, before: null, after: r.fields })), ...changed];
    const payload: ApplyPayload = {
      kind: kind.name,
      file: file.name,
      digest,
      counts,
      athletes: made,
      rows: touched.sort((a, b) => a.line - b.line),
    };
    const [row] = await tx
      .insert(auditLog)
      .values({ actorId, action: "import.apply", entity: "import", entityId: kind.name, payload, createdAt: opts.now })
      .returning({ id: auditLog.id });
    return { status: "applied", auditId: row?.id ?? 0, kind: kind.name, counts, athletes: made.length };
  });
}

export type UndoOutcome =
  | { status: "undone"; kind: string; removed: number; restored: number }
  /** No such import (or a forged id). */
  | { status: "unknown" }
  | { status: "already" }
  /** Rows changed since the import, by their lines in its file: nothing was undone. */
  | { status: "conflict"; kind: string; lines: number[] };

/** Puts back what one import changed, as one change, audited ("import.undo"). */
export async function undoImport(store: FanStore, actorId: number, auditId: number, now: Date): Promise<UndoOutcome> {
  if (!Number.isSafeInteger(auditId) || auditId <= 0) return { status: "unknown" };
  return announced(store, async (tx) => {
    await lock(tx);
    const [applied] = await tx
      .select({ payload: auditLog.payload })
      .from(auditLog)
      .where(and(eq(auditLog.id, auditId), eq(auditLog.action, "import.apply")));
    const payload = applied?.payload as ApplyPayload | undefined;
    const kind = payload ? kindNamed(payload.kind) : null;
    if (!payload || !kind) return { status: "unknown" };
    const [undone] = await tx
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, "import.undo"), sql`${auditLog.payload}->>'undoes' = ${String(auditId)}`));
    if (undone) return { status: "already" };

    const current = new Map((await kind.stored(tx)).map((s) => [s.id, s.fields]));
    const conflicts = payload.rows.filter((r) => {
      const now = current.get(r.id);
      return !now || !sameFields(now, r.after);
    });
    if (conflicts.length > 0) return { status: "conflict", kind: kind.name, lines: conflicts.map((r) => r.line) };

    const created = payload.rows.filter((r) => r.before === null).map((r) => r.id);
    await kind.remove(tx, created, actorId, now);
    await kind.update(
      tx,
      payload.rows.flatMap((r) => (r.before === null ? [] : [{ id: r.id, fields: r.before }])),
      actorId,
      now,
    );
    await removeUnnamedAthletes(tx, payload.athletes);
    const restored = payload.rows.length - created.length;
    await tx.insert(auditLog).values({
      actorId,
      action: "import.undo",
      entity: "import",
      entityId: kind.name,
      payload: { undoes: auditId, kind: kind.name, digest: payload.digest, removed: created.length, restored },
      createdAt: now,
    });
    return { status: "undone", kind: kind.name, removed: created.length, restored };
  });
}

async function lock(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
}

/** The latest apply or undo of a plan: an apply means this plan is in place. */
async function latestWithDigest(tx: Tx, kind: string, digest: string): Promise<{ id: number; action: string } | undefined> {
  const [row] = await tx
    .select({ id: auditLog.id, action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entity, "import"), eq(auditLog.entityId, kind), sql`${auditLog.payload}->>'digest' = ${digest}`))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

/**
 * The athletes an undone import created, removed where nothing names them any more. One another
 * row has named since (a license recorded with them) stays: the delete of those fails on their
 * foreign key, inside a savepoint, and each is then tried alone.
 */
async function removeUnnamedAthletes(tx: Tx, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const removeAll = (these: readonly number[]) =>
    tx.transaction((sp) => sp.delete(athletesTable).where(inArray(athletesTable.id, [...these])));
  try {
    await removeAll(ids);
  } catch {
    for (const id of ids) await removeAll([id]).catch(() => {});
  }
}
