import type { MedalCardInput } from "../bot/render/medal-card.js";
import { type AlertSubject, alertControlsKeyboard, alertOp, sentState, sportSubject } from "../bot/views/alert-controls.js";
import { countdownView } from "../bot/views/countdown.js";
import { licenseAlertView } from "../bot/views/license-alert.js";
import { medalCardInput } from "../bot/views/medal-card.js";
import { qualifierReminderView, qualifierSummaryView } from "../bot/views/qualifiers.js";
import type { RenderContext } from "../bot/views/render-context.js";
import { resultAlertView, resultCorrectionView, resultWithdrawnView } from "../bot/views/result-alert.js";
import type { View } from "../bot/views/view.js";
import type { BroadcastPayload } from "../db/broadcast-payload.js";
import { type DaySummary, daySummary } from "../domain/day-summary.js";
import { type FanData, licenseById, licenseSummary, resultById } from "../domain/fan-data.js";
import { reportedBy } from "../domain/licenses.js";
import { nextChance, qualifierById } from "../domain/qualifiers.js";
import { isMedal } from "../domain/results.js";
import type { AlertFollowing } from "../domain/subscriptions.js";
import { hostDate } from "../lib/zoned-time.js";

/**
 * A broadcast's message in one language: a view, and for a medal's alert the medal card to send it
 * with (its text then goes as the picture's caption).
 */
export type BroadcastContent = View & { card?: { resultId: number; input: MedalCardInput } };

/**
 * A broadcast's message in one language, from what its payload names: the Games a countdown is
 * about, the license or result an alert announces, the correction of a result, the qualification
 * event a reminder or summary is about. null when that is gone (staff removed the license, result
 * or event, or reopened the event a summary was about). `following`: what the chat's alerts cover,
 * which decides the button that stops them (views/alert-controls.ts).
 */
export function renderBroadcast(
  data: FanData,
  payload: BroadcastPayload,
  rc: RenderContext,
  following: AlertFollowing | null = null,
): BroadcastContent | null {
  const content = renderContent(data, payload, rc);
  if (!content) return null;
  // Under every push, the button that stops what it is about for this chat, and the settings.
  const controls = alertControlsKeyboard(rc, content.subject, alertOp(content.subject, sentState(following)));
  const { subject: _, ...view } = content;
  return { ...view, keyboard: view.keyboard ? view.keyboard.append(controls) : controls };
}

function renderContent(data: FanData, payload: BroadcastPayload, rc: RenderContext): (BroadcastContent & { subject: AlertSubject }) | null {
  if ("gamesIds" in payload) {
    const ids = new Set(payload.gamesIds);
    const games = data.catalog.games.filter((g) => ids.has(g.id));
    if (games.length === 0) return null;
    const licenses = new Map<number, number>();
    const summaries = new Map<number, DaySummary>();
    for (const g of games) {
      const summary = reportedBy(licenseSummary(data, g.id)!, hostDate(rc.now, rc.displayTz));
      // As the summary's progress line counts: licenses, the official figure when the list is not complete.
      licenses.set(g.id, Math.max(summary.licenseCount, summary.reported?.licenses ?? 0));
      // During a Games every cadence's countdown (daily, and the weekly and milestone ones that
      // fall on a Games day) is the day's summary: the message is about the day it arrives on.
      // It is rendered when sent, from the data then: a result saved later the same day is in
      // the messages not sent yet, and not in those already sent.
      const day = daySummary(data, g, rc.now);
      if (day) summaries.set(g.id, day);
    }
    return { ...countdownView(rc, games, { licenses, summaries }), subject: { type: "countdown" } };
  }
  if ("resultId" in payload) {
    const found = resultById(data, payload.resultId);
    if (payload.correction) {
      if (found)
        return {
          ...resultCorrectionView(rc, found.games, found.result),
          subject: sportSubject("result", found.result.sport, data.sportsById),
        };
      // Removed since: the chats that got it are told it is withdrawn.
      const games = payload.gamesId === undefined ? undefined : data.games.get(payload.gamesId);
      const sport = payload.sportId === undefined ? undefined : data.sportsById.get(payload.sportId);
      return games && sport ? { ...resultWithdrawnView(rc, games, sport), subject: sportSubject("result", sport, data.sportsById) } : null;
    }
    if (!found) return null;
    const { result } = found;
    const view = { ...resultAlertView(rc, found.games, result), subject: sportSubject("result", result.sport, data.sportsById) };
    return isMedal(result) ? { ...view, card: { resultId: result.id, input: medalCardInput(rc, found.games, result) } } : view;
  }
  if ("qualifierId" in payload) {
    const q = qualifierById(data, payload.qualifierId);
    const games = q && data.games.get(q.gamesId);
    // Removed since, or (a summary) reopened: nothing to say.
    if (!q || !games) return null;
    // Sent to the sport's license alerts' audience: their button stops those.
    const subject = sportSubject("license", q.sport, data.sportsById);
    if (payload.stage === "reminder") return { ...qualifierReminderView(rc, games, q), subject };
    if (q.closedAt === null) return null;
    return { ...qualifierSummaryView(rc, games, q, nextChance(data, games.id, q.sport, rc.now, q.id)), subject };
  }
  const found = licenseById(data, payload.licenseId);
  if (!found) return null;
  return {
    ...licenseAlertView(rc, found.games, found.license, licenseSummary(data, found.games.id)!),
    subject: sportSubject("license", found.license.sport, data.sportsById),
  };
}
