/**
 * The medal moment: SPIKE_FANS (3,000) fans, none of them known to the bot, each send one message
 * within SPIKE_WINDOW_MS (10 s), a mix of /licenses boxing, /medals, /countdown and plain text, in
 * ru, kk and en, under Telegram's limits on the local Bot API server (30/s for the bot, about 1/s
 * per private chat). The bot runs compiled (dist/main.js) in a child process of its own, on PGlite
 * or, with BENCH_DATABASE_URL, on PostgreSQL; the baseline in the same run is the bare grammY bot
 * (dist-bench/bare-bot.js, a constant reply, grammY's auto-retry waiting out the 429s) under the
 * same limits. Both have the same floor: fans / 30 seconds.
 *
 * Measured from the server's record of what each bot sent (not from the bot's own word):
 *  - replies per chat: exactly one each, none missing, none doubled, none an error text;
 *  - the last reply, from the first fan's message, against the floor;
 *  - order: Spearman's rank correlation between the order fans wrote in and the order they were
 *    answered in, and the share answered more than a second after a fan who wrote later;
 *  - "typing…": sendChatAction calls (and the 429s the server answered), how many fans who waited
 *    over TYPING_VISIBLE_MS for their reply saw it before, and the silent wait: from a fan's message to
 *    the first sign of the bot (typing or the reply);
 *  - resident memory of the bot (VmRSS of /proc/<pid>/status, sampled) from just before the spike
 *    to its largest during it, and VmHWM.
 * Each run appends one JSON line to bench/results/spike.jsonl (kept in git).
 * Environment: SPIKE_FANS (3000), SPIKE_WINDOW_MS (10000), SPIKE_MODE (polling | webhook, both
 * bots), SPIKE_CHAT_ACTIONS_COUNT (1: the server counts sendChatAction against the 30/s, as a
 * stricter stand-in for Telegram would), SPIKE_CHAT_ACTION_RATE (the bot's TELEGRAM_CHAT_ACTION_RATE), SPIKE_BASELINE (0 skips the bare bot), BENCH_DATABASE_URL.
 */
import type { ChildProcess } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type LocalBotApi, type LocalUser, startLocalBotApi } from "../local-api/index.js";
import { freePort, percentile, ROOT, scratchDatabase, spawnNode, stopChild, tempDir, webhookEnv } from "./lib.js";
import { gitCommit } from "./memory.js";

const FANS = Number(process.env.SPIKE_FANS ?? 3_000);
const WINDOW_MS = Number(process.env.SPIKE_WINDOW_MS ?? 10_000);
const MODE = process.env.SPIKE_MODE === "webhook" ? "webhook" : "polling";
const CHAT_ACTIONS_COUNT = process.env.SPIKE_CHAT_ACTIONS_COUNT === "1";
/** The bot's "typing…" allowance (TELEGRAM_CHAT_ACTION_RATE); unset: the bot's default. */
const CHAT_ACTION_RATE = process.env.SPIKE_CHAT_ACTION_RATE;
const RATE = 30;
/** Telegram shows "typing…" for about five seconds: a fan who waits longer should see it. */
const TYPING_VISIBLE_MS = 5_000;
const RESULTS = join(ROOT, "bench", "results", "spike.jsonl");

const LANGUAGES = ["ru", "kk", "en"] as const;
const COMMANDS = ["/licenses boxing", "/medals", "/countdown"];
const CHEERS: Record<(typeof LANGUAGES)[number], string> = { ru: "Ура, золото!", kk: "Алтын алдық!", en: "Gold for Kazakhstan!" };

interface Target {
  label: string;
  args: string[];
  env: Record<string, string>;
}

interface Fan {
  user: LocalUser;
  text: string;
  sentAt: number;
  replies: { at: number; text: string }[];
  typing: number[];
}

export async function spike(): Promise<void> {
  const api = await startLocalBotApi({
    floodLimits: { globalPerSecond: RATE, chatActionsCount: CHAT_ACTIONS_COUNT },
    // Every call of the spike stays on record (the bare bot's retries included).
    maxRecordedCalls: 1_000_000,
  });
  const dir = tempDir("bench-spike-");
  const database = process.env.BENCH_DATABASE_URL ? "postgres" : "pglite";
  // On PostgreSQL, a database of this run's own: a reused one's update inbox would skip the updates.
  const scratch = process.env.BENCH_DATABASE_URL ? await scratchDatabase(process.env.BENCH_DATABASE_URL) : undefined;
  const targets: Target[] = [];
  if (process.env.SPIKE_BASELINE !== "0") {
    targets.push({ label: "bare grammY bot + auto-retry", args: ["dist-bench/bare-bot.js"], env: { BARE_AUTO_RETRY: "1" } });
  }
  targets.push({
    label: `this bot (${database === "postgres" ? "PostgreSQL" : "PGlite"})`,
    args: ["dist/main.js"],
    env: {
      TELEGRAM_GLOBAL_RATE: String(RATE),
      ...(CHAT_ACTION_RATE !== undefined ? { TELEGRAM_CHAT_ACTION_RATE: CHAT_ACTION_RATE } : {}),
      ...(scratch ? { DATABASE_URL: scratch.url } : { DATA_DIR: dir.path }),
    },
  });
  const floorMs = (FANS / RATE) * 1000;
  console.log(
    `medal moment (${MODE}): ${FANS} fans, one message each within ${WINDOW_MS / 1000} s, ${RATE}/s global and 1/s per chat ` +
      `(chat actions ${CHAT_ACTIONS_COUNT ? "counted" : "not counted"}); floor ${(floorMs / 1000).toFixed(0)} s`,
  );
  try {
    const results: Record<string, unknown>[] = [];
    for (const target of targets) {
      const r = await measure(api, target, floorMs);
      report(target.label, r);
      results.push({ target: target.label, ...r });
    }
    const line = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      database,
      mode: MODE,
      fans: FANS,
      windowMs: WINDOW_MS,
      rate: RATE,
      chatActionsCount: CHAT_ACTIONS_COUNT,
      chatActionRate: CHAT_ACTION_RATE === undefined ? "default" : Number(CHAT_ACTION_RATE),
      node: process.version,
      // Flags the bots ran with (BENCH_NODE_ARGS: a profile, a heap cap), as they change the figures.
      nodeArgs: process.env.BENCH_NODE_ARGS ?? "",
      targets: results,
    };
    mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
    appendFileSync(RESULTS, `${JSON.stringify(line)}\n`);
    console.log("  (appended to bench/results/spike.jsonl)");
  } finally {
    await api.stop();
    dir.remove();
    await scratch?.drop();
  }
}

type Result = Awaited<ReturnType<typeof measure>>;

async function measure(api: LocalBotApi, target: Target, floorMs: number) {
  // A first start makes the database (PGlite: initdb, migrations, the reference data, with a peak
  // of its own); the spike meets a restarted bot, as on a host that has been running for a while.
  const first = await launch(api, target);
  await stopChild(first.child);
  const { bot, child } = await launch(api, target);
  const memory = new MemorySampler(child);
  try {
    // Let the start settle (the command menu, the first background jobs) before the baseline reading.
    await sleep(3_000);
    const fans: Fan[] = Array.from({ length: FANS }, (_, i) => {
      const language = LANGUAGES[i % LANGUAGES.length]!;
      const kind = Math.floor(i / LANGUAGES.length) % (COMMANDS.length + 1);
      return {
        user: api.createUser({ firstName: `Fan ${i}`, languageCode: language }),
        text: COMMANDS[kind] ?? CHEERS[language],
        sentAt: Number.NaN,
        replies: [],
        typing: [],
      };
    });
    const byChat = new Map(fans.map((fan) => [fan.user.id, fan]));
    const unsubscribe = api.subscribe((event) => {
      if (event.botId !== bot.id || event.kind !== "sent") return;
      byChat.get(event.chatId)?.replies.push({ at: Date.now(), text: event.message.text ?? "" });
    });
    const callsBefore = api.calls({ botId: bot.id }).length;
    const before = memory.read();
    memory.start();
    const started = Date.now();
    // Fans write at an even pace over the window, in order; each send is on the server when it resolves.
    for (const [i, fan] of fans.entries()) {
      const due = started + (i * WINDOW_MS) / FANS;
      if (due > Date.now()) await sleep(due - Date.now());
      fan.sentAt = Date.now();
      await fan.user.send(fan.text, { bot: bot.id });
    }
    const sendSeconds = (Date.now() - started) / 1000;
    // Until every fan has a reply, or nothing has come for a long while.
    let answered = 0;
    let progressAt = Date.now();
    while (answered < FANS && Date.now() - progressAt < 60_000) {
      await sleep(100);
      const now = fans.filter((f) => f.replies.length > 0).length;
      if (now > answered) progressAt = Date.now();
      answered = now;
    }
    // A moment more, for a reply sent twice.
    await sleep(2_000);
    memory.stop();
    const after = memory.read();
    unsubscribe();

    const calls = api.calls({ botId: bot.id }).slice(callsBefore);
    for (const call of calls) {
      if (call.method === "sendChatAction" && call.ok && call.chatId !== undefined) byChat.get(call.chatId)?.typing.push(call.at.getTime());
    }
    const sends = calls.filter((c) => c.method === "sendMessage");
    const actions = calls.filter((c) => c.method === "sendChatAction");
    const errors = errorTexts();
    const replied = fans.filter((f) => f.replies.length === 1);
    const lastReply = Math.max(...fans.flatMap((f) => f.replies.map((r) => r.at)));
    const waited = replied.filter((f) => f.replies[0]!.at - f.sentAt > TYPING_VISIBLE_MS);
    const silent = fans
      .map((f) => Math.min(f.replies[0]?.at ?? Number.POSITIVE_INFINITY, f.typing[0] ?? Number.POSITIVE_INFINITY) - f.sentAt)
      .sort((a, b) => a - b);
    const order = orderOf(replied);
    return {
      sendSeconds: round(sendSeconds),
      answered: fans.filter((f) => f.replies.length > 0).length,
      missing: fans.filter((f) => f.replies.length === 0).length,
      doubled: fans.filter((f) => f.replies.length > 1).length,
      errorTexts: fans.filter((f) => f.replies.some((r) => errors.some((e) => r.text.includes(e)))).length,
      firstReplySeconds: round((Math.min(...fans.flatMap((f) => f.replies.map((r) => r.at))) - started) / 1000),
      lastReplySeconds: round((lastReply - started) / 1000),
      ofFloor: round((lastReply - started) / floorMs, 3),
      spearman: round(order.spearman, 4),
      outOfOrderOver1s: round(order.lateShare, 4),
      maxLateSeconds: round(order.maxLateMs / 1000),
      sends429: sends.filter((c) => c.error?.error_code === 429).length,
      sendsOther4xx: sends.filter((c) => !c.ok && c.error?.error_code !== 429).length,
      chatActions: actions.length,
      chatActions429: actions.filter((c) => c.error?.error_code === 429).length,
      waitedOver5s: waited.length,
      waitedSawTyping: waited.filter((f) => f.typing.some((t) => t < f.replies[0]!.at)).length,
      silentP50Seconds: round(percentile(silent, 50) / 1000),
      silentP90Seconds: round(percentile(silent, 90) / 1000),
      silentMaxSeconds: round(silent[silent.length - 1]! / 1000),
      rssBeforeMB: mb(before.rss),
      rssMaxMB: mb(memory.maxRss),
      rssGrowthMB: mb(memory.maxRss - before.rss),
      rssAfterMB: mb(after.rss),
      hwmMB: mb(after.hwm),
      cpuSeconds: round(after.cpuSeconds - before.cpuSeconds),
    };
  } finally {
    memory.stop();
    await stopChild(child);
  }
}

/** Spawns the target for a new bot account and waits until it takes updates. */
async function launch(api: LocalBotApi, target: Target) {
  const bot = api.createBot({ username: `spike_${Math.random().toString(36).slice(2, 8)}_bot` });
  const port = MODE === "webhook" ? await freePort() : 0;
  const child = spawnNode(target.args, {
    BOT_TOKEN: bot.token,
    BOT_API_ROOT: api.url,
    ...(MODE === "webhook" ? webhookEnv(port) : {}),
    ...target.env,
  });
  try {
    if (MODE === "webhook") await api.waitForCall({ method: "setWebhook", botId: bot.id, ok: true, timeoutMs: 120_000 });
    else await api.waitForLongPoll({ bot, timeoutMs: 120_000 });
  } catch (err) {
    await stopChild(child);
    throw err;
  }
  return { bot, child };
}

function report(label: string, r: Result): void {
  console.log(`  ${label}:`);
  console.log(
    `    replies: ${r.answered}/${FANS} answered, ${r.missing} missing, ${r.doubled} doubled, ${r.errorTexts} error texts; ` +
      `sendMessage 429s ${r.sends429}, other refusals ${r.sendsOther4xx} (fans' sends took ${r.sendSeconds} s)`,
  );
  console.log(
    `    first reply after ${r.firstReplySeconds} s, last after ${r.lastReplySeconds} s = ${r.ofFloor}× the floor; the bot's CPU time ${r.cpuSeconds} s`,
  );
  console.log(
    `    order: Spearman ${r.spearman}; answered over 1 s after a later fan: ${(r.outOfOrderOver1s * 100).toFixed(1)}% (worst ${r.maxLateSeconds} s)`,
  );
  console.log(
    `    typing: ${r.chatActions} sendChatAction (${r.chatActions429} × 429); of ${r.waitedOver5s} fans waiting over 5 s, ` +
      `${r.waitedSawTyping} saw it first; silent wait p50 ${r.silentP50Seconds} s, p90 ${r.silentP90Seconds} s, max ${r.silentMaxSeconds} s`,
  );
  console.log(
    `    memory: VmRSS ${r.rssBeforeMB} MB before, ${r.rssMaxMB} MB at most (+${r.rssGrowthMB} MB), ${r.rssAfterMB} MB after; VmHWM ${r.hwmMB} MB`,
  );
}

/**
 * Spearman's rho between the order fans wrote in and the order they were answered in (each fan
 * has one reply, so no ties in either), and the share of fans answered more than a second after
 * some fan who wrote later than they did.
 */
function orderOf(fans: Fan[]): { spearman: number; lateShare: number; maxLateMs: number } {
  const n = fans.length;
  if (n < 2) return { spearman: Number.NaN, lateShare: 0, maxLateMs: 0 };
  const bySend = [...fans].sort((a, b) => a.sentAt - b.sentAt);
  const replyRank = new Map([...fans].sort((a, b) => a.replies[0]!.at - b.replies[0]!.at).map((f, i) => [f, i]));
  let d2 = 0;
  for (const [i, fan] of bySend.entries()) d2 += (i - replyRank.get(fan)!) ** 2;
  // From the last writer back: the earliest reply any later writer got.
  let earliestLater = Number.POSITIVE_INFINITY;
  let late = 0;
  let maxLateMs = 0;
  for (let i = n - 1; i >= 0; i--) {
    const at = bySend[i]!.replies[0]!.at;
    const lateBy = at - earliestLater;
    if (lateBy > 1_000) late++;
    maxLateMs = Math.max(maxLateMs, lateBy);
    earliestLater = Math.min(earliestLater, at);
  }
  return { spearman: 1 - (6 * d2) / (n * (n * n - 1)), lateShare: late / n, maxLateMs };
}

/** The bot's error replies in every language (error-generic, error-db-unavailable). */
function errorTexts(): string[] {
  return LANGUAGES.flatMap((language) => {
    const ftl = readFileSync(join(ROOT, "locales", `${language}.ftl`), "utf8");
    return [...ftl.matchAll(/^error-(?:generic|db-unavailable) = (.+)$/gm)].map((m) => m[1]!.trim());
  });
}

/** The child's resident set, sampled every 200 ms while running, from /proc/<pid>/status (Linux). */
class MemorySampler {
  maxRss = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly child: ChildProcess) {}

  read(): { rss: number; hwm: number; cpuSeconds: number } {
    const text = readFileSync(`/proc/${this.child.pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? Number.NaN);
    // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
    const stat = readFileSync(`/proc/${this.child.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { rss: kb("VmRSS"), hwm: kb("VmHWM"), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100 };
  }

  start(): void {
    this.maxRss = this.read().rss;
    this.timer = setInterval(() => {
      if (this.child.exitCode === null) this.maxRss = Math.max(this.maxRss, this.read().rss);
    }, 200);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (kb: number) => round(kb / 1024, 1);

if (import.meta.url === `file://${process.argv[1]}`) await spike();
