import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import {
  games as gamesTable,
  licenseAthletes,
  licenses as licensesTable,
  reportedTotals,
  results as resultsTable,
  sports as sportsTable,
} from "../db/schema.js";
import { fromTranslatedKeys } from "../lib/languages.js";
import { athletesOf } from "./athlete-links.js";
import { NotFoundError } from "./errors.js";
import { toGames } from "./games.js";
import { isRowId } from "./ids.js";
import { sportOrItsDisciplines, toSport } from "./sports.js";
import type { Games, License, Sport } from "./types.js";

/** Licenses staff removed (or undid) are kept for the audit trail but never read as licenses. */
export const notRemoved = isNull(licensesTable.deletedAt);

export interface MedalTally {
  gold: number;
  silver: number;
  bronze: number;
}

export interface ReportedTotal {
  licenses: number;
  sports: number | null;
  target: number | null;
  asOf: string;
  source: string;
}

export interface LicenseSummary {
  games: Games;
  totalPlaces: number; // quota places over all listed licenses
  licenseCount: number; // listed license rows
  sportCount: number; // distinct sports, a discipline counting as its parent sport
  bySport: { sport: Sport; places: number; licenses: number }[]; // places desc, then English name
  reported: ReportedTotal | null; // the latest official figure
  target: number | null; // games.licenseTarget ?? reported.target
  medals: MedalTally; // the team's recorded results at these Games
}

/**
 * Totals for one Games in a single round trip: the Games row, per-sport aggregates and the latest
 * reported total, joined. Throws NotFoundError for an unknown Games.
 */
export async function licenseSummary(db: Db, gamesId: number): Promise<LicenseSummary> {
  if (!isRowId(gamesId)) throw new NotFoundError("games", gamesId);
  const perSport = db
    .select({
      sportId: licensesTable.sportId,
      places: sql<number>`sum(${licensesTable.quotaPlaces})::int`.as("places"),
      licenses: sql<number>`count(*)::int`.as("license_count"),
    })
    .from(licensesTable)
    .where(and(eq(licensesTable.gamesId, gamesId), notRemoved))
    .groupBy(licensesTable.sportId)
    .as("per_sport");
  const latestTotal = db
    .select()
    .from(reportedTotals)
    .where(eq(reportedTotals.gamesId, gamesId))
    .orderBy(desc(reportedTotals.asOf))
    .limit(1)
    .as("latest_total");

  const tally = db
    .select({
      gold: sql<number>`count(*) filter (where ${resultsTable.medal} = 'gold')::int`.as("gold"),
      silver: sql<number>`count(*) filter (where ${resultsTable.medal} = 'silver')::int`.as("silver"),
      bronze: sql<number>`count(*) filter (where ${resultsTable.medal} = 'bronze')::int`.as("bronze"),
    })
    .from(resultsTable)
    .where(eq(resultsTable.gamesId, gamesId))
    .as("tally");

  const rows = await db
    .select({
      games: gamesTable,
      medals: { gold: tally.gold, silver: tally.silver, bronze: tally.bronze },
      sport: sportsTable,
      places: perSport.places,
      licenses: perSport.licenses,
      reported: {
        licenses: latestTotal.licenses,
        sports: latestTotal.sports,
        target: latestTotal.target,
        asOf: latestTotal.asOf,
        source: latestTotal.source,
      },
    })
    .from(gamesTable)
    .leftJoin(latestTotal, sql`true`)
    .leftJoin(tally, sql`true`)
    .leftJoin(perSport, sql`true`)
    .leftJoin(sportsTable, eq(sportsTable.id, perSport.sportId))
    .where(eq(gamesTable.id, gamesId));

  const [first] = rows;
  if (!first) throw new NotFoundError("games", gamesId);
  const games = toGames(first.games);
  const bySport = rows
    .flatMap((r) => (r.sport ? [{ sport: toSport(r.sport), places: r.places ?? 0, licenses: r.licenses ?? 0 }] : []))
    .sort((a, b) => b.places - a.places || a.sport.name.en.localeCompare(b.sport.name.en, "en"));
  const reported = first.reported;
  return {
    games,
    totalPlaces: bySport.reduce((n, s) => n + s.places, 0),
    licenseCount: bySport.reduce((n, s) => n + s.licenses, 0),
    sportCount: new Set(bySport.map((s) => s.sport.parentId ?? s.sport.id)).size,
    bySport,
    reported,
    target: games.licenseTarget ?? reported?.target ?? null,
    medals: { gold: first.medals.gold ?? 0, silver: first.medals.silver ?? 0, bronze: first.medals.bronze ?? 0 },
  };
}

/** Licenses of a sport at a Games, its disciplines' included; most recently won first. */
export async function sportLicenses(db: Db, gamesId: number, sportId: number): Promise<License[]> {
  if (!isRowId(gamesId) || !isRowId(sportId)) return [];
  const rows = await db
    .select({ license: licensesTable, sport: sportsTable })
    .from(licensesTable)
    .innerJoin(sportsTable, eq(sportsTable.id, licensesTable.sportId))
    .where(and(eq(licensesTable.gamesId, gamesId), sportOrItsDisciplines(sportId), notRemoved))
    .orderBy(sql`${licensesTable.wonOn} desc nulls last`, asc(licensesTable.id));
  return toLicenses(db, rows);
}

/** The licenses that name an athlete, at any Games, with their Games; latest Games first. */
export async function athleteLicenses(db: Db, athleteId: number): Promise<{ license: License; games: Games }[]> {
  if (!isRowId(athleteId)) return [];
  const rows = await db
    .select({ license: licensesTable, sport: sportsTable, games: gamesTable })
    .from(licensesTable)
    .innerJoin(sportsTable, eq(sportsTable.id, licensesTable.sportId))
    .innerJoin(gamesTable, eq(gamesTable.id, licensesTable.gamesId))
    .where(
      and(
        inArray(
          licensesTable.id,
          db.select({ id: licenseAthletes.licenseId }).from(licenseAthletes).where(eq(licenseAthletes.athleteId, athleteId)),
        ),
        notRemoved,
      ),
    )
    .orderBy(desc(gamesTable.opensOn), asc(licensesTable.id));
  const licenses = await toLicenses(db, rows);
  return licenses.map((license, i) => ({ license, games: toGames(rows[i]!.games) }));
}

type LicenseRow = { license: typeof licensesTable.$inferSelect; sport: typeof sportsTable.$inferSelect };

/** Rows to Licenses, their athletes read in one more query. */
async function toLicenses(db: Db, rows: readonly LicenseRow[]): Promise<License[]> {
  const named = await athletesOf(db, "license", rows.map((r) => r.license.id));
  return rows.map(({ license: l, sport }) => {
    const city = fromTranslatedKeys(l, "whereWon");
    return {
      id: l.id,
      gamesId: l.gamesId,
      sport: toSport(sport),
      event: fromTranslatedKeys(l, "event"),
      athletes: named.get(l.id) ?? [],
      team: fromTranslatedKeys(l, "team"),
      quotaPlaces: l.quotaPlaces,
      wonOn: l.wonOn,
      howWon: fromTranslatedKeys(l, "howWon"),
      whereWon: city || l.whereWonCountry ? { city, country: l.whereWonCountry } : null,
      source: l.source,
      note: fromTranslatedKeys(l, "note"),
    };
  });
}

/** One license with its Games (null when there is no such license, e.g. staff deleted it). */
export async function findLicense(db: Db, id: number): Promise<{ license: License; games: Games } | null> {
  if (!isRowId(id)) return null;
  const [row] = await db
    .select({ license: licensesTable, sport: sportsTable, games: gamesTable })
    .from(licensesTable)
    .innerJoin(sportsTable, eq(sportsTable.id, licensesTable.sportId))
    .innerJoin(gamesTable, eq(gamesTable.id, licensesTable.gamesId))
    .where(and(eq(licensesTable.id, id), notRemoved));
  if (!row) return null;
  const [license] = await toLicenses(db, [row]);
  return { license: license!, games: toGames(row.games) };
}
