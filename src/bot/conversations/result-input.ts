// What staff type for a result's own fields, checked as /addresult checks them: the day it was
// won, in the host city's zone (a result is dated as the Games date it: Shaidorov's free skate was
// on 13 February in Milan, already the 14th in Almaty), from the Games' first competition day to
// its closing day and never ahead of today there. Pure functions, as license-input.ts.
import { addDays, hostDate } from "../../lib/zoned-time.js";
import { type Checked, checkWonOn } from "./license-input.js";

/** What a result's date is checked against: the Games' zone and days. */
export interface ResultDays {
  hostTz: string;
  opensOn: string;
  /** Some sports start before the opening ceremony (football); null when they do not. */
  competitionStartsOn: string | null;
  closesOn: string;
}

/** The first day a result can be won at a Games. */
export function firstResultDay(g: ResultDays): string {
  return g.competitionStartsOn !== null && g.competitionStartsOn < g.opensOn ? g.competitionStartsOn : g.opensOn;
}

/** Whether the Games' competitions have begun by `now` (in its host's zone): before then it has no results to record. */
export function resultsBegun(g: ResultDays, now: number): boolean {
  return hostDate(new Date(now), g.hostTz) >= firstResultDay(g);
}

/** Today and yesterday in the host's zone, for the buttons. */
export function hostToday(g: Pick<ResultDays, "hostTz">, now: number): { today: string; yesterday: string } {
  const today = hostDate(new Date(now), g.hostTz);
  return { today, yesterday: addDays(today, -1) };
}

/** "Today" and "Yesterday" as buttons only where that host day can hold a result of these Games. */
export function relativeDaysWithin(g: ResultDays, now: number): ("today" | "yesterday")[] {
  const { today, yesterday } = hostToday(g, now);
  const within = (day: string) => day >= firstResultDay(g) && day <= g.closesOn;
  return [...(within(today) ? (["today"] as const) : []), ...(within(yesterday) ? (["yesterday"] as const) : [])];
}

/** The day a result was won: typed (a date, "вчера"), or Today / Yesterday pressed, all in the host's zone at `now`. */
export function checkResultDate(
  input: { text?: string | undefined; relative?: "today" | "yesterday" | undefined },
  now: number,
  g: ResultDays,
): Checked<string> {
  const checked = checkWonOn(input, now, g.hostTz, g.closesOn);
  if (!checked.ok) {
    // A result's own wording, without the ISO date the license hints carry.
    if (checked.hint === "al-date-future") return { ok: false, hint: "ar-date-future" };
    if (checked.hint === "al-date-after-games") return { ok: false, hint: "ar-date-outside" };
    return checked;
  }
  if (checked.value < firstResultDay(g)) return { ok: false, hint: "ar-date-outside" };
  return checked;
}
