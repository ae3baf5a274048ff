import type { Context, MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import { NotSentError } from "../outgoing/send-budget.js";

/** Calls whose repeat the fan would see twice: a message sent, copied or forwarded ("typing" is not one). */
function showsTwice(method: string): boolean {
  return (
    (method.startsWith("send") && method !== "sendChatAction") || method.startsWith("copyMessage") || method.startsWith("forwardMessage")
  );
}

/** An update being handled, and what of its answer has left the process. */
interface Running {
  update: Update;
  /** Its calls that show twice if repeated and have not settled yet: they may have reached Telegram. */
  unsettled: Set<Promise<unknown>>;
  /** One such call reached Telegram, or may have (it failed, but not with NotSentError). */
  answered: boolean;
}

/** The updates a drain gave up on, split by whether a next start may handle them again. */
export interface Unfinished {
  /** Nothing of their answer went out: the next start can answer them in full. */
  unanswered: Update[];
  /** Part of their answer went out (or may have): handled again, the fan would get it twice. */
  answered: Update[];
}

/**
 * Counts updates being handled, so shutdown can wait for them. A webhook request may be
 * answered before its update is done (on timeout), and the runner's stop() does not wait for
 * handlers either; this sees every update whichever way it came. It also watches each update's
 * own calls (ctx.api), so a stop that gives up on an update knows whether its answer went out.
 */
export class InFlight {
  private readonly running = new Map<Promise<void>, Running>();
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
      const entry: Running = { update: ctx.update, unsettled: new Set(), answered: false };
      // ctx.api is this update's own: the transformer sees its calls only.
      ctx.api.config.use((prev, method, payload, signal) => {
        const call = prev(method, payload, signal);
        if (!showsTwice(method)) return call;
        entry.unsettled.add(call);
        const settled = () => entry.unsettled.delete(call);
        call.then(
          () => {
            settled();
            entry.answered = true;
          },
          (err: unknown) => {
            settled();
            if (!(err instanceof NotSentError)) entry.answered = true;
          },
        );
        return call;
      });
      const work = next();
      this.running.set(work, entry);
      const done = () => this.running.delete(work);
      work.then(done, done);
      return work;
    };
  }

  /**
   * After a drain gave up: the updates being handled now, split by whether any of their answer
   * went out. Call it right after the sends still queued were refused (NotSentError): it waits up
   * to `timeoutMs` for the calls already on their way, and counts one still unsettled as gone out.
   */
  async giveUp(timeoutMs: number): Promise<Unfinished> {
    // Taken at once: an update whose send was just refused is about to end, and belongs here.
    const entries = [...this.running.values()];
    let timer: NodeJS.Timeout | undefined;
    const calls = entries.flatMap((r) => [...r.unsettled]);
    await Promise.race([Promise.allSettled(calls), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    const result: Unfinished = { unanswered: [], answered: [] };
    for (const r of entries) (r.answered || r.unsettled.size > 0 ? result.answered : result.unanswered).push(r.update);
    return result;
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
