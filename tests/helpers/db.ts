import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type Database, MEMORY, openDatabase } from "../../src/db/client.js";
import type { SeedData } from "../../src/db/seed/load.js";

export interface TestDatabase extends Database {
  /** Connection string of the fresh PostgreSQL database; undefined on PGlite. */
  url?: string;
}

/**
 * A fresh, migrated and seeded database: in-memory PGlite, or with TEST_DATABASE_URL a new
 * PostgreSQL database (CREATE DATABASE t_<random>) that is dropped on close. Every test file
 * uses this, so the same suites run on both engines.
 */
export async function createTestDatabase(opts: { seed?: SeedData | false } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return openDatabase({ dataDir: MEMORY, seed: opts.seed });

  const name = `t_${randomBytes(8).toString("hex")}`;
  await withAdmin(adminUrl, (sql) => sql.unsafe(`create database ${name}`));
  const url = databaseUrl(adminUrl, name);
  let database: Database;
  try {
    database = await openDatabase({ url, seed: opts.seed });
  } catch (err) {
    await dropDatabase(adminUrl, name);
    throw err;
  }
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** The same server and credentials, another database. */
export function databaseUrl(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`));
}

async function withAdmin<T>(adminUrl: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
