import { defaultLicenseGames } from "../../domain/catalog.js";
import { athleteLicenses, athleteResults, type FanData, getSport, licenseSummary, sportLicenses } from "../../domain/fan-data.js";
import { contesting, latestGamesWithSportLicenses, lookUpRest, sportAt, sportLicenseGames } from "../../domain/fan-games.js";
import { lookUp } from "../../domain/fan-lookup.js";
import { type GamesQuery, parseGamesQuery, seasonFilter } from "../../domain/games-query.js";
import { catalogForSport } from "../../domain/programme.js";
import type { Athlete, Games, Sport } from "../../domain/types.js";
import { snapshotMemo } from "../../lib/snapshot-memo.js";
import { onButton, onDeepLink, onMenuItem, staleAnswer } from "../buttons.js";
import { athleteLink, sportLicensesLink, summaryLink } from "../callback-data/deep-links.js";
import { sportButton, summaryButton } from "../callback-data/licenses.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { commandArgument, isAddressedToBot, stripMention } from "../filters/addressed-to-bot.js";
import type { Html } from "../render/html.js";
import { show } from "../send-view.js";
import { athleteView } from "../views/athlete.js";
import { queryNotice, sportAtNamedGames, withNotice } from "../views/games-query.js";
import { licenseSummaryView, sportLicensesView } from "../views/licenses.js";
import { sportQualifiersNote } from "../views/qualifiers.js";
import type { RenderContext } from "../views/render-context.js";
import { lookupChoiceView, sportChoiceView } from "../views/sport-choice.js";
import { messageView, type View } from "../views/view.js";

export const licensesFeature = new FeatureComposer<BotContext>();

licensesFeature.command("licenses", async (ctx) => {
  const data = await ctx.readModel.current();
  await show(ctx, answered(ctx, data, "command", commandArgument(ctx), commandView));
});

/** What `/licenses <argument>` shows. */
function commandView(rc: RenderContext, data: FanData, argument: string): View {
  const q = parseGamesQuery(data.catalog.games, argument, rc.now);
  const notice = queryNotice(rc, data.catalog, q);
  if (q.rest === "")
    return summaryView(rc, data, q.games ?? defaultLicenseGames(data.catalog, rc.now, q.kind ?? "olympic", seasonFilter(q)), notice);
  const found = lookUpRest(data, q);
  if (found.type === "athletes") return athletesView(rc, data, q.rest, found.athletes, notice);
  if (found.type === "sport") return sportView(rc, data, found.sport, q, notice);
  return withNotice(
    sportChoiceView(rc, data.catalog, q.rest, found.match, "licenses", (s) => catalogForSport(data, s.id)),
    notice,
  );
}

/**
 * Answers made already, per fan-data snapshot: in a medal moment a crowd asks the same few
 * questions, and an answer depends only on the data, the question, the reader's language and
 * zone, and the minute (every date a screen turns on, a Games' opening or a host's midnight, falls
 * on a whole minute). The same key as the inline answers (inline.ts), without the bot's name, which
 * no screen here holds. A staff edit makes a new snapshot, so fans see it at once. Bounded: the
 * questions are the fans' own text; a screen is a few KB, so at most a few MB a snapshot.
 */
const views = snapshotMemo<FanData, View>(500);

function answered(
  ctx: BotContext,
  data: FanData,
  kind: "command" | "text",
  question: string,
  make: (rc: RenderContext, data: FanData, question: string) => View,
): View {
  const rc = renderContextOf(ctx);
  const key = `${kind} ${rc.lang} ${rc.displayTz} ${Math.floor(rc.now.getTime() / 60_000)} ${question}`;
  return views.get(data, key, () => make(rc, data, question));
}

onMenuItem(licensesFeature, "licenses", async (ctx) => {
  const data = await ctx.readModel.current();
  const rc = renderContextOf(ctx);
  await show(ctx, summaryView(rc, data, defaultLicenseGames(data.catalog, rc.now)));
});

onButton(licensesFeature, summaryButton, async (ctx, button) => {
  const data = await ctx.readModel.current();
  const games = data.games.get(button.gamesId);
  if (!games) return staleAnswer(ctx);
  await show(ctx, summaryView(renderContextOf(ctx), data, games));
});

onButton(licensesFeature, sportButton, async (ctx, button) => {
  const data = await ctx.readModel.current();
  const games = data.games.get(button.gamesId);
  const sport = getSport(data, button.sportId);
  if (!games || !sport || !sportAt(data, games, sport)) return staleAnswer(ctx);
  await show(ctx, sportAtView(renderContextOf(ctx), data, games, sport, button.page));
});

onDeepLink(licensesFeature, summaryLink, async (ctx, link) => {
  const data = await ctx.readModel.current();
  const games = data.games.get(link.gamesId);
  if (!games) return false;
  await show(ctx, summaryView(renderContextOf(ctx), data, games));
  return true;
});

onDeepLink(licensesFeature, sportLicensesLink, async (ctx, link) => {
  const data = await ctx.readModel.current();
  const games = data.games.get(link.gamesId);
  const sport = getSport(data, link.sportId);
  if (!games || !sport || !sportAt(data, games, sport)) return false;
  await show(ctx, sportAtView(renderContextOf(ctx), data, games, sport, 0));
  return true;
});

onDeepLink(licensesFeature, athleteLink, async (ctx, link) => {
  const data = await ctx.readModel.current();
  const athlete = data.athletes.get(link.athleteId);
  if (!athlete) return false;
  await show(ctx, athletesView(renderContextOf(ctx), data, "", [athlete], null));
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
  await show(ctx, answered(ctx, data, "text", query, textView));
});

/** What a plain message (the bot's mention taken out) shows, when it is not a question. */
function textView(rc: RenderContext, data: FanData, query: string): View {
  const q = parseGamesQuery(data.catalog.games, query, rc.now);
  const namesGames = q.games !== null || q.kind !== null || q.season !== null || q.notUnderstood.length > 0;
  const notice = namesGames ? queryNotice(rc, data.catalog, q) : null;
  if (namesGames && q.rest === "")
    return summaryView(rc, data, q.games ?? defaultLicenseGames(data.catalog, rc.now, q.kind ?? "olympic", seasonFilter(q)), notice);
  const found = namesGames ? lookUpRest(data, q) : lookUp(data, query);
  const typed = namesGames ? q.rest : query;
  if (found.type === "athletes") return athletesView(rc, data, typed, found.athletes, notice);
  if (found.type === "sport") return sportView(rc, data, found.sport, q, notice);
  return withNotice(
    lookupChoiceView(rc, data.catalog, typed, found.match, (s) => catalogForSport(data, s.id)),
    notice,
  );
}

function athletesView(rc: RenderContext, data: FanData, query: string, athletes: readonly Athlete[], notice: Html | null): View {
  const records = athletes.map((athlete) => ({
    athlete,
    licenses: athleteLicenses(data, athlete.id),
    results: athleteResults(data, athlete.id),
  }));
  return withNotice(athleteView(rc, query, records), notice);
}

function summaryView(rc: RenderContext, data: FanData, games: Games | null, notice: Html | null = null): View {
  const summary = games && licenseSummary(data, games.id);
  if (!summary) return withNotice(messageView(rc, "no-games"), notice);
  return withNotice(licenseSummaryView(rc, data.catalog, summary), notice);
}

/**
 * A sport's licenses at the Games the fan named, if it contests the sport; else (saying so) at the
 * Games its licenses are being won for now, of the season named if one was.
 */
function sportView(rc: RenderContext, data: FanData, sport: Sport, q: GamesQuery, notice: Html | null): View {
  const { named, elsewhere } = sportAtNamedGames(rc, data, sport, q);
  const season = seasonFilter(q);
  const contests = contesting(data, sport);
  const games =
    named ??
    (q.season !== null ? defaultLicenseGames(data.catalog, rc.now, sport.kind, (g) => contests(g) && season(g)) : null) ??
    sportLicenseGames(data, sport, rc.now);
  if (!games) return withNotice(messageView(rc, "no-games"), notice, elsewhere);
  return sportAtView(rc, data, games, sport, 0, notice, elsewhere);
}

function sportAtView(rc: RenderContext, data: FanData, games: Games, sport: Sport, page: number, ...notices: (Html | null)[]): View {
  const licenses = sportLicenses(data, games.id, sport.id);
  const qualifiers = sportQualifiersNote(rc, data, games, sport);
  const view = sportLicensesView(rc, data.catalog, games, sport, licenses, page, {
    contests: contesting(data, sport),
    withLicensesAt: licenses.length === 0 ? latestGamesWithSportLicenses(data, sport, games) : null,
    ...(qualifiers ? { qualifiers } : {}),
  });
  return withNotice(view, ...notices);
}
