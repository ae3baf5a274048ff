import { describe, expect, it } from "vitest";
import { games, licenses, reportedTotals, sports, windows } from "../../src/db/seed/data/index.js";
import type { SeedGames, SeedSport } from "../../src/db/seed/data/index.js";

// Pure checks on the reference data: no database. They guard the invariants the loader and the
// sport matcher rely on, so a bad edit fails here instead of at start-up.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LATIN = /\p{Script=Latin}/u;

/** A real calendar date in YYYY-MM-DD form (rejects 2024-02-30). */
function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The host-local calendar date of an instant. */
function localDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(instant),
  );
}

/**
 * A deliberately broad folding (case, ё, diacritics, and everything but letters and digits): two terms
 * equal here would collide under the matcher's normalisation, which stores aliases unique per sport.
 */
function fold(term: string): string {
  return term
    .normalize("NFKC")
    .toLowerCase()
    .replaceAll("ё", "е")
    .normalize("NFD")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function names(sport: SeedSport): string[] {
  return [sport.name.en, sport.name.ru, sport.name.kk];
}

function duplicates<T>(values: T[]): T[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

const gamesBySlug = new Map(games.map((g) => [g.slug, g]));
const sportsBySlug = new Map(sports.map((s) => [s.slug, s]));

function gamesOf(slug: string): SeedGames {
  const found = gamesBySlug.get(slug);
  if (found === undefined) throw new Error(`unknown games ${slug}`);
  return found;
}

function sportOf(slug: string): SeedSport {
  const found = sportsBySlug.get(slug);
  if (found === undefined) throw new Error(`unknown sport ${slug}`);
  return found;
}

describe("games", () => {
  it("have unique, well-formed slugs", () => {
    const slugs = games.map((g) => g.slug);
    expect(duplicates(slugs)).toEqual([]);
    for (const slug of slugs) expect(slug).toMatch(SLUG);
    expect(slugs).toEqual(
      expect.arrayContaining([
        "paris-2024-olympic",
        "paris-2024-paralympic",
        "milano-cortina-2026-olympic",
        "milano-cortina-2026-paralympic",
        "la-2028-olympic",
        "la-2028-paralympic",
        "brisbane-2032-olympic",
        "brisbane-2032-paralympic",
      ]),
    );
  });

  it("have valid, ordered dates in the year of the slug", () => {
    for (const g of games) {
      expect(isCalendarDate(g.opensOn), `${g.slug} opensOn`).toBe(true);
      expect(isCalendarDate(g.closesOn), `${g.slug} closesOn`).toBe(true);
      expect(g.opensOn <= g.closesOn, `${g.slug} order`).toBe(true);
      expect(g.opensOn.startsWith(String(g.year)), `${g.slug} year`).toBe(true);
      expect(g.slug).toContain(`-${g.year}-${g.kind}`);
      if (g.competitionStartsOn !== undefined) {
        expect(isCalendarDate(g.competitionStartsOn)).toBe(true);
        expect(g.competitionStartsOn <= g.closesOn).toBe(true);
      }
    }
  });

  it("have real time zones, and ceremony instants that fall on the ceremony dates there", () => {
    for (const g of games) {
      expect(() => new Intl.DateTimeFormat("en", { timeZone: g.hostTz }), g.hostTz).not.toThrow();
      if (g.opensAt !== undefined) {
        expect(g.opensAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/);
        expect(localDate(g.opensAt, g.hostTz)).toBe(g.opensOn);
      }
      if (g.closesAt !== undefined) expect(localDate(g.closesAt, g.hostTz)).toBe(g.closesOn);
    }
  });

  it("pin the Paris 2024 opening ceremony to 19:30 Paris = 17:30 UTC", () => {
    const paris = gamesOf("paris-2024-olympic");
    expect(new Date(paris.opensAt ?? "").toISOString()).toBe("2024-07-26T17:30:00.000Z");
    expect(paris.closesAt).toBeUndefined(); // closing time unconfirmed
    expect(paris.competitionStartsOn).toBe("2024-07-24");
    expect(paris.licenseTarget).toBe(90);
  });

  it("leave future ceremony times unset (unconfirmed)", () => {
    for (const g of games.filter((x) => x.year > 2024)) {
      expect(g.opensAt, g.slug).toBeUndefined();
      expect(g.closesAt, g.slug).toBeUndefined();
    }
  });

  it("name host cities in three languages, Kazakh in Cyrillic", () => {
    for (const g of games) {
      for (const value of Object.values(g.hostCity)) expect(value.trim(), g.slug).not.toBe("");
      expect(LATIN.test(g.hostCity.kk), g.hostCity.kk).toBe(false);
      expect(LATIN.test(g.hostCity.ru), g.hostCity.ru).toBe(false);
    }
  });
});

describe("sports", () => {
  it("have unique, well-formed slugs; Paralympic ones start with para-", () => {
    expect(duplicates(sports.map((s) => s.slug))).toEqual([]);
    for (const s of sports) {
      expect(s.slug).toMatch(SLUG);
      expect(s.slug.startsWith("para-"), s.slug).toBe(s.kind === "paralympic");
    }
  });

  it("cover the Paris 2024 programmes: 45 Olympic disciplines under 4 parents, 22 Paralympic sports", () => {
    const olympic = sports.filter((s) => s.kind === "olympic");
    const paralympic = sports.filter((s) => s.kind === "paralympic");
    const parentSlugs = new Set(sports.flatMap((s) => (s.parent === undefined ? [] : [s.parent])));
    expect([...parentSlugs].sort()).toEqual(["aquatics", "canoe", "cycling", "gymnastics", "para-cycling"]);
    expect(olympic.filter((s) => !parentSlugs.has(s.slug))).toHaveLength(45);
    expect(paralympic.filter((s) => s.parent === undefined)).toHaveLength(22);
  });

  it("have parents that exist, are of the same kind and are top-level", () => {
    for (const s of sports) {
      if (s.parent === undefined) continue;
      const parent = sportOf(s.parent);
      expect(parent.kind, s.slug).toBe(s.kind);
      expect(parent.parent, s.slug).toBeUndefined();
    }
  });

  it("have non-empty English, Russian and Kazakh names; Kazakh without Latin letters", () => {
    for (const s of sports) {
      for (const value of names(s)) {
        expect(value.trim(), s.slug).not.toBe("");
        expect(value, s.slug).toBe(value.trim());
      }
      expect(LATIN.test(s.name.kk), `${s.slug}: ${s.name.kk}`).toBe(false);
    }
  });

  it("have lower-case, trimmed aliases, none repeated within a sport", () => {
    for (const s of sports) {
      for (const alias of s.aliases) {
        expect(alias, s.slug).toBe(alias.toLowerCase());
        expect(alias, s.slug).toBe(alias.trim().replace(/\s+/g, " "));
        expect(alias, s.slug).not.toBe("");
      }
      expect(duplicates(s.aliases.map(fold)), s.slug).toEqual([]);
    }
  });

  it("have aliases that add a search key beyond the sport's own names (bar spellings kept on purpose)", () => {
    // Spellings without ё and the explicit "which гребля" forms are kept even though names already cover them.
    const deliberate = new Set([
      "легкая атлетика",
      "тяжелая атлетика",
      "академическая гребля",
      "гребля на байдарках и каноэ",
      "күрес",
    ]);
    for (const s of sports) {
      const own = new Set(names(s).map(fold));
      const redundant = s.aliases.filter((a) => own.has(fold(a)) && !deliberate.has(a));
      expect(redundant, s.slug).toEqual([]);
    }
  });

  it("have aliases unique among sports of the same kind", () => {
    for (const kind of ["olympic", "paralympic"] as const) {
      const all = sports.filter((s) => s.kind === kind).flatMap((s) => s.aliases.map(fold));
      expect(duplicates(all), kind).toEqual([]);
    }
  });

  it("never use another sport's name as an alias", () => {
    for (const s of sports) {
      const otherNames = new Set(sports.filter((o) => o.slug !== s.slug).flatMap((o) => names(o).map(fold)));
      for (const alias of s.aliases) expect(otherNames.has(fold(alias)), `${s.slug}: ${alias}`).toBe(false);
    }
  });

  it("keep the bare ambiguous word 'гребля' out, and route the specific forms", () => {
    const owners = (alias: string) => sports.filter((s) => s.aliases.includes(alias)).map((s) => s.slug);
    expect(owners("гребля")).toEqual([]);
    expect(owners("академическая гребля")).toEqual(["rowing"]);
    expect(owners("гребля на байдарках и каноэ")).toEqual(["canoe"]);
    expect(owners("легкая атлетика")).toEqual(["athletics"]);
    expect(owners("пинг-понг")).toEqual(["table-tennis"]);
    expect(owners("box")).toEqual(["boxing"]);
  });
});

describe("competition windows", () => {
  it("reference existing Games and a sport of the same kind, once each", () => {
    for (const w of windows) {
      expect(sportOf(w.sport).kind, `${w.games}/${w.sport}`).toBe(gamesOf(w.games).kind);
    }
    expect(duplicates(windows.map((w) => `${w.games}/${w.sport}`))).toEqual([]);
  });

  it("have valid days, ordered, inside the Games' competition period", () => {
    for (const w of windows) {
      const g = gamesOf(w.games);
      const label = `${w.games}/${w.sport}`;
      expect(isCalendarDate(w.firstDay), label).toBe(true);
      expect(isCalendarDate(w.lastDay), label).toBe(true);
      expect(w.firstDay <= w.lastDay, label).toBe(true);
      expect(w.firstDay >= (g.competitionStartsOn ?? g.opensOn), label).toBe(true);
      expect(w.lastDay <= g.closesOn, label).toBe(true);
    }
  });

  it("cover every Paris 2024 Olympic discipline and only the confirmed Paralympic ones", () => {
    const olympic = windows.filter((w) => w.games === "paris-2024-olympic");
    const parents = new Set(sports.flatMap((s) => (s.parent === undefined ? [] : [s.parent])));
    const leaves = sports.filter((s) => s.kind === "olympic" && !parents.has(s.slug)).map((s) => s.slug);
    expect(olympic.map((w) => w.sport).sort()).toEqual(leaves.sort());

    const paralympic = windows.filter((w) => w.games === "paris-2024-paralympic").map((w) => w.sport);
    expect(paralympic).toHaveLength(16);
    for (const unconfirmed of ["para-swimming", "para-table-tennis", "para-sitting-volleyball", "para-taekwondo"]) {
      expect(paralympic).not.toContain(unconfirmed);
    }
    expect(windows.every((w) => w.games.startsWith("paris-2024-"))).toBe(true);
  });

  it("mark the surfing window as including reserve days", () => {
    const surfing = windows.find((w) => w.sport === "surfing");
    expect(surfing?.note).toMatch(/reserve days/);
    expect(surfing?.note).toMatch(/unconfirmed/);
  });
});

describe("licenses", () => {
  it("have unique keys built from Games and sport", () => {
    expect(duplicates(licenses.map((l) => l.key))).toEqual([]);
    for (const l of licenses) expect(l.key.startsWith(`${l.games}:${l.sport}:`), l.key).toBe(true);
  });

  it("reference existing Games and a sport of the same kind", () => {
    for (const l of licenses) expect(sportOf(l.sport).kind, l.key).toBe(gamesOf(l.games).kind);
  });

  it("have positive quota places, a holder or an explanation, and a source", () => {
    for (const l of licenses) {
      expect(Number.isInteger(l.quotaPlaces) && l.quotaPlaces > 0, l.key).toBe(true);
      expect(l.athletes.length <= l.quotaPlaces || l.team !== undefined, l.key).toBe(true);
      expect(l.athletes.length > 0 || l.team !== undefined || (l.note ?? "") !== "", l.key).toBe(true);
      expect(l.source.trim(), l.key).not.toBe("");
      if (l.wonOn !== undefined) expect(isCalendarDate(l.wonOn), l.key).toBe(true);
    }
  });

  it("add up to the reported Paralympic total of 12 places", () => {
    const places = licenses.filter((l) => l.games === "paris-2024-paralympic").reduce((n, l) => n + l.quotaPlaces, 0);
    expect(places).toBe(12);
    const total = reportedTotals.find((t) => t.games === "paris-2024-paralympic");
    expect(total?.licenses).toBe(places);
  });

  it("name only some of the 43 reported Olympic licenses", () => {
    const named = licenses.filter((l) => l.games === "paris-2024-olympic");
    expect(named.map((l) => l.athletes).flat().sort()).toEqual([
      "Aibek Oralbay",
      "Dmitry Panarin",
      "Nurbek Oralbay",
      "Vladislav Yakovlev",
    ]);
    const places = named.reduce((n, l) => n + l.quotaPlaces, 0);
    expect(places).toBeLessThanOrEqual(reportedTotals.find((t) => t.games === "paris-2024-olympic")?.licenses ?? 0);
  });
});

describe("reported totals", () => {
  it("reference existing Games, once per date, with valid numbers", () => {
    expect(duplicates(reportedTotals.map((t) => `${t.games}/${t.asOf}`))).toEqual([]);
    for (const t of reportedTotals) {
      gamesOf(t.games);
      expect(isCalendarDate(t.asOf)).toBe(true);
      expect(Number.isInteger(t.licenses) && t.licenses >= 0).toBe(true);
      expect(t.source.trim()).not.toBe("");
    }
  });

  it("record the 2024-04-21 Olympic report: 43 licenses in 14 sports, more than 90 targeted", () => {
    expect(reportedTotals.find((t) => t.games === "paris-2024-olympic")).toMatchObject({
      asOf: "2024-04-21",
      licenses: 43,
      sports: 14,
      target: 90,
    });
  });
});
