import { la2028AddedSports, olympicSports, olympicWinterSports, paralympicSports, paralympicWinterSports } from "./sports.js";
import type { SeedProgramme, SeedSport } from "./types.js";

// Which sports each Games holds (sources: docs/sources.md, "programmes.ts"). Every sport and every
// discipline contested is listed, a parent with its disciplines: a row says "contested here", so a
// reader never has to derive a discipline from its parent, nor guess whether a parent alone implies
// all of its disciplines.
//
// Games whose programme is not confirmed in the facts (LA 2028 Paralympics, French Alps 2030,
// Brisbane 2032) have no rows: the domain then offers every sport of that Games' kind and season
// (domain/programme.ts), which is what those Games are known to draw from, rather than a list
// this file would have to invent.

const slugs = (list: readonly SeedSport[]) => list.map((s) => s.slug);

/** Paris 2024: 32 sports (329 events), breaking among them; the sports the reference data had from the start. */
const parisOlympic = slugs(olympicSports);

/** LA 2028: the 31 core sports (Paris without breaking) and the five LA28 added: 36 sports. */
const laOlympic = [...parisOlympic.filter((slug) => slug !== "breaking"), ...slugs(la2028AddedSports)];

export const programmes: SeedProgramme[] = [
  { games: "paris-2024-olympic", sports: parisOlympic },
  { games: "paris-2024-paralympic", sports: slugs(paralympicSports) },
  // Every Winter Olympic sport, ski mountaineering's debut among them.
  { games: "milano-cortina-2026-olympic", sports: slugs(olympicWinterSports) },
  { games: "milano-cortina-2026-paralympic", sports: slugs(paralympicWinterSports) },
  { games: "la-2028-olympic", sports: laOlympic },
];
