import { Composer } from "grammy";
import { defaultMedalsGames } from "../../domain/catalog.js";
import { gamesResults } from "../../domain/fan-data.js";
import { parseGamesQuery, seasonFilter } from "../../domain/games-query.js";
import { onButton, onDeepLink, onMenuItem, staleAnswer } from "../buttons.js";
import { medalsLink } from "../callback-data/deep-links.js";
import { medalsButton } from "../callback-data/medals.js";
import { type BotContext, renderContextOf } from "../context.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { queryNotice, withNotice } from "../views/games-query.js";
import { defaultMedalsView, medalsView } from "../views/medals.js";
import { messageView } from "../views/view.js";

export const medalsFeature = new Composer<BotContext>();

/**
 * /medals: the team's medals at the Games on now, else at the latest that is over (in December
 * 2026, Milano Cortina 2026). A Games can be named ("/medals paris", "/medals 2026", "/medals
 * паралимпиада"); what names none, or anything else typed (medals are not looked up by sport),
 * is said back above the screen.
 */
medalsFeature.command("medals", (ctx) => showMedals(ctx, commandArgument(ctx)));

// The main menu's Medals button: what /medals alone shows.
onMenuItem(medalsFeature, "medals", async (ctx) =>
  show(ctx, defaultMedalsView(renderContextOf(ctx), await ctx.readModel.current(), "olympic")),
);

async function showMedals(ctx: BotContext, argument: string): Promise<void> {
  const data = await ctx.readModel.current();
  const rc = renderContextOf(ctx);
  const q = parseGamesQuery(data.catalog.games, argument, rc.now);
  const notice = queryNotice(rc, data.catalog, q, q.rest === "" ? null : q.rest);
  const games = q.games ?? defaultMedalsGames(data.catalog, rc.now, q.kind ?? "olympic", seasonFilter(q));
  if (!games) return show(ctx, withNotice(messageView(rc, "no-games"), notice));
  await show(ctx, withNotice(medalsView(rc, data.catalog, games, gamesResults(data, games.id)), notice));
}

/** The medals at one Games, by id; false when there is no such Games (an old button or link). */
async function showGamesMedals(ctx: BotContext, gamesId: number): Promise<boolean> {
  const data = await ctx.readModel.current();
  const games = data.games.get(gamesId);
  if (!games) return false;
  await show(ctx, medalsView(renderContextOf(ctx), data.catalog, games, gamesResults(data, games.id)));
  return true;
}

onButton(medalsFeature, medalsButton, async (ctx, button) => ((await showGamesMedals(ctx, button.gamesId)) ? undefined : staleAnswer(ctx)));

// A shared medal card's "Open in the bot".
onDeepLink(medalsFeature, medalsLink, (ctx, link) => showGamesMedals(ctx, link.gamesId));
