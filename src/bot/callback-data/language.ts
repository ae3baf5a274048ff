import { LANGS, type Lang } from "../../lib/languages.js";
import { callbackData, choice } from "./codec.js";

export type LangChoice = Lang | "auto";
export const LANG_CHOICES: readonly LangChoice[] = [...LANGS, "auto"];

/** lng:<lang|auto>: a language choice ("auto" = follow Telegram's). */
export const languageButton = callbackData("lng", {
  lang: choice(Object.fromEntries(LANG_CHOICES.map((l) => [l, l])) as Record<LangChoice, string>),
});
