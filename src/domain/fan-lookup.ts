import { matchAthletes } from "./athletes.js";
import { type FanData, resolveSport } from "./fan-data.js";
import { namesSportExactly, prepareQuery, prepareTerm, type SportMatch } from "./sport-match.js";
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
  const sportNamedExactly = namesSportExactly(query, data.sportIndex);
  // A sport named by its name or an alias ("boxing", the usual case) wins: no athlete search needed.
  if (sportNamedExactly && sportMatch.type === "found") return { type: "sport", sport: sportMatch.sport };
  const matched = matchAthletes(query, data.athleteIndex);
  if (matched.length > 0 && !sportNamedExactly && matched.some((a) => namesExactly(query, a)))
    return { type: "athletes", athletes: matched };
  if (sportMatch.type === "found") return { type: "sport", sport: sportMatch.sport };
  if (matched.length > 0) return { type: "athletes", athletes: matched };
  return { type: "none", match: sportMatch };
}

/** Whether the query is one of the athlete's names whole, or a whole word of one, in any of its forms. */
function namesExactly(query: string, athlete: Athlete): boolean {
  const forms = prepareQuery(query);
  return Object.values(athlete.name).some((name) => {
    if (!name) return false;
    const t = prepareTerm(name);
    return forms.some((q) => t.term === q.term || t.words.includes(q.term));
  });
}
