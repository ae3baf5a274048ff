import { Composer } from "grammy";
import { defaultLicenseGames } from "../../domain/catalog.js";
import { athleteLicenses, athleteResults, type FanData, getSport, licenseSummary, sportLicenses } from "../../domain/fan-data.js";
import { contesting, latestGamesWithSportLicenses, lookUpRest, sportAt, sportLicenseGames } from "../../domain/fan-games.js";
import { lookUp } from "../../domain/fan-lookup.js";
import { type GamesQuery, parseGamesQuery, seasonFilter } from "../../domain/games-query.js";
import { catalogForSport } from "../../domain/programme.js";
import type { Athlete, Games, Sport } from "../../domain/types.js";
import { onButton, onDeepLink, onMenuItem, staleAnswer } from "../buttons.js";
import { athleteLink, sportLicensesLink, summaryLink } from "../callback-data/deep-links.js";
import { sportButton, summaryButton } from "../callback-data/licenses.js";
import { type BotContext, renderContextOf } from "../context.js";
import { commandArgument, isAddressedToBot, stripMention } from "../filters/addressed-to-bot.js";
import type { Html } from "../render/html.js";
import { show } from "../send-view.js";
import { athleteView } from "../views/athlete.js";
import { queryNotice, sportAtNamedGames, withNotice } from "../views/games-query.js";
import { licenseSummaryView, sportLicensesView } from "../views/licenses.js";
import { sportQualifiersNote } from "../views/qualifiers.js";
import { lookupChoiceView, sportChoiceView } from "../views/sport-choice.js";
import { messageView } from "../views/view.js";

export const licensesFeature = new Composer<BotContext>();

licensesFeature.command("licenses", async (ctx) => {
  const data = await ctx.readModel.current();
  const q = parseGamesQuery(data.catalog.games, commandArgument(ctx), ctx.clock());
  const notice = queryNotice(renderContextOf(ctx), data.catalog, q);
  if (q.rest === "")
    return showSummary(ctx, data, q.games ?? defaultLicenseGames(data.catalog, ctx.clock(), q.kind ?? "olympic", seasonFilter(q)), notice);
  const found = lookUpRest(data, q);
  if (found.type === "athletes") return showAthletes(ctx, data, q.rest, found.athletes, notice);
  if (found.type === "sport") return showSport(ctx, data, found.sport, q, notice);
  await show(
    ctx,
    withNotice(
      sportChoiceView(renderContextOf(ctx), data.catalog, q.rest, found.match, "licenses", (s) => catalogForSport(data, s.id)),
      notice,
    ),
  );
});

onMenuItem(licensesFeature, "licenses", async (ctx) => {
  const data = await ctx.readModel.current();
  await showSummary(ctx, data, defaultLicenseGames(data.catalog, ctx.clock()));
});

onButton(licensesFeature, summaryButton, async (ctx, button) => {
  const data = await ctx.readModel.current();
  const games = data.games.get(button.gamesId);
  if (!games) return staleAnswer(ctx);
  await showSummary(ctx, data, games);
});

onButton(licensesFeature, sportButton, async (ctx, button) => {
  const data = await ctx.readModel.current();
  const games = data.games.get(button.gamesId);
  const sport = getSport(data, button.sportId);
  if (!games || !sport || !sportAt(data, games, sport)) return staleAnswer(ctx);
  await showSportAt(ctx, data, games, sport, button.page);
});

onDeepLink(licensesFeature, summaryLink, async (ctx, link) => {
  const data = await ctx.readModel.current();
  const games = data.games.get(link.gamesId);
  if (!games) return false;
  await showSummary(ctx, data, games);
  return true;
});

onDeepLink(licensesFeature, sportLicensesLink, async (ctx, link) => {
  const data = await ctx.readModel.current();
  const games = data.games.get(link.gamesId);
  const sport = getSport(data, link.sportId);
  if (!games || !sport || !sportAt(data, games, sport)) return false;
  await showSportAt(ctx, data, games, sport, 0);
  return true;
});

onDeepLink(licensesFeature, athleteLink, async (ctx, link) => {
  const data = await ctx.readModel.current();
  const athlete = data.athletes.get(link.athleteId);
  if (!athlete) return false;
  await showAthletes(ctx, data, "", [athlete], null);
  return true;
});

// A plain message naming a sport ("бокс"), an athlete ("Оралбай") or a Games ("паралимпиада 2024",
// "бокс париж") answers like /licenses with it; a word of several sports offers them as buttons
// ("хоккей"); anything else says what was not found and what to try. (Questions such as "когда
// олимпиада?" were answered before: questions.ts.)
licensesFeature.on("message:text").filter(isAddressedToBot, async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/")) return next();
  const query = stripMention(text, ctx.me.username);
  if (query === "") return next();
  const data = await ctx.readModel.current();
  const q = parseGamesQuery(data.catalog.games, query, ctx.clock());
  const namesGames = q.games !== null || q.kind !== null || q.season !== null || q.notUnderstood.length > 0;
  const rc = renderContextOf(ctx);
  const notice = namesGames ? queryNotice(rc, data.catalog, q) : null;
  if (namesGames && q.rest === "")
    return showSummary(ctx, data, q.games ?? defaultLicenseGames(data.catalog, ctx.clock(), q.kind ?? "olympic", seasonFilter(q)), notice);
  const found = namesGames ? lookUpRest(data, q) : lookUp(data, query);
  const typed = namesGames ? q.rest : query;
  if (found.type === "athletes") return showAthletes(ctx, data, typed, found.athletes, notice);
  if (found.type === "sport") return showSport(ctx, data, found.sport, q, notice);
  await show(
    ctx,
    withNotice(
      lookupChoiceView(rc, data.catalog, typed, found.match, (s) => catalogForSport(data, s.id)),
      notice,
    ),
  );
});

function showAthletes(ctx: BotContext, data: FanData, query: string, athletes: readonly Athlete[], notice: Html | null): Promise<void> {
  const records = athletes.map((athlete) => ({
    athlete,
    licenses: athleteLicenses(data, athlete.id),
    results: athleteResults(data, athlete.id),
  }));
  return show(ctx, withNotice(athleteView(renderContextOf(ctx), query, records), notice));
}

function showSummary(ctx: BotContext, data: FanData, games: Games | null, notice: Html | null = null): Promise<void> {
  const rc = renderContextOf(ctx);
  const summary = games && licenseSummary(data, games.id);
  if (!summary) return show(ctx, withNotice(messageView(rc, "no-games"), notice));
  return show(ctx, withNotice(licenseSummaryView(rc, data.catalog, summary), notice));
}

/**
 * A sport's licenses at the Games the fan named, if it contests the sport; else (saying so) at the
 * Games its licenses are being won for now, of the season named if one was.
 */
function showSport(ctx: BotContext, data: FanData, sport: Sport, q: GamesQuery, notice: Html | null): Promise<void> {
  const rc = renderContextOf(ctx);
  const { named, elsewhere } = sportAtNamedGames(rc, data, sport, q);
  const season = seasonFilter(q);
  const contests = contesting(data, sport);
  const games =
    named ??
    (q.season !== null ? defaultLicenseGames(data.catalog, ctx.clock(), sport.kind, (g) => contests(g) && season(g)) : null) ??
    sportLicenseGames(data, sport, ctx.clock());
  if (!games) return show(ctx, withNotice(messageView(rc, "no-games"), notice, elsewhere));
  return showSportAt(ctx, data, games, sport, 0, notice, elsewhere);
}

function showSportAt(ctx: BotContext, data: FanData, games: Games, sport: Sport, page: number, ...notices: (Html | null)[]): Promise<void> {
  const licenses = sportLicenses(data, games.id, sport.id);
  const rc = renderContextOf(ctx);
  const qualifiers = sportQualifiersNote(rc, data, games, sport);
  const view = sportLicensesView(rc, data.catalog, games, sport, licenses, page, {
    contests: contesting(data, sport),
    withLicensesAt: licenses.length === 0 ? latestGamesWithSportLicenses(data, sport, games) : null,
    ...(qualifiers ? { qualifiers } : {}),
  });
  return show(ctx, withNotice(view, ...notices));
}
