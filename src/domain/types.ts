import type { Lang, Localized, Translated } from "../lib/languages.js";

export type { Translated };

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
  licenseTargetAbove: boolean; // the target was stated as "more than" licenseTarget
  medalRank: number | null; // the team's place in the medal table as staff set it (current during the Games)
  note: Translated | null;
}

export interface Sport {
  id: number;
  slug: string; // "boxing", "para-rowing"
  kind: GamesKind;
  season: Season;
  name: Localized;
  parentId: number | null; // set for a discipline, e.g. cycling-track -> cycling
}

export interface License {
  id: number;
  gamesId: number;
  sport: Sport;
  event: Translated | null;
  athletes: Athlete[];
  team: Translated | null;
  quotaPlaces: number;
  wonOn: string | null;
  howWon: Translated | null;
  whereWon: Place | null;
  source: string | null;
  note: Translated | null;
}

/** A city as printed and a country by ISO 3166 code; either may be unknown. */
export interface Place {
  city: Translated | null;
  country: string | null;
}

/** The forms of a person's name: `en` is the Latin one; any form may be missing, never all. */
export type AthleteName = { readonly [L in Lang]?: string };

export interface Athlete {
  id: number;
  name: AthleteName;
}

export type Medal = "gold" | "silver" | "bronze";

/** A result the team got at a Games: a medal, or a placing without one ("4th", "quarter-final"). */
export interface Result {
  id: number;
  gamesId: number;
  sport: Sport;
  /** null for a placing without a medal: `placing` then says what it was. */
  medal: Medal | null;
  placing: Translated | null;
  event: Translated;
  athletes: Athlete[];
  team: Translated | null;
  wonOn: string | null;
  source: string | null;
  note: Translated | null;
}

/** A result with a medal: what medal counts, medal screens and medal cards are made of. */
export type MedalResult = Result & { medal: Medal };

/** A medal card as uploaded to Telegram: whose bot, of which result, in which language, saying what (a hash). */
export interface CardFileKey {
  botId: number;
  resultId: number;
  lang: Lang;
  cardKey: string;
}

export interface CompetitionWindow {
  gamesId: number;
  sport: Sport;
  firstDay: string; // host-local dates
  lastDay: string;
  startsAt: Date | null; // when a clock time is known
  note: Translated | null; // e.g. "finals date unconfirmed"
}

/**
 * A qualification event: where quota places for a Games are won in a sport. Its days are the
 * host's calendar dates; `hostTz` makes instants of them (never shown to fans).
 */
export interface Qualifier {
  id: number;
  gamesId: number;
  sport: Sport;
  name: Translated;
  /** The events contested there, when not all of the sport's. */
  event: Translated | null;
  place: Place | null;
  hostTz: string;
  firstDay: string;
  lastDay: string;
  /** Quota places it awards in all, when known. */
  quotaPlaces: number | null;
  /** The team's entries, in listed order. */
  athletes: Athlete[];
  source: string | null;
  /** When staff closed it: its outcome is in. */
  closedAt: Date | null;
  /** The licenses won there (not removed), most recently won first. */
  licenses: License[];
}
