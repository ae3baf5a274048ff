/**
 * A stop that cannot wait for every reply (one is held back by Telegram's limits past the drain
 * timeout) hands the unfinished update over instead of losing it: the next start answers it, once.
 */

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { inboundUpdates } from "../../src/db/schema.js";
import { type BotHarness, eventually, startBotHarness } from "../helpers/bot.js";

let h: BotHarness;
let next: App | undefined;
beforeAll(async () => {
  h = await startBotHarness({ now: "2024-07-28T10:00:00Z", drainTimeoutMs: 500 });
});
afterAll(async () => {
  await next?.stop();
  await h?.stop();
});

describe("a stop with a reply still held back", () => {
  it("hands the update over; the next start answers it once, and the stopped one never does", async () => {
    const fan = h.api.createUser({ firstName: "Late", languageCode: "en" });
    h.api.faults.flood({ chatId: fan.id, retryAfter: 3, method: "sendMessage" });
    await fan.send("/help");
    await h.api.waitForCall({ method: "sendMessage", chatId: fan.id, where: (c) => c.error?.error_code === 429 });
    await h.app.stop();
    const [row] = await h.db
      .select()
      .from(inboundUpdates)
      .where(sql`${inboundUpdates.payload}->'message'->'chat'->>'id' = ${String(fan.id)}`);
    expect(row?.doneAt).toBeNull();

    next = await h.startAnother();
    const reply = await fan.waitForMessage({ timeoutMs: 15_000 });
    expect(reply.text).toContain("What I can do");
    // The stopped instance gave its held reply up (so it cannot go out once the 429 has run out):
    // its handler for the update ended with the send refused.
    await eventually(() =>
      expect(
        h.logs.some((l) => l.includes(`"updateId":${row!.updateId},`) && l.includes("the bot stopped before this could be sent")),
      ).toBe(true),
    );
    expect(fan.history()).toHaveLength(1);
    await eventually(async () => {
      const [done] = await h.db.select().from(inboundUpdates).where(sql`update_id = ${row!.updateId}`);
      expect(done?.doneAt).toBeInstanceOf(Date);
    });
  }, 40_000);
});
