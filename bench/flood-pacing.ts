/**
 * Replies under Telegram's flood limits: the local Bot API server enforces them (global
 * LIMIT_RATE/s, one a second per private chat after a burst), the bot (compiled, its own process,
 * polling, PGlite) paces itself. FANS users each send COMMANDS commands at once; measured: time
 * until the last reply, as a share of the floor (replies / rate), 429s the server answered, and
 * replies lost or doubled, and the "typing…" calls made. Environment: FANS (200), COMMANDS (5),
 * LIMIT_RATE (30), CHAT_ACTIONS_COUNT (1: the server counts sendChatAction against the global rate).
 */
import { startLocalBotApi } from "../local-api/index.js";
import { spawnNode, stopChild, tempDir } from "./lib.js";

const FANS = Number(process.env.FANS ?? 200);
const COMMANDS = Number(process.env.COMMANDS ?? 5);
const RATE = Number(process.env.LIMIT_RATE ?? 30);
const TEXTS = ["/help", "/countdown", "/licenses boxing", "/schedule judo", "/start"];

export async function floodPacing(): Promise<void> {
  // CHAT_ACTIONS_COUNT=1: "typing…" counts against the global rate too, as a stricter stand-in for Telegram would.
  const api = await startLocalBotApi({ floodLimits: { globalPerSecond: RATE, chatActionsCount: process.env.CHAT_ACTIONS_COUNT === "1" } });
  const dir = tempDir("bench-flood-");
  const bot = api.createBot({ username: "bench_flood_bot" });
  const child = spawnNode(["dist/main.js"], {
    BOT_TOKEN: bot.token,
    BOT_API_ROOT: api.url,
    DATA_DIR: dir.path,
    TELEGRAM_GLOBAL_RATE: String(RATE),
  });
  try {
    await api.waitForLongPoll({ bot, timeoutMs: 60_000 });
    const fans = Array.from({ length: FANS }, (_, i) => api.createUser({ firstName: `Fan ${i}`, languageCode: "en" }));
    const before = api.calls().length;
    const started = performance.now();
    await Promise.all(
      fans.map(async (fan) => {
        for (let i = 0; i < COMMANDS; i++) await fan.send(TEXTS[i % TEXTS.length]!);
      }),
    );
    const expected = FANS * COMMANDS;
    const deadline = started + (expected / RATE) * 1000 * 3 + 30_000;
    let last = started;
    while (performance.now() < deadline) {
      const got = fans.reduce((n, f) => n + f.history().length, 0);
      if (got >= expected) break;
      last = performance.now();
      await new Promise((r) => setTimeout(r, 20));
    }
    const elapsedMs = last - started;
    const replies = fans.map((f) => f.history().length);
    const sends = api
      .calls()
      .slice(before)
      .filter((c) => c.method === "sendMessage");
    const floor = (expected / RATE) * 1000;
    console.log(`${expected} replies to ${FANS} chats, server limit ${RATE}/s global, 1/s per chat (burst 10):`);
    console.log(
      `  last reply after ${(elapsedMs / 1000).toFixed(2)} s; floor ${(floor / 1000).toFixed(2)} s; ${((elapsedMs / floor - 1) * 100).toFixed(1)}% over the floor`,
    );
    console.log(`  429s answered by the server: ${sends.filter((c) => c.error?.error_code === 429).length}`);
    // "typing…" shows a waiting fan the bot is on it, but must never take a reply's place.
    const actions = api
      .calls()
      .slice(before)
      .filter((c) => c.method === "sendChatAction").length;
    console.log(`  sendChatAction calls: ${actions} (for ${sends.filter((c) => c.ok).length} replies)`);
    console.log(
      `  replies lost: ${replies.reduce((n, r) => n + Math.max(0, COMMANDS - r), 0)}; doubled: ${replies.reduce((n, r) => n + Math.max(0, r - COMMANDS), 0)}`,
    );
  } finally {
    await stopChild(child);
    await api.stop();
    dir.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await floodPacing();
