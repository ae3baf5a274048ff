import type { Localized, SeedGames } from "./types.js";

// Source: /work/shared/reference/olympic-facts.md. Clock times are set only where the facts confirm them;
// otherwise countdowns run to the date in the host's time zone.

const paris: Localized = { en: "Paris", ru: "Париж", kk: "Париж" };
const milanoCortina: Localized = {
  en: "Milan–Cortina d’Ampezzo",
  ru: "Милан — Кортина-д’Ампеццо",
  kk: "Милан — Кортина-д’Ампеццо",
};
const losAngeles: Localized = { en: "Los Angeles", ru: "Лос-Анджелес", kk: "Лос-Анджелес" };
const brisbane: Localized = { en: "Brisbane", ru: "Брисбен", kk: "Брисбен" };

const openingTimeUnconfirmed = "Opening ceremony time not confirmed yet; count down to the date in the host time zone.";

export const games: SeedGames[] = [
  {
    slug: "paris-2024-olympic",
    kind: "olympic",
    season: "summer",
    year: 2024,
    hostCity: paris,
    hostTz: "Europe/Paris",
    opensOn: "2024-07-26",
    closesOn: "2024-08-11",
    opensAt: "2024-07-26T19:30:00+02:00",
    competitionStartsOn: "2024-07-24",
    licenseTarget: 90,
    note:
      "Target reported as more than 90 licenses (traditionally 23–26 sports). " +
      "Closing ceremony on 11 Aug, start time unconfirmed. 329 medal events in 32 sports.",
  },
  {
    slug: "paris-2024-paralympic",
    kind: "paralympic",
    season: "summer",
    year: 2024,
    hostCity: paris,
    hostTz: "Europe/Paris",
    opensOn: "2024-08-28",
    closesOn: "2024-09-08",
    competitionStartsOn: "2024-08-29",
    note: "Opening ceremony 28 Aug, closing 8 Sep; clock times not confirmed. 22 sports, 549 events.",
  },
  {
    slug: "milano-cortina-2026-olympic",
    kind: "olympic",
    season: "winter",
    year: 2026,
    hostCity: milanoCortina,
    hostTz: "Europe/Rome",
    opensOn: "2026-02-06",
    closesOn: "2026-02-22",
    note: openingTimeUnconfirmed,
  },
  {
    slug: "milano-cortina-2026-paralympic",
    kind: "paralympic",
    season: "winter",
    year: 2026,
    hostCity: milanoCortina,
    hostTz: "Europe/Rome",
    opensOn: "2026-03-06",
    closesOn: "2026-03-15",
    note: openingTimeUnconfirmed,
  },
  {
    slug: "la-2028-olympic",
    kind: "olympic",
    season: "summer",
    year: 2028,
    hostCity: losAngeles,
    hostTz: "America/Los_Angeles",
    opensOn: "2028-07-14",
    closesOn: "2028-07-30",
    note: openingTimeUnconfirmed,
  },
  {
    slug: "la-2028-paralympic",
    kind: "paralympic",
    season: "summer",
    year: 2028,
    hostCity: losAngeles,
    hostTz: "America/Los_Angeles",
    opensOn: "2028-08-15",
    closesOn: "2028-08-27",
    note: openingTimeUnconfirmed,
  },
  {
    slug: "brisbane-2032-olympic",
    kind: "olympic",
    season: "summer",
    year: 2032,
    hostCity: brisbane,
    hostTz: "Australia/Brisbane",
    opensOn: "2032-07-23",
    closesOn: "2032-08-08",
    note: openingTimeUnconfirmed,
  },
  {
    slug: "brisbane-2032-paralympic",
    kind: "paralympic",
    season: "summer",
    year: 2032,
    hostCity: brisbane,
    hostTz: "Australia/Brisbane",
    opensOn: "2032-08-24",
    closesOn: "2032-09-05",
    note: openingTimeUnconfirmed,
  },
];
