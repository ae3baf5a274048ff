import { addDays, daysBetween, hostDate, hostTime, zonedInstant } from "../lib/zoned-time.js";
import { gamesPhase, gamesWindow } from "./games.js";
import type { Games } from "./types.js";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const CLOCK_WINDOW_MS = 48 * HOUR_MS;

export type Countdown =
  | {
      phase: "before";
      target: Date;
      exact: boolean; // false: the ceremony time is unknown, counting to host-local midnight
      days: number;
      hours: number;
      minutes: number;
      showClock: boolean; // under 48 hours: show hours and minutes
    }
  | { phase: "during"; day: number; of: number }
  | { phase: "after" };

/**
 * Time left until a Games opens, or which day of it is running. Days are calendar days in the
 * host zone (as Temporal's ZonedDateTime.until counts them), so a DST change in between
 * neither loses nor adds a day; hours and minutes are the exact remainder.
 */
export function countdown(g: Games, now: Date): Countdown {
  const phase = gamesPhase(g, now);
  if (phase === "during") {
    const of = daysBetween(g.opensOn, g.closesOn) + 1;
    const day = daysBetween(g.opensOn, hostDate(now, g.hostTz)) + 1;
    return { phase, day: Math.min(Math.max(day, 1), of), of };
  }
  if (phase === "after") return { phase };

  const { start } = gamesWindow(g);
  const tz = g.hostTz;
  const today = hostDate(now, tz);
  const clock = hostTime(now, tz);
  // Zone offsets are whole minutes, so the seconds of the wall clock are those of the instant.
  const seconds = now.getTime() % MINUTE_MS;
  const sameTimeOn = (days: number) => zonedInstant(addDays(today, days), tz, clock).getTime() + seconds;
  let days = daysBetween(today, hostDate(start, tz));
  // The same wall-clock time `days` later may be past the target (now 20:00, opening 19:30).
  while (days > 0 && sameTimeOn(days) > start.getTime()) days -= 1;
  const rest = days === 0 ? start.getTime() - now.getTime() : start.getTime() - sameTimeOn(days);
  return {
    phase,
    target: start,
    exact: g.opensAt !== null,
    days,
    hours: Math.floor(rest / HOUR_MS),
    minutes: Math.floor((rest % HOUR_MS) / MINUTE_MS),
    showClock: start.getTime() - now.getTime() < CLOCK_WINDOW_MS,
  };
}
