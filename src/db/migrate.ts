import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import type { Logger as DrizzleLogger } from "drizzle-orm";
import { drizzle as drizzlePglite, type PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePgliteDb } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgresDb } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { postgresOptions } from "./postgres-options.js";
import * as schema from "./schema.js";

/** Resolved from this file so it works from src/ (tsx) and dist/ alike. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../migrations", import.meta.url));

/** Arbitrary app-wide key for pg_advisory_lock: "olympic-bot migrations". */
export const MIGRATION_LOCK_KEY = 7_207_202_401;

type Logger = { info(obj: object | string, msg?: string): void };

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
  opts: { logger?: Logger; after?: (db: PostgresJsDatabase<typeof schema>) => Promise<unknown> } = {},
): Promise<void> {
  const sql = postgres(url, postgresOptions({ max: 1 }));
  try {
    const [row] = await sql<{ locked: boolean }[]>`select pg_try_advisory_lock(${MIGRATION_LOCK_KEY}) as locked`;
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
