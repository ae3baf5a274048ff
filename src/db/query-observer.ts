/**
 * Times the statements that reach the database driver, for metrics. Drizzle's logger hears of a
 * statement only before it runs, so the driver client's entry points are wrapped instead (on this
 * client object alone). A transaction is timed as a whole: the statements inside it run on a
 * client of its own that is not wrapped. Nothing of the statement (text, parameters) is looked at.
 */
export type QueryOp = "query" | "transaction";

/** `error` is set when the statement (or the transaction) failed. */
export type QueryObserver = (op: QueryOp, seconds: number, error: unknown) => void;

type Client = Record<string, unknown>;

const ENTRY_POINTS: Record<"pglite" | "postgres", [name: string, op: QueryOp][]> = {
  pglite: [
    ["query", "query"],
    ["exec", "query"],
    ["transaction", "transaction"],
  ],
  // postgres.js: drizzle runs every statement through unsafe(); begin() is a transaction.
  postgres: [
    ["unsafe", "query"],
    ["begin", "transaction"],
  ],
};

/** Returns the stop: the wrappers stay (others may have wrapped them since) but tell no one. */
export function observeClient(client: Client, kind: "pglite" | "postgres", observer: QueryObserver): () => void {
  let active = true;
  for (const [name, op] of ENTRY_POINTS[kind]) {
    const original = client[name];
    if (typeof original !== "function") continue;
    const bound = (original as (...args: unknown[]) => unknown).bind(client);
    client[name] = (...args: unknown[]) => {
      if (!active) return bound(...args);
      const started = performance.now();
      let told = false;
      const tell = (error: unknown) => {
        if (told) return;
        told = true;
        observer(op, (performance.now() - started) / 1000, error);
      };
      const result = bound(...args);
      if (kind === "postgres" && name === "unsafe") return timeLazily(result, tell);
      if (isThenable(result))
        result.then(
          () => tell(undefined),
          (err: unknown) => tell(err ?? new Error("query failed")),
        );
      return result;
    };
  }
  return () => {
    active = false;
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/**
 * A postgres.js query runs only once it is awaited (after `.values()` and the like, which return
 * the query itself), so its own then() is wrapped rather than called here.
 */
function timeLazily(query: unknown, tell: (error: unknown) => void): unknown {
  if (!isThenable(query)) return query;
  // A plain promise is already under way, and `await` would not call a then() set on it.
  if (query instanceof Promise && query.constructor === Promise) {
    query.then(
      () => tell(undefined),
      (err: unknown) => tell(err ?? new Error("query failed")),
    );
    return query;
  }
  const q = query as PromiseLike<unknown> & { then: PromiseLike<unknown>["then"] };
  const then = q.then;
  // biome-ignore lint/suspicious/noThenProperty: this wraps a lazy query's own then(), which runs it
  q.then = function (this: unknown, onFulfilled?: ((v: unknown) => unknown) | null, onRejected?: ((e: unknown) => unknown) | null) {
    return then.call(
      this,
      (value: unknown) => {
        tell(undefined);
        return onFulfilled ? onFulfilled(value) : value;
      },
      (error: unknown) => {
        tell(error ?? new Error("query failed"));
        if (onRejected) return onRejected(error);
        throw error;
      },
    );
  } as PromiseLike<unknown>["then"];
  return q;
}
