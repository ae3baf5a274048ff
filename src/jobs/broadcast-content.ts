import type { Db } from "../db/handle.js";
import type { DueDelivery } from "../domain/broadcasts.js";
import { gamesPhase, listGames } from "../domain/games.js";
import { onDay, scheduleFor } from "../domain/schedule.js";
import type { Sport } from "../domain/types.js";
import { hostDate } from "../lib/zoned-time.js";
import { findLicense, licenseSummary } from "../domain/licenses.js";
import { countdownView } from "../bot/views/countdown.js";
import { licenseAlertView } from "../bot/views/license-alert.js";
import type { RenderContext } from "../bot/views/render-context.js";
import type { View } from "../bot/views/view.js";

export type BroadcastContent = View;

/**
 * A broadcast's message in one language, from what its payload names: the Games a countdown is
 * about, or the license an alert announces. null when that is gone (staff deleted the license).
 */
export async function renderBroadcast(db: Db, d: Pick<DueDelivery, "kind" | "payload">, rc: RenderContext): Promise<BroadcastContent | null> {
  if (d.kind === "countdown") {
    const ids = new Set((d.payload.gamesIds as number[] | undefined) ?? []);
    const games = (await listGames(db)).filter((g) => ids.has(g.id));
    if (games.length === 0) return null;
    const licenses = new Map<number, number>();
    const today = new Map<number, Sport[]>();
    for (const g of games) {
      const summary = await licenseSummary(db, g.id);
      // As the summary's progress line counts: licenses, the official figure when the list is not complete.
      licenses.set(g.id, Math.max(summary.licenseCount, summary.reported?.licenses ?? 0));
      if (gamesPhase(g, rc.now) === "during") {
        today.set(g.id, onDay(await scheduleFor(db, g.id), hostDate(rc.now, g.hostTz)).map((w) => w.sport));
      }
    }
    return countdownView(rc, games, { licenses, today });
  }
  const licenseId = Number(d.payload.licenseId);
  const found = await findLicense(db, licenseId);
  if (!found) return null;
  const summary = await licenseSummary(db, found.games.id);
  return licenseAlertView(rc, found.games, found.license, summary);
}
