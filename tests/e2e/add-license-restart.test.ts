/**
 * A staff conversation survives the bot process: real processes and real signals. Half-way
 * through /addlicense the bot is stopped (SIGTERM, as a deploy does) and a new process started;
 * the staff member answers the next question and the conversation goes on where it was, to the
 * same saved license. With TEST_DATABASE_URL the processes share a PostgreSQL database instead of
 * a PGlite directory. (After a kill -9 the step being answered at that moment can be lost: the
 * plugin stores a conversation's state once the update is handled, after its reply went out.)
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotMessage, type LocalBot, type LocalBotApi, type LocalUser, startLocalBotApi } from "../../local-api/index.js";
import { openDatabase } from "../../src/db/client.js";
import { licenses } from "../../src/db/schema.js";
import { ask } from "../helpers/bot.js";
import { createEmptyPostgresDatabase, testDatabaseUrl } from "../helpers/db.js";
import { type BotProcess, COLD_START_MS, spawnBot } from "../helpers/process.js";

const OWNER_ID = 4242;

let api: LocalBotApi;
let bot: LocalBot;
let owner: LocalUser;
let dataDir: string;
let pg: { url: string; drop(): Promise<void> } | undefined;
const children: ChildProcess[] = [];

beforeAll(async () => {
  api = await startLocalBotApi({ port: 0 });
  bot = api.createBot({ username: "kz_licenses_bot", firstName: "KZ Licenses" });
  owner = api.createUser({ id: OWNER_ID, firstName: "Owner", languageCode: "en" });
  dataDir = mkdtempSync(join(tmpdir(), "bot-conversation-"));
  if (testDatabaseUrl) pg = await createEmptyPostgresDatabase(testDatabaseUrl);
});
afterAll(async () => {
  for (const c of children) c.kill("SIGKILL");
  await api?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  await pg?.drop();
});

/** A new bot process, once it serves: its cold start has a wait of its own, the replies the usual one. */
async function start(): Promise<BotProcess> {
  const p = spawnBot(
    {
      BOT_TOKEN: bot.token,
      BOT_API_ROOT: api.url,
      BOT_OWNER_IDS: String(OWNER_ID),
      DATA_DIR: dataDir,
      ...(pg ? { DATABASE_URL: pg.url } : {}),
      LOG_LEVEL: "warn",
    },
    { server: { api, bot } },
  );
  children.push(p.child);
  await p.polling();
  return p;
}

/** The owner says this; the bot's answer (a process on a loaded machine: more than the default 5 s). */
const say = (text: string): Promise<BotMessage> => ask(owner, text, { timeoutMs: 20_000 });

describe("a staff conversation across a restart", () => {
  it(
    "continues in a new process where it was, and saves once",
    async () => {
      const first = await start();
      expect((await say("/addlicense")).text).toContain("1/8 · Games.");
      expect((await say("LA 2028")).text).toContain("2/8 · Sport.");
      expect((await say("boxing")).text).toContain("3/8 · Athletes.");
      first.child.kill("SIGTERM");
      expect(await first.exit).toBe(0);

      const second = await start();
      // The next answer is taken as the athletes step's, not as a fan's query for a sport.
      expect((await say("Restart Boxer")).text).toContain("“Restart Boxer” in Cyrillic");
      expect((await say("Рестарт Боксер")).text).toContain("4/8 · Event.");
      expect((await say("Men's 63.5 kg")).text).toContain("in Russian (optional)");
      await say("до 63,5 кг");
      await say("63,5 кг-ға дейін");
      await say("World qualifier, semi-final");
      await say("Мировая квалификация, полуфинал");
      await say("Әлемдік іріктеу, жартылай финал");
      await say("1 Dec 2026");
      await say("1");
      const preview = await say("https://example.org/restart");
      expect(preview.text).toContain("Restart Boxer");
      expect(preview.text).toContain("Boxing — Los Angeles 2028 Olympic Games");
      const next = owner.waitForMessage({ timeoutMs: 20_000 });
      await owner.press(preview, "💾 Save without alert");
      expect((await next).text).toMatch(/^Saved as license #\d+\. No alert was sent\.$/);

      second.child.kill("SIGTERM");
      expect(await second.exit).toBe(0);
      const database = await openDatabase(pg ? { url: pg.url } : { dataDir });
      try {
        const saved = await database.db.select().from(licenses).where(eq(licenses.eventEn, "Men's 63.5 kg"));
        expect(saved).toHaveLength(1);
        expect(saved[0]).toMatchObject({
          howWonEn: "World qualifier, semi-final",
          wonOn: "2026-12-01",
          createdBy: OWNER_ID,
          source: "https://example.org/restart",
          eventKk: "63,5 кг-ға дейін",
          howWonRu: "Мировая квалификация, полуфинал",
        });
      } finally {
        await database.close();
      }
    },
    2 * COLD_START_MS + 60_000,
  );
});
