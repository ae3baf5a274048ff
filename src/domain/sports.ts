import { asc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { sportAliases, sports as sportsTable } from "../db/schema.js";
import { isRowId } from "./ids.js";
import { matchSport, type SportCandidate, type SportMatch } from "./sport-match.js";
import type { GamesKind, Sport } from "./types.js";

export { editDistance, indexSports, matchSport, MAX_QUERY_CHARS, normaliseTerm } from "./sport-match.js";
export type { SportCandidate, SportIndex, SportMatch } from "./sport-match.js";

export type SportRow = typeof sportsTable.$inferSelect;

export function toSport(row: SportRow): Sport {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    name: { en: row.nameEn, ru: row.nameRu, kk: row.nameKk },
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

/** Resolves what a fan typed to a sport: one query for all names and aliases, then matchSport. */
export async function resolveSport(db: Db, query: string, opts: { kind?: GamesKind } = {}): Promise<SportMatch> {
  return matchSport(query, await loadSportCandidates(db, opts), opts.kind);
}
