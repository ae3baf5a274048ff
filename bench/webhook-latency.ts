/**
 * `/licenses boxing` answered in webhook mode through the local Bot API server, beside a bare
 * grammY bot that replies a constant string, in the same run. Latency is measured from the user's
 * send to the bot's reply arriving at the server (webhook delivery, handler, database, sendMessage).
 * Closed loop: CONCURRENCY users each send, wait for the reply, send again, until REQUESTS are done.
 * Like with like: both bots run as compiled JS (dist/main.js, dist-bench/bare-bot.js; `npm run bench`
 * builds them) in a child `node` process of their own, in webhook mode. The bot runs with start:prod's
 * Node flags (what it is deployed with), the bare bot with Node's defaults (what it would be).
 * Queries per update: the bot runs with BENCH_COUNT_QUERIES=1, which makes its drizzle logger count
 * statements (the count only, never their text or parameters) and GET /healthz report the count;
 * the difference across the measured run divided by REQUESTS (/healthz, liveness only, runs no
 * statement of its own). It includes what the background jobs ran meanwhile (the idle broadcast sender looks
 * once a second, the inbox sweeper every 15 s) and leaves out BEGIN/COMMIT.
 * Inline mode in the same processes afterwards: INLINE_FANS of those fans (known to the bot by then)
 * each type "boxing" and wait for answerInlineQuery, again, until INLINE_QUERIES are answered
 * (the bare bot answers a constant article); inline queries are not paced by Telegram.
 * CPU ms per update: the child's user + system time (/proc) over the measured messages, divided by
 * REQUESTS; other load on the machine changes it far less than it changes the latencies. The
 * machine's load average is recorded beside each target.
 * Each run appends one JSON line to bench/results/webhook-latency.jsonl (kept in git).
 * Environment: REQUESTS (2000), CONCURRENCY (32), USERS (2000 chats the requests cycle through),
 * WARMUP (USERS: each chat once), INLINE_QUERIES (500), INLINE_FANS (50), BENCH_DATABASE_URL
 * (unset = PGlite). Profiling: BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (lib.ts).
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type LocalBotApi, startLocalBotApi } from "../local-api/index.js";
import {
  closedLoop,
  cpuMs,
  fmt,
  freePort,
  inlineLoop,
  loadAverage,
  ROOT,
  scratchDatabase,
  spawnNode,
  stopChild,
  tempDir,
  webhookEnv,
} from "./lib.js";

const REQUESTS = Number(process.env.REQUESTS ?? 2_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
/**
 * Chats the requests are spread over. Telegram's pacing lets a bot answer one private chat about
 * once a second, and the bot keeps to it: with few chats a closed loop measures that pacing, not
 * the bot. The warm-up asks each chat once, so the measured requests come from known chats.
 */
const USERS = Number(process.env.USERS ?? 2_000);
const WARMUP = Number(process.env.WARMUP ?? USERS);
const INLINE_QUERIES = Number(process.env.INLINE_QUERIES ?? 500);
const INLINE_FANS = Number(process.env.INLINE_FANS ?? 50);
const INLINE_QUERY = "boxing";

interface Target {
  label: string;
  text: string;
  args: string[];
  env?: Record<string, string>;
  /** The target reports its query count on /healthz (BENCH_COUNT_QUERIES=1). */
  countsQueries?: boolean;
}

const RESULTS = join(ROOT, "bench", "results", "webhook-latency.jsonl");

export async function webhookLatency(): Promise<void> {
  const api = await startLocalBotApi({ floodLimits: false });
  const dir = tempDir("bench-webhook-");
  const database = process.env.BENCH_DATABASE_URL ? "postgres" : "pglite";
  // On PostgreSQL, a database of this run's own: a reused one's update inbox would skip the updates.
  const scratch = process.env.BENCH_DATABASE_URL ? await scratchDatabase(process.env.BENCH_DATABASE_URL) : undefined;
  try {
    const targets: Target[] = [
      { label: "bare grammY bot (constant reply)", text: "/licenses boxing", args: ["dist-bench/bare-bot.js"] },
      {
        label: `this bot: /licenses boxing (${database === "postgres" ? "PostgreSQL" : "PGlite"})`,
        text: "/licenses boxing",
        args: ["dist/main.js"],
        // BENCH_DATABASE_URL runs the bot on PostgreSQL instead of the embedded database.
        env: {
          BENCH_COUNT_QUERIES: "1",
          // The local server applies no limits here: the bot's own global pacing (30/s, as
          // Telegram's bulk limit) would otherwise be what is measured. Per-chat pacing stays.
          TELEGRAM_GLOBAL_RATE: "1000",
          ...(scratch ? { DATABASE_URL: scratch.url } : { DATA_DIR: dir.path }),
        },
        countsQueries: true,
      },
    ];
    console.log(`webhook mode, ${REQUESTS} requests, ${CONCURRENCY} concurrent users, after ${WARMUP} warm-up requests:`);
    const results: Record<string, unknown>[] = [];
    const measured: Awaited<ReturnType<typeof measure>>[] = [];
    for (const target of targets) {
      const { inline, ...r } = await measure(api, target);
      measured.push({ inline, ...r });
      const perUpdate = r.queriesPerUpdate === undefined ? "" : `  ${r.queriesPerUpdate.toFixed(2)} queries/update`;
      const cpu = r.cpuMsPerUpdate === undefined ? "" : `  ${r.cpuMsPerUpdate.toFixed(2)} CPU ms/update`;
      console.log(
        `  ${target.label.padEnd(46)} p50 ${fmt(r.p50)}  p99 ${fmt(r.p99)}  max ${fmt(r.max)}  ${r.perSecond.toFixed(0)} updates/s${perUpdate}${cpu}  (load ${r.load})`,
      );
      console.log(
        `    inline "${INLINE_QUERY}" (${INLINE_QUERIES} from ${INLINE_FANS} fans)`.padEnd(48) +
          ` p50 ${fmt(inline.p50)}  p99 ${fmt(inline.p99)}  max ${fmt(inline.max)}  ${inline.perSecond.toFixed(0)} answers/s  (load ${inline.load})`,
      );
      results.push({ target: target.label, ...round(r), inline: round(inline) });
    }
    const [bare, ours] = measured;
    if (bare && ours) {
      console.log(
        `  ratios, this bot to the bare bot: ${(ours.perSecond / bare.perSecond).toFixed(2)}x updates/s, p99 ${(ours.p99 / bare.p99).toFixed(2)}x; inline p99 ${(ours.inline.p99 / bare.inline.p99).toFixed(2)}x`,
      );
    }
    const line = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      database,
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      users: USERS,
      warmup: WARMUP,
      inlineQueries: INLINE_QUERIES,
      inlineFans: INLINE_FANS,
      node: process.version,
      targets: results,
    };
    mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
    appendFileSync(RESULTS, `${JSON.stringify(line)}\n`);
    console.log(`  (appended to bench/results/webhook-latency.jsonl)`);
  } finally {
    await api.stop();
    dir.remove();
    await scratch?.drop();
  }
}

async function measure(api: LocalBotApi, target: Target) {
  const bot = api.createBot({ username: `bench_${Math.random().toString(36).slice(2, 8)}_bot` });
  const port = await freePort();
  const child = spawnNode(target.args, {
    BOT_TOKEN: bot.token,
    BOT_API_ROOT: api.url,
    ...webhookEnv(port),
    ...target.env,
  });
  try {
    await api.waitForCall({ method: "setWebhook", botId: bot.id, ok: true, timeoutMs: 60_000 });
    const users = Array.from({ length: Math.max(USERS, CONCURRENCY) }, (_, i) =>
      api.createUser({ firstName: `Fan ${i}`, languageCode: "en" }),
    );
    await closedLoop(api, bot.id, users, target.text, WARMUP, CONCURRENCY);
    const before = target.countsQueries ? await queryCount(port) : undefined;
    const cpuBefore = cpuMs(child.pid);
    const r = await closedLoop(api, bot.id, users, target.text, REQUESTS, CONCURRENCY);
    const cpuAfter = cpuMs(child.pid);
    const load = loadAverage();
    const queries = before === undefined ? undefined : (await queryCount(port)) - before;
    const fans = users.slice(0, INLINE_FANS);
    const inline = { ...(await inlineLoop(fans, bot.id, INLINE_QUERY, INLINE_QUERIES, INLINE_FANS)), load: loadAverage() };
    return {
      ...r,
      queries,
      queriesPerUpdate: queries === undefined ? undefined : queries / REQUESTS,
      cpuMsPerUpdate: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / REQUESTS,
      load,
      inline,
    };
  } finally {
    await stopChild(child);
  }
}

/**
 * The bot's statement count from /healthz, once it has settled: the work an update does after its
 * reply was sent (marking it answered) belongs to the window it was sent in.
 */
async function queryCount(port: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 250));
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  const body = (await res.json()) as { queries?: unknown };
  if (typeof body.queries !== "number") throw new Error("the bot did not report queries on /healthz (BENCH_COUNT_QUERIES=1)");
  return body.queries;
}

function round(r: Record<string, number | undefined>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(r)) {
    if (value !== undefined) out[key] = key === "queries" ? value : Math.round(value * 100) / 100;
  }
  return out;
}

/** HEAD's commit, marked "-dirty" when the work tree has changes to tracked files. */
function gitCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return "unknown";
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await webhookLatency();
