import { InlineKeyboard } from "grammy";
import { LANGS, type Lang } from "../../lib/languages.js";
import { type LangChoice, languageButton } from "../callback-data/language.js";
import { t } from "../i18n.js";
import { mainMenuKeyboard } from "../keyboards/main-menu.js";
import { midSentence } from "../render/format.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

/** /language: one button per language and "as in Telegram", the stored choice ticked. */
export function languageView(rc: RenderContext, stored: Lang | null): View {
  const mark = (choice: LangChoice, label: string) => ((stored ?? "auto") === choice ? `✓ ${label}` : label);
  const keyboard = new InlineKeyboard();
  for (const lang of LANGS) keyboard.text(mark(lang, rc.t(`language-name-${lang}`)), languageButton.encode({ lang }));
  keyboard.row().text(mark("auto", rc.t("language-auto")), languageButton.encode({ lang: "auto" }));
  return { text: t(rc, "language-choose", { language: midSentence(rc.t(`language-name-${rc.lang}`), rc.lang) }), keyboard };
}

/** After a choice: confirmed in the new language, with the main menu. */
export function languageSetView(rc: RenderContext): View {
  return {
    text: t(rc, "language-set", { language: midSentence(rc.t(`language-name-${rc.lang}`), rc.lang) }),
    keyboard: mainMenuKeyboard(rc),
  };
}
