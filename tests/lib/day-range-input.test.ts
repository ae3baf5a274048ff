import { describe, expect, it } from "vitest";
import { parseClockTime, parseDayRange } from "../../src/lib/day-range-input.js";

describe("parseDayRange", () => {
  it("reads one day, days in a month, days across two months, with or without the year", () => {
    expect(parseDayRange("12.07.2028", 2028)).toEqual({ ok: true, first: "2028-07-12", last: "2028-07-12" });
    expect(parseDayRange("12–19.07.2028", 2028)).toEqual({ ok: true, first: "2028-07-12", last: "2028-07-19" });
    expect(parseDayRange(" 12 - 19.07.2028 ", 2028)).toEqual({ ok: true, first: "2028-07-12", last: "2028-07-19" });
    expect(parseDayRange("30.07—2.08.2028", 2028)).toEqual({ ok: true, first: "2028-07-30", last: "2028-08-02" });
    expect(parseDayRange("30.07.2028–02.08.2028", 2000)).toEqual({ ok: true, first: "2028-07-30", last: "2028-08-02" });
    expect(parseDayRange("12-19.07", 2032)).toEqual({ ok: true, first: "2032-07-12", last: "2032-07-19" });
    expect(parseDayRange("5/8", 2024)).toEqual({ ok: true, first: "2024-08-05", last: "2024-08-05" });
  });

  it("refuses what is no day, days in the wrong order, and anything else", () => {
    expect(parseDayRange("31.02.2028", 2028)).toEqual({ ok: false, reason: "no-such-day" });
    expect(parseDayRange("12–40.07.2028", 2028)).toEqual({ ok: false, reason: "no-such-day" });
    expect(parseDayRange("19–12.07.2028", 2028)).toEqual({ ok: false, reason: "order" });
    for (const text of ["", "2028-07-12", "12 July", "<b>12.07</b>", "🥇", "12.07.28", "x".repeat(5000), "1.2.3.4"]) {
      expect(parseDayRange(text, 2028), text.slice(0, 20)).toEqual({ ok: false, reason: "format" });
    }
  });
});

describe("parseClockTime", () => {
  it("reads HH:MM and H.MM within a day", () => {
    expect(parseClockTime("09:30")).toBe("09:30");
    expect(parseClockTime("9.05")).toBe("09:05");
    expect(parseClockTime("23:59")).toBe("23:59");
    for (const text of ["24:00", "12:60", "9", "930", "09:30:00", "noon", ""]) expect(parseClockTime(text), text).toBeNull();
  });
});
