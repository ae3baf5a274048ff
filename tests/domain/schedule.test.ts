import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { findGames, loadFanData, scheduleFor } from "../../src/domain/fan-data.js";
import { currentOrNextGames, gamesPhase, listGames, pickDefaultGames } from "../../src/domain/games.js";
import { hostDate, onDay } from "../../src/domain/schedule.js";
import type { Games, Sport } from "../../src/domain/types.js";
import { createTestDatabase } from "../helpers/db.js";
import { sportNamed } from "../helpers/fixtures.js";

let database: Database;
let all: Games[];
let paris: Games;
let parisPara: Games;
beforeAll(async () => {
  database = await createTestDatabase();
  all = await listGames(database.db);
  paris = all.find((g) => g.slug === "paris-2024-olympic")!;
  parisPara = all.find((g) => g.slug === "paris-2024-paralympic")!;
});
afterAll(async () => {
  await database?.close();
});

const sport = (name: string): Promise<Sport> => sportNamed(database.db, name);

const at = (iso: string) => new Date(iso);

describe("Games", () => {
  test("listGames is ordered by opening date and maps every field", () => {
    expect(all.map((g) => g.slug)).toEqual([
      "paris-2024-olympic",
      "paris-2024-paralympic",
      "milano-cortina-2026-olympic",
      "milano-cortina-2026-paralympic",
      "la-2028-olympic",
      "la-2028-paralympic",
      "french-alps-2030-olympic",
      "french-alps-2030-paralympic",
      "brisbane-2032-olympic",
      "brisbane-2032-paralympic",
    ]);
    expect(paris).toMatchObject({
      kind: "olympic",
      season: "summer",
      year: 2024,
      hostCity: { en: "Paris", ru: "Париж" },
      hostTz: "Europe/Paris",
      opensOn: "2024-07-26",
      closesOn: "2024-08-11",
      competitionStartsOn: "2024-07-24",
      licenseTarget: 90,
      licenseTargetAbove: true, // "more than 90"
      medalRank: 43,
      closesAt: null,
    });
    expect(paris.opensAt?.toISOString()).toBe("2024-07-26T17:30:00.000Z");
    expect(paris.note).toEqual({
      en:
        "Closing ceremony on 11 Aug, start time unconfirmed. The final team size differs by source: " +
        "78–80 athletes, while “92 licenses in 25 sports” is also reported.",
      ru:
        "Церемония закрытия 11 августа, время начала не подтверждено. Итоговый состав команды в источниках " +
        "разнится: 78–80 спортсменов; сообщалось также о «92 лицензиях в 25 видах спорта».",
      kk:
        "Жабылу салтанаты 11 тамызда, басталу уақыты расталмаған. Команданың соңғы құрамы дереккөздерде " +
        "әртүрлі: 78–80 спортшы; «25 спорт түрінде 92 лицензия» деген дерек те бар.",
    });
    expect(parisPara).toMatchObject({ licenseTarget: null, licenseTargetAbove: false, medalRank: 39 });
    expect(parisPara.opensAt?.toISOString()).toBe("2024-08-28T18:00:00.000Z"); // 20:00 Paris
    const alps = all.find((g) => g.slug === "french-alps-2030-olympic")!;
    expect(alps).toMatchObject({
      kind: "olympic",
      season: "winter",
      year: 2030,
      hostCity: { en: "French Alps", ru: "Французские Альпы", kk: "Француз Альпілері" },
      hostTz: "Europe/Paris",
      opensOn: "2030-02-01",
      closesOn: "2030-02-17",
      opensAt: null,
      medalRank: null,
    });
  });

  test("findGames by slug, id or id text; garbage and huge ids are null", async () => {
    expect((await findGames(await loadFanData(database.db), "la-2028-olympic"))?.hostTz).toBe("America/Los_Angeles");
    expect((await findGames(await loadFanData(database.db), paris.id))?.slug).toBe(paris.slug);
    expect((await findGames(await loadFanData(database.db), String(paris.id)))?.slug).toBe(paris.slug);
    expect(await findGames(await loadFanData(database.db), "nope")).toBeNull();
    expect(await findGames(await loadFanData(database.db), "99999999999999999999")).toBeNull();
    expect(await findGames(await loadFanData(database.db), 0)).toBeNull();
    expect(await findGames(await loadFanData(database.db), "'; drop table games; --")).toBeNull();
    expect((await listGames(database.db)).length).toBe(10);
  });

  test("pickDefaultGames: latest with licenses, else the next, else the latest", async () => {
    const { withLicenses } = (await loadFanData(database.db)).catalog;
    expect(withLicenses).toEqual(new Set([paris.id, parisPara.id]));
    expect(pickDefaultGames(all, withLicenses, at("2027-01-01T00:00:00Z"))?.slug).toBe("paris-2024-olympic");
    expect(pickDefaultGames(all, withLicenses, at("2027-01-01T00:00:00Z"), "paralympic")?.slug).toBe("paris-2024-paralympic");
    expect(pickDefaultGames(all, new Set(), at("2025-01-01T00:00:00Z"))?.slug).toBe("milano-cortina-2026-olympic");
    expect(pickDefaultGames(all, new Set(), at("2040-01-01T00:00:00Z"))?.slug).toBe("brisbane-2032-olympic");
    expect(pickDefaultGames([], new Set(), at("2025-01-01T00:00:00Z"))).toBeNull();
  });

  test("currentOrNextGames: the Games on now, else the next to open", () => {
    expect(currentOrNextGames(all, at("2024-08-01T00:00:00Z"))?.slug).toBe("paris-2024-olympic");
    expect(currentOrNextGames(all, at("2024-08-20T00:00:00Z"))?.slug).toBe("milano-cortina-2026-olympic");
    expect(currentOrNextGames(all, at("2024-08-20T00:00:00Z"), "paralympic")?.slug).toBe("paris-2024-paralympic");
    expect(currentOrNextGames(all, at("2040-01-01T00:00:00Z"))).toBeNull();
  });
});

describe("schedule", () => {
  test("every Paris 2024 Olympic window, ordered by first day then name", async () => {
    const windows = await scheduleFor(await loadFanData(database.db), paris.id);
    expect(windows).toHaveLength(45);
    expect(windows.slice(0, 2).map((w) => w.sport.slug)).toEqual(["football", "rugby-sevens"]);
    expect(windows.every((w, i) => i === 0 || windows[i - 1]!.firstDay <= w.firstDay)).toBe(true);
    const surfing = windows.find((w) => w.sport.slug === "surfing");
    // The sheet's correction: surfing ended on Monday 5 Aug with both finals.
    expect(surfing).toMatchObject({ firstDay: "2024-07-27", lastDay: "2024-08-05", startsAt: null });
    expect(surfing?.note).toEqual({
      en: "Held at Teahupo'o, Tahiti; it ended on Monday 5 Aug with both finals.",
      ru: "Соревнования прошли в Теахупоо (Таити) и завершились в понедельник, 5 августа, обоими финалами.",
      kk: "Жарыс Таитидегі Теахупоода өтіп, 5 тамызда, дүйсенбіде, екі финалмен аяқталды.",
    });
    expect(onDay(windows, "2024-08-05").map((w) => w.sport.slug)).toContain("surfing");
    expect(onDay(windows, "2024-08-06").map((w) => w.sport.slug)).not.toContain("surfing");
    // A window without a note maps to null, not an empty translation.
    expect(windows.find((w) => w.sport.slug === "boxing")?.note).toBeNull();
  });

  test("one sport: its window; a sport with disciplines: theirs", async () => {
    const boxing = await scheduleFor(await loadFanData(database.db), paris.id, (await sport("boxing")).id);
    expect(boxing.map((w) => [w.sport.slug, w.firstDay, w.lastDay])).toEqual([["boxing", "2024-07-27", "2024-08-10"]]);
    const cycling = await scheduleFor(await loadFanData(database.db), paris.id, (await sport("cycling")).id);
    expect(cycling.map((w) => w.sport.slug)).toEqual([
      "cycling-road",
      "cycling-mountain-bike",
      "cycling-bmx-freestyle",
      "cycling-bmx-racing",
      "cycling-track",
    ]);
  });

  test("onDay lists what is on that host date", async () => {
    const windows = await scheduleFor(await loadFanData(database.db), paris.id);
    const aug2 = onDay(windows, "2024-08-02").map((w) => w.sport.slug);
    expect(aug2).toContain("trampoline");
    expect(aug2).toContain("boxing");
    expect(aug2).not.toContain("rugby-sevens");
    expect(onDay(windows, "2024-07-24").map((w) => w.sport.slug)).toEqual(["football", "rugby-sevens"]);
    expect(onDay(windows, "2024-08-12")).toEqual([]);
  });

  test("'today' is the host's date: 00:30 in Paris is already the next day", async () => {
    const windows = await scheduleFor(await loadFanData(database.db), paris.id);
    const now = at("2024-07-29T22:30:00Z"); // 30 Jul 00:30 Paris, 30 Jul 03:30 Almaty
    const today = hostDate(now, paris.hostTz);
    expect(today).toBe("2024-07-30");
    expect(onDay(windows, today).map((w) => w.sport.slug)).toContain("cycling-bmx-freestyle");
    expect(onDay(windows, hostDate(now, "America/Los_Angeles")).map((w) => w.sport.slug)).not.toContain("cycling-bmx-freestyle");
  });

  test("past Games are over; future Games without windows have an empty schedule; LA 2028 has the windows its schedule gives", async () => {
    expect(gamesPhase(paris, at("2025-06-01T00:00:00Z"))).toBe("after");
    const la = all.find((g) => g.slug === "la-2028-olympic")!;
    const brisbane = all.find((g) => g.slug === "brisbane-2032-olympic")!;
    expect(await scheduleFor(await loadFanData(database.db), brisbane.id)).toEqual([]);
    // By first day: cricket and football from 12 Jul, before the opening ceremony.
    const laWindows = scheduleFor(await loadFanData(database.db), la.id);
    expect(
      laWindows
        .map((w) => w.sport.slug)
        .slice(0, 2)
        .sort(),
    ).toEqual(["cricket", "football"]);
    expect(laWindows).toHaveLength(7);
    expect(await scheduleFor(await loadFanData(database.db), 2 ** 40)).toEqual([]);
    expect(await scheduleFor(await loadFanData(database.db), paris.id, -5)).toEqual([]);
  });

  test("the Paralympic schedule holds Paralympic sports only", async () => {
    const windows = await scheduleFor(await loadFanData(database.db), parisPara.id);
    expect(windows).toHaveLength(20);
    expect(windows.every((w) => w.sport.kind === "paralympic")).toBe(true);
    const shooting = windows.find((w) => w.sport.slug === "para-shooting");
    expect(shooting).toMatchObject({ firstDay: "2024-08-30", lastDay: "2024-09-05" });
    expect(shooting?.note).toEqual({
      en: "Held in Châteauroux.",
      ru: "Соревнования прошли в Шатору.",
      kk: "Жарыс Шатору қаласында өтті.",
    });
  });
});
