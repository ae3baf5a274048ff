import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { countdown } from "../../src/domain/countdown.js";
import { findGames, loadFanData } from "../../src/domain/fan-data.js";
import { gamesPhase, gamesWindow } from "../../src/domain/games.js";
import type { Games } from "../../src/domain/types.js";
import { addDays, daysBetween, hostDate, hostTime, zonedInstant } from "../../src/lib/zoned-time.js";
import { createTestDatabase } from "../helpers/db.js";

let database: Database;
let paris: Games;
let la: Games;
let laPara: Games;
beforeAll(async () => {
  database = await createTestDatabase();
  paris = (await findGames(await loadFanData(database.db), "paris-2024-olympic"))!;
  la = (await findGames(await loadFanData(database.db), "la-2028-olympic"))!;
  laPara = (await findGames(await loadFanData(database.db), "la-2028-paralympic"))!;
});
afterAll(async () => {
  await database?.close();
});

const at = (iso: string) => new Date(iso);

/** A Games with only what the countdown reads. */
function games(overrides: Partial<Games>): Games {
  return {
    id: 1,
    slug: "test",
    kind: "olympic",
    season: "summer",
    year: 2024,
    hostCity: { en: "X", ru: "X", kk: "X" },
    hostTz: "UTC",
    opensOn: "2024-07-26",
    closesOn: "2024-08-11",
    opensAt: null,
    closesAt: null,
    competitionStartsOn: null,
    licenseTarget: null,
    licenseTargetAbove: false,
    medalRank: null,
    note: null,
    ...overrides,
  };
}

describe("zoned time (Intl only)", () => {
  test("host-local midnight across DST: Paris and Los Angeles, spring and autumn", () => {
    expect(zonedInstant("2024-03-30", "Europe/Paris").toISOString()).toBe("2024-03-29T23:00:00.000Z"); // CET
    expect(zonedInstant("2024-04-01", "Europe/Paris").toISOString()).toBe("2024-03-31T22:00:00.000Z"); // CEST
    expect(zonedInstant("2024-03-10", "America/Los_Angeles").toISOString()).toBe("2024-03-10T08:00:00.000Z");
    expect(zonedInstant("2024-03-11", "America/Los_Angeles").toISOString()).toBe("2024-03-11T07:00:00.000Z");
    expect(zonedInstant("2024-11-03", "America/Los_Angeles").toISOString()).toBe("2024-11-03T07:00:00.000Z");
    expect(zonedInstant("2024-11-04", "America/Los_Angeles").toISOString()).toBe("2024-11-04T08:00:00.000Z");
  });

  test("a skipped wall time moves past the gap; a repeated one takes its first occurrence", () => {
    // Paris skips 02:00-03:00 on 2024-03-31 and repeats 02:00-03:00 on 2024-10-27.
    expect(zonedInstant("2024-03-31", "Europe/Paris", "02:30").toISOString()).toBe("2024-03-31T01:30:00.000Z");
    expect(zonedInstant("2024-10-27", "Europe/Paris", "02:30").toISOString()).toBe("2024-10-27T00:30:00.000Z");
    // Santiago skipped midnight itself on 2022-09-11: the day began at 01:00.
    const santiago = zonedInstant("2022-09-11", "America/Santiago");
    expect(santiago.toISOString()).toBe("2022-09-11T04:00:00.000Z");
    expect(hostTime(santiago, "America/Santiago")).toBe("01:00");
  });

  test("answers kept for speed stay the caller's own: changing a returned Date changes no later answer", () => {
    const first = zonedInstant("2024-07-26", "Asia/Almaty");
    first.setUTCFullYear(1999);
    expect(zonedInstant("2024-07-26", "Asia/Almaty").toISOString()).toBe("2024-07-25T19:00:00.000Z");
    // A bad zone or date still throws every time, nothing kept in its place.
    expect(() => zonedInstant("2024-07-26", "Mars/Olympus")).toThrow(RangeError);
    expect(() => zonedInstant("2024-07-26", "Mars/Olympus")).toThrow(RangeError);
    expect(() => zonedInstant("2024-02-30", "Asia/Almaty")).toThrow(RangeError);
  });

  test("Kazakhstan is UTC+5; host dates differ from UTC dates near midnight", () => {
    expect(zonedInstant("2024-07-26", "Asia/Almaty").toISOString()).toBe("2024-07-25T19:00:00.000Z");
    expect(hostDate(at("2024-07-27T22:30:00Z"), "Europe/Paris")).toBe("2024-07-28");
    expect(hostDate(at("2024-07-27T22:30:00Z"), "America/Los_Angeles")).toBe("2024-07-27");
    expect(hostTime(at("2024-07-26T17:30:00Z"), "Asia/Almaty")).toBe("22:30");
  });

  test("date arithmetic is calendar arithmetic", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2024-07-26", "2024-08-11")).toBe(16);
    expect(daysBetween("2024-08-11", "2024-07-26")).toBe(-16);
    expect(() => addDays("2024-02-30", 1)).toThrow(RangeError);
    expect(() => zonedInstant("26.07.2024", "Europe/Paris")).toThrow(RangeError);
  });
});

describe("countdown before the Games", () => {
  test("Paris 2024 counts to the exact ceremony instant, 19:30 Paris = 17:30 UTC", () => {
    const c = countdown(paris, at("2024-07-16T17:30:00Z"));
    expect(c).toEqual({
      phase: "before",
      target: at("2024-07-26T17:30:00Z"),
      exact: true,
      days: 10,
      hours: 0,
      minutes: 0,
      showClock: false,
    });
  });

  test("the last 48 hours show the clock", () => {
    expect(countdown(paris, at("2024-07-24T17:00:00Z"))).toMatchObject({ days: 2, hours: 0, minutes: 30, showClock: false });
    expect(countdown(paris, at("2024-07-24T18:00:00Z"))).toMatchObject({ days: 1, hours: 23, minutes: 30, showClock: true });
    expect(countdown(paris, at("2024-07-25T18:00:00Z"))).toMatchObject({ days: 0, hours: 23, minutes: 30, showClock: true });
    expect(countdown(paris, at("2024-07-26T17:29:00Z"))).toMatchObject({ days: 0, hours: 0, minutes: 1, showClock: true });
    expect(countdown(paris, at("2024-07-26T17:29:59Z"))).toMatchObject({ days: 0, hours: 0, minutes: 0 });
  });

  test("an hour later on the clock than the ceremony means one day fewer", () => {
    // 20:30 Paris on 16 Jul: 26 Jul 19:30 is 9 days 23 hours away, not 10 days.
    expect(countdown(paris, at("2024-07-16T18:30:00Z"))).toMatchObject({ days: 9, hours: 23, minutes: 0 });
  });

  test("LA 2028 Olympics count to the confirmed ceremony, 14 Jul 17:00 Los Angeles (PDT) = 15 Jul 00:00 UTC", () => {
    const c = countdown(la, at("2028-07-12T07:00:00Z")); // 12 Jul 00:00 PDT
    expect(c).toEqual({
      phase: "before",
      target: at("2028-07-15T00:00:00Z"),
      exact: true,
      days: 2,
      hours: 17,
      minutes: 0,
      showClock: false,
    });
  });

  test("date-only target (LA 2028 Paralympics, time unconfirmed): host-local midnight, not exact", () => {
    expect(laPara.opensAt).toBeNull();
    const c = countdown(laPara, at("2028-08-13T07:00:00Z")); // 13 Aug 00:00 PDT
    expect(c).toEqual({
      phase: "before",
      target: at("2028-08-15T07:00:00Z"),
      exact: false,
      days: 2,
      hours: 0,
      minutes: 0,
      showClock: false,
    });
  });

  test("across the spring DST change in Los Angeles days stay whole (167 days, not 166 d 23 h)", () => {
    // 1 Mar 2028 00:00 PST -> 15 Aug 2028 00:00 PDT: 167 calendar days, one hour short of 167 × 24 h.
    const c = countdown(laPara, at("2028-03-01T08:00:00Z"));
    expect(c).toMatchObject({ days: 167, hours: 0, minutes: 0, exact: false });
  });

  test("across the spring DST change in Paris with an exact target", () => {
    // 30 Mar 19:30 CET -> 26 Jul 19:30 CEST: 118 calendar days.
    expect(countdown(paris, at("2024-03-30T18:30:00Z"))).toMatchObject({ days: 118, hours: 0, minutes: 0 });
  });

  test("across the autumn DST change: the extra hour does not become a day", () => {
    const g = games({ hostTz: "America/Los_Angeles", opensOn: "2024-11-10", closesOn: "2024-11-20" });
    // 2 Nov 00:00 PDT -> 10 Nov 00:00 PST is 8 days and 1 hour of elapsed time, 8 calendar days.
    expect(countdown(g, at("2024-11-02T07:00:00Z"))).toMatchObject({ days: 8, hours: 0, minutes: 0 });
  });

  test("inside the repeated hour of a fall-back night", () => {
    const g = games({ hostTz: "America/Los_Angeles", opensOn: "2024-11-04", closesOn: "2024-11-20" });
    // 09:30Z on 3 Nov is the second 01:30 (PST); midnight of 4 Nov PST is 22.5 hours later.
    expect(countdown(g, at("2024-11-03T09:30:00Z"))).toMatchObject({ days: 0, hours: 22, minutes: 30, showClock: true });
  });

  test("the same instant counts the same for viewers anywhere: the host calendar decides", () => {
    // 23:30 Almaty on 24 Jul is 20:30 Paris: 1 day 23 hours to the ceremony.
    const fromAlmaty = countdown(paris, zonedInstant("2024-07-24", "Asia/Almaty", "23:30"));
    expect(fromAlmaty).toMatchObject({ days: 1, hours: 23, minutes: 0 });
  });
});

describe("countdown during and after", () => {
  test("day N of M in the host calendar", () => {
    expect(countdown(paris, at("2024-07-26T17:30:00Z"))).toEqual({ phase: "during", day: 1, of: 17 });
    // 00:30 Paris on 28 Jul, still 27 Jul in UTC and Los Angeles.
    expect(countdown(paris, at("2024-07-27T22:30:00Z"))).toEqual({ phase: "during", day: 3, of: 17 });
    expect(countdown(paris, at("2024-08-11T21:59:00Z"))).toEqual({ phase: "during", day: 17, of: 17 });
  });

  test("before the ceremony on opening day it is still 'before'", () => {
    expect(countdown(paris, at("2024-07-26T10:00:00Z")).phase).toBe("before");
    expect(gamesPhase(paris, at("2024-07-26T10:00:00Z"))).toBe("before");
  });

  test("after the end of the closing day (host midnight) it is over", () => {
    expect(countdown(paris, at("2024-08-11T22:00:00Z"))).toEqual({ phase: "after" });
    expect(gamesPhase(paris, at("2030-01-01T00:00:00Z"))).toBe("after");
    expect(gamesWindow(paris)).toEqual({ start: at("2024-07-26T17:30:00Z"), end: at("2024-08-11T22:00:00Z") });
  });

  test("a known closing instant ends the Games there", () => {
    const g = games({ opensAt: at("2024-07-26T17:30:00Z"), closesAt: at("2024-08-11T19:00:00Z") });
    expect(gamesPhase(g, at("2024-08-11T18:59:00Z"))).toBe("during");
    expect(gamesPhase(g, at("2024-08-11T19:00:00Z"))).toBe("after");
  });
});
