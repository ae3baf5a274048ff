import { Composer, InlineKeyboard } from "grammy";
import { setChatLanguage } from "../../domain/chats.js";
import { encodeCallback, type LangChoice } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { LANGS } from "../../lib/languages.js";
import { negotiateLang, t } from "../i18n.js";
import { mainMenuKeyboard } from "../keyboards/main-menu.js";
import { show, type View } from "../render/respond.js";
import { onCallback } from "./callbacks.js";

/**
 * The language is stored per chat. In a group anyone may change it: the buttons only choose how
 * the bot talks in that chat, which every member can see and change back.
 */
export const languageFeature = new Composer<BotContext>();

languageFeature.command("language", (ctx) => show(ctx, languageView(ctx)));

onCallback(languageFeature, "lang", async (ctx, data) => {
  if (!ctx.chat) return ctx.t("button-stale");
  const language = data.lang === "auto" ? null : data.lang;
  await setChatLanguage(ctx.db, ctx.chat.id, language);
  ctx.chatPrefs = { status: ctx.chatPrefs?.status ?? "active", language };
  ctx.lang = negotiateLang(ctx);
  ctx.i18n.useLocale(ctx.lang);
  await show(ctx, {
    text: t(ctx, "language-set", { language: ctx.t(`language-name-${ctx.lang}`) }),
    keyboard: mainMenuKeyboard(ctx),
  });
});

export function languageView(ctx: BotContext): View {
  const stored = ctx.chatPrefs?.language ?? null;
  const mark = (choice: LangChoice, label: string) => ((stored ?? "auto") === choice ? `✓ ${label}` : label);
  const keyboard = new InlineKeyboard();
  for (const lang of LANGS) keyboard.text(mark(lang, ctx.t(`language-name-${lang}`)), encodeCallback({ type: "lang", lang }));
  keyboard.row().text(mark("auto", ctx.t("language-auto")), encodeCallback({ type: "lang", lang: "auto" }));
  return { text: t(ctx, "language-choose", { language: ctx.t(`language-name-${ctx.lang}`) }), keyboard };
}
