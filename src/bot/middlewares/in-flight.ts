import type { Context, MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";

/**
 * Counts updates being handled, so shutdown can wait for them. A webhook request may be
 * answered before its update is done (on timeout), and the runner's stop() does not wait for
 * handlers either; this sees every update whichever way it came.
 */
export class InFlight {
  private readonly running = new Map<Promise<void>, Update>();
  private highestUpdateId: number | undefined;

  get size(): number {
    return this.running.size;
  }

  /** The highest update_id handled so far (undefined before the first update). */
  get lastUpdateId(): number | undefined {
    return this.highestUpdateId;
  }

  middleware(): MiddlewareFn<Context> {
    return (ctx, next) => {
      this.highestUpdateId = Math.max(this.highestUpdateId ?? ctx.update.update_id, ctx.update.update_id);
      const work = next();
      this.running.set(work, ctx.update);
      const done = () => this.running.delete(work);
      work.then(done, done);
      return work;
    };
  }

  /** The updates still being handled (after a drain that gave up: to hand over to the next start). */
  unfinished(): Update[] {
    return [...this.running.values()];
  }

  /** Resolves true once nothing is in flight, false if `timeoutMs` passes first. */
  async drain(timeoutMs: number): Promise<boolean> {
    // Elapsed time, not the time of day: the monotonic clock.
    const deadline = performance.now() + timeoutMs;
    while (this.running.size > 0) {
      const left = deadline - performance.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...this.running.keys()]), new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
      clearTimeout(timer);
    }
    return true;
  }
}
