import { matchAthletes } from "./athletes.js";
import { type FanData, resolveSport } from "./fan-data.js";
import { matchKey, namesSportExactly, prepareQuery, prepareTerm, type SportMatch, words } from "./sport-match.js";
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

// Case endings a sport's name may carry in a question ("отбор по боксу", "по академической гребле",
// "бокстан іріктеу", "күрестен"), in match keys (Kazakh letters folded: қ is к, і is и), longest
// first, and the endings of the name's own form that may stand in their place.
const RU_ENDINGS = [
  "ами",
  "ями",
  "ого",
  "его",
  "ому",
  "ему",
  "ой",
  "ей",
  "ом",
  "ем",
  "ую",
  "юю",
  "ых",
  "их",
  "ым",
  "им",
  "ах",
  "ях",
  "ам",
  "ям",
  "а",
  "я",
  "у",
  "ю",
  "е",
  "и",
  "ы",
].map(matchKey);
const RU_NOMINATIVE = ["", "а", "я", "ь", "е", "о", "ая", "яя", "ое", "ие", "ый", "ий", "ой", "ы", "и"].map(matchKey);
const KK_ENDINGS = [
  "тан",
  "тен",
  "дан",
  "ден",
  "нан",
  "нен",
  "нда",
  "нде",
  "тын",
  "тин",
  "дын",
  "дин",
  "нын",
  "нин",
  "ка",
  "ке",
  "га",
  "ге",
  "та",
  "те",
  "да",
  "де",
  "сы",
  "си",
].map(matchKey);
/** Each word's forms to try; the product over a name's words stays small. */
const MAX_WORDS = 2;
const MIN_STEM = 3;

function wordForms(word: string): string[] {
  const forms = new Set([word]);
  for (const ending of [...RU_ENDINGS, ...KK_ENDINGS]) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
    const stem = word.slice(0, -ending.length);
    forms.add(stem);
    for (const nominative of RU_NOMINATIVE) forms.add(stem + nominative);
  }
  return [...forms];
}

/**
 * A sport named in a question, where its name may carry a case ending: a form with the ending taken
 * off that names a sport exactly, when all such forms name the same one; else what the lookup finds
 * in the text as it is (typos, suggestions), so nothing is guessed. `texts` are tried in order (a
 * text with its kind word first: "para judo").
 */
export function resolveSportWords(data: FanData, texts: readonly string[]): SportMatch {
  let last: SportMatch = { type: "unknown", suggestions: [] };
  for (const text of texts) {
    const ws = words(text);
    if (ws.length > 0 && ws.length <= MAX_WORDS) {
      let names = [""];
      for (const w of ws) names = names.flatMap((prefix) => wordForms(w).map((f) => prefix + f));
      const found = new Map<number, SportMatch & { type: "found" }>();
      for (const name of names) {
        if (!data.sportIndex.exact.has(name)) continue;
        const match = resolveSport(data, name);
        if (match.type === "found") found.set(match.sport.id, match);
      }
      const [only] = found.values();
      if (only && found.size === 1) return only;
    }
    last = resolveSport(data, text);
    if (last.type === "found") return last;
  }
  return last;
}
