import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { competitionWindows, sports as sportsTable } from "../db/schema.js";
import { fromTranslatedKeys } from "../lib/languages.js";
import { isRowId } from "./ids.js";
import { sportOrItsDisciplines, toSport } from "./sports.js";
import type { CompetitionWindow } from "./types.js";

export { hostDate } from "../lib/zoned-time.js";

/**
 * Competition windows of a Games, ordered by first day then English name; with a sport, that
 * sport's window and its disciplines'.
 */
export async function scheduleFor(db: Db, gamesId: number, sportId?: number): Promise<CompetitionWindow[]> {
  if (!isRowId(gamesId) || (sportId !== undefined && !isRowId(sportId))) return [];
  const rows = await db
    .select({ window: competitionWindows, sport: sportsTable })
    .from(competitionWindows)
    .innerJoin(sportsTable, eq(sportsTable.id, competitionWindows.sportId))
    .where(
      and(
        eq(competitionWindows.gamesId, gamesId),
        sportId === undefined ? undefined : sportOrItsDisciplines(sportId),
      ),
    )
    .orderBy(asc(competitionWindows.firstDay), asc(sportsTable.nameEn));
  return rows.map(({ window: w, sport }) => ({
    gamesId: w.gamesId,
    sport: toSport(sport),
    firstDay: w.firstDay,
    lastDay: w.lastDay,
    startsAt: w.startsAt,
    note: fromTranslatedKeys(w, "note"),
  }));
}

/** Windows that include a host-local date ("YYYY-MM-DD"). */
export function onDay(windows: CompetitionWindow[], hostDate: string): CompetitionWindow[] {
  return windows.filter((w) => w.firstDay <= hostDate && hostDate <= w.lastDay);
}
