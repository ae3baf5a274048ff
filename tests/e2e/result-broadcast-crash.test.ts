/**
 * A medal's alert to 2,000 chats survives the bot being killed in the middle of it, as a license's
 * does (broadcast-crash.test.ts): real processes, real signals, the local Bot API server's record
 * of what each chat received. A medal goes as its card, uploaded once per language and then sent by
 * Telegram's file_id, an in-flight state of its own that lives in the process's memory: killed
 * while the first card's upload is answered, or halfway through, then restarted, every chat has
 * the card with its caption in the chat's language, repeats at most the sender's concurrency (4),
 * and each language's card is uploaded once in all (its file_id is stored, medal_card_files), one
 * more when the kill came as the first upload was answered.
 * After SIGTERM and a restart, no repeats at all. With TEST_DATABASE_URL the processes share PostgreSQL.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CallRecord, LocalBot, LocalUser } from "../../local-api/index.js";
import { broadcasts } from "../../src/db/schema.js";
import { findGames, listSports, loadFanData } from "../../src/domain/fan-data.js";
import { unobserved } from "../../src/domain/read-model.js";
import { recordResult } from "../../src/domain/result-records.js";
import { eventually } from "../helpers/bot.js";
import { CrashRig, MADE_AT, received } from "../helpers/crowd.js";
import { testMedal } from "../helpers/fixtures.js";
import { COLD_START_MS } from "../helpers/process.js";

const CHATS = 2_000;
const CONCURRENCY = 4;
const LANGS = ["ru", "kk", "en"] as const;
/** How each language's caption begins. */
const MEDAL = { ru: "🥇 Золото! Аружан Тестова", kk: "🥇 Алтын! Аружан Тестова", en: "🥇 Gold! Aruzhan Testova" };

let rig: CrashRig;
beforeAll(async () => {
  rig = await CrashRig.start();
});
afterEach(() => rig.killBots());
afterAll(async () => rig?.stop());

/** 2,000 chats that want medal alerts, and a gold recorded with its alert, made before the bot starts. */
function prepare(users: LocalUser[]): Promise<Record<string, string>> {
  return rig.prepare(users, async (db) => {
    await db.execute(
      sql`insert into subscriptions (chat_id, results, updated_at) select id, 'medals', ${MADE_AT.toISOString()}::timestamptz from chats`,
    );
    const data = await loadFanData(db);
    const at = {
      gamesId: findGames(data, "milano-cortina-2026-olympic")!.id,
      sportId: listSports(data).find((s) => s.slug === "figure-skating")!.id,
    };
    const saved = await recordResult(unobserved(db), 4343, testMedal("crash-gold", at), MADE_AT, { alert: true, alertDelayMs: 0 });
    const [alert] = await db.select().from(broadcasts).where(eq(broadcasts.id, saved.broadcastId!));
    expect(alert!.audienceSize).toBe(CHATS);
  });
}

const photos = (bot: LocalBot) => rig.api.calls({ method: "sendPhoto", botId: bot.id, ok: true });
/** A card uploaded (a multipart file), not sent again by the file_id of an earlier upload. */
const isUpload = (c: CallRecord) => !/^AgAC/.test(String(c.params.photo));

const cases = [
  // The bot dies while the server answers the first card it took: that answer, and the file_id in
  // it, never reach the bot; the other sends of that language were waiting for it.
  { signal: "SIGKILL", at: "the first card's upload", stopWhen: (sent: number) => sent >= 1 },
  { signal: "SIGKILL", at: "the middle", stopWhen: (sent: number) => sent >= 500 },
  { signal: "SIGTERM", at: "the middle", stopWhen: (sent: number) => sent >= 500 },
] as const;

describe("a medal's alert to 2,000 chats when the bot dies in the middle", () => {
  for (const [i, { signal, at, stopWhen }] of cases.entries()) {
    it(
      `${signal} at ${at}, then a restart: every chat gets the card in its language, ${signal === "SIGKILL" ? `repeats at most ${CONCURRENCY}` : "none twice"}`,
      async () => {
        const bot = rig.api.createBot({ username: `result_crash_${i}_bot` });
        const users = Array.from({ length: CHATS }, (_, i) =>
          rig.api.createUser({ firstName: `Sub${i}`, languageCode: LANGS[i % LANGS.length] }),
        );
        const env = await prepare(users);

        const first = rig.startBot(bot, env);
        // The signal is sent from the server's own record of the send, before its answer is written.
        let sent = 0;
        let stopped = false;
        const unsubscribe = rig.api.subscribe((event) => {
          if (event.botId !== bot.id || event.kind !== "sent") return;
          if (stopWhen(++sent)) {
            unsubscribe();
            first.child.kill(signal);
            stopped = true;
          }
        });
        await eventually(() => expect(stopped, first.output()).toBe(true), COLD_START_MS + 30_000);
        const ended = await first.ended;
        expect(ended, first.output()).toEqual(signal === "SIGTERM" ? { code: 0, signal: null } : { code: null, signal: "SIGKILL" });
        const atStop = photos(bot).length;
        expect(atStop).toBeLessThan(CHATS); // it really was in the middle

        const second = rig.startBot(bot, env);
        await second.polling();
        await eventually(() => expect(received(users, bot).lost).toBe(0), 90_000);
        second.child.kill("SIGTERM");
        expect(await second.exit, second.output()).toBe(0);

        const { lost, repeats } = received(users, bot);
        expect(lost).toBe(0);
        // SIGKILL: the send whose answer the kill cut off is sent again (it was in flight), and
        // at most the others in flight with it.
        if (signal === "SIGKILL") expect(repeats).toSatisfy((n: number) => n >= 1 && n <= CONCURRENCY);
        else expect(repeats).toBe(0);
        for (const u of users) {
          const [card] = u.history({ bot });
          expect(card!.photo?.at(-1), `chat ${u.id} gets the card`).toMatchObject({ width: 1200, height: 630 });
          expect(card!.text.startsWith(MEDAL[u.languageCode as keyof typeof MEDAL])).toBe(true);
        }
        // A language's card is uploaded once and its file_id stored (the chats go language by
        // language, so halfway through some cards are not uploaded yet); the restarted process
        // uploads only those the first never stored, never once per chat. Killed as the first
        // upload was answered, that one card's file_id never reached the database: one more.
        const uploads = photos(bot).filter(isUpload).length;
        if (at === "the middle") expect(uploads).toBe(LANGS.length);
        else expect(uploads).toSatisfy((n: number) => n >= LANGS.length && n <= LANGS.length + 1);
        expect(rig.api.calls({ method: "sendMessage", botId: bot.id, ok: true })).toEqual([]);
      },
      2 * COLD_START_MS + 90_000,
    );
  }
});
