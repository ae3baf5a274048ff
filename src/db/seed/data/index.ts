export type { Localized, SeedGames, SeedLicense, SeedReportedTotal, SeedSport, SeedWindow } from "./types.js";
export { games } from "./games.js";
export { olympicSports, paralympicSports, sports } from "./sports.js";
export { windows } from "./windows.js";
export { licenses, olympicLicenses, paralympicLicenses } from "./licenses.js";
export { reportedTotals } from "./totals.js";
