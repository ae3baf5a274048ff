import { Composer } from "grammy";
import { defaultLicenseGames } from "../../domain/catalog.js";
import { athleteLicenses, athleteResults, type FanData, getSport, licenseSummary, sportLicenses } from "../../domain/fan-data.js";
import { lookUp } from "../../domain/fan-lookup.js";
import { catalogForSport, inProgramme } from "../../domain/programme.js";
import type { Athlete, Games, Sport } from "../../domain/types.js";
import { onButton, onDeepLink, onMenuItem, staleAnswer } from "../buttons.js";
import { athleteLink, sportLicensesLink, summaryLink } from "../callback-data/deep-links.js";
import { sportButton, summaryButton } from "../callback-data/licenses.js";
import { type BotContext, renderContextOf } from "../context.js";
import { commandArgument, isAddressedToBot, stripMention } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { athleteView } from "../views/athlete.js";
import { licenseSummaryView, sportLicensesView } from "../views/licenses.js";
import { lookupChoiceView, sportChoiceView } from "../views/sport-choice.js";
import { messageView } from "../views/view.js";

export const licensesFeature = new Composer<BotContext>();

licensesFeature.command("licenses", async (ctx) => {
  const data = await ctx.readModel.current();
  const query = commandArgument(ctx);
  if (query === "") return showSummary(ctx, data, defaultLicenseGames(data.catalog, ctx.clock()));
  const found = lookUp(data, query);
  if (found.type === "athletes") return showAthletes(ctx, data, query, found.athletes);
  if (found.type === "sport") return showSport(ctx, data, found.sport);
  await show(
    ctx,
    sportChoiceView(renderContextOf(ctx), data.catalog, query, found.match, "licenses", (s) => catalogForSport(data, s.id)),
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
  // A sport at a Games whose programme lacks it is no screen to show (a button from before a programme change).
  if (!games || !sport || !inProgramme(data, games.id, sport.id)) return staleAnswer(ctx);
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
  if (!games || !sport || !inProgramme(data, games.id, sport.id)) return false;
  await showSportAt(ctx, data, games, sport, 0);
  return true;
});

onDeepLink(licensesFeature, athleteLink, async (ctx, link) => {
  const data = await ctx.readModel.current();
  const athlete = data.athletes.get(link.athleteId);
  if (!athlete) return false;
  await showAthletes(ctx, data, "", [athlete]);
  return true;
});

// A plain message naming a sport ("бокс") or an athlete ("Оралбай") answers like /licenses with
// it; a word of several sports offers them as buttons ("хоккей"); anything else says what was not
// found and what to try. (Questions such as "когда олимпиада?" were answered before: questions.ts.)
licensesFeature.on("message:text").filter(isAddressedToBot, async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/")) return next();
  const query = stripMention(text, ctx.me.username);
  if (query === "") return next();
  const data = await ctx.readModel.current();
  const found = lookUp(data, query);
  if (found.type === "athletes") return showAthletes(ctx, data, query, found.athletes);
  if (found.type === "sport") return showSport(ctx, data, found.sport);
  await show(
    ctx,
    lookupChoiceView(renderContextOf(ctx), data.catalog, query, found.match, (s) => catalogForSport(data, s.id)),
  );
});

function showAthletes(ctx: BotContext, data: FanData, query: string, athletes: readonly Athlete[]): Promise<void> {
  const records = athletes.map((athlete) => ({
    athlete,
    licenses: athleteLicenses(data, athlete.id),
    results: athleteResults(data, athlete.id),
  }));
  return show(ctx, athleteView(renderContextOf(ctx), query, records));
}

function showSummary(ctx: BotContext, data: FanData, games: Games | null): Promise<void> {
  const rc = renderContextOf(ctx);
  const summary = games && licenseSummary(data, games.id);
  if (!summary) return show(ctx, messageView(rc, "no-games"));
  return show(ctx, licenseSummaryView(rc, data.catalog, summary));
}

function showSport(ctx: BotContext, data: FanData, sport: Sport): Promise<void> {
  // Chosen among the Games that hold the sport: biathlon is never shown at a summer Games.
  const games = defaultLicenseGames(catalogForSport(data, sport.id), ctx.clock(), sport.kind);
  if (!games) return show(ctx, messageView(renderContextOf(ctx), "no-games"));
  return showSportAt(ctx, data, games, sport, 0);
}

function showSportAt(ctx: BotContext, data: FanData, games: Games, sport: Sport, page: number): Promise<void> {
  return show(ctx, sportLicensesView(renderContextOf(ctx), games, sport, sportLicenses(data, games.id, sport.id), page));
}
