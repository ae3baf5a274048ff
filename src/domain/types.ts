import type { Localized } from "../lib/languages.js";

export type GamesKind = "olympic" | "paralympic";
export type Season = "summer" | "winter";

export interface Games {
  id: number;
  slug: string; // "paris-2024-olympic"
  kind: GamesKind;
  season: Season;
  year: number;
  hostCity: Localized;
  hostTz: string; // IANA zone
  opensOn: string; // host-local date "YYYY-MM-DD"
  closesOn: string;
  opensAt: Date | null; // exact instant, only when the ceremony clock time is known
  closesAt: Date | null;
  competitionStartsOn: string | null;
  licenseTarget: number | null;
}

export interface Sport {
  id: number;
  slug: string; // "boxing", "para-rowing"
  kind: GamesKind;
  name: Localized;
  parentId: number | null; // set for a discipline, e.g. cycling-track -> cycling
}

export interface License {
  id: number;
  gamesId: number;
  sport: Sport;
  event: string | null;
  athletes: string[];
  team: string | null;
  quotaPlaces: number;
  wonOn: string | null;
  howWon: string | null;
  whereWon: string | null;
  source: string | null;
  note: string | null;
}

export interface CompetitionWindow {
  gamesId: number;
  sport: Sport;
  firstDay: string; // host-local dates
  lastDay: string;
  startsAt: Date | null; // when a clock time is known
  note: string | null; // e.g. "finals date unconfirmed"
}
