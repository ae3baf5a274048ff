// What staff type for a license's fields, checked the way /addlicense checks it (add-license.ts:
// the same limits, the same date rules, the same hints): texts of 200 characters at most, dates
// as parseDateInput reads them and never ahead of today or after the Games closed, 1 to 50 quota
// places, http(s) links of 500 characters at most, names of 100 characters, ten at most. Pure
// functions: the conversations call them inside `conversation.external` with what they read.
import { indexAthletes, matchAthletes, nameForm } from "../../domain/athletes.js";
import type { Athlete, AthleteName } from "../../domain/types.js";
import { parseDateInput } from "../../lib/date-input.js";
import { cleanTyped, oneLine } from "../../lib/echo-text.js";
import type { Lang } from "../../lib/languages.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { isCyrillic, isLatin, toCyrillic, toLatin } from "../../lib/transliterate.js";
import { addDays, hostDate } from "../../lib/zoned-time.js";

// The import reads new athletes' names the same way (domain/imports).
export { nameForm };

export const MAX_TEXT = 200;
/** A result's note (the points scored, what the medal means) is longer than a license's texts. */
export const MAX_NOTE = 500;
export const MAX_SOURCE = 500;
export const MAX_NAME = 100;
export const MAX_ATHLETES = 10;
export const MIN_PLACES = 1;
export const MAX_PLACES = 50;

/** A value that fits, or the locale key (and its arguments) that says why not. */
export type Checked<T> = { ok: true; value: T } | { ok: false; hint: string; args?: Record<string, string | number> };

const fail = (hint: string, args?: Record<string, string | number>): { ok: false; hint: string; args?: Record<string, string | number> } =>
  args ? { ok: false, hint, args } : { ok: false, hint };

/** A text fans read (an event, how it was won, a note), in any language: some letters or digits, `max` characters at most. */
export function checkText(typed: string | undefined, max = MAX_TEXT): Checked<string> {
  const text = typed === undefined ? undefined : oneLine(typed);
  if (text !== undefined && text.length > max) return fail("al-text-too-long", { length: text.length, max });
  // An emoji or punctuation alone (a button's arrow typed by mistake) says nothing to fans.
  if (!text || !/[\p{L}\p{N}]/u.test(text)) return fail("al-text-empty");
  return { ok: true, value: text };
}

/**
 * "today", "вчера", "кеше" and the like, in the three languages, as days before today: the words
 * come from Intl (as the buttons offer them), not from a table of our own.
 */
const RELATIVE_DAYS: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  for (const locale of ["en", "ru", "kk"]) {
    const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    for (const days of [0, 1, 2]) words.set(normaliseTerm(format.format(-days, "day")), days);
  }
  return words;
})();

/** The date a license was won: typed (a date, or "yesterday" in any of the three languages), or today / yesterday pressed, in the display zone at `now`. */
export function checkWonOn(
  input: { text?: string | undefined; relative?: "today" | "yesterday" | undefined },
  now: number,
  displayTz: string,
  gamesClosesOn: string,
): Checked<string> {
  const today = hostDate(new Date(now), displayTz);
  const typedDaysAgo = input.text === undefined ? undefined : RELATIVE_DAYS.get(normaliseTerm(input.text));
  let date: string;
  if (input.relative === "today") date = today;
  else if (input.relative === "yesterday") date = addDays(today, -1);
  else if (typedDaysAgo !== undefined) date = addDays(today, -typedDaysAgo);
  else {
    const parsed = parseDateInput(input.text ?? "", today);
    if (!parsed.ok) return fail("al-date-bad");
    date = parsed.date;
  }
  if (date > today) return fail("al-date-future", { date });
  if (date > gamesClosesOn) return fail("al-date-after-games", { date, closes: gamesClosesOn });
  return { ok: true, value: date };
}

/** Quota places: a whole number from 1 to 50. */
export function checkPlaces(text: string | undefined): Checked<number> {
  const value = /^\d{1,2}$/.test(text ?? "") ? Number(text) : NaN;
  if (!(value >= MIN_PLACES && value <= MAX_PLACES)) return fail("al-places-bad");
  return { ok: true, value };
}

/** A source: an http(s) link with a host name; one typed without its scheme ("example.org/news") is taken as https. */
export function checkSource(typed: string | undefined, hint = "al-source-bad"): Checked<string> {
  const text = typed === undefined ? undefined : oneLine(typed);
  if (!text || text.length > MAX_SOURCE || /\s/.test(text)) return fail(hint);
  if (isWebLink(text)) return { ok: true, value: text };
  const withScheme = `https://${text}`;
  // Only a host name with a top-level domain, then a path: "javascript:alert(1)", "1.5" or "not a link" stay refused.
  if (/^([\p{L}\p{N}-]+\.)+\p{L}{2,}(?::\d+)?([/?#]\S*)?$/u.test(text) && isWebLink(withScheme)) return { ok: true, value: withScheme };
  return fail(hint);
}

export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** One form of a name (Latin, Russian or Kazakh). */
export function checkName(typed: string | undefined): Checked<string> {
  const text = typed === undefined ? undefined : oneLine(typed);
  if (text !== undefined && text.length > MAX_NAME) return fail("al-text-too-long", { length: text.length, max: MAX_NAME });
  if (!text) return fail("al-text-empty");
  return { ok: true, value: text };
}

/** Typed names, in order: each a known athlete when one of their names is exactly it, else a new one. */
export type NamedAthlete = { known: Athlete } | { name: AthleteName };

export function checkAthleteNames(text: string | undefined, known: readonly Athlete[], lang: Lang): Checked<NamedAthlete[]> {
  // One name a line or between commas; each one line, cleaned.
  const names = cleanTyped(text ?? "")
    .split(/[,\n]/)
    .map(oneLine)
    .filter(Boolean);
  if (names.length === 0) return fail("al-athletes-none");
  if (names.length > MAX_ATHLETES || names.some((n) => n.length > MAX_NAME)) {
    return fail("al-text-too-long", { length: (text ?? "").length, max: MAX_NAME });
  }
  const index = indexAthletes(known);
  const out: NamedAthlete[] = [];
  const seen = new Set<number>();
  for (const name of names) {
    const exact = matchAthletes(name, index).filter((a) =>
      Object.values(a.name).some((form) => form && normaliseTerm(form) === normaliseTerm(name)),
    );
    if (exact.length === 1) {
      if (!seen.has(exact[0]!.id)) out.push({ known: exact[0]! });
      seen.add(exact[0]!.id);
    } else out.push({ name: nameForm(name, lang) });
  }
  return { ok: true, value: out };
}

/** The script a new athlete's name still lacks, and a proposal for it (both staff flows ask for it). */
export function otherScript(name: AthleteName): { script: "latin" | "cyrillic"; proposal: string } {
  if (name.en) return { script: "cyrillic", proposal: toCyrillic(name.en) };
  return { script: "latin", proposal: toLatin(name.ru ?? name.kk ?? "") };
}

/**
 * The name with its other script: skipped, the proposal accepted, or a form typed in that script.
 * A confirmed Cyrillic form is Russian, or Kazakh when it has Kazakh letters.
 */
export function withOtherScript(
  name: AthleteName,
  answer: { action: "skip" | "accept" | null; text: string | undefined },
): Checked<AthleteName> {
  if (answer.action === "skip") return { ok: true, value: name };
  const { script, proposal } = otherScript(name);
  const form = answer.action === "accept" ? proposal : answer.text;
  const fits = form !== undefined && checkName(form).ok && (script === "latin" ? isLatin(form) : isCyrillic(form));
  if (!fits) return fail("al-name-script-bad", { script });
  return { ok: true, value: { ...name, ...(script === "latin" ? { en: form } : nameForm(form, "ru")) } };
}
