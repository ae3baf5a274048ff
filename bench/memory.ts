/**
 * Memory: the resident set of the compiled bot (`node dist/main.js` with `npm run start:prod`'s flags, polling mode) on PGlite and,
 * with BENCH_DATABASE_URL, on PostgreSQL, read from /proc/<pid>/status (Linux only):
 *  - first start: VmHWM once the bot first asks for updates on an empty PGlite directory
 *    (the image shipped in db-image/, migrations, reference data; src/db/pglite-image.ts) with an
 *    empty image cache, or on PostgreSQL's migrated database;
 *  - first start from the image: the same on another empty directory (before db-image/ was
 *    shipped, the first start ran initdb and cached an image, which this one then loaded);
 *  - idle: VmRSS of a restart on the now-migrated database, SETTLE_MS after its first getUpdates;
 *  - loaded: VmRSS SETTLE_MS after REQUESTS `/licenses boxing` from USERS simulated users
 *    (CONCURRENCY in flight, each waits for its reply), and VmHWM, the peak of the whole run.
 * RssAnon is the process's own memory (V8 heap, WASM memory, malloc); RssFile is mapped files
 * (the node binary, shared libraries), which other processes share.
 * Each run appends one JSON line to bench/results/memory.jsonl (kept in git).
 * Environment: REQUESTS (2000), CONCURRENCY (32), USERS (2000), SETTLE_MS (5000),
 * BENCH_DATABASE_URL (also measure on PostgreSQL).
 */
import { type ChildProcess, execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type LocalBotApi, startLocalBotApi } from "../local-api/index.js";
import { closedLoop, ROOT, spawnNode, stopChild, tempDir } from "./lib.js";

const REQUESTS = Number(process.env.REQUESTS ?? 2_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
const USERS = Number(process.env.USERS ?? 2_000);
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 5_000);
const RESULTS = join(ROOT, "bench", "results", "memory.jsonl");

interface Status {
  /** kB, as /proc reports them. */
  rss: number;
  hwm: number;
  anon: number;
  file: number;
}

export async function memory(): Promise<void> {
  const api = await startLocalBotApi({ floodLimits: false });
  const targets: { database: "pglite" | "postgres"; env: (dir: string) => Record<string, string> }[] = [
    { database: "pglite", env: (dir) => ({ DATA_DIR: join(dir, "data") }) },
  ];
  const url = process.env.BENCH_DATABASE_URL;
  if (url) targets.push({ database: "postgres", env: () => ({ DATABASE_URL: url }) });
  try {
    console.log(`memory (compiled bot, polling), ${REQUESTS} requests from ${USERS} users, ${CONCURRENCY} in flight:`);
    const results: Record<string, unknown>[] = [];
    for (const target of targets) {
      const dir = tempDir("bench-memory-");
      try {
        const r = await measure(api, target.database, target.env(dir.path), dir.path);
        const fromImage = r.firstStartFromImage ? `  (from image ${mb(r.firstStartFromImage.hwm)})` : "";
        console.log(
          `  ${target.database.padEnd(8)} first start peak ${mb(r.firstStart.hwm)}${fromImage}  idle ${mb(r.idle.rss)} ` +
            `(anon ${mb(r.idle.anon)})  loaded ${mb(r.loaded.rss)} (anon ${mb(r.loaded.anon)})  peak ${mb(r.loaded.hwm)}`,
        );
        results.push({ database: target.database, ...r });
      } finally {
        dir.remove();
      }
    }
    const line = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      users: USERS,
      settleMs: SETTLE_MS,
      node: process.version,
      unit: "kB",
      targets: results,
    };
    mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
    appendFileSync(RESULTS, `${JSON.stringify(line)}\n`);
    console.log(`  (appended to bench/results/memory.jsonl)`);
  } finally {
    await api.stop();
  }
}

async function measure(api: LocalBotApi, database: "pglite" | "postgres", dbEnv: Record<string, string>, dir: string) {
  // The bot's cache of prepared PGlite images: empty at first, so the first start makes one.
  const cache = join(dir, "cache");
  const env = { ...dbEnv, XDG_CACHE_HOME: cache };
  // First start: creates (PGlite) or migrates (PostgreSQL) the database.
  const firstStart = await peakOfStart(api, env);
  // Another new PGlite directory, from the image the first start cached.
  const firstStartFromImage = database === "pglite" ? await peakOfStart(api, { ...env, DATA_DIR: join(dir, "second") }) : undefined;
  const { child, bot } = await start(api, env);
  try {
    await sleep(SETTLE_MS);
    const idle = status(child);
    const users = Array.from({ length: Math.max(USERS, CONCURRENCY) }, (_, i) =>
      api.createUser({ firstName: `Fan ${i}`, languageCode: "en" }),
    );
    const started = performance.now();
    await closedLoop(api, bot.id, users, "/licenses boxing", REQUESTS, CONCURRENCY);
    const seconds = (performance.now() - started) / 1000;
    await sleep(SETTLE_MS);
    const loaded = status(child);
    return { firstStart, firstStartFromImage, idle, loaded, loadSeconds: Math.round(seconds * 10) / 10 };
  } finally {
    await stopChild(child);
  }
}

/** VmHWM of a start, up to its first getUpdates. */
async function peakOfStart(api: LocalBotApi, env: Record<string, string>): Promise<Status> {
  const { child } = await start(api, env);
  try {
    return status(child);
  } finally {
    await stopChild(child);
  }
}

/** Spawns the bot (a new bot account each time) and waits for its first getUpdates. */
async function start(api: LocalBotApi, dbEnv: Record<string, string>) {
  const bot = api.createBot({ username: `mem_${Math.random().toString(36).slice(2, 8)}_bot` });
  const child = spawnNode(["dist/main.js"], {
    BOT_TOKEN: bot.token,
    BOT_API_ROOT: api.url,
    // As in webhook-latency: the server applies no limits, so the bot's own global pacing would
    // stretch the run without changing what it holds. Per-chat pacing stays.
    TELEGRAM_GLOBAL_RATE: "1000",
    ...dbEnv,
  });
  try {
    await api.waitForCall({ method: "getUpdates", botId: bot.id, timeoutMs: 180_000 });
  } catch (err) {
    await stopChild(child);
    throw err;
  }
  return { child, bot };
}

function status(child: ChildProcess): Status {
  if (child.exitCode !== null || child.pid === undefined) throw new Error("the bot exited");
  const text = readFileSync(`/proc/${child.pid}/status`, "utf8");
  const kb = (field: string) => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text);
    if (!m) throw new Error(`no ${field} in /proc/${child.pid}/status`);
    return Number(m[1]);
  };
  return { rss: kb("VmRSS"), hwm: kb("VmHWM"), anon: kb("RssAnon"), file: kb("RssFile") };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`.padStart(7);

/**
 * HEAD's commit, marked "-dirty" when tracked files have changes (as webhook-latency.ts records
 * it), not counting bench/results/, which every run appends to.
 */
export function gitCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/results"], {
      cwd: ROOT,
      encoding: "utf8",
    }).trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return "unknown";
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await memory();
