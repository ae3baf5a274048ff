/**
 * Under Telegram's real flood limits (the local server enforces them: about 30 messages a second
 * for the bot, one a second per chat after a burst, 429 with retry_after beyond), every reply
 * arrives, once, in order per chat, and none is replaced by an error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { ask, type BotHarness, eventually, startBotHarness } from "../helpers/bot.js";

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ now: "2024-07-28T10:00:00Z" });
});
afterAll(async () => h?.stop());

const ERROR_TEXTS = ["Sorry, something went wrong", "temporarily unavailable"];

/** Five commands and a word each reply must contain, in the order they are sent. */
const COMMANDS: [string, string][] = [
  ["/help", "What I can do"],
  ["/countdown", "Countdown"],
  ["/licenses boxing", "Aibek Oralbay"],
  ["/schedule judo", "Judo"],
  ["/start", "Hello"],
];

function expectRepliesInOrder(user: LocalUser): void {
  const texts = user.history().map((m) => m.text);
  expect(texts, `chat ${user.id}`).toHaveLength(COMMANDS.length);
  for (const [i, [, expected]] of COMMANDS.entries()) expect(texts[i], `chat ${user.id}, reply ${i + 1}`).toContain(expected);
  for (const t of texts) for (const e of ERROR_TEXTS) expect(t).not.toContain(e);
}

describe("under Telegram's flood limits", () => {
  it("200 fans × 5 commands at once: every reply arrives, once, in order, none an error, the bot causes no 429, and those who wait see typing", async () => {
    const fans = Array.from({ length: 200 }, (_, i) => h.api.createUser({ firstName: `Fan ${i}`, languageCode: "en" }));
    const firstCall = h.api.calls().length;
    const startedAt = Date.now();
    await Promise.all(
      fans.map(async (fan) => {
        for (const [command] of COMMANDS) await fan.send(command);
      }),
    );
    await eventually(() => {
      for (const fan of fans) expect(fan.history()).toHaveLength(COMMANDS.length);
    }, 90_000);
    for (const fan of fans) expectRepliesInOrder(fan);
    const sends = h.api
      .calls()
      .slice(firstCall)
      .filter((c) => c.method === "sendMessage");
    // The bot paces itself under the limits, so Telegram never has to refuse it.
    expect(sends.filter((c) => !c.ok).map((c) => c.error?.error_code)).toEqual([]);
    expect(sends).toHaveLength(fans.length * COMMANDS.length);
    // "typing…" has an allowance of its own: most fans whose last reply came after 5 s saw it.
    const lastReplyAt = new Map<number, number>();
    for (const c of sends) lastReplyAt.set(c.chatId!, Math.max(lastReplyAt.get(c.chatId!) ?? 0, c.at.getTime()));
    const typed = new Set(
      h.api
        .calls()
        .slice(firstCall)
        .filter((c) => c.method === "sendChatAction" && c.ok)
        .map((c) => c.chatId),
    );
    const waited = fans.filter((f) => lastReplyAt.get(f.id)! - startedAt > 5_000);
    expect(waited.length).toBeGreaterThan(100);
    expect(waited.filter((f) => typed.has(f.id)).length).toBeGreaterThan(waited.length / 2);
  }, 120_000);

  it("a burst of 5xx answers across chats: every reply still arrives, once", async () => {
    const fans = Array.from({ length: 10 }, (_, i) => h.api.createUser({ firstName: `Unlucky ${i}`, languageCode: "en" }));
    h.api.faults.failNext("sendMessage", { status: 502, times: 15 });
    await Promise.all(fans.map((fan) => fan.send("/help")));
    await eventually(() => {
      for (const fan of fans) expect(fan.history()).toHaveLength(1);
    }, 30_000);
    for (const fan of fans) expect(fan.history()[0]!.text).toContain("What I can do");
    expect(h.api.calls({ method: "sendMessage" }).filter((c) => c.error?.error_code === 502)).toHaveLength(15);
  }, 40_000);

  it("a dropped connection before Telegram answers: the reply is sent again and arrives once", async () => {
    const fan = h.api.createUser({ firstName: "Dropped", languageCode: "en" });
    h.api.faults.failNext("sendMessage", { drop: true, chatId: fan.id });
    expect((await ask(fan, "/countdown")).text).toContain("Countdown");
    expect(fan.history()).toHaveLength(1);
  }, 20_000);

  it("a button press whose answer fails (5xx, then a 429) is still answered: the button never keeps spinning", async () => {
    const fan = h.api.createUser({ firstName: "Presser", languageCode: "en" });
    const menu = await ask(fan, "/start");
    h.api.faults.failNext("answerCallbackQuery", { status: 502, times: 2 });
    h.api.faults.flood({ method: "answerCallbackQuery", retryAfter: 1 });
    const edited = fan.waitForEdit(menu);
    const answer = await fan.press(menu, "⏳ Countdown");
    expect(answer).toBeDefined();
    expect((await edited).text).toContain("Countdown");
    await eventually(() => {
      const attempts = h.api.calls({ method: "answerCallbackQuery" }).slice(-4);
      expect(attempts.map((c) => (c.ok ? "ok" : c.error?.error_code))).toEqual([502, 502, 429, "ok"]);
    });
  }, 20_000);
});
