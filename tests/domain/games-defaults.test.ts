import { describe, expect, it } from "vitest";
import {
  counterpart,
  defaultLicenseGames,
  defaultMedalsGames,
  defaultScheduleGames,
  type GamesCatalog,
  isQualifyingFor,
  latestGamesWithLicenses,
  neighbours,
} from "../../src/domain/catalog.js";
import type { Games } from "../../src/domain/types.js";
import { buildModel } from "../helpers/fixtures.js";

// The seeded Games as the domain reads them; licenses are recorded for the two Paris Games only.
const model = buildModel();
const cat: GamesCatalog = {
  games: model.games,
  withLicenses: new Set(model.licenses.map(({ games }) => games.id)),
};
const slug = (g: Games | null) => g?.slug ?? null;
const at = (iso: string) => new Date(iso);

// Each row: a moment, and the Games each command means then with none named.
// licenses/schedule: on now, else the next to open; medals: on now, else the latest over.
const cycle: [string, { licenses: string; licensesPara: string; medals: string; medalsPara: string; schedule: string }][] = [
  [
    "2024-05-01T12:00:00Z", // before Paris: nothing is over yet, so /medals shows the next
    {
      licenses: "paris-2024-olympic",
      licensesPara: "paris-2024-paralympic",
      medals: "paris-2024-olympic",
      medalsPara: "paris-2024-paralympic",
      schedule: "paris-2024-olympic",
    },
  ],
  [
    "2024-08-01T12:00:00Z", // during Paris
    {
      licenses: "paris-2024-olympic",
      licensesPara: "paris-2024-paralympic",
      medals: "paris-2024-olympic",
      medalsPara: "paris-2024-paralympic",
      schedule: "paris-2024-olympic",
    },
  ],
  [
    "2024-09-01T12:00:00Z", // Olympics over, Paralympics on
    {
      licenses: "milano-cortina-2026-olympic",
      licensesPara: "paris-2024-paralympic",
      medals: "paris-2024-olympic",
      medalsPara: "paris-2024-paralympic",
      schedule: "milano-cortina-2026-olympic",
    },
  ],
  [
    "2024-12-01T12:00:00Z",
    {
      licenses: "milano-cortina-2026-olympic",
      licensesPara: "milano-cortina-2026-paralympic",
      medals: "paris-2024-olympic",
      medalsPara: "paris-2024-paralympic",
      schedule: "milano-cortina-2026-olympic",
    },
  ],
  [
    "2026-02-10T12:00:00Z", // during Milano Cortina
    {
      licenses: "milano-cortina-2026-olympic",
      licensesPara: "milano-cortina-2026-paralympic",
      medals: "milano-cortina-2026-olympic",
      medalsPara: "paris-2024-paralympic",
      schedule: "milano-cortina-2026-olympic",
    },
  ],
  [
    "2026-12-06T12:00:00Z", // today: Milano Cortina over, LA 2028 qualification under way
    {
      licenses: "la-2028-olympic",
      licensesPara: "la-2028-paralympic",
      medals: "milano-cortina-2026-olympic",
      medalsPara: "milano-cortina-2026-paralympic",
      schedule: "la-2028-olympic",
    },
  ],
  [
    "2028-07-20T12:00:00Z", // during LA
    {
      licenses: "la-2028-olympic",
      licensesPara: "la-2028-paralympic",
      medals: "la-2028-olympic",
      medalsPara: "milano-cortina-2026-paralympic",
      schedule: "la-2028-olympic",
    },
  ],
  [
    "2028-12-01T12:00:00Z",
    {
      licenses: "french-alps-2030-olympic",
      licensesPara: "french-alps-2030-paralympic",
      medals: "la-2028-olympic",
      medalsPara: "la-2028-paralympic",
      schedule: "french-alps-2030-olympic",
    },
  ],
  [
    "2030-02-05T12:00:00Z", // during the French Alps Games
    {
      licenses: "french-alps-2030-olympic",
      licensesPara: "french-alps-2030-paralympic",
      medals: "french-alps-2030-olympic",
      medalsPara: "la-2028-paralympic",
      schedule: "french-alps-2030-olympic",
    },
  ],
  [
    "2031-06-01T12:00:00Z",
    {
      licenses: "brisbane-2032-olympic",
      licensesPara: "brisbane-2032-paralympic",
      medals: "french-alps-2030-olympic",
      medalsPara: "french-alps-2030-paralympic",
      schedule: "brisbane-2032-olympic",
    },
  ],
  [
    "2032-07-30T12:00:00Z", // during Brisbane
    {
      licenses: "brisbane-2032-olympic",
      licensesPara: "brisbane-2032-paralympic",
      medals: "brisbane-2032-olympic",
      medalsPara: "french-alps-2030-paralympic",
      schedule: "brisbane-2032-olympic",
    },
  ],
  [
    "2032-12-31T12:00:00Z", // every Games in the data is over: the latest
    {
      licenses: "brisbane-2032-olympic",
      licensesPara: "brisbane-2032-paralympic",
      medals: "brisbane-2032-olympic",
      medalsPara: "brisbane-2032-paralympic",
      schedule: "brisbane-2032-olympic",
    },
  ],
];

describe("the Games each command means when none is named, by date", () => {
  it.each(cycle)("%s", (iso, expected) => {
    const now = at(iso);
    expect({
      licenses: slug(defaultLicenseGames(cat, now)),
      licensesPara: slug(defaultLicenseGames(cat, now, "paralympic")),
      medals: slug(defaultMedalsGames(cat, now)),
      medalsPara: slug(defaultMedalsGames(cat, now, "paralympic")),
      schedule: slug(defaultScheduleGames(cat, now)),
    }).toEqual(expected);
  });

  it("the change happens at the ceremonies, in the host's time", () => {
    // LA 2028 closes on 30 July (host time, end of day while the closing time is unconfirmed).
    expect(slug(defaultMedalsGames(cat, at("2028-07-31T06:59:00Z")))).toBe("la-2028-olympic");
    expect(slug(defaultLicenseGames(cat, at("2028-07-31T06:59:00Z")))).toBe("la-2028-olympic");
    expect(slug(defaultLicenseGames(cat, at("2028-07-31T07:00:00Z")))).toBe("french-alps-2030-olympic");
    // Milano Cortina opened at 20:00 in Milan on 6 February 2026: medals switch to it then.
    expect(slug(defaultMedalsGames(cat, at("2026-02-06T18:59:00Z")))).toBe("paris-2024-olympic");
    expect(slug(defaultMedalsGames(cat, at("2026-02-06T19:00:00Z")))).toBe("milano-cortina-2026-olympic");
  });

  it("a filter (a sport's programme, a season) narrows the choice, and falls back to the latest that passes", () => {
    const now = at("2026-12-06T12:00:00Z");
    const winter = (g: Games) => g.season === "winter";
    expect(slug(defaultLicenseGames(cat, now, "olympic", winter))).toBe("french-alps-2030-olympic");
    expect(slug(defaultMedalsGames(cat, now, "olympic", winter))).toBe("milano-cortina-2026-olympic");
    expect(slug(defaultMedalsGames(cat, now, "olympic", (g) => g.season === "summer"))).toBe("paris-2024-olympic");
    // A sport contested only at Paris 2024 (as breaking is): its latest Games.
    const parisOnly = (g: Games) => g.year === 2024;
    expect(slug(defaultLicenseGames(cat, now, "olympic", parisOnly))).toBe("paris-2024-olympic");
    expect(defaultLicenseGames(cat, now, "olympic", () => false)).toBeNull();
    expect(defaultMedalsGames({ games: [], withLicenses: new Set() }, now)).toBeNull();
  });

  it("the empty state's button: the latest Games of the kind with licenses", () => {
    const la = model.gamesBySlug("la-2028-olympic");
    expect(slug(latestGamesWithLicenses(cat, "olympic", la))).toBe("paris-2024-olympic");
    expect(slug(latestGamesWithLicenses(cat, "paralympic"))).toBe("paris-2024-paralympic");
    expect(latestGamesWithLicenses(cat, "olympic", model.gamesBySlug("paris-2024-olympic"))).toBeNull();
  });

  it("qualification is under way only for the next Games of a kind that has not opened", () => {
    const now = at("2026-12-06T12:00:00Z");
    expect(isQualifyingFor(cat, model.gamesBySlug("la-2028-olympic"), now)).toBe(true);
    expect(isQualifyingFor(cat, model.gamesBySlug("la-2028-paralympic"), now)).toBe(true);
    expect(isQualifyingFor(cat, model.gamesBySlug("french-alps-2030-olympic"), now)).toBe(false);
    expect(isQualifyingFor(cat, model.gamesBySlug("milano-cortina-2026-olympic"), now)).toBe(false);
    expect(isQualifyingFor(cat, model.gamesBySlug("la-2028-olympic"), at("2028-07-20T12:00:00Z"))).toBe(false);
  });
});

describe("moving between Games", () => {
  it("neighbours of the same kind, and the counterpart of the other kind", () => {
    const milano = model.gamesBySlug("milano-cortina-2026-olympic");
    const { prev, next } = neighbours(cat, milano);
    expect([slug(prev), slug(next)]).toEqual(["paris-2024-olympic", "la-2028-olympic"]);
    expect(slug(counterpart(cat, milano, at("2026-12-06T12:00:00Z")))).toBe("milano-cortina-2026-paralympic");
    const brisbanePara = model.gamesBySlug("brisbane-2032-paralympic");
    expect(neighbours(cat, brisbanePara).next).toBeNull();
    expect(slug(counterpart(cat, brisbanePara, at("2026-12-06T12:00:00Z")))).toBe("brisbane-2032-olympic");
  });

  it("with a filter, only the Games that pass it", () => {
    const la = model.gamesBySlug("la-2028-olympic");
    const summer = (g: Games) => g.season === "summer";
    const { prev, next } = neighbours(cat, la, summer);
    expect([slug(prev), slug(next)]).toEqual(["paris-2024-olympic", "brisbane-2032-olympic"]);
  });
});
