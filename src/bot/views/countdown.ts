import { InlineKeyboard } from "grammy";
import { countdown } from "../../domain/countdown.js";
import type { DaySummary } from "../../domain/day-summary.js";
import { type FanData, gamesResults } from "../../domain/fan-data.js";
import { latestOverGames, upcomingGames } from "../../domain/games.js";
import type { MedalTally } from "../../domain/licenses.js";
import type { Games } from "../../domain/types.js";
import { medalsButton } from "../callback-data/medals.js";
import { menuButton } from "../callback-data/menu.js";
import { todayScheduleButton } from "../callback-data/schedule.js";
import { t } from "../i18n.js";
import { formatDate, zoneWords } from "../render/format.js";
import { type Html, joinHtml } from "../render/html.js";
import { daySummaryBlock } from "./day-summary.js";
import { gamesOverLine, gamesShortLabel, gamesTitle, instantWithZones } from "./games.js";
import type { RenderContext } from "./render-context.js";
import { medalCount, resultLine, tallyOf } from "./results.js";
import type { View } from "./view.js";

const MINUTE_MS = 60_000;

/**
 * What a pushed countdown adds per Games: the licenses won so far and, for Games on at the time,
 * the day's summary, which takes the place of the countdown for them.
 */
export interface CountdownExtras {
  licenses: ReadonlyMap<number, number>;
  summaries: ReadonlyMap<number, DaySummary>;
}

/** Games that are over, with what the team won there (the most recent of each kind, for /countdown). */
export interface PastGames {
  games: Games;
  medals: MedalTally;
}

/** The most recent Games of each kind that are over, with their medals: what /countdown and its inline card end with. */
export function latestPastGames(data: FanData, now: Date): PastGames[] {
  return latestOverGames(data.catalog.games, now).map((g) => ({ games: g, medals: tallyOf(gamesResults(data, g.id)) }));
}

/**
 * /countdown: how long until each of `games` (the next Olympic and Paralympic), or which day is
 * on; then `past`, the Games that are over, in the past tense with the team's result.
 */
export function countdownView(rc: RenderContext, games: readonly Games[], extras?: CountdownExtras, past: readonly PastGames[] = []): View {
  if (games.length === 0 && past.length === 0) return { text: t(rc, "countdown-none") };
  const summaries = games.flatMap((g) => {
    const s = extras?.summaries.get(g.id);
    return s ? [s] : [];
  });
  if (extras && summaries.length > 0) return summaryView(rc, games, extras, summaries);
  const keyboard = new InlineKeyboard().text(rc.t("button-refresh"), menuButton.encode({ item: "countdown" })).row();
  for (const { games: g, medals } of past) {
    if (medalCount(medals) > 0) {
      keyboard.text(rc.t("button-games-medals", { games: gamesShortLabel(rc, g) }), medalsButton.encode({ gamesId: g.id })).row();
    }
  }
  const pastBlocks = past.map(({ games: g, medals }) => joinHtml([gamesOverLine(rc, g), resultLine(rc, g, medals, false)], "\n"));
  if (games.length === 0) return { text: joinHtml([t(rc, "countdown-header"), t(rc, "countdown-none"), ...pastBlocks], "\n\n"), keyboard };
  const blocks = games.map((g) => joinHtml(extras ? [countdownBlock(rc, g), licensesLine(rc, extras, g)] : [countdownBlock(rc, g)], "\n"));
  return { text: joinHtml([t(rc, "countdown-header"), ...blocks, ...pastBlocks], "\n\n"), keyboard };
}

function licensesLine(rc: RenderContext, extras: CountdownExtras, g: Games): Html {
  const won = extras.licenses.get(g.id) ?? 0;
  return won > 0 ? t(rc, "countdown-licenses", { places: won }) : t(rc, "countdown-licenses-none");
}

/**
 * The pushed countdown while a Games is on: its day's summary (and the countdown of the other
 * kind's Games, if they are still ahead), with the day's full schedule and the medals a tap away.
 * No "refresh": it would put the plain /countdown in the summary's place.
 */
function summaryView(rc: RenderContext, games: readonly Games[], extras: CountdownExtras, summaries: readonly DaySummary[]): View {
  const blocks = games.map((g) => {
    const s = extras.summaries.get(g.id);
    return s ? daySummaryBlock(rc, s) : joinHtml([countdownBlock(rc, g), licensesLine(rc, extras, g)], "\n");
  });
  const keyboard = new InlineKeyboard().text(rc.t("button-today-schedule"), todayScheduleButton.encode({})).row();
  for (const s of summaries) {
    keyboard.text(rc.t("button-games-medals", { games: gamesShortLabel(rc, s.games) }), medalsButton.encode({ gamesId: s.games.id })).row();
  }
  return { text: joinHtml([t(rc, "summary-header"), ...blocks], "\n\n"), keyboard };
}

function countdownBlock(rc: RenderContext, g: Games): Html {
  const title = gamesTitle(rc, g);
  const c = countdown(g, rc.now);
  if (c.phase === "during") return t(rc, "countdown-during", { games: title, day: c.day, of: c.of });
  if (c.phase === "after") return gamesOverLine(rc, g);

  let left: Html;
  if (c.showClock) {
    // Under 48 hours the exact remainder matters more than calendar days.
    const totalMinutes = Math.max(0, Math.floor((c.target.getTime() - rc.now.getTime()) / MINUTE_MS));
    left = t(rc, "countdown-clock", { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 });
  } else {
    left = t(rc, "countdown-days", { days: c.days });
  }
  const when = c.exact
    ? t(rc, "countdown-opening-exact", { when: instantWithZones(rc, c.target, g.hostTz) })
    : t(rc, "countdown-opening-date", { date: formatDate(g.opensOn, rc.lang), zone: zoneWords(g.hostTz, rc.lang) });
  return joinHtml([t(rc, "countdown-before", { games: title, left }), when], "\n");
}

/** /countdown as asked now: the Games on now or next of each kind, and the latest ones over. */
export function currentCountdownView(rc: RenderContext, data: FanData): View {
  return countdownView(rc, upcomingGames(data.catalog.games, rc.now), undefined, latestPastGames(data, rc.now));
}
