// During a Games the pushed countdown is the day's summary: the day, the team's results of the
// day and what is on (domain/day-summary.ts says which day "today" is).
import type { DaySummary } from "../../domain/day-summary.js";
import type { CompetitionWindow } from "../../domain/types.js";
import { hostDate } from "../../lib/zoned-time.js";
import { t } from "../i18n.js";
import { formatDate } from "../render/format.js";
import { type Html, html, joinHtml } from "../render/html.js";
import { clockTimes, gamesTitle, sportName, sportNameMid } from "./games.js";
import { medalHeadline } from "./medals.js";
import type { RenderContext } from "./render-context.js";

/**
 * How much of each list is shown before "and N more". A day of a Summer Games has some 30
 * sports on: named in one line they stay short, while a sport with its start time takes a line
 * of its own. Two running Games with all of these stay far inside one message (4096 characters).
 */
const MAX_RESULTS = 8;
const MAX_TIMED = 6;
const MAX_NAMED = 24;

/** What is left out of a list, when that is two or more ("and 1 more" takes the place of the one). */
function leftOut(total: number, max: number): number {
  return total > max + 1 ? total - max : 0;
}

/** The window's first start, when it is on this day and its time is known. */
function startsToday(w: CompetitionWindow, s: DaySummary): Date | null {
  return w.startsAt && hostDate(w.startsAt, s.games.hostTz) === s.hostDay ? w.startsAt : null;
}

/** What is on: sports with today's first start, a line each, then the others named in one line. */
function onToday(rc: RenderContext, s: DaySummary): Html[] {
  if (s.windows.length === 0) return [t(rc, "today-nothing")];
  const byName = (a: CompetitionWindow, b: CompetitionWindow) => sportName(rc, a.sport).localeCompare(sportName(rc, b.sport), rc.lang);
  const windows = [...s.windows].sort(byName);
  const timed = windows.flatMap((w) => {
    const at = startsToday(w, s);
    return at ? [{ w, at }] : [];
  });
  const shown = timed.slice(0, MAX_TIMED);
  const lines: Html[] = shown.map(({ w, at }) =>
    t(rc, "summary-on-starts", { sport: sportName(rc, w.sport), times: clockTimes(rc, at, s.games.hostTz) }),
  );
  const named = windows.filter((w) => !shown.some((x) => x.w === w));
  if (named.length > 0) {
    const more = leftOut(named.length, MAX_NAMED);
    // The line starts with the first name; the others are mid-sentence (lower-case in Russian and Kazakh).
    const names = named.slice(0, named.length - more).map((w, i) => (i === 0 ? sportName(rc, w.sport) : sportNameMid(rc, w.sport)));
    lines.push(
      more > 0
        ? t(rc, "summary-on-list-more", { sports: names.join(", "), count: more })
        : t(rc, "summary-on-list", { sports: names.join(", ") }),
    );
  }
  return lines;
}

/** One running Games' day: its number and date, the day's results, what is on (the medals are a button away). */
export function daySummaryBlock(rc: RenderContext, s: DaySummary): Html {
  const lines: Html[] = [
    t(rc, "summary-day", {
      games: gamesTitle(rc, s.games),
      day: s.day,
      of: s.of,
      date: formatDate(s.hostDay, rc.lang, false),
      city: s.games.hostCity[rc.lang],
    }),
    html``,
    t(rc, "summary-results-header"),
  ];
  if (s.results.length === 0) lines.push(t(rc, "summary-results-none"));
  else {
    const more = leftOut(s.results.length, MAX_RESULTS);
    lines.push(...s.results.slice(0, s.results.length - more).map((r) => medalHeadline(rc, r)));
    if (more > 0) lines.push(t(rc, "summary-results-more", { count: more }));
  }
  lines.push(html``, t(rc, "summary-on-header"), ...onToday(rc, s));
  return joinHtml(lines, "\n");
}
