/**
 * Compact, typed callback data. Telegram allows 1-64 bytes, and anything can arrive here
 * (old buttons, forged presses), so `parseCallback` validates strictly and returns null for
 * whatever it does not recognise.
 *
 *   m:<item>                      main menu button (licenses|schedule|countdown|language)
 *   ls:<gamesId>                  license summary of one Games
 *   lic:<gamesId>:<sportId>:<p>   licenses in one sport, page p
 *   sch:<gamesId>:<sportId|0>:<p> schedule of one Games (0 = all sports), page p
 *   lng:<en|ru|kk|auto>           language choice
 *   nop                           inert button (page indicator)
 */
import type { Lang } from "../lib/languages.js";

export const MAX_CALLBACK_BYTES = 64;

export const MENU_ITEMS = ["licenses", "schedule", "countdown", "language"] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];
export const LANG_CHOICES = ["en", "ru", "kk", "auto"] as const;
export type LangChoice = Lang | "auto";

export type CallbackData =
  | { type: "menu"; item: MenuItem }
  | { type: "summary"; gamesId: number }
  | { type: "sport"; gamesId: number; sportId: number; page: number }
  | { type: "schedule"; gamesId: number; sportId: number | null; page: number }
  | { type: "lang"; lang: LangChoice }
  | { type: "noop" };

const MENU_CODES: Record<MenuItem, string> = { licenses: "l", schedule: "s", countdown: "c", language: "g" };

export class CallbackDataError extends Error {}

export function encodeCallback(data: CallbackData): string {
  const encoded = encodeUnchecked(data);
  const bytes = Buffer.byteLength(encoded, "utf8");
  if (bytes > MAX_CALLBACK_BYTES) {
    throw new CallbackDataError(`callback data is ${bytes} bytes, over Telegram's ${MAX_CALLBACK_BYTES}: ${encoded}`);
  }
  return encoded;
}

function encodeUnchecked(data: CallbackData): string {
  switch (data.type) {
    case "menu":
      return `m:${MENU_CODES[data.item]}`;
    case "summary":
      return `ls:${id(data.gamesId)}`;
    case "sport":
      return `lic:${id(data.gamesId)}:${id(data.sportId)}:${page(data.page)}`;
    case "schedule":
      return `sch:${id(data.gamesId)}:${data.sportId === null ? 0 : id(data.sportId)}:${page(data.page)}`;
    case "lang":
      return `lng:${data.lang}`;
    case "noop":
      return "nop";
  }
}

// The same ranges parseCallback accepts, so every encoded button can be parsed back.
const MAX_ID = 999_999_999_999_999;
const MAX_PAGE = 9999;

function id(n: number): number {
  if (!Number.isSafeInteger(n) || n <= 0 || n > MAX_ID) throw new CallbackDataError(`not a valid id: ${n}`);
  return n;
}

function page(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_PAGE) throw new CallbackDataError(`not a valid page: ${n}`);
  return n;
}

const ID = "([1-9][0-9]{0,14})";
const PAGE = "(0|[1-9][0-9]{0,3})";
const PATTERNS = {
  menu: /^m:([lscg])$/,
  summary: new RegExp(`^ls:${ID}$`),
  sport: new RegExp(`^lic:${ID}:${ID}:${PAGE}$`),
  schedule: new RegExp(`^sch:${ID}:(0|[1-9][0-9]{0,14}):${PAGE}$`),
  lang: /^lng:(en|ru|kk|auto)$/,
};

/** Returns null for anything that is not exactly what `encodeCallback` produces. */
export function parseCallback(input: string | undefined): CallbackData | null {
  if (!input || Buffer.byteLength(input, "utf8") > MAX_CALLBACK_BYTES) return null;
  if (input === "nop") return { type: "noop" };
  let m: RegExpExecArray | null;
  if ((m = PATTERNS.menu.exec(input))) {
    const item = MENU_ITEMS.find((i) => MENU_CODES[i] === m![1]);
    return item ? { type: "menu", item } : null;
  }
  if ((m = PATTERNS.summary.exec(input))) return { type: "summary", gamesId: Number(m[1]) };
  if ((m = PATTERNS.sport.exec(input))) {
    return { type: "sport", gamesId: Number(m[1]), sportId: Number(m[2]), page: Number(m[3]) };
  }
  if ((m = PATTERNS.schedule.exec(input))) {
    const sportId = Number(m[2]);
    return { type: "schedule", gamesId: Number(m[1]), sportId: sportId === 0 ? null : sportId, page: Number(m[3]) };
  }
  if ((m = PATTERNS.lang.exec(input))) return { type: "lang", lang: m[1] as LangChoice };
  return null;
}
