import { HttpError, type Transformer } from "grammy";

export interface NetworkRetryOptions {
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Retries a Bot API call that failed to reach Telegram at all (grammY's HttpError: refused,
 * reset, DNS) without end, doubling the pause up to `maxDelayMs`. The message is delayed, never
 * dropped, and the bot resumes within `maxDelayMs` of the network returning (auto-retry's own
 * backoff doubles up to an hour). Retrying here also keeps these errors away from the runner,
 * whose logging would print the request URL, token included. Stopping the bot aborts the wait.
 */
export function retryNetworkErrors({ initialDelayMs = 500, maxDelayMs = 30_000 }: NetworkRetryOptions = {}): Transformer {
  return async (prev, method, payload, signal) => {
    let delay = initialDelayMs;
    for (;;) {
      try {
        return await prev(method, payload, signal);
      } catch (err) {
        if (!(err instanceof HttpError) || signal?.aborted) throw err;
        await pause(delay, signal);
        delay = Math.min(maxDelayMs, delay * 2);
      }
    }
  };
}

/** grammY's signal type (from the abort-controller shim); only the listener methods are used. */
type Signal = Parameters<Transformer>[3];

function pause(ms: number, signal: Signal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      signal?.removeEventListener("abort", aborted);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const aborted = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", aborted);
      reject(new Error("stopped while waiting to retry a Bot API call"));
    };
    signal?.addEventListener("abort", aborted);
  });
}
