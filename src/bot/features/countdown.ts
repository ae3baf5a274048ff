import { Composer } from "grammy";
import { gamesResults } from "../../domain/fan-data.js";
import { latestOverGames, upcomingGames } from "../../domain/games.js";
import { onDeepLink, onMenuItem } from "../buttons.js";
import { countdownLink } from "../callback-data/deep-links.js";
import { renderContextOf, type BotContext } from "../context.js";
import { show } from "../send-view.js";
import { countdownView, type PastGames } from "../views/countdown.js";
import { tallyOf } from "../views/results.js";

export const countdownFeature = new Composer<BotContext>();

async function showCountdown(ctx: BotContext): Promise<void> {
  const rc = renderContextOf(ctx);
  const data = await ctx.readModel.current();
  const games = data.catalog.games;
  const past: PastGames[] = latestOverGames(games, rc.now).map((g) => ({ games: g, medals: tallyOf(gamesResults(data, g.id)) }));
  await show(ctx, countdownView(rc, upcomingGames(games, rc.now), undefined, past));
}

countdownFeature.command("countdown", showCountdown);
// The menu's countdown button, and the countdown's own "refresh".
onMenuItem(countdownFeature, "countdown", showCountdown);
onDeepLink(countdownFeature, countdownLink, async (ctx) => {
  await showCountdown(ctx);
  return true;
});
