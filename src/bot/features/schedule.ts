import { defaultScheduleGames } from "../../domain/catalog.js";
import { type FanData, getSport, resolveSport, scheduleFor } from "../../domain/fan-data.js";
import { contesting, sportAt } from "../../domain/fan-games.js";
import { gamesPhase } from "../../domain/games.js";
import { type GamesQuery, parseGamesQuery, seasonFilter } from "../../domain/games-query.js";
import { catalogForSport } from "../../domain/programme.js";
import { onDay } from "../../domain/schedule.js";
import type { Games, Sport } from "../../domain/types.js";
import { LANGS } from "../../lib/languages.js";
import { hostDate } from "../../lib/zoned-time.js";
import { onButton, onDeepLink, onMenuItem, staleAnswer } from "../buttons.js";
import { scheduleLink } from "../callback-data/deep-links.js";
import { scheduleButton, todayScheduleButton } from "../callback-data/schedule.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import type { Html } from "../render/html.js";
import { show } from "../send-view.js";
import { queryNotice, sportAtNamedGames, withNotice } from "../views/games-query.js";
import { scheduleView, todayView } from "../views/schedule.js";
import { sportChoiceView } from "../views/sport-choice.js";
import { messageView } from "../views/view.js";

export const scheduleFeature = new FeatureComposer<BotContext>();

/** "/schedule today" in any of the bot's languages, whichever the chat uses. */
function asksForToday(ctx: BotContext, query: string): boolean {
  const word = query.toLowerCase();
  return LANGS.some((lang) => ctx.i18n.t(lang, "schedule-today-word").toLowerCase() === word);
}

scheduleFeature.command("schedule", async (ctx) => {
  const data = await ctx.readModel.current();
  const cat = data.catalog;
  const rc = renderContextOf(ctx);
  const query = commandArgument(ctx);
  if (asksForToday(ctx, query)) return showToday(ctx, data);
  const q = parseGamesQuery(cat.games, query, rc.now);
  const notice = queryNotice(rc, cat, q);
  if (q.rest === "")
    return showSchedule(ctx, data, q.games ?? defaultScheduleGames(cat, rc.now, q.kind ?? "olympic", seasonFilter(q)), null, 0, notice);
  const match = matchRest(data, q);
  if (match.type !== "found")
    return show(
      ctx,
      withNotice(
        sportChoiceView(rc, cat, q.rest, match, "schedule", (s) => catalogForSport(data, s.id)),
        notice,
      ),
    );
  await showSportSchedule(ctx, data, match.sport, q, notice);
});

/** The sport in what is left once the Games is taken out; with its kind word first ("para judo"). */
function matchRest(data: FanData, q: GamesQuery) {
  if (q.restWithKind !== q.rest) {
    const withKind = resolveSport(data, q.restWithKind);
    if (withKind.type === "found" || q.rest === "") return withKind;
  }
  return resolveSport(data, q.rest);
}

/** A sport's schedule at the Games named, if it contests the sport; else (saying so) at the Games on now or next. */
function showSportSchedule(ctx: BotContext, data: FanData, sport: Sport, q: GamesQuery, notice: Html | null): Promise<void> {
  const rc = renderContextOf(ctx);
  const { named, elsewhere } = sportAtNamedGames(rc, data, sport, q);
  const contests = contesting(data, sport);
  const season = seasonFilter(q);
  const games =
    named ??
    defaultScheduleGames(data.catalog, rc.now, sport.kind, (g) => contests(g) && season(g)) ??
    defaultScheduleGames(data.catalog, rc.now, sport.kind, contests);
  return showSchedule(ctx, data, games, sport, 0, notice, elsewhere);
}

onMenuItem(scheduleFeature, "schedule", async (ctx) => {
  const data = await ctx.readModel.current();
  await showSchedule(ctx, data, defaultScheduleGames(data.catalog, ctx.clock()), null, 0);
});

onButton(scheduleFeature, scheduleButton, async (ctx, button) => {
  const data = await ctx.readModel.current();
  const sport = button.sportId === null ? null : getSport(data, button.sportId);
  const games = data.games.get(button.gamesId);
  if (!games || (button.sportId !== null && (!sport || !sportAt(data, games, sport)))) return staleAnswer(ctx);
  await showSchedule(ctx, data, games, sport, button.page);
});

// The day's summary's "today's schedule": what is on when pressed (a day later, that day's).
onButton(scheduleFeature, todayScheduleButton, async (ctx) => showToday(ctx, await ctx.readModel.current()));

onDeepLink(scheduleFeature, scheduleLink, async (ctx, link) => {
  const data = await ctx.readModel.current();
  const sport = link.sportId === null ? null : getSport(data, link.sportId);
  const games = data.games.get(link.gamesId);
  if (!games || (link.sportId !== null && (!sport || !sportAt(data, games, sport)))) return false;
  await showSchedule(ctx, data, games, sport, 0);
  return true;
});

function showSchedule(
  ctx: BotContext,
  data: FanData,
  games: Games | null,
  sport: Sport | null,
  page: number,
  ...notices: (Html | null)[]
): Promise<void> {
  const rc = renderContextOf(ctx);
  if (!games) return show(ctx, withNotice(messageView(rc, "no-games"), ...notices));
  const contests = sport ? contesting(data, sport) : undefined;
  const view = scheduleView(rc, data.catalog, games, sport, scheduleFor(data, games.id, sport?.id), page, {
    ...(contests ? { contests } : {}),
  });
  return show(ctx, withNotice(view, ...notices));
}

function showToday(ctx: BotContext, data: FanData): Promise<void> {
  const rc = renderContextOf(ctx);
  const running = data.catalog.games.filter((g) => gamesPhase(g, rc.now) === "during");
  const today = running.map((games) => ({ games, windows: onDay(scheduleFor(data, games.id), hostDate(rc.now, games.hostTz)) }));
  return show(ctx, todayView(rc, data.catalog, today));
}
