import { Composer } from "grammy";
import { defaultLicenseGames, gamesCatalog, type GamesCatalog } from "../../domain/catalog.js";
import { gamesPhase, gamesWindow } from "../../domain/games.js";
import { gamesResults } from "../../domain/results.js";
import type { Games, GamesKind, Result } from "../../domain/types.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { onButton, staleAnswer } from "../buttons.js";
import { medalsButton } from "../callback-data/medals.js";
import { renderContextOf, type BotContext } from "../context.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { medalsView } from "../views/medals.js";
import { messageView } from "../views/view.js";

export const medalsFeature = new Composer<BotContext>();

/**
 * "/medals paralympic" (or "Paralympics", "паралимпийские", "паралимпиада", "para"): the
 * Paralympic Games; anything else the Olympic ones.
 */
function kindAskedFor(query: string): GamesKind {
  return /^(paralymp|паралимп)|^(para|пара)$/.test(normaliseTerm(query)) ? "paralympic" : "olympic";
}

medalsFeature.command("medals", async (ctx) => {
  const cat = await gamesCatalog(ctx.db);
  const rc = renderContextOf(ctx);
  const found = await defaultMedalsGames(ctx, cat, kindAskedFor(commandArgument(ctx)), rc.now);
  if (!found) return show(ctx, messageView(rc, "no-games"));
  await show(ctx, medalsView(rc, cat, found.games, found.results));
});

onButton(medalsFeature, medalsButton, async (ctx, data) => {
  const cat = await gamesCatalog(ctx.db);
  const games = cat.games.find((g) => g.id === data.gamesId);
  if (!games) return staleAnswer(ctx);
  await show(ctx, medalsView(renderContextOf(ctx), cat, games, await gamesResults(ctx.db, games.id)));
});

/**
 * The Games /medals shows when none is chosen: the latest of the kind with results recorded
 * (on now or over), else the latest that is over, else the one /licenses would show.
 */
async function defaultMedalsGames(
  ctx: BotContext,
  cat: GamesCatalog,
  kind: GamesKind,
  now: Date,
): Promise<{ games: Games; results: Result[] } | null> {
  const started = cat.games
    .filter((g) => g.kind === kind && gamesPhase(g, now) !== "before")
    .sort((a, b) => gamesWindow(b).start.getTime() - gamesWindow(a).start.getTime());
  for (const games of started) {
    const results = await gamesResults(ctx.db, games.id);
    if (results.length > 0) return { games, results };
  }
  const fallback = started.find((g) => gamesPhase(g, now) === "after") ?? defaultLicenseGames(cat, now, kind);
  return fallback ? { games: fallback, results: await gamesResults(ctx.db, fallback.id) } : null;
}
