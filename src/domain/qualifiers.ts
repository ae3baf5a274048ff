// Qualification events as fans read them: where each stands (ahead, on, over) by the clock and its
// host's zone, a Games' list (what is ahead first, then what is over with what was won there), and
// a sport's next chance. Plain functions over the read model; the writes are in qualifier-records.ts.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import { games as gamesTable, licenses as licensesTable, qualificationEvents, sports as sportsTable } from "../db/schema.js";
import { fromTranslatedKeys } from "../lib/languages.js";
import { addDays, startOfDay } from "../lib/zoned-time.js";
import { athletesOf } from "./athlete-links.js";
import { toGames } from "./games.js";
import { isRowId } from "./ids.js";
import { byWonOnDesc, findLicense, notRemoved } from "./licenses.js";
import { toSport } from "./sports.js";
import type { Athlete, Games, License, Place, Qualifier, Sport } from "./types.js";

/** Quota places an event awards in all: a World Championships may award dozens. */
export const MAX_QUALIFIER_QUOTA = 999;
/** An event runs a few days, a month at most (a long World Cup series is recorded stage by stage). */
export const MAX_QUALIFIER_SPAN_DAYS = 45;

/** Events staff removed (or undid) are kept for the audit trail and never shown. */
export const qualifierShown = isNull(qualificationEvents.removedAt);

export type QualifierRow = typeof qualificationEvents.$inferSelect;

/** Where it is held: the city in three languages and the country, either may be missing; null when neither is known. */
export function placeOf(row: QualifierRow): Place | null {
  const city = fromTranslatedKeys(row, "place");
  return city || row.placeCountry ? { city, country: row.placeCountry } : null;
}

export function toQualifier(row: QualifierRow, sport: Sport, athletes: Athlete[], licenses: License[]): Qualifier {
  return {
    id: row.id,
    gamesId: row.gamesId,
    sport,
    name: fromTranslatedKeys(row, "name") ?? { en: row.nameEn },
    event: fromTranslatedKeys(row, "event"),
    place: placeOf(row),
    hostTz: row.hostTz,
    firstDay: row.firstDay,
    lastDay: row.lastDay,
    quotaPlaces: row.quotaPlaces,
    athletes,
    source: row.source,
    closedAt: row.closedAt,
    licenses,
  };
}

/** By first day, then as recorded. */
export function byFirstDay(a: Qualifier, b: Qualifier): number {
  return a.firstDay.localeCompare(b.firstDay) || a.id - b.id;
}

/** From the host's midnight of its first day to the end of its last day, as instants. */
export function qualifierWindow(q: Pick<Qualifier, "firstDay" | "lastDay" | "hostTz">): { start: Date; end: Date } {
  return { start: startOfDay(q.firstDay, q.hostTz), end: startOfDay(addDays(q.lastDay, 1), q.hostTz) };
}

export type QualifierPhase = "before" | "during" | "after";

/** Ahead, on or over at `now`, in its host's calendar: the same instant for every viewer. */
export function qualifierPhase(q: Pick<Qualifier, "firstDay" | "lastDay" | "hostTz">, now: Date): QualifierPhase {
  const { start, end } = qualifierWindow(q);
  if (now.getTime() < start.getTime()) return "before";
  if (now.getTime() < end.getTime()) return "during";
  return "after";
}

/**
 * Whether its first day has come in its host's calendar: only then may staff close it with its
 * outcome. Closed before it is held, it would tell fans "no license won" and send the summary of
 * an event not yet run.
 */
export function hasBegun(q: Pick<Qualifier, "firstDay" | "hostTz">, now: Date): boolean {
  return now.getTime() >= startOfDay(q.firstDay, q.hostTz).getTime();
}

/** Whether staff may close it now: open, and begun. */
export function closable(q: Pick<Qualifier, "firstDay" | "hostTz" | "closedAt">, now: Date): boolean {
  return q.closedAt === null && hasBegun(q, now);
}

/** The read model's part these read (FanData has it; not imported, as fan-data.ts imports this module). */
type Recorded = { readonly qualifiers: readonly Qualifier[] };

const ofSport = (sportId: number) => (q: Qualifier) => q.sport.id === sportId || q.sport.parentId === sportId;

export interface QualifierList {
  /** On now or ahead, soonest first. */
  upcoming: Qualifier[];
  /** Over, the latest first. */
  past: Qualifier[];
}

/** A Games' qualification events (a sport's, its disciplines' included, when given): ahead first, then over. */
export function gamesQualifiers(data: Recorded, gamesId: number, now: Date, sportId?: number): QualifierList {
  const list = data.qualifiers.filter((q) => q.gamesId === gamesId && (sportId === undefined || ofSport(sportId)(q)));
  const over = (q: Qualifier) => qualifierPhase(q, now) === "after";
  return { upcoming: list.filter((q) => !over(q)), past: list.filter(over).reverse() };
}

/**
 * A sport's next chance at a Games: the soonest of its events (or its disciplines') not over and not
 * closed, other than `except` (the one just closed). null when none is recorded.
 */
export function nextChance(data: Recorded, gamesId: number, sport: Sport, now: Date, except?: number): Qualifier | null {
  return (
    data.qualifiers.find(
      (q) => q.gamesId === gamesId && ofSport(sport.id)(q) && q.id !== except && q.closedAt === null && qualifierPhase(q, now) !== "after",
    ) ?? null
  );
}

/** One event (not removed) by id. */
export function qualifierById(data: Recorded, id: number): Qualifier | null {
  return data.qualifiers.find((q) => q.id === id) ?? null;
}

/**
 * One event (not removed) with its Games, read from the database: for staff writes inside their
 * transactions (the audit trail's snapshots, a broadcast's audience). Fans read the read model.
 */
export async function findQualifier(db: Db, id: number): Promise<{ qualifier: Qualifier; games: Games } | null> {
  if (!isRowId(id)) return null;
  const [row] = await db
    .select({ qualifier: qualificationEvents, sport: sportsTable, games: gamesTable })
    .from(qualificationEvents)
    .innerJoin(sportsTable, eq(sportsTable.id, qualificationEvents.sportId))
    .innerJoin(gamesTable, eq(gamesTable.id, qualificationEvents.gamesId))
    .where(and(eq(qualificationEvents.id, id), qualifierShown));
  if (!row) return null;
  const athletes = await athletesOf(db, "qualifier", [id]);
  const won = await db
    .select({ id: licensesTable.id })
    .from(licensesTable)
    .where(and(eq(licensesTable.qualifierId, id), notRemoved))
    .orderBy(asc(licensesTable.id));
  const licenses: License[] = [];
  for (const { id: licenseId } of won) {
    const found = await findLicense(db, licenseId);
    if (found) licenses.push(found.license);
  }
  return {
    qualifier: toQualifier(row.qualifier, toSport(row.sport), athletes.get(id) ?? [], licenses.sort(byWonOnDesc)),
    games: toGames(row.games),
  };
}
