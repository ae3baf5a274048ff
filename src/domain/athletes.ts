// Athletes: their names in each script, and finding one by any of them.
import type { athletes as athletesTable } from "../db/schema.js";
import type { Lang } from "../lib/languages.js";
import { normaliseTerm } from "../lib/normalise-text.js";
import { allowedTypos, FUZZY, MAX_QUERY_CHARS, rankTerm, words } from "./sport-match.js";
import type { Athlete, AthleteName } from "./types.js";

export type AthleteRow = typeof athletesTable.$inferSelect;

export function toAthlete(row: AthleteRow): Athlete {
  const name: { [L in Lang]?: string } = {};
  if (row.nameEn !== null) name.en = row.nameEn;
  if (row.nameRu !== null) name.ru = row.nameRu;
  if (row.nameKk !== null) name.kk = row.nameKk;
  return { id: row.id, name };
}

// A reader of Russian or Kazakh reads the other Cyrillic form before the Latin one; an English
// reader the Latin form, then a Cyrillic one rather than nothing.
const SCRIPT_ORDER: Record<Lang, readonly Lang[]> = { en: ["en", "ru", "kk"], ru: ["ru", "kk", "en"], kk: ["kk", "ru", "en"] };

/** The name in the script of `lang`, falling back as a reader of that language would prefer. */
export function athleteName(name: AthleteName, lang: Lang): string {
  for (const l of SCRIPT_ORDER[lang]) {
    const form = name[l];
    if (form) return form;
  }
  return "";
}

/** Every form of every athlete's name, normalised once. */
export interface AthleteIndex {
  entries: { athlete: Athlete; terms: { term: string; words: string[] }[] }[];
}

export function indexAthletes(athletes: readonly Athlete[]): AthleteIndex {
  return {
    entries: athletes.map((athlete) => {
      const forms = [...new Set(Object.values(athlete.name).filter((f): f is string => !!f))];
      return { athlete, terms: forms.map((raw) => ({ term: normaliseTerm(raw), words: words(raw) })) };
    }),
  };
}

const MAX_ATHLETES = 8;

/**
 * The athletes a fan means by a name in any script: the whole name, a surname ("оралбай" finds
 * both twins), a prefix, or a typo ("yakovlv"), with the same tolerance as sport names. Only the
 * best-ranked are returned; none when nothing is close enough.
 */
export function matchAthletes(query: string, index: AthleteIndex): Athlete[] {
  const q = normaliseTerm(query.slice(0, MAX_QUERY_CHARS * 4)).slice(0, MAX_QUERY_CHARS);
  if (q.length < 3) return [];
  const typos = allowedTypos(q.length);
  const ranked = index.entries.map(({ athlete, terms }) => ({
    athlete,
    rank: Math.min(Infinity, ...terms.map((t) => rankTerm(q, t.term, t.words, typos))),
  }));
  const best = Math.min(...ranked.map((r) => r.rank));
  if (!(best <= FUZZY + 2 * typos)) return [];
  return ranked
    .filter((r) => r.rank === best)
    .slice(0, MAX_ATHLETES)
    .map((r) => r.athlete);
}
