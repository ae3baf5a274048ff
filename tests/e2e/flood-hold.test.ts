/**
 * A long 429 (retry_after 90, over the minute auto-retry would wait) in one chat: its reply comes
 * after the wait, the fan sees "typing" meanwhile, and other chats are not held up. Its own file,
 * so its minute and a half runs beside the other suites.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, type BotHarness, eventually, startBotHarness } from "../helpers/bot.js";

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ now: "2024-07-28T10:00:00Z" });
});
afterAll(async () => h?.stop());

describe("under a long 429", () => {
  it("a chat under a 429 with retry_after 90 gets its reply after the wait, seeing 'typing' meanwhile; other chats go on", async () => {
    const patient = h.api.createUser({ firstName: "Patient", languageCode: "en" });
    const other = h.api.createUser({ firstName: "Other", languageCode: "en" });
    h.api.faults.flood({ chatId: patient.id, retryAfter: 90, method: "sendMessage" });
    const started = Date.now();
    await patient.send("/help");
    await h.api.waitForCall({ method: "sendChatAction", chatId: patient.id, timeoutMs: 5_000 });
    expect((await ask(other, "/help")).text).toContain("What I can do");
    expect(patient.history()).toHaveLength(0);
    const reply = await patient.waitForMessage({ timeoutMs: 100_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(89_000);
    expect(reply.text).toContain("What I can do");
    // The message is visible a moment before the server records the call that made it.
    await eventually(() => {
      const attempts = h.api.calls({ method: "sendMessage", chatId: patient.id });
      expect(attempts.map((c) => (c.ok ? "ok" : c.error?.error_code))).toEqual([429, "ok"]);
    });
    expect(patient.history()).toHaveLength(1);
  }, 120_000);
});
