import type { Logger } from "pino";
import type { LeaderLock } from "../db/client.js";

/**
 * The abort reason a leader's work gets when the lock is gone (the database restarted, the
 * connection dropped) rather than when the process stops: the work should then finish recording
 * what it has under way, however long the database takes to come back, before it returns.
 */
export const LOST_LOCK = "lost the lock";

export interface LeaderOptions {
  /** Takes the lock if no one holds it (see Database.tryLeaderLock). */
  tryLock: () => Promise<LeaderLock | null>;
  /** The leader's work; it must return soon after `signal` aborts. */
  work: (signal: AbortSignal) => Promise<void>;
  logger: Logger;
  name: string;
  /** How often a follower tries for the lock and the leader checks it still holds it. */
  checkMs?: number;
  /** Told when the work fails (it is logged too, and started again by whoever leads next). */
  onError?: (err: unknown) => void;
}

/**
 * Runs `work` on exactly one instance of the deployment at a time: the one holding a database
 * lock. When the holder dies its connection closes and the lock with it, and another instance
 * takes over within `checkMs`; a leader that loses its connection stops its work.
 */
export function runWhileLeader(opts: LeaderOptions): { stop(): Promise<void>; leading(): boolean } {
  const checkMs = opts.checkMs ?? 2_000;
  let stopped = false;
  let current: { lock: LeaderLock; abort: AbortController; done: Promise<void> } | null = null;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    while (!stopped) {
      const lock = await opts.tryLock().catch((err: unknown) => {
        opts.logger.warn({ err }, `${opts.name}: could not ask for the lock`);
        return null;
      });
      if (!lock) {
        await sleep(checkMs);
        continue;
      }
      opts.logger.info(`${opts.name}: this instance leads`);
      const abort = new AbortController();
      let finished = false;
      const done = opts
        .work(abort.signal)
        .catch((err: unknown) => {
          opts.logger.error({ err }, `${opts.name} stopped with an error`);
          opts.onError?.(err);
        })
        .finally(() => (finished = true));
      current = { lock, abort, done };
      while (!stopped && !abort.signal.aborted && !finished) {
        await Promise.race([sleep(checkMs), done]);
        if (stopped || finished) break;
        if (!(await lock.held())) {
          opts.logger.warn(`${opts.name}: lost the lock; stopping`);
          abort.abort(LOST_LOCK);
        }
      }
      abort.abort();
      await done;
      await lock.release().catch(() => {});
      current = null;
      // Work that ended by itself (an error) is started again after a pause, by whoever leads then.
      if (finished && !stopped) await sleep(checkMs);
    }
  })();

  return {
    // Holding the lock and working: a lock whose work ended (an error) leads nothing.
    leading: () => current !== null && !current.abort.signal.aborted,
    stop: async () => {
      stopped = true;
      current?.abort.abort();
      (wake as (() => void) | null)?.();
      await loop;
    },
  };
}
