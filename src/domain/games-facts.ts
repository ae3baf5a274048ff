// Staff changes to a Games' own facts (/games), one field at a time: written only over the value
// the editor saw (someone else's change meanwhile is never overwritten), audited with before →
// after, and undone while nobody has changed the field since. The games table's trigger
// (migration 0005) bumps fan_data_version in the same commit, so every instance's read model
// picks the change up; this process's at once (announced).
//
// A field is one entry of FIELDS: how its value is read from a games row and written back, as
// plain JSON (the conversation keeps it, the audit row holds it, Undo reads it back from there).
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../db/handle.js";
import { auditLog, games as gamesTable } from "../db/schema.js";
import { fromTranslatedKeys, type Translated, toTranslatedKeys } from "../lib/languages.js";
import type { GamesRow } from "./games.js";
import { isRowId } from "./ids.js";
import { stableJson } from "./license-corrections.js";
import { announced, type FanStore } from "./read-model.js";
import { startUndo } from "./staff-audit.js";

/** A license target as it was stated: `count` licenses, or "more than `count`" when `above`. */
export interface LicenseTarget {
  count: number;
  above: boolean;
}

/** The facts staff keep for a Games, each as the editor sees and sets it. */
export interface GamesFacts {
  /** The team's place in the Olympic (or Paralympic) medal table: current during the Games, final after. */
  medalRank: number | null;
  licenseTarget: LicenseTarget | null;
  /** The opening ceremony's instant (ISO 8601, as JSON keeps it), once its clock time is confirmed. */
  opensAt: string | null;
  /** The Games' note for fans: English (what every language falls back to), Russian and Kazakh where translated. */
  note: Translated | null;
}

export type GamesField = keyof GamesFacts;

/** A field's new value over the one the editor saw. */
export type FactChange = { [F in GamesField]: { field: F; before: GamesFacts[F]; after: GamesFacts[F] } }[GamesField];

/** The highest place a medal table can have: more than every team that ever took part (206 at Paris 2024). */
export const MAX_MEDAL_RANK = 250;
/** The highest license target: well above any team's quota places (Kazakhstan's is about 90). */
export const MAX_LICENSE_TARGET = 1000;
/** A note's length in each language: a few sentences, so the card with all three stays one message. */
export const MAX_NOTE = 500;

type Columns = Partial<typeof gamesTable.$inferInsert>;

const FIELDS: { [F in GamesField]: { read(row: GamesRow): GamesFacts[F]; write(value: GamesFacts[F]): Columns } } = {
  medalRank: { read: (row) => row.medalRank, write: (medalRank) => ({ medalRank }) },
  licenseTarget: {
    read: (row) => (row.licenseTarget === null ? null : { count: row.licenseTarget, above: row.licenseTargetAbove }),
    write: (target) => ({ licenseTarget: target?.count ?? null, licenseTargetAbove: target?.above ?? false }),
  },
  opensAt: {
    read: (row) => row.opensAt?.toISOString() ?? null,
    write: (at) => ({ opensAt: at === null ? null : new Date(at) }),
  },
  note: { read: (row) => fromTranslatedKeys(row, "note"), write: (note) => toTranslatedKeys(note, "note") },
};

/** The fields staff may change, in the order the Games' card lists them. */
export const GAMES_FIELDS: readonly GamesField[] = Object.keys(FIELDS) as GamesField[];

function factsOf(row: GamesRow): GamesFacts {
  // One entry per field of FIELDS, each read as its own type: the object is the GamesFacts it builds.
  return Object.fromEntries(GAMES_FIELDS.map((f) => [f, FIELDS[f].read(row)])) as unknown as GamesFacts;
}

/** A Games' facts as stored now (for the editor's card); null when there is no such Games. */
export async function gamesFacts(db: Db, gamesId: number): Promise<GamesFacts | null> {
  if (!isRowId(gamesId)) return null;
  const [row] = await db.select().from(gamesTable).where(eq(gamesTable.id, gamesId));
  return row ? factsOf(row) : null;
}

const ACTION = { edit: "games.edit", undo: "games.undo" } as const;

export type SetOutcome = { outcome: "saved"; auditId: number } | { outcome: "gone" | "changed" };

/** Sets one fact of a Games, if it still holds `change.before`; audited ("games.edit") with before and after. */
export async function setGamesFact(store: FanStore, actorId: number, gamesId: number, change: FactChange, now: Date): Promise<SetOutcome> {
  if (!isRowId(gamesId)) return { outcome: "gone" };
  return announced(store, async (tx) => {
    const current = await lockedFacts(tx, gamesId);
    if (!current) return { outcome: "gone" };
    if (stableJson(current[change.field]) !== stableJson(change.before)) return { outcome: "changed" };
    const auditId = await write(tx, actorId, gamesId, change, ACTION.edit, now);
    return { outcome: "saved", auditId };
  });
}

export type UndoOutcome =
  | { outcome: "undone"; gamesId: number; change: FactChange }
  /** No such change (a forged button), already undone, or the field changed again since. */
  | { outcome: "gone" | "already" | "changed" };

/** Puts back what a change (its audit row) replaced, while the field still holds what it set; audited ("games.undo"). */
export async function undoGamesFact(store: FanStore, actorId: number, auditId: number, now: Date): Promise<UndoOutcome> {
  if (!isRowId(auditId)) return { outcome: "gone" };
  return announced(store, async (tx) => {
    const undo = await startUndo(tx, auditId, { undoable: [ACTION.edit], undo: ACTION.undo }, toFactChange);
    if (undo.outcome !== "open") return undo;
    const { done } = undo;
    const gamesId = undo.games.id;
    const current = factsOf(undo.games);
    if (stableJson(current[done.field]) !== stableJson(done.after)) return { outcome: "changed" };
    const change = { field: done.field, before: done.after, after: done.before } as FactChange;
    await write(tx, actorId, gamesId, change, ACTION.undo, now, { undoes: auditId });
    return { outcome: "undone", gamesId, change };
  });
}

/** The Games' facts, its row locked until the transaction ends; null when there is no such Games. */
async function lockedFacts(tx: Tx, gamesId: number): Promise<GamesFacts | null> {
  const [row] = await tx.select().from(gamesTable).where(eq(gamesTable.id, gamesId)).for("update");
  return row ? factsOf(row) : null;
}

async function write(tx: Tx, actorId: number, gamesId: number, change: FactChange, action: string, now: Date, extra: object = {}) {
  const columns = (FIELDS[change.field].write as (value: unknown) => Columns)(change.after);
  await tx.update(gamesTable).set(columns).where(eq(gamesTable.id, gamesId));
  const [row] = await tx
    .insert(auditLog)
    .values({
      actorId,
      action,
      entity: "games",
      entityId: String(gamesId),
      // Before and after as objects of the field: the audit log shows them field by field.
      payload: { field: change.field, before: { [change.field]: change.before }, after: { [change.field]: change.after }, ...extra },
      createdAt: now,
    })
    .returning({ id: auditLog.id });
  if (!row) throw new Error("the audit row of a Games change was not written");
  return row.id;
}

/** A change as its audit row keeps it (for Undo and the audit log); null for anything else. */
export function toFactChange(payload: unknown): FactChange | null {
  if (typeof payload !== "object" || payload === null) return null;
  const p = payload as { field?: unknown; before?: Record<string, unknown>; after?: Record<string, unknown> };
  if (typeof p.field !== "string" || !(GAMES_FIELDS as readonly string[]).includes(p.field)) return null;
  const field = p.field as GamesField;
  return { field, before: p.before?.[field] ?? null, after: p.after?.[field] ?? null } as FactChange;
}
