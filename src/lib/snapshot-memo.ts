/**
 * Values made already from one immutable snapshot (the fans' read model hands out a new object
 * whenever the data changes), by a string key of everything else they depend on. A new snapshot
 * starts afresh at once, and the old one's values go with it (WeakMap): nothing stale is served
 * after an edit, and no invalidation is needed. Bounded, as keys usually hold a fan's own text:
 * at `max` entries the snapshot's map is emptied and refilled by what is asked next.
 *
 * Not lru-cache or similar: their eviction is per entry, while here a whole snapshot's values go
 * at once with the snapshot, which a WeakMap does for free.
 */
export interface SnapshotMemo<S extends object, T> {
  get(snapshot: S, key: string, make: () => T): T;
}

export function snapshotMemo<S extends object, T>(max: number): SnapshotMemo<S, T> {
  const made = new WeakMap<S, Map<string, T>>();
  return {
    get(snapshot, key, make) {
      let values = made.get(snapshot);
      if (!values) {
        values = new Map();
        made.set(snapshot, values);
      }
      let value = values.get(key);
      if (value === undefined) {
        value = make();
        if (values.size >= max) values.clear();
        values.set(key, value);
      }
      return value;
    },
  };
}
