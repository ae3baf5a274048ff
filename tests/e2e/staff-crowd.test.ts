/**
 * Thirty staff members write at once while fans do too (PostgreSQL, where each staff update holds
 * a cross-instance lock): every one is answered. The lock once sat on a connection of the pool the
 * update's own queries needed, and ten staff messages at once froze the bot for good.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { addEditor } from "../../src/domain/staff.js";
import { type BotHarness, startBotHarness } from "../helpers/bot.js";
import { testDatabaseUrl } from "../helpers/db.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
const STAFF = 30;
const FANS = 30;

describe.skipIf(!testDatabaseUrl)("a crowd of staff on PostgreSQL", () => {
  let h: BotHarness;
  let staff: LocalUser[];
  let fans: LocalUser[];
  beforeAll(async () => {
    h = await startBotHarness({ now: "2026-12-01T21:00:00Z" });
    staff = Array.from({ length: STAFF }, (_, i) => h.api.createUser({ firstName: `Staff ${i}`, languageCode: "en" }));
    fans = Array.from({ length: FANS }, (_, i) => h.api.createUser({ firstName: `Fan ${i}`, languageCode: "en" }));
    // Before anyone writes: the bot's cached staff list is first read with them in it.
    for (const member of staff) await addEditor(h.db, OWNER_ID, member.id, h.clock());
  });
  afterAll(async () => h?.stop());

  it(`${STAFF} staff messages and ${FANS} fans' at once: every one answered`, async () => {
    const replies = await Promise.all([
      ...staff.map(async (member) => {
        await member.send("/addlicense");
        return (await member.waitForMessage({ timeoutMs: 90_000 })).text;
      }),
      ...fans.map(async (fan) => {
        await fan.send("/start");
        return (await fan.waitForMessage({ timeoutMs: 90_000 })).text;
      }),
    ]);
    expect(replies.slice(0, STAFF).every((text) => text.includes("1/8 · Games."))).toBe(true);
    expect(replies.slice(STAFF).every((text) => text.includes("Hello, Fan"))).toBe(true);
  }, 120_000);
});
