import { Composer } from "grammy";
import { defaultLicenseGames } from "../../domain/catalog.js";
import { type FanData, gamesResults } from "../../domain/fan-data.js";
import { gamesPhase, gamesWindow } from "../../domain/games.js";
import type { Games, GamesKind, Result } from "../../domain/types.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { onButton, onMenuItem, staleAnswer } from "../buttons.js";
import { medalsButton } from "../callback-data/medals.js";
import { type BotContext, renderContextOf } from "../context.js";
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

medalsFeature.command("medals", (ctx) => showDefaultMedals(ctx, kindAskedFor(commandArgument(ctx))));

// The main menu's Medals button: what /medals alone shows.
onMenuItem(medalsFeature, "medals", (ctx) => showDefaultMedals(ctx, "olympic"));

async function showDefaultMedals(ctx: BotContext, kind: GamesKind): Promise<void> {
  const data = await ctx.readModel.current();
  const rc = renderContextOf(ctx);
  const found = defaultMedalsGames(data, kind, rc.now);
  if (!found) return show(ctx, messageView(rc, "no-games"));
  await show(ctx, medalsView(rc, data.catalog, found.games, found.results));
}

onButton(medalsFeature, medalsButton, async (ctx, button) => {
  const data = await ctx.readModel.current();
  const games = data.games.get(button.gamesId);
  if (!games) return staleAnswer(ctx);
  await show(ctx, medalsView(renderContextOf(ctx), data.catalog, games, gamesResults(data, games.id)));
});

/**
 * The Games /medals shows when none is chosen: the latest of the kind with results recorded
 * (on now or over), else the latest that is over, else the one /licenses would show.
 */
function defaultMedalsGames(data: FanData, kind: GamesKind, now: Date): { games: Games; results: Result[] } | null {
  const started = data.catalog.games
    .filter((g) => g.kind === kind && gamesPhase(g, now) !== "before")
    .sort((a, b) => gamesWindow(b).start.getTime() - gamesWindow(a).start.getTime());
  for (const games of started) {
    const results = gamesResults(data, games.id);
    if (results.length > 0) return { games, results };
  }
  const fallback = started.find((g) => gamesPhase(g, now) === "after") ?? defaultLicenseGames(data.catalog, now, kind);
  return fallback ? { games: fallback, results: gamesResults(data, fallback.id) } : null;
}
