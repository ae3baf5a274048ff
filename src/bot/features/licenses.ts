import { Composer } from "grammy";
import { matchAthletes } from "../../domain/athletes.js";
import { defaultLicenseGames } from "../../domain/catalog.js";
import {
  athleteLicenses,
  athleteResults,
  getSport,
  licenseSummary,
  resolveSport,
  sportLicenses,
  type FanData,
} from "../../domain/fan-data.js";
import { MAX_QUERY_CHARS, type SportMatch } from "../../domain/sports.js";
import { words } from "../../domain/sport-match.js";
import type { Athlete, Games, Sport } from "../../domain/types.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { onButton, onMenuItem, staleAnswer } from "../buttons.js";
import { sportButton, summaryButton } from "../callback-data/licenses.js";
import { renderContextOf, type BotContext } from "../context.js";
import { commandArgument, isAddressedToBot, stripMention } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { athleteView } from "../views/athlete.js";
import { licenseSummaryView, sportLicensesView } from "../views/licenses.js";
import { sportChoiceView } from "../views/sport-choice.js";
import { messageView } from "../views/view.js";

export const licensesFeature = new Composer<BotContext>();

licensesFeature.command("licenses", async (ctx) => {
  const data = await ctx.readModel.current();
  const query = commandArgument(ctx);
  if (query === "") return showSummary(ctx, data, defaultLicenseGames(data.catalog, ctx.clock()));
  const found = lookUp(data, query);
  if (found.type === "athletes") return showAthletes(ctx, data, query, found.athletes);
  if (found.type === "sport") return showSport(ctx, data, found.sport);
  await show(ctx, sportChoiceView(renderContextOf(ctx), data.catalog, query, found.match, "licenses"));
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
  if (!games || !sport || games.kind !== sport.kind) return staleAnswer(ctx);
  await showSportAt(ctx, data, games, sport, button.page);
});

// A plain message naming a sport ("бокс") or an athlete ("Оралбай") answers like /licenses with
// it; anything else goes on to the hint.
licensesFeature.on("message:text").filter(isAddressedToBot, async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/")) return next();
  const query = stripMention(text, ctx.me.username);
  if (query === "") return next();
  const data = await ctx.readModel.current();
  const found = lookUp(data, query);
  if (found.type === "athletes") return showAthletes(ctx, data, query, found.athletes);
  if (found.type === "sport") return showSport(ctx, data, found.sport);
  return next();
});

type LookUp =
  | { type: "athletes"; athletes: Athlete[] }
  | { type: "sport"; sport: Sport }
  | { type: "none"; match: Exclude<SportMatch, { type: "found" }> };

/**
 * What a fan typed after /licenses (or on its own): an athlete or a sport. An athlete named
 * exactly or by a whole word of their name ("oralbay", "Нұрбек") wins over a sport matched
 * only loosely (by a word, prefix or typo); a sport found otherwise wins; failing both, an
 * athlete matched by prefix or typo ("yakovlv").
 */
function lookUp(data: FanData, query: string): LookUp {
  const sportMatch = resolveSport(data, query);
  const q = normaliseTerm(query.slice(0, MAX_QUERY_CHARS * 4)).slice(0, MAX_QUERY_CHARS);
  const sportNamedExactly = data.sportIndex.exact.has(q);
  // A sport named by its name or an alias ("boxing", the usual case) wins: no athlete search needed.
  if (sportNamedExactly && sportMatch.type === "found") return { type: "sport", sport: sportMatch.sport };
  const matched = matchAthletes(query, data.athleteIndex);
  if (matched.length > 0 && !sportNamedExactly && matched.some((a) => namesExactly(q, a))) return { type: "athletes", athletes: matched };
  if (sportMatch.type === "found") return { type: "sport", sport: sportMatch.sport };
  if (matched.length > 0) return { type: "athletes", athletes: matched };
  return { type: "none", match: sportMatch };
}

/** Whether a normalised query is one of the athlete's names whole, or a whole word of one. */
function namesExactly(q: string, athlete: Athlete): boolean {
  return Object.values(athlete.name).some((form) => !!form && (normaliseTerm(form) === q || words(form).includes(q)));
}

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
  const games = defaultLicenseGames(data.catalog, ctx.clock(), sport.kind);
  if (!games) return show(ctx, messageView(renderContextOf(ctx), "no-games"));
  return showSportAt(ctx, data, games, sport, 0);
}

function showSportAt(ctx: BotContext, data: FanData, games: Games, sport: Sport, page: number): Promise<void> {
  return show(ctx, sportLicensesView(renderContextOf(ctx), games, sport, sportLicenses(data, games.id, sport.id), page));
}
