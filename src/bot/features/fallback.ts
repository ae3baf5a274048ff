import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { isAddressedToBot } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { messageView } from "../views/view.js";

/**
 * Last in line: a message addressed to the bot that no feature took gets a short hint (or, for
 * a command, the list of commands). Group chatter not meant for the bot is ignored.
 */
export const fallbackFeature = new FeatureComposer<BotContext>();

fallbackFeature.on("message").filter(isAddressedToBot, async (ctx) => {
  const key = ctx.message.text?.startsWith("/") ? "unknown-command" : "hint";
  await show(ctx, messageView(renderContextOf(ctx), key));
});
