import { Composer } from "grammy";
import { listGames, upcomingGames } from "../../domain/games.js";
import { onMenuItem } from "../buttons.js";
import { renderContextOf, type BotContext } from "../context.js";
import { show } from "../send-view.js";
import { countdownView } from "../views/countdown.js";

export const countdownFeature = new Composer<BotContext>();

async function showCountdown(ctx: BotContext): Promise<void> {
  const rc = renderContextOf(ctx);
  await show(ctx, countdownView(rc, upcomingGames(await listGames(ctx.db), rc.now)));
}

countdownFeature.command("countdown", showCountdown);
// The menu's countdown button, and the countdown's own "refresh".
onMenuItem(countdownFeature, "countdown", showCountdown);
