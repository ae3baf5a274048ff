import { setMaxListeners } from "node:events";
import { Faults } from "./faults.js";
import { DEFAULT_FLOOD_LIMITS, type FloodLimitConfig, FloodLimiter } from "./limits.js";
import { topics } from "./signals.js";
import { type BotRecord, LocalState } from "./state.js";
import { UpdateFeed } from "./updates.js";
import type { WebhookTiming } from "./webhook.js";

/** Options of `startLocalBotApi`. */
export interface LocalBotApiOptions {
  /** 0 (default) takes any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Global sends per second per bot (default 30). */
  globalRatePerSecond?: number;
  /** true (default): realistic 429s; false: none (benchmarks); or custom limits. */
  floodLimits?: boolean | Partial<FloodLimitConfig>;
  /** Webhook delivery timing (defaults: 10 s answer timeout, retries from 100 ms doubling to 5 s). */
  webhook?: Partial<WebhookTiming>;
  /** Default timeout of the user face's waits (5 s). */
  defaultTimeoutMs?: number;
  /** Recorded Bot API calls kept in memory (default 20,000). */
  maxRecordedCalls?: number;
  /** Messages kept per chat (default 2,000); older ones are forgotten. */
  maxMessagesPerChat?: number;
  /** Clock in ms, for message dates (default Date.now); `advanceClock` moves the server ahead of it. */
  now?: () => number;
}

/** Everything a method or a user action needs, passed explicitly (no module state). */
export class Core {
  readonly state: LocalState;
  readonly limiter: FloodLimiter;
  readonly faults: Faults;
  readonly defaultTimeoutMs: number;
  /** Aborted by stop(): pending waits reject, long polls end. */
  readonly stopped = new AbortController();
  private readonly clock: () => number;
  private clockOffsetMs = 0;
  /** The server's clock in ms: the `now` option plus every `advanceClock`. */
  readonly now = (): number => this.clock() + this.clockOffsetMs;
  private readonly webhookTiming: WebhookTiming;

  constructor(
    options: LocalBotApiOptions,
    /** Executes a method call the bot returned as its webhook reply. */
    private readonly onWebhookReply: (bot: BotRecord, body: Record<string, unknown>) => void,
  ) {
    this.clock = options.now ?? Date.now;
    // Every request still waiting (a long poll, an inline answer) listens for the stop: dozens at
    // once under load is normal, not a leak.
    setMaxListeners(0, this.stopped.signal);
    const limits = typeof options.floodLimits === "object" ? options.floodLimits : {};
    this.limiter = new FloodLimiter(options.floodLimits !== false, {
      privateChat: { ...DEFAULT_FLOOD_LIMITS.privateChat, ...limits.privateChat },
      group: { ...DEFAULT_FLOOD_LIMITS.group, ...limits.group },
      globalPerSecond: options.globalRatePerSecond ?? limits.globalPerSecond ?? DEFAULT_FLOOD_LIMITS.globalPerSecond,
      chatActionsCount: limits.chatActionsCount ?? false,
    });
    this.faults = new Faults(this.limiter);
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 5_000;
    this.webhookTiming = { timeoutMs: 10_000, retryInitialMs: 100, retryMaxMs: 5_000, ...options.webhook };
    this.state = new LocalState({
      now: this.now,
      maxMessagesPerChat: options.maxMessagesPerChat ?? 2_000,
      maxRecordedCalls: options.maxRecordedCalls ?? 20_000,
      createFeed: (bot) =>
        new UpdateFeed(this.webhookTiming, {
          now: this.now,
          onReply: (body) => this.onWebhookReply(bot, body),
          onLongPoll: () => this.state.signals.emit(topics.longPoll(bot.id)),
        }),
    });
  }

  /**
   * Moves the server's clock forward (never back, so dates stay ordered). What reads the clock
   * sees the jump: message dates, edit ages, flood-limit refills, recorded call times. Timers
   * (wait timeouts, long polls, webhook retries) keep running in real time.
   */
  advanceClock(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`advanceClock takes a duration of 0 ms or more, not ${ms}`);
    this.clockOffsetMs += ms;
    return this.now();
  }

  stop(): void {
    this.stopped.abort();
    for (const bot of this.state.bots.values()) bot.feed.stop();
  }
}
