import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import { DEFAULT_LANG, type Lang, langFromTelegram } from "../lib/languages.js";
import { escapeHtml, Html, raw } from "./render/html.js";

/** Works under tsx (src/bot) and compiled (dist/bot): both are two levels below the project root. */
export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

// English ordinals ("43rd") need the ordinal plural rules, which Fluent's NUMBER() cannot select
// on in @fluent/bundle 0.17: ORDINAL($rank) gives the category (one, two, few, other) instead.
// Russian and Kazakh write ordinals with a hyphen ("43-е", "43-орын") and do not use it.
const englishOrdinals = new Intl.PluralRules("en", { type: "ordinal" });

function ordinalCategory([value]: readonly unknown[]): string {
  return englishOrdinals.select(Number((value as { valueOf(): unknown } | undefined)?.valueOf()));
}

/**
 * The Fluent texts of every language (locales/<lang>.ftl), loaded once per bot. Messages are
 * looked up by an explicit language (see views/render-context.ts) rather than through the
 * plugin's middleware, so the same texts serve replies and messages sent with no update.
 */
export function createI18n(): I18n {
  const i18n = new I18n({
    defaultLocale: DEFAULT_LANG,
    directory: LOCALES_DIR,
    useSession: false,
    // Bidi isolation marks around every placeable would end up in the chat as invisible junk.
    fluentBundleOptions: { useIsolating: false, functions: { ORDINAL: ordinalCategory } },
  });
  matchBundlesOnce(i18n);
  return i18n;
}

/**
 * The plugin negotiates which bundles serve a language (parsing every locale tag anew) on every
 * message looked up: a screen looks up dozens, and that was a good part of answering an inline
 * query. The bundles are all loaded by the constructor above (the directory is read at once) and
 * never change, so each language's match is kept. Fluent's matchBundles is private in its types,
 * not in its code; should a version drop it, the lookups go on unmemoised.
 */
function matchBundlesOnce(i18n: I18n): void {
  const fluent = i18n.fluent as unknown as { matchBundles?: (locales: string[]) => unknown[] };
  const match = fluent.matchBundles?.bind(fluent);
  if (!match) return;
  const matched = new Map<string, unknown[]>();
  fluent.matchBundles = (locales) => {
    const key = locales.join(",");
    let bundles = matched.get(key);
    if (!bundles) {
      bundles = match(locales);
      matched.set(key, bundles);
    }
    return bundles;
  };
}

/** The language a chat is answered in: the one chosen with /language, else the sender's Telegram language. */
export function negotiateLang(chosen: Lang | null | undefined, telegramCode: string | undefined): Lang {
  return chosen ?? langFromTelegram(telegramCode);
}

/** Values passed to a message: strings are escaped, Html fragments are trusted, numbers are formatted by Fluent. */
export type TArgs = Record<string, string | number | Html>;

/** Anything that looks up a message as plain text: a render context. */
export interface Translator {
  t(key: string, args?: Record<string, string | number>): string;
}

function escapeArgs(args: TArgs | undefined): Record<string, string | number> | undefined {
  if (!args) return undefined;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(args)) {
    out[key] = value instanceof Html ? value.value : typeof value === "string" ? escapeHtml(value) : value;
  }
  return out;
}

/** The only way a message key becomes HTML: every string argument is escaped first. */
export function t(source: Translator, key: string, args?: TArgs): Html {
  return raw(source.t(key, escapeArgs(args)));
}
