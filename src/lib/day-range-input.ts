// Days and clock times as staff type a competition window from an official schedule: one day
// ("12.07.2028"), days in one month ("12–19.07.2028"), days across two ("30.07–02.08.2028"), the
// year left out where it is the Games' own ("12–19.07"); a time as "09:30" or "9.30".

export type DayRangeInput = { ok: true; first: string; last: string } | { ok: false; reason: "format" | "no-such-day" | "order" };

const DASH = "\\s*[-–—]\\s*";
const DAY_MONTH = "(\\d{1,2})[./](\\d{1,2})";
const YEAR = "(?:[./](\\d{4}))?";
const ONE_DAY = new RegExp(`^${DAY_MONTH}${YEAR}$`);
const ONE_MONTH = new RegExp(`^(\\d{1,2})${DASH}${DAY_MONTH}${YEAR}$`);
const TWO_MONTHS = new RegExp(`^${DAY_MONTH}${YEAR}${DASH}${DAY_MONTH}${YEAR}$`);

function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

type Days = [firstYear: number, firstMonth: number, firstDay: number, lastYear: number, lastMonth: number, lastDay: number];

/** The forms a window's days are typed in, each read into both ends; `year` where none is typed. */
const FORMS: { pattern: RegExp; read(m: RegExpExecArray, year: number): Days }[] = [
  {
    pattern: ONE_DAY,
    read: (m, year) => {
      const y = m[3] === undefined ? year : Number(m[3]);
      return [y, Number(m[2]), Number(m[1]), y, Number(m[2]), Number(m[1])];
    },
  },
  {
    pattern: ONE_MONTH,
    read: (m, year) => {
      const y = m[4] === undefined ? year : Number(m[4]);
      return [y, Number(m[3]), Number(m[1]), y, Number(m[3]), Number(m[2])];
    },
  },
  {
    pattern: TWO_MONTHS,
    read: (m, year) => {
      const last = m[6] === undefined ? year : Number(m[6]);
      return [m[3] === undefined ? last : Number(m[3]), Number(m[2]), Number(m[1]), last, Number(m[5]), Number(m[4])];
    },
  },
];

/** First and last day ("YYYY-MM-DD") of what was typed; `year` completes a date typed without one. */
export function parseDayRange(text: string, year: number): DayRangeInput {
  const s = text.normalize("NFKC").trim().slice(0, 64);
  const days = FORMS.flatMap(({ pattern, read }) => {
    const m = pattern.exec(s);
    return m ? [read(m, year)] : [];
  })[0];
  if (!days) return { ok: false, reason: "format" };
  const first = isoDay(days[0], days[1], days[2]);
  const last = isoDay(days[3], days[4], days[5]);
  if (first === null || last === null) return { ok: false, reason: "no-such-day" };
  if (last < first) return { ok: false, reason: "order" };
  return { ok: true, first, last };
}

/** "09:30", "9:30", "9.30" as "HH:MM"; null for anything else (25:00 included). */
export function parseClockTime(text: string): string | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.normalize("NFKC").trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${m[2]}`;
}
