// The fans' read model: the snapshot of fan-data.ts, kept in memory and rebuilt when what it holds
// changes. This process's own writes mark it stale at once (the domain's write functions take it);
// another instance's writes arrive as NOTIFY "fan_data" (migration 0005) within a moment; and a
// periodic look at fan_data_version catches a notification that was missed.
import type { Db, Tx } from "../db/handle.js";
import { fanDataVersion } from "../db/schema.js";
import { type FanData, loadFanData } from "./fan-data.js";

/**
 * What the domain's write functions take: the database, and whom to tell once a write of fan data
 * has committed (the ReadModel of this process).
 */
export interface FanStore {
  db: Db;
  changed(): void;
}

/** Runs `write` in a transaction and, once it has committed, tells the read model. */
export async function announced<T>(store: FanStore, write: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await store.db.transaction(write);
  store.changed();
  return result;
}

/** A FanStore for a process without a read model (scripts, tests of the writes alone). */
export function unobserved(db: Db): FanStore {
  return { db, changed: () => {} };
}

export interface ReadModelOptions {
  db: Db;
  /** Database.listen: without it, only the periodic check notices another instance's writes. */
  listen?: (channel: string, onNotify: (payload: string) => void, onListen?: () => void) => Promise<() => Promise<void>>;
  /** How often the stored version is compared with the loaded one (the safety net). */
  checkEveryMs?: number;
  onError?: (err: unknown, what: string) => void;
}

export const FAN_DATA_CHANNEL = "fan_data";
export const DEFAULT_CHECK_MS = 5_000;

export class ReadModel implements FanStore {
  /** Bumped by every change heard of; a snapshot loaded for an older generation is not served after it. */
  private generation = 0;
  private entry: { generation: number; data: Promise<FanData> } | null = null;
  /** The newest snapshot loaded, for the version comparisons. */
  private loaded: FanData | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: ReadModelOptions) {}

  get db(): Db {
    return this.opts.db;
  }

  /**
   * The current snapshot: from memory, unless a change was heard of since it was read, in which
   * case every caller waits for the one rebuild. A failed rebuild is not kept (the next caller tries
   * again) and the last good snapshot is served meanwhile, so a database outage does not stop fans
   * reading what was there a moment ago.
   */
  current(): Promise<FanData> {
    if (this.entry && this.entry.generation === this.generation) return this.entry.data;
    const loading = loadFanData(this.opts.db);
    const lastGood = this.loaded;
    const mine = { generation: this.generation, data: lastGood ? loading.catch(() => lastGood) : loading };
    this.entry = mine;
    loading.then(
      (data) => {
        if (!this.loaded || data.version >= this.loaded.version) this.loaded = data;
      },
      (err: unknown) => {
        if (this.entry === mine) this.entry = null;
        this.opts.onError?.(err, "could not rebuild the read model");
      },
    );
    return mine.data;
  }

  /** This process changed fan data: the next read rebuilds. */
  changed(): void {
    this.generation += 1;
  }

  /** Listens for other instances' changes and starts the periodic check. */
  async start(): Promise<void> {
    if (this.opts.listen) {
      this.unlisten = await this.opts.listen(
        FAN_DATA_CHANNEL,
        (payload) => {
          const version = Number(payload);
          if (!this.loaded || !(version <= this.loaded.version)) this.changed();
        },
        // (Re)subscribed: whatever was announced while the subscription was down is unknown.
        () => this.changed(),
      );
    }
    const every = this.opts.checkEveryMs ?? DEFAULT_CHECK_MS;
    this.timer = setInterval(() => {
      this.check().catch((err: unknown) => this.opts.onError?.(err, "could not check the fan data version"));
    }, every);
    this.timer.unref();
  }

  /** The safety net: one small query; a version other than the loaded one means a rebuild. */
  async check(): Promise<void> {
    if (!this.loaded) return;
    const [row] = await this.opts.db.select({ version: fanDataVersion.version }).from(fanDataVersion);
    if (row && row.version !== this.loaded.version) this.changed();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.unlisten?.();
    this.unlisten = null;
  }
}
