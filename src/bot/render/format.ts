/**
 * Dates, times and zones for display, per language. Host-local calendar dates ("2024-07-27")
 * are formatted as UTC midnights so no zone can shift them; instants are formatted in an
 * explicit zone and the zone is always named.
 */
import { dateTimeFormat } from "../../lib/date-time-format.js";
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

/** Which locales this Node's ICU has: asked once each (the answer never changes while it runs), not on every date formatted. */
const supportedLocales = new Map<string, boolean>();

function isSupported(locale: string): boolean {
  let supported = supportedLocales.get(locale);
  if (supported === undefined) {
    supported = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    supportedLocales.set(locale, supported);
  }
  return supported;
}

function calendarDate(isoDate: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

const NUMERIC: Intl.DateTimeFormatOptions = { day: "2-digit", month: "2-digit", year: "numeric" };

function dateFormat(lang: Lang, opts: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  const { locale, numeric } = intlLocale(lang);
  return dateTimeFormat(locale, { ...(numeric ? NUMERIC : opts), timeZone });
}

/** "26 July 2024" / "26 июля 2024 г." / "2024 ж. 26 шілде". */
export function formatDate(isoDate: string, lang: Lang, withYear = true): string {
  const opts: Intl.DateTimeFormatOptions = withYear
    ? { day: "numeric", month: "long", year: "numeric" }
    : { day: "numeric", month: "long" };
  return dateFormat(lang, opts, "UTC").format(calendarDate(isoDate));
}

/** "27 July – 10 August" (a single date when both ends are the same day); with the year: "12 – 19 May 2027". */
export function formatDateRange(first: string, last: string, lang: Lang, withYear = false): string {
  const f = dateFormat(lang, withYear ? { day: "numeric", month: "long", year: "numeric" } : { day: "numeric", month: "long" }, "UTC");
  if (first === last) return f.format(calendarDate(first));
  return f.formatRange(calendarDate(first), calendarDate(last));
}

/** "22:30" in the given zone. */
export function formatTime(at: Date, timeZone: string, lang: Lang): string {
  return dateTimeFormat(intlLocale(lang).locale, {
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
  const part = dateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = part?.replace(/^(GMT|UTC)/, "") ?? "";
  return offset === "" || /^[+-]0$/.test(offset) ? "UTC" : `UTC${offset}`;
}

/**
 * A zone as words that follow a clock time or close a phrase ("22:30 по времени Казахстана"):
 * never the IANA identifier. The zones of the Games in the data and of Kazakhstan have their own
 * wording; any other reads Intl's generic zone name, and when Intl has none, nothing (the offset
 * beside it then says the zone).
 */
const KAZAKHSTAN = { en: "Kazakhstan time", ru: "по времени Казахстана", kk: "Қазақстан уақытымен" };
const ZONE_WORDS: Record<string, Record<Lang, string>> = {
  // Kazakhstan has one zone (UTC+5) since 1 March 2024, whichever of its IANA zones is set.
  "Asia/Almaty": KAZAKHSTAN,
  "Asia/Qostanay": KAZAKHSTAN,
  "Asia/Qyzylorda": KAZAKHSTAN,
  "Asia/Aqtobe": KAZAKHSTAN,
  "Asia/Aqtau": KAZAKHSTAN,
  "Asia/Atyrau": KAZAKHSTAN,
  "Asia/Oral": KAZAKHSTAN,
  "Europe/Paris": { en: "Paris time", ru: "по парижскому времени", kk: "Париж уақытымен" },
  "Europe/Rome": { en: "Italian time", ru: "по времени Италии", kk: "Италия уақытымен" },
  "America/Los_Angeles": { en: "Los Angeles time", ru: "по времени Лос-Анджелеса", kk: "Лос-Анджелес уақытымен" },
  "Australia/Brisbane": { en: "Brisbane time", ru: "по времени Брисбена", kk: "Брисбен уақытымен" },
};

function genericZoneName(timeZone: string, lang: Lang): string | null {
  try {
    const name = dateTimeFormat(intlLocale(lang).locale, { timeZone, timeZoneName: "longGeneric" })
      .formatToParts(new Date(0))
      .find((p) => p.type === "timeZoneName")?.value;
    // An offset ("GMT+03:00") or an identifier is no name.
    if (!name || /GMT|UTC|\//.test(name)) return null;
    return name;
  } catch {
    return null;
  }
}

/** "по времени Казахстана" / "Қазақстан уақытымен" / "Kazakhstan time"; "" when the zone has no name to give. */
export function zoneWords(timeZone: string, lang: Lang): string {
  const own = ZONE_WORDS[timeZone];
  if (own) return own[lang];
  const name = genericZoneName(timeZone, lang);
  if (!name) return "";
  if (lang === "ru") return `по часовому поясу «${name}»`;
  if (lang === "kk") return name.endsWith(" уақыты") ? `${name}мен` : `«${name}» белдеуі бойынша`;
  return name;
}

/** "по времени Казахстана (UTC+5)": the zone's words and its offset at that instant (DST-aware). */
export function zoneLabel(timeZone: string, at: Date, lang: Lang): string {
  const words = zoneWords(timeZone, lang);
  const offset = utcOffset(timeZone, at);
  return words ? `${words} (${offset})` : offset;
}

const relativeDays = new Map<string, Intl.RelativeTimeFormat>();

/**
 * When something happened, for staff lists: "today, 14:05" / "сегодня, 14:05", "yesterday, 09:10",
 * else the date ("5 December, 10:00"; with the year when it is not this year's), all in `timeZone`.
 */
export function formatWhen(at: Date, timeZone: string, now: Date, lang: Lang): string {
  const time = formatTime(at, timeZone, lang);
  const day = hostDateOf(at, timeZone);
  const today = hostDateOf(now, timeZone);
  const diff = Math.round((Date.parse(day) - Date.parse(today)) / 86_400_000);
  if (diff === 0 || diff === -1) {
    const { locale } = intlLocale(lang);
    let rtf = relativeDays.get(locale);
    if (!rtf) {
      rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
      relativeDays.set(locale, rtf);
    }
    return `${rtf.format(diff, "day")}, ${time}`;
  }
  return `${formatDateIn(at, timeZone, lang, day.slice(0, 4) !== today.slice(0, 4))}, ${time}`;
}

/** The calendar date ("YYYY-MM-DD", for arithmetic only) of an instant in a zone. */
function hostDateOf(at: Date, timeZone: string): string {
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/**
 * A source as a fan reads it: a web address as it is; a publication's title in the reader's
 * quotation marks («…» in Russian and Kazakh, “…” in English), with any ISO date in it written in
 * the reader's form ("Astana Times, 22 апреля 2024 г.: …"). Titles keep their own language.
 */
export function sourceTitle(source: string, lang: Lang): string {
  const text = source.trim();
  if (/^https?:\/\//i.test(text) || /^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/i.test(text)) return text;
  const dated = text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => {
    try {
      return formatDate(iso, lang);
    } catch {
      return iso;
    }
  });
  return lang === "en" ? `“${dated}”` : `«${dated}»`;
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

/**
 * A name as it reads mid-sentence in Russian and Kazakh, where sports, events and languages are
 * common nouns: "по виду спорта бокс", not "по виду спорта Бокс". Only a capital followed by a
 * small letter is lowered, so abbreviations ("BMX", "SB13") keep theirs; English keeps its capitals.
 */
export function midSentence(name: string, lang: Lang): string {
  if (lang === "en") return name;
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase(lang) + name.slice(1) : name;
}
