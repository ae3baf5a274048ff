// Dates as people type them in a hurry: "2024-04-21", "21.04.2024", "21 Apr", "21 апреля", "21 сәуір",
// "2024 ж. 21 сәуір". Month names come from Intl (every language's long, short and "21 <month>"
// forms), not from a table of our own.
import { normaliseTerm } from "./normalise-text.js";

export type DateInput = { ok: true; date: string } | { ok: false; reason: "format" | "no-such-day" };

const LOCALES = ["en-GB", "ru-RU", "kk-KZ"];
const MIN_PREFIX = 3;

/** Every normalised spelling of every month -> month number (1–12). */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const names = new Map<string, number>();
  for (const locale of LOCALES) {
    for (let m = 0; m < 12; m++) {
      const at = new Date(Date.UTC(2024, m, 21));
      const formats: Intl.DateTimeFormatOptions[] = [{ month: "long" }, { month: "short" }, { day: "numeric", month: "long" }];
      for (const opts of formats) {
        const text = new Intl.DateTimeFormat(locale, { ...opts, timeZone: "UTC" }).format(at);
        const name = normaliseTerm(text.replace(/\d+/g, ""));
        if (name.length > 0) names.set(name, m + 1);
      }
    }
  }
  return names;
})();

/** A month by name or by a prefix of at least three letters that names only one month. */
export function monthByName(text: string): number | null {
  const q = normaliseTerm(text);
  if (q.length < MIN_PREFIX) return null;
  const exact = MONTHS.get(q);
  if (exact !== undefined) return exact;
  const found = new Set<number>();
  for (const [name, month] of MONTHS) if (name.startsWith(q)) found.add(month);
  return found.size === 1 ? [...found][0]! : null;
}

function iso(year: number, month: number, day: number): DateInput {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return { ok: false, reason: "no-such-day" };
  }
  return { ok: true, date: d.toISOString().slice(0, 10) };
}

/** A day and month without a year: the latest such date that is not after `today`. */
function latest(month: number, day: number, today: string): DateInput {
  const year = Number(today.slice(0, 4));
  const thisYear = iso(year, month, day);
  if (thisYear.ok && thisYear.date <= today) return thisYear;
  const lastYear = iso(year - 1, month, day);
  // 29 February in a year without one: say so rather than pick another day.
  return lastYear.ok || !thisYear.ok ? lastYear : thisYear;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * Parses a typed date; `today` ("YYYY-MM-DD", the typist's calendar day) completes one given
 * without a year. Whether the date makes sense (not in the future, not after the Games) is the
 * caller's to judge.
 */
export function parseDateInput(text: string, today: string): DateInput {
  const s = text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ").slice(0, 64);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?$/.exec(s);
  if (m) return m[3] ? iso(fullYear(m[3]), Number(m[2]), Number(m[1])) : latest(Number(m[2]), Number(m[1]), today);
  // "21 apr", "21 апреля 2024 г.", "21 сәуір 2024 ж."
  m = /^(\d{1,2}) ?([\p{L}.]+)(?: (\d{4}))?(?: ?(?:г|ж)\.?)?$/u.exec(s);
  if (m) {
    const month = monthByName(m[2]!);
    if (month === null) return { ok: false, reason: "format" };
    return m[3] ? iso(Number(m[3]), month, Number(m[1])) : latest(month, Number(m[1]), today);
  }
  // "april 21", "2024 ж. 21 сәуір"
  m = /^(?:(\d{4}) ?(?:ж\.?|г\.?)? )?(?:(\d{1,2}) ([\p{L}.]+)|([\p{L}.]+) (\d{1,2}))(?:,? (\d{4}))?$/u.exec(s);
  if (m) {
    const month = monthByName((m[3] ?? m[4])!);
    const day = Number(m[2] ?? m[5]);
    const year = m[1] ?? m[6];
    if (month === null) return { ok: false, reason: "format" };
    return year ? iso(Number(year), month, day) : latest(month, day, today);
  }
  return { ok: false, reason: "format" };
}
