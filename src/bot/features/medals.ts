import { defaultMedalsGames } from "../../domain/catalog.js";
import { resultsAt } from "../../domain/fan-data.js";
import { parseGamesQuery, seasonFilter } from "../../domain/games-query.js";
import { onButton, onDeepLink, onMenuItem, staleAnswer } from "../buttons.js";
import { medalsLink } from "../callback-data/deep-links.js";
import { medalsButton, medalsPageButton } from "../callback-data/medals.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { queryNotice, withNotice } from "../views/games-query.js";
import { defaultMedalsView, medalsView } from "../views/medals.js";
import { messageView } from "../views/view.js";

export const medalsFeature = new FeatureComposer<BotContext>();

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
  await show(ctx, withNotice(medalsView(rc, data.catalog, games, resultsAt(data, games.id)), notice));
}

onButton(medalsFeature, medalsButton, (ctx, button) => showPage(ctx, button.gamesId, 0));
onButton(medalsFeature, medalsPageButton, (ctx, button) => showPage(ctx, button.gamesId, button.page));
// A shared medal card's "Open in the bot": its Games' medals (a Games gone answers that the link leads nowhere).
onDeepLink(medalsFeature, medalsLink, async (ctx, link) => (await showPage(ctx, link.gamesId, 0)) === undefined);

async function showPage(ctx: BotContext, gamesId: number, page: number) {
  const data = await ctx.readModel.current();
  const games = data.games.get(gamesId);
  if (!games) return staleAnswer(ctx);
  await show(ctx, medalsView(renderContextOf(ctx), data.catalog, games, resultsAt(data, games.id), page));
}
