/**
 * Stopping the real process as an operator does: `npm start` as a child process against the local
 * Bot API server in this process, SIGTERM to npm while hundreds of commands are in flight. Nothing
 * is lost, nothing is answered twice (also when the machine is too loaded to finish them all within
 * the drain timeout), the embedded database is closed and its lock released.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isNull } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type LocalBot, type LocalBotApi, type LocalUser, startLocalBotApi } from "../../local-api/index.js";
import { startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/index.js";
import { createLogger } from "../../src/config/logger.js";
import { openDatabase } from "../../src/db/client.js";
import { LOCK_FILE } from "../../src/db/data-dir-lock.js";
import { inboundUpdates } from "../../src/db/schema.js";
import { eventually } from "../helpers/bot.js";
import { createTestDatabase } from "../helpers/db.js";
import { type BotProcess, COLD_START_MS, spawnBot } from "../helpers/process.js";

/** Five commands per user, each answered by one message that says which command it answers (Paris 2024 named: the bot runs on the real clock). */
const COMMANDS: [command: string, reply: string][] = [
  ["/licenses boxing 2024", "Aibek Oralbay"],
  ["/licenses judo 2024", "No licenses in Judo"],
  ["/schedule judo 2024", "Judo — 27 July"],
  ["/countdown", "Countdown"],
  ["/help", "What I can do"],
];
const USERS = 60; // × 5 commands = 300 updates

let api: LocalBotApi;
const dirs: string[] = [];
const started: NpmStart[] = [];

beforeAll(async () => {
  // The test is about stopping, not pacing: no flood limits.
  api = await startLocalBotApi({ port: 0, floodLimits: false });
});

afterEach(() => {
  // A failed run must not leave a bot behind: npm, and the bot if npm lost track of it.
  for (const p of started.splice(0)) {
    p.child.kill("SIGKILL");
    const pid = lockHolder(p.dataDir);
    if (pid !== undefined) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
});

afterAll(async () => {
  await api?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface NpmStart extends BotProcess {
  dataDir: string;
}

/** `npm start` as an operator runs it, with the bot's settings in the environment. */
function npmStart(bot: LocalBot, dataDir: string): NpmStart {
  const p = {
    ...spawnBot(
      { BOT_TOKEN: bot.token, BOT_API_ROOT: api.url, DATA_DIR: dataDir, BOT_MODE: "polling", LOG_LEVEL: "debug" },
      { npm: true, server: { api, bot } },
    ),
    dataDir,
  };
  started.push(p);
  return p;
}

/** The pid in the data directory's lock file, if there is one. */
function lockHolder(dataDir: string): number | undefined {
  try {
    return (JSON.parse(readFileSync(join(dataDir, LOCK_FILE), "utf8")) as { pid: number }).pid;
  } catch {
    return undefined;
  }
}

function replies(bot: LocalBot): number {
  return api.calls({ method: "sendMessage", botId: bot.id, ok: true }).length;
}

async function expectCleanStop(p: NpmStart): Promise<void> {
  expect(await p.ended, p.output()).toEqual({ code: 0, signal: null });
  expect(existsSync(join(p.dataDir, LOCK_FILE)), "lock file left behind").toBe(false);
  expect(p.logLines("stopped")).toHaveLength(1);
  expect(p.output()).not.toMatch(/npm (error|ERR!)/);
}

describe("npm start, stopped with SIGTERM", () => {
  it(
    "finishes the commands in flight, closes the database, exits 0; the next start answers the rest, each exactly once",
    async () => {
      const bot = api.createBot({ username: "process_stop_bot" });
      const dataDir = mkdtempSync(join(tmpdir(), "bot-stop-"));
      dirs.push(dataDir);
      const users: LocalUser[] = Array.from({ length: USERS }, (_, i) => api.createUser({ firstName: `Fan${i}`, languageCode: "en" }));

      const first = npmStart(bot, dataDir);
      await first.polling();
      // A few chats wait out a 429 (2 s): their replies are surely still owed when the signal lands.
      for (const user of users.slice(0, 5)) api.faults.flood({ chatId: user.id, method: "sendMessage", retryAfter: 2 });
      await Promise.all(users.flatMap((user) => COMMANDS.map(([command]) => user.send(command, { bot }))));

      // Signal as soon as the first answers go out.
      await api.waitForCall({ method: "sendMessage", botId: bot.id, ok: true, timeoutMs: 30_000 });
      const atSignal = replies(bot);
      first.child.kill("SIGTERM");
      await expectCleanStop(first);
      const [stopping] = first.logLines("stopping: no new updates; finishing the ones in flight");
      expect(stopping?.inFlight, "updates being handled when the stop began").toBeGreaterThan(0);
      expect(replies(bot), "answers sent after the signal").toBeGreaterThan(atSignal);
      expect(atSignal).toBeLessThan(USERS * COMMANDS.length);

      // Whatever the stop left unanswered is answered by the next start: still queued behind a
      // 429, or not handled within the drain timeout (a loaded machine), handed over in the
      // database. Either way Telegram is told that every update taken is dealt with.
      expect(first.logLines("handled updates confirmed"), "the last updates taken confirmed to Telegram").toHaveLength(1);
      const second = npmStart(bot, dataDir);
      await second.polling();
      // A hand-over is answered one update after another: on a loaded machine that takes a while.
      await eventually(() => {
        for (const user of users)
          expect(user.messages({ bot }).length, `answers to ${user.firstName}`).toBeGreaterThanOrEqual(COMMANDS.length);
      }, 150_000);
      // Updates are delivered in order: once a later one is answered, any earlier one Telegram
      // delivered again has been taken, and the clean stop below waits for it to finish.
      const probe = api.createUser({ firstName: "Probe", languageCode: "en" });
      await probe.send("/countdown", { bot });
      expect((await probe.waitForMessage({ bot, timeoutMs: 30_000 })).text).toContain("Countdown");
      second.child.kill("SIGTERM");
      await expectCleanStop(second);
      expect(second.logLines("gave up waiting for updates in flight; handing them over")).toEqual([]);
      // Nothing handed over is left for a later start to answer (again).
      const database = await openDatabase({ dataDir });
      try {
        expect(await database.db.select().from(inboundUpdates).where(isNull(inboundUpdates.doneAt))).toEqual([]);
      } finally {
        await database.close();
      }

      // Each command answered exactly once: no chat has a repeat, and the server sent no more.
      for (const user of users) {
        const texts = user.messages({ bot }).map((m) => m.text);
        expect(texts, `chat of ${user.firstName}`).toHaveLength(COMMANDS.length);
        for (const [i, [command, reply]] of COMMANDS.entries()) expect(texts[i], `${user.firstName}: ${command}`).toContain(reply);
      }
      expect(replies(bot)).toBe(USERS * COMMANDS.length + 1);
      // Nothing failed but the 429s set up above.
      expect(api.calls({ botId: bot.id, ok: false }).filter((c) => c.method !== "getUpdates" && c.error?.error_code !== 429)).toEqual([]);
    },
    2 * COLD_START_MS + 240_000,
  );
});

describe("npm start, the stop signal delivered more than once", () => {
  /** npm start with 300 commands being answered, a few of them held up by a 429 for 3 s. */
  async function busyBot(username: string): Promise<{ bot: LocalBot; p: NpmStart; pid: number }> {
    const bot = api.createBot({ username });
    const dataDir = mkdtempSync(join(tmpdir(), "bot-stop-"));
    dirs.push(dataDir);
    const users = Array.from({ length: USERS }, (_, i) => api.createUser({ firstName: `Fan${i}`, languageCode: "en" }));
    const p = npmStart(bot, dataDir);
    await p.polling();
    const pid = p.logLines("bot starting")[0]?.pid as number;
    expect(pid).toBeGreaterThan(0);
    for (const user of users.slice(0, 5)) api.faults.flood({ chatId: user.id, method: "sendMessage", retryAfter: 3 });
    await Promise.all(users.flatMap((user) => COMMANDS.map(([command]) => user.send(command, { bot }))));
    await api.waitForCall({ method: "sendMessage", botId: bot.id, ok: true, timeoutMs: 30_000 });
    return { bot, p, pid };
  }

  it(
    "Ctrl+C in a terminal, or a service manager signalling every process: the copy npm forwards does not cut the stop short",
    async () => {
      const { bot, p, pid } = await busyBot("double_signal_bot");
      // npm passes the signal on; the bot's own copy comes a moment later, while it is stopping.
      p.child.kill("SIGTERM");
      await eventually(() => expect(p.logLines("shutting down")).toHaveLength(1), 30_000);
      const atSecondSignal = replies(bot);
      process.kill(pid, "SIGTERM");
      await expectCleanStop(p);
      expect(p.logLines("stop already under way")).toHaveLength(1);
      expect(replies(bot), "answers sent after the second signal").toBeGreaterThan(atSecondSignal);
    },
    COLD_START_MS + 60_000,
  );

  it(
    "one more signal than that exits at once, with code 1",
    async () => {
      const { p, pid } = await busyBot("impatient_signal_bot");
      p.child.kill("SIGTERM");
      await eventually(() => expect(p.logLines("shutting down")).toHaveLength(1), 30_000);
      process.kill(pid, "SIGTERM");
      await eventually(() => expect(p.logLines("stop already under way")).toHaveLength(1), 30_000);
      process.kill(pid, "SIGTERM");
      expect(await p.ended).toEqual({ code: 1, signal: null });
      expect(p.logLines("second stop request: exiting now")).toHaveLength(1);
      expect(p.logLines("stopped")).toHaveLength(0);
    },
    COLD_START_MS + 60_000,
  );
});

describe("stop() in polling mode", () => {
  it("confirms the updates it answered, also when the stop cuts off the poll that would have: a restart does not answer them again", async () => {
    const bot = api.createBot({ username: "confirm_stop_bot" });
    const user = api.createUser({ firstName: "Dana", languageCode: "en" });
    const database = await createTestDatabase();
    const config = loadConfig({ BOT_TOKEN: bot.token, BOT_API_ROOT: api.url });
    const start = () => startApp(config, { database, logger: createLogger({ level: "silent", secrets: [bot.token] }) });
    let app = await start();
    try {
      await api.waitForLongPoll({ bot });
      // The polls after this update lose their connection before the server reads them, so the
      // server still holds the update, answered but unconfirmed, while the bot waits to retry.
      api.faults.failNext("getUpdates", { drop: true, times: 5 });
      await user.send("/countdown", { bot });
      expect((await user.waitForMessage({ bot })).text).toContain("Countdown");
      await api.waitForCall({ method: "getUpdates", botId: bot.id, ok: false });
      api.faults.clear();
      await app.stop();

      app = await start();
      // Updates come in order and one chat's are handled one at a time: an answer repeated
      // would come before this one.
      await user.send("/help", { bot });
      expect((await user.waitForMessage({ bot })).text).toContain("What I can do");
      expect(user.messages({ bot }).map((m) => m.text.split("\n")[0])).toEqual(["⏳ Countdown", "What I can do"]);
    } finally {
      await app.stop();
      await database.close();
    }
  });
});
