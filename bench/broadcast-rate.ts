/**
 * A broadcast through the local Bot API server with its flood limits on: CHATS subscribed chats,
 * the server's global limit at RATE/s, the bot (compiled, its own process, on
 * PGlite) sending at BROADCAST_RATE=RATE (PAID=true: paid broadcasts). Measured: the
 * achieved rate as a share of RATE (from the first send to the last), 429s, repeats, losses,
 * and the bot's peak memory (VmHWM). In the same run and first, the baseline: a bare grammY
 * client (bare-broadcast.ts) sending to the same chats at the same pace and concurrency, with
 * no database: on a machine shared with other work, the bot's rate over the baseline's is the
 * figure that compares across runs. Each run appends one JSON line to
 * bench/results/broadcast-rate.jsonl (kept in git), with the load average around each part.
 * Environment: CHATS (100000), RATE (1000), PAID (true).
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { type LocalBotApi, startLocalBotApi } from "../local-api/index.js";
import { openDatabase } from "../src/db/client.js";
import { licenses } from "../src/db/schema.js";
import { announceLicense } from "../src/domain/broadcasts.js";
import { ROOT, spawnNode, stopChild, tempDir } from "./lib.js";
import { gitCommit } from "./memory.js";

const CHATS = Number(process.env.CHATS ?? 100_000);
const RATE = Number(process.env.RATE ?? 1000);
const PAID = (process.env.PAID ?? "true") === "true";
/** The sender's concurrency (app/background-jobs.ts), which the baseline uses too. */
const CONCURRENCY = PAID ? 64 : 4;
const RESULTS = join(ROOT, "bench", "results", "broadcast-rate.jsonl");

function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** CPU seconds `pid` has used (user and system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const load = () => Math.round(loadavg()[0]! * 10) / 10;

/**
 * Resolves once `botId` has had `count` messages delivered (or the deadline passed), with the CPU
 * time `pid` used from the first to the last: what a message costs the sender, whatever the load.
 */
function delivered(api: LocalBotApi, botId: number, count: number, pid: number): Promise<{ cpuMsPerMessage: number }> {
  return new Promise((resolve) => {
    let n = 0;
    let cpuAtFirst = 0;
    const deadline = setTimeout(done, (count / RATE) * 3000 + 60_000);
    const unsubscribe = api.subscribe((event) => {
      if (event.botId !== botId || event.kind !== "sent") return;
      if (++n === 1) cpuAtFirst = cpuSeconds(pid);
      if (n >= count) done();
    });
    function done() {
      clearTimeout(deadline);
      unsubscribe();
      resolve({ cpuMsPerMessage: Math.round(((cpuSeconds(pid) - cpuAtFirst) / Math.max(1, n - 1)) * 1e5) / 100 });
    }
  });
}

/** What the server saw of one bot's sends: rate from the first to the last, 429s, repeats, losses. */
function measure(api: LocalBotApi, botId: number) {
  const all = api.calls({ method: "sendMessage", botId });
  const ok = all.filter((c) => c.ok);
  const seconds = (ok.at(-1)!.at.getTime() - ok[0]!.at.getTime()) / 1000;
  const perSecond = (ok.length - 1) / seconds;
  const perChat = new Map<number, number>();
  for (const c of ok) perChat.set(c.chatId!, (perChat.get(c.chatId!) ?? 0) + 1);
  return {
    perSecond: Math.round(perSecond),
    shareOfLimit: Math.round((perSecond / RATE) * 1000) / 10,
    seconds: Math.round(seconds * 10) / 10,
    floods: all.filter((c) => c.error?.error_code === 429).length,
    repeats: [...perChat.values()].reduce((n, v) => n + v - 1, 0),
    lost: CHATS - perChat.size,
  };
}

export async function broadcastRate(): Promise<void> {
  const api = await startLocalBotApi({ floodLimits: { globalPerSecond: RATE }, maxRecordedCalls: CHATS * 4 });
  const dir = tempDir("bench-broadcast-");
  const bare = api.createBot({ username: "bench_bare_broadcast_bot" });
  const bot = api.createBot({ username: "bench_broadcast_bot" });
  const users = Array.from({ length: CHATS }, (_, i) => api.createUser({ firstName: `S${i}` }));
  const ids = users.map((u) => u.id);
  let peak = 0;
  try {
    // The baseline, first (nothing else of this benchmark runs meanwhile).
    const idsFile = join(dir.path, "chat-ids.txt");
    writeFileSync(idsFile, ids.join("\n"));
    const bareLoad = load();
    const bareChild = spawnNode(["dist-bench/bare-broadcast.js"], {
      BOT_TOKEN: bare.token,
      BOT_API_ROOT: api.url,
      CHAT_IDS: idsFile,
      BROADCAST_RATE: String(RATE),
      CONCURRENCY: String(CONCURRENCY),
    });
    const bareCpu = await delivered(api, bare.id, CHATS, bareChild.pid!);
    await stopChild(bareChild);
    const baseline = {
      target: "bare grammY client, same pace, no database",
      ...measure(api, bare.id),
      ...bareCpu,
      loadBefore: bareLoad,
      loadAfter: load(),
    };

    const database = await openDatabase({ dataDir: join(dir.path, "data") });
    try {
      for (let i = 0; i < ids.length; i += 10_000) {
        const part = ids.slice(i, i + 10_000).join(",");
        await database.db.execute(
          sql`insert into chats (id, type, status, created_at, last_seen_at) select unnest(${sql.raw(`array[${part}]::bigint[]`)}), 'private', 'active', now(), now()`,
        );
      }
      await database.db.execute(sql`insert into subscriptions (chat_id, alerts, updated_at) select id, 'all', now() from chats`);
      const [license] = await database.db.select({ id: licenses.id }).from(licenses).limit(1);
      await announceLicense(database.db, license!.id, new Date());
    } finally {
      await database.close();
    }
    const botLoad = load();
    const child = spawnNode(["dist/main.js"], {
      BOT_TOKEN: bot.token,
      BOT_API_ROOT: api.url,
      DATA_DIR: join(dir.path, "data"),
      TELEGRAM_GLOBAL_RATE: String(Math.min(RATE, 1000)),
      BROADCAST_RATE: String(RATE),
      BROADCAST_PAID: String(PAID),
    });
    const sampler = setInterval(() => {
      try {
        peak = Math.max(peak, peakRssMb(child.pid!));
      } catch {
        // exited
      }
    }, 500);
    let botCpu: { cpuMsPerMessage: number };
    try {
      botCpu = await delivered(api, bot.id, CHATS, child.pid!);
    } finally {
      clearInterval(sampler);
      await stopChild(child);
    }
    const result = {
      target: "this bot (PGlite)",
      ...measure(api, bot.id),
      ...botCpu,
      loadBefore: botLoad,
      loadAfter: load(),
      peakMb: Math.round(peak),
    };

    console.log(`broadcast to ${CHATS.toLocaleString("en")} chats, server limit ${RATE}/s, ${PAID ? "paid" : "free"}:`);
    for (const r of [baseline, result]) {
      console.log(
        `  ${r.target}: ${r.perSecond}/s = ${r.shareOfLimit}% of the limit over ${r.seconds} s; 429s ${r.floods}, repeats ${r.repeats}, lost ${r.lost}; CPU ${r.cpuMsPerMessage} ms a message; load ${r.loadBefore} -> ${r.loadAfter}`,
      );
    }
    const ratio = Math.round((result.perSecond / baseline.perSecond) * 1000) / 1000;
    console.log(`  the bot at ${ratio}× the baseline's rate; bot peak memory ${result.peakMb} MB`);
    const line = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      chats: CHATS,
      rate: RATE,
      paid: PAID,
      node: process.version,
      ratio,
      targets: [baseline, result],
    };
    mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
    appendFileSync(RESULTS, `${JSON.stringify(line)}\n`);
    console.log("  (appended to bench/results/broadcast-rate.jsonl)");
  } finally {
    await api.stop();
    dir.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await broadcastRate();
