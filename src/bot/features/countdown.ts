import { Composer } from "grammy";
import { upcomingGames } from "../../domain/games.js";
import { onDeepLink, onMenuItem } from "../buttons.js";
import { countdownLink } from "../callback-data/deep-links.js";
import { type BotContext, renderContextOf } from "../context.js";
import { show } from "../send-view.js";
import { countdownView, latestPastGames } from "../views/countdown.js";

export const countdownFeature = new Composer<BotContext>();

async function showCountdown(ctx: BotContext): Promise<void> {
  const rc = renderContextOf(ctx);
  const data = await ctx.readModel.current();
  await show(ctx, countdownView(rc, upcomingGames(data.catalog.games, rc.now), undefined, latestPastGames(data, rc.now)));
}

countdownFeature.command("countdown", showCountdown);
// The menu's countdown button, and the countdown's own "refresh".
onMenuItem(countdownFeature, "countdown", showCountdown);
onDeepLink(countdownFeature, countdownLink, async (ctx) => {
  await showCountdown(ctx);
  return true;
});
