/**
 * The chats' write-behind under real signals: the bot as its own process on a PGlite directory (or,
 * with TEST_DATABASE_URL, a PostgreSQL database), its batch interval a minute so that only a stop
 * can write it. SIGTERM writes what the batch held; kill -9 loses that batch of last-seen times and
 * nothing else: the chat itself and a language chosen were written before their replies.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalBot, type LocalBotApi, startLocalBotApi } from "../../local-api/index.js";
import { openDatabase } from "../../src/db/client.js";
import { chats } from "../../src/db/schema.js";
import { ask } from "../helpers/bot.js";
import { createEmptyPostgresDatabase, testDatabaseUrl } from "../helpers/db.js";
import { type BotProcess, COLD_START_MS, spawnBot } from "../helpers/process.js";
import { eventually } from "../helpers/wait.js";

/** A reply of a bot process on a loaded machine: more than the default 5 s. */
const REPLY_MS = 20_000;

let api: LocalBotApi;
const dirs: string[] = [];
const dbs: { url: string; drop(): Promise<void> }[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  api = await startLocalBotApi({ port: 0 });
});
afterAll(async () => {
  for (const c of children) c.kill("SIGKILL");
  await api?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  for (const d of dbs) await d.drop();
});

async function store(): Promise<{ DATA_DIR: string; DATABASE_URL?: string }> {
  const dir = mkdtempSync(join(tmpdir(), "bot-write-behind-"));
  dirs.push(dir);
  if (!testDatabaseUrl) return { DATA_DIR: dir };
  const pg = await createEmptyPostgresDatabase(testDatabaseUrl);
  dbs.push(pg);
  return { DATA_DIR: dir, DATABASE_URL: pg.url };
}

/** A new bot process, once it serves: its cold start has a wait of its own, the replies the usual one. */
async function start(bot: LocalBot, where: { DATA_DIR: string; DATABASE_URL?: string }): Promise<BotProcess> {
  const p = spawnBot(
    { BOT_TOKEN: bot.token, BOT_API_ROOT: api.url, CHAT_WRITE_BEHIND_MS: "60000", LOG_LEVEL: "warn", ...where },
    { server: { api, bot } },
  );
  children.push(p.child);
  await p.polling();
  return p;
}

async function storedChat(where: { DATA_DIR: string; DATABASE_URL?: string }, id: number) {
  const database = await openDatabase(
    where.DATABASE_URL ? { url: where.DATABASE_URL, seed: false } : { dataDir: where.DATA_DIR, seed: false },
  );
  try {
    return (await database.db.select().from(chats).where(eq(chats.id, id)))[0];
  } finally {
    await database.close();
  }
}

/**
 * A new fan, then a known one: the first reply writes the chat, the later ones only the batch.
 * The times it returns are read from the clock the bot process shares with this one (spawnBot
 * passes libfaketime on when the suite runs under it).
 */
async function talk(bot: LocalBot) {
  const fan = api.createUser({ firstName: "Aruzhan", languageCode: "ru" });
  await ask(fan, "/start", { bot, timeoutMs: REPLY_MS });
  const firstSeenBy = Date.now();
  const menu = await ask(fan, "/language", { bot, timeoutMs: REPLY_MS });
  const chosen = fan.waitForEdit(menu);
  await fan.press(menu, "Қазақша");
  expect((await chosen).text).toContain("Дайын");
  // The press was seen before its answer came. Once the clock has moved past that, the last update
  // is seen measurably later than every earlier one: a batch holding an earlier time fails below.
  const pressAnsweredBy = Date.now();
  await eventually(() => expect(Date.now()).toBeGreaterThan(pressAnsweredBy));
  const lastSentAt = Date.now();
  expect((await ask(fan, "/licenses boxing 2024", { bot, timeoutMs: REPLY_MS })).text).toContain("Оралбай");
  return { fan, firstSeenBy, lastSentAt };
}

describe("the chats' write-behind", () => {
  it(
    "SIGTERM writes the batch: the last-seen time of the last update is stored",
    async () => {
      const bot = api.createBot({ username: "kz_licenses_term_bot" });
      const where = await store();
      const p = await start(bot, where);
      const { fan, lastSentAt } = await talk(bot);
      p.child.kill("SIGTERM");
      expect(await p.exit).toBe(0);
      const row = await storedChat(where, fan.id);
      expect(row).toMatchObject({ language: "kk", status: "active" });
      expect(row!.lastSeenAt.getTime()).toBeGreaterThanOrEqual(lastSentAt);
      expect(row!.lastSeenAt.getTime()).toBeGreaterThan(row!.createdAt.getTime());
    },
    COLD_START_MS + 60_000,
  );

  it(
    "kill -9 loses the batch's last-seen times and nothing else",
    async () => {
      const bot = api.createBot({ username: "kz_licenses_kill_bot" });
      const where = await store();
      const p = await start(bot, where);
      const { fan, firstSeenBy, lastSentAt } = await talk(bot);
      p.child.kill("SIGKILL");
      await p.exit;
      const row = await storedChat(where, fan.id);
      // The chat and its language were written before their replies.
      expect(row).toMatchObject({ type: "private", language: "kk", status: "active" });
      // Its last-seen time is the one written with the chat, not the later ones of the batch.
      expect(row!.lastSeenAt).toEqual(row!.createdAt);
      expect(row!.lastSeenAt.getTime()).toBeLessThanOrEqual(firstSeenBy);
      expect(row!.lastSeenAt.getTime()).toBeLessThan(lastSentAt);
    },
    COLD_START_MS + 60_000,
  );
});
