// What an imported row is checked against: the Games (by the slug the files name them by), the
// sports (by slug or by a name in any language), each Games' programme (programme.ts reads it), the athletes (by any
// form of their name), and the qualification events a license may name. Read from the database in the import's own transaction, not from the fans'
// read model, which may lag a moment behind another instance's write.
import { asc } from "drizzle-orm";
import type { Db } from "../../db/handle.js";
import {
  athletes as athletesTable,
  gamesSports,
  games as gamesTable,
  qualificationEvents,
  sportAliases,
  sports as sportsTable,
} from "../../db/schema.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { toAthlete } from "../athletes.js";
import { toGames } from "../games.js";
import { toSport } from "../sports.js";
import type { Athlete, Games, Sport } from "../types.js";

export interface Reference {
  /** Earliest first. */
  gamesList: readonly Games[];
  games: ReadonlyMap<number, Games>;
  gamesBySlug: ReadonlyMap<string, Games>;
  sportsById: ReadonlyMap<number, Sport>;
  /** By slug, name and alias, normalised (normaliseTerm); a name may fit several sports (olympic, paralympic). */
  sportsByName: ReadonlyMap<string, readonly Sport[]>;
  /** Each Games' programme; a Games without rows has none confirmed (programme.ts). */
  programmes: ReadonlyMap<number, ReadonlySet<number>>;
  athletesById: ReadonlyMap<number, Athlete>;
  /** Every form of every name, normalised. */
  athletesByName: ReadonlyMap<string, readonly Athlete[]>;
  /**
   * The qualification events by id, what a license's qualifier cell is checked against: removed ones
   * too, as a license won at one keeps its link (and its export must import back unchanged). Whether
   * it is closed: a file may keep an event closed as it is, but not close one not begun yet.
   */
  qualifiers: ReadonlyMap<number, { gamesId: number; sportId: number; closed: boolean }>;
}

export async function loadReference(db: Db): Promise<Reference> {
  const games = (await db.select().from(gamesTable).orderBy(asc(gamesTable.opensOn), asc(gamesTable.id))).map(toGames);
  const sports = (await db.select().from(sportsTable).orderBy(asc(sportsTable.id))).map(toSport);
  const aliases = await db.select().from(sportAliases);
  const programme = await db.select().from(gamesSports);
  const athletes = (await db.select().from(athletesTable).orderBy(asc(athletesTable.id))).map(toAthlete);
  const qualifiers = await db
    .select({
      id: qualificationEvents.id,
      gamesId: qualificationEvents.gamesId,
      sportId: qualificationEvents.sportId,
      closedAt: qualificationEvents.closedAt,
    })
    .from(qualificationEvents);
  const programmes = new Map<number, Set<number>>();
  for (const row of programme) programmes.set(row.gamesId, (programmes.get(row.gamesId) ?? new Set()).add(row.sportId));
  return {
    gamesList: games,
    games: new Map(games.map((g) => [g.id, g])),
    gamesBySlug: new Map(games.map((g) => [g.slug, g])),
    sportsById: new Map(sports.map((s) => [s.id, s])),
    sportsByName: groupBy(sports, (s) =>
      [s.slug, ...Object.values(s.name), ...aliases.filter((a) => a.sportId === s.id).map((a) => a.alias)].map(normaliseTerm),
    ),
    programmes,
    athletesById: new Map(athletes.map((a) => [a.id, a])),
    athletesByName: groupBy(athletes, (a) => Object.values(a.name).flatMap((form) => (form ? [normaliseTerm(form)] : []))),
    qualifiers: new Map(qualifiers.map(({ id, closedAt, ...q }) => [id, { ...q, closed: closedAt !== null }])),
  };
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) out.set(key, [...(out.get(key) ?? []), item]);
  }
  return out;
}

/** The athletes one form of a name names exactly (case, spaces and punctuation aside). */
export function athletesNamed(ref: Reference, name: string): readonly Athlete[] {
  return ref.athletesByName.get(normaliseTerm(name)) ?? [];
}
