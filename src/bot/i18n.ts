import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import { DEFAULT_LANG, langFromTelegram, type Lang } from "../lib/languages.js";
import type { BotContext } from "./context.js";
import { escapeHtml, Html, raw } from "./render/html.js";

/** Works under tsx (src/bot) and compiled (dist/bot): both are two levels below the project root. */
export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

export function negotiateLang(ctx: Pick<BotContext, "chatPrefs" | "from">): Lang {
  return ctx.chatPrefs?.language ?? langFromTelegram(ctx.from?.language_code);
}

export function createI18n(): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: DEFAULT_LANG,
    directory: LOCALES_DIR,
    useSession: false,
    // Bidi isolation marks around every placeable would end up in the chat as invisible junk.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => negotiateLang(ctx),
  });
}

/** Values passed to a message: strings are escaped, Html fragments are trusted, numbers are formatted by Fluent. */
export type TArgs = Record<string, string | number | Html>;

function escapeArgs(args: TArgs | undefined): Record<string, string | number> | undefined {
  if (!args) return undefined;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(args)) {
    out[key] = value instanceof Html ? value.value : typeof value === "string" ? escapeHtml(value) : value;
  }
  return out;
}

/** The only way handlers turn a message key into HTML: every string argument is escaped first. */
export function t(ctx: Pick<BotContext, "t">, key: string, args?: TArgs): Html {
  return raw(ctx.t(key, escapeArgs(args)));
}

/** Same, for code that runs where the i18n middleware may not have (the error boundary). */
export function tIn(i18n: I18n<BotContext>, lang: Lang, key: string, args?: TArgs): Html {
  return raw(i18n.t(lang, key, escapeArgs(args)));
}
