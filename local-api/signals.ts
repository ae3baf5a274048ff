/**
 * Change notifications inside the server, keyed by topic (a chat, a callback
 * query, ...), so a waiter only re-checks when something it cares about changed.
 */
export class Signals {
  private readonly topics = new Map<string, Set<() => void>>();

  on(topic: string, listener: () => void): () => void {
    let listeners = this.topics.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.topics.set(topic, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.topics.get(topic) === listeners) this.topics.delete(topic);
    };
  }

  emit(topic: string): void {
    const listeners = this.topics.get(topic);
    if (!listeners) return;
    for (const listener of [...listeners]) listener();
  }
}

export const topics = {
  chat: (botId: number, chatId: number) => `chat:${botId}:${chatId}`,
  callback: (queryId: string) => `cbq:${queryId}`,
  inline: (queryId: string) => `iq:${queryId}`,
  calls: "calls",
  longPoll: (botId: number) => `poll:${botId}`,
};

export class WaitTimeoutError extends Error {
  override name = "WaitTimeoutError";
}

export class ServerStoppedError extends Error {
  override name = "ServerStoppedError";
}

export interface WaitOptions {
  timeoutMs: number;
  /** Built lazily, only when the wait fails. */
  describe: () => string;
  /** Rejects promptly when the server stops. */
  stopped: AbortSignal;
}

/**
 * Resolves with the first defined value of `check`, re-checking whenever one of
 * `topicNames` is signalled; rejects with a descriptive error on timeout.
 */
export function waitFor<T>(signals: Signals, topicNames: string[], check: () => T | undefined, options: WaitOptions): Promise<T> {
  const immediate = check();
  if (immediate !== undefined) return Promise.resolve(immediate);
  if (options.stopped.aborted) return Promise.reject(new ServerStoppedError("the local Bot API server was stopped"));
  return new Promise<T>((resolve, reject) => {
    const offs: Array<() => void> = [];
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      options.stopped.removeEventListener("abort", onStop);
      for (const off of offs) off();
      settle();
    };
    const onChange = (): void => {
      const value = check();
      // Resolved after the current call has finished (and been recorded in the call log), so a
      // waiter that then reads calls() sees the call that made the change.
      if (value !== undefined) finish(() => setImmediate(() => resolve(value)));
    };
    const onStop = (): void =>
      finish(() => reject(new ServerStoppedError(`the local Bot API server was stopped while waiting: ${options.describe()}`)));
    const timer = setTimeout(
      () => finish(() => reject(new WaitTimeoutError(`Timed out after ${options.timeoutMs} ms: ${options.describe()}`))),
      options.timeoutMs,
    );
    options.stopped.addEventListener("abort", onStop);
    for (const topic of topicNames) offs.push(signals.on(topic, onChange));
  });
}
