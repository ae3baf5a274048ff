import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { games as gamesTable, licenses as licensesTable, sports as sportsTable } from "../db/schema.js";
import { fromTranslatedKeys } from "../lib/languages.js";
import { athletesOf } from "./athlete-links.js";
import { toGames } from "./games.js";
import { isRowId } from "./ids.js";
import { toSport } from "./sports.js";
import type { Athlete, Games, License, Sport, Translated } from "./types.js";

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
  note: Translated | null;
}

export interface LicenseSummary {
  games: Games;
  totalPlaces: number; // quota places over all listed licenses
  licenseCount: number; // listed license rows
  sportCount: number; // distinct sports, a discipline counting as its parent sport
  bySport: { sport: Sport; places: number; licenses: number }[]; // places desc, then English name
  reported: ReportedTotal | null; // the latest official figure
  history: readonly ReportedTotal[]; // every official figure, oldest first (the latest is `reported`)
  target: number | null; // games.licenseTarget ?? reported.target
  medals: MedalTally; // the team's recorded results at these Games
}

export type LicenseRow = typeof licensesTable.$inferSelect;

/** A stored license as fans read it, with its sport and its athletes in listed order. */
export function toLicense(l: LicenseRow, sport: Sport, athletes: Athlete[]): License {
  const city = fromTranslatedKeys(l, "whereWon");
  return {
    id: l.id,
    gamesId: l.gamesId,
    sport,
    event: fromTranslatedKeys(l, "event"),
    athletes,
    team: fromTranslatedKeys(l, "team"),
    quotaPlaces: l.quotaPlaces,
    wonOn: l.wonOn,
    howWon: fromTranslatedKeys(l, "howWon"),
    whereWon: city || l.whereWonCountry ? { city, country: l.whereWonCountry } : null,
    source: l.source,
    note: fromTranslatedKeys(l, "note"),
  };
}

/** Most recently won first (unknown days last), then as recorded. */
export function byWonOnDesc(a: License, b: License): number {
  if (a.wonOn !== b.wonOn) {
    if (a.wonOn === null) return 1;
    if (b.wonOn === null) return -1;
    return a.wonOn < b.wonOn ? 1 : -1;
  }
  return a.id - b.id;
}

/** The totals of one Games from its listed licenses, its reported totals (oldest first) and its medals. */
export function summarizeLicenses(
  games: Games,
  licenses: readonly License[],
  history: readonly ReportedTotal[],
  medals: MedalTally,
): LicenseSummary {
  const sorted = [...history].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const reported = sorted.at(-1) ?? null;
  const perSport = new Map<number, { sport: Sport; places: number; licenses: number }>();
  for (const l of licenses) {
    const entry = perSport.get(l.sport.id) ?? { sport: l.sport, places: 0, licenses: 0 };
    entry.places += l.quotaPlaces;
    entry.licenses += 1;
    perSport.set(l.sport.id, entry);
  }
  const bySport = [...perSport.values()].sort((a, b) => b.places - a.places || a.sport.name.en.localeCompare(b.sport.name.en, "en"));
  return {
    games,
    totalPlaces: bySport.reduce((n, s) => n + s.places, 0),
    licenseCount: licenses.length,
    sportCount: new Set(bySport.map((s) => s.sport.parentId ?? s.sport.id)).size,
    bySport,
    reported,
    history: sorted,
    target: games.licenseTarget ?? reported?.target ?? null,
    medals,
  };
}

/**
 * The summary as of a calendar day (YYYY-MM-DD): only the totals reported by then, the latest of them
 * as `reported`. A clock set back in time (tests, a replay) does not see later reports.
 */
export function reportedBy(summary: LicenseSummary, day: string): LicenseSummary {
  const history = summary.history.filter((total) => total.asOf <= day);
  if (history.length === summary.history.length) return summary;
  return { ...summary, history, reported: history.at(-1) ?? null };
}

/**
 * One license with its Games, read from the database (null when there is no such license, e.g.
 * staff removed it): for staff flows inside their transactions. Fans read the read model.
 */
export async function findLicense(db: Db, id: number): Promise<{ license: License; games: Games } | null> {
  if (!isRowId(id)) return null;
  const [row] = await db
    .select({ license: licensesTable, sport: sportsTable, games: gamesTable })
    .from(licensesTable)
    .innerJoin(sportsTable, eq(sportsTable.id, licensesTable.sportId))
    .innerJoin(gamesTable, eq(gamesTable.id, licensesTable.gamesId))
    .where(and(eq(licensesTable.id, id), notRemoved));
  if (!row) return null;
  const named = await athletesOf(db, "license", [id]);
  return { license: toLicense(row.license, toSport(row.sport), named.get(id) ?? []), games: toGames(row.games) };
}
