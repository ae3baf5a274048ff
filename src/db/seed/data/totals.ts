import type { SeedReportedTotal } from "./types.js";

// Totals as reported, kept apart from the named licenses: the reports name only some of the 43 Olympic licenses.
export const reportedTotals: SeedReportedTotal[] = [
  {
    games: "paris-2024-olympic",
    asOf: "2024-04-21",
    licenses: 43,
    sports: 14,
    target: 90,
    source: "National Olympic Committee of Kazakhstan report, via Astana Times, 2024-04-22",
    note: "More than 90 licenses targeted; traditionally 23–26 sports.",
  },
  {
    games: "paris-2024-paralympic",
    asOf: "2024-04-21",
    licenses: 12,
    source: "Tourism and Sports Ministry of Kazakhstan, 2024-04-21, via Astana Times, 2024-04-22",
  },
];
