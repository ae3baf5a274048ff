/**
 * End-to-end harness: the project's local Bot API server, a fresh test database, and the real
 * app (startApp: createBot + runner or webhook server) pointed at it with a pinned clock. Tests
 * talk to the bot as Telegram users through the local server's typed API and read what the
 * bot stored straight from the database.
 */
import { createServer } from "node:net";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import {
  type BotMessage,
  type CallbackAnswer,
  type LocalBot,
  type LocalBotApi,
  type LocalChat,
  type LocalUser,
  type PressTarget,
  startLocalBotApi,
} from "../../local-api/index.js";
import { type App, startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/index.js";
import { createLogger } from "../../src/config/logger.js";
import type { Db } from "../../src/db/handle.js";
import { chats } from "../../src/db/schema.js";
import { LANGS, type Lang } from "../../src/lib/languages.js";
import { createTestDatabase, observeStatements, type TestDatabase } from "./db.js";
import { eventually } from "./wait.js";

export const BOT_USERNAME = "kz_licenses_bot";

export interface BotHarnessOptions {
  /** The pinned "now"; change it later with `clock.set`. */
  now: Date | string;
  mode?: "polling" | "webhook";
  /** Telegram-like flood limits in the local server (default on, as Telegram; off only for a test about something else). */
  floodLimits?: boolean;
  displayTz?: string;
  /** How long the app's stop() waits for updates in flight (default the app's own). */
  drainTimeoutMs?: number;
  /** Group privacy mode (default on); off = the bot sees every group message and must filter itself. */
  privacyMode?: boolean;
  /** Polling mode: run the HTTP server too (HTTP_PORT=0, any free port; `app.port` tells which). */
  http?: boolean;
  /** More environment for loadConfig (e.g. METRICS_TOKEN); it wins over the harness's own. */
  env?: Record<string, string>;
}

export interface PinnedClock {
  (): Date;
  set(at: Date | string): void;
}

export interface DbFaults {
  /**
   * Every query (and the health ping) fails until `restore()`: "refused" fails like postgres.js
   * when the server is gone (ECONNREFUSED); "opaque" with an error that says nothing about the
   * connection, so only the reachability check can tell it is an outage. `only: "transactions"`
   * fails transactions alone (a save), while single statements (a conversation's state) go through.
   */
  outage(kind?: "refused" | "opaque", opts?: { only?: "transactions" }): void;
  restore(): void;
  readonly down: boolean;
}

export interface BotHarness {
  api: LocalBotApi;
  botUser: { id: number; token: string; username: string };
  app: App;
  database: TestDatabase;
  db: Db;
  dbFaults: DbFaults;
  clock: PinnedClock;
  /** Every log line the app wrote (JSON). */
  logs: string[];
  /** Starts another instance of the app on the same database and local server (stop it yourself). */
  startAnother(): Promise<App>;
  /** The chats row as stored, or undefined. */
  chatRow(chatId: number): Promise<typeof chats.$inferSelect | undefined>;
  /** How many times so far a broadcast sender looked for due deliveries and found none (see senderIdle). */
  senderIdlePolls(): number;
  stop(): Promise<void>;
}

export function pinnedClock(at: Date | string): PinnedClock {
  let ms = new Date(at).getTime();
  const clock = (() => new Date(ms)) as PinnedClock;
  clock.set = (next) => {
    ms = new Date(next).getTime();
  };
  return clock;
}

/** A TCP port free on this machine right now (for a webhook server under test). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A fault injector at the driver boundary: the database client's query entry points reject
 * while the flag is set. Business logic, drizzle and the bot run unchanged.
 */
export function injectDbFaults(database: TestDatabase): DbFaults {
  let mode: "refused" | "opaque" | null = null;
  let onlyTransactions = false;
  const makeError = () =>
    mode === "refused"
      ? Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", errno: -111, syscall: "connect" })
      : new Error("the database did something unexpected");
  const client = (database.db as unknown as { $client: Record<string, unknown> }).$client;
  const entryPoints = database.kind === "pglite" ? ["query", "exec", "transaction"] : ["unsafe", "begin"];
  const transactions = database.kind === "pglite" ? "transaction" : "begin";
  for (const name of entryPoints) {
    const original = client[name];
    if (typeof original !== "function") throw new Error(`database client has no ${name}()`);
    const bound = original.bind(client) as (...args: unknown[]) => unknown;
    client[name] = (...args: unknown[]) => {
      if (mode === null || (onlyTransactions && name !== transactions)) return bound(...args);
      const failed = Promise.reject(makeError());
      failed.catch(() => {});
      // postgres.js queries are chained (`.values()`) before they are awaited.
      return Object.assign(failed, { values: () => failed, raw: () => failed, execute: () => failed });
    };
  }
  return {
    outage: (kind = "refused", opts = {}) => {
      mode = kind;
      onlyTransactions = opts.only === "transactions";
    },
    restore: () => {
      mode = null;
      onlyTransactions = false;
    },
    get down() {
      return mode !== null;
    },
  };
}

export async function startBotHarness(opts: BotHarnessOptions): Promise<BotHarness> {
  const api = await startLocalBotApi({ port: 0, floodLimits: opts.floodLimits ?? true });
  const cleanups: (() => Promise<unknown>)[] = [() => api.stop()];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
  };
  try {
    const botUser = api.createBot({
      username: BOT_USERNAME,
      firstName: "KZ Licenses",
      canReadAllGroupMessages: opts.privacyMode === false,
      // As set with @BotFather's /setinlinefeedback: picked inline cards come back as updates.
      inlineFeedback: true,
    });
    const clock = pinnedClock(opts.now);
    const database = await createTestDatabase({ clock });
    cleanups.push(() => database.close());
    const dbFaults = injectDbFaults(database);
    let senderIdlePolls = 0;
    observeStatements(database, (text) => {
      if (SENDER_FOUND_NOTHING.test(text)) senderIdlePolls++;
    });

    const mode = opts.mode ?? "polling";
    const env: Record<string, string> = {
      BOT_TOKEN: botUser.token,
      BOT_API_ROOT: api.url,
      BOT_MODE: mode,
      DISPLAY_TZ: opts.displayTz ?? "Asia/Almaty",
      BOT_OWNER_IDS: "1000001",
      LOG_LEVEL: "debug",
    };
    if (mode === "webhook") {
      const port = await freePort();
      Object.assign(env, {
        WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
        WEBHOOK_SECRET: "test-webhook-secret_123",
        PORT: String(port),
      });
    }
    if (opts.http && mode === "polling") env.HTTP_PORT = "0";
    Object.assign(env, opts.env);
    const config = loadConfig(env);
    const logs: string[] = [];
    const logger = createLogger({
      level: "debug",
      secrets: [botUser.token, env.WEBHOOK_SECRET ?? ""],
      destination: { write: (line) => logs.push(line) },
    });
    const appDeps = {
      logger,
      clock,
      database,
      host: "127.0.0.1",
      senderPollMs: 100,
      ...(opts.drainTimeoutMs !== undefined ? { drainTimeoutMs: opts.drainTimeoutMs } : {}),
    };
    const app = await startApp(config, appDeps);
    cleanups.push(() => app.stop());

    return {
      api,
      botUser,
      app,
      database,
      db: database.db,
      dbFaults,
      clock,
      logs,
      startAnother: () => startApp(config, appDeps),
      senderIdlePolls: () => senderIdlePolls,
      chatRow: async (chatId) => {
        const [row] = await database.db.select().from(chats).where(eq(chats.id, chatId));
        return row;
      },
      stop: async () => {
        dbFaults.restore();
        await cleanup();
      },
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

export { eventually } from "./wait.js";

/**
 * The statement a broadcast sender runs after it looked for due deliveries and found none
 * (finishBroadcasts, in jobs/broadcast-sender.ts; nothing else runs it): one idle poll.
 */
const SENDER_FOUND_NOTHING =
  /^update "broadcasts" set "status" = \$1 where \("broadcasts"\."status" = \$2 and not exists \(select 1 from "deliveries"/;

/**
 * Resolves once the broadcast sender has looked for due deliveries and found none, `times` times
 * after this call: the signal that what was due has gone out (a batch is sent in full before the
 * next look) and that nothing more is due. The way to wait before checking that nothing was sent.
 * After moving the clock ask for two (the default): the first look may have been under way already,
 * with the clock read before it moved; the second began after it and saw the clock as set.
 */
export async function senderIdle(h: BotHarness, times = 2, timeoutMs = 15_000): Promise<void> {
  const from = h.senderIdlePolls();
  await eventually(() => {
    const seen = h.senderIdlePolls() - from;
    if (seen < times) {
      throw new Error(
        `the broadcast sender looked for work and found none ${seen} of ${times} times (is it running? ` +
          "does finishBroadcasts still run the statement tests/helpers/bot.ts waits for?)",
      );
    }
  }, timeoutMs);
}

/** Sends a message as `user` and returns the bot's next message in that chat (of that bot, with `bot`). */
export async function ask(
  user: LocalUser,
  text: string,
  opts: { chat?: LocalChat; bot?: LocalBot; timeoutMs?: number } = {},
): Promise<BotMessage> {
  const { timeoutMs, ...where } = opts;
  await user.send(text, where);
  // The next message this user has not seen yet, whenever it came.
  return user.waitForMessage({ ...where, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
}

/** The people of a staff test: the owner (BOT_OWNER_IDS, English), an editor the owner added (Russian), and a fan per language; each has sent /start. */
export async function staffAndFans(h: BotHarness): Promise<{ owner: LocalUser; editor: LocalUser; fans: Record<Lang, LocalUser> }> {
  const owner = h.api.createUser({ id: 1000001, firstName: "Owner", languageCode: "en" });
  const editor = h.api.createUser({ firstName: "Редактор", languageCode: "ru" });
  const fans = Object.fromEntries(
    LANGS.map((lang) => [lang, h.api.createUser({ firstName: `Fan ${lang}`, languageCode: lang })]),
  ) as Record<Lang, LocalUser>;
  for (const u of [owner, editor, ...Object.values(fans)]) await ask(u, "/start");
  // As staff add one: the bot's cached staff list learns of it at once.
  expect((await ask(owner, `/staff add ${editor.id}`)).text).toBe(`id ${editor.id} is now an editor.`);
  return { owner, editor, fans };
}

/** Sends bad input to a staff question: expects the hint, then the question again (containing `question`), and returns it. */
export async function refused(user: LocalUser, text: string, hint: string, question: string): Promise<BotMessage> {
  const m = await ask(user, text);
  expect(m.text, text.slice(0, 20)).toBe(hint);
  const again = await user.waitForMessage();
  expect(again.text).toContain(question);
  return again;
}

/**
 * Sends 5,000 characters to a staff question: the client splits them into two messages (4,096 and
 * 904), and each gets its hint (`hints`, in that order) and the question again.
 */
export async function refusedLong(user: LocalUser, text: string, hints: readonly [string, string], question: string): Promise<void> {
  expect(text.length).toBe(5000);
  await user.send(text);
  const replies = await user.waitForMessages(4);
  expect(replies.map((r) => r.text)).toEqual([hints[0], expect.stringContaining(question), hints[1], expect.stringContaining(question)]);
}

/** Presses a button and returns the bot's next message in the user's chat (a new one: pressAndEdit for an edit). */
export async function press(user: LocalUser, message: BotMessage, target: PressTarget): Promise<BotMessage> {
  await user.press(message, target);
  return user.waitForMessage();
}

/** Presses a button and returns the callback answer and the message as edited in place. */
export async function pressAndEdit(
  user: LocalUser,
  message: BotMessage,
  target: PressTarget,
): Promise<{ answer: CallbackAnswer; message: BotMessage }> {
  const edited = user.waitForEdit(message);
  const answer = await user.press(message, target);
  return { answer, message: await edited };
}

/** Bot API calls Telegram refused (polling and "message is not modified" aside), as "method: description". */
export function failedCalls(api: LocalBotApi): string[] {
  return api
    .calls()
    .filter((c) => !c.ok && c.method !== "getUpdates" && !/not modified/.test(c.error?.description ?? ""))
    .map((c) => `${c.method}: ${c.error?.description}`);
}

export function buttonTexts(message: BotMessage): string[] {
  return message.buttons.flat().map((b) => b.text);
}
