export { athletes } from "./athletes.js";
export { games } from "./games.js";
export { licenses, olympicLicenses, paralympicLicenses } from "./licenses.js";
export { programmes } from "./programmes.js";
export { olympicResults, paralympicResults, results } from "./results.js";
export { la2028AddedSports, olympicSports, olympicWinterSports, paralympicSports, paralympicWinterSports, sports } from "./sports.js";
export { reportedTotals } from "./totals.js";
export type {
  Localized,
  SeedAthlete,
  SeedGames,
  SeedLicense,
  SeedPlace,
  SeedProgramme,
  SeedReportedTotal,
  SeedResult,
  SeedSport,
  SeedText,
  SeedWindow,
} from "./types.js";
export type { SeedChange, SeedUpgrade } from "./upgrades.js";
export { upgrades } from "./upgrades.js";
export { windows } from "./windows.js";
