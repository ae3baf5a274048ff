// Shapes of the reference (seed) data. Plain data only: the loader in ../load.ts maps these onto the schema.

import type { Localized } from "../../../lib/languages.js";

export type { Localized };

export interface SeedGames {
  slug: string /* "paris-2024-olympic" */;
  kind: "olympic" | "paralympic";
  season: "summer" | "winter";
  year: number;
  hostCity: Localized;
  hostTz: string;
  opensOn: string;
  closesOn: string; /* host-local dates YYYY-MM-DD */
  opensAt?: string /* ISO instant with offset, only when the clock time is confirmed */;
  closesAt?: string;
  competitionStartsOn?: string;
  licenseTarget?: number;
  note?: string;
}

export interface SeedSport {
  slug: string;
  kind: "olympic" | "paralympic";
  parent?: string /* slug of parent sport */;
  name: Localized;
  aliases: string[] /* lower-case, any of en/ru/kk, common short forms, e.g. "box", "бокс", "бокс" (kk) */;
}

export interface SeedWindow {
  games: string;
  sport: string;
  firstDay: string;
  lastDay: string;
  note?: string;
}

export interface SeedLicense {
  key: string /* stable id for idempotency, e.g. "paris-2024-olympic:rowing:yakovlev" */;
  games: string;
  sport: string;
  event?: string;
  athletes: string[];
  team?: string;
  quotaPlaces: number;
  wonOn?: string;
  howWon?: string;
  whereWon?: string;
  source: string;
  note?: string;
}

export interface SeedReportedTotal {
  games: string;
  asOf: string;
  licenses: number;
  sports?: number;
  target?: number;
  source: string;
  note?: string;
}
