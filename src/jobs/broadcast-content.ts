import { countdownView } from "../bot/views/countdown.js";
import { licenseAlertView } from "../bot/views/license-alert.js";
import type { RenderContext } from "../bot/views/render-context.js";
import { resultAlertView, resultCorrectionView, resultWithdrawnView } from "../bot/views/result-alert.js";
import type { View } from "../bot/views/view.js";
import type { BroadcastPayload } from "../db/broadcast-payload.js";
import { type FanData, licenseById, licenseSummary, resultById, scheduleFor } from "../domain/fan-data.js";
import { gamesPhase } from "../domain/games.js";
import { reportedBy } from "../domain/licenses.js";
import { onDay } from "../domain/schedule.js";
import type { Sport } from "../domain/types.js";
import { hostDate } from "../lib/zoned-time.js";

export type BroadcastContent = View;

/**
 * A broadcast's message in one language, from what its payload names: the Games a countdown is
 * about, the license or result an alert announces, the correction of a result. null when that is
 * gone (staff removed the license or result).
 */
export function renderBroadcast(data: FanData, payload: BroadcastPayload, rc: RenderContext): BroadcastContent | null {
  if ("gamesIds" in payload) {
    const ids = new Set(payload.gamesIds);
    const games = data.catalog.games.filter((g) => ids.has(g.id));
    if (games.length === 0) return null;
    const licenses = new Map<number, number>();
    const today = new Map<number, Sport[]>();
    for (const g of games) {
      const summary = reportedBy(licenseSummary(data, g.id)!, hostDate(rc.now, rc.displayTz));
      // As the summary's progress line counts: licenses, the official figure when the list is not complete.
      licenses.set(g.id, Math.max(summary.licenseCount, summary.reported?.licenses ?? 0));
      if (gamesPhase(g, rc.now) === "during") {
        today.set(
          g.id,
          onDay(scheduleFor(data, g.id), hostDate(rc.now, g.hostTz)).map((w) => w.sport),
        );
      }
    }
    return countdownView(rc, games, { licenses, today });
  }
  if ("resultId" in payload) {
    const found = resultById(data, payload.resultId);
    if (payload.correction) {
      if (found) return resultCorrectionView(rc, found.games, found.result);
      // Removed since: the chats that got it are told it is withdrawn.
      const games = payload.gamesId === undefined ? undefined : data.games.get(payload.gamesId);
      const sport = payload.sportId === undefined ? undefined : data.sportsById.get(payload.sportId);
      return games && sport ? resultWithdrawnView(rc, games, sport) : null;
    }
    return found ? resultAlertView(rc, found.games, found.result) : null;
  }
  const found = licenseById(data, payload.licenseId);
  if (!found) return null;
  return licenseAlertView(rc, found.games, found.license, licenseSummary(data, found.games.id)!);
}
