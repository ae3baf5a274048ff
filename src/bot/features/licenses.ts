import { Composer } from "grammy";
import { indexAthletes, listAthletes, matchAthletes } from "../../domain/athletes.js";
import { defaultLicenseGames, gamesCatalog, type GamesCatalog } from "../../domain/catalog.js";
import { findGames } from "../../domain/games.js";
import { athleteLicenses, licenseSummary, sportLicenses } from "../../domain/licenses.js";
import { athleteResults } from "../../domain/results.js";
import { getSport, MAX_QUERY_CHARS, resolveSport, type SportMatch } from "../../domain/sports.js";
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
  const cat = await gamesCatalog(ctx.db);
  const query = commandArgument(ctx);
  if (query === "") return showSummary(ctx, cat, defaultLicenseGames(cat, ctx.clock()));
  const found = await lookUp(ctx, query);
  if (found.type === "athletes") return showAthletes(ctx, query, found.athletes);
  if (found.type === "sport") return showSport(ctx, cat, found.sport);
  await show(ctx, sportChoiceView(renderContextOf(ctx), cat, query, found.match, "licenses"));
});

onMenuItem(licensesFeature, "licenses", async (ctx) => {
  const cat = await gamesCatalog(ctx.db);
  await showSummary(ctx, cat, defaultLicenseGames(cat, ctx.clock()));
});

onButton(licensesFeature, summaryButton, async (ctx, data) => {
  const cat = await gamesCatalog(ctx.db);
  const games = cat.games.find((g) => g.id === data.gamesId);
  if (!games) return staleAnswer(ctx);
  await showSummary(ctx, cat, games);
});

onButton(licensesFeature, sportButton, async (ctx, data) => {
  const [games, sport] = await Promise.all([findGames(ctx.db, data.gamesId), getSport(ctx.db, data.sportId)]);
  if (!games || !sport || games.kind !== sport.kind) return staleAnswer(ctx);
  await showSportAt(ctx, games, sport, data.page);
});

// A plain message naming a sport ("бокс") or an athlete ("Оралбай") answers like /licenses with
// it; anything else goes on to the hint.
licensesFeature.on("message:text").filter(isAddressedToBot, async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/")) return next();
  const query = stripMention(text, ctx.me.username);
  if (query === "") return next();
  const found = await lookUp(ctx, query);
  if (found.type === "athletes") return showAthletes(ctx, query, found.athletes);
  if (found.type === "sport") return showSport(ctx, await gamesCatalog(ctx.db), found.sport);
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
 *
 * The athletes are read and indexed per lookup for now; reads move into memory in a later issue.
 */
async function lookUp(ctx: BotContext, query: string): Promise<LookUp> {
  const [sportMatch, sportIndex, athletes] = await Promise.all([
    resolveSport(ctx.sports, query),
    ctx.sports.get(),
    listAthletes(ctx.db),
  ]);
  const matched = matchAthletes(query, indexAthletes(athletes));
  const q = normaliseTerm(query.slice(0, MAX_QUERY_CHARS * 4)).slice(0, MAX_QUERY_CHARS);
  const sportNamedExactly = sportIndex.exact.has(q);
  if (matched.length > 0 && !sportNamedExactly && matched.some((a) => namesExactly(q, a))) return { type: "athletes", athletes: matched };
  if (sportMatch.type === "found") return { type: "sport", sport: sportMatch.sport };
  if (matched.length > 0) return { type: "athletes", athletes: matched };
  return { type: "none", match: sportMatch };
}

/** Whether a normalised query is one of the athlete's names whole, or a whole word of one. */
function namesExactly(q: string, athlete: Athlete): boolean {
  return Object.values(athlete.name).some((form) => !!form && (normaliseTerm(form) === q || words(form).includes(q)));
}

async function showAthletes(ctx: BotContext, query: string, athletes: readonly Athlete[]): Promise<void> {
  const records = await Promise.all(
    athletes.map(async (athlete) => {
      const [licenses, results] = await Promise.all([athleteLicenses(ctx.db, athlete.id), athleteResults(ctx.db, athlete.id)]);
      return { athlete, licenses, results };
    }),
  );
  await show(ctx, athleteView(renderContextOf(ctx), query, records));
}

async function showSummary(ctx: BotContext, cat: GamesCatalog, games: Games | null): Promise<void> {
  const rc = renderContextOf(ctx);
  if (!games) return show(ctx, messageView(rc, "no-games"));
  await show(ctx, licenseSummaryView(rc, cat, await licenseSummary(ctx.db, games.id)));
}

async function showSport(ctx: BotContext, cat: GamesCatalog, sport: Sport): Promise<void> {
  const games = defaultLicenseGames(cat, ctx.clock(), sport.kind);
  if (!games) return show(ctx, messageView(renderContextOf(ctx), "no-games"));
  await showSportAt(ctx, games, sport, 0);
}

async function showSportAt(ctx: BotContext, games: Games, sport: Sport, page: number): Promise<void> {
  const licenses = await sportLicenses(ctx.db, games.id, sport.id);
  await show(ctx, sportLicensesView(renderContextOf(ctx), games, sport, licenses, page));
}
