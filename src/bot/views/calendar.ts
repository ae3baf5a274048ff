// A Games' calendar (domain/calendar.ts) written as an iCalendar file in the reader's language: what
// "Add to calendar" sends and what the feed at /calendar/<games>/<sport>.ics serves. A view like the
// others: it takes a render context, never the bot context, so the HTTP route renders it too
// (server/ may use views; it never imports a bot feature).
//
// The one module that uses ical-generator. It folds lines, escapes TEXT values (commas, semicolons,
// backslashes, newlines) and writes VTIMEZONE blocks through @touch4it/ical-timezones, so none of
// RFC 5545's syntax is written by hand here.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar, ICalCalendarMethod, ICalEventTransparency } from "ical-generator";
import type { CalendarEvent, GamesCalendar } from "../../domain/calendar.js";
import { gamesPhase } from "../../domain/games.js";
import type { Games, MedalResult, Qualifier, Sport } from "../../domain/types.js";
import { dateTimeFormat } from "../../lib/date-time-format.js";
import { inLang } from "../../lib/languages.js";
import { addDays, hostDate } from "../../lib/zoned-time.js";
import { t } from "../i18n.js";
import { midSentence, zoneWords } from "../render/format.js";
import { type Html, joinHtml } from "../render/html.js";
import { sportName, sportNameMid } from "./games.js";
import { placeText } from "./licenses.js";
import type { RenderContext } from "./render-context.js";
import { MEDAL_ICONS, whoText } from "./results.js";

type Rc = Pick<RenderContext, "t" | "lang">;

/** The URL slug of a whole Games' calendar, beside the sports' slugs. */
export const ALL_SPORTS_SLUG = "all";

/** How often a subscribed calendar app should look again (a hint; the feed also answers ETags). */
const REFRESH_SECONDS = 3600;

/** "paris-2024-olympic-boxing.ics", or "paris-2024-olympic.ics" for the whole Games. */
export function calendarFileName(games: Games, sport: Sport | null): string {
  return `${games.slug}${sport ? `-${sport.slug}` : ""}.ics`;
}

/** "/calendar/paris-2024-olympic/boxing.ics" ("…/all.ics" for the whole Games): the feed's path. */
export function calendarFeedPath(games: Games, sport: Sport | null): string {
  return `/calendar/${encodeURIComponent(games.slug)}/${encodeURIComponent(sport?.slug ?? ALL_SPORTS_SLUG)}.ics`;
}

/** The Games' title as plain text (the .ics is not HTML). */
function gamesName(rc: Rc, g: Games): string {
  return rc.t("games-title", { kind: g.kind, season: g.season, city: g.hostCity[rc.lang], year: String(g.year) });
}

/** What the calendar app lists it as: "Boxing — Paris 2024 Olympic Games". */
export function calendarName(rc: Rc, cal: Pick<GamesCalendar, "games" | "sport">): string {
  const games = gamesName(rc, cal.games);
  return cal.sport
    ? rc.t("calendar-ics-name-sport", { sport: sportName(rc, cal.sport), games })
    : rc.t("calendar-ics-name-games", { games });
}

/** "🥇 Yeldos Smetov — gold, Judo, −60 kg". */
function medalText(rc: Rc, r: MedalResult): string {
  return rc.t("calendar-ics-medal", {
    icon: MEDAL_ICONS[r.medal],
    who: whoText(rc, r.athletes, r.team),
    medal: r.medal,
    sport: sportNameMid(rc, r.sport),
    event: midSentence(inLang(r.event, rc.lang), rc.lang),
  });
}

function summaryOf(rc: Rc, games: Games, e: CalendarEvent): string {
  const s = e.subject;
  switch (s.kind) {
    case "window":
      return rc.t("calendar-ics-window", { sport: sportName(rc, s.window.sport) });
    case "first-start":
      return rc.t("calendar-ics-first-start", { sport: sportName(rc, s.window.sport) });
    case "ceremony":
      return rc.t(s.ceremony === "opening" ? "calendar-ics-opening" : "calendar-ics-closing", { games: gamesName(rc, games) });
    case "medal":
      return medalText(rc, s.result);
    case "qualifier":
      return rc.t("calendar-ics-qualifier", { name: inLang(s.qualifier.name, rc.lang), sport: sportName(rc, s.qualifier.sport) });
  }
}

/** A qualification event's details: where, the events, the team's entries, the quota, what was won there. */
function qualifierLines(rc: Rc, q: Qualifier): string[] {
  const lines: string[] = [];
  if (q.place) lines.push(rc.t("calendar-ics-qualifier-place", { place: placeText(rc, q.place) }));
  if (q.event) lines.push(rc.t("calendar-ics-qualifier-event", { event: inLang(q.event, rc.lang) }));
  if (q.athletes.length > 0) lines.push(rc.t("calendar-ics-qualifier-entries", { who: whoText(rc, q.athletes, null) }));
  if (q.quotaPlaces !== null) lines.push(rc.t("calendar-ics-qualifier-quota", { places: q.quotaPlaces }));
  if (q.licenses.length > 0) {
    const who = q.licenses.map((l) => whoText(rc, l.athletes, l.team)).join("; ");
    lines.push(rc.t("calendar-ics-qualifier-won", { licenses: q.licenses.length, who }));
  } else if (q.closedAt !== null) lines.push(rc.t("calendar-ics-qualifier-won-none"));
  if (q.source) lines.push(q.source);
  return lines;
}

function descriptionOf(rc: Rc, games: Games, e: CalendarEvent, stamp: Date): string {
  const lines = [gamesName(rc, games)];
  const s = e.subject;
  if (s.kind === "qualifier") return [...lines, rc.t("calendar-ics-qualifier-days"), ...qualifierLines(rc, s.qualifier)].join("\n");
  if (e.time.type === "days") lines.push(rc.t("calendar-ics-days", { zone: zoneWords(games.hostTz, rc.lang) }));
  else lines.push(rc.t("calendar-ics-end-unknown"));
  if (s.kind === "ceremony" && e.time.type === "days") {
    // "Not known yet" only of Games ahead: of Games that are over it is just not recorded here.
    lines.push(rc.t(gamesPhase(games, stamp) === "after" ? "calendar-ics-time-unrecorded" : "calendar-ics-time-unknown"));
  }
  const note = s.kind === "window" || s.kind === "first-start" ? s.window.note : s.kind === "medal" ? s.result.note : games.note;
  if (note) lines.push(rc.t("calendar-ics-note", { note: inLang(note, rc.lang) }));
  if (s.kind === "window" && s.undatedMedals.length > 0) {
    lines.push(rc.t("calendar-ics-medals-undated"), ...s.undatedMedals.map((r) => medalText(rc, r)));
  }
  return lines.join("\n");
}

/**
 * A host-local wall time as ical-generator takes it when a time zone is set: a string without an
 * offset, which it reads back through Date's local fields, so the digits written are exactly these.
 * (A JS Date carries no zone; ical-generator's zone-aware inputs are Luxon, Day.js, moment or
 * Temporal objects, none of which this project uses.) The round trip is checked: a wall time that
 * the process's own zone skips (a DST gap; never under TZ=UTC, as in the Docker image) fails loudly
 * rather than shifting an event by an hour.
 */
function wallTime(date: string, time: string): string {
  const wall = `${date}T${time}`;
  const d = new Date(wall);
  const back = `${String(d.getFullYear()).padStart(4, "0")}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  if (back !== wall) throw new RangeError(`this process's time zone cannot represent ${wall}; run it with TZ=UTC`);
  return wall;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "19:30:00" of an instant in a zone (to the second). */
function wallClock(at: Date, tz: string): string {
  return dateTimeFormat("en-GB", { timeZone: tz, hourCycle: "h23", hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(at);
}

/** The calendar as iCalendar text, in the reader's language, zoned in the host's time zone. */
export function renderCalendarIcs(rc: Rc, cal: GamesCalendar): string {
  const { games } = cal;
  const ics = new ICalCalendar({
    prodId: { company: "olympic-licenses-bot", product: "calendar", language: rc.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: calendarName(rc, cal),
    description: rc.t("calendar-ics-description", { games: gamesName(rc, games), zone: zoneWords(games.hostTz, rc.lang) }),
    // No calendar-wide zone (name null): with one, ical-generator writes DTSTAMP in local time
    // without its "Z" (RFC 5545 wants UTC) and reads all-day dates through the process's zone.
    // The generator still writes one VTIMEZONE, with the zone's DST rules, for the TZID of every
    // timed event; X-WR-TIMEZONE tells apps that read it which zone the dates are in.
    timezone: { name: null, generator: getVtimezoneComponent },
    x: { "X-WR-TIMEZONE": games.hostTz },
    ttl: REFRESH_SECONDS,
  });
  for (const e of cal.events) {
    const common = {
      id: e.uid,
      stamp: cal.stamp,
      summary: summaryOf(rc, games, e),
      description: descriptionOf(rc, games, e, cal.stamp),
      // Watching the Games does not make a fan busy: two weeks of competition days must not block their calendar.
      transparency: ICalEventTransparency.TRANSPARENT,
    };
    if (e.time.type === "days") {
      // DTEND of an all-day event is exclusive: the day after the last.
      // A date-only string is read as UTC midnight and, with no zone set, written from its UTC fields.
      ics.createEvent({ ...common, allDay: true, start: e.time.first, end: addDays(e.time.last, 1) });
    } else {
      const at = e.time.at;
      ics.createEvent({ ...common, timezone: games.hostTz, start: wallTime(hostDate(at, games.hostTz), wallClock(at, games.hostTz)) });
    }
  }
  return ics.toString();
}

/** What goes with the file in the chat: its name, how many events, the zone, and the feed if there is one. */
export function calendarCaption(rc: RenderContext, cal: GamesCalendar, feedUrl: string | null): Html {
  const caption = t(rc, "calendar-caption", {
    name: calendarName(rc, cal),
    count: cal.events.length,
    zone: zoneWords(cal.games.hostTz, rc.lang),
  });
  return feedUrl ? joinHtml([caption, t(rc, "calendar-caption-feed", { url: feedUrl })], "\n\n") : caption;
}
