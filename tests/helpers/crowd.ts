/**
 * Broadcasts to thousands of chats, for the tests that kill a bot process in the middle of one: a
 * local Bot API server without flood limits (these tests are about crashing, not pacing: the bot
 * goes at its own 100/s), the chats and what they are owed made before a bot starts, on PGlite or,
 * with TEST_DATABASE_URL, on a new PostgreSQL database, and what each chat received, counted from
 * the server's record.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { type LocalBot, type LocalBotApi, type LocalUser, startLocalBotApi } from "../../local-api/index.js";
import { openDatabase } from "../../src/db/client.js";
import type { Db } from "../../src/db/handle.js";
import { createEmptyPostgresDatabase, testDatabaseUrl } from "./db.js";
import { type BotProcess, spawnBot } from "./process.js";

/**
 * When the chats, their subscriptions and the broadcast are made: a pinned time in the past, so the
 * bot (its own process, on its own clock) finds the broadcast due whatever today's date is.
 */
export const MADE_AT = new Date("2026-12-01T09:00:00Z");

export class CrashRig {
  private readonly cleanups: (() => unknown)[] = [];
  private readonly children: ChildProcess[] = [];

  private constructor(readonly api: LocalBotApi) {}

  static async start(): Promise<CrashRig> {
    return new CrashRig(await startLocalBotApi({ port: 0, floodLimits: false }));
  }

  /**
   * A new database for the bots of one test, with `users`' chats (active, each in its user's
   * language) and whatever `setUp` adds (subscriptions, the broadcast), made at MADE_AT. Returns
   * the bots' environment for it.
   */
  async prepare(users: readonly LocalUser[], setUp: (db: Db) => Promise<void>): Promise<Record<string, string>> {
    const dataDir = mkdtempSync(join(tmpdir(), "bot-crash-"));
    this.cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const pg = testDatabaseUrl ? await createEmptyPostgresDatabase(testDatabaseUrl) : undefined;
    if (pg) this.cleanups.push(() => pg.drop());
    const database = await openDatabase(pg ? { url: pg.url, clock: () => MADE_AT } : { dataDir, clock: () => MADE_AT });
    try {
      await insertChats(database.db, users);
      await setUp(database.db);
    } finally {
      await database.close();
    }
    return pg ? { DATABASE_URL: pg.url } : { DATA_DIR: dataDir };
  }

  /** A bot process on `env`'s database, sending at 100/s; killed after the test if still running. */
  startBot(bot: LocalBot, env: Record<string, string>): BotProcess {
    const p = spawnBot(
      { BOT_TOKEN: bot.token, BOT_API_ROOT: this.api.url, TELEGRAM_GLOBAL_RATE: "100", BROADCAST_RATE: "100", LOG_LEVEL: "warn", ...env },
      { server: { api: this.api, bot } },
    );
    this.children.push(p.child);
    return p;
  }

  /** After each test: any bot process still running. */
  killBots(): void {
    for (const c of this.children.splice(0)) c.kill("SIGKILL");
  }

  async stop(): Promise<void> {
    this.killBots();
    await this.api.stop();
    for (const fn of this.cleanups.reverse()) await fn();
  }
}

/** Active private chats of `users`, each with its user's Telegram language, made at MADE_AT. */
async function insertChats(db: Db, users: readonly LocalUser[]): Promise<void> {
  const at = MADE_AT.toISOString();
  for (const lang of new Set(users.map((u) => u.languageCode))) {
    const ids = users.filter((u) => u.languageCode === lang).map((u) => u.id);
    await db.execute(
      sql`insert into chats (id, type, status, telegram_language, created_at, last_seen_at)
        select unnest(${sql.raw(`array[${ids.join(",")}]::bigint[]`)}), 'private', 'active', ${lang ?? null}, ${at}::timestamptz, ${at}::timestamptz`,
    );
  }
}

/** Chats that got nothing from `bot`, and the messages beyond the first that the others got. */
export function received(users: readonly LocalUser[], bot: LocalBot): { lost: number; repeats: number } {
  let lost = 0;
  let repeats = 0;
  for (const u of users) {
    const n = u.history({ bot }).length;
    if (n === 0) lost++;
    repeats += Math.max(0, n - 1);
  }
  return { lost, repeats };
}
