import { Composer } from "grammy";
import { defaultScheduleGames, gamesCatalog, type GamesCatalog } from "../../domain/catalog.js";
import { gamesPhase } from "../../domain/games.js";
import { onDay, scheduleFor } from "../../domain/schedule.js";
import { getSport, resolveSport } from "../../domain/sports.js";
import type { Games, Sport } from "../../domain/types.js";
import { LANGS } from "../../lib/languages.js";
import { hostDate } from "../../lib/zoned-time.js";
import { onButton, onMenuItem, staleAnswer } from "../buttons.js";
import { scheduleButton } from "../callback-data/schedule.js";
import { renderContextOf, type BotContext } from "../context.js";
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
  const cat = await gamesCatalog(ctx.db);
  const query = commandArgument(ctx);
  if (query === "") return showSchedule(ctx, cat, defaultScheduleGames(cat, ctx.clock()), null, 0);
  if (asksForToday(ctx, query)) return showToday(ctx, cat);
  const match = await resolveSport(ctx.sports, query);
  if (match.type !== "found") return show(ctx, sportChoiceView(renderContextOf(ctx), cat, query, match, "schedule"));
  await showSchedule(ctx, cat, defaultScheduleGames(cat, ctx.clock(), match.sport.kind), match.sport, 0);
});

onMenuItem(scheduleFeature, "schedule", async (ctx) => {
  const cat = await gamesCatalog(ctx.db);
  await showSchedule(ctx, cat, defaultScheduleGames(cat, ctx.clock()), null, 0);
});

onButton(scheduleFeature, scheduleButton, async (ctx, data) => {
  const [cat, sport] = await Promise.all([gamesCatalog(ctx.db), data.sportId === null ? null : getSport(ctx.db, data.sportId)]);
  const games = cat.games.find((g) => g.id === data.gamesId);
  if (!games || (data.sportId !== null && (!sport || sport.kind !== games.kind))) return staleAnswer(ctx);
  await showSchedule(ctx, cat, games, sport, data.page);
});

async function showSchedule(ctx: BotContext, cat: GamesCatalog, games: Games | null, sport: Sport | null, page: number): Promise<void> {
  const rc = renderContextOf(ctx);
  if (!games) return show(ctx, messageView(rc, "no-games"));
  const windows = await scheduleFor(ctx.db, games.id, sport?.id);
  await show(ctx, scheduleView(rc, cat, games, sport, windows, page));
}

async function showToday(ctx: BotContext, cat: GamesCatalog): Promise<void> {
  const rc = renderContextOf(ctx);
  const running = cat.games.filter((g) => gamesPhase(g, rc.now) === "during");
  const today = await Promise.all(
    running.map(async (games) => ({ games, windows: onDay(await scheduleFor(ctx.db, games.id), hostDate(rc.now, games.hostTz)) })),
  );
  await show(ctx, todayView(rc, cat, today));
}
