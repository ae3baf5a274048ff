/**
 * `/licenses boxing` answered in webhook mode through the local Bot API server, beside a bare
 * grammY bot that replies a constant string, in the same run. Latency is measured from the user's
 * send to the bot's reply arriving at the server (webhook delivery, handler, database, sendMessage).
 * Closed loop: CONCURRENCY users each send, wait for the reply, send again, until REQUESTS are done.
 * Like with like: both bots run as compiled JS (dist/main.js, dist-bench/bare-bot.js; `npm run bench`
 * builds them) in a child `node` process of their own, in webhook mode, with the same flags.
 * Environment: REQUESTS (2000), CONCURRENCY (32), WARMUP (200), BENCH_DATABASE_URL (unset = PGlite).
 */
import { createServer } from "node:net";
import { startLocalBotApi, type LocalBotApi, type LocalUser } from "../local-api/index.js";
import { fmt, percentile, spawnNode, stopChild, tempDir } from "./lib.js";

const REQUESTS = Number(process.env.REQUESTS ?? 2_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
const WARMUP = Number(process.env.WARMUP ?? 200);

interface Target {
  label: string;
  text: string;
  args: string[];
  env?: Record<string, string>;
}

export async function webhookLatency(): Promise<void> {
  const api = await startLocalBotApi({ floodLimits: false });
  const dir = tempDir("bench-webhook-");
  try {
    const targets: Target[] = [
      { label: "bare grammY bot (constant reply)", text: "/licenses boxing", args: ["dist-bench/bare-bot.js"] },
      {
        label: `this bot: /licenses boxing (${process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "PGlite"})`,
        text: "/licenses boxing",
        args: ["dist/main.js"],
        // BENCH_DATABASE_URL runs the bot on PostgreSQL instead of the embedded database.
        env: process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : { DATA_DIR: dir.path },
      },
    ];
    console.log(`webhook mode, ${REQUESTS} requests, ${CONCURRENCY} concurrent users, after ${WARMUP} warm-up requests:`);
    for (const target of targets) {
      const r = await measure(api, target);
      console.log(
        `  ${target.label.padEnd(46)} p50 ${fmt(r.p50)}  p99 ${fmt(r.p99)}  max ${fmt(r.max)}  ${r.perSecond.toFixed(0)} updates/s`,
      );
    }
  } finally {
    await api.stop();
    dir.remove();
  }
}

async function measure(api: LocalBotApi, target: Target) {
  const bot = api.createBot({ username: `bench_${Math.random().toString(36).slice(2, 8)}_bot` });
  const port = await freePort();
  const child = spawnNode(target.args, {
    BOT_TOKEN: bot.token,
    BOT_API_ROOT: api.url,
    BOT_MODE: "webhook",
    WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`,
    WEBHOOK_SECRET: "bench-webhook-secret",
    PORT: String(port),
    ...target.env,
  });
  try {
    await api.waitForCall({ method: "setWebhook", botId: bot.id, ok: true, timeoutMs: 60_000 });
    const users = Array.from({ length: CONCURRENCY }, (_, i) => api.createUser({ firstName: `Fan ${i}`, languageCode: "en" }));
    await closedLoop(api, bot.id, users, target.text, WARMUP);
    return await closedLoop(api, bot.id, users, target.text, REQUESTS);
  } finally {
    await stopChild(child);
  }
}

async function closedLoop(api: LocalBotApi, botId: number, users: LocalUser[], text: string, total: number) {
  // One reply resolver per chat: each user has at most one request in flight.
  const waiting = new Map<number, () => void>();
  const unsubscribe = api.subscribe((event) => {
    if (event.botId !== botId || event.kind !== "sent") return;
    const resolve = waiting.get(event.chatId);
    if (resolve) {
      waiting.delete(event.chatId);
      resolve();
    }
  });
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  const worker = async (user: LocalUser) => {
    while (issued < total) {
      issued++;
      const replied = new Promise<void>((resolve, reject) => {
        waiting.set(user.id, resolve);
        setTimeout(() => reject(new Error(`no reply to ${user.id} within 30 s`)), 30_000).unref();
      });
      const sentAt = performance.now();
      await user.send(text, { bot: botId });
      await replied;
      latencies.push(performance.now() - sentAt);
    }
  };
  try {
    await Promise.all(users.map(worker));
  } finally {
    unsubscribe();
  }
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1]!,
    perSecond: (latencies.length / elapsed) * 1000,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await webhookLatency();
