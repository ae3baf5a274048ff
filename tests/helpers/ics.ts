/**
 * Reads an .ics back with ical.js, a parser independent of the library that wrote it
 * (ical-generator). Time zones come only from the file's own VTIMEZONE blocks (ical.js has no
 * zone database of its own), so a timed event's instant is what any calendar app would compute.
 */
import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  /** DTSTAMP as an instant. */
  stamp: Date;
  allDay: boolean;
  /** All-day: "YYYY-MM-DD" of DTSTART and of DTEND (exclusive). */
  startDate?: string;
  endDate?: string;
  /** Timed: the instant, the TZID it is written in, the UTC offset there ("+02:00") and the wall time ("19:30"). */
  start?: Date;
  tzid?: string;
  offset?: string;
  wallTime?: string;
  hasEnd: boolean;
  /** TRANSP ("TRANSPARENT": does not block the reader's time), or null. */
  transp: string | null;
}

export interface ParsedCalendar {
  name: string | null;
  description: string | null;
  wrTimezone: string | null;
  prodId: string;
  method: string | null;
  /** TZIDs of the VTIMEZONE blocks. */
  timezones: string[];
  events: ParsedEvent[];
}

const pad = (n: number) => String(n).padStart(2, "0");
const dateOf = (t: ICAL.Time) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;

export function parseIcs(text: string): ParsedCalendar {
  ICAL.TimezoneService.reset();
  const root = new ICAL.Component(ICAL.parse(text));
  const timezones = root.getAllSubcomponents("vtimezone").map((vtz) => {
    const tz = new ICAL.Timezone(vtz);
    ICAL.TimezoneService.register(tz);
    return tz.tzid;
  });
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const events = root.getAllSubcomponents("vevent").map((vevent): ParsedEvent => {
    const ev = new ICAL.Event(vevent);
    const start = ev.startDate;
    const stampValue = vevent.getFirstPropertyValue("dtstamp") as ICAL.Time;
    const base = {
      uid: ev.uid,
      summary: ev.summary,
      description: ev.description,
      stamp: stampValue.toJSDate(),
      hasEnd: vevent.hasProperty("dtend") || vevent.hasProperty("duration"),
      transp: str(vevent.getFirstPropertyValue("transp")),
    };
    if (start.isDate) return { ...base, allDay: true, startDate: dateOf(start), endDate: dateOf(ev.endDate) };
    const tzid = (vevent.getFirstProperty("dtstart")?.getParameter("tzid") as string | undefined) ?? undefined;
    const offsetSeconds = start.utcOffset();
    const sign = offsetSeconds < 0 ? "-" : "+";
    const abs = Math.abs(offsetSeconds);
    return {
      ...base,
      allDay: false,
      start: new Date(start.toUnixTime() * 1000),
      ...(tzid ? { tzid } : {}),
      offset: `${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`,
      wallTime: `${pad(start.hour)}:${pad(start.minute)}`,
    };
  });
  return {
    name: str(root.getFirstPropertyValue("x-wr-calname")),
    description: str(root.getFirstPropertyValue("x-wr-caldesc")),
    wrTimezone: str(root.getFirstPropertyValue("x-wr-timezone")),
    prodId: String(root.getFirstPropertyValue("prodid")),
    method: str(root.getFirstPropertyValue("method")),
    timezones,
    events,
  };
}
