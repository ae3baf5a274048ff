/**
 * The app from the outside: startApp with its own embedded database, and `npm start`'s entry
 * point (src/main.ts) as a real child process talking to the local Bot API server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalBotApi, startLocalBotApi } from "../../local-api/index.js";
import { startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/index.js";
import { createLogger } from "../../src/config/logger.js";
import { eventually, freePort, pinnedClock } from "../helpers/bot.js";
import { COLD_START_MS, spawnBot } from "../helpers/process.js";

let api: LocalBotApi;
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "bot-e2e-"));
  dirs.push(dir);
  return dir;
}

beforeAll(async () => {
  api = await startLocalBotApi({ port: 0, floodLimits: false });
});

afterAll(async () => {
  await api?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("startApp in polling mode", () => {
  it(
    "opens its own embedded database, survives a failing setMyCommands, and drains in-flight updates on stop",
    async () => {
      const bot = api.createBot({ username: "lifecycle_one_bot" });
      api.faults.failNext("setMyCommands", { status: 400, description: "Bad Request: something is off", times: 3 });
      const lines: string[] = [];
      const config = loadConfig({ BOT_TOKEN: bot.token, BOT_API_ROOT: api.url, DATA_DIR: tempDir() });
      const app = await startApp(config, {
        clock: pinnedClock("2024-07-28T10:00:00Z"),
        logger: createLogger({ level: "debug", secrets: [bot.token], destination: { write: (l) => lines.push(l) } }),
      });
      expect(app.database.kind).toBe("pglite");
      expect(api.calls({ method: "deleteWebhook" })[0]?.params).toMatchObject({ drop_pending_updates: false });
      await eventually(() => expect(lines.some((l) => l.includes("could not set the command menu"))).toBe(true));

      const user = api.createUser({ firstName: "Aru", languageCode: "en" });
      await user.send("/licenses boxing", { bot });
      expect((await user.waitForMessage({ bot })).text).toContain("Aibek Oralbay");

      // An update in flight (waiting out a 429) when stop() is called still gets its answer.
      api.faults.flood({ chatId: user.id, retryAfter: 1, method: "sendMessage" });
      await user.send("/countdown", { bot });
      await eventually(() => expect(api.calls({ method: "sendMessage", chatId: user.id }).filter((c) => !c.ok)).toHaveLength(1));
      await app.stop();
      expect(user.messages({ bot }).at(-1)?.text).toContain("Countdown");
      expect(await app.database.ping()).toBe(false); // closed: startApp opened it, stop() closed it

      // Nothing polls any more: the server lets go of the bot's last long poll (aborted by the stop,
      // it is answered to no one; one the stop's confirming poll cut off instead would be answered
      // 409, on the record). An update sent then is taken by nobody: a poll on its way would be
      // answered with it at once, which a round trip to the server afterwards lets show.
      const polls = api.calls({ method: "getUpdates", botId: bot.id }).length;
      await eventually(() => expect(api.openLongPolls({ bot })).toBe(0));
      const answered = user.messages({ bot }).length;
      await user.send("/help", { bot });
      expect((await new Api(bot.token, { apiRoot: api.url }).getWebhookInfo()).pending_update_count).toBe(1);
      expect(api.calls({ method: "getUpdates", botId: bot.id }).length).toBe(polls);
      expect(user.messages({ bot })).toHaveLength(answered);
      expect(lines.join("")).not.toContain(bot.token);
    },
    COLD_START_MS,
  ); // startApp makes its own database on disk (initdb, migrations, the reference data), as a bot process does
});

describe("npm start (src/main.ts)", () => {
  it(
    "without a token: explains @BotFather and npm run chat, exits 1, no stack trace",
    async () => {
      // Run from an empty directory so a developer's own .env is not picked up.
      const p = spawnBot({}, { cwd: tempDir() });
      const code = await p.exit;
      expect(code).toBe(1);
      expect(p.output()).toContain("@BotFather");
      expect(p.output()).toContain("npm run chat");
      expect(p.output()).not.toMatch(/\n\s+at /);
    },
    COLD_START_MS,
  );

  it(
    "with bad settings: lists every problem and exits 1",
    async () => {
      const p = spawnBot({ BOT_TOKEN: "nope", BOT_MODE: "webhook", DISPLAY_TZ: "Mars/Olympus" }, { cwd: tempDir() });
      expect(await p.exit).toBe(1);
      for (const name of ["BOT_TOKEN", "WEBHOOK_URL", "WEBHOOK_SECRET", "DISPLAY_TZ"]) expect(p.output()).toContain(name);
      expect(p.output()).not.toMatch(/\n\s+at /);
    },
    COLD_START_MS,
  );

  it(
    "with a token Telegram rejects: says so and exits 1",
    async () => {
      const p = spawnBot({ BOT_TOKEN: "123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", BOT_API_ROOT: api.url, DATA_DIR: tempDir() });
      expect(await p.exit).toBe(1);
      expect(p.output()).toContain("Telegram rejected BOT_TOKEN");
      expect(p.output()).not.toContain("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    },
    COLD_START_MS,
  );

  it(
    "runs, answers, refuses a second process on the same data directory, and shuts down on SIGTERM",
    async () => {
      const bot = api.createBot({ username: "lifecycle_main_bot" });
      const dataDir = tempDir();
      const env = { BOT_TOKEN: bot.token, BOT_API_ROOT: api.url, DATA_DIR: dataDir, LOG_LEVEL: "debug" };
      const first = spawnBot(env, { server: { api, bot } });
      try {
        const user = api.createUser({ firstName: "Dana", languageCode: "en" });
        await first.polling();
        await user.send("/start", { bot });
        expect((await user.waitForMessage({ bot, timeoutMs: 10_000 })).text).toContain("Hello, Dana!");

        const second = spawnBot(env);
        expect(await second.exit).toBe(1);
        expect(second.output()).toContain("already in use");
        expect(second.output()).not.toMatch(/\n\s+at /);

        first.child.kill("SIGTERM");
        expect(await first.exit).toBe(0);
        expect(first.output()).toContain("stopped");
        expect(first.output()).not.toContain(bot.token);
      } finally {
        first.child.kill("SIGKILL");
      }
    },
    2 * COLD_START_MS,
  );

  it(
    "waits for a PostgreSQL it cannot reach yet, logging each try without the password; SIGTERM ends the wait, exit 0",
    async () => {
      const bot = api.createBot({ username: "lifecycle_no_db_bot" });
      // A port nothing listens on: every connection is refused.
      const url = `postgres://bot:pg-secret-4711@127.0.0.1:${await freePort()}/olympic`;
      const p = spawnBot({ BOT_TOKEN: bot.token, BOT_API_ROOT: api.url, DATABASE_URL: url }, { cwd: tempDir() });
      try {
        await eventually(() => expect(p.output()).toContain("PostgreSQL cannot be reached yet; trying again in 500 ms"), COLD_START_MS);
        p.child.kill("SIGTERM");
        expect(await p.exit).toBe(0);
        expect(p.logLines("stopped while waiting for the database")).toHaveLength(1);
        // It stopped waiting when asked: far fewer tries than its minute's worth (16).
        const tries = p.output().match(/cannot be reached yet/g) ?? [];
        expect(tries.length).toBeLessThan(16);
        expect(p.output()).toContain("ECONNREFUSED");
        expect(p.output()).not.toContain("pg-secret-4711");
        expect(p.output()).not.toMatch(/\n\s+at /);
      } finally {
        p.child.kill("SIGKILL");
      }
    },
    2 * COLD_START_MS,
  );

  it(
    "exits 1 with a clear message when Telegram ends its polling (409: another process uses the token)",
    async () => {
      const bot = api.createBot({ username: "lifecycle_conflict_bot" });
      const p = spawnBot({ BOT_TOKEN: bot.token, BOT_API_ROOT: api.url, DATA_DIR: tempDir() }, { server: { api, bot } });
      try {
        await p.polling();
        // A second poller with the same token supersedes the bot's long poll, as Telegram does.
        const res = await fetch(`${api.url}/bot${bot.token}/getUpdates`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ timeout: 0 }),
        });
        expect(res.ok).toBe(true);
        expect(await p.exit).toBe(1);
        expect(p.output()).toContain("another process is using the same BOT_TOKEN");
        expect(p.output()).not.toContain(bot.token);
      } finally {
        p.child.kill("SIGKILL");
      }
    },
    COLD_START_MS + 30_000,
  );
});
