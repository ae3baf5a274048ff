/**
 * A broadcast through the local Bot API server with its flood limits on: CHATS subscribed chats,
 * the server's global limit at RATE/s, the bot (compiled, its own process, PGlite unless
 * BENCH_DATABASE_URL) sending at BROADCAST_RATE=RATE (PAID=true: paid broadcasts). Measured: the
 * achieved rate as a share of RATE (from the first send to the last), 429s, repeats, losses,
 * and the bot's peak memory (VmHWM). Environment: CHATS (100000), RATE (1000), PAID (true).
 */
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { startLocalBotApi } from "../local-api/index.js";
import { openDatabase } from "../src/db/client.js";
import { licenses } from "../src/db/schema.js";
import { announceLicense } from "../src/domain/broadcasts.js";
import { spawnNode, stopChild, tempDir } from "./lib.js";

const CHATS = Number(process.env.CHATS ?? 100_000);
const RATE = Number(process.env.RATE ?? 1000);
const PAID = (process.env.PAID ?? "true") === "true";

function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

export async function broadcastRate(): Promise<void> {
  const api = await startLocalBotApi({ floodLimits: { globalPerSecond: RATE }, maxRecordedCalls: CHATS * 2 });
  const dir = tempDir("bench-broadcast-");
  const bot = api.createBot({ username: "bench_broadcast_bot" });
  const users = Array.from({ length: CHATS }, (_, i) => api.createUser({ firstName: `S${i}` }));
  const database = await openDatabase({ dataDir: dir.path });
  try {
    const ids = users.map((u) => u.id);
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
  const child = spawnNode(["dist/main.js"], {
    BOT_TOKEN: bot.token,
    BOT_API_ROOT: api.url,
    DATA_DIR: dir.path,
    TELEGRAM_GLOBAL_RATE: String(Math.min(RATE, 1000)),
    BROADCAST_RATE: String(RATE),
    BROADCAST_PAID: String(PAID),
  });
  let peak = 0;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, peakRssMb(child.pid!));
    } catch {
      // exited
    }
  }, 500);
  try {
    const sends = () => api.calls({ method: "sendMessage", botId: bot.id });
    const deadline = performance.now() + (CHATS / RATE) * 3000 + 60_000;
    while (performance.now() < deadline && sends().filter((c) => c.ok).length < CHATS) await new Promise((r) => setTimeout(r, 200));
    const all = sends();
    const ok = all.filter((c) => c.ok);
    const seconds = (ok.at(-1)!.at.getTime() - ok[0]!.at.getTime()) / 1000;
    const achieved = (ok.length - 1) / seconds;
    const perChat = new Map<number, number>();
    for (const c of ok) perChat.set(c.chatId!, (perChat.get(c.chatId!) ?? 0) + 1);
    const repeats = [...perChat.values()].reduce((n, v) => n + v - 1, 0);
    console.log(`broadcast to ${CHATS.toLocaleString("en")} chats, server limit ${RATE}/s, ${PAID ? "paid" : "free"}:`);
    console.log(
      `  achieved ${achieved.toFixed(0)}/s = ${((achieved / RATE) * 100).toFixed(1)}% of the limit, over ${seconds.toFixed(1)} s`,
    );
    console.log(
      `  429s ${all.filter((c) => c.error?.error_code === 429).length}; repeats ${repeats}; lost ${CHATS - perChat.size}; bot peak memory ${peak.toFixed(0)} MB`,
    );
  } finally {
    clearInterval(sampler);
    await stopChild(child);
    await api.stop();
    dir.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await broadcastRate();
