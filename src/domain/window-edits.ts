// Staff changes to a Games' competition windows (/games): a sport's first and last day (host-local
// dates) and, where known, the clock time of its first start; added, changed or removed. Saved only
// over the window the editor saw and only for a sport of the Games' programme, audited with before
// → after, undone while the window is still as the change left it. The competition_windows trigger
// (migration 0005) bumps fan_data_version: /schedule and the calendar feeds follow on every instance.
import { and, eq } from "drizzle-orm";
import type { Tx } from "../db/handle.js";
import { competitionWindows, sports as sportsTable } from "../db/schema.js";
import { hostTime } from "../lib/zoned-time.js";
import { isRowId } from "./ids.js";
import { programmeHolds } from "./programme-edits.js";
import { announced, type FanStore } from "./read-model.js";
import { toSport } from "./sports.js";
import { auditGamesChange, lockGames, startUndo } from "./staff-audit.js";

/** A window's days and first start (an ISO instant, so the conversation keeps it as plain JSON). */
export interface WindowDays {
  firstDay: string;
  lastDay: string;
  startsAt: string | null;
}

/** A sport's window at a Games: `before` as the editor saw it, `after` as it is to be; null where there is none. */
export interface WindowChange {
  gamesId: number;
  sportId: number;
  before: WindowDays | null;
  after: WindowDays | null;
}

type WindowRow = typeof competitionWindows.$inferSelect;
/** A window row as the audit log keeps it (the note too, so an Undo of a removal gives it back whole). */
type WindowSnapshot = Omit<WindowRow, "id" | "startsAt"> & { startsAt: string | null };

const ACTIONS = { add: "window.add", edit: "window.edit", remove: "window.remove" } as const;
const UNDO = "window.undo";

const daysOf = (w: { firstDay: string; lastDay: string; startsAt: Date | string | null }): WindowDays => ({
  firstDay: w.firstDay,
  lastDay: w.lastDay,
  startsAt: w.startsAt === null ? null : new Date(w.startsAt).toISOString(),
});
/** Field by field: what the conversation kept comes back from JSONB, its keys in another order. */
const sameDays = (a: WindowDays | null, b: WindowDays | null) =>
  a === null || b === null ? a === b : a.firstDay === b.firstDay && a.lastDay === b.lastDay && a.startsAt === b.startsAt;
const snapshot = ({ id: _id, ...w }: WindowRow): WindowSnapshot => ({ ...w, startsAt: w.startsAt?.toISOString() ?? null });

async function windowOf(tx: Tx, gamesId: number, sportId: number): Promise<WindowRow | null> {
  const [row] = await tx
    .select()
    .from(competitionWindows)
    .where(and(eq(competitionWindows.gamesId, gamesId), eq(competitionWindows.sportId, sportId)));
  return row ?? null;
}

/** Makes a sport's window at a Games `after` (none: removed), keeping its note while it stays. */
async function writeWindow(tx: Tx, current: WindowRow | null, gamesId: number, sportId: number, after: WindowSnapshot | WindowDays | null) {
  if (after === null) {
    if (current) await tx.delete(competitionWindows).where(eq(competitionWindows.id, current.id));
    return;
  }
  const values = { ...after, gamesId, sportId, startsAt: after.startsAt === null ? null : new Date(after.startsAt) };
  if (current) await tx.update(competitionWindows).set(values).where(eq(competitionWindows.id, current.id));
  else await tx.insert(competitionWindows).values(values);
}

/** What /audit shows of a window: its days and the first start in the host's clock ("09:30"), never an instant. */
function shown(w: WindowDays | null, hostTz: string): object {
  if (!w) return {};
  return { firstDay: w.firstDay, lastDay: w.lastDay, firstStart: w.startsAt === null ? null : hostTime(new Date(w.startsAt), hostTz) };
}

export type WindowSaved = { outcome: "saved"; auditId: number } | { outcome: "changed" | "gone" | "not-in-programme" };

/** Saves a change of a sport's window, if the window is still as the editor saw it; audited with before → after. */
export async function saveWindowChange(store: FanStore, actorId: number, change: WindowChange, now: Date): Promise<WindowSaved> {
  if (!isRowId(change.gamesId) || !isRowId(change.sportId)) return { outcome: "gone" };
  return announced(store, async (tx) => {
    const games = await lockGames(tx, change.gamesId);
    const [sport] = await tx.select().from(sportsTable).where(eq(sportsTable.id, change.sportId));
    if (!games || !sport) return { outcome: "gone" };
    const current = await windowOf(tx, games.id, sport.id);
    if (!sameDays(current && daysOf(current), change.before)) return { outcome: "changed" };
    if (change.after && !(await programmeHolds(tx, games, sport.id))) return { outcome: "not-in-programme" };
    await writeWindow(tx, current, games.id, sport.id, change.after);
    const after = await windowOf(tx, games.id, sport.id);
    const action = change.before === null ? ACTIONS.add : change.after === null ? ACTIONS.remove : ACTIONS.edit;
    const auditId = await auditGamesChange(tx, {
      actorId,
      action,
      gamesId: games.id,
      now,
      payload: {
        subject: toSport(sport).name,
        before: shown(change.before, games.hostTz),
        after: shown(change.after, games.hostTz),
        // What Undo needs: the rows themselves.
        sportId: sport.id,
        windowBefore: current && snapshot(current),
        windowAfter: after && snapshot(after),
      },
    });
    return { outcome: "saved", auditId };
  });
}

export type WindowUndone =
  | { outcome: "undone"; gamesId: number; sportId: number; change: WindowChange }
  /** No such change (a forged button), already undone, the window changed since, or its sport left the programme. */
  | { outcome: "gone" | "already" | "changed" };

function recorded(
  payload: unknown,
): { sportId: number; before: WindowSnapshot | null; after: WindowSnapshot | null; shown: [object, object] } | null {
  if (typeof payload !== "object" || payload === null) return null;
  const p = payload as Record<string, unknown>;
  const window = (v: unknown) => (typeof v === "object" ? (v as WindowSnapshot | null) : undefined);
  const before = window(p.windowBefore);
  const after = window(p.windowAfter);
  if (!isRowId(p.sportId) || before === undefined || after === undefined) return null;
  return { sportId: p.sportId, before, after, shown: [Object(p.before), Object(p.after)] };
}

/** Puts a sport's window back as it was before a change (its audit row), while it is as the change left it; audited ("window.undo"). */
export async function undoWindowChange(store: FanStore, actorId: number, auditId: number, now: Date): Promise<WindowUndone> {
  if (!isRowId(auditId)) return { outcome: "gone" };
  return announced(store, async (tx) => {
    const change = await startUndo(tx, auditId, { undoable: Object.values(ACTIONS), undo: UNDO }, recorded);
    if (change.outcome !== "open") return change;
    const { games, done } = change;
    const current = await windowOf(tx, games.id, done.sportId);
    if (!sameDays(current && daysOf(current), done.after && daysOf(done.after))) return { outcome: "changed" };
    if (done.before && !(await programmeHolds(tx, games, done.sportId))) return { outcome: "changed" };
    await writeWindow(tx, current, games.id, done.sportId, done.before);
    const [sport] = await tx.select().from(sportsTable).where(eq(sportsTable.id, done.sportId));
    await auditGamesChange(tx, {
      actorId,
      action: UNDO,
      gamesId: games.id,
      now,
      payload: {
        subject: sport ? toSport(sport).name : null,
        before: done.shown[1],
        after: done.shown[0],
        undoes: auditId,
        sportId: done.sportId,
        windowBefore: done.after,
        windowAfter: done.before,
      },
    });
    const days = (w: WindowSnapshot | null) => w && daysOf(w);
    return {
      outcome: "undone",
      gamesId: games.id,
      sportId: done.sportId,
      change: { gamesId: games.id, sportId: done.sportId, before: days(done.after), after: days(done.before) },
    };
  });
}
