export type {
  Localized,
  SeedAthlete,
  SeedGames,
  SeedLicense,
  SeedPlace,
  SeedReportedTotal,
  SeedResult,
  SeedSport,
  SeedText,
  SeedWindow,
} from "./types.js";
export { games } from "./games.js";
export { olympicSports, paralympicSports, sports } from "./sports.js";
export { windows } from "./windows.js";
export { athletes } from "./athletes.js";
export { licenses, olympicLicenses, paralympicLicenses } from "./licenses.js";
export { olympicResults, paralympicResults, results } from "./results.js";
export { reportedTotals } from "./totals.js";
export type { SeedChange, SeedUpgrade } from "./upgrades.js";
export { upgrades } from "./upgrades.js";
