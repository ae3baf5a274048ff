// The audit rows of the changes staff make to a Games from /games (its facts, programme and windows):
// each written in the change's own transaction, and the start every Undo of one shares.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../db/handle.js";
import { auditLog, games as gamesTable } from "../db/schema.js";
import type { GamesRow } from "./games.js";

/** Writes an audit row about a Games and returns its id. */
export async function auditGamesChange(
  tx: Tx,
  row: { actorId: number; action: string; gamesId: number; payload: object; now: Date },
): Promise<number> {
  const [written] = await tx
    .insert(auditLog)
    .values({
      actorId: row.actorId,
      action: row.action,
      entity: "games",
      entityId: String(row.gamesId),
      payload: row.payload,
      createdAt: row.now,
    })
    .returning({ id: auditLog.id });
  if (!written) throw new Error(`the audit row of a ${row.action} was not written`);
  return written.id;
}

/** An audited change of one of `actions` about a Games, by its audit id: the Games and what was recorded; null when there is none. */
async function auditedGamesChange(
  tx: Tx,
  auditId: number,
  actions: readonly string[],
): Promise<{ gamesId: number; action: string; payload: unknown } | null> {
  const [row] = await tx
    .select({ entityId: auditLog.entityId, action: auditLog.action, payload: auditLog.payload })
    .from(auditLog)
    .where(and(eq(auditLog.id, auditId), eq(auditLog.entity, "games"), inArray(auditLog.action, [...actions])));
  const gamesId = Number(row?.entityId);
  return row && Number.isInteger(gamesId) ? { gamesId, action: row.action, payload: row.payload } : null;
}

/** Whether an Undo (`undoAction`) of the audit row `auditId` was already written. */
async function alreadyUndone(tx: Tx, gamesId: number, undoAction: string, auditId: number): Promise<boolean> {
  const [undone] = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, "games"),
        eq(auditLog.entityId, String(gamesId)),
        eq(auditLog.action, undoAction),
        sql`${auditLog.payload}->>'undoes' = ${String(auditId)}`,
      ),
    );
  return undone !== undefined;
}

/**
 * The Games row, locked until the transaction ends: every change to a Games' programme and windows
 * takes this lock first, so two editors (or two Undo presses) of one Games go one after the other.
 */
export async function lockGames(tx: Tx, gamesId: number): Promise<GamesRow | null> {
  const [row] = await tx.select().from(gamesTable).where(eq(gamesTable.id, gamesId)).for("update");
  return row ?? null;
}

/**
 * The start of every Undo of a Games change: its audit row (one of `actions`) read by `recorded`,
 * the Games locked first (of two Undo presses at once, the second sees the first's audit row), and
 * whether it was undone already. "gone": no such change, or one `recorded` cannot read.
 */
export async function startUndo<T>(
  tx: Tx,
  auditId: number,
  actions: { undoable: readonly string[]; undo: string },
  recorded: (payload: unknown) => T | null,
): Promise<{ outcome: "gone" | "already" } | { outcome: "open"; games: GamesRow; action: string; done: T }> {
  const change = await auditedGamesChange(tx, auditId, actions.undoable);
  const done = change && recorded(change.payload);
  const games = change && done && (await lockGames(tx, change.gamesId));
  if (!change || !done || !games) return { outcome: "gone" };
  if (await alreadyUndone(tx, games.id, actions.undo, auditId)) return { outcome: "already" };
  return { outcome: "open", games, action: change.action, done };
}
