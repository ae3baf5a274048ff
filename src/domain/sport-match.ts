// Pure name matching (sports here, athletes in athletes.ts): no database, so it is unit-testable and
// cheap on hostile input. It must never be confidently wrong: a slip in one real name may not land on
// another real name ("биатлон" is one letter from "триатлон", "санный спорт" two from "конный спорт"),
// even when the name meant is not in the data. So a typo is judged word by word against that word's
// length, and a typo match is accepted only when it is clearly better than the next candidate; what
// falls short is offered as a suggestion, never "found".
import { normaliseTerm } from "../lib/normalise-text.js";
import { isLatin, toCyrillic } from "../lib/transliterate.js";
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

// Kazakh letters typed without their marks (on a Russian keyboard) and й typed as и (a Latin "i"
// read back): the same name. ё is already е (normaliseTerm).
const FOLD: Record<string, string> = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и", й: "и" };
const FOLDABLE = /[әғқңөұүһій]/gu;

/** The form names are compared in: normalised (case, ё, punctuation, spaces), Kazakh marks folded. */
export function matchKey(text: string): string {
  return normaliseTerm(text).replace(FOLDABLE, (c) => FOLD[c] ?? c);
}

/** The words of a name, each as a match key (one-letter words of a name too: "оқ ату"). */
export function words(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .map(matchKey)
    .filter((w) => w.length > 0);
}

/** A name (or alias) prepared once: its key and its words. */
export interface PreparedTerm {
  term: string;
  words: string[];
}

export function prepareTerm(raw: string): PreparedTerm {
  return { term: matchKey(raw), words: words(raw) };
}

/**
 * A query in the forms it is compared in: as typed and, for Latin letters, read as Russian
 * ("boks", "biatlon", "shaidorov" are бокс, биатлон, шайдоров).
 */
export type PreparedQuery = PreparedTerm[];

export function prepareQuery(query: string): PreparedQuery {
  // HTML tags are not part of a name ("<b>boxing</b>"); the cut bounds the work.
  const text = query.slice(0, MAX_QUERY_CHARS * 4).replace(/<[^>]*>/g, " ");
  const typed = cut(prepareTerm(text));
  if (typed.term === "") return [];
  if (!isLatin(text)) return [typed];
  const read = cut(prepareTerm(toCyrillic(text)));
  return read.term === "" || read.term === typed.term ? [typed] : [typed, read];
}

function cut(t: PreparedTerm): PreparedTerm {
  if (t.term.length <= MAX_QUERY_CHARS) return t;
  const kept: string[] = [];
  let length = 0;
  for (const w of t.words) {
    if (length + w.length > MAX_QUERY_CHARS) {
      if (length < MAX_QUERY_CHARS) kept.push(w.slice(0, MAX_QUERY_CHARS - length));
      break;
    }
    kept.push(w);
    length += w.length;
  }
  return { term: t.term.slice(0, MAX_QUERY_CHARS), words: kept };
}

/**
 * Optimal-string-alignment Damerau-Levenshtein distance, giving up above `max`. Counts UTF-16
 * units: the keys it compares are letters, and a letter outside the BMP (none in the names) would
 * only count as two edits.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  let prev2 = new Uint16Array(n + 1);
  let prev = new Uint16Array(n + 1);
  let cur = new Uint16Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] ?? 0;
}

/**
 * Typos tolerated in one word of this many letters: none up to 3, one up to 9, two from 10. Real
 * names of 7–9 letters lie two edits apart too often (биатлон/триатлон, керлинг/серфинг,
 * қоссайыс/бессайыс) for two to be read as a slip.
 */
export function allowedTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 9) return 1;
  return 2;
}

/** Edits a suggestion may be off by: a few more than a match, but never a different word altogether. */
function suggestionTypos(length: number): number {
  return Math.min(length <= 4 ? 1 : length <= 6 ? 2 : 3, Math.ceil(length / 3));
}

/**
 * Edits between the query's words and as many consecutive words, each word within its own
 * tolerance; Infinity when a word is off by more.
 */
function wordwiseDistance(q: readonly string[], t: readonly string[], from: number): number {
  let total = 0;
  for (let i = 0; i < q.length; i++) {
    const a = q[i] ?? "";
    const b = t[from + i] ?? "";
    const max = allowedTypos(Math.min(a.length, b.length));
    const d = editDistance(a, b, max);
    if (d > max) return Infinity;
    total += d;
  }
  return total;
}

export interface TermRank {
  /** As a match: EXACT … FUZZY + 2d (+1 for a word); Infinity when not a match. */
  match: number;
  /** As a suggestion (looser): FUZZY + 2d (+1 for a word); Infinity when not even close. */
  suggest: number;
}

const NO_RANK: TermRank = { match: Infinity, suggest: Infinity };

/** How well one prepared query form names one prepared term. */
export function rankTerm(q: PreparedTerm, t: PreparedTerm): TermRank {
  const query = q.term;
  const term = t.term;
  if (term === query) return { match: EXACT, suggest: EXACT };
  const n = q.words.length;
  // The query is a whole word, or a run of whole words, of a longer name.
  // Two letters are a syllable, not a word to go by ("ok" read as "ок" of "оқ ату").
  for (let i = 0; query.length >= MIN_PREFIX && n < t.words.length && i + n <= t.words.length; i++) {
    if (t.words.slice(i, i + n).join("") === query) return { match: WORD, suggest: WORD };
  }
  if (query.length >= MIN_PREFIX && term.startsWith(query)) return { match: PREFIX, suggest: PREFIX };
  if (query.length >= MIN_PREFIX && t.words.some((w) => w.startsWith(query))) return { match: WORD_PREFIX, suggest: WORD_PREFIX };

  let match = Infinity;
  if (n === t.words.length) {
    const d = wordwiseDistance(q.words, t.words, 0);
    if (d < Infinity) match = FUZZY + 2 * d;
  } else {
    // Words run together or split differently ("пара биатлон" / "парабиатлон"): one slip at most.
    const max = query.length < 4 ? 0 : 1;
    const d = editDistance(query, term, max);
    if (d <= max) match = FUZZY + 2 * d;
  }
  for (let i = 0; i + n < t.words.length + 1 && n < t.words.length; i++) {
    const d = wordwiseDistance(q.words, t.words, i);
    if (d < Infinity) match = Math.min(match, FUZZY + 2 * d + 1);
  }

  const loose = suggestionTypos(query.length);
  let suggest = match;
  const d = editDistance(query, term, loose);
  if (d <= loose) suggest = Math.min(suggest, FUZZY + 2 * d);
  if (n === 1) {
    for (const w of t.words) {
      const dw = editDistance(query, w, loose);
      if (dw <= loose) suggest = Math.min(suggest, FUZZY + 2 * dw + 1);
    }
  }
  return match === Infinity && suggest === Infinity ? NO_RANK : { match, suggest };
}

/** The best rank of any query form against any of one entry's terms. */
export function rankEntry(query: PreparedQuery, terms: readonly PreparedTerm[]): TermRank {
  let match = Infinity;
  let suggest = Infinity;
  for (const q of query) {
    for (const t of terms) {
      const r = rankTerm(q, t);
      if (r.match < match) match = r.match;
      if (r.suggest < suggest) suggest = r.suggest;
      if (match === EXACT) return { match, suggest: EXACT };
    }
  }
  return { match, suggest };
}

/**
 * Whether a typo match is clearly the one meant: the next candidate is a whole edit further off,
 * or as far off but only as a word of a longer name while the best is a whole name ("tenis" is
 * Tennis, not Table tennis). Matches by name, word or prefix need no margin (a tie is ambiguous).
 */
export function clearlyBest(best: number, next: number): boolean {
  if (best < FUZZY) return best < next;
  const bestIsWhole = (best - FUZZY) % 2 === 0;
  return next - best >= 2 || (next - best === 1 && bestIsWhole);
}

function byEnglishName(a: Sport, b: Sport): number {
  return a.name.en.localeCompare(b.name.en, "en");
}

/** Candidates with every term prepared once, and exact terms looked up without a scan. */
export interface SportIndex {
  entries: { sport: Sport; terms: PreparedTerm[] }[];
  exact: Map<string, Sport[]>;
}

export function indexSports(candidates: SportCandidate[]): SportIndex {
  const exact = new Map<string, Sport[]>();
  const entries = candidates.map(({ sport, terms }) => {
    const prepared: PreparedTerm[] = [];
    const seen = new Set<string>();
    for (const raw of [sport.slug, sport.name.en, sport.name.ru, sport.name.kk, ...terms]) {
      const term = prepareTerm(raw);
      if (term.term.length === 0 || seen.has(term.term)) continue;
      seen.add(term.term);
      prepared.push(term);
      const same = exact.get(term.term);
      if (!same) exact.set(term.term, [sport]);
      else if (!same.includes(sport)) same.push(sport);
    }
    return { sport, terms: prepared };
  });
  return { entries, exact };
}

/** Whether a query names a sport exactly (a name, alias or slug, in any of its forms). */
export function namesSportExactly(query: string, index: SportIndex): boolean {
  return prepareQuery(query).some((q) => index.exact.has(q.term));
}

/**
 * Finds the sport a fan means. An exact name or alias beats a whole word of a longer name
 * ("wheelchair"), then a prefix ("box"), a prefix of a word, and last a typo ("boxng": one edit in
 * a word of 4–9 letters, two from 10), accepted only when clearly better than the next sport; a tie
 * is ambiguous. With nothing good enough, suggests up to three sports that are still close. Pass an
 * index (indexSports) to match many queries cheaply.
 */
export function matchSport(query: string, candidates: SportCandidate[] | SportIndex, kind?: GamesKind): SportMatch {
  const index = Array.isArray(candidates) ? indexSports(candidates) : candidates;
  const forms = prepareQuery(query);
  if (forms.length === 0) return { type: "unknown", suggestions: [] };

  const ofKind = (sport: Sport) => !kind || sport.kind === kind;
  for (const q of forms) {
    const exact = (index.exact.get(q.term) ?? []).filter(ofKind);
    if (exact.length > 0) return decide(exact);
  }

  const ranked: { sport: Sport; rank: TermRank }[] = [];
  for (const { sport, terms } of index.entries) {
    if (!ofKind(sport)) continue;
    const rank = rankEntry(forms, terms);
    if (rank.suggest < Infinity || rank.match < Infinity) ranked.push({ sport, rank });
  }

  const matches = ranked.filter((r) => r.rank.match < Infinity).sort((a, b) => a.rank.match - b.rank.match);
  const [first] = matches;
  if (first) {
    const best = first.rank.match;
    const tied = matches.filter((r) => r.rank.match === best).map((r) => r.sport);
    if (best < FUZZY) return decide(tied);
    // A typo: the sport (with its own disciplines) must stand clearly ahead of every other.
    const family = new Set(tied.flatMap((s) => [s.id, ...(s.parentId === null ? [] : [s.parentId])]));
    const decided = decide(tied);
    if (decided.type === "found") {
      const next = matches.find((r) => !family.has(r.sport.id) && r.sport.parentId !== decided.sport.id);
      if (!next || clearlyBest(best, next.rank.match)) return decided;
    }
  }
  const suggestions = ranked
    .map((r) => ({ sport: r.sport, rank: Math.min(r.rank.match, r.rank.suggest) }))
    .sort((a, b) => a.rank - b.rank || byEnglishName(a.sport, b.sport))
    .slice(0, MAX_SUGGESTIONS)
    .map((r) => r.sport);
  return { type: "unknown", suggestions };
}

/**
 * Equally good matches: one sport is found; a sport named with its own disciplines is that sport;
 * a sport named with its Paralympic counterpart ("хоккей": Ice hockey and Para ice hockey) is the
 * Olympic one, as a fan who means the Paralympic one says "пара".
 */
function decide(tied: Sport[]): SportMatch {
  const tiedIds = new Set(tied.map((s) => s.id));
  const olympicNames = new Set(tied.filter((s) => s.kind === "olympic").map((s) => `para${matchKey(s.name.en)}`));
  const top = tied
    .filter((s) => s.parentId === null || !tiedIds.has(s.parentId))
    .filter((s) => s.kind === "olympic" || !olympicNames.has(matchKey(s.name.en)))
    .sort(byEnglishName);
  const [only] = top;
  if (only && top.length === 1) return { type: "found", sport: only };
  return { type: "ambiguous", candidates: top.slice(0, MAX_CANDIDATES) };
}
