import { asc } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { games as gamesTable } from "../db/schema.js";
import { fromLangKeys, fromTranslatedKeys } from "../lib/languages.js";
import { addDays, startOfDay } from "../lib/zoned-time.js";
import type { Games, GamesKind } from "./types.js";

export type GamesRow = typeof gamesTable.$inferSelect;

export function toGames(row: GamesRow): Games {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    season: row.season,
    year: row.year,
    hostCity: fromLangKeys(row, "hostCity"),
    hostTz: row.hostTz,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    competitionStartsOn: row.competitionStartsOn,
    licenseTarget: row.licenseTarget,
    licenseTargetAbove: row.licenseTargetAbove,
    medalRank: row.medalRank,
    note: fromTranslatedKeys(row, "note"),
  };
}

/** All Games, earliest first. */
export async function listGames(db: Db): Promise<Games[]> {
  const rows = await db.select().from(gamesTable).orderBy(asc(gamesTable.opensOn), asc(gamesTable.id));
  return rows.map(toGames);
}

/**
 * The Games as instants: from the opening ceremony (or host-local midnight of the opening day
 * while its time is unconfirmed) to the closing ceremony (or the end of the closing day).
 */
export function gamesWindow(g: Games): { start: Date; end: Date } {
  return {
    start: g.opensAt ?? startOfDay(g.opensOn, g.hostTz),
    end: g.closesAt ?? startOfDay(addDays(g.closesOn, 1), g.hostTz),
  };
}

export function gamesPhase(g: Games, now: Date): "before" | "during" | "after" {
  const { start, end } = gamesWindow(g);
  if (now.getTime() < start.getTime()) return "before";
  if (now.getTime() < end.getTime()) return "during";
  return "after";
}

/** The Games of a kind that is on now, else the next one to open; null when all are over. */
export function currentOrNextGames(games: Games[], now: Date, kind: GamesKind = "olympic"): Games | null {
  let best: { g: Games; start: number } | null = null;
  for (const g of games) {
    if (g.kind !== kind) continue;
    const { start, end } = gamesWindow(g);
    if (end.getTime() <= now.getTime()) continue;
    if (!best || start.getTime() < best.start) best = { g, start: start.getTime() };
  }
  return best?.g ?? null;
}

const KINDS: readonly GamesKind[] = ["olympic", "paralympic"];

/** The Games on now or next of each kind (Olympic first): what a countdown counts down to. */
export function upcomingGames(games: Games[], now: Date): Games[] {
  return KINDS.map((kind) => currentOrNextGames(games, now, kind)).filter((g): g is Games => g !== null);
}

/** The Games of each kind (Olympic first) that closed most recently. */
export function latestOverGames(games: readonly Games[], now: Date): Games[] {
  return KINDS.flatMap((kind) => {
    const over = games
      .filter((g) => g.kind === kind && gamesPhase(g, now) === "after")
      .sort((a, b) => gamesWindow(b).end.getTime() - gamesWindow(a).end.getTime());
    return over.slice(0, 1);
  });
}
