import type { Games, Sport } from "../../domain/types.js";
import { hostDate } from "../../lib/zoned-time.js";
import { t } from "../i18n.js";
import { formatDate, formatDateIn, formatTime, midSentence, zoneLabel } from "../render/format.js";
import type { Html } from "../render/html.js";
import type { RenderContext } from "./render-context.js";

type Rc = Pick<RenderContext, "t" | "lang">;

/** What naming a Games takes. */
export type GamesName = Pick<Games, "kind" | "season" | "hostCity" | "year">;

/**
 * What a staff screen keeps of a Games: plain JSON (no instants, so a conversation stores and
 * replays it as it is), enough to name it and check a date against its closing day.
 */
export type GamesRef = Pick<Games, "id" | "slug" | "kind" | "season" | "year" | "hostCity" | "hostTz" | "closesOn">;

export function gamesRef(g: GamesRef): GamesRef {
  return {
    id: g.id,
    slug: g.slug,
    kind: g.kind,
    season: g.season,
    year: g.year,
    hostCity: g.hostCity,
    hostTz: g.hostTz,
    closesOn: g.closesOn,
  };
}

function gamesArgs(rc: Rc, g: GamesName) {
  // The year goes in as a string: Fluent would format a number as "2,024".
  return { kind: g.kind, season: g.season, city: g.hostCity[rc.lang], year: String(g.year) };
}

/** "Paris 2024 Olympic Games" as HTML (city names come from the database). */
export function gamesTitle(rc: Rc, g: GamesName): Html {
  return t(rc, "games-title", gamesArgs(rc, g));
}

/** "Paris 2024 Olympic Games" as plain text, for pictures (the medal card). */
export function gamesTitleText(rc: Rc, g: GamesName): string {
  return rc.t("games-title", gamesArgs(rc, g));
}

/** "Paris 2024" as plain text, for buttons. */
export function gamesShortLabel(rc: Rc, g: GamesName): string {
  return rc.t("games-short", gamesArgs(rc, g));
}

export function sportName(rc: Pick<RenderContext, "lang">, sport: Sport): string {
  return sport.name[rc.lang];
}

/** The sport's name inside a sentence: "по виду спорта бокс" (lower-case in Russian and Kazakh). */
export function sportNameMid(rc: Pick<RenderContext, "lang">, sport: Sport): string {
  return midSentence(sport.name[rc.lang], rc.lang);
}

/** "Paris 2024 Olympic Games are over: they closed on 11 August 2024." */
export function gamesOverLine(rc: Rc, g: Games): Html {
  return t(rc, "games-over", { games: gamesTitle(rc, g), date: formatDate(g.closesOn, rc.lang) });
}

/**
 * "19:30 Paris time (UTC+2) · 22:30 Kazakhstan time (UTC+5)": an instant in the host's zone and in
 * the viewer's, each zone named in words. One zone only when both are the same. When the viewer's
 * clock is already on another day ("20:00 Italian time · 7 February, 00:00 Kazakhstan time"), that
 * day is named.
 */
export function clockTimes(rc: RenderContext, at: Date, hostTz: string): Html {
  const display = rc.displayTz;
  const host = t(rc, "time-in-zone", { time: formatTime(at, hostTz, rc.lang), zone: zoneLabel(hostTz, at, rc.lang) });
  if (display === hostTz) return host;
  const localTime = formatTime(at, display, rc.lang);
  const time =
    hostDate(at, display) === hostDate(at, hostTz)
      ? localTime
      : t(rc, "date-time", { date: formatDateIn(at, display, rc.lang, false), times: localTime });
  const local = t(rc, "time-in-zone", { time, zone: zoneLabel(display, at, rc.lang) });
  return t(rc, "time-pair", { host, local });
}

/** "26 July 2024, 19:30 Paris time (UTC+2) · 22:30 Kazakhstan time (UTC+5)". */
export function instantWithZones(rc: RenderContext, at: Date, hostTz: string): Html {
  return t(rc, "date-time", { date: formatDateIn(at, hostTz, rc.lang), times: clockTimes(rc, at, hostTz) });
}

/** Views that also render for a shared (inline) message: no "tap a button" hints, no pages. */
export interface SharedOption {
  shared?: boolean;
}

/**
 * What a "Share" button types after @bot: the sport's name and the Games as a fan names them, in
 * the reader's language ("Бокс Париж 2024", "Boxing Paris 2024 (Paralympic)"), which the inline
 * query reads back (domain/games-query.ts), so the shared card is of these Games, not the default
 * ones. No slugs: the fan sees this text in their input field.
 */
export function shareQuery(rc: Rc, games: GamesName, sport?: string): string {
  const name = gamesShortLabel(rc, games);
  return sport ? `${sport} ${name}` : name;
}
