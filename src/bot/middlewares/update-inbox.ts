import type { MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { Db } from "../../db/handle.js";
import { type InboxStatements, inboxStatements, renewClaims } from "../../domain/update-inbox.js";
import type { BotContext } from "../context.js";

export interface UpdateInboxOptions {
  db: Db;
  logger: Logger;
  /** How long a claim holds without renewal; it is renewed every third of it while the update runs. */
  leaseMs?: number;
  /**
   * The database serves this process alone (PGlite: one process per data directory), so no other
   * instance can be handed the same update: an update is then claimed only once it has run this
   * long, and a quick one (nearly all) costs no statement. Unset: every update is claimed first.
   */
  claimAfterMs?: number;
}

export const DEFAULT_LEASE_MS = 60_000;
/** Well below any webhook timeout (Telegram's, and the local server's 10 s). */
export const SINGLE_PROCESS_CLAIM_AFTER_MS = 1_000;
/** Update ids answered lately, to skip a redelivery without the database (single-process mode). */
const RECENT_IDS = 10_000;

/**
 * Webhook mode: every update is claimed in the database before it is handled and marked done
 * after, so an update Telegram delivers again (it stopped waiting for the answer while a reply
 * was held back by a 429, or sent it to another instance) is answered once, and one whose
 * instance died mid-way is picked up again by the sweeper (jobs/inbox-sweeper.ts). With
 * `claimAfterMs` (a database only this process uses) only slow updates are claimed.
 */
export class UpdateInbox {
  private readonly running = new Set<number>();
  /** Updates the sweeper took over: already claimed, so handled without a new claim. */
  private readonly recovered = new WeakSet<Update>();
  private renewTimer: NodeJS.Timeout | undefined;
  private readonly statements: InboxStatements;
  /** Single-process mode: updates being handled or answered lately, oldest first. */
  private readonly recent = new Set<number>();
  readonly leaseMs: number;

  constructor(private readonly options: UpdateInboxOptions) {
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.statements = inboxStatements(options.db);
  }

  middleware(): MiddlewareFn<BotContext> {
    if (this.options.claimAfterMs !== undefined) return this.claimingIfSlow(this.options.claimAfterMs);
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
        await this.statements
          .finish(id)
          .catch((err: unknown) =>
            this.options.logger.warn({ err, updateId: id }, "could not mark the update done; it may be handled again"),
          );
      }
    };
  }

  /**
   * Single-process mode. A redelivery (Telegram stopped waiting) reaches this same process and is
   * skipped from memory. An update answered quickly needs no record: were the process to die
   * before answering it, Telegram, which has had no answer, delivers it again. One still running
   * after `afterMs` (a reply held back by a 429) is claimed like any other, so the sweeper of the
   * next start answers it should this process die after the webhook call has returned.
   */
  private claimingIfSlow(afterMs: number): MiddlewareFn<BotContext> {
    return async (ctx, next) => {
      const update = ctx.update;
      const id = update.update_id;
      const recovered = this.recovered.has(update);
      if (!recovered && this.recent.has(id)) {
        this.options.logger.info({ updateId: id }, "update already handled or being handled: skipped");
        return;
      }
      this.remember(id);
      let claimed: Promise<boolean> | null = recovered ? Promise.resolve(true) : null;
      const timer = recovered
        ? undefined
        : setTimeout(() => {
            claimed = this.statements.claim(id, update, this.leaseMs).catch((err: unknown) => {
              this.options.logger.warn({ err, updateId: id }, "could not record a slow update");
              return false;
            });
            this.running.add(id);
            this.renewSoon();
          }, afterMs);
      timer?.unref();
      try {
        await next();
      } finally {
        clearTimeout(timer);
        this.running.delete(id);
        if (claimed && (await claimed)) {
          await this.statements
            .finish(id)
            .catch((err: unknown) =>
              this.options.logger.warn({ err, updateId: id }, "could not mark the update done; it may be handled again"),
            );
        }
      }
    };
  }

  private remember(id: number): void {
    this.recent.add(id);
    for (const oldest of this.recent) {
      if (this.recent.size <= RECENT_IDS) break;
      this.recent.delete(oldest);
    }
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
