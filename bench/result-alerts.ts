/**
 * A medal's alert to CHATS subscribers, from the staff member's Save to the last chat's alert,
 * beside a license's alert to the same chats in the same run (the baseline: text only, the engine
 * both ride). The local Bot API server applies Telegram's limits (30 messages/s per bot, about one
 * a second per chat; photos count like texts); the bot (compiled, its own process, PGlite) runs
 * with its default rates (BROADCAST_RATE 25/s within TELEGRAM_GLOBAL_RATE 30/s) and the real
 * sender, which uploads each language's medal card once and sends the others by file_id.
 * The save is the real one: a staff member goes through /addresult (or /addlicense) up to the
 * preview, and the clock starts when "Save and alert subscribers" is pressed (recordResult with
 * the alert, or the license's save). ALERT_DELAY, the Undo window before an alert starts (60 s by
 * default), is 0 here, so what is measured is the engine; with the default add ALERT_DELAY.
 * Measured per target: save → first alert, save → last alert, the sends/s from the first to the
 * last, the 429s the server answered, card uploads, repeats and losses.
 * Each run appends one JSON line to bench/results/result-alerts.jsonl (kept in git).
 * Environment: CHATS (2000), ALERT_DELAY (0).
 */
import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { type BotMessage, type LocalBot, type LocalBotApi, type LocalUser, startLocalBotApi } from "../local-api/index.js";
import { openDatabase } from "../src/db/client.js";
import { ROOT, spawnNode, stopChild, tempDir } from "./lib.js";
import { gitCommit } from "./memory.js";

const CHATS = Number(process.env.CHATS ?? 2_000);
const ALERT_DELAY = process.env.ALERT_DELAY ?? "0";
const LANGS = ["ru", "kk", "en"] as const;
const SAVE = "✅ Save and alert subscribers";
const RESULTS = join(ROOT, "bench", "results", "result-alerts.jsonl");

interface Target {
  label: string;
  /** Goes through the staff conversation up to its preview. */
  preview(staff: StaffChat): Promise<BotMessage>;
}

const TARGETS: Target[] = [
  {
    label: "license alert (baseline: text)",
    async preview(staff) {
      let m = await staff.ask("/addlicense");
      m = await staff.ask("LA 2028");
      m = await staff.ask("judo");
      m = await staff.press(m, "Team");
      m = await staff.press(m, "Skip"); // event
      m = await staff.press(m, "Skip"); // how it was won
      m = await staff.press(m, "Today");
      m = await staff.press(m, "1"); // quota places
      return staff.press(m, "Skip"); // source
    },
  },
  {
    label: "medal alert (card + caption)",
    async preview(staff) {
      let m = await staff.ask("/addresult");
      m = await staff.press(m, "Milan–Cortina d’Ampezzo 2026");
      m = await staff.ask("figure skating");
      m = await staff.ask("Men's singles");
      m = await staff.ask("Мужское одиночное катание");
      m = await staff.ask("Ерлер арасындағы жеке сырғанау");
      m = await staff.ask("Shaidorov");
      m = await staff.press(m, "Mikhail Shaidorov");
      m = await staff.press(m, "🥇 Gold");
      m = await staff.ask("13 February 2026");
      return staff.press(m, "Skip"); // source
    },
  },
];

export async function resultAlerts(): Promise<void> {
  const api = await startLocalBotApi({ floodLimits: true, maxRecordedCalls: CHATS * 4 });
  try {
    console.log(
      `an alert to ${CHATS.toLocaleString("en")} chats (ru, kk, en), Telegram's limits on, the bot at its default rates, ALERT_DELAY=${ALERT_DELAY}:`,
    );
    const results: Record<string, unknown>[] = [];
    for (const target of TARGETS) {
      const r = await measure(api, target);
      console.log(
        `  ${target.label.padEnd(31)} save → first ${s(r.firstMs)}, → last ${s(r.lastMs)}; ${r.perSecond.toFixed(1)} sends/s; ` +
          `429s ${r.tooMany}; card uploads ${r.uploads}; repeats ${r.repeats}; lost ${r.lost}`,
      );
      results.push({ target: target.label, ...r });
    }
    const line = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      chats: CHATS,
      alertDelay: Number(ALERT_DELAY),
      node: process.version,
      targets: results,
    };
    mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
    appendFileSync(RESULTS, `${JSON.stringify(line)}\n`);
    console.log(`  (appended to bench/results/result-alerts.jsonl)`);
  } finally {
    await api.stop();
  }
}

/** One target on a bot of its own, with a new database: CHATS subscribers, a staff member, one save. */
async function measure(api: LocalBotApi, target: Target) {
  const dir = tempDir("bench-result-alerts-");
  const bot = api.createBot({ username: `bench_alerts_${Math.random().toString(36).slice(2, 8)}_bot` });
  const staff = api.createUser({ firstName: "Staff", languageCode: "en" });
  const users = Array.from({ length: CHATS }, (_, i) => api.createUser({ firstName: `S${i}`, languageCode: LANGS[i % LANGS.length] }));
  await subscribe(dir.path, users);
  const child = spawnNode(["dist/main.js"], {
    BOT_TOKEN: bot.token,
    BOT_API_ROOT: api.url,
    DATA_DIR: dir.path,
    BOT_OWNER_IDS: String(staff.id),
    ALERT_DELAY,
  });
  try {
    await api.waitForLongPoll({ bot, timeoutMs: 120_000 });
    const preview = await target.preview(staffChat(staff, bot));
    if (!preview.text.includes("Preview"))
      throw new Error(`${target.label}: the conversation did not reach its preview; it said:\n${preview.text}`);

    // Each subscriber's alerts as the server takes them: when, and how many per chat.
    const subscribers = new Set(users.map((u) => u.id));
    const arrivals: number[] = [];
    const perChat = new Map<number, number>();
    const unsubscribe = api.subscribe((event) => {
      if (event.botId !== bot.id || event.kind !== "sent" || !subscribers.has(event.chatId)) return;
      arrivals.push(performance.now());
      perChat.set(event.chatId, (perChat.get(event.chatId) ?? 0) + 1);
    });
    const savedAt = performance.now();
    await staff.press(preview, SAVE);
    // The floor is CHATS / 25 s; three times that, and a minute, before giving up.
    const deadline = savedAt + (CHATS / 25) * 3000 + 60_000;
    while (performance.now() < deadline && perChat.size < CHATS) await new Promise((r) => setTimeout(r, 100));
    unsubscribe();

    const sends = api.calls({ botId: bot.id }).filter((c) => c.method === "sendMessage" || c.method === "sendPhoto");
    const first = arrivals[0] ?? Number.NaN;
    const last = arrivals.at(-1) ?? Number.NaN;
    return {
      firstMs: Math.round(first - savedAt),
      lastMs: Math.round(last - savedAt),
      perSecond: Math.round(((arrivals.length - 1) / ((last - first) / 1000)) * 10) / 10,
      tooMany: sends.filter((c) => c.error?.error_code === 429).length,
      uploads: sends.filter((c) => c.method === "sendPhoto" && c.ok && !/^AgAC/.test(String(c.params.photo))).length,
      photos: sends.filter((c) => c.method === "sendPhoto" && c.ok && c.chatId !== staff.id).length,
      repeats: [...perChat.values()].reduce((n, v) => n + v - 1, 0),
      lost: CHATS - perChat.size,
    };
  } finally {
    await stopChild(child);
    dir.remove();
  }
}

/** The chats, each in its language, wanting every license alert and medal alerts, before the bot starts. */
async function subscribe(dataDir: string, users: LocalUser[]): Promise<void> {
  const database = await openDatabase({ dataDir });
  try {
    for (const lang of LANGS) {
      const ids = users.filter((u) => u.languageCode === lang).map((u) => u.id);
      await database.db.execute(
        sql`insert into chats (id, type, status, telegram_language, created_at, last_seen_at)
          select unnest(${sql.raw(`array[${ids.join(",")}]::bigint[]`)}), 'private', 'active', ${lang}, now(), now()`,
      );
    }
    await database.db.execute(
      sql`insert into subscriptions (chat_id, alerts, results, updated_at) select id, 'all', 'medals', now() from chats`,
    );
  } finally {
    await database.close();
  }
}

/** A staff member's private chat with one bot: a message and the reply, a press and the next message. */
interface StaffChat {
  ask(text: string): Promise<BotMessage>;
  press(message: BotMessage, text: string): Promise<BotMessage>;
}

function staffChat(user: LocalUser, bot: LocalBot): StaffChat {
  const next = () => user.waitForMessage({ bot, timeoutMs: 30_000 });
  return {
    async ask(text) {
      await user.send(text, { bot });
      return next();
    },
    async press(message, text) {
      const reply = next();
      await user.press(message, text);
      return reply;
    },
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

if (import.meta.url === `file://${process.argv[1]}`) await resultAlerts();
