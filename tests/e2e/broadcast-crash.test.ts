/**
 * A broadcast to 2,000 chats survives the bot being killed in the middle of it: real processes,
 * real signals, the local Bot API server's record of what each chat received. After `kill -9`
 * and a restart every chat has the alert, repeats at most the sender's concurrency (4); after
 * SIGTERM and a restart, no repeats at all. With TEST_DATABASE_URL the processes share PostgreSQL.
 */
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalBot, LocalUser } from "../../local-api/index.js";
import { licenses } from "../../src/db/schema.js";
import { announceLicense } from "../../src/domain/broadcasts.js";
import { eventually } from "../helpers/bot.js";
import { CrashRig, MADE_AT, received } from "../helpers/crowd.js";
import { COLD_START_MS } from "../helpers/process.js";

const CHATS = 2_000;
const CONCURRENCY = 4;

let rig: CrashRig;
beforeAll(async () => {
  rig = await CrashRig.start();
});
afterEach(() => rig.killBots());
afterAll(async () => rig?.stop());

/** 2,000 chats that want every license alert, and one alert for them, made before the bot starts. */
function prepare(users: LocalUser[]): Promise<Record<string, string>> {
  return rig.prepare(users, async (db) => {
    await db.execute(
      sql`insert into subscriptions (chat_id, alerts, updated_at) select id, 'all', ${MADE_AT.toISOString()}::timestamptz from chats`,
    );
    const [license] = await db.select({ id: licenses.id }).from(licenses).limit(1);
    const b = await announceLicense(db, license!.id, MADE_AT);
    expect(b.audienceSize).toBe(CHATS);
  });
}

const sentTo = (bot: LocalBot) => rig.api.calls({ method: "sendMessage", botId: bot.id, ok: true }).length;

describe("a broadcast to 2,000 chats when the bot dies in the middle", () => {
  for (const signal of ["SIGKILL", "SIGTERM"] as const) {
    it(
      `${signal}, then a restart: every chat gets the alert, ${signal === "SIGKILL" ? `repeats at most ${CONCURRENCY}` : "none twice"}`,
      async () => {
        const bot = rig.api.createBot({ username: `crash_${signal.toLowerCase()}_bot` });
        const users = Array.from({ length: CHATS }, (_, i) =>
          rig.api.createUser({ firstName: `Sub${i}`, languageCode: i % 3 === 0 ? "ru" : "en" }),
        );
        const env = await prepare(users);

        const first = rig.startBot(bot, env);
        await first.polling();
        await eventually(() => expect(sentTo(bot)).toBeGreaterThanOrEqual(500), 60_000);
        first.child.kill(signal);
        const code = await first.exit;
        if (signal === "SIGTERM") expect(code, first.output()).toBe(0);
        const atStop = sentTo(bot);
        expect(atStop).toBeLessThan(CHATS); // it really was in the middle

        const second = rig.startBot(bot, env);
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
