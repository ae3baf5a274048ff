import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import { createBot, setCommands } from "../bot/create-bot.js";
import { SendBudget } from "../bot/outgoing/send-budget.js";
import type { Config } from "../config/index.js";
import type { Logger } from "../config/logger.js";
import { countPendingDeliveries } from "../domain/broadcasts.js";
import { packageVersion } from "../lib/version.js";
import type { BotMetrics } from "../server/metrics.js";
import type { AppBase } from "./base.js";
import type { Stores } from "./stores.js";
import type { UpdateSource } from "./update-source.js";

/** The process's one outgoing budget, shared by the replies and the broadcast sender. */
export function sendBudget(config: Config, logger: Logger, metrics: BotMetrics | undefined): SendBudget {
  return new SendBudget({
    // Paid broadcasts may go faster than Telegram's free global limit.
    globalPerSecond: config.broadcast.paid ? Math.max(config.telegramGlobalRate, config.broadcast.rate) : config.telegramGlobalRate,
    chatActionsPerSecond: config.chatActionRate,
    onFlood: (chatId, retryAfterMs, scope) => {
      logger.warn({ chatId, retryAfterMs, scope }, "Telegram asked to slow down (429)");
      metrics?.flood(retryAfterMs, scope);
    },
  });
}

export interface AppBotOptions extends AppBase {
  stores: Stores;
  budget: SendBudget;
  /** Its counter of updates in flight, and its inbox in webhook mode. */
  updates: UpdateSource;
  metrics?: BotMetrics;
  /** Whether this instance runs the broadcast sender (for /status). */
  leading(): boolean;
}

/** The bot with everything the app gives it: the stores, the budget, the update source's counters, operations. */
export function createAppBot(opts: AppBotOptions): Bot<BotContext> {
  const { config, stores, budget, clock, metrics, errors } = opts;
  const { database } = stores;
  const startedAt = performance.now();
  return createBot({
    token: config.botToken,
    apiRoot: config.botApiRoot,
    db: database.db,
    readModel: stores.readModel,
    chats: stores.chats,
    medalCards: stores.medalCards,
    config: {
      displayTz: config.displayTz,
      broadcastRate: config.broadcast.rate,
      alertDelaySec: config.alertDelaySec,
      publicUrl: config.publicUrl,
    },
    logger: opts.logger,
    clock,
    i18n: opts.i18n,
    budget,
    ping: () => database.ping(),
    serialize: (key, fn) => database.serialize(key, fn),
    inFlight: opts.updates.inFlight,
    ...(config.webhook ? { inbox: opts.updates.inbox } : {}),
    ops: {
      ...(metrics ? { updates: metrics.updateHandled, calls: metrics.apiCall } : {}),
      onFailure: (err) => errors.record("update", err),
      status: async () => ({
        version: packageVersion(),
        uptimeSec: (performance.now() - startedAt) / 1000,
        mode: config.mode,
        database: database.kind,
        leader: opts.leading(),
        queueDepth: budget.pending,
        pendingDeliveries: await countPendingDeliveries(database.db, clock()).then(
          (n) => n.pending,
          () => null,
        ),
        errors: errors.list(),
      }),
    },
  });
}

/** Asks Telegram who the bot is (getMe) and sets its command menu in the background. */
export async function startBot(bot: Bot<BotContext>, opts: AppBase & { stores: Stores }): Promise<void> {
  const { logger } = opts;
  await bot.init();
  logger.info({ username: bot.botInfo.username, mode: opts.config.mode }, "bot starting");
  if (!bot.botInfo.supports_inline_queries) {
    logger.warn("inline mode is off for this bot: fans' @bot queries and the Share buttons need it (@BotFather: /setinline)");
  }
  // In the background: a slow or failing Bot API must not hold up answering fans.
  void setCommands(bot, opts.i18n, opts.stores.database.db).then(
    () => logger.debug("command menu set"),
    (err: unknown) => logger.warn({ err }, "could not set the command menu; continuing without it"),
  );
}
