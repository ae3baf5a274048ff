import { InlineKeyboard } from "grammy";
import type { BroadcastStats } from "../../domain/broadcasts.js";
import { broadcastListButton, cancelBroadcastButton } from "../callback-data/broadcasts.js";
import { t } from "../i18n.js";
import { formatDateIn, formatTime } from "../render/format.js";
import { joinHtml } from "../render/html.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

/** /broadcasts (staff): the latest broadcasts, what became of their deliveries, and when the rest is out. */
export function broadcastsView(rc: RenderContext, list: readonly BroadcastStats[], ratePerSecond: number): View {
  if (list.length === 0) return { text: t(rc, "broadcasts-none") };
  const keyboard = new InlineKeyboard();
  const blocks = list.map((b) => {
    const left = b.counts.pending + b.counts.sending;
    const lines = [
      t(rc, "broadcasts-item", {
        id: b.id,
        key: b.dedupeKey,
        status: b.status,
        when: `${formatDateIn(b.createdAt, rc.displayTz, rc.lang, false)} ${formatTime(b.createdAt, rc.displayTz, rc.lang)}`,
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
  return { text: joinHtml([t(rc, "broadcasts-header", { zone: rc.displayTz }), ...blocks], "\n\n"), keyboard };
}
