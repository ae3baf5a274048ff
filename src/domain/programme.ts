// Which sports a Games holds. A Games whose programme the data confirms has rows in games_sports
// (every sport and discipline contested, each listed). One without (LA 2028 Paralympics, French
// Alps 2030, Brisbane 2032 as of 2026-12) falls back to every sport of its kind and season: those
// Games will draw from that list, and offering it lets staff record a license and fans look a sport
// up there, where an empty list would refuse them everything, and a guessed programme would be an
// invented fact.
import type { GamesCatalog } from "./catalog.js";
import type { FanData } from "./fan-data.js";
import type { Games, Sport } from "./types.js";

/** Whether the data confirms which sports this Games holds (false: programmeOf falls back). */
export function hasConfirmedProgramme(data: FanData, gamesId: number): boolean {
  return (data.programmes.get(gamesId)?.size ?? 0) > 0;
}

/** The sports and disciplines of a Games' programme, by English name; [] for an unknown Games. */
export function programmeOf(data: FanData, gamesId: number): Sport[] {
  const games = data.games.get(gamesId);
  if (!games) return [];
  const listed = data.programmes.get(gamesId);
  if (listed && listed.size > 0) return data.sports.filter((s) => listed.has(s.id));
  return data.sports.filter((s) => s.kind === games.kind && s.season === games.season);
}

/** Whether a sport (or discipline) is contested at a Games, by its programme or the fallback. */
export function inProgramme(data: Pick<FanData, "games" | "sportsById" | "programmes">, gamesId: number, sportId: number): boolean {
  const games = data.games.get(gamesId);
  const sport = data.sportsById.get(sportId);
  if (!games || !sport) return false;
  const listed = data.programmes.get(gamesId);
  if (listed && listed.size > 0) return listed.has(sportId);
  return sport.kind === games.kind && sport.season === games.season;
}

/** The Games whose programme holds a sport, earliest first: where a sport screen can take a fan. */
export function gamesWithSport(data: FanData, sportId: number): Games[] {
  return data.catalog.games.filter((g) => inProgramme(data, g.id, sportId));
}

/** Only the sports of a list that a Games holds, in the list's order (a match's candidates, a fan's choices). */
export function withinProgramme(data: FanData, gamesId: number, sports: readonly Sport[]): Sport[] {
  return sports.filter((s) => inProgramme(data, gamesId, s.id));
}

/**
 * The catalog narrowed to the Games that hold a sport. A default-Games picker (catalog.ts) given it
 * opens a sport's screen at a Games where the sport is contested: biathlon never at LA 2028.
 */
export function catalogForSport(data: FanData, sportId: number): GamesCatalog {
  const games = gamesWithSport(data, sportId);
  return { games, withLicenses: new Set(games.filter((g) => data.catalog.withLicenses.has(g.id)).map((g) => g.id)) };
}
