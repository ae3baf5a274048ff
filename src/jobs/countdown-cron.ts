import cron, { type RunCoordinator, type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import type { Db } from "../db/handle.js";
import { jobRuns } from "../db/schema.js";
import { makeCountdownBroadcasts } from "../domain/countdown-broadcasts.js";
import { makeQualifierReminders } from "../domain/qualifier-reminders.js";
import type { Clock } from "../lib/clock.js";
import { hostDate } from "../lib/zoned-time.js";

export interface CountdownCronOptions {
  db: Db;
  logger: Logger;
  clock: Clock;
  /** COUNTDOWN_CRON, in `displayTz` (a seconds field is allowed). */
  expression: string;
  displayTz: string;
}

/** node-cron's hook for several instances, on Postgres: the first instance to claim a slot runs it. */
export function postgresRunCoordinator(db: Db, clock: Clock): RunCoordinator {
  return {
    async shouldRun(key) {
      const rows = await db.insert(jobRuns).values({ key, claimedAt: clock() }).onConflictDoNothing().returning({ key: jobRuns.key });
      return rows.length > 0;
    },
  };
}

/**
 * The latest instant today (in `tz`) at or before `now` that `task` fires at, or null when today's
 * first fire is still ahead. Steps by the expression's finest unit (seconds with a seconds field).
 */
export function lastFireToday(task: Pick<ScheduledTask, "match" | "getPattern">, now: Date, tz: string): Date | null {
  const step = task.getPattern().trim().split(/\s+/).length === 6 ? 1_000 : 60_000;
  const today = hostDate(now, tz);
  for (let t = Math.floor(now.getTime() / step) * step; hostDate(new Date(t), tz) === today; t -= step) {
    if (task.match(new Date(t))) return new Date(t);
  }
  return null;
}

/**
 * The daily countdown: a node-cron 4 task (distributed, so one instance per slot) that makes
 * today's countdown broadcasts and the reminders of tomorrow's qualification events. node-cron does not catch up fires missed while no instance ran:
 * at start, a fire due earlier today is made now — the broadcasts' dedupe keys make it once.
 */
export async function startCountdownCron(opts: CountdownCronOptions): Promise<{ stop(): Promise<void> }> {
  const run = async (reason: string) => {
    const now = opts.clock();
    try {
      const made = await makeCountdownBroadcasts(opts.db, now, opts.displayTz);
      const created = made.filter((m) => m.created);
      if (created.length > 0) opts.logger.info({ reason, made: created }, "countdown broadcasts created");
    } catch (err) {
      opts.logger.error({ err, reason }, "could not create the countdown broadcasts");
    }
    // At the same hour: the reminders of the qualification events that start tomorrow.
    try {
      const made = await makeQualifierReminders(opts.db, now, opts.displayTz);
      const created = made.filter((m) => m.created);
      if (created.length > 0) opts.logger.info({ reason, made: created }, "qualifier reminders created");
      else opts.logger.debug({ reason, due: made.length }, "qualifier reminders: none new");
    } catch (err) {
      opts.logger.error({ err, reason }, "could not create the qualifier reminders");
    }
  };
  const task = cron.schedule(opts.expression, () => run("scheduled"), {
    name: "countdown",
    timezone: opts.displayTz,
    distributed: true,
    runCoordinator: postgresRunCoordinator(opts.db, opts.clock),
    noOverlap: true,
  });
  if (lastFireToday(task, opts.clock(), opts.displayTz)) await run("catch-up at start");
  return {
    stop: async () => {
      await task.destroy();
    },
  };
}
