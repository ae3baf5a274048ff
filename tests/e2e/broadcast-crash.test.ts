/**
 * A broadcast to 2,000 chats survives the bot being killed in the middle of it: real processes,
 * real signals, the local Bot API server's record of what each chat received. After `kill -9`
 * and a restart every chat has the alert, repeats at most the sender's concurrency (4); after
 * SIGTERM and a restart, no repeats at all.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type LocalBot, type LocalBotApi, type LocalUser, startLocalBotApi } from "../../local-api/index.js";
import { openDatabase } from "../../src/db/client.js";
import { licenses } from "../../src/db/schema.js";
import { announceLicense } from "../../src/domain/broadcasts.js";
import { eventually } from "../helpers/bot.js";
import { type BotProcess, COLD_START_MS, spawnBot } from "../helpers/process.js";

const CHATS = 2_000;
const CONCURRENCY = 4;
/**
 * When the chats, their subscriptions and the alert are made: a pinned time in the past, so the
 * bot (its own process, on its own clock) finds the alert due whatever today's date is.
 */
const MADE_AT = new Date("2026-12-01T09:00:00Z");

let api: LocalBotApi;
const dirs: string[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  // About crashing, not pacing: the server lets the bot go at its own 100/s.
  api = await startLocalBotApi({ port: 0, floodLimits: false });
});
afterEach(() => {
  for (const c of children.splice(0)) c.kill("SIGKILL");
});
afterAll(async () => {
  await api?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function startBot(bot: LocalBot, dataDir: string): BotProcess {
  const p = spawnBot(
    {
      BOT_TOKEN: bot.token,
      BOT_API_ROOT: api.url,
      DATA_DIR: dataDir,
      TELEGRAM_GLOBAL_RATE: "100",
      BROADCAST_RATE: "100",
      LOG_LEVEL: "warn",
    },
    { server: { api, bot } },
  );
  children.push(p.child);
  return p;
}

/** 2,000 chats that want every license alert, and one alert for them, made before the bot starts. */
async function prepare(users: LocalUser[]): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), "bot-crash-"));
  dirs.push(dataDir);
  const database = await openDatabase({ dataDir, clock: () => MADE_AT });
  const at = MADE_AT.toISOString();
  try {
    for (const lang of ["ru", "en"] as const) {
      const ids = users.filter((u) => u.languageCode === lang).map((u) => u.id);
      await database.db.execute(
        sql`insert into chats (id, type, status, telegram_language, created_at, last_seen_at)
          select unnest(${sql.raw(`array[${ids.join(",")}]::bigint[]`)}), 'private', 'active', ${lang}, ${at}::timestamptz, ${at}::timestamptz`,
      );
    }
    await database.db.execute(sql`insert into subscriptions (chat_id, alerts, updated_at) select id, 'all', ${at}::timestamptz from chats`);
    const [license] = await database.db.select({ id: licenses.id }).from(licenses).limit(1);
    const b = await announceLicense(database.db, license!.id, MADE_AT);
    expect(b.audienceSize).toBe(CHATS);
  } finally {
    await database.close();
  }
  return dataDir;
}

const sentTo = (bot: LocalBot) => api.calls({ method: "sendMessage", botId: bot.id, ok: true }).length;

function received(users: LocalUser[], bot: LocalBot): { lost: number; repeats: number } {
  let lost = 0;
  let repeats = 0;
  for (const u of users) {
    const n = u.history({ bot }).length;
    if (n === 0) lost++;
    repeats += Math.max(0, n - 1);
  }
  return { lost, repeats };
}

describe("a broadcast to 2,000 chats when the bot dies in the middle", () => {
  for (const signal of ["SIGKILL", "SIGTERM"] as const) {
    it(
      `${signal}, then a restart: every chat gets the alert, ${signal === "SIGKILL" ? `repeats at most ${CONCURRENCY}` : "none twice"}`,
      async () => {
        const bot = api.createBot({ username: `crash_${signal.toLowerCase()}_bot` });
        const users = Array.from({ length: CHATS }, (_, i) =>
          api.createUser({ firstName: `Sub${i}`, languageCode: i % 3 === 0 ? "ru" : "en" }),
        );
        const dataDir = await prepare(users);

        const first = startBot(bot, dataDir);
        await first.polling();
        await eventually(() => expect(sentTo(bot)).toBeGreaterThanOrEqual(500), 60_000);
        first.child.kill(signal);
        const code = await first.exit;
        if (signal === "SIGTERM") expect(code, first.output()).toBe(0);
        const atStop = sentTo(bot);
        expect(atStop).toBeLessThan(CHATS); // it really was in the middle

        const second = startBot(bot, dataDir);
        await second.polling();
        await eventually(() => expect(received(users, bot).lost).toBe(0), 90_000);
        second.child.kill("SIGTERM");
        expect(await second.exit, second.output()).toBe(0);

        const { lost, repeats } = received(users, bot);
        expect(lost).toBe(0);
        if (signal === "SIGKILL") expect(repeats).toBeLessThanOrEqual(CONCURRENCY);
        else expect(repeats).toBe(0);
        expect(users[0]!.history({ bot })[0]!.text).toContain("Новая лицензия!");
      },
      2 * COLD_START_MS + 60_000,
    );
  }
});
