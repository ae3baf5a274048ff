import { eq, inArray, like } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../../../src/db/client.js";
import type { Db } from "../../../src/db/handle.js";
import {
  athletes,
  competitionWindows,
  games,
  gamesSports,
  licenseAthletes,
  licenses,
  reportedTotals,
  resultAthletes,
  results,
  seedApplied,
  sportAliases,
  sports,
} from "../../../src/db/schema.js";
import { loadSeed, referenceData, type SeedData } from "../../../src/db/seed/load.js";
import { normaliseTerm } from "../../../src/lib/normalise-text.js";
import { createTestDatabase } from "../../helpers/db.js";

/** When these tests load the reference data: every row it writes is stamped with it. */
const SEEDED_AT = new Date("2026-12-01T00:00:00Z");

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database?.close();
});

async function counts(db: Db) {
  return {
    games: await db.$count(games),
    sports: await db.$count(sports),
    aliases: await db.$count(sportAliases),
    programmes: await db.$count(gamesSports),
    windows: await db.$count(competitionWindows),
    athletes: await db.$count(athletes),
    licenses: await db.$count(licenses),
    results: await db.$count(results),
    reportedTotals: await db.$count(reportedTotals),
  };
}

const nothing = { games: 0, sports: 0, aliases: 0, programmes: 0, windows: 0, athletes: 0, licenses: 0, results: 0, reportedTotals: 0 };

describe("reference data", () => {
  test("everything in the data files is loaded on open", async () => {
    const distinctAliases = new Set(referenceData.sports.flatMap((s) => s.aliases.map((a) => `${s.slug}:${normaliseTerm(a)}`)));
    expect(await counts(database.db)).toEqual({
      games: referenceData.games.length,
      sports: referenceData.sports.length,
      aliases: distinctAliases.size,
      programmes: referenceData.programmes.reduce((n, p) => n + p.sports.length, 0),
      windows: referenceData.windows.length,
      athletes: referenceData.athletes.length,
      licenses: referenceData.licenses.length,
      results: referenceData.results.length,
      reportedTotals: referenceData.reportedTotals.length,
    });
    const seeded = await database.db.select({ key: licenses.seedKey }).from(licenses);
    expect(seeded.map((r) => r.key).sort()).toEqual(referenceData.licenses.map((l) => l.key).sort());
    const seededAthletes = await database.db.select({ key: athletes.seedKey }).from(athletes);
    expect(seededAthletes.map((r) => r.key).sort()).toEqual(referenceData.athletes.map((a) => a.key).sort());
    const seededResults = await database.db.select({ key: results.seedKey }).from(results);
    expect(seededResults.map((r) => r.key).sort()).toEqual(referenceData.results.map((r) => r.key).sort());
    // Every athlete a license or result lists is linked, once.
    expect(await database.db.$count(licenseAthletes)).toBe(referenceData.licenses.reduce((n, l) => n + l.athletes.length, 0));
    expect(await database.db.$count(resultAthletes)).toBe(referenceData.results.reduce((n, r) => n + r.athletes.length, 0));
    // A fresh database is at the latest data version: every upgrade is recorded as applied.
    const upgradeKeys = referenceData.upgrades.map((u) => `upgrade:${u.version}`);
    expect(upgradeKeys).toEqual(["upgrade:2", "upgrade:3"]);
    // Each sport with its season.
    const seasons = await database.db.select({ slug: sports.slug, season: sports.season }).from(sports);
    expect(
      seasons
        .filter((s) => s.season === "winter")
        .map((s) => s.slug)
        .sort(),
    ).toEqual(
      referenceData.sports
        .filter((s) => s.season === "winter")
        .map((s) => s.slug)
        .sort(),
    );
    expect(await database.db.$count(seedApplied, inArray(seedApplied.key, upgradeKeys))).toBe(upgradeKeys.length);
  });

  test("loading again changes nothing", async () => {
    const before = await counts(database.db);
    const again = await loadSeed(database.db, { data: referenceData, now: SEEDED_AT });
    expect(again).toEqual({ inserted: nothing, upgrades: [], skipped: [] });
    expect(await counts(database.db)).toEqual(before);
  });

  test("staff edits to seeded rows survive a reload", async () => {
    const key = "paris-2024-olympic:rowing:yakovlev";
    await database.db
      .update(licenses)
      .set({ eventEn: "Men's single sculls (edited)", eventRu: null, quotaPlaces: 2 })
      .where(eq(licenses.seedKey, key));
    await database.db.update(sports).set({ nameEn: "Boxing (edited)" }).where(eq(sports.slug, "boxing"));
    await database.db.update(games).set({ licenseTarget: 95 }).where(eq(games.slug, "paris-2024-olympic"));

    await loadSeed(database.db, { data: referenceData, now: SEEDED_AT });

    const [license] = await database.db.select().from(licenses).where(eq(licenses.seedKey, key));
    // The Russian staff cleared stays cleared: a reload does not put the seeded translation back.
    expect(license).toMatchObject({
      eventEn: "Men's single sculls (edited)",
      eventRu: null,
      eventKk: "Ерлер арасындағы бір орынды қайық",
      quotaPlaces: 2,
    });
    const [boxing] = await database.db.select().from(sports).where(eq(sports.slug, "boxing"));
    expect(boxing?.nameEn).toBe("Boxing (edited)");
    const [paris] = await database.db.select().from(games).where(eq(games.slug, "paris-2024-olympic"));
    expect(paris?.licenseTarget).toBe(95);
  });

  test("a seeded license staff deleted stays deleted; so does a deleted alias or window", async () => {
    const key = "paris-2024-olympic:badminton:panarin";
    await database.db.delete(licenses).where(eq(licenses.seedKey, key));
    const [boxing] = await database.db.select().from(sports).where(eq(sports.slug, "boxing"));
    await database.db.delete(sportAliases).where(eq(sportAliases.sportId, boxing!.id));
    await database.db.delete(competitionWindows).where(eq(competitionWindows.sportId, boxing!.id));
    const before = await counts(database.db);

    const result = await loadSeed(database.db, { data: referenceData, now: SEEDED_AT });

    expect(result.inserted).toEqual(nothing);
    expect(await counts(database.db)).toEqual(before);
    expect(await database.db.$count(licenses, eq(licenses.seedKey, key))).toBe(0);
  });

  test("items added to the data later are inserted on the next load, once", async () => {
    const extended: SeedData = {
      ...referenceData,
      athletes: [...referenceData.athletes, { key: "test-boxer", name: { en: "Test Boxer", ru: "Тест Боксёр" } }],
      licenses: [
        ...referenceData.licenses,
        {
          key: "la-2028-olympic:boxing:test",
          games: "la-2028-olympic",
          sport: "boxing",
          // an athlete already seeded and a new one, in this order
          athletes: ["test-boxer", "nurbek-oralbay"],
          quotaPlaces: 2,
          source: "test",
        },
      ],
      results: [
        ...referenceData.results,
        {
          key: "la-2028-olympic:boxing:test",
          games: "la-2028-olympic",
          sport: "boxing",
          medal: "gold",
          event: { en: "Test event" },
          athletes: ["test-boxer"],
        },
      ],
    };
    expect((await loadSeed(database.db, { data: extended, now: SEEDED_AT })).inserted).toEqual({
      ...nothing,
      athletes: 1,
      licenses: 1,
      results: 1,
    });
    expect((await loadSeed(database.db, { data: extended, now: SEEDED_AT })).inserted).toEqual(nothing);
    expect(await database.db.$count(seedApplied, eq(seedApplied.key, "license:la-2028-olympic:boxing:test"))).toBe(1);
    expect(await database.db.$count(seedApplied, eq(seedApplied.key, "athlete:test-boxer"))).toBe(1);
    expect(await database.db.$count(seedApplied, eq(seedApplied.key, "result:la-2028-olympic:boxing:test"))).toBe(1);

    const [license] = await database.db.select().from(licenses).where(eq(licenses.seedKey, "la-2028-olympic:boxing:test"));
    const linked = await database.db
      .select({ key: athletes.seedKey, position: licenseAthletes.position })
      .from(licenseAthletes)
      .innerJoin(athletes, eq(athletes.id, licenseAthletes.athleteId))
      .where(eq(licenseAthletes.licenseId, license!.id))
      .orderBy(licenseAthletes.position);
    expect(linked).toEqual([
      { key: "test-boxer", position: 0 },
      { key: "nurbek-oralbay", position: 1 },
    ]);
    expect(await database.db.$count(athletes, eq(athletes.seedKey, "nurbek-oralbay"))).toBe(1); // not doubled
  });

  test("an athlete the data does not define is a mistake: it fails loudly and applies nothing", async () => {
    const broken: SeedData = {
      ...referenceData,
      licenses: [
        ...referenceData.licenses,
        {
          key: "la-2028-olympic:boxing:ghost",
          games: "la-2028-olympic",
          sport: "boxing",
          athletes: ["Test Boxer"],
          quotaPlaces: 1,
          source: "t",
        },
      ],
    };
    const before = await counts(database.db);
    await expect(loadSeed(database.db, { data: broken, now: SEEDED_AT })).rejects.toThrow(
      /la-2028-olympic:boxing:ghost names an unknown athlete Test Boxer/,
    );
    expect(await counts(database.db)).toEqual(before);
    expect(await database.db.$count(seedApplied, eq(seedApplied.key, "license:la-2028-olympic:boxing:ghost"))).toBe(0);
  });

  test("an item whose sport staff deleted is skipped, not an error, and retried later", async () => {
    const [golf] = await database.db.select().from(sports).where(eq(sports.slug, "golf"));
    await database.db.delete(sports).where(eq(sports.id, golf!.id));
    const extended: SeedData = {
      ...referenceData,
      windows: [...referenceData.windows, { games: "la-2028-olympic", sport: "golf", firstDay: "2028-07-20", lastDay: "2028-07-29" }],
    };
    const result = await loadSeed(database.db, { data: extended, now: SEEDED_AT });
    expect(result.inserted).toEqual(nothing);
    expect(result.skipped).toEqual(["window:la-2028-olympic:golf"]);
    expect(await database.db.$count(seedApplied, eq(seedApplied.key, "window:la-2028-olympic:golf"))).toBe(0);
  });

  test("a new discipline of a sport staff deleted is skipped, does not bring the sport back, and is retried later", async () => {
    // The parent cannot go alone (parent_id is on delete restrict): staff delete its disciplines
    // first (their aliases and windows go with them), then the sport.
    const [aquatics] = await database.db.select().from(sports).where(eq(sports.slug, "aquatics"));
    const disciplines = await database.db.select({ slug: sports.slug }).from(sports).where(eq(sports.parentId, aquatics!.id));
    expect(disciplines.map((d) => d.slug).sort()).toEqual(["artistic-swimming", "diving", "marathon-swimming", "swimming", "water-polo"]);
    await database.db.delete(sports).where(eq(sports.parentId, aquatics!.id));
    await database.db.delete(sports).where(eq(sports.id, aquatics!.id));
    const before = await counts(database.db);

    // A later version of the data adds a discipline of that sport, with an alias and a window.
    const extended: SeedData = {
      ...referenceData,
      sports: [
        ...referenceData.sports,
        {
          slug: "open-water-relay",
          kind: "olympic",
          season: "summer",
          parent: "aquatics",
          name: { en: "Open water relay", ru: "Эстафета на открытой воде", kk: "Ашық судағы эстафета" },
          aliases: ["ow relay"],
        },
      ],
      windows: [
        ...referenceData.windows,
        { games: "la-2028-olympic", sport: "open-water-relay", firstDay: "2028-07-20", lastDay: "2028-07-21" },
      ],
    };
    const result = await loadSeed(database.db, { data: extended, now: SEEDED_AT });
    expect(result.inserted).toEqual(nothing);
    expect([...result.skipped].sort()).toEqual([
      `alias:open-water-relay:${normaliseTerm("ow relay")}`,
      "sport:open-water-relay",
      "window:la-2028-olympic:open-water-relay",
    ]);
    expect(await counts(database.db)).toEqual(before);
    const gone = ["aquatics", "open-water-relay", ...disciplines.map((d) => d.slug)];
    expect(await database.db.select({ slug: sports.slug }).from(sports).where(inArray(sports.slug, gone))).toEqual([]);
    expect(await database.db.$count(seedApplied, like(seedApplied.key, "%open-water-relay%"))).toBe(0);

    // Loading again changes nothing either; once staff bring the sport back, the discipline goes in under it.
    const again = await loadSeed(database.db, { data: extended, now: SEEDED_AT });
    expect(again.inserted).toEqual(nothing);
    expect([...again.skipped].sort()).toEqual([...result.skipped].sort());
    const [restored] = await database.db
      .insert(sports)
      .values({ slug: "aquatics", kind: "olympic", nameEn: "Aquatics", nameRu: "Водные виды спорта", nameKk: "Су спорты түрлері" })
      .returning();
    expect((await loadSeed(database.db, { data: extended, now: SEEDED_AT })).inserted).toEqual({
      ...nothing,
      sports: 1,
      aliases: 1,
      windows: 1,
    });
    const [relay] = await database.db.select().from(sports).where(eq(sports.slug, "open-water-relay"));
    expect(relay?.parentId).toBe(restored!.id);
    // The disciplines staff deleted stay deleted.
    expect(await database.db.$count(sports, eq(sports.parentId, restored!.id))).toBe(1);
  });

  test("a mistake in the data (unknown sport) fails loudly and applies nothing", async () => {
    const broken: SeedData = {
      ...referenceData,
      licenses: [
        ...referenceData.licenses,
        { key: "x:ok", games: "la-2028-olympic", sport: "boxing", athletes: [], quotaPlaces: 1, source: "t" },
        { key: "x:bad", games: "la-2028-olympic", sport: "quidditch", athletes: [], quotaPlaces: 1, source: "t" },
      ],
    };
    const before = await counts(database.db);
    await expect(loadSeed(database.db, { data: broken, now: SEEDED_AT })).rejects.toThrow(/unknown sport quidditch/);
    expect(await counts(database.db)).toEqual(before);
    expect(await database.db.$count(seedApplied, eq(seedApplied.key, "license:x:ok"))).toBe(0);
  });

  test("a database opened without seed is empty, and the loader fills it", async () => {
    const bare = await createTestDatabase({ seed: false });
    try {
      expect(await counts(bare.db)).toEqual(nothing);
      const result = await loadSeed(bare.db, { data: referenceData, now: SEEDED_AT });
      expect(result.inserted).toEqual(await counts(bare.db));
      expect(result.inserted.licenses).toBe(referenceData.licenses.length);
    } finally {
      await bare.close();
    }
  });
});
