// Athletes as records (names per script), licenses that name them, and the team's medals (results),
// on the reference data; plus the per-language text helpers they are read with.
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import {
  athletes as athletesTable,
  licenseAthletes,
  licenses as licensesTable,
  resultAthletes,
  results as resultsTable,
} from "../../src/db/schema.js";
import { type AthleteIndex, athleteName, indexAthletes, matchAthletes } from "../../src/domain/athletes.js";
import {
  athleteLicenses,
  athleteResults,
  findGames,
  gamesResults,
  licenseSummary,
  listAthletes,
  loadFanData,
  sportLicenses,
} from "../../src/domain/fan-data.js";
import { findLicense } from "../../src/domain/licenses.js";
import type { Athlete, AthleteName, Games, Sport } from "../../src/domain/types.js";
import { fromTranslatedKeys, inLang, LANGS, type Translated, toTranslatedKeys } from "../../src/lib/languages.js";
import { createTestDatabase } from "../helpers/db.js";
import { STAMPED, sportNamed } from "../helpers/fixtures.js";

let database: Database;
let paris: Games;
let parisPara: Games;
let la: Games;
let milano: Games;
let seeded: Athlete[];
let index: AthleteIndex;
beforeAll(async () => {
  database = await createTestDatabase();
  paris = (await findGames(await loadFanData(database.db), "paris-2024-olympic"))!;
  parisPara = (await findGames(await loadFanData(database.db), "paris-2024-paralympic"))!;
  la = (await findGames(await loadFanData(database.db), "la-2028-olympic"))!;
  milano = (await findGames(await loadFanData(database.db), "milano-cortina-2026-olympic"))!;
  // The index of the seeded athletes only: rows later tests insert are not in it.
  seeded = await listAthletes(await loadFanData(database.db));
  index = indexAthletes(seeded);
});
afterAll(async () => {
  await database?.close();
});

const sport = (name: string, kind?: Sport["kind"]): Promise<Sport> => sportNamed(database.db, name, kind);

/** The id of a seeded athlete by its seed key. */
async function athleteId(seedKey: string): Promise<number> {
  const [row] = await database.db.select({ id: athletesTable.id }).from(athletesTable).where(eq(athletesTable.seedKey, seedKey));
  if (!row) throw new Error(`no athlete ${seedKey}`);
  return row.id;
}

async function licenseId(seedKey: string): Promise<number> {
  const [row] = await database.db.select({ id: licensesTable.id }).from(licensesTable).where(eq(licensesTable.seedKey, seedKey));
  if (!row) throw new Error(`no license ${seedKey}`);
  return row.id;
}

const latin = (a: Athlete) => a.name.en ?? null;

describe("athleteName: the form in the reader's script, else the nearest", () => {
  const all: AthleteName = { en: "Nurbek Oralbay", ru: "Нурбек Оралбай", kk: "Нұрбек Оралбай" };

  test("a Russian reader: Russian, else Kazakh, else Latin", () => {
    expect(athleteName(all, "ru")).toBe("Нурбек Оралбай");
    expect(athleteName({ en: "Nurbek Oralbay", kk: "Нұрбек Оралбай" }, "ru")).toBe("Нұрбек Оралбай");
    expect(athleteName({ en: "Nurbek Oralbay" }, "ru")).toBe("Nurbek Oralbay");
  });

  test("a Kazakh reader: Kazakh, else Russian, else Latin", () => {
    expect(athleteName(all, "kk")).toBe("Нұрбек Оралбай");
    expect(athleteName({ en: "Vladislav Yakovlev", ru: "Владислав Яковлев" }, "kk")).toBe("Владислав Яковлев");
    expect(athleteName({ en: "Vladislav Yakovlev" }, "kk")).toBe("Vladislav Yakovlev");
  });

  test("an English reader: Latin, else a Cyrillic form (Russian before Kazakh) rather than nothing", () => {
    expect(athleteName(all, "en")).toBe("Nurbek Oralbay");
    expect(athleteName({ ru: "Акмарал Науатбек", kk: "Ақмарал Науатбек" }, "en")).toBe("Акмарал Науатбек");
    expect(athleteName({ kk: "Ақмарал Науатбек" }, "en")).toBe("Ақмарал Науатбек");
  });

  test("an empty form counts as missing; no form at all is an empty string", () => {
    expect(athleteName({ en: "", ru: "Ергали Шамей" }, "en")).toBe("Ергали Шамей");
    expect(athleteName({ ru: "", kk: "", en: "X" }, "ru")).toBe("X");
    expect(athleteName({}, "kk")).toBe("");
  });

  test("on the seeded athletes, per reader", async () => {
    const byKey = async (key: string) => {
      const id = await athleteId(key);
      return (await loadFanData(database.db)).athletes.get(id)!;
    };
    const yakovlev = await byKey("vladislav-yakovlev");
    expect(LANGS.map((l) => athleteName(yakovlev.name, l))).toEqual([
      "Vladislav Yakovlev",
      "Владислав Яковлев",
      "Владислав Яковлев", // no Kazakh form known: the Russian, not the Latin
    ]);
    const akmaral = await byKey("akmaral-nauatbek");
    expect(akmaral.name).toEqual({ ru: "Акмарал Науатбек", kk: "Ақмарал Науатбек" }); // no Latin form is invented
    expect(athleteName(akmaral.name, "en")).toBe("Акмарал Науатбек");
    const shamey = await byKey("ergali-shamey");
    expect(LANGS.map((l) => athleteName(shamey.name, l))).toEqual(["Ергали Шамей", "Ергали Шамей", "Ергали Шамей"]);
  });
});

describe("per-language texts", () => {
  test("inLang: the translation, else the English", () => {
    const city: Translated = { en: "Chungju", ru: "Чунджу" };
    expect(inLang(city, "en")).toBe("Chungju");
    expect(inLang(city, "ru")).toBe("Чунджу");
    expect(inLang(city, "kk")).toBe("Chungju"); // no Kazakh: the English, not the Russian
    expect(inLang({ en: "Shooting", ru: "Стрельба", kk: "Оқ ату" }, "kk")).toBe("Оқ ату");
  });

  test("fromTranslatedKeys: English plus the translations present; without English, null", () => {
    const text = fromTranslatedKeys({ noteEn: "Held in Tahiti.", noteRu: null, noteKk: "Таитиде өтті." }, "note");
    expect(text).toStrictEqual({ en: "Held in Tahiti.", kk: "Таитиде өтті." });
    expect(Object.keys(text!)).toEqual(["en", "kk"]); // no ru key at all, not ru: undefined
    expect(fromTranslatedKeys({ noteEn: "Only English", noteRu: null, noteKk: null }, "note")).toStrictEqual({
      en: "Only English",
    });
    expect(fromTranslatedKeys({ noteEn: null, noteRu: null, noteKk: null }, "note")).toBeNull();
    // A translation without its English cannot be shown (and the schema refuses it): null.
    expect(fromTranslatedKeys({ howWonEn: null, howWonRu: "Победа", howWonKk: null }, "howWon")).toBeNull();
    // An empty English is still a text.
    expect(fromTranslatedKeys({ noteEn: "", noteRu: null, noteKk: null }, "note")).toStrictEqual({ en: "" });
  });

  test("toTranslatedKeys: every language's column, null where missing; the round trip is exact", () => {
    expect(toTranslatedKeys({ en: "Chungju", ru: "Чунджу" }, "whereWon")).toStrictEqual({
      whereWonEn: "Chungju",
      whereWonRu: "Чунджу",
      whereWonKk: null,
    });
    expect(toTranslatedKeys(null, "note")).toStrictEqual({ noteEn: null, noteRu: null, noteKk: null });
    expect(toTranslatedKeys(undefined, "team")).toStrictEqual({ teamEn: null, teamRu: null, teamKk: null });
    for (const text of [{ en: "a" }, { en: "a", ru: "б" }, { en: "a", kk: "ә" }, { en: "a", ru: "б", kk: "ә" }]) {
      expect(fromTranslatedKeys(toTranslatedKeys(text, "event"), "event")).toStrictEqual(text);
    }
  });
});

describe("licenses and their athletes", () => {
  test("a seeded license names its athlete with every known form", async () => {
    const found = await findLicense(database.db, await licenseId("paris-2024-paralympic:para-powerlifting:degtyarev"));
    expect(found?.games.slug).toBe("paris-2024-paralympic");
    expect(found?.license.athletes).toEqual([
      { id: await athleteId("davyd-degtyarev"), name: { en: "Davyd Degtyarev", ru: "Давид Дегтярёв", kk: "Давид Дегтярев" } },
    ]);
  });

  test("a team license (sitting volleyball): the team's text, no athletes", async () => {
    const found = await findLicense(database.db, await licenseId("paris-2024-paralympic:para-sitting-volleyball:national-team"));
    expect(found?.license).toMatchObject({ athletes: [], quotaPlaces: 1, sport: { slug: "para-sitting-volleyball" } });
    expect(found?.license.team).toEqual({
      en: "Kazakhstan national sitting volleyball team",
      ru: "Сборная Казахстана по волейболу сидя",
      kk: "Қазақстанның отырып ойнайтын волейболдан ұлттық құрамасы",
    });
    expect(await database.db.$count(licenseAthletes, eq(licenseAthletes.licenseId, found!.license.id))).toBe(0);
  });

  test("the three unnamed para swimmers: three licenses without athletes", async () => {
    const swimming = await sportLicenses(await loadFanData(database.db), parisPara.id, (await sport("para swimming", "paralympic")).id);
    expect(swimming.map((l) => [l.quotaPlaces, l.athletes, l.team])).toEqual([
      [1, [], null],
      [1, [], null],
      [1, [], null],
    ]);
    expect(swimming[0]!.note?.en).toBe("One of three para swimmers' licenses; the report gives no names.");
  });

  test("an athlete with several licenses: athleteLicenses lists them all, latest Games first", async () => {
    const nurbek = await athleteId("nurbek-oralbay");
    const parisLicense = await licenseId("paris-2024-olympic:boxing:nurbek-oralbay");
    expect((await athleteLicenses(await loadFanData(database.db), nurbek)).map(({ license, games }) => [license.id, games.slug])).toEqual([
      [parisLicense, "paris-2024-olympic"],
    ]);

    const boxing = await sport("boxing");
    const [laLicense] = await database.db
      .insert(licensesTable)
      .values({ ...STAMPED, gamesId: la.id, sportId: boxing.id, quotaPlaces: 1, eventEn: "Men's 80 kg", eventRu: "80 кг, мужчины" })
      .returning();
    await database.db.insert(licenseAthletes).values({ licenseId: laLicense!.id, athleteId: nurbek });

    const list = await athleteLicenses(await loadFanData(database.db), nurbek);
    expect(list.map(({ license, games }) => [license.id, games.slug])).toEqual([
      [laLicense!.id, "la-2028-olympic"],
      [parisLicense, "paris-2024-olympic"],
    ]);
    expect(list[0]!.license).toMatchObject({
      gamesId: la.id,
      sport: { slug: "boxing" },
      event: { en: "Men's 80 kg", ru: "80 кг, мужчины" },
      athletes: [{ id: nurbek, name: { en: "Nurbek Oralbay", ru: "Нурбек Оралбай", kk: "Нұрбек Оралбай" } }],
    });
    expect(list[0]!.license.event).toStrictEqual({ en: "Men's 80 kg", ru: "80 кг, мужчины" });
    // His twin's licenses are his own.
    expect(
      (await athleteLicenses(await loadFanData(database.db), await athleteId("aibek-oralbay"))).map(({ license }) => license.id),
    ).toEqual([await licenseId("paris-2024-olympic:boxing:aibek-oralbay")]);
  });

  test("a license naming two athletes lists them in their order, not by id", async () => {
    const badminton = await sport("badminton");
    const panarin = await athleteId("dmitry-panarin");
    const [partner] = await database.db
      .insert(athletesTable)
      .values({ ...STAMPED, nameEn: "Test Partner", nameKk: "Тест Серіктес" })
      .returning();
    const [doubles] = await database.db
      .insert(licensesTable)
      .values({ ...STAMPED, gamesId: la.id, sportId: badminton.id, quotaPlaces: 2, eventEn: "Mixed doubles" })
      .returning();
    // The partner (the newer, higher id) is listed first.
    await database.db.insert(licenseAthletes).values([
      { licenseId: doubles!.id, athleteId: panarin, position: 1 },
      { licenseId: doubles!.id, athleteId: partner!.id, position: 0 },
    ]);
    expect(partner!.id).toBeGreaterThan(panarin);

    const found = await findLicense(database.db, doubles!.id);
    expect(found?.license.athletes).toEqual([
      { id: partner!.id, name: { en: "Test Partner", kk: "Тест Серіктес" } },
      { id: panarin, name: { en: "Dmitry Panarin", ru: "Дмитрий Панарин", kk: "Дмитрий Панарин" } },
    ]);
    const [listed] = await sportLicenses(await loadFanData(database.db), la.id, badminton.id);
    expect(listed!.athletes.map((a) => a.id)).toEqual([partner!.id, panarin]);
    expect((await athleteLicenses(await loadFanData(database.db), panarin)).map(({ games }) => games.slug)).toEqual([
      "la-2028-olympic",
      "paris-2024-olympic",
    ]);
    // The same athlete cannot be listed twice on one license.
    await expect(
      database.db.insert(licenseAthletes).values({ licenseId: doubles!.id, athleteId: panarin, position: 2 }),
    ).rejects.toMatchObject({ cause: { code: "23505" } });
    // An athlete a license names cannot be deleted from under it (on delete restrict). PostgreSQL 18
    // (PGlite) reports restrict_violation, earlier servers foreign_key_violation: either, on that key.
    await expect(database.db.delete(athletesTable).where(eq(athletesTable.id, partner!.id))).rejects.toMatchObject({
      cause: {
        code: expect.stringMatching(/^(23001|23503)$/),
        message: expect.stringContaining('"license_athletes_athlete_id_athletes_id_fk"'),
      },
    });
    expect((await loadFanData(database.db)).athletes.has(partner!.id)).toBe(true);
  });

  test("unknown, negative and huge athlete ids: no licenses, no results", async () => {
    for (const id of [987_654, -1, 0, 2 ** 40]) {
      expect(await athleteLicenses(await loadFanData(database.db), id)).toEqual([]);
      expect(await athleteResults(await loadFanData(database.db), id)).toEqual([]);
    }
  });
});

/** [medal, sport, event (English), athletes (Latin, else Russian)] of each result. */
async function medalTable(gamesId: number) {
  return (await gamesResults(await loadFanData(database.db), gamesId)).map((r) => [
    r.medal,
    r.sport.slug,
    r.event.en,
    r.athletes.map((a) => athleteName(a.name, "en")),
  ]);
}

describe("results (medals)", () => {
  test("Paris 2024 Olympic: 7 medals, 1 gold, 3 silver, 3 bronze; gold first, then by day won, undated last", async () => {
    expect(await medalTable(paris.id)).toEqual([
      ["gold", "judo", "−60 kg", ["Yeldos Smetov"]],
      ["silver", "artistic-gymnastics", "Pommel horse", ["Nariman Kurbanov"]],
      ["silver", "wrestling", "Greco-Roman 77 kg", ["Demeu Zhadrayev"]],
      ["silver", "boxing", "80 kg", ["Nurbek Oralbay"]],
      ["bronze", "shooting", "10 m air rifle mixed team", ["Alexandra Le", "Islam Satpayev"]],
      ["bronze", "judo", "−66 kg", ["Gusman Kyrgyzbayev"]],
      ["bronze", "boxing", "Women's 50 kg", ["Nazym Kyzaibay"]],
    ]);
    const [gold] = await gamesResults(await loadFanData(database.db), paris.id);
    expect(gold).toMatchObject({
      gamesId: paris.id,
      medal: "gold",
      event: { en: "−60 kg", ru: "до 60 кг", kk: "60 кг-ға дейін" },
      team: null,
      wonOn: "2024-07-27",
      source: null,
      note: null,
    });
  });

  test("Paris 2024 Paralympic: 9 medals, 2 gold, 3 silver, 4 bronze", async () => {
    expect(await medalTable(parisPara.id)).toEqual([
      ["gold", "para-powerlifting", "−54 kg", ["Davyd Degtyarev"]],
      ["gold", "para-judo", "−48 kg, J2", ["Акмарал Науатбек"]],
      ["silver", "para-shooting", "Shooting", ["Erkin Gabbasov"]],
      ["silver", "para-judo", "−73 kg", ["Ергали Шамей"]],
      ["silver", "para-swimming", "SB13", ["Нурдаулет Жумагали"]],
      ["bronze", "para-athletics", "Shot put F36", ["Dastan Mukashbekov"]],
      ["bronze", "para-judo", "−57 kg", ["Даяна Федосова"]],
      ["bronze", "para-judo", "+70 kg", ["Зарина Райфова"]],
      ["bronze", "para-judo", "−90 kg", ["Журкамырза Шукурбеков"]],
    ]);
    const shooting = (await gamesResults(await loadFanData(database.db), parisPara.id)).find((r) => r.sport.slug === "para-shooting");
    expect(shooting?.note).toEqual({
      en: "The event is not named in our sources.",
      ru: "Дисциплина в наших источниках не названа.",
      kk: "Жарыс түрі біздің дереккөздерде аталмаған.",
    });
  });

  test("Games without medals, unknown or bad ids: no results", async () => {
    expect(
      await gamesResults(await loadFanData(database.db), (await findGames(await loadFanData(database.db), "brisbane-2032-olympic"))!.id),
    ).toEqual([]);
    expect(await gamesResults(await loadFanData(database.db), 987_654)).toEqual([]);
    expect(await gamesResults(await loadFanData(database.db), -3)).toEqual([]);
    expect(await gamesResults(await loadFanData(database.db), 2 ** 40)).toEqual([]);
  });

  test("athleteResults: a medallist's medals with their Games; a pair's medal lists both", async () => {
    const nurbek = await athleteResults(await loadFanData(database.db), await athleteId("nurbek-oralbay"));
    expect(nurbek.map(({ result, games }) => [games.slug, result.medal, result.sport.slug, result.event.en])).toEqual([
      ["paris-2024-olympic", "silver", "boxing", "80 kg"],
    ]);
    const le = await athleteResults(await loadFanData(database.db), await athleteId("alexandra-le"));
    expect(le).toHaveLength(1);
    expect(le[0]!.result.athletes.map(latin)).toEqual(["Alexandra Le", "Islam Satpayev"]);
    const satpayev = await athleteResults(await loadFanData(database.db), await athleteId("islam-satpayev"));
    expect(satpayev.map(({ result }) => result.id)).toEqual([le[0]!.result.id]);
    // A Paralympic license holder and medallist.
    const degtyarev = await athleteResults(await loadFanData(database.db), await athleteId("davyd-degtyarev"));
    expect(degtyarev.map(({ result, games }) => [games.slug, result.medal, result.event.en])).toEqual([
      ["paris-2024-paralympic", "gold", "−54 kg"],
    ]);
    // A license holder without a medal.
    expect(await athleteResults(await loadFanData(database.db), await athleteId("vladislav-yakovlev"))).toEqual([]);
  });

  test("athleteResults: latest Games first, then gold before bronze whatever was recorded first", async () => {
    const smetov = await athleteId("yeldos-smetov");
    const judo = await sport("judo");
    const later = await database.db
      .insert(resultsTable)
      .values([
        { ...STAMPED, gamesId: la.id, sportId: judo.id, medal: "bronze", eventEn: "Team (test)" },
        { ...STAMPED, gamesId: la.id, sportId: judo.id, medal: "gold", eventEn: "−60 kg (test)" },
      ])
      .returning();
    await database.db.insert(resultAthletes).values(later.map((r) => ({ resultId: r.id, athleteId: smetov })));
    const list = await athleteResults(await loadFanData(database.db), smetov);
    expect(list.map(({ result, games }) => [games.slug, result.medal, result.event.en])).toEqual([
      ["la-2028-olympic", "gold", "−60 kg (test)"],
      ["la-2028-olympic", "bronze", "Team (test)"],
      ["paris-2024-olympic", "gold", "−60 kg"],
    ]);
    // Deleting a result deletes its links, not the athlete.
    await database.db.delete(resultsTable).where(
      inArray(
        resultsTable.id,
        later.map((r) => r.id),
      ),
    );
    expect(await athleteResults(await loadFanData(database.db), smetov)).toHaveLength(1);
    expect(await database.db.$count(resultAthletes, eq(resultAthletes.athleteId, smetov))).toBe(1);
  });

  test("licenseSummary counts the medals: Paris 1/3/3 and 2/3/4, Milano 1/0/0, medals without licenses too", async () => {
    expect((await licenseSummary(await loadFanData(database.db), paris.id)!).medals).toEqual({ gold: 1, silver: 3, bronze: 3 });
    expect((await licenseSummary(await loadFanData(database.db), parisPara.id)!).medals).toEqual({ gold: 2, silver: 3, bronze: 4 });
    expect((await licenseSummary(await loadFanData(database.db), milano.id)!).medals).toEqual({ gold: 1, silver: 0, bronze: 0 });

    // A Games with a medal but no license: the tally stands on its own.
    const judo = await sport("judo");
    const inserted = await database.db
      .insert(resultsTable)
      .values([
        { ...STAMPED, gamesId: milano.id, sportId: judo.id, medal: "bronze", eventEn: "Test bronze, undated" },
        { ...STAMPED, gamesId: milano.id, sportId: judo.id, medal: "bronze", eventEn: "Test bronze, 10 Feb", wonOn: "2026-02-10" },
        { ...STAMPED, gamesId: milano.id, sportId: judo.id, medal: "gold", eventEn: "Test gold" },
      ])
      .returning();
    const s = await licenseSummary(await loadFanData(database.db), milano.id)!;
    expect(s).toMatchObject({ licenseCount: 0, totalPlaces: 0, sportCount: 0, bySport: [] });
    // Shaidorov's seeded gold and the three test medals.
    expect(s.medals).toEqual({ gold: 2, silver: 0, bronze: 2 });
    // Gold first though recorded last; a dated medal before an undated one (Shaidorov's gold is dated).
    expect((await gamesResults(await loadFanData(database.db), milano.id)).map((r) => r.event.en)).toEqual([
      "Men's singles",
      "Test gold",
      "Test bronze, 10 Feb",
      "Test bronze, undated",
    ]);
    await database.db.delete(resultsTable).where(
      inArray(
        resultsTable.id,
        inserted.map((r) => r.id),
      ),
    );
    expect((await licenseSummary(await loadFanData(database.db), milano.id)!).medals).toEqual({ gold: 1, silver: 0, bronze: 0 });
  });
});

describe("matchAthletes: a name in any script", () => {
  const keysOf = (found: Athlete[]) => found.map(latin);

  test("a surname finds both twins, in Latin or Cyrillic", () => {
    expect(keysOf(matchAthletes("oralbay", index))).toEqual(["Aibek Oralbay", "Nurbek Oralbay"]);
    expect(keysOf(matchAthletes("Оралбай", index))).toEqual(["Aibek Oralbay", "Nurbek Oralbay"]);
    expect(keysOf(matchAthletes("ORALBAY!", index))).toEqual(["Aibek Oralbay", "Nurbek Oralbay"]);
  });

  test("a given name in Kazakh letters finds that athlete only", () => {
    expect(keysOf(matchAthletes("Нұрбек", index))).toEqual(["Nurbek Oralbay"]);
    expect(keysOf(matchAthletes("Нұрбек Оралбай", index))).toEqual(["Nurbek Oralbay"]);
    expect(keysOf(matchAthletes("Нурбек", index))).toEqual(["Nurbek Oralbay"]); // the Russian form
  });

  test("a Russian surname, and a typo in Latin", () => {
    expect(keysOf(matchAthletes("Яковлев", index))).toEqual(["Vladislav Yakovlev"]);
    expect(keysOf(matchAthletes("yakovlv", index))).toEqual(["Vladislav Yakovlev"]);
    expect(keysOf(matchAthletes("Vladislav Yakovlev", index))).toEqual(["Vladislav Yakovlev"]);
  });

  test("an athlete with Cyrillic names only is found by them", () => {
    expect(matchAthletes("Науатбек", index).map((a) => a.name)).toEqual([{ ru: "Акмарал Науатбек", kk: "Ақмарал Науатбек" }]);
    expect(matchAthletes("Ақмарал", index).map((a) => a.name.ru)).toEqual(["Акмарал Науатбек"]);
  });

  test("nothing close, empty or too short: none", () => {
    expect(matchAthletes("xyz", index)).toEqual([]);
    expect(matchAthletes("", index)).toEqual([]);
    expect(matchAthletes("   ", index)).toEqual([]);
    expect(matchAthletes("ab", index)).toEqual([]);
  });

  test("5,000 characters: bounded work, no match from the noise; padding around a name still finds it", () => {
    const started = performance.now();
    expect(matchAthletes("x".repeat(5_000), index)).toEqual([]);
    expect(matchAthletes("oralbay".repeat(715).slice(0, 5_000), index)).toEqual([]);
    expect(keysOf(matchAthletes(`Нұрбек Оралбай${" ".repeat(4_986)}`, index))).toEqual(["Nurbek Oralbay"]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test("the index covers every seeded athlete, each once", () => {
    expect(seeded).toHaveLength(27);
    expect(index.entries.map((e) => e.athlete.id)).toEqual(seeded.map((a) => a.id));
  });
});

describe("check constraints", () => {
  test("a translation without its English is refused", async () => {
    const boxing = await sport("boxing");
    const refused = (constraint: string) => ({
      cause: { code: "23514", message: expect.stringContaining(`"${constraint}"`) },
    });
    await expect(
      database.db.insert(licensesTable).values({ ...STAMPED, gamesId: la.id, sportId: boxing.id, eventRu: "80 кг" }),
    ).rejects.toMatchObject(refused("licenses_event_has_english"));
    await expect(
      database.db.insert(licensesTable).values({ ...STAMPED, gamesId: la.id, sportId: boxing.id, howWonKk: "Жеңіс" }),
    ).rejects.toMatchObject(refused("licenses_how_won_has_english"));
    await expect(
      database.db
        .insert(resultsTable)
        .values({ ...STAMPED, gamesId: la.id, sportId: boxing.id, medal: "gold", eventEn: "80 kg", noteRu: "Заметка" }),
    ).rejects.toMatchObject(refused("results_note_has_english"));
    // A result needs its event in English at all.
    await expect(
      database.db.insert(resultsTable).values({ ...STAMPED, gamesId: la.id, sportId: boxing.id, medal: "gold" }),
    ).rejects.toMatchObject(refused("results_event_required"));
    expect(await database.db.$count(licensesTable, inArray(licensesTable.eventRu, ["80 кг"]))).toBe(0);

    // English alone, or no text at all, is fine.
    const [ok] = await database.db
      .insert(licensesTable)
      .values({ ...STAMPED, gamesId: la.id, sportId: boxing.id, eventEn: "Men's 51 kg" })
      .returning();
    expect(ok).toMatchObject({ eventEn: "Men's 51 kg", eventRu: null, eventKk: null, teamEn: null });
    await database.db.delete(licensesTable).where(eq(licensesTable.id, ok!.id));
  });

  test("an athlete without any name is refused; one form is enough", async () => {
    await expect(database.db.insert(athletesTable).values({ ...STAMPED })).rejects.toMatchObject({
      cause: { code: "23514", message: expect.stringContaining('"athletes_named"') },
    });
    await expect(database.db.insert(athletesTable).values({ ...STAMPED, nameEn: null, nameRu: null, nameKk: null })).rejects.toMatchObject({
      cause: { code: "23514", message: expect.stringContaining('"athletes_named"') },
    });
    const [kkOnly] = await database.db
      .insert(athletesTable)
      .values({ ...STAMPED, nameKk: "Тек қазақша" })
      .returning();
    expect((await loadFanData(database.db)).athletes.get(kkOnly!.id)).toEqual({ id: kkOnly!.id, name: { kk: "Тек қазақша" } });
    await database.db.delete(athletesTable).where(eq(athletesTable.id, kkOnly!.id));
  });
});
