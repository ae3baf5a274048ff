// A sport's names in English, Russian and Kazakh and the other names fans type, given by staff from a
// Games' programme (/games): LA 2028's added sports came in English only (docs/sources.md), and only
// staff may give the Russian and Kazakh forms. Saved over the names the editor saw, audited with
// before → after, undone while they are still as saved. The rows have no version of their own in the
// reference data's upgrades, which change a column only where it still holds what the data wrote
// (db/seed/load.ts): a name staff gave is never overwritten. The tables' triggers (migration 0005)
// bump fan_data_version, so lookups, /licenses, /schedule and inline read the new names at once.
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../db/handle.js";
import { sportAliases, sports as sportsTable } from "../db/schema.js";
import { LANGS, type Localized, toLangKeys } from "../lib/languages.js";
import { normaliseTerm } from "../lib/normalise-text.js";
import { isRowId } from "./ids.js";
import { firstTaken, programmeHolds, sportIndexNow } from "./programme-edits.js";
import { announced, type FanStore } from "./read-model.js";
import { toSport } from "./sports.js";
import { auditGamesChange, lockGames, startUndo } from "./staff-audit.js";

/** A sport's names and its aliases (stored normalised, sorted); plain JSON (the conversation and the audit keep it). */
export interface SportNames {
  name: Localized;
  aliases: string[];
}

export interface SportRename {
  gamesId: number;
  sportId: number;
  before: SportNames;
  after: SportNames;
}

const RENAME = "programme.names";
const UNDO = "programme.names-undo";

/** Aliases as they are stored: normalised, once each, sorted. */
export const aliasList = (aliases: readonly string[]) => [...new Set(aliases.map(normaliseTerm))].filter((a) => a.length > 0).sort();

export const sameNames = (a: SportNames, b: SportNames): boolean =>
  LANGS.every((l) => a.name[l] === b.name[l]) && aliasList(a.aliases).join("\n") === aliasList(b.aliases).join("\n");

/** The sport's names as stored, its row locked until the transaction ends (two editors of it go one after the other). */
async function namesNow(tx: Tx, sportId: number): Promise<SportNames | null> {
  const [row] = await tx.select().from(sportsTable).where(eq(sportsTable.id, sportId)).for("update");
  if (!row) return null;
  const aliases = await tx.select({ alias: sportAliases.alias }).from(sportAliases).where(eq(sportAliases.sportId, sportId));
  return { name: toSport(row).name, aliases: aliasList(aliases.map((a) => a.alias)) };
}

/** A sport's names as stored now (what the editor starts from); null when there is no such sport. */
export function sportNamesOf(db: Db, sportId: number): Promise<SportNames | null> {
  return isRowId(sportId) ? db.transaction((tx) => namesNow(tx, sportId)) : Promise.resolve(null);
}

async function writeNames(tx: Tx, sportId: number, names: SportNames): Promise<void> {
  await tx.update(sportsTable).set(toLangKeys(names.name, "name")).where(eq(sportsTable.id, sportId));
  await tx.delete(sportAliases).where(eq(sportAliases.sportId, sportId));
  const aliases = aliasList(names.aliases);
  if (aliases.length > 0) await tx.insert(sportAliases).values(aliases.map((alias) => ({ sportId, alias })));
}

export type RenameSaved =
  | { outcome: "saved"; auditId: number }
  /** The names changed since the editor saw them, or the sport left the programme. */
  | { outcome: "changed" | "gone" }
  /** One of the names names another sport now (one was created or renamed meanwhile). */
  | { outcome: "taken"; name: string; sportId: number };

/** Saves a sport's new names, if they are still as the editor saw them and none names another sport. */
export async function saveSportNames(store: FanStore, actorId: number, rename: SportRename, now: Date): Promise<RenameSaved> {
  const { gamesId, sportId, before, after } = rename;
  if (!isRowId(gamesId) || !isRowId(sportId)) return { outcome: "gone" };
  return announced(store, async (tx) => {
    const games = await lockGames(tx, gamesId);
    if (!games || !(await programmeHolds(tx, games, sportId))) return { outcome: "gone" };
    const stored = await namesNow(tx, sportId);
    if (!stored) return { outcome: "gone" };
    if (!sameNames(stored, before)) return { outcome: "changed" };
    const taken = firstTaken((await sportIndexNow(tx)).index, after, sportId);
    if (taken) return { outcome: "taken", ...taken };
    const saved = { name: after.name, aliases: aliasList(after.aliases) };
    await writeNames(tx, sportId, saved);
    // `subject` names the sport in /audit; before → after show per language, and are what Undo needs.
    const payload = { subject: stored.name, sportId, before: stored, after: saved };
    return { outcome: "saved", auditId: await auditGamesChange(tx, { actorId, action: RENAME, gamesId, now, payload }) };
  });
}

const isNames = (v: unknown): v is SportNames => {
  const n = v as SportNames | null;
  return (
    typeof n === "object" &&
    n !== null &&
    LANGS.every((l) => typeof n.name?.[l] === "string") &&
    Array.isArray(n.aliases) &&
    n.aliases.every((a) => typeof a === "string")
  );
};

/** A rename as its audit row keeps it; null for anything else. */
function recorded(payload: unknown): { sportId: number; before: SportNames; after: SportNames } | null {
  const p = payload as Record<string, unknown> | null;
  if (!p || !isRowId(p.sportId) || !isNames(p.before) || !isNames(p.after)) return null;
  return { sportId: p.sportId, before: p.before, after: p.after };
}

export type RenameUndone =
  | { outcome: "undone"; gamesId: number; name: Localized }
  /** No such change (a forged button), already undone, or the names changed again since (or another sport took one). */
  | { outcome: "gone" | "already" | "changed" };

/** Puts a sport's names back as they were before a rename (its audit row), while they are as it left them; audited. */
export async function undoSportNames(store: FanStore, actorId: number, auditId: number, now: Date): Promise<RenameUndone> {
  if (!isRowId(auditId)) return { outcome: "gone" };
  return announced(store, async (tx) => {
    const change = await startUndo(tx, auditId, { undoable: [RENAME], undo: UNDO }, recorded);
    if (change.outcome !== "open") return change;
    const { games, done } = change;
    const stored = await namesNow(tx, done.sportId);
    if (!stored) return { outcome: "gone" };
    if (!sameNames(stored, done.after)) return { outcome: "changed" };
    if (firstTaken((await sportIndexNow(tx)).index, done.before, done.sportId)) return { outcome: "changed" };
    await writeNames(tx, done.sportId, done.before);
    const payload = { subject: done.after.name, sportId: done.sportId, before: done.after, after: done.before, undoes: auditId };
    await auditGamesChange(tx, { actorId, action: UNDO, gamesId: games.id, now, payload });
    return { outcome: "undone", gamesId: games.id, name: done.before.name };
  });
}
