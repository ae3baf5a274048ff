import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { athletes as athletesTable, licenseAthletes, licenses as licensesTable, reportedTotals } from "../../src/db/schema.js";
import { findGames, licenseSummary, loadFanData, sportLicenses } from "../../src/domain/fan-data.js";
import { reportedBy } from "../../src/domain/licenses.js";
import type { Games, Sport } from "../../src/domain/types.js";
import { createTestDatabase } from "../helpers/db.js";
import { STAMPED, sportNamed } from "../helpers/fixtures.js";

let database: Database;
let paris: Games;
let parisPara: Games;
let la: Games;
beforeAll(async () => {
  database = await createTestDatabase();
  paris = (await findGames(await loadFanData(database.db), "paris-2024-olympic"))!;
  parisPara = (await findGames(await loadFanData(database.db), "paris-2024-paralympic"))!;
  la = (await findGames(await loadFanData(database.db), "la-2028-olympic"))!;
});
afterAll(async () => {
  await database?.close();
});

const sport = (name: string, kind?: Sport["kind"]): Promise<Sport> => sportNamed(database.db, name, kind);

describe("licenseSummary", () => {
  test("Paris 2024 Olympic: listed licenses, the reported totals over time up to 92 in 25 sports, target 90", async () => {
    const s = await licenseSummary(await loadFanData(database.db), paris.id)!;
    expect(s.games.slug).toBe("paris-2024-olympic");
    expect(s.totalPlaces).toBe(4);
    expect(s.licenseCount).toBe(4);
    expect(s.sportCount).toBe(3);
    expect(s.bySport.map((b) => [b.sport.slug, b.places, b.licenses])).toEqual([
      ["boxing", 2, 2],
      ["badminton", 1, 1],
      ["rowing", 1, 1],
    ]);
    // The latest figure is the final one; every figure is kept, oldest first, with its note.
    expect(s.reported).toMatchObject({ licenses: 92, sports: 25, asOf: "2024-07-26", source: "sports.kz" });
    expect(s.reported?.note?.en).toContain("80 athletes");
    expect(s.history.map((t) => [t.asOf, t.licenses, t.sports])).toEqual([
      ["2024-03-26", 31, 11],
      ["2024-04-21", 43, 14],
      ["2024-06-21", 78, 22],
      ["2024-07-26", 92, 25],
    ]);
    expect(s.history[1]).toEqual({
      licenses: 43,
      sports: 14,
      target: 90,
      asOf: "2024-04-21",
      source: "Astana Times",
      note: expect.objectContaining({ en: "More than 90 licenses targeted; traditionally 23–26 sports." }),
    });
    expect(s.target).toBe(90);
    expect(s.medals).toEqual({ gold: 1, silver: 3, bronze: 3 });
  });

  test("Paris 2024 Paralympic: 12 licenses of one place each, a team and three unnamed swimmers among them", async () => {
    const s = await licenseSummary(await loadFanData(database.db), parisPara.id)!;
    expect(s.totalPlaces).toBe(12);
    // The three para swimmers are three licenses (the sheet's correction), not one of three places.
    expect(s.licenseCount).toBe(12);
    expect(s.sportCount).toBe(8);
    expect(s.bySport.map((b) => [b.sport.slug, b.places, b.licenses])).toEqual([
      ["para-swimming", 3, 3],
      ["para-taekwondo", 3, 3],
      ["para-athletics", 1, 1],
      ["para-canoe", 1, 1],
      ["para-powerlifting", 1, 1],
      ["para-rowing", 1, 1],
      ["para-shooting", 1, 1],
      ["para-sitting-volleyball", 1, 1],
    ]);
    expect(s.reported).toMatchObject({ licenses: 12, sports: null, target: null });
    expect(s.target).toBeNull();
    expect(s.medals).toEqual({ gold: 2, silver: 3, bronze: 4 });
  });

  test("Games without licenses: zeros, no reported total, no target", async () => {
    const s = await licenseSummary(await loadFanData(database.db), la.id)!;
    expect(s).toMatchObject({ totalPlaces: 0, licenseCount: 0, sportCount: 0, bySport: [], reported: null, history: [], target: null });
    expect(s.medals).toEqual({ gold: 0, silver: 0, bronze: 0 });
    expect(s.games.slug).toBe("la-2028-olympic");
  });

  test("an unknown Games has no summary (null), not a database error", async () => {
    expect(licenseSummary(await loadFanData(database.db), 987_654)!).toBeNull();
    expect(licenseSummary(await loadFanData(database.db), 2 ** 40)).toBeNull();
  });

  test("the latest reported total wins; the target falls back to it", async () => {
    const boxing = await sport("boxing");
    const track = await sport("cycling track");
    const road = await sport("cycling road");
    await database.db.insert(reportedTotals).values([
      { gamesId: la.id, asOf: "2027-05-01", licenses: 5, target: 60, source: "older" },
      { gamesId: la.id, asOf: "2027-09-01", licenses: 9, sports: 4, target: 70, source: "newer" },
    ]);
    const [a, b, c] = await database.db
      .insert(athletesTable)
      .values([
        { ...STAMPED, nameEn: "A" },
        { ...STAMPED, nameEn: "B" },
        { ...STAMPED, nameEn: "C" },
      ])
      .returning();
    const [boxer, _pursuit, road2] = await database.db
      .insert(licensesTable)
      .values([
        { ...STAMPED, gamesId: la.id, sportId: boxing.id, quotaPlaces: 1, wonOn: "2027-06-01" },
        { ...STAMPED, gamesId: la.id, sportId: track.id, teamEn: "Team pursuit", quotaPlaces: 4, wonOn: "2027-03-01" },
        { ...STAMPED, gamesId: la.id, sportId: road.id, quotaPlaces: 2 },
      ])
      .returning();
    await database.db.insert(licenseAthletes).values([
      { licenseId: boxer!.id, athleteId: a!.id },
      // listed C, B: the position decides the order, not the athlete id
      { licenseId: road2!.id, athleteId: c!.id, position: 1 },
      { licenseId: road2!.id, athleteId: b!.id, position: 0 },
    ]);
    const s = await licenseSummary(await loadFanData(database.db), la.id)!;
    expect(s.reported).toMatchObject({ asOf: "2027-09-01", licenses: 9, source: "newer" });
    expect(s.history.map((t) => t.source)).toEqual(["older", "newer"]);
    // As of a day between the two reports, only the older one is known.
    expect(reportedBy(s, "2027-06-01")).toMatchObject({ reported: { source: "older" }, history: [{ source: "older" }] });
    expect(reportedBy(s, "2027-01-01")).toMatchObject({ reported: null, history: [] });
    expect(reportedBy(s, "2027-09-01")).toBe(s);
    expect(s.target).toBe(70);
    expect(s.totalPlaces).toBe(7);
    expect(s.licenseCount).toBe(3);
    expect(s.sportCount).toBe(2); // both cycling disciplines count as cycling
    expect(s.bySport.map((b) => [b.sport.slug, b.places])).toEqual([
      ["cycling-track", 4],
      ["cycling-road", 2],
      ["boxing", 1],
    ]);
    // The catalog (one query) lists every Games, earliest first, and marks exactly those with licenses.
    const catalog = (await loadFanData(database.db)).catalog;
    expect([...catalog.withLicenses].sort((a, b) => a - b)).toEqual([paris.id, parisPara.id, la.id].sort((a, b) => a - b));
    expect(catalog.games.map((g) => g.opensOn)).toEqual(catalog.games.map((g) => g.opensOn).sort());
    expect(catalog.games.map((g) => g.slug)).toContain("brisbane-2032-paralympic");

    // sportLicenses for the parent sport gathers its disciplines, latest won first, undated last.
    const cycling = await sportLicenses(await loadFanData(database.db), la.id, (await sport("cycling")).id);
    expect(cycling.map((l) => [l.sport.slug, l.wonOn])).toEqual([
      ["cycling-track", "2027-03-01"],
      ["cycling-road", null],
    ]);
    expect(cycling[0]).toMatchObject({ team: { en: "Team pursuit" }, athletes: [], quotaPlaces: 4 });
    expect(cycling[0]!.team).toEqual({ en: "Team pursuit" }); // no translation: no ru/kk keys
    expect(cycling[1]!.athletes).toEqual([
      { id: b!.id, name: { en: "B" } },
      { id: c!.id, name: { en: "C" } },
    ]);
    expect(cycling[1]).toMatchObject({ team: null, event: null, howWon: null, whereWon: null, note: null });
  });
});

describe("sportLicenses", () => {
  test("boxing at Paris 2024: the Oralbay twins, every field mapped", async () => {
    const list = await sportLicenses(await loadFanData(database.db), paris.id, (await sport("boxing")).id);
    expect(list.map((l) => l.athletes.map((a) => a.name))).toEqual([
      [{ en: "Aibek Oralbay", ru: "Айбек Оралбай", kk: "Айбек Оралбай" }],
      [{ en: "Nurbek Oralbay", ru: "Нурбек Оралбай", kk: "Нұрбек Оралбай" }],
    ]);
    expect(list[0]).toMatchObject({
      gamesId: paris.id,
      sport: { slug: "boxing" },
      event: null,
      team: null,
      quotaPlaces: 1,
      wonOn: null,
      howWon: null,
      whereWon: null,
      source: "Astana Times, 2024-04-22: Kazakhstan secures 43 licenses 95 days ahead of Olympic Games",
    });
    expect(list[0]!.note).toEqual({
      en: "Weight division not given in the 2024-04-21 report; twin brother Nurbek qualified in a separate division.",
      ru: "Весовая категория в отчёте от 21 апреля 2024 года не указана; брат-близнец Нурбек получил лицензию в другой весовой категории.",
      kk: "2024 жылғы 21 сәуірдегі есепте салмақ дәрежесі көрсетілмеген; егіз бауыры Нұрбек басқа салмақ дәрежесінде лицензия алды.",
    });
  });

  test("rowing: Yakovlev, how and where won", async () => {
    const [l, ...rest] = await sportLicenses(await loadFanData(database.db), paris.id, (await sport("rowing")).id);
    expect(rest).toEqual([]);
    // No Kazakh form of his name is known: none is stored.
    expect(l!.athletes.map((a) => a.name)).toEqual([{ en: "Vladislav Yakovlev", ru: "Владислав Яковлев" }]);
    expect(l!.event).toEqual({ en: "Men's single sculls", ru: "Одиночка, мужчины", kk: "Ерлер арасындағы бір орынды қайық" });
    // The city as printed (no Kazakh form given) and the country as a code.
    expect(l!.whereWon).toEqual({ city: { en: "Chungju", ru: "Чунджу" }, country: "KR" });
    expect(l!.howWon).toEqual({
      en: "Won the Asian Rowing Olympic Qualifiers 2024",
      ru: "Победа на азиатской олимпийской квалификационной регате 2024 года",
      kk: "2024 жылғы Азиялық олимпиадалық іріктеу регатасындағы жеңіс",
    });
  });

  test("a sport without licenses, another Games' sport, or bad ids: empty", async () => {
    expect(await sportLicenses(await loadFanData(database.db), paris.id, (await sport("golf")).id)).toEqual([]);
    expect(await sportLicenses(await loadFanData(database.db), paris.id, (await sport("para rowing")).id)).toEqual([]);
    expect(await sportLicenses(await loadFanData(database.db), -1, 1)).toEqual([]);
    expect(await sportLicenses(await loadFanData(database.db), paris.id, 2 ** 33)).toEqual([]);
  });

  test("sitting volleyball is a team license", async () => {
    const [team] = await sportLicenses(await loadFanData(database.db), parisPara.id, (await sport("sitting volleyball")).id);
    expect(team).toMatchObject({ athletes: [], quotaPlaces: 1 });
    expect(team!.team).toEqual({
      en: "Kazakhstan national sitting volleyball team",
      ru: "Сборная Казахстана по волейболу сидя",
      kk: "Қазақстанның отырып ойнайтын волейболдан ұлттық құрамасы",
    });
  });

  test("quota places must be positive", async () => {
    const boxing = await sport("boxing");
    await expect(
      database.db.insert(licensesTable).values({ ...STAMPED, gamesId: la.id, sportId: boxing.id, quotaPlaces: 0 }),
    ).rejects.toMatchObject({
      // check_violation of the schema's constraint, not some other failure of the insert
      cause: { code: "23514", message: expect.stringContaining('"licenses_quota_places_positive"') },
    });
    expect(await database.db.$count(licensesTable, eq(licensesTable.quotaPlaces, 0))).toBe(0);
  });
});
