import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type Database, MEMORY, openDatabase } from "../../src/db/client.js";
import type { SeedData } from "../../src/db/seed/load.js";
import type { Clock } from "../../src/lib/clock.js";

/** When a test database's reference data was loaded, unless the test gives its own clock. */
export const TEST_SEEDED_AT = "2026-12-01T00:00:00Z";

export interface TestDatabase extends Database {
  /** Connection string of the fresh PostgreSQL database; undefined on PGlite. */
  url?: string;
}

/** The PostgreSQL server tests may create databases on, if any. */
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

/**
 * A fresh, migrated and seeded database: in-memory PGlite, or with TEST_DATABASE_URL a new
 * PostgreSQL database (CREATE DATABASE t_<random>) that is dropped on close. Every test file
 * uses this, so the same suites run on both engines.
 */
export async function createTestDatabase(
  opts: { seed?: SeedData | false; countQueries?: boolean; clock?: Clock } = {},
): Promise<TestDatabase> {
  // The reference data is stamped with the test's clock (default: a fixed instant, never today).
  const clock = opts.clock ?? (() => new Date(TEST_SEEDED_AT));
  if (!testDatabaseUrl) return openDatabase({ dataDir: MEMORY, seed: opts.seed, countQueries: opts.countQueries, clock });

  const empty = await createEmptyPostgresDatabase(testDatabaseUrl);
  let database: Database;
  try {
    database = await openDatabase({ url: empty.url, seed: opts.seed, countQueries: opts.countQueries, clock });
  } catch (err) {
    await empty.drop();
    throw err;
  }
  return {
    ...database,
    url: empty.url,
    close: async () => {
      await database.close();
      await empty.drop();
    },
  };
}

/** A new, empty (unmigrated) PostgreSQL database on the server of `adminUrl`. */
export async function createEmptyPostgresDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `t_${randomBytes(8).toString("hex")}`;
  await withAdmin(adminUrl, (sql) => sql.unsafe(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(adminUrl, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

async function withAdmin<T>(adminUrl: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Calls `listener` with the text of each statement the database's driver client is given, as it
 * is given: the database boundary, where a test can see the app's work as it sees its Bot API
 * calls at the local server. Statements inside a transaction run on a client of their own and
 * are not seen. Returns the stop.
 */
export function observeStatements(database: Database, listener: (text: string) => void): () => void {
  let active = true;
  const client = (database.db as unknown as { $client: Record<string, unknown> }).$client;
  for (const name of database.kind === "pglite" ? ["query", "exec"] : ["unsafe"]) {
    const original = client[name];
    if (typeof original !== "function") throw new Error(`database client has no ${name}()`);
    const bound = original.bind(client) as (...args: unknown[]) => unknown;
    client[name] = (...args: unknown[]) => {
      if (active && typeof args[0] === "string") listener(args[0]);
      return bound(...args);
    };
  }
  return () => {
    active = false;
  };
}
