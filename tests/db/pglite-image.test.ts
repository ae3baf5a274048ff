// The prepared image of a new embedded database (src/db/pglite-image.ts): a database made from it
// is the database a start without it makes, and an image that does not match what this checkout
// would make (other migrations, another PGlite) is never loaded.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Database, MEMORY, openDatabase } from "../../src/db/client.js";
import { LOCK_FILE } from "../../src/db/data-dir-lock.js";
import { MIGRATIONS_FOLDER, migratePglite } from "../../src/db/migrate.js";
import {
  currentImageInputs,
  dumpImage,
  type ImageInputs,
  imageFile,
  imageKey,
  readImage,
  SHIPPED_IMAGES,
  storeImage,
} from "../../src/db/pglite-image.js";
import { pgliteStartParams } from "../../src/db/pglite-options.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(prefix = "pglite-image-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

function recordingLogger() {
  const messages: { msg: string; obj: Record<string, unknown> }[] = [];
  const log = (obj: object | string, msg?: string) =>
    messages.push({ msg: msg ?? String(obj), obj: typeof obj === "object" ? (obj as Record<string, unknown>) : {} });
  return {
    logger: { info: log, warn: log },
    messages,
    fromImage: () => messages.find((m) => m.msg.includes("from its prepared image")),
    stored: () => messages.find((m) => m.msg.includes("stored an image")),
  };
}

async function rows<T = Record<string, unknown>>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

/**
 * What pg_dump would tell apart, as queries: databases, settings initdb wrote, schemas, extensions,
 * columns, constraints, indexes, sequences, triggers, functions, drizzle's migration rows, and every
 * row of every table. Stamps included: the reference data is stamped with the clock openDatabase is
 * given (pinned below), and no column has a database default that reads the wall clock.
 */
async function listing(database: Database): Promise<Record<string, unknown>> {
  const ours = sql`(select oid from pg_namespace where nspname in ('public', 'drizzle'))`;
  const out: Record<string, unknown> = {
    databases: await rows(
      database,
      sql`select datname, encoding, datcollate, datctype, datistemplate, datallowconn from pg_database order by datname`,
    ),
    conf: await rows(database, sql`select name, setting from pg_settings where source = 'configuration file' order by name`),
    schemas: await rows(database, sql`select nspname from pg_namespace order by nspname`),
    extensions: await rows(database, sql`select extname, extversion from pg_extension order by extname`),
    columns: await rows(
      database,
      sql`select table_schema, table_name, column_name, ordinal_position, data_type, column_default, is_nullable
          from information_schema.columns where table_schema in ('public', 'drizzle') order by 1, 2, 4`,
    ),
    constraints: await rows(
      database,
      sql`select conrelid::regclass::text as rel, conname, pg_get_constraintdef(oid) as def
          from pg_constraint where connamespace in ${ours} order by 1, 2`,
    ),
    indexes: await rows(
      database,
      sql`select schemaname, tablename, indexname, indexdef from pg_indexes where schemaname in ('public', 'drizzle') order by 1, 2, 3`,
    ),
    sequences: await rows(database, sql`select schemaname, sequencename, last_value from pg_sequences order by 1, 2`),
    triggers: await rows(database, sql`select tgrelid::regclass::text as rel, tgname from pg_trigger where not tgisinternal order by 1, 2`),
    functions: await rows(
      database,
      sql`select proname, pg_get_function_identity_arguments(oid) as args from pg_proc where pronamespace in ${ours} order by 1, 2`,
    ),
    migrations: await rows(database, sql`select id, hash, created_at from drizzle.__drizzle_migrations order by id`),
  };
  const tables = await rows<{ name: string }>(
    database,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const data: Record<string, string[]> = {};
  for (const table of tables) {
    const all = await rows(database, sql`select * from ${sql.identifier(table.name)}`);
    data[table.name] = all.map((row) => JSON.stringify(row)).sort();
  }
  out.data = data;
  return out;
}

/** When every database these tests list was seeded: the stamps of the reference data. */
const SEEDED_AT = new Date("2026-12-01T00:00:00Z");

async function listingOf(opts: Parameters<typeof openDatabase>[0]): Promise<Record<string, unknown>> {
  const database = await openDatabase({ clock: () => SEEDED_AT, ...opts });
  try {
    return await listing(database);
  } finally {
    await database.close();
  }
}

/**
 * For a test that makes a database (PGlite's initdb or an image loaded, every migration, the
 * reference data), some twice: up to most of a minute on a loaded two-core machine.
 */
const SLOW = 120_000;

const real = currentImageInputs();
/** A cache holding this checkout's image, made the way the bot makes it: by a first new database. */
let cache: string;
beforeAll(async () => {
  cache = tempDir();
  const log = recordingLogger();
  const database = await openDatabase({ dataDir: MEMORY, imageCache: cache, seed: false, logger: log.logger });
  await database.close();
  expect(log.stored()?.obj).toEqual({ image: imageKey(real) });
});

describe("a database made from the image", () => {
  test(
    "equals one made without it, on disk and in memory; so does the first one, which makes the image",
    async () => {
      const slow = await listingOf({ dataDir: tempDir(), imageCache: false });
      // The listing sees what it should: the reference data, and one migration row per migration.
      expect((slow.data as Record<string, string[]>).licenses!.length).toBeGreaterThan(0);
      expect((slow.data as Record<string, string[]>).seed_applied!.length).toBeGreaterThan(0);
      expect((slow.migrations as unknown[]).length).toBe(readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith(".sql")).length);

      const fresh = tempDir();
      for (const [dataDir, images, fromImage] of [
        [tempDir(), fresh, false], // no image yet: made the slow way, and the image stored
        [tempDir(), fresh, true], // from the image the one before stored
        [MEMORY, fresh, true],
        [tempDir(), cache, true],
      ] as const) {
        const log = recordingLogger();
        const fast = await listingOf({ dataDir, imageCache: images, logger: log.logger });
        expect(log.fromImage() !== undefined).toBe(fromImage);
        expect(log.stored() !== undefined).toBe(!fromImage);
        expect(fast).toEqual(slow);
      }
      // By default, from the shipped image (the user's cache, looked in after it, is empty here).
      const xdg = process.env.XDG_CACHE_HOME;
      process.env.XDG_CACHE_HOME = tempDir();
      try {
        const log = recordingLogger();
        expect(await listingOf({ dataDir: tempDir(), logger: log.logger })).toEqual(slow);
        expect(log.fromImage()?.obj).toEqual({ image: imageKey(real) });
        expect(log.stored()).toBeUndefined();
      } finally {
        if (xdg === undefined) delete process.env.XDG_CACHE_HOME;
        else process.env.XDG_CACHE_HOME = xdg;
      }
    },
    // Seven databases made, six from an image.
    2 * SLOW,
  );

  test(
    "without reference data too, and the data then loads as on any database",
    async () => {
      const slow = await listingOf({ dataDir: tempDir(), imageCache: false, seed: false });
      const log = recordingLogger();
      const fast = await listingOf({ dataDir: tempDir(), imageCache: cache, seed: false, logger: log.logger });
      expect(log.fromImage()).toBeDefined();
      expect(fast).toEqual(slow);
      expect((fast.data as Record<string, string[]>).licenses).toEqual([]);
    },
    SLOW,
  );

  test(
    "an image dumped from a new directory holds PostgreSQL's files only, not the bot's lock",
    async () => {
      const images = tempDir();
      const dir = tempDir();
      const database = await openDatabase({ dataDir: dir, imageCache: images, seed: false });
      try {
        expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
      } finally {
        await database.close();
      }
      // Listed by the system's tar, which also shows the archive is whole after the lock was taken out.
      const entries = execFileSync("tar", ["-tzf", imageFile(images, imageKey(real))], { encoding: "utf8" })
        .split("\n")
        .filter(Boolean)
        .map((name) => name.replace(/^\/+/, ""));
      expect(entries).toContain("PG_VERSION");
      expect(entries.filter((name) => name.startsWith("base/")).length).toBeGreaterThan(100);
      expect(entries.filter((name) => name.startsWith(LOCK_FILE) || name.startsWith(".image-loading"))).toEqual([]);
    },
    SLOW,
  );

  test(
    "only a new directory gets it: a directory holding something else is left to PGlite as before",
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, "notes.txt"), "mine\n");
      const log = recordingLogger();
      const database = await openDatabase({ dataDir: dir, imageCache: cache, logger: log.logger });
      await database.close();
      expect(log.fromImage()).toBeUndefined();
      expect(log.stored()).toBeUndefined();
      expect(existsSync(join(dir, "notes.txt"))).toBe(true);
    },
    SLOW,
  );

  test(
    "a load interrupted half-way (the process died) is cleared and done again at the next start",
    async () => {
      const dir = tempDir();
      // What a crash in the middle of loading leaves: the marker, and some of the image's files.
      writeFileSync(join(dir, ".image-loading"), "some key\n");
      writeFileSync(join(dir, "PG_VERSION"), "17\n");
      mkdirSync(join(dir, "base", "1"), { recursive: true });
      writeFileSync(join(dir, "base", "1", "1259"), "half a page");
      const log = recordingLogger();
      const database = await openDatabase({ dataDir: dir, imageCache: cache, logger: log.logger });
      try {
        expect(log.fromImage()).toBeDefined();
        expect(existsSync(join(dir, ".image-loading"))).toBe(false);
        expect((await rows<{ n: number }>(database, sql`select count(*)::int as n from licenses`))[0]!.n).toBeGreaterThan(0);
      } finally {
        await database.close();
      }
    },
    SLOW,
  );
});

describe("a stale or mismatched image is not used", () => {
  test("the shipped image is the one of the committed migrations and the installed PGlite and drizzle-orm", () => {
    // Failing after a new migration or an upgrade: run `npm run db:image` and commit db-image/.
    expect(readdirSync(SHIPPED_IMAGES)).toEqual([basename(imageFile(SHIPPED_IMAGES, imageKey(real)))]);
  });

  test("the key changes with any migration file, the PGlite version and the drizzle-orm version", () => {
    const migrations = tempDir("pglite-image-migrations-");
    cpSync(MIGRATIONS_FOLDER, migrations, { recursive: true });
    const inputs: ImageInputs = { ...real, migrationsFolder: migrations };
    const key = imageKey(inputs);
    expect(imageKey(real)).toBe(key); // a copy of the same files
    expect(key.startsWith(`${real.pgliteVersion}-`)).toBe(true);
    expect(imageKey({ ...inputs, pgliteVersion: "0.5.15" })).not.toBe(key);
    expect(imageKey({ ...inputs, drizzleVersion: "0.45.3" })).not.toBe(key);

    const first = readdirSync(migrations).find((f) => f.endsWith(".sql"))!;
    writeFileSync(join(migrations, first), "-- one more line\n", { flag: "a" });
    const edited = imageKey(inputs);
    expect(edited).not.toBe(key);
    writeFileSync(join(migrations, "meta", "_journal.json"), "{}\n", { flag: "a" });
    const journal = imageKey(inputs);
    expect(journal).not.toBe(edited);
    renameSync(join(migrations, first), join(migrations, `x${first}`));
    expect(imageKey(inputs)).not.toBe(journal);
  });

  test(
    "images made for other migrations or another PGlite, lying in the cache, are not loaded",
    async () => {
      const images = tempDir();
      // An image whose migrations make one more table...
      const other = tempDir("pglite-image-migrations-");
      cpSync(MIGRATIONS_FOLDER, other, { recursive: true });
      addMigration(other, "9999_stale_marker", `CREATE TABLE "stale_marker" ("id" integer);`);
      const otherKey = await makeImage(images, { ...real, migrationsFolder: other });
      expect(otherKey).not.toBe(imageKey(real));
      // ...and a copy of it under the name this checkout's image would have with another PGlite.
      cpSync(imageFile(images, otherKey), imageFile(images, imageKey({ ...real, pgliteVersion: "0.5.15" })));

      const log = recordingLogger();
      const database = await openDatabase({ dataDir: tempDir(), imageCache: images, logger: log.logger });
      try {
        expect(log.fromImage()).toBeUndefined();
        expect(await rows(database, sql`select 1 from pg_tables where tablename = 'stale_marker'`)).toEqual([]);
      } finally {
        await database.close();
      }
      // Made the slow way, and stored under its own key beside the others.
      expect(log.stored()?.obj).toEqual({ image: imageKey(real) });
      expect(readImage(images, imageKey(real))).not.toBeNull();
      // The stale one still holds its table: it is a real image, only not this checkout's.
      const stale = new PGlite({ dataDir: MEMORY, loadDataDir: readImage(images, otherKey)!.tar });
      try {
        await stale.waitReady;
        expect((await stale.query("select 1 from pg_tables where tablename = 'stale_marker'")).rows).toHaveLength(1);
      } finally {
        await stale.close();
      }
    },
    SLOW,
  );

  test(
    "a damaged image under the right name is removed, and the database is made all the same",
    async () => {
      const images = tempDir();
      writeFileSync(imageFile(images, imageKey(real)), "not a tarball");
      const log = recordingLogger();
      const database = await openDatabase({ dataDir: tempDir(), imageCache: images, logger: log.logger });
      try {
        expect(log.messages.some((m) => m.msg.includes("damaged"))).toBe(true);
        expect(log.fromImage()).toBeUndefined();
        expect((await rows<{ n: number }>(database, sql`select count(*)::int as n from licenses`))[0]!.n).toBeGreaterThan(0);
      } finally {
        await database.close();
      }
      // Replaced by a good one.
      expect(log.stored()).toBeDefined();
      expect(readImage(images, imageKey(real))).not.toBeNull();
    },
    SLOW,
  );
});

/** Stores the image of `inputs` as the bot makes one (initdb, migrations, dump) and returns its key. */
async function makeImage(images: string, inputs: ImageInputs): Promise<string> {
  const pg = new PGlite({ dataDir: MEMORY, startParams: pgliteStartParams() });
  try {
    await pg.waitReady;
    await migratePglite(pg, undefined, inputs.migrationsFolder);
    const key = imageKey(inputs);
    await storeImage(images, key, await dumpImage(pg));
    return key;
  } finally {
    await pg.close();
  }
}

/** Appends a migration to a copy of the migrations folder, as drizzle-kit would record it. */
function addMigration(folder: string, tag: string, statement: string): void {
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { idx: number; when: number; tag: string }[] };
  const last = journal.entries[journal.entries.length - 1]!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  writeFileSync(journalPath, JSON.stringify(journal, null, 2));
  writeFileSync(join(folder, `${tag}.sql`), statement);
}
