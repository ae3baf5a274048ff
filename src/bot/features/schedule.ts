import { Composer } from "grammy";
import { defaultScheduleGames } from "../../domain/catalog.js";
import { type FanData, getSport, resolveSport, scheduleFor } from "../../domain/fan-data.js";
import { gamesPhase } from "../../domain/games.js";
import { catalogForSport, inProgramme } from "../../domain/programme.js";
import { onDay } from "../../domain/schedule.js";
import type { Games, Sport } from "../../domain/types.js";
import { LANGS } from "../../lib/languages.js";
import { hostDate } from "../../lib/zoned-time.js";
import { onButton, onDeepLink, onMenuItem, staleAnswer } from "../buttons.js";
import { scheduleLink } from "../callback-data/deep-links.js";
import { scheduleButton } from "../callback-data/schedule.js";
import { type BotContext, renderContextOf } from "../context.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { scheduleView, todayView } from "../views/schedule.js";
import { sportChoiceView } from "../views/sport-choice.js";
import { messageView } from "../views/view.js";

export const scheduleFeature = new Composer<BotContext>();

/** "/schedule today" in any of the bot's languages, whichever the chat uses. */
function asksForToday(ctx: BotContext, query: string): boolean {
  const word = query.toLowerCase();
  return LANGS.some((lang) => ctx.i18n.t(lang, "schedule-today-word").toLowerCase() === word);
}

scheduleFeature.command("schedule", async (ctx) => {
  const data = await ctx.readModel.current();
  const cat = data.catalog;
  const query = commandArgument(ctx);
  if (query === "") return showSchedule(ctx, data, defaultScheduleGames(cat, ctx.clock()), null, 0);
  if (asksForToday(ctx, query)) return showToday(ctx, data);
  const match = resolveSport(data, query);
  if (match.type !== "found") {
    return show(
      ctx,
      sportChoiceView(renderContextOf(ctx), cat, query, match, "schedule", (s) => catalogForSport(data, s.id)),
    );
  }
  // Chosen among the Games that hold the sport: biathlon is never shown at a summer Games.
  await showSchedule(ctx, data, defaultScheduleGames(catalogForSport(data, match.sport.id), ctx.clock(), match.sport.kind), match.sport, 0);
});

onMenuItem(scheduleFeature, "schedule", async (ctx) => {
  const data = await ctx.readModel.current();
  await showSchedule(ctx, data, defaultScheduleGames(data.catalog, ctx.clock()), null, 0);
});

onButton(scheduleFeature, scheduleButton, async (ctx, button) => {
  const data = await ctx.readModel.current();
  const sport = button.sportId === null ? null : getSport(data, button.sportId);
  const games = data.games.get(button.gamesId);
  if (!games || (button.sportId !== null && (!sport || !inProgramme(data, games.id, sport.id)))) return staleAnswer(ctx);
  await showSchedule(ctx, data, games, sport, button.page);
});

onDeepLink(scheduleFeature, scheduleLink, async (ctx, link) => {
  const data = await ctx.readModel.current();
  const sport = link.sportId === null ? null : getSport(data, link.sportId);
  const games = data.games.get(link.gamesId);
  if (!games || (link.sportId !== null && (!sport || !inProgramme(data, games.id, sport.id)))) return false;
  await showSchedule(ctx, data, games, sport, 0);
  return true;
});

function showSchedule(ctx: BotContext, data: FanData, games: Games | null, sport: Sport | null, page: number): Promise<void> {
  const rc = renderContextOf(ctx);
  if (!games) return show(ctx, messageView(rc, "no-games"));
  return show(ctx, scheduleView(rc, data.catalog, games, sport, scheduleFor(data, games.id, sport?.id), page));
}

function showToday(ctx: BotContext, data: FanData): Promise<void> {
  const rc = renderContextOf(ctx);
  const running = data.catalog.games.filter((g) => gamesPhase(g, rc.now) === "during");
  const today = running.map((games) => ({ games, windows: onDay(scheduleFor(data, games.id), hostDate(rc.now, games.hostTz)) }));
  return show(ctx, todayView(rc, data.catalog, today));
}
