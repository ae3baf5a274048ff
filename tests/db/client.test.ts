import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { integer, pgSchema, text } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { afterEach, describe, expect, test } from "vitest";
import { DataDirLockedError, openDatabase } from "../../src/db/client.js";
import { LOCK_FILE, lockDataDir } from "../../src/db/data-dir-lock.js";
import { MIGRATION_LOCK_KEY, MIGRATIONS_FOLDER } from "../../src/db/migrate.js";
import { athletes, chats, games, licenseAthletes, licenses, resultAthletes, results } from "../../src/db/schema.js";
import { touchChat } from "../../src/domain/chats.js";
import { listGames } from "../../src/domain/games.js";
import { createEmptyPostgresDatabase, createTestDatabase, testDatabaseUrl } from "../helpers/db.js";
import { eventually } from "../helpers/wait.js";

const drizzleMigrations = pgSchema("drizzle").table("__drizzle_migrations", {
  id: integer("id"),
  hash: text("hash"),
});
const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
  entries: unknown[];
};

/** For a test that makes a database (PGlite's initdb, every migration): 20 s and more on a loaded two-core machine. */
const SLOW = 60_000;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "olympic-bot-test-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe("migrations", () => {
  test(
    "the committed migrations are applied and recorded, once each",
    async () => {
      const database = await createTestDatabase();
      cleanups.push(() => database.close());
      expect(journal.entries.length).toBeGreaterThan(0);
      expect(await database.db.$count(drizzleMigrations)).toBe(journal.entries.length);
      expect(await database.db.$count(games)).toBeGreaterThan(0);
    },
    SLOW,
  );

  test.skipIf(!testDatabaseUrl)("instances starting together on one PostgreSQL database all succeed", async () => {
    const empty = await createEmptyPostgresDatabase(testDatabaseUrl!);
    cleanups.push(() => empty.drop());
    const opened = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ url: empty.url })));
    cleanups.push(() => Promise.all(opened.map((d) => d.close())).then(() => {}));
    for (const d of opened) expect(await listGames(d.db)).toHaveLength(10);
    const [first] = opened;
    expect(await first!.db.$count(drizzleMigrations)).toBe(journal.entries.length);
    // Seeded once, not once per instance: 4 Olympic + 12 Paralympic licenses, 27 athletes, 19 medals.
    expect(await first!.db.$count(licenses)).toBe(16);
    expect(await first!.db.$count(athletes)).toBe(27);
    expect(await first!.db.$count(results)).toBe(19);
    expect(await first!.db.$count(licenseAthletes)).toBe(12);
    expect(await first!.db.$count(resultAthletes)).toBe(20);

    const admin = postgres(empty.url, { max: 1, onnotice: () => {} });
    cleanups.push(() => admin.end());
    // pg_locks spans the whole server: only this database's locks are the migrations'.
    const held = await admin`select count(*)::int as n from pg_locks
      where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`;
    expect(held[0]?.n).toBe(0);
  });

  test.skipIf(!testDatabaseUrl)("a starting instance waits while another holds the migration lock", async () => {
    const empty = await createEmptyPostgresDatabase(testDatabaseUrl!);
    cleanups.push(() => empty.drop());
    const holder = postgres(empty.url, { max: 1, onnotice: () => {} });
    cleanups.push(() => holder.end());
    await holder`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;

    const messages: string[] = [];
    const log = (o: object | string, m?: string) => messages.push(typeof o === "string" ? o : (m ?? ""));
    let finished = false;
    const opening = openDatabase({ url: empty.url, logger: { info: log, warn: log } }).then((d) => {
      finished = true;
      return d;
    });
    // It is waiting once its session queues for the lock (an advisory lock not granted yet).
    await eventually(async () => {
      const [waiting] = await holder`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`;
      expect(waiting?.n).toBe(1);
    });
    expect(finished).toBe(false);
    const [schemaRow] = await holder`select to_regclass('public.games') as t`;
    expect(schemaRow?.t).toBeNull(); // nothing migrated while the lock is held
    expect(messages.join("\n")).toMatch(/waiting for another instance/);

    await holder`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    const database = await opening;
    cleanups.push(() => database.close());
    expect(await listGames(database.db)).toHaveLength(10);
  });
});

describe("embedded PGlite directory", () => {
  test(
    "a second open of a directory in use is refused; after close it opens with the data kept",
    async () => {
      const dir = tempDir();
      const first = await openDatabase({ dataDir: dir });
      let firstOpen = true;
      cleanups.push(() => (firstOpen ? first.close() : undefined));
      await touchChat(first.db, { id: 42, type: "private" }, new Date("2026-12-01T10:00:00Z"));

      const second = openDatabase({ dataDir: dir });
      await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(second).rejects.toThrow(`The data directory ${dir} is already in use by process ${process.pid}`);

      await first.close();
      firstOpen = false;
      expect(() => readFileSync(join(dir, LOCK_FILE))).toThrow(/ENOENT/);

      const reopened = await openDatabase({ dataDir: dir });
      cleanups.push(() => reopened.close());
      expect(await reopened.db.$count(chats)).toBe(1);
      expect(await reopened.db.$count(drizzleMigrations)).toBe(journal.entries.length);
    },
    SLOW,
  );

  test(
    "another process is refused with a clear message",
    async () => {
      const dir = tempDir();
      const first = await openDatabase({ dataDir: dir, seed: false });
      cleanups.push(() => first.close());
      const script = join(dir, "open.mts"); // .mts: ESM (top-level await) outside the package
      const client = fileURLToPath(new URL("../../src/db/client.ts", import.meta.url));
      writeFileSync(
        script,
        `import { openDatabase } from ${JSON.stringify(client)};\n` +
          `try { await openDatabase({ dataDir: ${JSON.stringify(dir)} }); console.log("opened"); process.exit(0); }\n` +
          `catch (err) { console.log(err.name + ": " + err.message); process.exit(3); }\n`,
      );
      const result = await promisify(execFile)(process.execPath, ["--import", "tsx", script], {
        cwd: fileURLToPath(new URL("../..", import.meta.url)),
      }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (err: { code: number; stdout: string; stderr: string }) => err,
      );
      expect(result.stderr).toBe("");
      expect(result.code).toBe(3);
      expect(result.stdout).toContain(`DataDirLockedError: The data directory ${dir} is already in use by process ${process.pid}`);
    },
    SLOW,
  );

  describe("lock file", () => {
    const writeLock = (dir: string, holder: object | string) =>
      writeFileSync(join(dir, LOCK_FILE), typeof holder === "string" ? holder : JSON.stringify(holder));
    const lockHolder = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")) as { pid: number };

    test("held, refused, released, taken again", () => {
      const dir = tempDir();
      const lock = lockDataDir(dir);
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      lock.release();
      lock.release(); // idempotent
      lockDataDir(dir).release();
    });

    test("a stale lock of a dead process is taken over", async () => {
      const dir = tempDir();
      const child = spawn(process.execPath, ["-e", ""]);
      await new Promise((r) => child.on("exit", r));
      writeLock(dir, { pid: child.pid, host: hostname(), started: 1 });
      const lock = lockDataDir(dir);
      expect(lockHolder(dir).pid).toBe(process.pid);
      lock.release();
    });

    test("a lock of a running process is respected", async () => {
      const dir = tempDir();
      const sleeper = spawn("sleep", ["30"]);
      cleanups.push(() => void sleeper.kill());
      writeLock(dir, { pid: sleeper.pid, host: hostname(), started: 1 });
      expect(() => lockDataDir(dir)).toThrow(`process ${sleeper.pid} on ${hostname()}`);
      expect(lockHolder(dir).pid).toBe(sleeper.pid);
    });

    test("our own pid from an earlier life (restarted container) is stale; another host's lock is not", () => {
      const dir = tempDir();
      writeLock(dir, { pid: process.pid, host: hostname(), started: 12345 });
      lockDataDir(dir).release();
      writeLock(dir, { pid: 1, host: "some-other-host", started: 1 });
      expect(() => lockDataDir(dir)).toThrow(/some-other-host/);
    });

    test("another host's lock whose heartbeat stopped (a crashed, recreated container) is taken over", () => {
      const dir = tempDir();
      writeLock(dir, { pid: 1, host: "some-other-host", started: 1 });
      // Heartbeats are file times: two minutes before the file was written, by the file system's clock.
      const twoMinutesAgo = (statSync(join(dir, LOCK_FILE)).mtimeMs - 120_000) / 1000;
      utimesSync(join(dir, LOCK_FILE), twoMinutesAgo, twoMinutesAgo);
      const lock = lockDataDir(dir);
      expect(lockHolder(dir).pid).toBe(process.pid);
      lock.release();
    });

    test("the holder's heartbeat keeps its lock fresh for other hosts; release stops it", async () => {
      const dir = tempDir();
      const lock = lockDataDir(dir, { heartbeatMs: 20 });
      const path = join(dir, LOCK_FILE);
      // Heartbeats are file times: ten minutes before the lock was written, by the file system's clock.
      const longAgo = statSync(path).mtimeMs - 600_000;
      utimesSync(path, longAgo / 1000, longAgo / 1000);
      await eventually(() => expect(statSync(path).mtimeMs).toBeGreaterThan(longAgo + 300_000));
      // What a process on another host sees: a live lock, even once its last write is long past.
      writeFileSync(path, JSON.stringify({ pid: 1, host: "some-other-host", started: 1 }));
      utimesSync(path, longAgo / 1000, longAgo / 1000);
      await eventually(() => expect(statSync(path).mtimeMs).toBeGreaterThan(longAgo + 300_000));
      expect(() => lockDataDir(dir, { staleAfterMs: 1_000 })).toThrow(/some-other-host/);
      writeFileSync(path, JSON.stringify({ pid: process.pid, host: hostname(), started: performance.timeOrigin }));
      lock.release();
      expect(existsSync(path)).toBe(false);
    });

    test("an unreadable lock file cannot name a live holder and is taken over", () => {
      const dir = tempDir();
      writeLock(dir, "garbage");
      lockDataDir(dir).release();
    });
  });
});

describe("counting queries (benchmarks)", () => {
  test(
    "countQueries counts each statement through db; without it there is no count",
    async () => {
      const counted = await openDatabase({ dataDir: "memory://", seed: false, countQueries: true });
      const plain = await openDatabase({ dataDir: "memory://", seed: false });
      try {
        expect(plain.queryCount).toBeUndefined();
        const before = counted.queryCount!();
        await listGames(counted.db);
        await counted.ping();
        expect(counted.queryCount!() - before).toBe(2);
      } finally {
        await counted.close();
        await plain.close();
      }
    },
    SLOW,
  );
});

describe("ping and outages", () => {
  test(
    "ping is true while open and false once closed",
    async () => {
      const database = await createTestDatabase();
      expect(await database.ping()).toBe(true);
      await database.close();
      expect(await database.ping()).toBe(false);
      await database.close(); // idempotent
    },
    SLOW,
  );

  test.skipIf(!testDatabaseUrl)(
    "an outage rejects queries instead of hanging, and the pool recovers by itself",
    async () => {
      const base = await createTestDatabase();
      cleanups.push(() => base.close());
      const target = new URL(base.url!);
      const proxy = await startProxy(target.hostname, Number(target.port || 5432));
      cleanups.push(() => proxy.close());
      const viaProxy = new URL(base.url!);
      viaProxy.hostname = "127.0.0.1";
      viaProxy.port = String(proxy.port);
      const database = await openDatabase({ url: viaProxy.toString(), seed: false });
      cleanups.push(() => database.close());
      expect(await listGames(database.db)).toHaveLength(10);

      // Hanging is the failure under test, so a bound has to stay; it is generous (the query is
      // refused at once, or after connect_timeout, 5 s, for a silent server).
      const rejectsWithin = async (ms: number, code: string | RegExp) => {
        let timer: NodeJS.Timeout | undefined;
        const hung = new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the query was still pending after ${ms} ms`)), ms);
        });
        try {
          await expect(Promise.race([listGames(database.db), hung])).rejects.toMatchObject({
            message: expect.stringMatching(/^Failed query/),
            cause: { code: typeof code === "string" ? code : expect.stringMatching(code) },
          });
        } finally {
          clearTimeout(timer);
        }
      };
      // Server gone: connections refused. The first query may still meet the pooled connection the
      // cut closed (which it does depends on when the pool sees the close); after that, refused.
      await proxy.setMode("down");
      await rejectsWithin(4_000, /^(CONNECTION_CLOSED|ECONNREFUSED)$/);
      for (let i = 0; i < 4; i++) await rejectsWithin(4_000, "ECONNREFUSED");
      expect(await database.ping()).toBe(false);
      // Accepted and closed before any answer (a restarting server behind a proxy).
      await proxy.setMode("fin");
      for (let i = 0; i < 3; i++) await rejectsWithin(4_000, "CONNECTION_CLOSED");
      // Accepted and never answered: connect_timeout (5 s) ends the wait.
      await proxy.setMode("blackhole");
      await rejectsWithin(9_000, "CONNECT_TIMEOUT");

      await proxy.setMode("forward");
      // Back after at most one capped reconnect backoff (2 s).
      await eventually(async () => expect(await listGames(database.db)).toHaveLength(10), 10_000);
      expect(await database.ping()).toBe(true);
    },
    60_000,
  );
});

describe.skipIf(!testDatabaseUrl)("starting while PostgreSQL cannot be reached", () => {
  test("an instance waits, trying again, while the server refuses or does not answer, then opens", async () => {
    const empty = await createEmptyPostgresDatabase(testDatabaseUrl!);
    cleanups.push(() => empty.drop());
    const target = new URL(empty.url);
    const proxy = await startProxy(target.hostname, Number(target.port || 5432));
    cleanups.push(() => proxy.close());
    const viaProxy = new URL(empty.url);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);

    const warnings: { code?: string; msg: string }[] = [];
    const logger = {
      info: () => {},
      warn: (o: object | string, msg?: string) => warnings.push({ code: (o as { code?: string }).code, msg: msg ?? String(o) }),
    };
    await proxy.setMode("down");
    const opening = openDatabase({ url: viaProxy.toString(), logger });
    await eventually(() => expect(warnings.map((w) => w.code)).toContain("ECONNREFUSED"), 10_000);
    // A server that accepts and says nothing within connect_timeout: how a busy one looks.
    await proxy.setMode("blackhole");
    await eventually(() => expect(warnings.map((w) => w.code)).toContain("CONNECT_TIMEOUT"), 20_000);
    expect(warnings[0]?.msg).toMatch(/cannot be reached yet; trying again/);
    await proxy.setMode("forward");

    const database = await opening;
    cleanups.push(() => database.close());
    expect(await listGames(database.db)).toHaveLength(10);
  }, 60_000);

  test("a database that does not exist is an error at once, not something to wait for", async () => {
    const missing = new URL(testDatabaseUrl!);
    missing.pathname = "/no_such_database_here";
    const warnings: unknown[] = [];
    const logger = { info: () => {}, warn: (o: unknown) => warnings.push(o) };
    await expect(openDatabase({ url: missing.toString(), logger })).rejects.toMatchObject({ code: "3D000" });
    expect(warnings).toEqual([]);
  });
});

type ProxyMode = "forward" | "down" | "fin" | "blackhole";

/** A TCP proxy to PostgreSQL that the test switches between working and failing in various ways. */
async function startProxy(host: string, port: number) {
  const sockets = new Set<Socket>();
  let mode: ProxyMode = "forward";
  const track = (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => s.destroy());
  };
  const server: Server = createServer((client) => {
    track(client);
    if (mode === "fin") return void client.end();
    if (mode === "blackhole") return;
    const upstream = connect(port, host);
    track(upstream);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  const listen = (p: number) => new Promise<void>((r) => server.listen(p, "127.0.0.1", r));
  const stopListening = () => new Promise<void>((r) => server.close(() => r()));
  await listen(0);
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("proxy has no port");
  return {
    port: address.port,
    async setMode(next: ProxyMode) {
      if (next === "down" && mode !== "down") await Promise.all([stopListening(), cutAll()]);
      else if (next !== "down" && mode === "down") await listen(address.port);
      else cutAll();
      mode = next;
    },
    close: async () => {
      if (mode !== "down") await Promise.all([stopListening(), cutAll()]);
    },
  };

  /** Cut open connections, as a crashed or restarted server would. */
  function cutAll() {
    for (const s of sockets) s.destroy();
  }
}
