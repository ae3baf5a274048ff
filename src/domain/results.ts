// The team's medals at a Games.
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { games as gamesTable, resultAthletes, results as resultsTable, sports as sportsTable } from "../db/schema.js";
import { fromTranslatedKeys } from "../lib/languages.js";
import { athletesOf } from "./athlete-links.js";
import { toGames } from "./games.js";
import { isRowId } from "./ids.js";
import { toSport } from "./sports.js";
import type { Games, Result } from "./types.js";

// Gold first, then by day won (unknown days last), then as recorded.
const medalOrder = sql`case ${resultsTable.medal} when 'gold' then 0 when 'silver' then 1 else 2 end`;

type ResultRow = { result: typeof resultsTable.$inferSelect; sport: typeof sportsTable.$inferSelect };

/** The team's medals at one Games, gold first. */
export async function gamesResults(db: Db, gamesId: number): Promise<Result[]> {
  if (!isRowId(gamesId)) return [];
  const rows = await db
    .select({ result: resultsTable, sport: sportsTable })
    .from(resultsTable)
    .innerJoin(sportsTable, eq(sportsTable.id, resultsTable.sportId))
    .where(eq(resultsTable.gamesId, gamesId))
    .orderBy(medalOrder, sql`${resultsTable.wonOn} nulls last`, asc(resultsTable.id));
  return toResults(db, rows);
}

/** An athlete's medals at any Games, with their Games; latest Games first. */
export async function athleteResults(db: Db, athleteId: number): Promise<{ result: Result; games: Games }[]> {
  if (!isRowId(athleteId)) return [];
  const rows = await db
    .select({ result: resultsTable, sport: sportsTable, games: gamesTable })
    .from(resultsTable)
    .innerJoin(sportsTable, eq(sportsTable.id, resultsTable.sportId))
    .innerJoin(gamesTable, eq(gamesTable.id, resultsTable.gamesId))
    .where(
      inArray(
        resultsTable.id,
        db.select({ id: resultAthletes.resultId }).from(resultAthletes).where(eq(resultAthletes.athleteId, athleteId)),
      ),
    )
    .orderBy(desc(gamesTable.opensOn), medalOrder, asc(resultsTable.id));
  const results = await toResults(db, rows);
  return results.map((result, i) => ({ result, games: toGames(rows[i]!.games) }));
}

async function toResults(db: Db, rows: readonly ResultRow[]): Promise<Result[]> {
  const named = await athletesOf(db, "result", rows.map((r) => r.result.id));
  return rows.map(({ result: r, sport }) => ({
    id: r.id,
    gamesId: r.gamesId,
    sport: toSport(sport),
    medal: r.medal,
    // results_event_required guarantees the English.
    event: fromTranslatedKeys(r, "event") ?? { en: "" },
    athletes: named.get(r.id) ?? [],
    team: fromTranslatedKeys(r, "team"),
    wonOn: r.wonOn,
    source: r.source,
    note: fromTranslatedKeys(r, "note"),
  }));
}
