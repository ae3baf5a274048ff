import { asc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { sportAliases, sports as sportsTable } from "../db/schema.js";
import { fromLangKeys } from "../lib/languages.js";
import { isRowId } from "./ids.js";
import { cached, type Cached } from "../lib/cached.js";
import { indexSports, matchSport, type SportCandidate, type SportIndex, type SportMatch } from "./sport-match.js";
import type { GamesKind, Sport } from "./types.js";

export { editDistance, indexSports, matchSport, MAX_QUERY_CHARS } from "./sport-match.js";
export type { SportCandidate, SportIndex, SportMatch } from "./sport-match.js";

export type SportRow = typeof sportsTable.$inferSelect;

export function toSport(row: SportRow): Sport {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    name: fromLangKeys(row, "name"),
    parentId: row.parentId,
  };
}

/** Condition on a query joined with sports: the sport itself or one of its disciplines. */
export function sportOrItsDisciplines(sportId: number): SQL {
  return sql`(${sportsTable.id} = ${sportId} or ${sportsTable.parentId} = ${sportId})`;
}

/** Sports (and disciplines) ordered by English name. */
export async function listSports(db: Db, opts: { kind?: GamesKind } = {}): Promise<Sport[]> {
  const rows = await db
    .select()
    .from(sportsTable)
    .where(opts.kind ? eq(sportsTable.kind, opts.kind) : undefined)
    .orderBy(asc(sportsTable.nameEn), asc(sportsTable.id));
  return rows.map(toSport);
}

export async function getSport(db: Db, id: number): Promise<Sport | null> {
  if (!isRowId(id)) return null;
  const [row] = await db.select().from(sportsTable).where(eq(sportsTable.id, id)).limit(1);
  return row ? toSport(row) : null;
}

/** Every sport with its names' and aliases' search terms: the input of matchSport. */
export async function loadSportCandidates(db: Db, opts: { kind?: GamesKind } = {}): Promise<SportCandidate[]> {
  const rows = await db
    .select({ sport: sportsTable, alias: sportAliases.alias })
    .from(sportsTable)
    .leftJoin(sportAliases, eq(sportAliases.sportId, sportsTable.id))
    .where(opts.kind ? eq(sportsTable.kind, opts.kind) : undefined);
  const byId = new Map<number, SportCandidate>();
  for (const { sport, alias } of rows) {
    let candidate = byId.get(sport.id);
    if (!candidate) {
      candidate = { sport: toSport(sport), terms: [] };
      byId.set(sport.id, candidate);
    }
    if (alias !== null) candidate.terms.push(alias);
  }
  return [...byId.values()];
}

/** Sports change only when staff edit them; a minute of staleness saves the largest query per lookup. */
export const SPORT_DIRECTORY_TTL_MS = 60_000;

/** Every sport's names and aliases, indexed for matching and kept for `ttlMs` (one per process). */
export function sportDirectory(db: Db, ttlMs = SPORT_DIRECTORY_TTL_MS): Cached<SportIndex> {
  return cached(async () => indexSports(await loadSportCandidates(db)), ttlMs);
}

/** Resolves what a fan typed to a sport, against the (cached) directory. */
export async function resolveSport(
  directory: Cached<SportIndex>,
  query: string,
  opts: { kind?: GamesKind } = {},
): Promise<SportMatch> {
  return matchSport(query, await directory.get(), opts.kind);
}
