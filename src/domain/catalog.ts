import { currentOrNextGames, gamesPhase, pickDefaultGames } from "./games.js";
import type { Games, GamesKind } from "./types.js";

/** Every Games plus which of them have licenses: enough to pick defaults and move between Games. */
export interface GamesCatalog {
  games: Games[];
  withLicenses: Set<number>;
}

/** The Games /licenses shows when none is chosen (the latest with licenses, else the next). */
export function defaultLicenseGames(cat: GamesCatalog, now: Date, kind: GamesKind = "olympic"): Games | null {
  return pickDefaultGames(cat.games, cat.withLicenses, now, kind);
}

/** The Games /schedule shows when none is chosen: the one on now, else the same as /licenses. */
export function defaultScheduleGames(cat: GamesCatalog, now: Date, kind: GamesKind = "olympic"): Games | null {
  const running = currentOrNextGames(cat.games, now, kind);
  if (running && gamesPhase(running, now) === "during") return running;
  return defaultLicenseGames(cat, now, kind);
}

/** Paris 2024 Olympic <-> Paris 2024 Paralympic; else the default Games of the other kind. */
export function counterpart(cat: GamesCatalog, g: Games, now: Date): Games | null {
  const other: GamesKind = g.kind === "olympic" ? "paralympic" : "olympic";
  return cat.games.find((x) => x.kind === other && x.year === g.year && x.season === g.season) ?? defaultLicenseGames(cat, now, other);
}

/** The previous and next Games of the same kind. */
export function neighbours(cat: GamesCatalog, g: Games): { prev: Games | null; next: Games | null } {
  const same = cat.games.filter((x) => x.kind === g.kind).sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  const i = same.findIndex((x) => x.id === g.id);
  return { prev: same[i - 1] ?? null, next: same[i + 1] ?? null };
}
