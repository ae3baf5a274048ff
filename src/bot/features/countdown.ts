import { onDeepLink, onMenuItem } from "../buttons.js";
import { countdownLink } from "../callback-data/deep-links.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { show } from "../send-view.js";
import { currentCountdownView } from "../views/countdown.js";

export const countdownFeature = new FeatureComposer<BotContext>();

async function showCountdown(ctx: BotContext): Promise<void> {
  await show(ctx, currentCountdownView(renderContextOf(ctx), await ctx.readModel.current()));
}

countdownFeature.command("countdown", showCountdown);
// The menu's countdown button, and the countdown's own "refresh".
onMenuItem(countdownFeature, "countdown", showCountdown);
onDeepLink(countdownFeature, countdownLink, async (ctx) => {
  await showCountdown(ctx);
  return true;
});
