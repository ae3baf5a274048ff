import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import type { Logger as DrizzleLogger } from "drizzle-orm";
import { drizzle as drizzlePglite, type PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePgliteDb } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgresDb } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { isDatabaseUnavailable } from "./errors.js";
import type { DbLogger } from "./handle.js";
import { postgresOptions } from "./postgres-options.js";
import * as schema from "./schema.js";

/** Resolved from this file so it works from src/ (tsx) and dist/ alike. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../migrations", import.meta.url));

/** Arbitrary app-wide key for pg_advisory_lock: "olympic-bot migrations". */
export const MIGRATION_LOCK_KEY = 7_207_202_401;

/**
 * The pauses between a starting instance's tries to reach PostgreSQL: about a minute in all, for a
 * server that is still starting beside the bot or too busy to answer within connect_timeout.
 * Counted in tries, not read off a clock.
 */
const REACH_PAUSES_MS = [250, 500, 1000, 2000, 4000, ...Array<number>(10).fill(5000)];

/**
 * `queryLogger` is given to the returned handle (the migrations go through it too).
 * `migrationsFolder` is for the tests of prepared images (pglite-image.ts); the bot uses the committed one.
 */
export async function migratePglite(
  client: PGlite,
  queryLogger?: DrizzleLogger,
  migrationsFolder: string = MIGRATIONS_FOLDER,
): Promise<PgliteDatabase<typeof schema>> {
  const db = drizzlePglite({ client, schema, logger: queryLogger });
  await migratePgliteDb(db, { migrationsFolder });
  return db;
}

/**
 * Applies migrations on PostgreSQL, then runs `after` (the reference-data load), all under a
 * session-level advisory lock held on one dedicated connection, so instances starting together
 * take turns instead of racing. Closing the connection releases the lock even if the process dies.
 */
export async function migratePostgres(
  url: string,
  opts: {
    logger?: DbLogger;
    after?: (db: PostgresJsDatabase<typeof schema>) => Promise<unknown>;
    /** Ends the wait for an unreachable server (a stop asked for while starting): rejects with an AbortError. */
    signal?: AbortSignal;
  } = {},
): Promise<void> {
  const sql = postgres(url, postgresOptions({ max: 1 }));
  try {
    const [row] = await whenReachable(
      opts.logger,
      opts.signal,
      () => sql<{ locked: boolean }[]>`select pg_try_advisory_lock(${MIGRATION_LOCK_KEY}) as locked`,
    );
    if (!row?.locked) {
      opts.logger?.info("waiting for another instance to finish migrating the database");
      await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    }
    try {
      const db = drizzlePostgres({ client: sql, schema });
      await migratePostgresDb(db, { migrationsFolder: MIGRATIONS_FOLDER });
      await opts.after?.(db);
    } finally {
      // Best effort: ending the session below releases it anyway.
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Runs `first` (the first statement a starting instance sends) again while PostgreSQL cannot be reached. */
async function whenReachable<T>(logger: DbLogger | undefined, signal: AbortSignal | undefined, first: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    try {
      return await first();
    } catch (err) {
      const pause = REACH_PAUSES_MS[attempt];
      if (pause === undefined || !isDatabaseUnavailable(err)) throw err;
      // Code and message only: an operator watching a start needs no stack per try.
      const { code, message } = err as { code?: string; message?: string };
      logger?.warn({ code, message }, `PostgreSQL cannot be reached yet; trying again in ${pause} ms`);
      await sleep(pause, undefined, { signal });
    }
  }
}
