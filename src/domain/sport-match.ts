// Pure sport-name matching: no database, so it is unit-testable and cheap on hostile input.
import { normaliseTerm } from "../lib/normalise-text.js";
import type { GamesKind, Sport } from "./types.js";

export type SportMatch =
  | { type: "found"; sport: Sport }
  | { type: "ambiguous"; candidates: Sport[] }
  | { type: "unknown"; suggestions: Sport[] };

export interface SportCandidate {
  sport: Sport;
  terms: string[]; // names and aliases, raw or normalised
}

/** Only this much of a query is considered: no sport name is longer, and it bounds the work. */
export const MAX_QUERY_CHARS = 64;
const MAX_CANDIDATES = 8;
const MAX_SUGGESTIONS = 3;
const MIN_PREFIX = 3;

// Lower rank = better match. A whole name beats one word of a longer name ("гребля" is a word of
// both "академическая гребля" and "гребля на байдарках и каноэ": ambiguous, not whichever is
// longer). Fuzzy ranks are FUZZY + 2 × edit distance, one more for a word.
const EXACT = 0;
const WORD = 1;
const PREFIX = 2;
const WORD_PREFIX = 3;
export const FUZZY = 4;

export function words(text: string): string[] {
  return text
    .split(/[\s\-‐–—_/,.()]+/u)
    .map(normaliseTerm)
    .filter((w) => w.length >= MIN_PREFIX);
}

/** Optimal-string-alignment Damerau-Levenshtein distance, giving up above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      }
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[t.length] ?? 0;
}

/** Typos tolerated for a query of this many characters. */
export function allowedTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

export function rankTerm(query: string, term: string, termWords: string[], maxDistance: number): number {
  if (term === query) return EXACT;
  if (termWords.includes(query)) return WORD;
  if (query.length >= MIN_PREFIX && term.startsWith(query)) return PREFIX;
  if (query.length >= MIN_PREFIX && termWords.some((w) => w.startsWith(query))) return WORD_PREFIX;
  let best = Infinity;
  const d = editDistance(query, term, maxDistance);
  if (d <= maxDistance) best = FUZZY + 2 * d;
  for (const word of termWords) {
    const dw = editDistance(query, word, maxDistance);
    if (dw <= maxDistance) best = Math.min(best, FUZZY + 2 * dw + 1);
  }
  return best;
}

function byEnglishName(a: Sport, b: Sport): number {
  return a.name.en.localeCompare(b.name.en, "en");
}

/** Candidates with every term normalised once, and exact terms looked up without a scan. */
export interface SportIndex {
  entries: { sport: Sport; terms: { term: string; words: string[] }[] }[];
  exact: Map<string, Sport[]>;
}

export function indexSports(candidates: SportCandidate[]): SportIndex {
  const exact = new Map<string, Sport[]>();
  const entries = candidates.map(({ sport, terms }) => {
    const prepared = [];
    const seen = new Set<string>();
    for (const raw of [sport.slug, sport.name.en, sport.name.ru, sport.name.kk, ...terms]) {
      const term = normaliseTerm(raw);
      if (term.length === 0 || seen.has(term)) continue;
      seen.add(term);
      prepared.push({ term, words: words(raw) });
      const same = exact.get(term);
      if (same) same.push(sport);
      else exact.set(term, [sport]);
    }
    return { sport, terms: prepared };
  });
  return { entries, exact };
}

/**
 * Finds the sport a fan means. An exact name or alias beats a whole word of a longer name
 * ("wheelchair"), then a prefix ("box"), a prefix of a word, and last a typo ("boxng": at most 1
 * edit for 4–6 letters, 2 from 7); a tie is ambiguous. With nothing good enough, suggests up to
 * three sports that are still close. Pass an index (indexSports) to match many queries cheaply.
 */
export function matchSport(query: string, candidates: SportCandidate[] | SportIndex, kind?: GamesKind): SportMatch {
  const index = Array.isArray(candidates) ? indexSports(candidates) : candidates;
  const q = normaliseTerm(query.slice(0, MAX_QUERY_CHARS * 4)).slice(0, MAX_QUERY_CHARS);
  if (q.length === 0) return { type: "unknown", suggestions: [] };

  const exact = (index.exact.get(q) ?? []).filter((sport) => !kind || sport.kind === kind);
  if (exact.length > 0) return decide(exact);

  const matchTypos = allowedTypos(q.length);
  // Suggestions may be one edit further off than matches, but never a different word altogether.
  const suggestTypos = Math.min(matchTypos + 1, Math.ceil(q.length / 3));
  const ranked: { sport: Sport; rank: number }[] = [];
  for (const { sport, terms } of index.entries) {
    if (kind && sport.kind !== kind) continue;
    let rank = Infinity;
    for (const { term, words: termWords } of terms) rank = Math.min(rank, rankTerm(q, term, termWords, suggestTypos));
    if (rank < Infinity) ranked.push({ sport, rank });
  }

  const best = Math.min(...ranked.map((r) => r.rank));
  if (best <= FUZZY + 2 * matchTypos) return decide(ranked.filter((r) => r.rank === best).map((r) => r.sport));
  const suggestions = ranked
    .sort((a, b) => a.rank - b.rank || byEnglishName(a.sport, b.sport))
    .slice(0, MAX_SUGGESTIONS)
    .map((r) => r.sport);
  return { type: "unknown", suggestions };
}

/** Equally good matches: one sport is found; a sport named with its own disciplines is that sport. */
function decide(tied: Sport[]): SportMatch {
  const tiedIds = new Set(tied.map((s) => s.id));
  const top = tied.filter((s) => s.parentId === null || !tiedIds.has(s.parentId)).sort(byEnglishName);
  const [only] = top;
  if (only && top.length === 1) return { type: "found", sport: only };
  return { type: "ambiguous", candidates: top.slice(0, MAX_CANDIDATES) };
}
