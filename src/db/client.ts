import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { type Logger as DrizzleLogger, sql } from "drizzle-orm";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { type Clock, systemClock } from "../lib/clock.js";
import { DataDirLockedError, LOCK_FILE, lockDataDir } from "./data-dir-lock.js";
import type { Db, DbLogger } from "./handle.js";
import { migratePglite, migratePostgres } from "./migrate.js";
import { currentImageInputs, defaultImageCache, dumpImage, imageKey, readImage, SHIPPED_IMAGES, storeImage } from "./pglite-image.js";
import { pgliteStartParams } from "./pglite-options.js";
import { postgresOptions } from "./postgres-options.js";
import { observeClient, type QueryObserver } from "./query-observer.js";
import * as schema from "./schema.js";
import { loadSeed, referenceData, type SeedData } from "./seed/load.js";

export type { QueryObserver };
export { DataDirLockedError };

/** A lock only one process of the deployment holds at a time (the broadcast sender's). */
export interface LeaderLock {
  /** False once the lock is gone (its connection closed, the database restarted). */
  held(): Promise<boolean>;
  release(): Promise<void>;
}

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /**
   * Takes the lock `key` if no other process holds it. PostgreSQL: a session advisory lock on a
   * connection of its own, released by the server when the holder dies. PGlite: one process per
   * data directory, so always granted.
   */
  tryLeaderLock(key: number): Promise<LeaderLock | null>;
  /**
   * Runs `fn` while no other process of the deployment runs one for the same `key` (they wait
   * their turn). PostgreSQL: a transaction-scoped advisory lock, held on one pooled connection
   * while `fn` runs its own queries on others. PGlite: one process, so an in-process queue.
   */
  serialize<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` with the payload of each NOTIFY on `channel`, and `onListen` each time the
   * subscription is (re)established: notifications sent while it was down are lost, so a caller
   * that must not miss a change re-reads then. Returns the unsubscribe.
   */
  listen(channel: string, onNotify: (payload: string) => void, onListen?: () => void): Promise<() => Promise<void>>;
  /** `select 1` within a short timeout; false on any error. */
  ping(): Promise<boolean>;
  /**
   * With `countQueries`: how many statements have gone through `db` since it opened (drizzle's
   * logger; BEGIN/COMMIT of transactions are not among them). Undefined otherwise.
   */
  queryCount?: () => number;
  /** Tells `observer` how long each statement (each transaction as a whole) took and whether it failed. */
  observeQueries(observer: QueryObserver): () => void;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; unset = embedded PGlite in `dataDir`. */
  url?: string;
  /** PGlite directory, default "./data"; "memory://" keeps everything in memory. */
  dataDir?: string;
  logger?: DbLogger;
  /** Reference data to load after migrating; default the shipped data, `false` to skip. */
  seed?: SeedData | false;
  /** The time the reference data is stamped with (default the system clock; tests pin it). */
  clock?: Clock;
  /** Count the statements run through `db` (only how many: no text, no parameters). For benchmarks. */
  countQueries?: boolean;
  /**
   * PGlite: where prepared images of a new database (initdb and the migrations, pglite-image.ts)
   * are kept; default the image shipped in db-image/, then a directory in the user's cache (a
   * directory given here is the only one looked in). `false`: none, a new database runs initdb
   * and every migration itself.
   */
  imageCache?: string | false;
  /** PostgreSQL: ends the start's wait for a server it cannot reach yet (a stop asked for meanwhile). */
  signal?: AbortSignal;
}

export const MEMORY = "memory://";
const PING_TIMEOUT_MS = 2_000;

/**
 * Opens the database, applies the committed migrations and loads the reference data.
 * PGlite when `url` is unset (a second process on the same directory gets DataDirLockedError),
 * PostgreSQL otherwise (migrations under an advisory lock).
 */
export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  const data = opts.seed === undefined ? referenceData : opts.seed;
  const clock = opts.clock ?? systemClock;
  const seed = data ? (db: Db) => loadSeed(db, { data, now: clock(), ...(opts.logger ? { logger: opts.logger } : {}) }) : undefined;
  const counter = opts.countQueries ? queryCounter() : undefined;
  const database = await (opts.url
    ? openPostgres(opts.url, seed, opts.logger, counter?.logger, opts.signal)
    : openPglite(opts.dataDir ?? "./data", seed, opts.logger, counter?.logger, opts.imageCache));
  return counter ? { ...database, queryCount: counter.count } : database;
}

/** A drizzle logger that only counts: it never looks at the statement or its parameters (user text). */
function queryCounter(): { logger: DrizzleLogger; count: () => number } {
  let n = 0;
  return {
    logger: {
      logQuery: () => {
        n += 1;
      },
    },
    count: () => n,
  };
}

async function openPglite(
  dataDir: string,
  seed: ((db: Db) => Promise<unknown>) | undefined,
  logger?: DbLogger,
  queryLogger?: DrizzleLogger,
  imageCache?: string | false,
): Promise<Database> {
  const inMemory = dataDir === MEMORY;
  const dir = inMemory ? null : resolve(dataDir);
  if (dir) mkdirSync(dir, { recursive: true });
  const lock = dir ? lockDataDir(dir) : null;
  let client: PGlite | undefined;
  // Stored in the background after a new database was made without an image; close() waits for it.
  let storing: Promise<void> | undefined;
  try {
    const startParams = pgliteStartParams();
    const images = imageCache !== false && (dir === null || isNewDataDir(dir)) ? imageCacheOf(imageCache, logger) : null;
    if (images) client = await openFromImage(dir, images, startParams, logger);
    const fromImage = client !== undefined;
    if (!client) {
      client = new PGlite(dir ?? MEMORY, { startParams });
      await client.waitReady;
    }
    // After an image too: correctness never depends on it (an up-to-date image makes this a no-op).
    const db = await migratePglite(client, queryLogger);
    if (images && !fromImage) storing = (await storeImageOf(client, images, logger)).stored;
    if (seed) await seed(db);
    logger?.info({ dataDir: dir ?? MEMORY }, "embedded database ready");
    const opened = client;
    let closed = false;
    return {
      db,
      kind: "pglite",
      tryLeaderLock: async () => ({ held: async () => !closed, release: async () => {} }),
      listen: async (channel, onNotify, onListen) => {
        // In process: nothing can be missed while the database is open.
        const unlisten = await opened.listen(channel, onNotify);
        onListen?.();
        return async () => {
          if (!closed) await unlisten();
        };
      },
      ping: () => ping(db),
      observeQueries: (observer) => observeClient(opened as unknown as Record<string, unknown>, "pglite", observer),
      serialize: keyedQueue(),
      close: once(async () => {
        closed = true;
        try {
          await opened.close();
          await storing;
        } finally {
          lock?.release();
        }
      }),
    };
  } catch (err) {
    await client?.close().catch(() => {});
    await storing;
    lock?.release();
    throw err;
  }
}

/** Written into a data directory before an image is loaded there, removed once PGlite has it all. */
const IMAGE_LOADING = ".image-loading";

/**
 * True when `dir` holds no database and nothing else (but the bot's lock): the only kind an image
 * is loaded into. A directory an image load was interrupted in is emptied first.
 */
function isNewDataDir(dir: string): boolean {
  if (existsSync(join(dir, IMAGE_LOADING))) emptyDataDir(dir);
  return readdirSync(dir).every(keep);
}

/** What an interrupted or failed image load leaves is removed; the lock (and lost+found) stay. */
function emptyDataDir(dir: string): void {
  for (const name of readdirSync(dir)) if (!keep(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

const keep = (name: string) => name.startsWith(LOCK_FILE) || name === "lost+found";

interface ImageCache {
  dir: string;
  key: string;
  /** The read-only directory looked in first (the shipped image). */
  shipped?: string;
}

/** The cache directory and this checkout's image key, or null (with a warning) if they cannot be had. */
function imageCacheOf(imageCache: string | undefined, logger?: DbLogger): ImageCache | null {
  try {
    const key = imageKey(currentImageInputs());
    return imageCache === undefined ? { dir: defaultImageCache(), key, shipped: SHIPPED_IMAGES } : { dir: imageCache, key };
  } catch (err) {
    logger?.warn({ err }, "no image of the embedded database can be used; creating it without");
    return null;
  }
}

/**
 * Dumps a database initdb and the migrations have just made, nothing else yet (before the
 * reference data), as the image for the next new one, and stores it in the background. Best
 * effort: a failure is a warning. Resolves once the dump is taken; `stored` once it is stored.
 */
async function storeImageOf(client: PGlite, images: ImageCache, logger?: DbLogger): Promise<{ stored: Promise<void> }> {
  const failed = (err: unknown) => logger?.warn({ err, cacheDir: images.dir }, "could not store an image of the embedded database");
  try {
    const tar = await dumpImage(client, (name) => keep(name) || name === IMAGE_LOADING);
    const stored = storeImage(images.dir, images.key, tar).then(
      () => logger?.info({ image: images.key }, "stored an image of the new embedded database for the next one"),
      failed,
    );
    return { stored };
  } catch (err) {
    failed(err);
    return { stored: Promise.resolve() };
  }
}

/**
 * PGlite started from the cached image of a new database (`loadDataDir`); undefined when there is
 * none or it fails to load, the directory then as empty as before.
 */
async function openFromImage(
  dir: string | null,
  images: ImageCache,
  startParams: string[],
  logger?: DbLogger,
): Promise<PGlite | undefined> {
  const image = (images.shipped && readImage(images.shipped, images.key, logger, true)) || readImage(images.dir, images.key, logger);
  if (!image) return undefined;
  const marker = dir ? join(dir, IMAGE_LOADING) : null;
  let client: PGlite | undefined;
  try {
    if (marker) writeFileSync(marker, `${image.key}\n`);
    // PGlite keeps its options object for the life of the instance (a closure of its WebAssembly
    // loader holds it), and with it the 40MB tarball: dropped from the object once loaded.
    const options: PGliteOptions = { dataDir: dir ?? MEMORY, startParams, loadDataDir: image.tar };
    client = new PGlite(options);
    await client.waitReady;
    delete options.loadDataDir;
    if (marker) rmSync(marker);
    logger?.info({ image: image.key }, "embedded database created from its prepared image");
    return client;
  } catch (err) {
    logger?.warn({ err, image: image.key }, "could not load the embedded database's image; creating it without");
    await client?.close().catch(() => {});
    image.discard();
    if (dir) emptyDataDir(dir);
    return undefined;
  }
}

async function openPostgres(
  url: string,
  seed: ((db: Db) => Promise<unknown>) | undefined,
  logger?: DbLogger,
  queryLogger?: DrizzleLogger,
  signal?: AbortSignal,
): Promise<Database> {
  await migratePostgres(url, { logger, after: seed, signal });
  // postgres.js connects lazily and replaces broken connections on the next query, so an outage
  // rejects queries and the pool heals itself once the server is back (see postgres-options.ts).
  const client = postgres(
    url,
    postgresOptions({ max: POOL_SIZE, idle_timeout: 30, max_lifetime: 30 * 60, connection: { statement_timeout: STATEMENT_TIMEOUT_MS } }),
  );
  const serializer = postgresSerializer(url);
  const db = drizzlePostgres({ client, schema, logger: queryLogger });
  logger?.info("PostgreSQL ready");
  return {
    db,
    kind: "postgres",
    tryLeaderLock: (key) => postgresLeaderLock(url, key),
    // postgres.js listens on a connection of its own and re-subscribes after it drops, calling
    // onListen again each time.
    listen: async (channel, onNotify, onListen) => {
      const { unlisten } = await client.listen(channel, onNotify, onListen);
      return () => unlisten().catch(() => {});
    },
    ping: () => ping(db),
    observeQueries: (observer) => observeClient(client as unknown as Record<string, unknown>, "postgres", observer),
    serialize: serializer.serialize,
    close: once(async () => {
      await Promise.all([client.end({ timeout: 5 }), serializer.end()]);
    }),
  };
}

/**
 * The lock lives on a connection of its own (a client of one connection, like the migrations'),
 * so it stays held while the pool's connections come and go, and ends with that session.
 */
async function postgresLeaderLock(url: string, key: number): Promise<LeaderLock | null> {
  const conn = postgres(url, postgresOptions({ max: 1, idle_timeout: 0, max_lifetime: null }));
  const end = () => conn.end({ timeout: 1 }).catch(() => {});
  try {
    const [row] = await conn<{ locked: boolean }[]>`select pg_try_advisory_lock(${key}) as locked`;
    if (!row?.locked) {
      await end();
      return null;
    }
  } catch (err) {
    await end();
    throw err;
  }
  return {
    // Asks whether this very session still holds it: after a dropped connection the client
    // reconnects, and the new session does not.
    held: async () => {
      try {
        const [row] = await conn<{ held: boolean }[]>`
          select exists (select 1 from pg_locks where locktype = 'advisory' and objid = ${key} and objsubid = 1
                         and pid = pg_backend_pid() and granted) as held`;
        return row?.held === true;
      } catch {
        return false;
      }
    },
    // Ending the session releases the lock.
    release: end,
  };
}

/** Keeps serialize()'s advisory locks apart from the numbered ones (migrations, the sender). */
const SERIALIZE_SEED = 7_207_202_409;
/** Connections of the pool every query uses. */
const POOL_SIZE = 10;
/** A statement that runs this long fails (and says so) instead of holding its connection for good. */
const STATEMENT_TIMEOUT_MS = 30_000;
/** Connections that only hold serialize()'s locks: as many chats can be in a staff conversation's update at once. */
const LOCK_POOL_SIZE = 10;
/** How long serialize() waits for another instance to release a key before it fails. */
const LOCK_TIMEOUT = "15s";

/**
 * Database.serialize on PostgreSQL: a transaction-scoped advisory lock per key, held on a pool of
 * its own while `fn` runs its queries on the main pool. Were the lock held on a connection of the
 * main pool, ten updates at once would hold all ten connections while their work waited for an
 * eleventh, and nothing would ever move again. Within this process the same key queues in memory
 * first, so it never takes two lock connections; waiting for another instance ends after
 * LOCK_TIMEOUT with an error, never a hang.
 */
function postgresSerializer(url: string): { serialize: Database["serialize"]; end(): Promise<void> } {
  const locks = postgres(url, postgresOptions({ max: LOCK_POOL_SIZE, idle_timeout: 30, max_lifetime: 30 * 60 }));
  const inProcess = keyedQueue();
  const locked = async <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    let result: { value: T } | undefined;
    await locks.begin(async (tx) => {
      await tx.unsafe(`set local lock_timeout = '${LOCK_TIMEOUT}'`);
      await tx`select pg_advisory_xact_lock(hashtextextended(${key}, ${SERIALIZE_SEED}))`;
      result = { value: await fn() };
    });
    if (!result) throw new Error(`serialize(${key}): the locked work did not run`);
    return result.value;
  };
  return {
    serialize: (key, fn) => inProcess(key, () => locked(key, fn)),
    end: () => locks.end({ timeout: 5 }),
  };
}

/** One at a time per key, in order of arrival, within this process. */
function keyedQueue(): <T>(key: string, fn: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (key, fn) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.catch(() => {}).then(fn);
    const tail = run.catch(() => {});
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

async function ping(db: Db): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((done) => {
    timer = setTimeout(() => done(false), PING_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}
