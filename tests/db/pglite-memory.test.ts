// The embedded database's memory settings (src/db/pglite-options.ts): they are in force, on new
// and on existing data directories, and a workload well past the smaller buffer pool still works.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { afterAll, expect, test } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { PGLITE_SETTINGS } from "../../src/db/pglite-options.js";

/**
 * For a test that makes data directories the slow way (PGlite's initdb on disk, the migrations) and
 * works them: up to 44 s on a loaded two-core machine, past the default 30 s.
 */
const SLOW = 120_000;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "pglite-memory-"));
  dirs.push(dir);
  return dir;
}

async function rows<T>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

async function setting(database: Database, name: string): Promise<string> {
  const [row] = await rows<{ setting: string; unit: string | null }>(
    database,
    sql`select setting, unit from pg_settings where name = ${name}`,
  );
  return pretty(Number(row!.setting), row!.unit);
}

/** pg_settings' value in its unit ("2048", "8kB") as `show` would say it ("16MB"). */
function pretty(value: number, unit: string | null): string {
  const kb = unit === "8kB" ? value * 8 : unit === "kB" ? value : unit === "MB" ? value * 1024 : Number.NaN;
  return kb % 1024 === 0 ? `${kb / 1024}MB` : `${kb}kB`;
}

test(
  "the settings are in force on a data directory initdb sized for 128MB of shared buffers",
  async () => {
    const dir = tempDir();
    // A directory made by PGlite alone, as before these settings: its postgresql.conf says 128MB.
    const plain = new PGlite(dir);
    await plain.waitReady;
    expect((await plain.query<{ shared_buffers: string }>("show shared_buffers")).rows[0]!.shared_buffers).toBe("128MB");
    await plain.close();

    const database = await openDatabase({ dataDir: dir, seed: false });
    try {
      for (const [name, value] of Object.entries(PGLITE_SETTINGS)) expect(await setting(database, name)).toBe(value);
    } finally {
      await database.close();
    }
  },
  SLOW,
);

test(
  "a workload several times the buffer pool: writes, an index, a spilling sort, a reopen",
  async () => {
    const dir = tempDir();
    let database = await openDatabase({ dataDir: dir, seed: false });
    try {
      expect(await setting(database, "shared_buffers")).toBe("16MB");
      // 40,000 rows of 1kB: 40MB, two and a half times shared_buffers, so pages are evicted and read back.
      await database.db.execute(sql`create table bulk (id int primary key, payload text not null)`);
      await database.db.execute(sql`insert into bulk select g, repeat(md5(g::text), 32) from generate_series(1, 40000) g`);
      await database.db.execute(sql`create index bulk_payload on bulk (payload)`);
      const [sorted] = await rows<{ n: number; first: number }>(
        database,
        // Sorting 40MB by payload needs more than work_mem (4MB): an external sort in temp files.
        sql`select count(*)::int as n, (array_agg(id order by payload, id))[1] as first from bulk`,
      );
      expect(sorted!.n).toBe(40_000);
      const [expected] = await rows<{ first: number }>(database, sql`select id as first from bulk order by payload, id limit 1`);
      expect(sorted!.first).toBe(expected!.first);
      await database.db.execute(sql`vacuum analyze bulk`);
    } finally {
      await database.close();
    }
    database = await openDatabase({ dataDir: dir, seed: false });
    try {
      const [after] = await rows<{ n: number; bytes: number }>(
        database,
        sql`select count(*)::int as n, sum(length(payload))::int as bytes from bulk where payload = repeat(md5(id::text), 32)`,
      );
      expect(after).toEqual({ n: 40_000, bytes: 40_000 * 1024 });
    } finally {
      await database.close();
    }
  },
  SLOW,
);
