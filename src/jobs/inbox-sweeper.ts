import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { Db } from "../db/handle.js";
import { purgeConversationStates } from "../domain/conversation-state.js";
import { claimAbandoned, finishUpdate, pruneUpdates } from "../domain/update-inbox.js";
import type { Clock } from "../lib/clock.js";

export interface InboxSweeperOptions {
  db: Db;
  logger: Logger;
  leaseMs: number;
  /** What "a week ago" is measured from: conversation states are stamped with the same clock. */
  clock: Clock;
  /** Handles one update the sweeper took over (bot.handleUpdate after UpdateInbox.markRecovered). */
  handle(update: Update): Promise<void>;
  intervalMs?: number;
}

const BATCH = 50;
const KEEP_DONE_MS = 24 * 3_600_000;
const PRUNE_EVERY_MS = 3_600_000;
// A staff conversation idle for 30 minutes ends when its staff member next writes (and says so);
// its state is kept a week for that, then dropped.
const KEEP_CONVERSATIONS_MS = 7 * 24 * 3_600_000;

/**
 * Finds webhook updates whose instance stopped renewing its claim (it crashed or was killed
 * mid-way) and handles them here: once on start, then every `intervalMs`. Any instance may
 * sweep; SKIP LOCKED and the fresh lease give each update to one of them. Hourly it also prunes
 * answered updates and stale staff conversations.
 */
export function startInboxSweeper(opts: InboxSweeperOptions): { stop(): Promise<void> } {
  let stopped = false;
  let lastPrune = -Infinity;
  let current: Promise<void> = Promise.resolve();

  const sweep = async () => {
    try {
      for (;;) {
        const batch = await claimAbandoned(opts.db, BATCH, opts.leaseMs);
        if (batch.length > 0) opts.logger.warn({ updates: batch.map((u) => u.updateId) }, "handling updates an instance left unanswered");
        for (const { updateId, payload } of batch) {
          if (stopped) return;
          await opts.handle(payload as Update);
          // Polling has no claiming middleware to do it.
          await finishUpdate(opts.db, updateId);
        }
        if (batch.length < BATCH || stopped) break;
      }
      // How often is real elapsed time (performance.now); what is old is the bot's clock.
      if (performance.now() - lastPrune > PRUNE_EVERY_MS) {
        lastPrune = performance.now();
        await pruneUpdates(opts.db, KEEP_DONE_MS);
        const purged = await purgeConversationStates(opts.db, new Date(opts.clock().getTime() - KEEP_CONVERSATIONS_MS));
        if (purged > 0) opts.logger.info({ purged }, "dropped staff conversations idle for a week");
      }
    } catch (err) {
      opts.logger.warn({ err }, "inbox sweep failed; trying again later");
    }
  };

  current = sweep();
  const timer = setInterval(() => {
    current = current.then(sweep);
  }, opts.intervalMs ?? 15_000);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}
