// /status (owners): how this instance is doing, for someone without access to its logs or metrics.
import { t } from "../i18n.js";
import { formatDateIn, formatTime } from "../render/format.js";
import { clip, type Html, html, joinHtml } from "../render/html.js";
import { MAX_MESSAGE_LENGTH } from "../render/split-message.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

/** One failure as /status shows it: its text already scrubbed of secrets. */
export interface RecentError {
  at: Date;
  /** What failed: handling an update, the broadcast sender, polling. */
  source: "update" | "sender" | "polling";
  message: string;
  /** Times it happened in a row (at: the latest). */
  count: number;
}

export interface StatusReport {
  version: string;
  uptimeSec: number;
  mode: "polling" | "webhook";
  database: "pglite" | "postgres";
  /** Whether this instance runs the deployment's one broadcast sender. */
  leader: boolean;
  /** Bot API calls waiting or in flight in this process. */
  queueDepth: number;
  /** Deliveries not yet sent, deployment-wide; null when the database could not say. */
  pendingDeliveries: number | null;
  /** The latest first. */
  errors: readonly RecentError[];
}

const ERROR_CHARS = 300;

function uptime(rc: RenderContext, seconds: number): Html {
  const s = Math.max(0, Math.floor(seconds));
  return t(rc, "status-uptime", {
    days: Math.floor(s / 86_400),
    hours: Math.floor((s % 86_400) / 3_600),
    minutes: Math.floor((s % 3_600) / 60),
  });
}

function errorLine(rc: RenderContext, e: RecentError): Html {
  const when = `${formatDateIn(e.at, rc.displayTz, rc.lang, false)} ${formatTime(e.at, rc.displayTz, rc.lang)}`;
  const message = clip(e.message, ERROR_CHARS) + (e.count > 1 ? ` (×${e.count})` : "");
  return t(rc, "status-error-line", { when, source: e.source, message });
}

export function statusView(rc: RenderContext, r: StatusReport): View {
  const head = [
    t(rc, "status-header"),
    t(rc, "status-version", { version: r.version }),
    uptime(rc, r.uptimeSec),
    t(rc, "status-mode", { mode: r.mode }),
    t(rc, "status-database", { database: r.database }),
    t(rc, r.leader ? "status-leader-yes" : "status-leader-no"),
    t(rc, "status-queue", { count: r.queueDepth }),
    r.pendingDeliveries === null ? t(rc, "status-pending-unknown") : t(rc, "status-pending", { count: r.pendingDeliveries }),
    html``,
  ];
  const text = (errors: readonly RecentError[]) =>
    joinHtml(
      [...head, errors.length === 0 ? t(rc, "status-no-errors") : t(rc, "status-errors-header"), ...errors.map((e) => errorLine(rc, e))],
      "\n",
    );
  // One message: the oldest errors give way if the whole would not fit.
  let errors = r.errors;
  while (errors.length > 0 && text(errors).value.length > MAX_MESSAGE_LENGTH) errors = errors.slice(0, -1);
  return { text: text(errors) };
}
