// Everything fans read, as one immutable snapshot: the Games, sports, windows, licenses, athletes,
// results, reported totals and qualification events. It is small (a few hundred rows), so it is read whole, indexed once,
// and every fan query is a plain function over it (read-model.ts keeps it current).
import { asc, isNull } from "drizzle-orm";
import type { Db } from "../db/handle.js";
import {
  athletes as athletesTable,
  competitionWindows,
  fanDataVersion,
  gamesSports,
  games as gamesTable,
  licenseAthletes,
  licenses as licensesTable,
  medalCardFiles,
  qualificationEventAthletes,
  qualificationEvents,
  reportedTotals,
  resultAthletes,
  results as resultsTable,
  sportAliases,
  sports as sportsTable,
} from "../db/schema.js";
import { fromTranslatedKeys } from "../lib/languages.js";
import { type AthleteIndex, indexAthletes, toAthlete } from "./athletes.js";
import type { GamesCatalog } from "./catalog.js";
import { toGames } from "./games.js";
import { isRowId, parseRowId } from "./ids.js";
import { byWonOnDesc, type LicenseSummary, notRemoved, type ReportedTotal, summarizeLicenses, toLicense } from "./licenses.js";
import { qualifierShown, byFirstDay as qualifiersByFirstDay, toQualifier } from "./qualifiers.js";
import { byMedal, isMedal, toResult } from "./results.js";
import { byFirstDay, toWindow } from "./schedule.js";
import { indexSports, matchSport, type SportIndex, type SportMatch } from "./sport-match.js";
import { toSport } from "./sports.js";
import type { Athlete, CardFileKey, CompetitionWindow, Games, GamesKind, License, MedalResult, Qualifier, Result, Sport } from "./types.js";

/** Results staff removed (or undid) are kept for the audit trail and never shown. */
export const resultShown = isNull(resultsTable.removedAt);

export interface FanData {
  /** fan_data_version when it was read: what the instance compares to learn of a change. */
  version: number;
  /** Every Games, earliest first, and which have licenses. */
  catalog: GamesCatalog;
  games: ReadonlyMap<number, Games>;
  /** By English name. */
  sports: readonly Sport[];
  sportsById: ReadonlyMap<number, Sport>;
  sportIndex: SportIndex;
  /**
   * Each Games' programme, by Games id: the ids of every sport and discipline contested there. A
   * Games without an entry has no confirmed programme (see programme.ts for what readers offer then).
   */
  programmes: ReadonlyMap<number, ReadonlySet<number>>;
  athletes: ReadonlyMap<number, Athlete>;
  athleteIndex: AthleteIndex;
  /** Licenses not removed, most recently won first. */
  licenses: readonly License[];
  /** Results not removed, medals and placings: gold first, placings last, then by day. */
  results: readonly Result[];
  /** By first day. */
  windows: readonly CompetitionWindow[];
  /** The reported totals of each Games that has any, oldest first. */
  reported: ReadonlyMap<number, readonly ReportedTotal[]>;
  /** Qualification events not removed, by first day (qualifiers.ts reads them). */
  qualifiers: readonly Qualifier[];
  /** The medal cards Telegram has (their file_ids): what inline mode can offer without uploading. */
  cardFiles: CardFiles;
}

/** Reads the whole snapshot in one repeatable-read transaction, so its parts and its version agree. */
export async function loadFanData(db: Db): Promise<FanData> {
  const rows = await db.transaction(
    async (tx) => {
      // One after the other: a transaction is one connection, and PGlite runs one statement at a time anyway.
      const [version] = await tx.select({ version: fanDataVersion.version }).from(fanDataVersion);
      const games = await tx.select().from(gamesTable).orderBy(asc(gamesTable.opensOn), asc(gamesTable.id));
      const sports = await tx.select().from(sportsTable);
      const aliases = await tx.select().from(sportAliases);
      const programme = await tx.select().from(gamesSports);
      const windows = await tx.select().from(competitionWindows);
      const licenses = await tx.select().from(licensesTable).where(notRemoved);
      const athletes = await tx.select().from(athletesTable).orderBy(asc(athletesTable.id));
      const licenseLinks = await tx.select().from(licenseAthletes).orderBy(asc(licenseAthletes.position), asc(licenseAthletes.athleteId));
      const results = await tx.select().from(resultsTable).where(resultShown);
      const resultLinks = await tx.select().from(resultAthletes).orderBy(asc(resultAthletes.position), asc(resultAthletes.athleteId));
      const totals = await tx.select().from(reportedTotals).orderBy(asc(reportedTotals.gamesId), asc(reportedTotals.asOf));
      const qualifiers = await tx.select().from(qualificationEvents).where(qualifierShown);
      const qualifierLinks = await tx
        .select()
        .from(qualificationEventAthletes)
        .orderBy(asc(qualificationEventAthletes.position), asc(qualificationEventAthletes.athleteId));
      const cardFiles = await tx.select().from(medalCardFiles);
      return {
        version: version?.version ?? 0,
        games,
        sports,
        aliases,
        programme,
        windows,
        licenses,
        athletes,
        licenseLinks,
        results,
        resultLinks,
        totals,
        qualifiers,
        qualifierLinks,
        cardFiles,
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );

  const games = rows.games.map(toGames);
  const sportList = rows.sports.map(toSport).sort((a, b) => a.name.en.localeCompare(b.name.en, "en") || a.id - b.id);
  const sportsById = new Map(sportList.map((s) => [s.id, s]));
  const aliasesOf = groupBy(rows.aliases, (a) => a.sportId);
  const athletes = new Map(rows.athletes.map((r) => [r.id, toAthlete(r)]));
  const named = (links: readonly { athleteId: number }[] | undefined) =>
    (links ?? []).flatMap((l) => {
      const a = athletes.get(l.athleteId);
      return a ? [a] : [];
    });
  const licenseLinks = groupBy(rows.licenseLinks, (l) => l.licenseId);
  const resultLinks = groupBy(rows.resultLinks, (l) => l.resultId);
  const qualifierLinks = groupBy(rows.qualifierLinks, (l) => l.qualifierId);
  // A row whose sport is missing cannot exist (foreign keys); skipping keeps the types honest.
  const licenses = rows.licenses
    .flatMap((l) => {
      const sport = sportsById.get(l.sportId);
      return sport ? [toLicense(l, sport, named(licenseLinks.get(l.id)))] : [];
    })
    .sort(byWonOnDesc);
  const wonAt = new Map(rows.licenses.map((l) => [l.id, l.qualifierId]));
  const licensesWonAt = groupBy(
    licenses.filter((l) => wonAt.get(l.id) != null),
    (l) => wonAt.get(l.id),
  );
  const qualifiers = rows.qualifiers
    .flatMap((q) => {
      const sport = sportsById.get(q.sportId);
      return sport ? [toQualifier(q, sport, named(qualifierLinks.get(q.id)), licensesWonAt.get(q.id) ?? [])] : [];
    })
    .sort(qualifiersByFirstDay);
  const results = rows.results
    .flatMap((r) => {
      const sport = sportsById.get(r.sportId);
      return sport ? [toResult(r, sport, named(resultLinks.get(r.id)))] : [];
    })
    .sort(byMedal);
  const windows = rows.windows
    .flatMap((w) => {
      const sport = sportsById.get(w.sportId);
      return sport ? [toWindow(w, sport)] : [];
    })
    .sort(byFirstDay);
  // Read ordered by date, so each Games' list is oldest first.
  const reported = new Map<number, ReportedTotal[]>();
  for (const [gamesId, totals] of groupBy(rows.totals, (t) => t.gamesId)) {
    reported.set(
      gamesId,
      totals.map((t) => ({
        licenses: t.licenses,
        sports: t.sports,
        target: t.target,
        asOf: t.asOf,
        source: t.source,
        note: fromTranslatedKeys(t, "note"),
      })),
    );
  }
  return {
    version: rows.version,
    catalog: { games, withLicenses: new Set(licenses.map((l) => l.gamesId)) },
    games: new Map(games.map((g) => [g.id, g])),
    sports: sportList,
    sportsById,
    sportIndex: indexSports(sportList.map((sport) => ({ sport, terms: (aliasesOf.get(sport.id) ?? []).map((a) => a.alias) }))),
    programmes: new Map(
      [...groupBy(rows.programme, (r) => r.gamesId)].map(([gamesId, list]) => [gamesId, new Set(list.map((r) => r.sportId))]),
    ),
    athletes,
    athleteIndex: indexAthletes([...athletes.values()]),
    licenses,
    results,
    windows,
    reported,
    qualifiers,
    cardFiles: new Map(rows.cardFiles.map((r) => [cardSlot(r), { cardKey: r.cardKey, fileId: r.fileId }])),
  };
}

/** The uploaded medal cards, one per bot, result and language: the last one's content key and file_id. */
export type CardFiles = ReadonlyMap<string, { cardKey: string; fileId: string }>;

const cardSlot = (key: Omit<CardFileKey, "cardKey">): string => `${key.botId}:${key.resultId}:${key.lang}`;

/**
 * The file_id of this very card, if it was uploaded; none for a card drawn from other content (a
 * result corrected since). The content key is asked for only when a card of the result was
 * uploaded in that language at all: most are not, and inline mode asks for many.
 */
export function cardFileId(data: FanData, slot: Omit<CardFileKey, "cardKey">, cardKey: () => string): string | undefined {
  const found = data.cardFiles.get(cardSlot(slot));
  return found && found.cardKey === cardKey() ? found.fileId : undefined;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** By numeric id (or its decimal string, as found in callback data) or by slug. */
export function findGames(data: FanData, idOrSlug: number | string): Games | null {
  if (typeof idOrSlug === "number" || /^\d+$/.test(idOrSlug)) {
    const id = typeof idOrSlug === "number" ? idOrSlug : parseRowId(idOrSlug);
    return isRowId(id) ? (data.games.get(id) ?? null) : null;
  }
  return data.catalog.games.find((g) => g.slug === idOrSlug) ?? null;
}

export function getSport(data: FanData, id: number): Sport | null {
  return data.sportsById.get(id) ?? null;
}

/** Sports (and disciplines) by English name, of one kind if given. */
export function listSports(data: FanData, opts: { kind?: GamesKind } = {}): Sport[] {
  return data.sports.filter((s) => !opts.kind || s.kind === opts.kind);
}

/** What a fan typed, resolved to a sport (of a kind, if given). */
export function resolveSport(data: FanData, query: string, opts: { kind?: GamesKind } = {}): SportMatch {
  return matchSport(query, data.sportIndex, opts.kind);
}

const ofSport = (sportId: number) => (x: { sport: Sport }) => x.sport.id === sportId || x.sport.parentId === sportId;

/** Totals for one Games; null for an unknown Games. */
export function licenseSummary(data: FanData, gamesId: number): LicenseSummary | null {
  const games = data.games.get(gamesId);
  if (!games) return null;
  const medals = { gold: 0, silver: 0, bronze: 0 };
  for (const r of data.results) if (r.gamesId === gamesId && r.medal !== null) medals[r.medal] += 1;
  return summarizeLicenses(
    games,
    data.licenses.filter((l) => l.gamesId === gamesId),
    data.reported.get(gamesId) ?? [],
    medals,
  );
}

/** Licenses of a sport at a Games, its disciplines' included; most recently won first. */
export function sportLicenses(data: FanData, gamesId: number, sportId: number): License[] {
  return data.licenses.filter((l) => l.gamesId === gamesId && ofSport(sportId)(l));
}

/** One license (not removed) with its Games. */
export function licenseById(data: FanData, id: number): { license: License; games: Games } | null {
  const license = data.licenses.find((l) => l.id === id);
  const games = license && data.games.get(license.gamesId);
  return license && games ? { license, games } : null;
}

/** The Games of each item, latest Games first (stable: the items' own order within a Games). */
function withGamesLatestFirst<T extends { gamesId: number }>(data: FanData, items: readonly T[]): { item: T; games: Games }[] {
  return items
    .flatMap((item) => {
      const games = data.games.get(item.gamesId);
      return games ? [{ item, games }] : [];
    })
    .sort((a, b) => b.games.opensOn.localeCompare(a.games.opensOn));
}

/** The licenses that name an athlete, at any Games, with their Games; latest Games first. */
export function athleteLicenses(data: FanData, athleteId: number): { license: License; games: Games }[] {
  const named = data.licenses.filter((l) => l.athletes.some((a) => a.id === athleteId)).sort((a, b) => a.id - b.id);
  return withGamesLatestFirst(data, named).map(({ item, games }) => ({ license: item, games }));
}

/** The team's medals at one Games, gold first (placings without a medal are not among them). */
export function gamesResults(data: FanData, gamesId: number): MedalResult[] {
  return data.results.filter((r): r is MedalResult => r.gamesId === gamesId && isMedal(r));
}

/** Every result of the team at one Games, medals and placings: gold first, placings last. */
export function resultsAt(data: FanData, gamesId: number): Result[] {
  return data.results.filter((r) => r.gamesId === gamesId);
}

/** An athlete's results (medals, then placings) at any Games, with their Games; latest Games first. */
export function athleteResults(data: FanData, athleteId: number): { result: Result; games: Games }[] {
  const got = data.results.filter((r) => r.athletes.some((a) => a.id === athleteId));
  return withGamesLatestFirst(data, got).map(({ item, games }) => ({ result: item, games }));
}

/** The team's medals in a sport (its disciplines' included) at any Games, with their Games; latest Games first. */
export function sportMedals(data: FanData, sportId: number): { result: MedalResult; games: Games }[] {
  const won = data.results.filter((r): r is MedalResult => isMedal(r) && ofSport(sportId)(r));
  return withGamesLatestFirst(data, won).map(({ item, games }) => ({ result: item, games }));
}

/** One result (a medal or a placing, not removed) with its Games. */
export function resultById(data: FanData, id: number): { result: Result; games: Games } | null {
  const result = data.results.find((r) => r.id === id);
  const games = result && data.games.get(result.gamesId);
  return result && games ? { result, games } : null;
}

/** Competition windows of a Games by first day; with a sport, that sport's and its disciplines'. */
export function scheduleFor(data: FanData, gamesId: number, sportId?: number): CompetitionWindow[] {
  return data.windows.filter((w) => w.gamesId === gamesId && (sportId === undefined || ofSport(sportId)(w)));
}

/** Every athlete, in the order they were recorded. */
export function listAthletes(data: FanData): Athlete[] {
  return [...data.athletes.values()];
}
