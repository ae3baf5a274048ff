import { Composer } from "grammy";
import { gamesResults } from "../../domain/fan-data.js";
import { gamesPhase, gamesWindow, upcomingGames } from "../../domain/games.js";
import type { Games, GamesKind } from "../../domain/types.js";
import { onMenuItem } from "../buttons.js";
import { renderContextOf, type BotContext } from "../context.js";
import { show } from "../send-view.js";
import { countdownView, type PastGames } from "../views/countdown.js";
import { tallyOf } from "../views/results.js";

export const countdownFeature = new Composer<BotContext>();

const KINDS: readonly GamesKind[] = ["olympic", "paralympic"];

/** The Games of each kind (Olympic first) that closed most recently. */
function latestOver(games: readonly Games[], now: Date): Games[] {
  return KINDS.flatMap((kind) => {
    const over = games
      .filter((g) => g.kind === kind && gamesPhase(g, now) === "after")
      .sort((a, b) => gamesWindow(b).end.getTime() - gamesWindow(a).end.getTime());
    return over.slice(0, 1);
  });
}

async function showCountdown(ctx: BotContext): Promise<void> {
  const rc = renderContextOf(ctx);
  const data = await ctx.readModel.current();
  const games = data.catalog.games;
  const past: PastGames[] = latestOver(games, rc.now).map((g) => ({ games: g, medals: tallyOf(gamesResults(data, g.id)) }));
  await show(ctx, countdownView(rc, upcomingGames(games, rc.now), undefined, past));
}

countdownFeature.command("countdown", showCountdown);
// The menu's countdown button, and the countdown's own "refresh".
onMenuItem(countdownFeature, "countdown", showCountdown);
