import { InlineKeyboard } from "grammy";
import type { BroadcastStats } from "../../domain/broadcasts.js";
import { cadenceOfKey } from "../../domain/countdown-broadcasts.js";
import type { Games, License, Qualifier, Result } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import { broadcastListButton, cancelBroadcastButton } from "../callback-data/broadcasts.js";
import { t } from "../i18n.js";
import { formatWhen, zoneLabel } from "../render/format.js";
import { type Html, joinHtml } from "../render/html.js";
import { gamesShortLabel, sportNameMid } from "./games.js";
import type { RenderContext } from "./render-context.js";
import { whoText } from "./results.js";
import type { View } from "./view.js";

/** What the list needs to name a broadcast's subject: the Games, and the licenses and results not removed. */
export interface BroadcastSubjects {
  games: ReadonlyMap<number, Games>;
  licenses: readonly License[];
  results: readonly Result[];
  /** Qualification events not removed (reminders and summaries are about them). */
  qualifiers?: readonly Qualifier[];
}

/**
 * A broadcast in words, never by its key: "⏳ Countdown (daily): Los Angeles 2028" or
 * "🏅 New license #12: boxing, Nurbek Oralbay · Paris 2024".
 */
function subjectText(rc: RenderContext, b: BroadcastStats, subjects: BroadcastSubjects): Html {
  const p = b.payload;
  if ("gamesIds" in p) {
    const games = p.gamesIds.flatMap((id) => {
      const g = subjects.games.get(id);
      return g ? [gamesShortLabel(rc, g)] : [];
    });
    return t(rc, "broadcasts-countdown", { cadence: cadenceOfKey(b.dedupeKey) ?? "other", games: games.join(", ") || "—" });
  }
  if ("resultId" in p) {
    const result = subjects.results.find((r) => r.id === p.resultId);
    const games = result && subjects.games.get(result.gamesId);
    const correction = p.correction ? "yes" : "no";
    if (!result || !games) return t(rc, "broadcasts-result-gone", { result: p.resultId, correction });
    return t(rc, "broadcasts-result", {
      result: result.id,
      correction,
      sport: sportNameMid(rc, result.sport),
      who: whoText(rc, result.athletes, result.team),
      games: gamesShortLabel(rc, games),
    });
  }
  if ("qualifierId" in p) {
    const q = subjects.qualifiers?.find((x) => x.id === p.qualifierId);
    const games = q && subjects.games.get(q.gamesId);
    if (!q || !games) return t(rc, "broadcasts-qualifier-gone", { qualifier: p.qualifierId, stage: p.stage });
    return t(rc, "broadcasts-qualifier", {
      qualifier: q.id,
      stage: p.stage,
      name: inLang(q.name, rc.lang),
      sport: sportNameMid(rc, q.sport),
      games: gamesShortLabel(rc, games),
    });
  }
  const license = subjects.licenses.find((l) => l.id === p.licenseId);
  const games = license && subjects.games.get(license.gamesId);
  if (!license || !games) return t(rc, "broadcasts-license-gone", { license: p.licenseId });
  return t(rc, "broadcasts-license", {
    license: license.id,
    sport: sportNameMid(rc, license.sport),
    who: whoText(rc, license.athletes, license.team),
    games: gamesShortLabel(rc, games),
  });
}

/** /broadcasts (staff): the latest broadcasts, what became of their deliveries, and when the rest is out. */
export function broadcastsView(
  rc: RenderContext,
  list: readonly BroadcastStats[],
  ratePerSecond: number,
  subjects: BroadcastSubjects,
): View {
  if (list.length === 0) return { text: t(rc, "broadcasts-none") };
  const keyboard = new InlineKeyboard();
  const blocks = list.map((b) => {
    const left = b.counts.pending + b.counts.sending;
    const lines = [
      t(rc, "broadcasts-item", {
        id: b.id,
        what: subjectText(rc, b, subjects),
        status: b.status,
        when: formatWhen(b.createdAt, rc.displayTz, rc.now, rc.lang),
      }),
      t(rc, "broadcasts-counts", { sent: b.counts.sent, pending: left, blocked: b.counts.blocked, failed: b.counts.failed }),
    ];
    if (b.status === "sending" && left > 0) {
      lines.push(t(rc, "broadcasts-eta", { minutes: Math.max(1, Math.ceil(left / ratePerSecond / 60)) }));
      keyboard.text(rc.t("broadcasts-cancel", { id: b.id }), cancelBroadcastButton.encode({ broadcastId: b.id })).row();
    }
    return joinHtml(lines, "\n");
  });
  keyboard.text(rc.t("button-refresh"), broadcastListButton.encode({}));
  return { text: joinHtml([t(rc, "broadcasts-header", { zone: zoneLabel(rc.displayTz, rc.now, rc.lang) }), ...blocks], "\n\n"), keyboard };
}
