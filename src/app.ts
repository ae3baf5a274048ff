import { run } from "@grammyjs/runner";
import { Api, type Bot, webhookCallback } from "grammy";
import type { BotContext } from "./bot/context.js";
import { createBot, setCommands } from "./bot/create-bot.js";
import { createI18n } from "./bot/i18n.js";
import { InFlight } from "./bot/middlewares/in-flight.js";
import { SINGLE_PROCESS_CLAIM_AFTER_MS, UpdateInbox } from "./bot/middlewares/update-inbox.js";
import { outgoingTransformer } from "./bot/outgoing/api-transformer.js";
import { SendBudget } from "./bot/outgoing/send-budget.js";
import type { RecentError } from "./bot/views/status.js";
import type { Config } from "./config/index.js";
import { configSecrets, createLogger, type Logger, redactSecrets } from "./config/logger.js";
import { type Database, openDatabase } from "./db/client.js";
import { countChatsSeenSince } from "./domain/activity.js";
import { countPendingDeliveries } from "./domain/broadcasts.js";
import { ChatDirectory } from "./domain/chat-directory.js";
import { countConversations } from "./domain/conversation-state.js";
import { ReadModel } from "./domain/read-model.js";
import { ensureOwners } from "./domain/staff.js";
import { handOverUpdates } from "./domain/update-inbox.js";
import { runBroadcastSender } from "./jobs/broadcast-sender.js";
import { startCountdownCron } from "./jobs/countdown-cron.js";
import { startInboxSweeper } from "./jobs/inbox-sweeper.js";
import { runWhileLeader } from "./jobs/leader.js";
import { type Clock, systemClock } from "./lib/clock.js";
import { RecentErrors } from "./lib/recent-errors.js";
import { packageVersion } from "./lib/version.js";
import { calendarFeedRoute } from "./server/calendar-feed.js";
import type { UpdateSourceState } from "./server/health.js";
import { createHttpServer } from "./server/http.js";
import { BotMetrics } from "./server/metrics.js";
import { metricsRoute } from "./server/metrics-route.js";

/** The updates the bot handles; everything else Telegram keeps to itself. */
export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member", "inline_query", "chosen_inline_result"] as const;

/** Arbitrary app-wide key for the sender's advisory lock: "olympic-bot sender". */
const SENDER_LOCK_KEY = 720_720_251;
/** Sends in flight at once: what a hard crash may repeat. Paid broadcasts need more to reach their rate. */
const SENDER_CONCURRENCY = 4;
const PAID_SENDER_CONCURRENCY = 64;

/** How long stop() then waits for sends no update is waiting for. */
const IDLE_TIMEOUT_MS = 3_000;
/** How long stop() waits for updates already being handled. */
const DRAIN_TIMEOUT_MS = 15_000;
/**
 * A webhook request is answered after this long even if its update is still being handled (a
 * reply held back by a 429): the handler carries on, and the update's claim in the inbox makes a
 * redelivery, should Telegram have stopped waiting sooner, a no-op rather than a second answer.
 */
const WEBHOOK_ANSWER_MS = 20_000;
/** How many of the latest errors an owner's /status lists. */
const RECENT_ERRORS = 10;

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

export async function startApp(config: Config, deps: AppDeps = {}): Promise<App> {
  const logger = deps.logger ?? createLogger({ level: config.logLevel, secrets: configSecrets(config) });
  const clock = deps.clock ?? systemClock;
  const ownsDatabase = deps.database === undefined;
  const database =
    deps.database ??
    (await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, logger, countQueries: deps.countQueries, clock }));

  const startedAt = performance.now();
  const secrets = configSecrets(config);
  const recentErrors = new RecentErrors<RecentError["source"]>({
    size: RECENT_ERRORS,
    scrub: (text) => redactSecrets(text, secrets),
    now: clock,
  });
  let updates: UpdateSourceState = "starting";
  // Set as what they read is made.
  let leading: () => boolean = () => false;
  let queueDepth: () => number = () => 0;
  // Scraped only through the HTTP server, so only made with it; its sources are read at scrape time.
  const metrics = config.http
    ? new BotMetrics({
        queueDepth: () => queueDepth(),
        leading: () => leading(),
        pendingDeliveries: () => countPendingDeliveries(database.db, clock()),
        conversations: () => countConversations(database.db),
        chatsLastHour: () => countChatsSeenSince(database.db, new Date(clock().getTime() - 3_600_000)),
        ready: async () => updates === "running" && (await database.ping()),
      })
    : undefined;
  const unobserveQueries = metrics ? database.observeQueries(metrics.query) : () => {};

  try {
    await ensureOwners(database.db, config.ownerIds, clock());
    const inFlight = new InFlight();
    const i18n = createI18n();
    const budget = new SendBudget({
      // Paid broadcasts may go faster than Telegram's free global limit.
      globalPerSecond: config.broadcast.paid ? Math.max(config.telegramGlobalRate, config.broadcast.rate) : config.telegramGlobalRate,
      onFlood: (chatId, retryAfterMs, scope) => {
        logger.warn({ chatId, retryAfterMs, scope }, "Telegram asked to slow down (429)");
        metrics?.flood(retryAfterMs, scope);
      },
    });
    queueDepth = () => budget.pending;
    const inbox = new UpdateInbox({
      db: database.db,
      logger,
      // PGlite serves one process: no other instance can be handed the same update.
      ...(database.kind === "pglite" ? { claimAfterMs: SINGLE_PROCESS_CLAIM_AFTER_MS } : {}),
    });
    const readModel = new ReadModel({
      db: database.db,
      listen: (channel, onNotify, onListen) => database.listen(channel, onNotify, onListen),
      onError: (err, what) => logger.warn({ err }, what),
    });
    await readModel.start();
    // Read before the first update, so no fan waits for it.
    await readModel.current();
    const chats = new ChatDirectory({
      db: database.db,
      listen: (channel, onNotify, onListen) => database.listen(channel, onNotify, onListen),
      flushEveryMs: config.chatWriteBehindMs,
      onError: (err, what) => logger.warn({ err }, what),
    });
    await chats.start();
    const bot = createBot({
      token: config.botToken,
      apiRoot: config.botApiRoot,
      db: database.db,
      readModel,
      chats,
      config: {
        displayTz: config.displayTz,
        broadcastRate: config.broadcast.rate,
        alertDelaySec: config.alertDelaySec,
        publicUrl: config.publicUrl,
      },
      logger,
      clock,
      i18n,
      budget,
      ping: () => database.ping(),
      serialize: (key, fn) => database.serialize(key, fn),
      inFlight,
      ...(config.webhook ? { inbox } : {}),
      ops: {
        ...(metrics ? { updates: metrics.updateHandled, calls: metrics.apiCall } : {}),
        onFailure: (err) => recentErrors.record("update", err),
        status: async () => ({
          version: packageVersion(),
          uptimeSec: (performance.now() - startedAt) / 1000,
          mode: config.mode,
          database: database.kind,
          leader: leading(),
          queueDepth: budget.pending,
          pendingDeliveries: await countPendingDeliveries(database.db, clock()).then(
            (n) => n.pending,
            () => null,
          ),
          errors: recentErrors.list(),
        }),
      },
    });
    await bot.init();
    logger.info({ username: bot.botInfo.username, mode: config.mode }, "bot starting");
    if (!bot.botInfo.supports_inline_queries) {
      logger.warn("inline mode is off for this bot: fans' @bot queries and the Share buttons need it (@BotFather: /setinline)");
    }
    // In the background: a slow or failing Bot API must not hold up answering fans.
    void setCommands(bot, i18n, database.db).then(
      () => logger.debug("command menu set"),
      (err: unknown) => logger.warn({ err }, "could not set the command menu; continuing without it"),
    );

    const http = config.http
      ? createHttpServer({
          ...(config.webhook ? { webhook: { path: config.webhook.path, handler: webhookHandler(bot, config.webhook.secret) } } : {}),
          routes: [
            ...(metrics ? [metricsRoute({ render: () => metrics.render(), token: config.metricsToken })] : []),
            calendarFeedRoute({ current: () => readModel.current(), i18n, clock, displayTz: config.displayTz }),
          ],
          health: {
            mode: config.mode,
            updates: () => updates,
            ping: () => database.ping(),
            ...(database.queryCount ? { queryCount: database.queryCount } : {}),
          },
          logger,
        })
      : undefined;
    // Listening before the webhook is set, so Telegram's first delivery finds the server.
    const port = http && config.http ? await http.listen(config.http.port, deps.host) : undefined;
    if (http) logger.info({ port, ...(config.webhook ? { path: config.webhook.path } : {}) }, "HTTP server listening");
    let stopUpdates: UpdateSource;
    try {
      stopUpdates = config.webhook
        ? await startWebhook(bot, config.webhook, logger)
        : await startPolling(
            bot,
            logger,
            (err) => {
              updates = "failed";
              recentErrors.record("polling", err);
              deps.onPollingFailed?.(err);
            },
            inFlight,
          );
      if (updates === "starting") updates = "running";
    } catch (err) {
      await http?.close();
      throw err;
    }
    // Updates an instance claimed (webhook) or handed over at a stop (either mode) and never
    // finished: handled here, once.
    const sweeper = startInboxSweeper({
      db: database.db,
      logger,
      leaseMs: inbox.leaseMs,
      clock,
      handle: (update) => {
        inbox.markRecovered(update);
        return bot.handleUpdate(update);
      },
    });

    // The one broadcast sender of the deployment, on whichever instance holds the lock.
    const senderApi = new Api(config.botToken, { apiRoot: config.botApiRoot });
    senderApi.config.use(outgoingTransformer(budget, "broadcast", metrics?.apiCall));
    const sender = runWhileLeader({
      name: "broadcast sender",
      logger,
      tryLock: () => database.tryLeaderLock(SENDER_LOCK_KEY),
      onError: (err) => recentErrors.record("sender", err),
      work: (signal) =>
        runBroadcastSender(
          {
            db: database.db,
            readModel,
            api: senderApi,
            i18n,
            settings: { displayTz: config.displayTz },
            clock,
            logger: logger.child({ job: "broadcast-sender" }),
            ratePerSecond: config.broadcast.rate,
            concurrency: config.broadcast.paid ? PAID_SENDER_CONCURRENCY : SENDER_CONCURRENCY,
            paid: config.broadcast.paid,
            ...(deps.senderPollMs !== undefined ? { pollMs: deps.senderPollMs } : {}),
            ...(metrics ? { onDelivery: metrics.delivery } : {}),
          },
          signal,
        ),
    });

    leading = () => sender.leading();

    const countdownCron = await startCountdownCron({
      db: database.db,
      logger: logger.child({ job: "countdown" }),
      clock,
      expression: config.countdownCron,
      displayTz: config.displayTz,
    });

    let stopping: Promise<void> | undefined;
    return {
      bot,
      database,
      readModel,
      port,
      stop: () =>
        (stopping ??= (async () => {
          logger.info({ inFlight: inFlight.size }, "stopping: no new updates; finishing the ones in flight");
          if (updates !== "failed") updates = "stopping";
          await stopUpdates.stop();
          // In webhook mode this is what stops the updates.
          await http?.close();
          await sweeper.stop();
          await countdownCron.stop();
          // Sends in flight finish; the rest of the sender's batch goes back to pending.
          await sender.stop();
          if (await inFlight.drain(deps.drainTimeoutMs ?? DRAIN_TIMEOUT_MS)) {
            await stopUpdates.confirmHandled?.();
            // Sends no update waits for (the command menu, "typing"): a moment to go out.
            await Promise.race([budget.idle(), new Promise((resolve) => setTimeout(resolve, IDLE_TIMEOUT_MS).unref())]);
          } else {
            logger.warn(
              { inFlight: inFlight.size, queuedSends: budget.pending },
              "gave up waiting for updates in flight; handing them over",
            );
            await handOverUpdates(database.db, inFlight.unfinished()).catch((err: unknown) =>
              logger.error({ err }, "could not hand over the unfinished updates"),
            );
            // Handed over: this instance must not answer them after all.
            budget.close(new Error("the bot stopped before this could be sent; the next start handles its update"));
          }
          // Every update has been handled (or handed over): what they saw of their chats is written.
          await chats
            .stop()
            .catch((err: unknown) => logger.error({ err, chats: chats.waiting }, "could not write the chats' last-seen times"));
          await readModel.stop();
          unobserveQueries();
          if (ownsDatabase) await database.close();
          logger.info("stopped");
        })()),
    };
  } catch (err) {
    unobserveQueries();
    if (ownsDatabase) await database.close().catch(() => {});
    throw err;
  }
}

interface UpdateSource {
  stop(): Promise<void>;
  /** After stop() and once every update taken has been handled: tells Telegram not to send them again. */
  confirmHandled?(): Promise<void>;
}

/** How long the final confirming getUpdates may take on stop. */
const CONFIRM_TIMEOUT_MS = 5_000;

async function startPolling(
  bot: Bot<BotContext>,
  logger: Logger,
  onFailed: ((err: unknown) => void) | undefined,
  inFlight: InFlight,
): Promise<UpdateSource> {
  // getUpdates fails while a webhook is set; keep pending updates (drop nothing).
  await bot.api.deleteWebhook({ drop_pending_updates: false }).catch((err: unknown) => {
    logger.warn({ err }, "deleteWebhook failed; polling may be refused while a webhook is set");
  });
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  runner.task()?.catch((err: unknown) => {
    logger.fatal({ err }, "polling stopped with an error");
    onFailed?.(err);
  });
  return {
    stop: async () => {
      if (runner.isRunning()) await runner.stop();
    },
    // Telegram forgets updates once getUpdates is called with a higher offset. The runner sends
    // that offset with its next long poll, which stop() may abort before it goes out: without this
    // call the last batch, already answered, would be delivered again to the next start.
    confirmHandled: async () => {
      const last = inFlight.lastUpdateId;
      if (last === undefined) return;
      // grammY types its signal with the abort-controller shim; Node's own AbortSignal works the same.
      const signal = AbortSignal.timeout(CONFIRM_TIMEOUT_MS) as Parameters<typeof bot.api.getUpdates>[1];
      await bot.api.getUpdates({ offset: last + 1, limit: 1, timeout: 0, allowed_updates: [...ALLOWED_UPDATES] }, signal).then(
        () => logger.debug({ offset: last + 1 }, "handled updates confirmed"),
        (err: unknown) => logger.warn({ err }, "could not confirm the handled updates; the next start may get some again"),
      );
    },
  };
}

function webhookHandler(bot: Bot<BotContext>, secretToken: string) {
  return webhookCallback(bot, "http", { secretToken, onTimeout: "return", timeoutMilliseconds: WEBHOOK_ANSWER_MS });
}

async function startWebhook(bot: Bot<BotContext>, webhook: NonNullable<Config["webhook"]>, logger: Logger): Promise<UpdateSource> {
  await bot.api.setWebhook(webhook.url, {
    secret_token: webhook.secret,
    allowed_updates: [...ALLOWED_UPDATES],
    drop_pending_updates: false,
  });
  logger.info({ path: webhook.path }, "webhook set");
  // The webhook stays registered on stop: updates wait at Telegram for the next instance.
  return { stop: async () => {} };
}
