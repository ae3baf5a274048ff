// Pure sport-name matching: no database, so it is unit-testable and cheap on hostile input.
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

// Lower rank = better match. Fuzzy ranks follow at FUZZY + edit distance.
const EXACT = 0;
const PREFIX = 1;
const WORD = 2;
const FUZZY = 3;

/**
 * Case-, punctuation- and space-insensitive form of a name: NFKC, lower case, ё→е, only letters
 * and digits kept (Kazakh letters such as ә, ғ, қ, ң, ө, ұ, ү, һ, і are letters and stay).
 */
export function normaliseTerm(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function words(text: string): string[] {
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
function allowedTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

function rankTerm(query: string, term: string, termWords: string[], maxDistance: number): number {
  if (term === query) return EXACT;
  if (query.length >= MIN_PREFIX && term.startsWith(query)) return PREFIX;
  if (query.length >= MIN_PREFIX && termWords.some((w) => w.startsWith(query))) return WORD;
  let best = Infinity;
  for (const candidate of [term, ...termWords]) {
    const d = editDistance(query, candidate, maxDistance);
    if (d <= maxDistance) best = Math.min(best, FUZZY + d);
  }
  return best;
}

function byEnglishName(a: Sport, b: Sport): number {
  return a.name.en.localeCompare(b.name.en, "en");
}

/**
 * Finds the sport a fan means. Exact name or alias beats a prefix ("box"), which beats a word of
 * a longer name ("gymnastics"), which beats a typo ("boxng"); a tie is ambiguous. With nothing
 * good enough, suggests up to three sports that are still close.
 */
export function matchSport(query: string, candidates: SportCandidate[], kind?: GamesKind): SportMatch {
  const q = normaliseTerm(query.slice(0, MAX_QUERY_CHARS * 4)).slice(0, MAX_QUERY_CHARS);
  if (q.length === 0) return { type: "unknown", suggestions: [] };

  const matchTypos = allowedTypos(q.length);
  // Suggestions may be a little further off than matches, but never a different word altogether.
  const suggestTypos = Math.min(matchTypos + 2, Math.floor(q.length / 2));
  const ranked: { sport: Sport; rank: number }[] = [];
  for (const { sport, terms } of candidates) {
    if (kind && sport.kind !== kind) continue;
    let rank = Infinity;
    for (const raw of [sport.slug, sport.name.en, sport.name.ru, sport.name.kk, ...terms]) {
      const term = normaliseTerm(raw);
      if (term.length === 0) continue;
      rank = Math.min(rank, rankTerm(q, term, words(raw), suggestTypos));
      if (rank === EXACT) break;
    }
    if (rank < Infinity) ranked.push({ sport, rank });
  }

  const best = Math.min(...ranked.map((r) => r.rank));
  if (best <= FUZZY + matchTypos) {
    const tied = ranked.filter((r) => r.rank === best).map((r) => r.sport);
    // "cycling" naming both the sport and its disciplines means the sport.
    const tiedIds = new Set(tied.map((s) => s.id));
    const top = tied.filter((s) => s.parentId === null || !tiedIds.has(s.parentId)).sort(byEnglishName);
    const [only] = top;
    if (only && top.length === 1) return { type: "found", sport: only };
    return { type: "ambiguous", candidates: top.slice(0, MAX_CANDIDATES) };
  }
  const suggestions = ranked
    .sort((a, b) => a.rank - b.rank || byEnglishName(a.sport, b.sport))
    .slice(0, MAX_SUGGESTIONS)
    .map((r) => r.sport);
  return { type: "unknown", suggestions };
}
