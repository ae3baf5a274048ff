/**
 * Dates, times and zones for display, per language. Host-local calendar dates ("2024-07-27")
 * are formatted as UTC midnights so no zone can shift them; instants are formatted in an
 * explicit zone and the zone is always named.
 */
import type { Lang } from "../../lib/languages.js";

const INTL_LOCALE: Record<Lang, string> = { en: "en-GB", ru: "ru-RU", kk: "kk-KZ" };

/**
 * Node built with small ICU lacks Kazakh month names. Then Kazakh falls back to all-numeric
 * dates (27.07.2024, the usual written form in Kazakhstan) rather than to another language.
 */
export function intlLocale(lang: Lang, supported: (l: string) => boolean = isSupported): { locale: string; numeric: boolean } {
  const locale = INTL_LOCALE[lang];
  if (supported(locale)) return { locale, numeric: false };
  return { locale: "ru-RU", numeric: true };
}

function isSupported(locale: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
}

function calendarDate(isoDate: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

const NUMERIC: Intl.DateTimeFormatOptions = { day: "2-digit", month: "2-digit", year: "numeric" };

function dateFormat(lang: Lang, opts: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  const { locale, numeric } = intlLocale(lang);
  return new Intl.DateTimeFormat(locale, { ...(numeric ? NUMERIC : opts), timeZone });
}

/** "26 July 2024" / "26 июля 2024 г." / "2024 ж. 26 шілде". */
export function formatDate(isoDate: string, lang: Lang, withYear = true): string {
  const opts: Intl.DateTimeFormatOptions = withYear
    ? { day: "numeric", month: "long", year: "numeric" }
    : { day: "numeric", month: "long" };
  return dateFormat(lang, opts, "UTC").format(calendarDate(isoDate));
}

/** "27 July – 10 August" (a single date when both ends are the same day). */
export function formatDateRange(first: string, last: string, lang: Lang): string {
  const f = dateFormat(lang, { day: "numeric", month: "long" }, "UTC");
  if (first === last) return f.format(calendarDate(first));
  return f.formatRange(calendarDate(first), calendarDate(last));
}

/** "22:30" in the given zone. */
export function formatTime(at: Date, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(intlLocale(lang).locale, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(at);
}

/** The calendar date of an instant in a zone, formatted like `formatDate`. */
export function formatDateIn(at: Date, timeZone: string, lang: Lang, withYear = true): string {
  const opts: Intl.DateTimeFormatOptions = withYear
    ? { day: "numeric", month: "long", year: "numeric" }
    : { day: "numeric", month: "long" };
  return dateFormat(lang, opts, timeZone).format(at);
}

/** "UTC+5", "UTC+5:30", "UTC" — the offset of `timeZone` at that instant (DST-aware). */
export function utcOffset(timeZone: string, at: Date): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = part?.replace(/^(GMT|UTC)/, "") ?? "";
  return offset === "" || /^[+-]0$/.test(offset) ? "UTC" : `UTC${offset}`;
}

/** "Asia/Almaty (UTC+5)". */
export function zoneLabel(timeZone: string, at: Date): string {
  return `${timeZone} (${utcOffset(timeZone, at)})`;
}

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A country by its ISO 3166 code ("KR"), named in `lang` by Intl.DisplayNames: "South Korea",
 * "Республика Корея", "Оңтүстік Корея". Falls back like dates do (small ICU: Kazakh reads the
 * Russian name) and to the code itself for a code Intl does not know.
 */
export function countryName(code: string, lang: Lang): string {
  const { locale } = intlLocale(lang);
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a well-formed region code
  }
}
