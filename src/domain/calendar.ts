// A Games' calendar as neutral events: what a calendar file or feed holds, before any language or
// file format. Pure: FanData and the clock's reading in, events out.
//
// Decisions (see also bot/views/calendar.ts, which writes them as iCalendar):
// - A competition window is an all-day event over its host-local dates (first to last day
//   inclusive; the writer makes DTEND exclusive, last day + 1). Host dates, because that is what
//   the schedule says: a fan in Almaty sees "27 July" as the organisers print it.
// - Where a window's first start is known (startsAt), it also gets a timed event at that instant
//   with no end: the schedule knows when it starts, not when it finishes, so none is invented
//   (RFC 5545: a DATE-TIME DTSTART without DTEND lasts no time).
// - The ceremonies: timed (no end either) when their clock time is known, else all-day on their date.
// - The team's medals where the day they were won is known: all-day on that day. A medal with no
//   recorded day is not put on a guessed one: it is listed in its sport's window instead.
// - The qualification events for the Games (of the sport, or all): all-day over their venue's dates,
//   before the Games themselves; their outcome goes in the description once recorded.
// - UIDs name the real-world event, not the file: the same in every language, in the sport's file
//   and in the whole Games', so re-importing or a subscription's refresh updates an event instead
//   of adding a copy.
import { type FanData, gamesResults, scheduleFor } from "./fan-data.js";
import type { CompetitionWindow, Games, MedalResult, Qualifier, Sport } from "./types.js";

/** The host of every UID (RFC 5545 suggests "id@host"). */
export const UID_DOMAIN = "olympic-licenses-bot";

/** When: host-local days (inclusive), or an exact instant whose end is not known. */
export type CalendarTime = { type: "days"; first: string; last: string } | { type: "instant"; at: Date };

export type CalendarSubject =
  /** `undatedMedals`: the team's medals in this sport whose day is not recorded (listed, not placed on a day). */
  | { kind: "window"; window: CompetitionWindow; undatedMedals: readonly MedalResult[] }
  | { kind: "first-start"; window: CompetitionWindow }
  | { kind: "ceremony"; ceremony: "opening" | "closing" }
  | { kind: "medal"; result: MedalResult }
  | { kind: "qualifier"; qualifier: Qualifier };

export interface CalendarEvent {
  uid: string;
  time: CalendarTime;
  subject: CalendarSubject;
}

export interface GamesCalendar {
  games: Games;
  /** null: the whole Games. */
  sport: Sport | null;
  /** fan_data_version of the snapshot: what a feed's ETag is made of. */
  version: number;
  /** DTSTAMP of every event: when this calendar was made (the clock passed in). */
  stamp: Date;
  /** Qualification events, ceremonies and windows by day, then medals by day. */
  events: CalendarEvent[];
}

const uid = (...parts: (string | number)[]) => `${parts.join(".")}@${UID_DOMAIN}`;

function ceremonies(games: Games): CalendarEvent[] {
  const one = (ceremony: "opening" | "closing", day: string, at: Date | null): CalendarEvent => ({
    uid: uid(ceremony, games.slug),
    time: at ? { type: "instant", at } : { type: "days", first: day, last: day },
    subject: { kind: "ceremony", ceremony },
  });
  return [one("opening", games.opensOn, games.opensAt), one("closing", games.closesOn, games.closesAt)];
}

function windowEvents(games: Games, w: CompetitionWindow, results: readonly MedalResult[]): CalendarEvent[] {
  const undatedMedals = results.filter((r) => !r.wonOn && r.sport.id === w.sport.id);
  const events: CalendarEvent[] = [
    {
      uid: uid("window", games.slug, w.sport.slug),
      time: { type: "days", first: w.firstDay, last: w.lastDay },
      subject: { kind: "window", window: w, undatedMedals },
    },
  ];
  if (w.startsAt) {
    events.push({
      uid: uid("first-start", games.slug, w.sport.slug),
      time: { type: "instant", at: w.startsAt },
      subject: { kind: "first-start", window: w },
    });
  }
  return events;
}

function medalEvent(games: Games, r: MedalResult): CalendarEvent[] {
  if (!r.wonOn) return [];
  return [
    { uid: uid("medal", games.slug, r.id), time: { type: "days", first: r.wonOn, last: r.wonOn }, subject: { kind: "medal", result: r } },
  ];
}

/** The first day an event touches, for ordering (an instant by its UTC date is close enough to sort). */
function sortKey(e: CalendarEvent): string {
  return e.time.type === "days" ? e.time.first : e.time.at.toISOString();
}

const ofSport = (sportId: number) => (s: Sport) => s.id === sportId || s.parentId === sportId;

/**
 * The calendar of one Games, or of one sport there (its disciplines included): null for an
 * unknown Games, or a sport of the other kind (a Paralympic sport at the Olympic Games).
 */
export function gamesCalendar(data: FanData, gamesId: number, sportId: number | null, stamp: Date): GamesCalendar | null {
  const games = data.games.get(gamesId);
  if (!games) return null;
  const sport = sportId === null ? null : (data.sportsById.get(sportId) ?? null);
  if (sportId !== null && (!sport || sport.kind !== games.kind)) return null;
  const results = gamesResults(data, games.id).filter((r) => sport === null || ofSport(sport.id)(r.sport));
  const windows = scheduleFor(data, games.id, sport?.id).flatMap((w) => windowEvents(games, w, results));
  const medals = results.flatMap((r) => medalEvent(games, r));
  const qualifiers = data.qualifiers
    .filter((q) => q.gamesId === games.id && (sport === null || ofSport(sport.id)(q.sport)))
    .map(
      (q): CalendarEvent => ({
        uid: uid("qualifier", games.slug, q.id),
        time: { type: "days", first: q.firstDay, last: q.lastDay },
        subject: { kind: "qualifier", qualifier: q },
      }),
    );
  const byDay = (a: CalendarEvent, b: CalendarEvent) => sortKey(a).localeCompare(sortKey(b));
  return {
    games,
    sport,
    version: data.version,
    stamp,
    events: [...[...qualifiers, ...ceremonies(games), ...windows].sort(byDay), ...medals.sort(byDay)],
  };
}
