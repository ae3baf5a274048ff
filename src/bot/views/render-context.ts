import type { I18n } from "@grammyjs/i18n";
import type { Lang } from "../../lib/languages.js";

/**
 * Everything a view needs, and nothing of the update: a handler builds one from its context
 * (renderContextOf), the broadcast sender from a chat row, so both render the same screens.
 */
export interface RenderContext {
  lang: Lang;
  /** A message in `lang` as plain text (button labels); `t()` in i18n.ts makes escaped HTML of it. */
  t(key: string, args?: Record<string, string | number>): string;
  /** The viewer's zone, shown next to the host's. */
  displayTz: string;
  /** The clock's reading for this render. */
  now: Date;
}

export function renderContext(i18n: I18n, lang: Lang, settings: { displayTz: string }, now: Date): RenderContext {
  return { lang, t: (key, args) => i18n.t(lang, key, args), displayTz: settings.displayTz, now };
}
