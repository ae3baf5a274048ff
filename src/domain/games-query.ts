// Naming a Games in what a fan types: "/medals paris", "/medals 2026", "/licenses бокс париж",
// "/schedule лос-анджелес", "паралимпиада 2024", and the slugs that older Share buttons typed
// ("бокс paris-2024-olympic"). The words that name a Games are taken out; the rest (a sport or an
// athlete) goes on to the lookup. Words that look like a Games but name none are reported, never
// dropped in silence.
import { normaliseTerm } from "../lib/normalise-text.js";
import type { GamesFilter } from "./catalog.js";
import { currentOrNextGames } from "./games.js";
import type { Games, GamesKind, Season } from "./types.js";

export interface GamesQuery {
  /** The Games named by a city and/or a year (with the kind word, else the Olympic one). */
  games: Games | null;
  /** A kind word ("paralympic", "паралимпиада", "олимпиялық"), when one was typed. */
  kind: GamesKind | null;
  /** A season word ("winter", "зимняя", "қысқы"), when one was typed. */
  season: Season | null;
  /** What is left: a sport or an athlete, as typed. */
  rest: string;
  /** The rest with the kind words kept where they were: a sport's own name may hold one ("para judo"). */
  restWithKind: string;
  /** The words that looked like naming a Games but name none ("2025", "paris 2026"), as typed. */
  notUnderstood: string[];
  /** A year named alone that has no Games at all ("/medals 2025"). */
  yearWithoutGames: number | null;
}

/**
 * Other names fans use for a host, by its English name; the host's own names in the three
 * languages (and their parts, "Milan", "Cortina") come from the Games themselves.
 */
const CITY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  "Milan–Cortina d’Ampezzo": ["milan", "milano", "cortina", "milano cortina", "milan cortina", "милан", "кортина", "милан кортина"],
  "Los Angeles": ["la", "l.a.", "л.а.", "лос анджелес"],
  "French Alps": ["alps", "alpes", "альпы", "альпах", "альп", "альпілер"],
};

/** A name is matched with a case ending ("в Париже", "Парижде", "Миланда") when at least this long. */
const MIN_STEM = 5;
/** The longest case ending taken on a stem ("париж-дегі", "милан-ской"). */
const MAX_ENDING = 4;

/** Words that follow a year: "2024 г.", "2024 года", "2024 жылы", "2024-го". */
const YEAR_WORDS = new Set(["г", "гг", "год", "года", "году", "го", "ж", "жыл", "жылы", "жылғы", "жылгы", "year"]);
const YEAR = /^(\d{4})(г|гг|год|года|году|ж|жыл|жылы|жылғы|жылгы)?$/;

/** Words that carry nothing once a Games is named: "игры", "Games", "в", "at". */
const FILLER = new Set(["games", "game", "the", "of", "in", "at", "игры", "игр", "играх", "играм", "в", "во", "на"]);
const isFiller = (norm: string) => FILLER.has(norm) || norm.startsWith("ойын");

function kindOf(norm: string): GamesKind | null {
  if (norm.startsWith("paralymp") || norm.startsWith("паралимп") || norm === "para" || norm === "пара") return "paralympic";
  if (norm.startsWith("olymp") || norm.startsWith("олимп")) return "olympic";
  return null;
}

function seasonOf(norm: string): Season | null {
  if (norm === "winter" || norm.startsWith("зимн") || norm.startsWith("қысқы")) return "winter";
  if (norm === "summer" || norm.startsWith("летн") || norm.startsWith("жазғы")) return "summer";
  return null;
}

interface Token {
  /** The index of the whitespace-separated word it came from. */
  word: number;
  raw: string;
  norm: string;
  role: "rest" | "city" | "year" | "kind" | "season" | "filler";
}

/** Words split on spaces, then on hyphens and dashes ("лос-анджелес", "paris-2024-olympic"); punctuation alone is left out. */
function tokenize(text: string): { words: string[]; tokens: Token[] } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const tokens = words.flatMap((raw, word) =>
    raw
      .split(/[-‐‑–—]+/)
      .map((part) => ({ word, raw: part, norm: normaliseTerm(part), role: "rest" as Token["role"] }))
      .filter((t) => t.norm !== ""),
  );
  return { words, tokens };
}

const nameParts = (name: string) => tokenize(name).tokens.map((t) => t.norm);

type CityName = { parts: string[]; games: Games };

/**
 * Each list of Games' host names, worked out once per list: the read model hands every command
 * the same list (a snapshot never changes), and normalising every name of every Games on each
 * command was a good part of answering one.
 */
const cityNamesOf = new WeakMap<readonly Games[], readonly CityName[]>();

/** Each Games' names as sequences of normalised words. */
function cityNames(games: readonly Games[]): readonly CityName[] {
  let names = cityNamesOf.get(games);
  if (!names) {
    names = games.flatMap((g) => {
      const own = new Set([...Object.values(g.hostCity), ...(CITY_ALIASES[g.hostCity.en] ?? [])]);
      return [...own].map((name) => ({ parts: nameParts(name), games: g })).filter((n) => n.parts.length > 0);
    });
    cityNamesOf.set(games, names);
  }
  return names;
}

/** Whether a typed word is `part`, or `part` with a short case ending when `part` is long enough. */
function wordMatches(norm: string, part: string, last: boolean): boolean {
  if (norm === part) return true;
  return last && part.length >= MIN_STEM && norm.startsWith(part) && norm.length - part.length <= MAX_ENDING && /^\p{L}+$/u.test(norm);
}

/** The longest host name starting at token `i`: how many tokens it takes and which Games it names. */
function cityAt(tokens: readonly Token[], i: number, names: ReturnType<typeof cityNames>): { length: number; games: Set<number> } | null {
  let best: { length: number; games: Set<number> } | null = null;
  for (const name of names) {
    const n = name.parts.length;
    if (i + n > tokens.length || (best && n < best.length)) continue;
    const fits = name.parts.every((part, k) => wordMatches(tokens[i + k]?.norm ?? "", part, k === n - 1));
    if (!fits) continue;
    if (!best || n > best.length) best = { length: n, games: new Set() };
    best.games.add(name.games.id);
  }
  return best;
}

/**
 * Finds the Games named in `text` among `games`. A city or a year (or both) names a Games; a kind
 * word picks the Olympic or Paralympic one of them (Olympic when none is given); a kind or season
 * word alone only narrows what the command would choose by date. `now` settles the unlikely case of a
 * host named for several years (the one on now or next, else the latest).
 */
export function parseGamesQuery(games: readonly Games[], text: string, now: Date): GamesQuery {
  const { words, tokens } = tokenize(text);
  const names = cityNames(games);
  let kind: GamesKind | null = null;
  let season: Season | null = null;
  let year: number | null = null;
  let cityGames = null as Set<number> | null;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    const city = cityAt(tokens, i, names);
    if (city) {
      for (const named of tokens.slice(i, i + city.length)) named.role = "city";
      cityGames = cityGames ? new Set([...cityGames].filter((id: number) => city.games.has(id))) : city.games;
      i += city.length - 1;
      continue;
    }
    const y = YEAR.exec(t.norm);
    if (y && year === null) {
      t.role = "year";
      year = Number(y[1]);
      const next = tokens[i + 1];
      if (next && YEAR_WORDS.has(next.norm)) {
        next.role = "year";
        i++;
      }
      continue;
    }
    const k = kindOf(t.norm);
    if (k) {
      t.role = "kind";
      kind = k;
      continue;
    }
    const s = seasonOf(t.norm);
    if (s) {
      t.role = "season";
      season = s;
    }
  }

  const named = cityGames !== null || year !== null;
  if (named || kind || season) for (const t of tokens) if (t.role === "rest" && isFiller(t.norm)) t.role = "filler";

  const rawOf = (roles: readonly Token["role"][]) => words.filter((_, w) => tokens.some((t) => t.word === w && roles.includes(t.role)));
  // Nothing named: the text as typed (an unknown query is echoed back whole, punctuation and all).
  // Else the words left, each whole where none of it named the Games; punctuation alone goes.
  const touched = tokens.some((t) => t.role !== "rest");
  const restOf = (kept: readonly Token["role"][]) =>
    !touched
      ? text.trim()
      : words
          .flatMap((raw, w) => {
            const own = tokens.filter((t) => t.word === w);
            if (own.length > 0 && own.every((t) => kept.includes(t.role))) return [raw];
            return own.filter((t) => kept.includes(t.role)).map((t) => t.raw);
          })
          .join(" ");
  const result: GamesQuery = {
    games: null,
    kind,
    season,
    rest: restOf(["rest"]),
    restWithKind: restOf(["rest", "kind"]),
    notUnderstood: [],
    yearWithoutGames: null,
  };
  if (!named) return result;

  const candidates = games.filter(
    (g) => (cityGames === null || cityGames.has(g.id)) && (year === null || g.year === year) && (season === null || g.season === season),
  );
  const preferred: GamesKind = kind ?? "olympic";
  const ofKind = candidates.filter((g) => g.kind === preferred);
  const pool = ofKind.length > 0 ? ofKind : kind === null ? candidates : [];
  const first = pool[0];
  if (!first) {
    result.notUnderstood = rawOf(["city", "year", "season", ...(candidates.length > 0 ? (["kind"] as const) : [])]);
    if (cityGames === null && year !== null && !games.some((g) => g.year === year)) result.yearWithoutGames = year;
    return result;
  }
  result.games = currentOrNextGames(pool, now, first.kind) ?? [...pool].sort((a, b) => a.opensOn.localeCompare(b.opensOn)).at(-1) ?? null;
  return result;
}

/** The Games of the season named ("зимняя олимпиада") as a filter for the defaults; every Games when none was. */
export function seasonFilter(q: Pick<GamesQuery, "season">): GamesFilter {
  return (g) => q.season === null || g.season === q.season;
}
