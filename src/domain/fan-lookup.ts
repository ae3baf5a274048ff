import { normaliseTerm } from "../lib/normalise-text.js";
import { matchAthletes } from "./athletes.js";
import { type FanData, resolveSport } from "./fan-data.js";
import { words } from "./sport-match.js";
import { MAX_QUERY_CHARS, type SportMatch } from "./sports.js";
import type { Athlete, Games, Sport } from "./types.js";

export type FanLookUp =
  | { type: "athletes"; athletes: Athlete[] }
  | { type: "sport"; sport: Sport }
  | { type: "none"; match: Exclude<SportMatch, { type: "found" }> };

/**
 * What a fan typed (after /licenses, on its own, or as an inline query): an athlete or a sport.
 * An athlete named exactly or by a whole word of their name ("oralbay", "Нұрбек") wins over a
 * sport matched only loosely (by a word, prefix or typo); a sport found otherwise wins; failing
 * both, an athlete matched by prefix or typo ("yakovlv").
 */
export function lookUp(data: FanData, query: string): FanLookUp {
  const sportMatch = resolveSport(data, query);
  const q = normaliseTerm(query.slice(0, MAX_QUERY_CHARS * 4)).slice(0, MAX_QUERY_CHARS);
  const sportNamedExactly = data.sportIndex.exact.has(q);
  // A sport named by its name or an alias ("boxing", the usual case) wins: no athlete search needed.
  if (sportNamedExactly && sportMatch.type === "found") return { type: "sport", sport: sportMatch.sport };
  const matched = matchAthletes(query, data.athleteIndex);
  if (matched.length > 0 && !sportNamedExactly && matched.some((a) => namesExactly(q, a))) return { type: "athletes", athletes: matched };
  if (sportMatch.type === "found") return { type: "sport", sport: sportMatch.sport };
  if (matched.length > 0) return { type: "athletes", athletes: matched };
  return { type: "none", match: sportMatch };
}

/** Whether a normalised query is one of the athlete's names whole, or a whole word of one. */
function namesExactly(q: string, athlete: Athlete): boolean {
  return Object.values(athlete.name).some((form) => !!form && (normaliseTerm(form) === q || words(form).includes(q)));
}

/**
 * "бокс paris-2024-olympic" (what a Share button types): the rest of the query and the Games
 * its last word names by slug; the Games is null when the last word names none.
 */
export function splitGamesSlug(data: FanData, query: string): { query: string; games: Games | null } {
  const trimmed = query.trim();
  const at = trimmed.lastIndexOf(" ");
  const last = trimmed.slice(at + 1).toLowerCase();
  const games = data.catalog.games.find((g) => g.slug === last) ?? null;
  return games ? { query: at < 0 ? "" : trimmed.slice(0, at).trim(), games } : { query: trimmed, games: null };
}
