import { classifyIntent } from "../../domain/intents.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { isAddressedToBot, stripMention } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { currentCountdownView } from "../views/countdown.js";
import { defaultMedalsView } from "../views/medals.js";
import { qualifiersAnswer } from "../views/qualifiers.js";
import { startView } from "../views/start.js";

/**
 * Questions in plain words, in three languages (src/domain/intents.ts): "когда олимпиада?" and
 * "олимпиада қашан?" get the countdown, "медали" / "медальдар" / "medals" the medals, a greeting the
 * main menu, "отбор на Олимпиаду по боксу" / "іріктеу" the qualification events. In groups only what is addressed to the bot. Anything else goes on to the lookup.
 */
export const questionsFeature = new FeatureComposer<BotContext>();

questionsFeature.on("message:text").filter(isAddressedToBot, async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/")) return next();
  const intent = classifyIntent(stripMention(text, ctx.me.username));
  if (intent === null) return next();
  if (intent.type === "greeting") return show(ctx, startView(renderContextOf(ctx), ctx.from.first_name));
  // The same views /countdown and /medals show (views/countdown.ts, views/medals.ts): they never disagree.
  const data = await ctx.readModel.current();
  const rc = renderContextOf(ctx);
  if (intent.type === "qualifiers") return show(ctx, qualifiersAnswer(rc, data, intent.sport, intent.kind));
  return show(ctx, intent.type === "countdown" ? currentCountdownView(rc, data) : defaultMedalsView(rc, data, intent.kind));
});
