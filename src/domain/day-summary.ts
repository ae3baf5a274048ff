// A running Games' day in one piece: which day it is, what the team won that day and what is on.
// The pushed countdown becomes this during a Games (jobs/broadcast-content.ts).
import { hostDate } from "../lib/zoned-time.js";
import { countdown } from "./countdown.js";
import { type FanData, gamesResults, scheduleFor } from "./fan-data.js";
import { isMedal } from "./results.js";
import { onDay } from "./schedule.js";
import type { CompetitionWindow, Games, MedalResult } from "./types.js";

export interface DaySummary {
  games: Games;
  /** The host-local date ("YYYY-MM-DD") the summary is of: "today" in the host's calendar. */
  hostDay: string;
  day: number;
  of: number;
  /** The team's medals dated `hostDay`, gold first (placings are in their own alerts). */
  results: readonly MedalResult[];
  /** Windows that include `hostDay`. */
  windows: readonly CompetitionWindow[];
}

/**
 * The summary of `games`' current day, or null when they are not on at `now`.
 *
 * "Today" is one day throughout, the host's: the day number counts host-local days (as the
 * countdown does), windows are host-local dates, and a result's `wonOn` is its host-local date,
 * so today's results are those whose `wonOn` equals the host-local date at `now`. The viewer's
 * day may differ (a 09:00 Almaty summary of Los Angeles is of LA's previous evening), which is
 * why the text names the date and the host city.
 */
export function daySummary(data: FanData, games: Games, now: Date): DaySummary | null {
  const c = countdown(games, now);
  if (c.phase !== "during") return null;
  const hostDay = hostDate(now, games.hostTz);
  return {
    games,
    hostDay,
    day: c.day,
    of: c.of,
    // Results are read gold first (fan-data.ts), so a filter keeps medals first.
    results: gamesResults(data, games.id).filter((r): r is MedalResult => isMedal(r) && r.wonOn === hostDay),
    windows: onDay(scheduleFor(data, games.id), hostDay),
  };
}
