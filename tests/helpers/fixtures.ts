/**
 * Test data in the domain's shapes. `model` is the shipped reference data as the domain reads it
 * (ids by position), for view tests that need no database, so no fact is made up in a test;
 * `insertLicense` adds a license naming athletes to a test database, as staff would; `testMedal` is
 * a made-up medal to record; `bySlug`, `sportBySlug` and `sportNamed` find a sport (or Games)
 * without a `!` that fails later.
 */
import type { Db } from "../../src/db/handle.js";
import { athletes as athletesTable, licenseAthletes, licenses as licensesTable } from "../../src/db/schema.js";
import type { SeedText } from "../../src/db/seed/data/types.js";
import { referenceData, type SeedData } from "../../src/db/seed/load.js";
import { listSports, loadFanData, resolveSport } from "../../src/domain/fan-data.js";
import type { NewLicense } from "../../src/domain/license-records.js";
import type { NewQualifier } from "../../src/domain/qualifier-records.js";
import type { NewResult } from "../../src/domain/result-records.js";
import type { Athlete, AthleteName, Games, License, Medal, MedalResult, Sport, Translated } from "../../src/domain/types.js";
import { toTranslatedKeys } from "../../src/lib/languages.js";

const translated = (text: SeedText | undefined): Translated | null => (text ? { ...text } : null);

export interface Model {
  games: Games[];
  sports: Sport[];
  athletes: Athlete[];
  licenses: { license: License; games: Games }[];
  results: { result: MedalResult; games: Games }[];
  gamesBySlug(slug: string): Games;
  sport(slug: string, kind?: Sport["kind"]): Sport;
  athlete(key: string): Athlete;
  /** Licenses and results of the seed entries whose key ends with `suffix` ("boxing:nurbek-oralbay"). */
  license(keySuffix: string): License;
  result(keySuffix: string): MedalResult;
}

/** The reference data (or `data`) as the domain would read it from a freshly seeded database. */
export function buildModel(data: SeedData = referenceData): Model {
  const games: Games[] = data.games.map((g, i) => ({
    id: i + 1,
    slug: g.slug,
    kind: g.kind,
    season: g.season,
    year: g.year,
    hostCity: g.hostCity,
    hostTz: g.hostTz,
    opensOn: g.opensOn,
    closesOn: g.closesOn,
    opensAt: g.opensAt ? new Date(g.opensAt) : null,
    closesAt: g.closesAt ? new Date(g.closesAt) : null,
    competitionStartsOn: g.competitionStartsOn ?? null,
    licenseTarget: g.licenseTarget ?? null,
    licenseTargetAbove: g.licenseTargetAbove ?? false,
    medalRank: g.medalRank ?? null,
    note: translated(g.note),
  }));
  const slugIndex = new Map(data.sports.map((s, i) => [`${s.kind}:${s.slug}`, i + 1]));
  const sports: Sport[] = data.sports.map((s, i) => ({
    id: i + 1,
    slug: s.slug,
    kind: s.kind,
    season: s.season,
    name: s.name,
    parentId: s.parent === undefined ? null : (slugIndex.get(`${s.kind}:${s.parent}`) ?? null),
  }));
  const athletes: Athlete[] = data.athletes.map((a, i) => ({ id: i + 1, name: { ...a.name } }));
  const athleteByKey = new Map(data.athletes.map((a, i) => [a.key, athletes[i]!]));
  const gamesBySlug = (slug: string) => {
    const g = games.find((x) => x.slug === slug);
    if (!g) throw new Error(`no Games ${slug} in the reference data`);
    return g;
  };
  const sportOf = (slug: string, gamesSlug: string) => {
    const kind = gamesBySlug(gamesSlug).kind;
    const s = sports.find((x) => x.slug === slug && x.kind === kind);
    if (!s) throw new Error(`no ${kind} sport ${slug} in the reference data`);
    return s;
  };
  const named = (keys: readonly string[]) =>
    keys.map((key) => {
      const a = athleteByKey.get(key);
      if (!a) throw new Error(`no athlete ${key} in the reference data`);
      return a;
    });

  const licenses = data.licenses.map((l, i) => {
    const g = gamesBySlug(l.games);
    const license: License = {
      id: i + 1,
      gamesId: g.id,
      sport: sportOf(l.sport, l.games),
      event: translated(l.event),
      athletes: named(l.athletes),
      team: translated(l.team),
      quotaPlaces: l.quotaPlaces,
      wonOn: l.wonOn ?? null,
      howWon: translated(l.howWon),
      whereWon: l.whereWon ? { city: translated(l.whereWon.city), country: l.whereWon.country ?? null } : null,
      source: l.source,
      note: translated(l.note),
    };
    return { key: l.key, license, games: g };
  });
  const medalOrder = { gold: 0, silver: 1, bronze: 2 } as const;
  const results = data.results
    .map((r, i) => {
      const g = gamesBySlug(r.games);
      const result: MedalResult = {
        id: i + 1,
        gamesId: g.id,
        sport: sportOf(r.sport, r.games),
        medal: r.medal,
        placing: null,
        event: { ...r.event },
        athletes: named(r.athletes),
        team: translated(r.team),
        wonOn: r.wonOn ?? null,
        source: r.source ?? null,
        note: translated(r.note),
      };
      return { key: r.key, result, games: g };
    })
    .sort((a, b) => medalOrder[a.result.medal] - medalOrder[b.result.medal] || a.result.id - b.result.id);

  const bySuffix = <T extends { key: string }>(list: T[], suffix: string): T => {
    const found = list.filter((x) => x.key.endsWith(suffix));
    if (found.length !== 1) throw new Error(`${found.length} reference entries end with ${suffix}`);
    return found[0]!;
  };
  return {
    games,
    sports,
    athletes,
    licenses: licenses.map(({ license, games: g }) => ({ license, games: g })),
    results: results.map(({ result, games: g }) => ({ result, games: g })),
    gamesBySlug,
    sport: (slug, kind) => {
      const s = sports.find((x) => x.slug === slug && (!kind || x.kind === kind));
      if (!s) throw new Error(`no sport ${slug}${kind ? ` (${kind})` : ""}`);
      return s;
    },
    athlete: (key) => named([key])[0]!,
    license: (suffix) => bySuffix(licenses, suffix).license,
    result: (suffix) => bySuffix(results, suffix).result,
  };
}

/** What a test license names: athletes by their forms (inserted as new athletes), the rest as columns. */
export interface TestLicense {
  gamesId: number;
  sportId: number;
  athletes?: { en?: string; ru?: string; kk?: string }[];
  event?: Translated;
  howWon?: Translated;
  note?: Translated;
  team?: Translated;
  quotaPlaces?: number;
  source?: string;
}

/**
 * The creation stamps of rows a test inserts straight into the database (the domain stamps its own
 * with the clock it is given; the columns have no database default, so none reads the wall clock).
 */
export const STAMPED = { createdAt: new Date("2026-12-01T00:00:00Z"), updatedAt: new Date("2026-12-01T00:00:00Z") };

/** Inserts a license, its athletes and their links (in order); returns the license id. */
export async function insertLicense(db: Db, l: TestLicense): Promise<number> {
  const [row] = await db
    .insert(licensesTable)
    .values({
      ...STAMPED,
      gamesId: l.gamesId,
      sportId: l.sportId,
      quotaPlaces: l.quotaPlaces ?? 1,
      source: l.source ?? null,
      ...toTranslatedKeys(l.event, "event"),
      ...toTranslatedKeys(l.howWon, "howWon"),
      ...toTranslatedKeys(l.note, "note"),
      ...toTranslatedKeys(l.team, "team"),
    })
    .returning({ id: licensesTable.id });
  const licenseId = row!.id;
  for (const [position, name] of (l.athletes ?? []).entries()) {
    const [athlete] = await db
      .insert(athletesTable)
      .values({ ...STAMPED, ...toTranslatedKeys(name, "name") })
      .returning({ id: athletesTable.id });
    await db.insert(licenseAthletes).values({ licenseId, athleteId: athlete!.id, position });
  }
  return licenseId;
}

/**
 * A made-up medal as staff would record it (recordResult's input): a test athlete, new, in a test
 * event, so no fact is claimed about a real one; `medal` gold unless given.
 */
export function testMedal(draftKey: string, at: { gamesId: number; sportId: number }, medal: Medal = "gold"): NewResult {
  return {
    draftKey,
    ...at,
    medal,
    placing: null,
    event: { en: "Test ice dance", ru: "Тестовые танцы на льду", kk: "Мұз үстіндегі тест билері" },
    athleteIds: [],
    newAthletes: [{ en: "Aruzhan Testova", ru: "Аружан Тестова", kk: "Аружан Тестова" }],
    team: null,
    wonOn: "2026-02-16",
    source: null,
  };
}

/** The one of `items` (sports, Games, seed entries) with this slug; throws naming it when none has it. */
export function bySlug<T extends { slug: string }>(items: readonly T[], slug: string): T {
  const found = items.find((item) => item.slug === slug);
  if (!found) throw new Error(`no "${slug}" among ${items.length} items`);
  return found;
}

/** A sport of a test database by slug, as the fan data lists it. */
export async function sportBySlug(db: Db, slug: string): Promise<Sport> {
  return bySlug(listSports(await loadFanData(db)), slug);
}

/** The sport a fan's query names in a test database (resolveSport); throws unless it finds exactly one. */
export async function sportNamed(db: Db, name: string, kind?: Sport["kind"]): Promise<Sport> {
  const match = resolveSport(await loadFanData(db), name, kind ? { kind } : {});
  if (match.type !== "found") throw new Error(`${name}: ${match.type}`);
  return match.sport;
}

/** Where a test's qualification events and licenses are: a Games and a sport. */
export interface GamesSport {
  gamesId: number;
  sportId: number;
}

/**
 * A made-up qualification event ("Test Boxing Qualifier" in "Testville", Qatar; men's 51 kg; 36
 * quota places; one new entrant), named in three languages: no real event's days are invented.
 */
export function testQualifier(at: GamesSport, extra: Partial<NewQualifier> = {}): NewQualifier {
  return {
    ...at,
    name: { en: "Test Boxing Qualifier", ru: "Тестовый отборочный турнир", kk: "Сынақ іріктеу жарысы" },
    event: { en: "Men's 51 kg", ru: "До 51 кг", kk: "51 кг-ға дейін" },
    place: { city: { en: "Testville", ru: "Тествиль", kk: "Тествиль" }, country: "QA" },
    hostTz: "Asia/Qatar",
    firstDay: "2027-05-12",
    lastDay: "2027-05-19",
    quotaPlaces: 36,
    source: "https://example.org/qualification-system",
    athleteIds: [],
    newAthletes: [{ en: "Test Entrant", ru: "Тест Участник", kk: "Тест Қатысушы" }],
    ...extra,
  };
}

/** A made-up license in men's 51 kg for a new athlete, won at qualification event `qualifierId`. */
export function testLicenseWonAt(at: GamesSport, qualifierId: number | null, athlete: AthleteName): NewLicense {
  return {
    ...at,
    athleteIds: [],
    newAthletes: [athlete],
    team: null,
    event: { en: "Men's 51 kg", ru: "До 51 кг", kk: "51 кг-ға дейін" },
    howWon: null,
    wonOn: "2027-05-19",
    quotaPlaces: 1,
    source: null,
    qualifierId,
  };
}
