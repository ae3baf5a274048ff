import { onButton, onMenuItem, settingsRefusalText, staleAnswer } from "../buttons.js";
import { languageButton } from "../callback-data/language.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { negotiateLang } from "../i18n.js";
import { show } from "../send-view.js";
import { languageSetView, languageView } from "../views/language.js";

/**
 * The language is stored per chat. Anyone may open the choices; in a group only an administrator
 * may change it (it is one of the chat's settings, like its subscriptions).
 */
export const languageFeature = new FeatureComposer<BotContext>();

const showChoices = (ctx: BotContext) => show(ctx, languageView(renderContextOf(ctx), ctx.chatPrefs?.language ?? null));

languageFeature.command("language", showChoices);
onMenuItem(languageFeature, "language", showChoices);

onButton(languageFeature, languageButton, async (ctx, data) => {
  if (!ctx.chat) return staleAnswer(ctx);
  const refusal = await settingsRefusalText(ctx);
  if (refusal) return refusal;
  const language = data.lang === "auto" ? null : data.lang;
  await ctx.chats.setLanguage(ctx.chat.id, language);
  ctx.chatPrefs = { status: ctx.chatPrefs?.status ?? "active", language };
  ctx.lang = negotiateLang(language, ctx.from?.language_code);
  await show(ctx, languageSetView(renderContextOf(ctx)));
});
