// Athletes: their names in each script, and finding one by any of them.
import type { athletes as athletesTable } from "../db/schema.js";
import type { Lang } from "../lib/languages.js";
import { hasKazakhLetters } from "../lib/transliterate.js";
import { clearlyBest, FUZZY, type PreparedQuery, type PreparedTerm, prepareQuery, prepareTerm, rankEntry, words } from "./sport-match.js";
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

/**
 * A typed name as the form of its script: Latin as `en`, Cyrillic with Kazakh letters as `kk`,
 * other Cyrillic as the typist's language (Russian if theirs is English).
 */
export function nameForm(name: string, lang: Lang): AthleteName {
  if (!/\p{Script=Cyrillic}/u.test(name)) return { en: name };
  if (hasKazakhLetters(name)) return { kk: name };
  return lang === "kk" ? { kk: name } : { ru: name };
}

/** Every form of every athlete's name, prepared once. */
export interface AthleteIndex {
  entries: { athlete: Athlete; terms: PreparedTerm[] }[];
}

export function indexAthletes(athletes: readonly Athlete[]): AthleteIndex {
  return {
    entries: athletes.map((athlete) => {
      const forms = [...new Set(Object.values(athlete.name).filter((f): f is string => !!f))];
      return { athlete, terms: forms.map(prepareTerm) };
    }),
  };
}

const MAX_ATHLETES = 8;

/** The query's forms, and for a two-word name the words swapped: "Шайдоров Михаил" is surname first. */
function athleteQueryForms(query: string): PreparedQuery {
  const forms = prepareQuery(query);
  const swapped = forms.flatMap((q) => {
    const [a, b] = q.words;
    return q.words.length === 2 && a && b ? [{ term: b + a, words: [b, a] }] : [];
  });
  return [...forms, ...swapped];
}

/**
 * The athletes a fan means by a name in any script: the whole name (either order), a surname
 * ("оралбай" finds both twins), a prefix, or a typo ("yakovlv"), with the same tolerance as sport
 * names and accepted only when clearly better than the next athlete. Only the best-ranked are
 * returned; none when nothing is close enough.
 */
export function matchAthletes(query: string, index: AthleteIndex): Athlete[] {
  const forms = athleteQueryForms(query);
  // Two letters are too few to tell a name from a syllable ("Le" is a surname, and half of many).
  if (forms.length === 0 || forms.every((q) => q.term.length < 3)) return [];
  const ranked = index.entries
    .map(({ athlete, terms }) => ({ athlete, rank: rankEntry(forms, terms).match }))
    .filter((r) => r.rank < Infinity)
    .sort((a, b) => a.rank - b.rank);
  const [first] = ranked;
  if (!first) return [];
  const best = first.rank;
  const top = ranked.filter((r) => r.rank === best);
  if (best >= FUZZY) {
    // A typo names one athlete, clearly closer than any other.
    const next = ranked[top.length];
    if (top.length > 1 && !sameSurname(top.map((r) => r.athlete))) return [];
    if (next && !clearlyBest(best, next.rank)) return [];
  }
  return top.slice(0, MAX_ATHLETES).map((r) => r.athlete);
}

/** Athletes sharing a surname (the Oralbay twins): one typo of it names them together. */
function sameSurname(athletes: readonly Athlete[]): boolean {
  const surnames = new Set(athletes.map((a) => words(a.name.en ?? a.name.ru ?? a.name.kk ?? "").at(-1)));
  return surnames.size === 1;
}
