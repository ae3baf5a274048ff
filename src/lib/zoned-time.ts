// Calendar arithmetic in IANA zones with Intl only. Host-local dates are "YYYY-MM-DD" strings.

import { dateTimeFormat } from "./date-time-format.js";

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function formatter(tz: string): Intl.DateTimeFormat {
  return dateTimeFormat("en-US", {
    timeZone: tz,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
}

/** What formatter() writes for the years 1000-9999: "07/26/2024, 19:30:00". */
const FORMATTED = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

function wallTime(at: number, fmt: Intl.DateTimeFormat): WallTime {
  // format() and a regular expression take less than half the time of formatToParts(), which
  // builds an object per part; the parts stay the way for any other shape (an era, a 5-digit year).
  const m = FORMATTED.exec(fmt.format(at));
  if (m) {
    return { year: Number(m[3]), month: Number(m[1]), day: Number(m[2]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6]) };
  }
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(at)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  };
}

function wallToUtcMs(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The zone's UTC offset at an instant, in ms (east positive). */
function offsetAt(at: number, fmt: Intl.DateTimeFormat): number {
  const wholeSeconds = Math.floor(at / 1000) * 1000;
  return wallToUtcMs(wallTime(wholeSeconds, fmt)) - wholeSeconds;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`No such date: ${date}`);
  }
  return { year, month, day };
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date ("YYYY-MM-DD") an instant falls on in a zone. */
export function hostDate(at: Date, tz: string): string {
  const w = wallTime(at.getTime(), formatter(tz));
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Wall-clock time ("HH:MM") of an instant in a zone. */
export function hostTime(at: Date, tz: string): string {
  const w = wallTime(at.getTime(), formatter(tz));
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/**
 * The instant a wall-clock time occurs on a date in a zone. Follows Temporal's "compatible"
 * rule: a time repeated by a DST fall-back resolves to its first occurrence; a time skipped by a
 * spring-forward resolves to the same distance after the gap (so a skipped midnight becomes the
 * first instant of that day).
 */
export function zonedInstant(date: string, tz: string, time = "00:00"): Date {
  const key = `${date}|${tz}|${time}`;
  let at = instants.get(key);
  if (at === undefined) {
    at = instantOf(date, tz, time);
    // A handful of dates and zones serve every fan (today's, the Games'); a bound keeps a
    // long-running process from collecting every date it was ever asked about.
    if (instants.size >= MAX_INSTANTS) instants.clear();
    instants.set(key, at);
  }
  return new Date(at);
}

/** zonedInstant's answers, as epoch ms (a Date handed out is the caller's to keep). */
const instants = new Map<string, number>();
const MAX_INSTANTS = 1_000;

function instantOf(date: string, tz: string, time: string): number {
  const { year, month, day } = parseDate(date);
  const t = TIME_RE.exec(time);
  if (!t) throw new RangeError(`Not an HH:MM time: ${JSON.stringify(time)}`);
  const wall = Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2]));
  const fmt = formatter(tz);
  // No zone changes its offset twice within two days, so the offsets a day either side are the
  // only candidates.
  const before = offsetAt(wall - DAY_MS, fmt);
  const after = offsetAt(wall + DAY_MS, fmt);
  const valid = [before, after].map((o) => wall - o).filter((at) => at + offsetAt(at, fmt) === wall);
  if (valid.length > 0) return Math.min(...valid);
  return wall - before;
}

/** First instant of a host-local date. */
export function startOfDay(date: string, tz: string): Date {
  return zonedInstant(date, tz);
}
