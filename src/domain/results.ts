// The team's results at a Games: medals, and placings without one.
import type { results as resultsTable } from "../db/schema.js";
import { fromTranslatedKeys } from "../lib/languages.js";
import type { Athlete, Medal, MedalResult, Result, Sport } from "./types.js";

export type ResultRow = typeof resultsTable.$inferSelect;

export function toResult(r: ResultRow, sport: Sport, athletes: Athlete[]): Result {
  return {
    id: r.id,
    gamesId: r.gamesId,
    sport,
    medal: r.medal,
    // results_medal_or_placing guarantees one of them.
    placing: fromTranslatedKeys(r, "placing"),
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

/** Whether a result is a medal (a placing is not). */
export function isMedal(r: Result): r is MedalResult {
  return r.medal !== null;
}

/** Gold first, then silver, bronze and placings without a medal; then by day won (unknown days last), then as recorded. */
export function byMedal(a: Result, b: Result): number {
  const rank = (r: Result) => (r.medal === null ? 3 : MEDAL_ORDER[r.medal]);
  return (
    rank(a) - rank(b) ||
    (a.wonOn === b.wonOn ? 0 : a.wonOn === null ? 1 : b.wonOn === null ? -1 : a.wonOn < b.wonOn ? -1 : 1) ||
    a.id - b.id
  );
}
