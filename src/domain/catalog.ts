// Which Games a fan means when they name none: chosen by the clock, per command. Each rule is a
// plain function of the catalog and `now`, so tests pin dates across a whole cycle of Games.
import { currentOrNextGames, gamesPhase, gamesWindow } from "./games.js";
import type { Games, GamesKind } from "./types.js";

/** Every Games plus which of them have licenses: enough to pick defaults and move between Games. */
export interface GamesCatalog {
  games: Games[];
  withLicenses: Set<number>;
}

/**
 * Which Games count for a question: all of them, or only those contesting a sport (its programme)
 * or of a season ("зимняя олимпиада").
 */
export type GamesFilter = (g: Games) => boolean;

const anyGames: GamesFilter = () => true;

/** The Games of a kind that pass `filter`, earliest first. */
function ofKind(cat: GamesCatalog, kind: GamesKind, filter: GamesFilter): Games[] {
  return cat.games.filter((g) => g.kind === kind && filter(g)).sort(byOpening);
}

function byOpening(a: Games, b: Games): number {
  return gamesWindow(a).start.getTime() - gamesWindow(b).start.getTime() || a.id - b.id;
}

/** The latest Games (by closing) that is over; null before the first has closed. */
function latestOver(games: readonly Games[], now: Date): Games | null {
  return (
    games
      .filter((g) => gamesPhase(g, now) === "after")
      .sort((a, b) => gamesWindow(a).end.getTime() - gamesWindow(b).end.getTime())
      .at(-1) ?? null
  );
}

/**
 * The Games /licenses shows when none is named: the one whose licenses are being won now, that is
 * the Games of the kind on now, else the next to open (in December 2026, LA 2028). When every one
 * is over, the latest. With a filter (a sport's programme), only the Games that pass it.
 */
export function defaultLicenseGames(
  cat: GamesCatalog,
  now: Date,
  kind: GamesKind = "olympic",
  filter: GamesFilter = anyGames,
): Games | null {
  const games = ofKind(cat, kind, filter);
  return currentOrNextGames(games, now, kind) ?? games.at(-1) ?? null;
}

/** The Games /schedule shows when none is named: the one on now, else the next; when all are over, the latest. */
export function defaultScheduleGames(
  cat: GamesCatalog,
  now: Date,
  kind: GamesKind = "olympic",
  filter: GamesFilter = anyGames,
): Games | null {
  return defaultLicenseGames(cat, now, kind, filter);
}

/**
 * The Games /medals shows when none is named: the one on now, else the latest that is over (in
 * December 2026, Milano Cortina 2026); before any is over, the next.
 */
export function defaultMedalsGames(
  cat: GamesCatalog,
  now: Date,
  kind: GamesKind = "olympic",
  filter: GamesFilter = anyGames,
): Games | null {
  const games = ofKind(cat, kind, filter);
  const running = games.find((g) => gamesPhase(g, now) === "during");
  return running ?? latestOver(games, now) ?? currentOrNextGames(games, now, kind);
}

/**
 * The latest Games of a kind, other than `except`, that passes `has` (licenses recorded, or a
 * sport's licenses): where an empty screen sends the fan instead.
 */
export function latestGamesWith(cat: GamesCatalog, kind: GamesKind, has: GamesFilter, except?: Games): Games | null {
  return ofKind(cat, kind, (g) => g.id !== except?.id && has(g)).at(-1) ?? null;
}

/** The latest Games of a kind with licenses recorded. */
export function latestGamesWithLicenses(cat: GamesCatalog, kind: GamesKind, except?: Games): Games | null {
  return latestGamesWith(cat, kind, (g) => cat.withLicenses.has(g.id), except);
}

/**
 * Whether `g` is the Games whose licenses are being won now: not yet over, and the first of its
 * kind still to come (or on). Only of that one may a fan be told that qualification is under way.
 */
export function isQualifyingFor(cat: GamesCatalog, g: Games, now: Date): boolean {
  return gamesPhase(g, now) === "before" && currentOrNextGames(ofKind(cat, g.kind, anyGames), now, g.kind)?.id === g.id;
}

/** Paris 2024 Olympic <-> Paris 2024 Paralympic; else the default Games of the other kind. */
export function counterpart(cat: GamesCatalog, g: Games, now: Date): Games | null {
  const other: GamesKind = g.kind === "olympic" ? "paralympic" : "olympic";
  return cat.games.find((x) => x.kind === other && x.year === g.year && x.season === g.season) ?? defaultLicenseGames(cat, now, other);
}

/** The previous and next Games of the same kind (of those passing `filter`, e.g. with a sport). */
export function neighbours(cat: GamesCatalog, g: Games, filter: GamesFilter = anyGames): { prev: Games | null; next: Games | null } {
  const same = ofKind(cat, g.kind, (x) => x.id === g.id || filter(x));
  const i = same.findIndex((x) => x.id === g.id);
  if (i < 0) return { prev: null, next: null };
  return { prev: same[i - 1] ?? null, next: same[i + 1] ?? null };
}
