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
 * Each Games' window, worked out once per Games object: the catalog's rules sort and compare the
 * Games by it on every fan's command, and a zone's midnight takes several Intl calls. A Games
 * object is never changed once built (a change to the Games comes as a new snapshot of objects).
 */
const windows = new WeakMap<Games, { readonly start: Date; readonly end: Date }>();

/**
 * The Games as instants: from the opening ceremony (or host-local midnight of the opening day
 * while its time is unconfirmed) to the closing ceremony (or the end of the closing day).
 */
export function gamesWindow(g: Games): { readonly start: Date; readonly end: Date } {
  let window = windows.get(g);
  if (!window) {
    window = {
      start: g.opensAt ?? startOfDay(g.opensOn, g.hostTz),
      end: g.closesAt ?? startOfDay(addDays(g.closesOn, 1), g.hostTz),
    };
    windows.set(g, window);
  }
  return window;
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
