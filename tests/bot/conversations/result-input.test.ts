import { describe, expect, it } from "vitest";
import { checkResultDate, relativeDaysWithin } from "../../../src/bot/conversations/result-input.js";

// Milano Cortina 2026 as the data has it: 6–22 February, host zone Rome, no earlier competition day recorded.
const MILANO = { hostTz: "Europe/Rome", opensOn: "2026-02-06", competitionStartsOn: null, closesOn: "2026-02-22" };
const at = (iso: string) => new Date(iso).getTime();

describe("the date of a result", () => {
  it("offers Today and Yesterday only on host days that can hold a result of the Games", () => {
    expect(relativeDaysWithin(MILANO, at("2026-02-14T10:00:00Z"))).toEqual(["today", "yesterday"]);
    expect(relativeDaysWithin(MILANO, at("2026-02-06T10:00:00Z"))).toEqual(["today"]);
    expect(relativeDaysWithin(MILANO, at("2026-02-23T10:00:00Z"))).toEqual(["yesterday"]);
    expect(relativeDaysWithin(MILANO, at("2026-12-06T10:00:00Z"))).toEqual([]);
    // 23:30 UTC on the 22nd is already the 23rd in Rome.
    expect(relativeDaysWithin(MILANO, at("2026-02-22T23:30:00Z"))).toEqual(["yesterday"]);
  });

  it("takes a typed day within the Games and refuses one outside them", () => {
    const now = at("2026-12-06T10:00:00Z");
    expect(checkResultDate({ text: "13.02.2026" }, now, MILANO)).toEqual({ ok: true, value: "2026-02-13" });
    expect(checkResultDate({ text: "05.02.2026" }, now, MILANO)).toEqual({ ok: false, hint: "ar-date-outside" });
    expect(checkResultDate({ text: "01.03.2026" }, now, MILANO)).toEqual({ ok: false, hint: "ar-date-outside" });
  });
});
