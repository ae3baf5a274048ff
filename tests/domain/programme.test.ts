// Each Games' programme, as a freshly seeded database holds it, and the fallback for Games whose
// programme is not confirmed.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { gamesSports } from "../../src/db/schema.js";
import { type FanData, findGames, loadFanData } from "../../src/domain/fan-data.js";
import { gamesWithSport, hasConfirmedProgramme, inProgramme, programmeOf, withinProgramme } from "../../src/domain/programme.js";
import type { Games } from "../../src/domain/types.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
let data: FanData;
beforeAll(async () => {
  database = await createTestDatabase();
  data = await loadFanData(database.db);
});
afterAll(async () => {
  await database?.close();
});

const games = (slug: string): Games => {
  const g = findGames(data, slug);
  if (!g) throw new Error(`no Games ${slug}`);
  return g;
};
const slugsOf = (slug: string) => programmeOf(data, games(slug).id).map((s) => s.slug);
const sportId = (slug: string) => {
  const s = data.sports.find((x) => x.slug === slug);
  if (!s) throw new Error(`no sport ${slug}`);
  return s.id;
};

describe("programmes", () => {
  test("LA 2028 holds cricket and the other additions, and no breaking; Paris 2024 the reverse", () => {
    const la = slugsOf("la-2028-olympic");
    expect(la).toEqual(
      expect.arrayContaining(["cricket", "baseball-softball", "flag-football", "lacrosse", "squash", "boxing", "athletics"]),
    );
    expect(la).not.toContain("breaking");
    expect(slugsOf("paris-2024-olympic")).toContain("breaking");
    expect(slugsOf("paris-2024-olympic")).not.toContain("cricket");
    expect(inProgramme(data, games("la-2028-olympic").id, sportId("cricket"))).toBe(true);
    expect(inProgramme(data, games("la-2028-olympic").id, sportId("breaking"))).toBe(false);
  });

  test("Milano Cortina 2026 holds the winter sports, not boxing; its Paralympics the six para sports", () => {
    const mc = slugsOf("milano-cortina-2026-olympic");
    expect(mc).toEqual(expect.arrayContaining(["biathlon", "figure-skating", "ski-mountaineering", "freestyle-aerials"]));
    expect(mc).not.toContain("boxing");
    expect(data.sports.filter((s) => mc.includes(s.slug)).every((s) => s.season === "winter" && s.kind === "olympic")).toBe(true);
    expect(slugsOf("milano-cortina-2026-paralympic").sort()).toEqual(
      [
        "para-alpine-skiing",
        "para-biathlon",
        "para-cross-country-skiing",
        "para-ice-hockey",
        "para-snowboard",
        "para-wheelchair-curling",
      ].sort(),
    );
  });

  test("a Games without a confirmed programme offers every sport of its kind and season", () => {
    const brisbane = games("brisbane-2032-olympic");
    expect(hasConfirmedProgramme(data, brisbane.id)).toBe(false);
    expect(hasConfirmedProgramme(data, games("la-2028-olympic").id)).toBe(true);
    const summerOlympic = data.sports.filter((s) => s.kind === "olympic" && s.season === "summer").map((s) => s.slug);
    expect(slugsOf("brisbane-2032-olympic")).toEqual(summerOlympic);
    expect(slugsOf("brisbane-2032-olympic")).toEqual(expect.arrayContaining(["cricket", "breaking", "boxing"]));
    expect(slugsOf("brisbane-2032-olympic")).not.toContain("biathlon");
    expect(slugsOf("french-alps-2030-olympic")).toContain("biathlon");
    expect(slugsOf("french-alps-2030-olympic")).not.toContain("boxing");
    expect(slugsOf("french-alps-2030-paralympic")).toContain("para-biathlon");
    expect(slugsOf("la-2028-paralympic")).toContain("para-swimming");
    expect(slugsOf("la-2028-paralympic")).not.toContain("para-biathlon");
    expect(inProgramme(data, brisbane.id, sportId("biathlon"))).toBe(false);
    expect(programmeOf(data, 999_999)).toEqual([]);
  });

  test("the Games that hold a sport: biathlon is at Milano Cortina and French Alps, never at LA 2028", () => {
    const where = (slug: string) => gamesWithSport(data, sportId(slug)).map((g) => g.slug);
    expect(where("biathlon")).toEqual(["milano-cortina-2026-olympic", "french-alps-2030-olympic"]);
    expect(where("breaking")).toEqual(["paris-2024-olympic", "brisbane-2032-olympic"]);
    expect(where("cricket")).toEqual(["la-2028-olympic", "brisbane-2032-olympic"]);
    const la = games("la-2028-olympic").id;
    const list = data.sports.filter((s) => ["biathlon", "cricket", "hockey", "ice-hockey"].includes(s.slug));
    expect(withinProgramme(data, la, list).map((s) => s.slug)).toEqual(["cricket", "hockey"]);
  });

  test("the read model sees a programme change (a trigger bumps the fan data version)", async () => {
    const before = data.version;
    const mc = games("milano-cortina-2026-olympic").id;
    await database.db.delete(gamesSports).where(eq(gamesSports.sportId, sportId("skeleton")));
    const after = await loadFanData(database.db);
    expect(after.version).toBeGreaterThan(before);
    expect(inProgramme(after, mc, sportId("skeleton"))).toBe(false);
  });
});
