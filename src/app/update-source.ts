import type { IncomingMessage, ServerResponse } from "node:http";
import { run } from "@grammyjs/runner";
import { type Bot, webhookCallback } from "grammy";
import type { BotContext } from "../bot/context.js";
import { InFlight } from "../bot/middlewares/in-flight.js";
import { SINGLE_PROCESS_CLAIM_AFTER_MS, UpdateInbox } from "../bot/middlewares/update-inbox.js";
import { NotSentError, type SendBudget } from "../bot/outgoing/send-budget.js";
import type { Config } from "../config/index.js";
import type { Logger } from "../config/logger.js";
import { handOverUpdates } from "../domain/update-inbox.js";
import type { UpdateSourceState } from "../server/health.js";
import { cappedHttpAdapter } from "../server/webhook-body.js";
import type { AppBase } from "./base.js";
import type { Stores } from "./stores.js";

/** The updates the bot handles; everything else Telegram keeps to itself. */
export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member", "inline_query", "chosen_inline_result"] as const;

/** How long finish() then waits for sends no update is waiting for. */
const IDLE_TIMEOUT_MS = 3_000;
/** How long the final confirming getUpdates may take on stop. */
const CONFIRM_TIMEOUT_MS = 5_000;
/**
 * A webhook request is answered after this long even if its update is still being handled (a
 * reply held back by a 429): the handler carries on, and the update's claim in the inbox makes a
 * redelivery, should Telegram have stopped waiting sooner, a no-op rather than a second answer.
 */
const WEBHOOK_ANSWER_MS = 20_000;

export interface UpdateSourceOptions extends AppBase {
  stores: Stores;
  /** Polling stopped for good: Telegram refused it (401, 409) or retries ran out. */
  onFailed?: (err: unknown) => void;
}

/** What start() leaves running: polling, or a webhook that only the HTTP server's close stops. */
interface Taking {
  stop(): Promise<void>;
  /** After stop() and once every update taken has been handled: tells Telegram not to send them again. */
  confirmHandled?(): Promise<void>;
}

/**
 * Where updates come from (the polling runner, or Telegram's webhook through the HTTP server) and
 * what became of those taken: the bot counts them in `inFlight` and, in webhook mode, claims each
 * in the database `inbox`, so that a stop can let them finish or hand them to the next start.
 */
export class UpdateSource {
  readonly inFlight = new InFlight();
  /** Webhook updates claimed, and updates handed over at a stop (either mode). */
  readonly inbox: UpdateInbox;
  private current: UpdateSourceState = "starting";
  private taking: Taking | undefined;

  constructor(private readonly opts: UpdateSourceOptions) {
    const { database } = opts.stores;
    this.inbox = new UpdateInbox({
      db: database.db,
      logger: opts.logger,
      // PGlite serves one process: no other instance can be handed the same update.
      ...(database.kind === "pglite" ? { claimAfterMs: SINGLE_PROCESS_CLAIM_AFTER_MS } : {}),
    });
  }

  /** What /healthz, /readyz and the ready metric report. */
  get state(): UpdateSourceState {
    return this.current;
  }

  /** Starts taking updates for `bot`. In webhook mode the HTTP server must be listening already. */
  async start(bot: Bot<BotContext>): Promise<void> {
    const { config, logger } = this.opts;
    this.taking = config.webhook
      ? await startWebhook(bot, config.webhook, logger)
      : await startPolling(bot, logger, this.inFlight, (err) => {
          this.current = "failed";
          this.opts.errors.record("polling", err);
          this.opts.onFailed?.(err);
        });
    if (this.current === "starting") this.current = "running";
  }

  /** Takes no more updates (in webhook mode, closing the HTTP server is what stops them). */
  async stopTaking(): Promise<void> {
    if (this.current !== "failed") this.current = "stopping";
    await this.taking?.stop();
  }

  /**
   * Lets the updates taken finish, up to `timeoutMs`, then tells Telegram they are handled and
   * gives sends no update waits for (the command menu, "typing") a moment. Updates still running
   * then are handed over to the next start, and this instance must not answer them after all;
   * except those part of whose answer went out already: handled again, they would answer twice.
   */
  async finish(budget: SendBudget, timeoutMs: number): Promise<void> {
    if (await this.inFlight.drain(timeoutMs)) {
      await this.taking?.confirmHandled?.();
      await Promise.race([budget.idle(), new Promise((resolve) => setTimeout(resolve, IDLE_TIMEOUT_MS).unref())]);
      return;
    }
    const { stores, logger } = this.opts;
    logger.warn({ inFlight: this.inFlight.size, queuedSends: budget.pending }, "gave up waiting for updates in flight; handing them over");
    // At once: a reply that went out while the hand-over is written would go out again from the next start.
    budget.close(new NotSentError("the bot stopped before this could be sent; the next start handles its update"));
    const { unanswered, answered } = await this.inFlight.giveUp(IDLE_TIMEOUT_MS);
    if (answered.length > 0) {
      logger.warn(
        { updates: answered.map((u) => u.update_id) },
        "part of these updates' answer went out before the stop: not handed over, so that nothing is sent twice",
      );
    }
    try {
      await handOverUpdates(stores.database.db, unanswered);
    } catch (err) {
      // Left unconfirmed too: Telegram delivers them again (polling) rather than them being lost.
      logger.error({ err }, "could not hand over the unfinished updates");
      return;
    }
    // Each update taken is answered or handed over: Telegram must not deliver any again besides.
    await this.taking?.confirmHandled?.();
  }
}

/** Telegram's webhook calls into the HTTP server: this turns a request into an update for `bot`. */
export function webhookHandler(bot: Bot<BotContext>, secretToken: string) {
  const callback = webhookCallback(bot, cappedHttpAdapter(), { secretToken, onTimeout: "return", timeoutMilliseconds: WEBHOOK_ANSWER_MS });
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    await callback(req, res);
  };
}

async function startPolling(bot: Bot<BotContext>, logger: Logger, inFlight: InFlight, onFailed: (err: unknown) => void): Promise<Taking> {
  // getUpdates fails while a webhook is set; keep pending updates (drop nothing).
  await bot.api.deleteWebhook({ drop_pending_updates: false }).catch((err: unknown) => {
    logger.warn({ err }, "deleteWebhook failed; polling may be refused while a webhook is set");
  });
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  runner.task()?.catch((err: unknown) => {
    logger.fatal({ err }, "polling stopped with an error");
    onFailed(err);
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

async function startWebhook(bot: Bot<BotContext>, webhook: NonNullable<Config["webhook"]>, logger: Logger): Promise<Taking> {
  await bot.api.setWebhook(webhook.url, {
    secret_token: webhook.secret,
    allowed_updates: [...ALLOWED_UPDATES],
    drop_pending_updates: false,
  });
  logger.info({ path: webhook.path }, "webhook set");
  // The webhook stays registered on stop: updates wait at Telegram for the next instance.
  return { stop: async () => {} };
}
