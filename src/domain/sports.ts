import { sports as sportsTable } from "../db/schema.js";
import { fromLangKeys } from "../lib/languages.js";
import type { Sport } from "./types.js";

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
