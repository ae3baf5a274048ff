import type { Bot } from "grammy";
import { BackgroundJobs } from "./app/background-jobs.js";
import { recentErrors } from "./app/base.js";
import { createAppBot, sendBudget, startBot } from "./app/bot.js";
import { appHttpServer, scrapeSources } from "./app/http.js";
import { openStores } from "./app/stores.js";
import { UpdateSource } from "./app/update-source.js";
import type { BotContext } from "./bot/context.js";
import { createI18n } from "./bot/i18n.js";
import type { Config } from "./config/index.js";
import { configSecrets, createLogger, type Logger } from "./config/logger.js";
import type { Database } from "./db/client.js";
import type { ReadModel } from "./domain/read-model.js";
import { type Clock, systemClock } from "./lib/clock.js";
import { BotMetrics } from "./server/metrics.js";

export { ALLOWED_UPDATES } from "./app/update-source.js";

/** How long stop() waits for updates already being handled. */
const DRAIN_TIMEOUT_MS = 15_000;

export interface AppDeps {
  logger?: Logger;
  clock?: Clock;
  /** An open database to use instead of opening one from the config; the caller closes it. */
  database?: Database;
  /** How long stop() waits for updates in flight before handing them over (default 15 s). */
  drainTimeoutMs?: number;
  /** How often an idle broadcast sender looks for work (default 1 s; tests shorten it). */
  senderPollMs?: number;
  /** Interface the HTTP server binds to (default all). */
  host?: string;
  /**
   * Count the database statements (opened database only) and report the count on GET /healthz as
   * `queries` (webhook mode). For the benchmarks: main.ts sets it from BENCH_COUNT_QUERIES=1.
   */
  countQueries?: boolean;
  /**
   * Called when polling stops for good: Telegram refused it (401 token revoked, 409 another
   * process polls with the same token) or retries ran out. The process should not linger then.
   */
  onPollingFailed?: (err: unknown) => void;
  /**
   * A stop asked for while starting. It ends the one wait that can last a minute, for a PostgreSQL
   * server not reachable yet: startApp then rejects with an AbortError. Other steps finish first.
   */
  signal?: AbortSignal;
}

export interface App {
  bot: Bot<BotContext>;
  database: Database;
  /** What fans read, in memory; also the FanStore for writes that fans must see at once. */
  readModel: ReadModel;
  /** The port the HTTP server listens on (webhook mode, or polling with HTTP_PORT). */
  port: number | undefined;
  /** Stops taking updates, lets the ones in flight finish, then closes what startApp opened. */
  stop(): Promise<void>;
}

/**
 * Starts the bot: the stores, then the bot, the HTTP server, the update source and the background
 * jobs, each of which src/app/ makes. Parts are made before any starts, so each is handed the
 * parts it reads; a start that fails stops what did start.
 */
export async function startApp(config: Config, deps: AppDeps = {}): Promise<App> {
  const logger = deps.logger ?? createLogger({ level: config.logLevel, secrets: configSecrets(config) });
  const clock = deps.clock ?? systemClock;
  const base = { config, logger, clock, i18n: createI18n(), errors: recentErrors(config, clock) };
  // Scraped only through the HTTP server, so only made with it.
  const metrics = config.http ? new BotMetrics() : undefined;
  const stores = await openStores({
    ...base,
    database: deps.database,
    countQueries: deps.countQueries,
    onQuery: metrics?.query,
    signal: deps.signal,
  });
  // Making the parts only wires them together; starting them is what can fail.
  const budget = sendBudget(config, logger, metrics);
  const updates = new UpdateSource({ ...base, stores, onFailed: deps.onPollingFailed });
  const jobs = new BackgroundJobs({ ...base, stores, budget, updates, metrics, senderPollMs: deps.senderPollMs });
  const leading = () => jobs.leading();
  const bot = createAppBot({ ...base, stores, budget, updates, metrics, leading });
  metrics?.scrapeFrom(scrapeSources({ stores, clock, budget, updates, leading }));
  const http = appHttpServer({ ...base, stores, bot, updates, metrics, host: deps.host });

  const stop = async () => {
    logger.info({ inFlight: updates.inFlight.size }, "stopping: no new updates; finishing the ones in flight");
    await updates.stopTaking();
    // In webhook mode this is what stops the updates.
    await http?.close();
    await jobs.stop();
    await updates.finish(budget, deps.drainTimeoutMs ?? DRAIN_TIMEOUT_MS);
    await stores.stop();
    logger.info("stopped");
  };
  try {
    await startBot(bot, { ...base, stores });
    // Listening before the webhook is set, so Telegram's first delivery finds the server.
    const port = await http?.listen();
    await updates.start(bot);
    await jobs.start(bot);
    let stopping: Promise<void> | undefined;
    return { bot, database: stores.database, readModel: stores.readModel, port, stop: () => (stopping ??= stop()) };
  } catch (err) {
    // A start that fails leaves nothing running.
    await jobs.stop().catch(() => {});
    await updates.stopTaking().catch(() => {});
    await http?.close().catch(() => {});
    await stores.stop().catch(() => {});
    throw err;
  }
}
