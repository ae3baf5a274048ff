import type { Db } from "../db/handle.js";
import { hostDate } from "../lib/zoned-time.js";
import { createBroadcast } from "./broadcasts.js";
import { countdown } from "./countdown.js";
import { listGames, upcomingGames } from "./games.js";
import type { CountdownCadence } from "./subscriptions.js";
import type { Games } from "./types.js";

/** Days before the opening on which "milestones" subscribers hear the countdown (0: opening day). */
export const MILESTONE_DAYS = [365, 200, 100, 50, 30, 14, 7, 3, 2, 1, 0] as const;

type Cadence = Exclude<CountdownCadence, "off">;

/** Whether a cadence is due today for these Games (on now or next): daily always; weekly and milestones by days to go. */
export function cadenceDue(cadence: Cadence, games: readonly Games[], now: Date): boolean {
  if (cadence === "daily") return games.length > 0;
  return games.some((g) => {
    const c = countdown(g, now);
    if (c.phase === "during") return cadence === "milestones" ? c.day === 1 : (c.day - 1) % 7 === 0;
    if (c.phase !== "before") return false;
    return cadence === "milestones" ? (MILESTONE_DAYS as readonly number[]).includes(c.days) : c.days % 7 === 0;
  });
}

const CADENCES: readonly Cadence[] = ["milestones", "weekly", "daily"];

/** The cadence a countdown broadcast's key names (its last part), or null for a key of another form. */
export function cadenceOfKey(dedupeKey: string): Cadence | null {
  const last = dedupeKey.slice(dedupeKey.lastIndexOf(":") + 1);
  return (CADENCES as readonly string[]).includes(last) ? (last as Cadence) : null;
}

/**
 * Today's countdown broadcasts: per cadence due today, one broadcast keyed by the Games, the
 * local day in `displayTz` and the cadence, to the chats with that cadence. Running it again the
 * same day (another instance, the start-up catch-up) changes nothing.
 */
export async function makeCountdownBroadcasts(
  db: Db,
  now: Date,
  displayTz: string,
): Promise<{ cadence: Cadence; id: number; created: boolean; audienceSize: number }[]> {
  const games = upcomingGames(await listGames(db), now);
  if (games.length === 0) return [];
  const day = hostDate(now, displayTz);
  const made = [];
  for (const cadence of ["milestones", "weekly", "daily"] as const) {
    if (!cadenceDue(cadence, games, now)) continue;
    const result = await createBroadcast(
      db,
      {
        dedupeKey: `countdown:${games.map((g) => g.slug).join("+")}:${day}:${cadence}`,
        kind: "countdown",
        payload: { gamesIds: games.map((g) => g.id) },
        audience: { type: "countdown", cadence },
      },
      now,
    );
    made.push({ cadence, ...result });
  }
  return made;
}
