/**
 * Keeps what `load` returned for `ttlMs`, so data that changes rarely (who is staff) is not
 * re-read on every update. Callers arriving during a load share it; a
 * failed load is not kept, so an outage leaves nothing stale behind. `invalidate()` forgets the
 * value at once (for the process that made a change; other instances catch up within the TTL).
 */
export interface Cached<T> {
  get(): Promise<T>;
  invalidate(): void;
}

export function cached<T>(load: () => Promise<T>, ttlMs: number, now: () => number = () => performance.now()): Cached<T> {
  let entry: { value: Promise<T>; loadedAt: number } | null = null;
  return {
    get() {
      if (entry && now() - entry.loadedAt < ttlMs) return entry.value;
      const value = load();
      const mine = { value, loadedAt: now() };
      entry = mine;
      value.catch(() => {
        if (entry === mine) entry = null;
      });
      return value;
    },
    invalidate() {
      entry = null;
    },
  };
}
