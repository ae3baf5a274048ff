import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { UpdateOutcome } from "../bot/middlewares/update-outcomes.js";
import type { CallResult } from "../bot/outgoing/api-transformer.js";
import type { Lane } from "../bot/outgoing/send-budget.js";
import type { QueryOp } from "../db/query-observer.js";
import type { DeliveryOutcome } from "../jobs/broadcast-sender.js";

/**
 * The bot's Prometheus metrics, in a registry of its own (no global default register: several apps
 * may run in one process, as in tests). The layers below know nothing of it: they take plain
 * callbacks, and the app (src/app/) hands them this object's methods.
 *
 * Every label takes a value from a fixed set: update kinds, outcome enums, Bot API method names
 * from the list below. Never a chat id, a username, an error description or anything a user typed.
 */
const PREFIX = "olympic_bot_";

/** The Bot API methods the bot calls by name; anything else is counted as "other". */
const METHODS = new Set([
  "getMe",
  "getUpdates",
  "setWebhook",
  "deleteWebhook",
  "getWebhookInfo",
  "sendMessage",
  "sendChatAction",
  "editMessageText",
  "editMessageReplyMarkup",
  "deleteMessage",
  "answerCallbackQuery",
  "answerInlineQuery",
  "setMyCommands",
  "deleteMyCommands",
  "getChat",
  "getChatMember",
  "getChatAdministrators",
  "copyMessage",
  "forwardMessage",
]);

export function methodLabel(method: string): string {
  return METHODS.has(method) ? method : "other";
}

/** What the metrics read when Prometheus scrapes, rather than being told as it happens. */
export interface ScrapeSources {
  /** Bot API calls waiting or in flight in this process (SendBudget.pending). */
  queueDepth(): number;
  /** Whether this instance runs the broadcast sender. */
  leading(): boolean;
  /** Deployment-wide, from the database: pending deliveries, and those of them due now. */
  pendingDeliveries(): Promise<{ pending: number; due: number }>;
  /** Deployment-wide: staff conversations in progress. */
  conversations(): Promise<number>;
  /** Deployment-wide: chats that sent the bot anything in the last hour. */
  chatsLastHour(): Promise<number>;
  /** What GET /readyz says (the database pinged, updates coming in), for alerts without a prober. */
  ready(): Promise<boolean>;
}

/** A database read at scrape time that takes longer than this is left out of that scrape. */
const SCRAPE_QUERY_TIMEOUT_MS = 2_000;

export class BotMetrics {
  readonly registry = new Registry();
  private readonly updates: Counter<"kind" | "outcome">;
  private readonly updateSeconds: Histogram<"kind">;
  private readonly calls: Counter<"method" | "lane" | "result">;
  private readonly floodHeld: Counter<"scope">;
  private readonly deliveries: Counter<"outcome">;
  private readonly querySeconds: Histogram<"op">;
  private readonly queryErrors: Counter<"op">;

  /** The counters, ready for the parts to report to; `sources` also adds the gauges (see scrapeFrom). */
  constructor(sources?: ScrapeSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.updates = new Counter({
      name: `${PREFIX}updates_total`,
      help: "Telegram updates handled, by kind and how handling ended",
      labelNames: ["kind", "outcome"],
      registers,
    });
    this.updateSeconds = new Histogram({
      name: `${PREFIX}update_duration_seconds`,
      help: "Time from an update's arrival in the bot to the end of its handling (replies sent included)",
      labelNames: ["kind"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.calls = new Counter({
      name: `${PREFIX}telegram_calls_total`,
      help: "Bot API call attempts, by method, lane (reply or broadcast) and result (sent, 429, 4xx, 5xx, network); a call retried after a 429 counts each attempt",
      labelNames: ["method", "lane", "result"],
      registers,
    });
    this.floodHeld = new Counter({
      name: `${PREFIX}telegram_flood_wait_seconds_total`,
      help: "Seconds of retry_after Telegram's 429s asked for, by scope: one chat, or the whole bot",
      labelNames: ["scope"],
      registers,
    });
    this.deliveries = new Counter({
      name: `${PREFIX}broadcast_deliveries_total`,
      help: "Broadcast deliveries this instance's sender tried, by outcome (sent, blocked, failed, retry, moved); only the sender leader counts",
      labelNames: ["outcome"],
      registers,
    });
    this.querySeconds = new Histogram({
      name: `${PREFIX}db_query_duration_seconds`,
      help: "Database statements by op: a statement, or a transaction as a whole",
      labelNames: ["op"],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.queryErrors = new Counter({
      name: `${PREFIX}db_query_errors_total`,
      help: "Database statements (or transactions) that failed",
      labelNames: ["op"],
      registers,
    });
    // Every series starts at 0, so rate() and absent() work before the first event.
    for (const op of ["query", "transaction"] as const) this.queryErrors.labels(op).inc(0);
    for (const scope of ["chat", "all"] as const) this.floodHeld.labels(scope).inc(0);
    for (const outcome of ["sent", "blocked", "failed", "retry", "moved"] as const) this.deliveries.labels(outcome).inc(0);
    if (sources) this.scrapeFrom(sources);
  }

  /**
   * Adds the gauges, read from `sources` at scrape time. Apart from the constructor because the
   * parts they read (the send budget, the sender) are made with this object's counters.
   */
  scrapeFrom(sources: ScrapeSources): void {
    const registers = [this.registry];
    new Gauge({
      name: `${PREFIX}outgoing_queue_depth`,
      help: "Bot API calls waiting or in flight in this process's send budget",
      registers,
      collect() {
        this.set(sources.queueDepth());
      },
    });
    // One read for both gauges: the first collected starts it, the second awaits the same.
    let read: Promise<{ pending: number; due: number } | undefined> | undefined;
    const pending = () => (read ??= withinTimeout(sources.pendingDeliveries()).finally(() => setImmediate(() => (read = undefined))));
    new Gauge({
      name: `${PREFIX}broadcast_deliveries_pending`,
      help: "Deliveries waiting to be sent, deployment-wide, some for their time (read from the database at scrape time; every instance reports the same)",
      registers,
      async collect() {
        // NaN, not 0, when the database does not answer: nothing was said about the deliveries.
        this.set((await pending())?.pending ?? Number.NaN);
      },
    });
    new Gauge({
      name: `${PREFIX}broadcast_deliveries_due`,
      help: "Pending deliveries whose time has come: a sender at work keeps this near 0 (deployment-wide, read at scrape time)",
      registers,
      async collect() {
        this.set((await pending())?.due ?? Number.NaN);
      },
    });
    new Gauge({
      name: `${PREFIX}ready`,
      help: "1 when this instance is ready (as GET /readyz: the database answers, updates come in), 0 when not",
      registers,
      async collect() {
        this.set((await withinTimeout(sources.ready())) ? 1 : 0);
      },
    });
    new Gauge({
      name: `${PREFIX}sender_leader`,
      help: "1 on the instance that runs the broadcast sender, 0 elsewhere",
      registers,
      collect() {
        this.set(sources.leading() ? 1 : 0);
      },
    });
    new Gauge({
      name: `${PREFIX}conversations`,
      help: "Staff conversations in progress, deployment-wide (read from the database at scrape time)",
      registers,
      async collect() {
        this.set((await withinTimeout(sources.conversations())) ?? Number.NaN);
      },
    });
    new Gauge({
      name: `${PREFIX}chats_active_last_hour`,
      help: "Chats (a fan's private chat or a group) that sent the bot anything in the last hour, deployment-wide (read from the database at scrape time)",
      registers,
      async collect() {
        this.set((await withinTimeout(sources.chatsLastHour())) ?? Number.NaN);
      },
    });
  }

  updateHandled = (kind: string, outcome: UpdateOutcome, seconds: number): void => {
    this.updates.labels(kind, outcome).inc();
    this.updateSeconds.labels(kind).observe(seconds);
  };

  apiCall = (method: string, lane: Lane, result: CallResult): void => {
    this.calls.labels(methodLabel(method), lane, result).inc();
  };

  flood = (retryAfterMs: number, scope: "chat" | "all"): void => {
    this.floodHeld.labels(scope).inc(retryAfterMs / 1000);
  };

  delivery = (outcome: DeliveryOutcome): void => {
    this.deliveries.labels(outcome).inc();
  };

  query = (op: QueryOp, seconds: number, error: unknown): void => {
    this.querySeconds.labels(op).observe(seconds);
    if (error !== undefined) this.queryErrors.labels(op).inc();
  };

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** undefined on an error or a timeout: a scrape during a database outage still answers. */
async function withinTimeout<T>(read: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), SCRAPE_QUERY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([read.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
