import { Composer } from "grammy";
import { defaultLicenseGames, gamesCatalog, type GamesCatalog } from "../../domain/catalog.js";
import { findGames } from "../../domain/games.js";
import { licenseSummary, sportLicenses } from "../../domain/licenses.js";
import { getSport, resolveSport } from "../../domain/sports.js";
import type { Games, Sport } from "../../domain/types.js";
import { onButton, onMenuItem, staleAnswer } from "../buttons.js";
import { sportButton, summaryButton } from "../callback-data/licenses.js";
import { renderContextOf, type BotContext } from "../context.js";
import { commandArgument, isAddressedToBot, stripMention } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { licenseSummaryView, sportLicensesView } from "../views/licenses.js";
import { sportChoiceView } from "../views/sport-choice.js";
import { messageView } from "../views/view.js";

export const licensesFeature = new Composer<BotContext>();

licensesFeature.command("licenses", async (ctx) => {
  const cat = await gamesCatalog(ctx.db);
  const query = commandArgument(ctx);
  if (query === "") return showSummary(ctx, cat, defaultLicenseGames(cat, ctx.clock()));
  const match = await resolveSport(ctx.sports, query);
  if (match.type !== "found") return show(ctx, sportChoiceView(renderContextOf(ctx), cat, query, match, "licenses"));
  await showSport(ctx, cat, match.sport);
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

// A plain message naming a sport ("бокс") answers like /licenses бокс; anything else goes on to the hint.
licensesFeature.on("message:text").filter(isAddressedToBot, async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/")) return next();
  const query = stripMention(text, ctx.me.username);
  const match = query === "" ? null : await resolveSport(ctx.sports, query);
  if (match?.type !== "found") return next();
  await showSport(ctx, await gamesCatalog(ctx.db), match.sport);
});

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
