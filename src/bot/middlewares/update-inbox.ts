import type { MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { Db } from "../../db/handle.js";
import { inboxStatements, renewClaims, type InboxStatements } from "../../domain/update-inbox.js";
import type { BotContext } from "../context.js";

export interface UpdateInboxOptions {
  db: Db;
  logger: Logger;
  /** How long a claim holds without renewal; it is renewed every third of it while the update runs. */
  leaseMs?: number;
}

export const DEFAULT_LEASE_MS = 60_000;

/**
 * Webhook mode: every update is claimed in the database before it is handled and marked done
 * after, so an update Telegram delivers again (it stopped waiting for the answer while a reply
 * was held back by a 429, or sent it to another instance) is answered once, and one whose
 * instance died mid-way is picked up again by the sweeper (jobs/inbox-sweeper.ts).
 */
export class UpdateInbox {
  private readonly running = new Set<number>();
  /** Updates the sweeper took over: already claimed, so handled without a new claim. */
  private readonly recovered = new WeakSet<Update>();
  private renewTimer: NodeJS.Timeout | undefined;
  private readonly statements: InboxStatements;
  readonly leaseMs: number;

  constructor(private readonly options: UpdateInboxOptions) {
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.statements = inboxStatements(options.db);
  }

  middleware(): MiddlewareFn<BotContext> {
    return async (ctx, next) => {
      const update = ctx.update;
      const id = update.update_id;
      if (!this.recovered.has(update)) {
        let claimed: boolean;
        try {
          claimed = await this.statements.claim(id, update, this.leaseMs);
        } catch (err) {
          // The database is down: handle it anyway, so the fan hears "temporarily unavailable".
          this.options.logger.warn({ err, updateId: id }, "could not record the update; handling it unrecorded");
          return next();
        }
        if (!claimed) {
          this.options.logger.info({ updateId: id }, "update already handled or being handled: skipped");
          return;
        }
      }
      this.running.add(id);
      this.renewSoon();
      try {
        await next();
      } finally {
        this.running.delete(id);
        await this.statements.finish(id).catch((err: unknown) =>
          this.options.logger.warn({ err, updateId: id }, "could not mark the update done; it may be handled again"),
        );
      }
    };
  }

  /** Hands an update the sweeper claimed to the bot. */
  markRecovered(update: Update): void {
    this.recovered.add(update);
  }

  private renewSoon(): void {
    if (this.renewTimer) return;
    this.renewTimer = setInterval(() => {
      if (this.running.size === 0) {
        clearInterval(this.renewTimer);
        this.renewTimer = undefined;
        return;
      }
      renewClaims(this.options.db, [...this.running], this.leaseMs).catch((err: unknown) =>
        this.options.logger.warn({ err }, "could not renew update claims"),
      );
    }, this.leaseMs / 3);
    this.renewTimer.unref();
  }
}
