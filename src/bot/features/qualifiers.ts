import { getSport } from "../../domain/fan-data.js";
import { sportAt } from "../../domain/fan-games.js";
import { onButton, onDeepLink, staleAnswer } from "../buttons.js";
import { qualifiersLink } from "../callback-data/deep-links.js";
import { qualifiersButton } from "../callback-data/qualifiers.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { qualifiersAnswer, qualifiersScreen } from "../views/qualifiers.js";

/**
 * /qualifiers: the qualification events of the Games being qualified for (or one named), ahead
 * first, then those over with what was won; `/qualifiers boxing` one sport's. The same answer as
 * a question in plain words ("отбор на Олимпиаду по боксу", questions.ts).
 */
export const qualifiersFeature = new FeatureComposer<BotContext>();

qualifiersFeature.command("qualifiers", async (ctx) => {
  const data = await ctx.readModel.current();
  await show(ctx, qualifiersAnswer(renderContextOf(ctx), data, commandArgument(ctx)));
});

/** A button or link names a Games and a sport (or none) that must still exist, and the sport be contested there. */
async function screenOf(ctx: BotContext, gamesId: number, sportId: number | null, page: number): Promise<boolean> {
  const data = await ctx.readModel.current();
  const games = data.games.get(gamesId);
  const sport = sportId === null ? null : getSport(data, sportId);
  if (!games || (sportId !== null && (!sport || !sportAt(data, games, sport)))) return false;
  await show(ctx, qualifiersScreen(renderContextOf(ctx), data, games, sport, page));
  return true;
}

onButton(qualifiersFeature, qualifiersButton, async (ctx, button) => {
  if (!(await screenOf(ctx, button.gamesId, button.sportId, button.page))) return staleAnswer(ctx);
});

onDeepLink(qualifiersFeature, qualifiersLink, (ctx, link) => screenOf(ctx, link.gamesId, link.sportId, 0));
