import type { sports as sportsTable } from "../db/schema.js";
import { fromLangKeys } from "../lib/languages.js";
import type { Sport } from "./types.js";

export type { SportCandidate, SportIndex, SportMatch } from "./sport-match.js";
export { editDistance, indexSports, MAX_QUERY_CHARS, matchSport } from "./sport-match.js";

export type SportRow = typeof sportsTable.$inferSelect;

export function toSport(row: SportRow): Sport {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    season: row.season,
    name: fromLangKeys(row, "name"),
    parentId: row.parentId,
  };
}
