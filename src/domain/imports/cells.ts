// Reading one line of an import: each cell as its column says (a text, a date, a number, a Games,
// a sport, athletes), every problem recorded with the line and the column rather than thrown, so
// staff see all of a file's errors at once. Cells are cleaned as staff's typing is (echo-text.ts),
// after undoing the export's neutralisation of formula-like cells (lib/csv.ts).

import { unneutralise } from "../../lib/csv.js";
import { parseDateInput } from "../../lib/date-input.js";
import { cleanTyped, oneLine } from "../../lib/echo-text.js";
import { LANGS, type Lang, type Translated } from "../../lib/languages.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { hostDate, isValidTimeZone } from "../../lib/zoned-time.js";
import { nameForm } from "../athletes.js";
import { inProgramme } from "../programme.js";
import type { AthleteName, Games, Sport } from "../types.js";
import { athletesNamed, type Reference } from "./reference.js";

/** A problem of one line (and column, when one is to blame): a locale key's suffix, imp-err-<problem>, and its arguments. */
export interface ImportError {
  line: number;
  column: string | null;
  problem: string;
  args?: Record<string, string | number>;
}

/** Texts fans read: long enough for the notes the reference data has. */
export const MAX_TEXT = 1000;
/** A source (a link, or a publication's name and date as the reference data gives it). */
export const MAX_SOURCE = 500;
export const MAX_NAME = 100;
export const MAX_ATHLETES = 30;

const REGIONS = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
const DATE_ISO = /^\d{4}-\d{2}-\d{2}$/;
const DATE_DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A calendar date as "YYYY-MM-DD": written so, or as 27.07.2024 (as a spreadsheet set to Russian
 * or Kazakh saves it). Never with slashes: 04/05/2024 is April or May depending on the spreadsheet.
 */
export function calendarDate(value: string): string | null {
  const dotted = DATE_DOTTED.exec(value);
  const iso = dotted ? `${dotted[3]}-${dotted[2]?.padStart(2, "0")}-${dotted[1]?.padStart(2, "0")}` : value;
  const parsed = DATE_ISO.test(iso) ? parseDateInput(iso, iso) : null;
  return parsed?.ok ? parsed.date : null;
}

/**
 * The new athletes a file names, one per name however many lines name it: each has a temporary
 * negative id until the import creates it.
 */
export class NewAthletes {
  private readonly byName = new Map<string, { id: number; name: AthleteName; line: number }>();

  idFor(name: string, lang: Lang, line: number): number {
    // The same sameness as a stored name's (athletesNamed): re-importing the file finds each one once.
    const key = normaliseTerm(name);
    let found = this.byName.get(key);
    if (!found) {
      found = { id: -(this.byName.size + 1), name: nameForm(oneLine(name), lang), line };
      this.byName.set(key, found);
    }
    return found.id;
  }

  list(): { id: number; name: AthleteName; line: number }[] {
    return [...this.byName.values()];
  }
}

/** What every line is read against. */
export interface ReadContext {
  ref: Reference;
  newAthletes: NewAthletes;
  /** The staff member's language: a new athlete's Cyrillic name is read as theirs (athletes.ts, nameForm). */
  lang: Lang;
  /** Today's date in a zone, at the clock's reading for the whole file. */
  today(tz: string): string;
  /** Whether a zone is an IANA zone this runtime knows. */
  knownZone(tz: string): boolean;
}

/** A ReadContext's `today`, each zone's date worked out once (Intl formatters are slow to make: a third of a 5,000-line check). */
export function todayAt(now: Date): (tz: string) => string {
  const days = new Map<string, string>();
  return (tz) => {
    let day = days.get(tz);
    if (day === undefined) {
      day = hostDate(now, tz);
      days.set(tz, day);
    }
    return day;
  };
}

/** A ReadContext's `knownZone`, each zone checked once (as todayAt, for the same reason). */
export function zoneCheck(): (tz: string) => boolean {
  const known = new Map<string, boolean>();
  return (tz) => {
    let ok = known.get(tz);
    if (ok === undefined) {
      ok = isValidTimeZone(tz);
      known.set(tz, ok);
    }
    return ok;
  };
}

/** What a yes-or-no cell may say, in the three languages; blank is no. */
const YES = new Set(["yes", "да", "иә"]);
const NO = new Set(["", "no", "нет", "жоқ"]);

/** One line's cells by column, read into typed values; what does not fit is recorded in `errors`. */
export class RowReader {
  readonly errors: ImportError[] = [];

  constructor(
    readonly line: number,
    private readonly cells: ReadonlyMap<string, string>,
    readonly context: ReadContext,
  ) {}

  /** Records a problem; null, so a reader can `return row.fail(...)`. */
  fail(column: string | null, problem: string, args?: Record<string, string | number>): null {
    this.errors.push({ line: this.line, column, problem, ...(args ? { args } : {}) });
    return null;
  }

  /** A cell as one line of text; "" when blank. */
  cell(column: string): string {
    const raw = this.cells.get(column) ?? "";
    return raw === "" ? "" : oneLine(unneutralise(raw));
  }

  /** A text of at most `max` characters, or null when blank (a note keeps its line breaks). */
  text(column: string, opts: { max?: number; lines?: boolean; required?: boolean } = {}): string | null {
    const raw = unneutralise(this.cells.get(column) ?? "");
    const text = raw === "" ? "" : opts.lines ? cleanTyped(raw) : oneLine(raw);
    const max = opts.max ?? MAX_TEXT;
    if (text === "") return opts.required ? this.fail(column, "required") : null;
    if (text.length > max) return this.fail(column, "too-long", { length: text.length, max });
    return text;
  }

  /** The prefix_en, prefix_ru and prefix_kk columns as one text: null when all are blank; a translation needs the English. */
  translated(prefix: string, opts: { lines?: boolean; required?: boolean } = {}): Translated | null {
    const forms: { [L in Lang]?: string } = {};
    for (const lang of LANGS) {
      const text = this.text(`${prefix}_${lang}`, { lines: opts.lines ?? false });
      if (text !== null) forms[lang] = text;
    }
    if (forms.en === undefined) {
      if (forms.ru !== undefined || forms.kk !== undefined) return this.fail(`${prefix}_en`, "english-missing");
      return opts.required ? this.fail(`${prefix}_en`, "required") : null;
    }
    return forms as Translated;
  }

  /** A calendar date (calendarDate). */
  date(column: string, opts: { required?: boolean } = {}): string | null {
    const value = this.cell(column);
    if (value === "") return opts.required ? this.fail(column, "required") : null;
    return calendarDate(value) ?? this.fail(column, "date", { value });
  }

  /**
   * The day something was won: not ahead of today in `tz` (default the host's) and not after the
   * Games closed, nor before `from` where given.
   */
  wonOn(games: Games | null, opts: { tz?: string; from?: string } = {}, column = "won_on"): string | null {
    const date = this.date(column);
    if (date === null || games === null) return date;
    if (date > this.context.today(opts.tz ?? games.hostTz)) return this.fail(column, "date-future", { value: date });
    if (date > games.closesOn || (opts.from !== undefined && date < opts.from)) {
      return this.fail(column, "date-outside-games", { value: date, games: games.slug });
    }
    return date;
  }

  /** A whole number from min to max. */
  int(column: string, min: number, max: number): number | null {
    const value = this.cell(column);
    if (value === "") return this.fail(column, "required");
    const n = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
    return n >= min && n <= max ? n : this.fail(column, "number", { value, min, max });
  }

  /** A whole number from min to max, or null when blank. */
  optionalInt(column: string, min: number, max: number): number | null {
    return this.cell(column) === "" ? null : this.int(column, min, max);
  }

  /** Yes (yes, да, иә) or no (blank, no, нет, жоқ); null when it is neither. */
  yesNo(column: string): boolean | null {
    const value = this.cell(column).toLocaleLowerCase();
    if (YES.has(value)) return true;
    if (NO.has(value)) return false;
    return this.fail(column, "yes-no", { value: this.cell(column) });
  }

  /** A host's time zone, as IANA names it ("Asia/Qatar"). */
  zone(column: string): string | null {
    const value = this.cell(column);
    if (value === "") return this.fail(column, "required");
    return this.context.knownZone(value) ? value : this.fail(column, "zone", { value });
  }

  /**
   * A qualification event by its id ("12" or "#12", as /export writes it), of these Games and of
   * this sport (or a discipline of it, or the sport it is a discipline of); null when blank.
   */
  qualifier(games: Games | null, sport: Sport | null, column = "qualifier"): number | null {
    const value = this.cell(column);
    if (value === "") return null;
    const { ref } = this.context;
    const id = /^#?\d{1,10}$/.test(value) ? Number(value.replace("#", "")) : Number.NaN;
    const event = ref.qualifiers.get(id);
    if (!event) return this.fail(column, "qualifier-unknown", { value });
    if (!games || !sport) return null;
    const eventGames = ref.games.get(event.gamesId);
    if (event.gamesId !== games.id) return this.fail(column, "qualifier-games", { value, games: eventGames?.slug ?? "" });
    const eventSport = ref.sportsById.get(event.sportId);
    const related = event.sportId === sport.id || eventSport?.parentId === sport.id || sport.parentId === event.sportId;
    return related ? id : this.fail(column, "qualifier-sport", { value, sport: eventSport?.slug ?? "" });
  }

  /** A country by its ISO 3166 code ("KR"), as Intl names it; null when blank. */
  country(column: string): string | null {
    const value = this.cell(column);
    if (value === "") return null;
    const code = value.toUpperCase();
    const known = /^[A-Z]{2}$/.test(code) && code !== "ZZ" && REGIONS.of(code) !== undefined;
    return known ? code : this.fail(column, "country", { value });
  }

  /** A row's id (the export's first column): a number, or null for a new row. */
  id(column = "id"): number | null {
    const value = this.cell(column).replace(/^#/, "");
    if (value === "") return null;
    const n = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    return n >= 1 && n <= 2_147_483_647 ? n : this.fail(column, "id", { value });
  }

  /** The Games, by the slug the export writes ("paris-2024-olympic"). */
  games(column = "games"): Games | null {
    const value = this.cell(column);
    if (value === "") return this.fail(column, "required");
    return this.context.ref.gamesBySlug.get(value.toLowerCase()) ?? this.fail(column, "games", { value });
  }

  /** The sport, by slug or by its name in any language, among those the Games holds. */
  sport(games: Games | null, column = "sport"): Sport | null {
    const value = this.cell(column);
    if (value === "") return this.fail(column, "required");
    const named = this.context.ref.sportsByName.get(normaliseTerm(value)) ?? [];
    if (named.length === 0) return this.fail(column, "sport", { value });
    if (!games) return null;
    const held = named.filter((s) => inProgramme(this.context.ref, games.id, s.id));
    if (held.length === 1) return held[0] ?? null;
    return this.fail(column, "sport-not-held", { value, games: games.slug });
  }

  /**
   * Athletes, ";" between two: each a name as any of its forms (case and punctuation aside), or
   * "#12" for the athlete with that id (where two share a name). A name nobody has is a new athlete.
   */
  athletes(column = "athletes"): number[] | null {
    const items = this.cell(column)
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length > MAX_ATHLETES) return this.fail(column, "athletes-too-many", { count: items.length, max: MAX_ATHLETES });
    const ids: number[] = [];
    for (const item of items) {
      const id = this.athlete(column, item);
      if (id === null) return null;
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  private athlete(column: string, item: string): number | null {
    const { ref, newAthletes, lang } = this.context;
    const byId = /^#(\d{1,10})$/.exec(item);
    if (byId) {
      const id = Number(byId[1]);
      return ref.athletesById.has(id) ? id : this.fail(column, "athlete-id", { value: item });
    }
    if (item.length > MAX_NAME) return this.fail(column, "too-long", { length: item.length, max: MAX_NAME });
    if (!/\p{L}/u.test(item)) return this.fail(column, "athlete-name", { value: item });
    const named = athletesNamed(ref, item);
    if (named.length > 1) return this.fail(column, "athlete-ambiguous", { value: item, ids: named.map((a) => `#${a.id}`).join(", ") });
    return named[0]?.id ?? newAthletes.idFor(item, lang, this.line);
  }
}
