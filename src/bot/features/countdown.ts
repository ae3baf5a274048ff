import { Composer, InlineKeyboard } from "grammy";
import { countdown } from "../../domain/countdown.js";
import { currentOrNextGames, listGames } from "../../domain/games.js";
import type { Games, GamesKind } from "../../domain/types.js";
import { encodeCallback } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { t } from "../i18n.js";
import { formatDate } from "../render/format.js";
import { gamesTitle, instantWithZones } from "../render/games.js";
import { joinHtml, type Html } from "../render/html.js";
import { show, type View } from "../render/respond.js";

export const countdownFeature = new Composer<BotContext>();

countdownFeature.command("countdown", async (ctx) => show(ctx, await countdownView(ctx)));

const KINDS: GamesKind[] = ["olympic", "paralympic"];
const MINUTE_MS = 60_000;

export async function countdownView(ctx: BotContext): Promise<View> {
  const now = ctx.clock();
  const games = await listGames(ctx.db);
  const blocks = KINDS.map((kind) => currentOrNextGames(games, now, kind))
    .filter((g): g is Games => g !== null)
    .map((g) => countdownBlock(ctx, g, now));
  const keyboard = new InlineKeyboard().text(ctx.t("button-refresh"), encodeCallback({ type: "menu", item: "countdown" }));
  if (blocks.length === 0) return { text: t(ctx, "countdown-none") };
  return { text: joinHtml([t(ctx, "countdown-header"), ...blocks], "\n\n"), keyboard };
}

function countdownBlock(ctx: BotContext, g: Games, now: Date): Html {
  const title = gamesTitle(ctx, g);
  const c = countdown(g, now);
  if (c.phase === "during") return t(ctx, "countdown-during", { games: title, day: c.day, of: c.of });
  if (c.phase === "after") return t(ctx, "games-over", { games: title, date: formatDate(g.closesOn, ctx.lang) });

  let left: Html;
  if (c.showClock) {
    // Under 48 hours the exact remainder matters more than calendar days.
    const totalMinutes = Math.max(0, Math.floor((c.target.getTime() - now.getTime()) / MINUTE_MS));
    left = t(ctx, "countdown-clock", { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 });
  } else {
    left = t(ctx, "countdown-days", { days: c.days });
  }
  const when = c.exact
    ? t(ctx, "countdown-opening-exact", { when: instantWithZones(ctx, c.target, g.hostTz) })
    : t(ctx, "countdown-opening-date", { date: formatDate(g.opensOn, ctx.lang), zone: g.hostTz });
  return joinHtml([t(ctx, "countdown-before", { games: title, left }), when], "\n");
}
