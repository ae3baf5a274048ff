// Shapes of the reference (seed) data. Plain data only: the loader in ../load.ts maps these onto the schema.

import type { Localized } from "../../../lib/languages.js";

export type { Localized };

/** A text the fan reads, English required; Russian and Kazakh where a translation exists. */
export interface SeedText {
  en: string;
  ru?: string;
  kk?: string;
}

export interface SeedGames {
  slug: string /* "paris-2024-olympic" */;
  kind: "olympic" | "paralympic";
  season: "summer" | "winter";
  year: number;
  hostCity: Localized;
  hostTz: string;
  opensOn: string;
  closesOn: string /* host-local dates YYYY-MM-DD */;
  opensAt?: string /* ISO instant with offset, only when the clock time is confirmed */;
  closesAt?: string;
  competitionStartsOn?: string;
  /** The license target as stated; `licenseTargetAbove` = "more than" it. */
  licenseTarget?: number;
  licenseTargetAbove?: boolean;
  /** The team's place in the medal table, once the Games are over. */
  medalRank?: number;
  note?: SeedText;
}

export interface SeedSport {
  slug: string;
  kind: "olympic" | "paralympic";
  /** Which Games hold it; a discipline has its parent's. */
  season: "summer" | "winter";
  parent?: string /* slug of parent sport */;
  name: Localized;
  aliases: string[] /* lower-case, any of en/ru/kk, common short forms, e.g. "box", "бокс", "бокс" (kk) */;
}

/** A Games' programme: every sport and discipline contested there, by slug. */
export interface SeedProgramme {
  games: string;
  sports: string[];
}

export interface SeedWindow {
  games: string;
  sport: string;
  firstDay: string;
  lastDay: string;
  note?: SeedText;
}

/**
 * A person: the Latin name as in international results (`en`), and the Cyrillic names in Russian
 * and Kazakh. Only forms a source shows are given; a missing one is left out, never transliterated.
 */
export interface SeedAthlete {
  key: string /* "nurbek-oralbay" */;
  name: { en?: string; ru?: string; kk?: string };
}

/** Where a license was won: the city as printed, the country by ISO 3166 code (named by Intl.DisplayNames). */
export interface SeedPlace {
  city?: SeedText;
  country?: string /* "KR" */;
}

export interface SeedLicense {
  key: string /* stable id for idempotency, e.g. "paris-2024-olympic:rowing:yakovlev" */;
  games: string;
  sport: string;
  event?: SeedText;
  athletes: string[] /* SeedAthlete keys, in order */;
  team?: SeedText;
  quotaPlaces: number;
  wonOn?: string;
  howWon?: SeedText;
  whereWon?: SeedPlace;
  source: string;
  note?: SeedText;
}

/** A medal the team won at a Games. */
export interface SeedResult {
  key: string /* "paris-2024-olympic:judo:smetov" */;
  games: string;
  sport: string;
  medal: "gold" | "silver" | "bronze";
  event: SeedText;
  athletes: string[] /* SeedAthlete keys; several for a pair or team */;
  team?: SeedText;
  wonOn?: string;
  source?: string;
  note?: SeedText;
}

export interface SeedReportedTotal {
  games: string;
  asOf: string;
  licenses: number;
  sports?: number;
  target?: number;
  source: string;
  note?: SeedText;
}
