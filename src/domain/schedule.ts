import type { competitionWindows } from "../db/schema.js";
import { fromTranslatedKeys } from "../lib/languages.js";
import type { CompetitionWindow, Sport } from "./types.js";

export { hostDate } from "../lib/zoned-time.js";

export type WindowRow = typeof competitionWindows.$inferSelect;

export function toWindow(w: WindowRow, sport: Sport): CompetitionWindow {
  return {
    gamesId: w.gamesId,
    sport,
    firstDay: w.firstDay,
    lastDay: w.lastDay,
    startsAt: w.startsAt,
    note: fromTranslatedKeys(w, "note"),
  };
}

/** By first day, then by the sport's English name. */
export function byFirstDay(a: CompetitionWindow, b: CompetitionWindow): number {
  return a.firstDay.localeCompare(b.firstDay) || a.sport.name.en.localeCompare(b.sport.name.en, "en");
}

/** Windows that include a host-local date ("YYYY-MM-DD"). */
export function onDay(windows: readonly CompetitionWindow[], hostDate: string): CompetitionWindow[] {
  return windows.filter((w) => w.firstDay <= hostDate && hostDate <= w.lastDay);
}
