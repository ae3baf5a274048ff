import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { SendBudget } from "../bot/outgoing/send-budget.js";
import { countChatsSeenSince } from "../domain/activity.js";
import { countPendingDeliveries } from "../domain/broadcasts.js";
import { countConversations } from "../domain/conversation-state.js";
import type { Clock } from "../lib/clock.js";
import { calendarFeedRoute } from "../server/calendar-feed.js";
import { createHttpServer } from "../server/http.js";
import type { BotMetrics, ScrapeSources } from "../server/metrics.js";
import { metricsRoute } from "../server/metrics-route.js";
import type { AppBase } from "./base.js";
import type { Stores } from "./stores.js";
import { type UpdateSource, webhookHandler } from "./update-source.js";

export interface AppHttpOptions extends AppBase {
  stores: Stores;
  /** Webhook mode: where the webhook's updates go. */
  bot: Bot<BotContext>;
  updates: UpdateSource;
  metrics?: BotMetrics;
  /** Interface to bind to (default all). */
  host?: string;
}

export interface AppHttp {
  /** Resolves with the port bound. */
  listen(): Promise<number>;
  /** Stops accepting requests (in webhook mode: updates) and waits for those in flight. */
  close(): Promise<void>;
}

/**
 * The HTTP server, when the config has one (webhook mode, or HTTP_PORT): health checks, metrics,
 * the calendar feeds and, in webhook mode, the webhook.
 */
export function appHttpServer(opts: AppHttpOptions): AppHttp | undefined {
  const { config, logger, metrics } = opts;
  const { database, readModel } = opts.stores;
  if (!config.http) return undefined;
  const { port } = config.http;
  const server = createHttpServer({
    ...(config.webhook ? { webhook: { path: config.webhook.path, handler: webhookHandler(opts.bot, config.webhook.secret) } } : {}),
    routes: [
      ...(metrics ? [metricsRoute({ render: () => metrics.render(), token: config.metricsToken })] : []),
      calendarFeedRoute({ current: () => readModel.current(), i18n: opts.i18n, clock: opts.clock, displayTz: config.displayTz }),
    ],
    health: {
      mode: config.mode,
      updates: () => opts.updates.state,
      ping: () => database.ping(),
      ...(database.queryCount ? { queryCount: database.queryCount } : {}),
    },
    logger,
  });
  return {
    listen: async () => {
      const bound = await server.listen(port, opts.host);
      logger.info({ port: bound, ...(config.webhook ? { path: config.webhook.path } : {}) }, "HTTP server listening");
      return bound;
    },
    close: () => server.close(),
  };
}

/** What the metrics read when Prometheus scrapes, from the parts that know it. */
export function scrapeSources(parts: {
  stores: Stores;
  clock: Clock;
  budget: SendBudget;
  updates: UpdateSource;
  leading(): boolean;
}): ScrapeSources {
  const { clock } = parts;
  const { database } = parts.stores;
  return {
    queueDepth: () => parts.budget.pending,
    leading: () => parts.leading(),
    pendingDeliveries: () => countPendingDeliveries(database.db, clock()),
    conversations: () => countConversations(database.db),
    chatsLastHour: () => countChatsSeenSince(database.db, new Date(clock().getTime() - 3_600_000)),
    ready: async () => parts.updates.state === "running" && (await database.ping()),
  };
}
