// Which Games a fan's question is about, over the whole read model: the clock's defaults of
// catalog.ts narrowed to a sport's programme, the Games a fan named (games-query.ts), and where an
// empty screen sends them instead.
import { defaultLicenseGames, type GamesFilter, latestGamesWith } from "./catalog.js";
import { type FanData, sportLicenses } from "./fan-data.js";
import { type FanLookUp, lookUp } from "./fan-lookup.js";
import type { GamesQuery } from "./games-query.js";
import { inProgramme } from "./programme.js";
import type { Games, GamesKind, Sport } from "./types.js";

/** Whether a sport is contested at a Games: its programme, or the fallback of programme.ts. */
export function sportAt(data: FanData, games: Games, sport: Sport): boolean {
  return inProgramme(data, games.id, sport.id);
}

/** The Games that contest `sport`, as a filter for the defaults of catalog.ts. */
export function contesting(data: FanData, sport: Sport): GamesFilter {
  return (g) => sportAt(data, g, sport);
}

/**
 * The Games a sport's licenses are shown for when none is named: the current-or-next Games whose
 * programme has the sport; when none ahead has it, the latest that had it.
 */
export function sportLicenseGames(data: FanData, sport: Sport, now: Date): Games | null {
  return defaultLicenseGames(data.catalog, now, sport.kind, contesting(data, sport));
}

/** The latest Games, other than `except`, with licenses recorded in `sport`: where its empty screen points. */
export function latestGamesWithSportLicenses(data: FanData, sport: Sport, except?: Games): Games | null {
  return latestGamesWith(data.catalog, sport.kind, (g) => sportLicenses(data, g.id, sport.id).length > 0, except);
}

/**
 * The Games `sport` is shown at when the fan named `named`: that Games if it contests the sport,
 * else its counterpart of the other kind the same year (they said "paris", not "Olympic"), unless
 * they typed the kind; null when neither contests it.
 */
export function namedGamesFor(data: FanData, named: Games, sport: Sport, kindTyped: GamesKind | null): Games | null {
  if (sportAt(data, named, sport)) return named;
  if (kindTyped !== null) return null;
  const twin = data.catalog.games.find(
    (g) => g.id !== named.id && g.year === named.year && g.season === named.season && g.hostCity.en === named.hostCity.en,
  );
  return twin && sportAt(data, twin, sport) ? twin : null;
}

/**
 * The sport or athlete in what is left of a query once its Games is taken out. A kind word may
 * belong to a sport's name ("para judo", "паралимпийская стрельба"), so the rest with it is
 * tried first; failing that, the rest without it.
 */
export function lookUpRest(data: FanData, q: Pick<GamesQuery, "rest" | "restWithKind">): FanLookUp {
  if (q.restWithKind !== q.rest) {
    const withKind = lookUp(data, q.restWithKind);
    if (withKind.type !== "none" || q.rest === "") return withKind;
  }
  return lookUp(data, q.rest);
}
