import { Api, type Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import { outgoingTransformer } from "../bot/outgoing/api-transformer.js";
import type { SendBudget } from "../bot/outgoing/send-budget.js";
import { runBroadcastSender } from "../jobs/broadcast-sender.js";
import { startCountdownCron } from "../jobs/countdown-cron.js";
import { startInboxSweeper } from "../jobs/inbox-sweeper.js";
import { runWhileLeader } from "../jobs/leader.js";
import type { BotMetrics } from "../server/metrics.js";
import type { AppBase } from "./base.js";
import type { Stores } from "./stores.js";
import type { UpdateSource } from "./update-source.js";

/** Arbitrary app-wide key for the sender's advisory lock: "olympic-bot sender". */
const SENDER_LOCK_KEY = 720_720_251;
/** Sends in flight at once: what a hard crash may repeat. Paid broadcasts need more to reach their rate. */
const SENDER_CONCURRENCY = 4;
const PAID_SENDER_CONCURRENCY = 64;

export interface BackgroundJobsOptions extends AppBase {
  stores: Stores;
  /** The process's one outgoing budget: broadcasts go through its broadcast lane. */
  budget: SendBudget;
  /** Its inbox holds the updates an instance claimed or handed over and never finished. */
  updates: UpdateSource;
  metrics?: BotMetrics;
  /** How often an idle sender looks for work (default 1 s). */
  senderPollMs?: number;
}

type Stoppable = { stop(): Promise<void> };

/**
 * What runs beside the updates: the inbox sweeper, the broadcast sender (on the one instance that
 * holds its lock) and the countdown cron. Made before the bot, whose /status asks leading(), and
 * started with it, whose handling the sweeper uses.
 */
export class BackgroundJobs {
  private sweeper: Stoppable | undefined;
  private sender: (Stoppable & { leading(): boolean }) | undefined;
  private countdownCron: Stoppable | undefined;

  constructor(private readonly opts: BackgroundJobsOptions) {}

  /** Whether this instance runs the deployment's broadcast sender now. */
  leading(): boolean {
    return this.sender?.leading() ?? false;
  }

  async start(bot: Bot<BotContext>): Promise<void> {
    const { config, stores, clock, logger } = this.opts;
    const { database } = stores;
    const { inbox } = this.opts.updates;
    // Updates an instance claimed (webhook) or handed over at a stop (either mode) and never
    // finished: handled here, once.
    this.sweeper = startInboxSweeper({
      db: database.db,
      logger,
      leaseMs: inbox.leaseMs,
      clock,
      handle: (update) => {
        inbox.markRecovered(update);
        return bot.handleUpdate(update);
      },
    });
    const api = new Api(config.botToken, { apiRoot: config.botApiRoot });
    api.config.use(outgoingTransformer(this.opts.budget, "broadcast", this.opts.metrics?.apiCall));
    this.sender = runWhileLeader({
      name: "broadcast sender",
      logger,
      tryLock: () => database.tryLeaderLock(SENDER_LOCK_KEY),
      onError: (err) => this.opts.errors.record("sender", err),
      work: (signal) => this.sendBroadcasts(api, bot.botInfo.id, signal),
    });
    this.countdownCron = await startCountdownCron({
      db: database.db,
      logger: logger.child({ job: "countdown" }),
      clock,
      expression: config.countdownCron,
      displayTz: config.displayTz,
    });
  }

  async stop(): Promise<void> {
    await this.sweeper?.stop();
    await this.countdownCron?.stop();
    // Sends in flight finish; the rest of the sender's batch goes back to pending.
    await this.sender?.stop();
  }

  private async sendBroadcasts(api: Api, botId: number, signal: AbortSignal): Promise<void> {
    const { config, metrics, stores } = this.opts;
    // The fonts are read when the sender first starts; without them a medal alert goes as text.
    const medalCards = (await stores.medalCards.ready()) ? stores.medalCards : undefined;
    return runBroadcastSender(
      {
        db: this.opts.stores.database.db,
        readModel: this.opts.stores.readModel,
        api,
        botId,
        i18n: this.opts.i18n,
        settings: { displayTz: config.displayTz },
        clock: this.opts.clock,
        logger: this.opts.logger.child({ job: "broadcast-sender" }),
        ratePerSecond: config.broadcast.rate,
        concurrency: config.broadcast.paid ? PAID_SENDER_CONCURRENCY : SENDER_CONCURRENCY,
        paid: config.broadcast.paid,
        ...(this.opts.senderPollMs !== undefined ? { pollMs: this.opts.senderPollMs } : {}),
        ...(metrics ? { onDelivery: metrics.delivery } : {}),
        ...(medalCards ? { medalCards } : {}),
      },
      signal,
    );
  }
}
