import type { SeedReportedTotal } from "./types.js";

// Totals as reported (docs/sources.md, "totals.ts"), kept apart from the named licenses: the
// reports name only some of the 43 Olympic licenses.
export const reportedTotals: SeedReportedTotal[] = [
  {
    games: "paris-2024-olympic",
    asOf: "2024-04-21",
    licenses: 43,
    sports: 14,
    target: 90,
    source: "National Olympic Committee of Kazakhstan report, via Astana Times, 2024-04-22",
    note: {
      en: "More than 90 licenses targeted; traditionally 23–26 sports.",
      ru: "Цель — более 90 лицензий; традиционно 23–26 видов спорта.",
      kk: "Мақсат — 90-нан астам лицензия; дәстүрлі түрде 23–26 спорт түрі.",
    },
  },
  {
    games: "paris-2024-paralympic",
    asOf: "2024-04-21",
    licenses: 12,
    source: "Tourism and Sports Ministry of Kazakhstan, 2024-04-21, via Astana Times, 2024-04-22",
  },
];
