// What staff type for a Games' license target and opening time (/games), read as the flow reads it.
import { describe, expect, it } from "vitest";
import { readLicenseTarget, readOpening } from "../../../src/bot/conversations/games-facts.js";
import type { GamesCard } from "../../../src/bot/views/games-facts.js";

const NOW = Date.parse("2026-12-01T10:00:00Z");

/** A Games as the card keeps it, with what the readers look at: its zone and opening day. */
function card(hostTz: string, opensOn: string): GamesCard {
  const games = {
    id: 1,
    slug: "x",
    kind: "olympic",
    season: "summer",
    year: 2030,
    hostTz,
    opensOn,
    closesOn: opensOn,
    competitionStartsOn: null,
  };
  return {
    games: { ...games, hostCity: { en: "X", ru: "X", kk: "X" } } as GamesCard["games"],
    facts: { medalRank: null, licenseTarget: null, opensAt: null, note: null },
  };
}
const la = card("America/Los_Angeles", "2028-07-14");

describe("the license target", () => {
  it.each([
    ["90", { count: 90, above: false }],
    [" 90 ", { count: 90, above: false }],
    [">90", { count: 90, above: true }],
    ["> 90", { count: 90, above: true }],
    ["more than 90", { count: 90, above: true }],
    ["More  than 90", { count: 90, above: true }],
    ["over 90", { count: 90, above: true }],
    ["более 90", { count: 90, above: true }],
    ["Больше 90", { count: 90, above: true }],
    ["свыше 90", { count: 90, above: true }],
    ["90-нан астам", { count: 90, above: true }],
    ["90-нан көп", { count: 90, above: true }],
    ["90 нан астам", { count: 90, above: true }],
    ["80-нен астам", { count: 80, above: true }],
    ["100-ден астам", { count: 100, above: true }],
    ["1000", { count: 1000, above: false }],
  ])("%s", (typed, value) => {
    expect(readLicenseTarget(typed, la, NOW, "en")).toEqual({ ok: true, value });
  });

  it.each(["", "abc", "90 licenses", "+90", "90+", "9.5", "-5", "<90", "более", "астам 90", "1e3", "٩٠"])("refuses %j", (typed) => {
    expect(readLicenseTarget(typed, la, NOW, "en")).toEqual({ ok: false, hint: "gf-target-bad", args: { max: 1000 } });
  });

  it.each(["0", "1001", "more than 0", "999999"])("refuses %j as out of range", (typed) => {
    expect(readLicenseTarget(typed, la, NOW, "en")).toEqual({ ok: false, hint: "gf-target-range", args: { max: 1000 } });
  });
});

describe("the opening time", () => {
  const at = (iso: string) => ({ ok: true, value: new Date(iso).toISOString() });

  it.each([
    ["17:00", "2028-07-15T00:00:00Z"],
    ["14.07.2028 17:00", "2028-07-15T00:00:00Z"],
    ["14.07 17:00", "2028-07-15T00:00:00Z"],
    ["14 July 2028, 17:00", "2028-07-15T00:00:00Z"],
    ["14 июля 2028 17:00", "2028-07-15T00:00:00Z"],
    ["2028 ж. 14 шілде 17:00", "2028-07-15T00:00:00Z"],
    ["2028-07-14 9:05", "2028-07-14T16:05:00Z"],
    ["0:00", "2028-07-14T07:00:00Z"],
    ["23:59", "2028-07-15T06:59:00Z"],
  ])("%s (on the host's clock)", (typed, iso) => {
    expect(readOpening(typed, la, NOW, "en")).toEqual(at(iso));
  });

  it.each(["", "17", "17.00", "24:00", "17:60", "17:5", "tomorrow 17:00", "14.07.2028", "31.02.2028 17:00", "<b>17:00</b>"])(
    "refuses %j",
    (typed) => {
      expect(readOpening(typed, la, NOW, "en")).toEqual({ ok: false, hint: "gf-opening-bad", args: { example: "14.07.2028" } });
    },
  );

  it("refuses another day than the opening day, naming it in the staff member's language", () => {
    expect(readOpening("15.07.2028 17:00", la, NOW, "ru")).toEqual({
      ok: false,
      hint: "gf-opening-day",
      args: { day: "14 июля 2028 г.", example: "14.07.2028" },
    });
  });

  it("refuses a time the host's clocks skip, and takes the first of a repeated one", () => {
    // Clocks in Paris go from 02:00 to 03:00 on 31 March 2030 and back from 03:00 to 02:00 on 27 October 2030.
    expect(readOpening("02:30", card("Europe/Paris", "2030-03-31"), NOW, "en")).toEqual({
      ok: false,
      hint: "gf-opening-no-such-time",
      args: { time: "02:30" },
    });
    expect(readOpening("03:30", card("Europe/Paris", "2030-03-31"), NOW, "en")).toEqual(at("2030-03-31T01:30:00Z"));
    expect(readOpening("02:30", card("Europe/Paris", "2030-10-27"), NOW, "en")).toEqual(at("2030-10-27T00:30:00Z"));
  });
});
