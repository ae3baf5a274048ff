// The team's medals at a Games.
import type { results as resultsTable } from "../db/schema.js";
import { fromTranslatedKeys } from "../lib/languages.js";
import type { Athlete, Medal, Result, Sport } from "./types.js";

export type ResultRow = typeof resultsTable.$inferSelect;

export function toResult(r: ResultRow, sport: Sport, athletes: Athlete[]): Result {
  return {
    id: r.id,
    gamesId: r.gamesId,
    sport,
    medal: r.medal,
    // results_event_required guarantees the English.
    event: fromTranslatedKeys(r, "event") ?? { en: "" },
    athletes,
    team: fromTranslatedKeys(r, "team"),
    wonOn: r.wonOn,
    source: r.source,
    note: fromTranslatedKeys(r, "note"),
  };
}

const MEDAL_ORDER: Record<Medal, number> = { gold: 0, silver: 1, bronze: 2 };

/** Gold first, then by day won (unknown days last), then as recorded. */
export function byMedal(a: Result, b: Result): number {
  return (
    MEDAL_ORDER[a.medal] - MEDAL_ORDER[b.medal] ||
    (a.wonOn === b.wonOn ? 0 : a.wonOn === null ? 1 : b.wonOn === null ? -1 : a.wonOn < b.wonOn ? -1 : 1) ||
    a.id - b.id
  );
}
