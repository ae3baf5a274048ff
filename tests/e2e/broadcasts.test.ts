/**
 * Broadcasts end to end: rows in Postgres, the one sender, the local Bot API server's record of
 * what each chat received. Subscriptions are set through the domain here (the fan-side menu has
 * tests of its own).
 */

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { deliveries } from "../../src/db/schema.js";
import { announceLicense, cancelBroadcast, createBroadcast, recentBroadcasts } from "../../src/domain/broadcasts.js";
import { findGames, loadFanData } from "../../src/domain/fan-data.js";
import { updateSubscription } from "../../src/domain/subscriptions.js";
import { ask, type BotHarness, eventually, pressAndEdit, senderIdle, startBotHarness } from "../helpers/bot.js";
import { insertLicense, sportBySlug } from "../helpers/fixtures.js";

let h: BotHarness;
let la2028: number;
beforeAll(async () => {
  h = await startBotHarness({ now: "2026-11-25T04:00:00Z" });
  la2028 = (await findGames(await loadFanData(h.db), "la-2028-olympic"))!.id;
});
afterAll(async () => h?.stop());

let seq = 0;
async function subscriber(languageCode: string, countdown: "daily" | "weekly" = "daily"): Promise<LocalUser> {
  const user = h.api.createUser({ firstName: `Sub ${++seq}`, languageCode });
  await ask(user, "/start");
  await updateSubscription(h.db, user.id, { countdown }, h.clock());
  return user;
}

async function statuses(broadcastId: number) {
  const rows = await h.db.select().from(deliveries).where(eq(deliveries.broadcastId, broadcastId));
  return new Map(rows.map((r) => [r.chatId, r]));
}

describe("broadcasts", () => {
  it("a countdown reaches each subscribed chat once, in its language; a chat that blocked the bot is marked and skipped", async () => {
    const [ru, kk, en, gone, blocker] = [
      await subscriber("ru"),
      await subscriber("kk"),
      await subscriber("en"),
      await subscriber("en"),
      await subscriber("en"),
    ];
    const weekly = await subscriber("en", "weekly");
    // One blocks the bot and the bot hears of it (my_chat_member): left out of the audience.
    await blocker.block();
    await eventually(async () => expect((await h.chatRow(blocker.id))?.status).toBe("blocked"));
    // One the bot hears of only when it sends: Telegram answers 403.
    h.api.faults.failNext("sendMessage", { status: 403, chatId: gone.id, description: "Forbidden: bot was blocked by the user" });
    // One who deleted their account: 403 "user is deactivated".
    const deleted = await subscriber("en");
    await deleted.deactivate();
    const b = await createBroadcast(
      h.db,
      {
        dedupeKey: "countdown:la-2028-olympic:2026-11-25:daily",
        kind: "countdown",
        payload: { gamesIds: [la2028] },
        audience: { type: "countdown", cadence: "daily" },
      },
      h.clock(),
    );
    expect(b.audienceSize).toBe(5);
    const ruText = (await ru.waitForMessage()).text;
    expect(ruText).toContain("Обратный отсчёт");
    expect(ruText).toContain("Лицензий на эти Игры в списке пока нет.");
    expect((await kk.waitForMessage()).text).toContain("Кері санақ");
    expect((await en.waitForMessage()).text).toContain("Countdown");
    await eventually(async () => expect((await statuses(b.id)).get(gone.id)?.status).toBe("blocked"));
    await eventually(async () =>
      expect((await statuses(b.id)).get(deleted.id)).toMatchObject({ status: "blocked", error: "Forbidden: user is deactivated" }),
    );
    // The chat is marked just after its delivery is.
    await eventually(async () => expect((await h.chatRow(deleted.id))?.status).toBe("blocked"));
    // Recorded just after Telegram answers the send, a moment after the chat has the message.
    await eventually(async () => {
      const recorded = await statuses(b.id);
      for (const u of [ru, kk, en]) expect(recorded.get(u.id)?.status).toBe("sent");
    });
    const rows = await statuses(b.id);
    for (const u of [ru, kk, en]) {
      expect(rows.get(u.id)?.messageId).toBe(u.history().at(-1)!.message_id);
      expect(u.history()).toHaveLength(2); // the /start reply and the countdown
    }
    await eventually(async () => expect((await h.chatRow(gone.id))?.status).toBe("blocked"));
    expect(weekly.history()).toHaveLength(1);
    expect(blocker.history()).toHaveLength(1);
    expect(rows.has(blocker.id)).toBe(false);
    await eventually(async () => expect((await recentBroadcasts(h.db)).find((s) => s.id === b.id)?.status).toBe("done"));
  });

  it("a 429 storm pauses the sender, which then delivers everything; a 5xx is tried again later", async () => {
    const users = [];
    for (let i = 0; i < 6; i++) users.push(await subscriber("en", "weekly"));
    h.api.faults.flood({ retryAfter: 2, method: "sendMessage", times: 3 });
    h.api.faults.failNext("sendMessage", { status: 502, chatId: users[5]!.id });
    const b = await createBroadcast(
      h.db,
      {
        dedupeKey: "countdown:la-2028-olympic:2026-11-25:weekly",
        kind: "countdown",
        payload: { gamesIds: [la2028] },
        audience: { type: "countdown", cadence: "weekly" },
      },
      h.clock(),
    );
    const unlucky = users[5]!.id;
    await eventually(async () => {
      const rows = [...(await statuses(b.id)).values()];
      expect(rows.filter((r) => r.chatId !== unlucky).map((r) => r.status)).toEqual(Array(b.audienceSize - 1).fill("sent"));
      expect(rows.find((r) => r.chatId === unlucky)).toMatchObject({ status: "pending", error: expect.stringContaining("502") });
    }, 30_000);
    // Back in Postgres with a back-off: due once the (pinned) clock has moved on.
    h.clock.set(new Date(h.clock().getTime() + 10_000));
    await eventually(async () => expect((await statuses(b.id)).get(unlucky)?.status).toBe("sent"), 10_000);
    for (const u of users) expect(u.history().filter((m) => m.text?.includes("Countdown"))).toHaveLength(1);
    expect((await statuses(b.id)).get(users[5]!.id)?.attempts).toBe(2);
  }, 40_000);

  it("a license alert names who won it, in the chat's language; a cancelled broadcast sends nothing more", async () => {
    const fan = h.api.createUser({ firstName: "Alert", languageCode: "ru" });
    await ask(fan, "/start");
    await updateSubscription(h.db, fan.id, { alerts: "all" }, h.clock());
    const boxing = await sportBySlug(h.db, "boxing");
    const license = {
      id: await insertLicense(h.db, { gamesId: la2028, sportId: boxing.id, athletes: [{ en: "Test <Athlete>" }], source: "test" }),
    };
    const audience = { type: "license" as const, sport: boxing, kind: "olympic" as const };
    const announced = await announceLicense(h.db, license.id, h.clock());
    expect(announced).toMatchObject({ created: true, audienceSize: 1 });
    const alert = await fan.waitForMessage();
    expect(alert.text).toContain("Новая лицензия!");
    expect(alert.text).toContain("Test <Athlete>");
    expect(alert.text).toContain("Бокс");

    const held = await createBroadcast(
      h.db,
      {
        dedupeKey: "license:held",
        kind: "license",
        payload: { licenseId: license.id },
        audience,
        notBefore: new Date(h.clock().getTime() + 60_000),
      },
      h.clock(),
    );
    expect(await cancelBroadcast(h.db, held.id, h.clock())).toBe(true);
    h.clock.set(new Date(h.clock().getTime() + 120_000));
    await senderIdle(h); // it looked since the clock moved past the delay: nothing was due
    expect(fan.history()).toHaveLength(2);
    // Its delivery is cancelled with it: never sent, and no longer counted as due.
    expect([...(await statuses(held.id)).values()].map((r) => r.status)).toEqual(["cancelled"]);
  });

  it("/broadcasts: an owner sees the counts and an estimate, and cancels one still sending; a fan is told it is for staff", async () => {
    const fans = [];
    for (let i = 0; i < 3; i++) fans.push(await subscriber("en", "daily"));
    const held = await createBroadcast(
      h.db,
      {
        dedupeKey: "countdown:staff-test:daily",
        kind: "countdown",
        payload: { gamesIds: [la2028] },
        audience: { type: "countdown", cadence: "daily" },
        notBefore: new Date(h.clock().getTime() + 3_600_000),
      },
      h.clock(),
    );
    const fan = fans[0]!;
    expect((await ask(fan, "/broadcasts")).text).toBe("This command is for the team's staff.");

    const owner = h.api.createUser({ id: 1000001, firstName: "Owner", languageCode: "en" });
    const list = await ask(owner, "/broadcasts");
    // Described in words (kind, cadence, the Games in the reader's language, when), never by its key.
    expect(list.text).toContain(`#${held.id} ⏳ Countdown (daily): Los Angeles 2028 — sending, today, `);
    expect(list.text).toContain("Dates and times are Kazakhstan time (UTC+5).");
    expect(list.text).not.toContain("countdown:");
    expect(list.text).toMatch(new RegExp(`sent 0 · pending ${held.audienceSize} · blocked 0 · failed 0`));
    expect(list.text).toContain("about 1 min to finish");
    const { answer, message } = await pressAndEdit(owner, list, `✖️ Cancel #${held.id}`);
    expect(answer.text).toBe(`Broadcast #${held.id} cancelled: what was not sent will not be.`);
    expect(message.text).toContain(`#${held.id} ⏳ Countdown (daily): Los Angeles 2028 — cancelled`);
    expect((await recentBroadcasts(h.db)).find((b) => b.id === held.id)?.status).toBe("cancelled");
  });

  it("a database outage in the middle of a broadcast delays it; once the database is back every chat has it, once", async () => {
    const fans = [];
    for (let i = 0; i < 5; i++) fans.push(await subscriber("en", "daily"));
    const b = await createBroadcast(
      h.db,
      {
        dedupeKey: "countdown:outage-test:daily",
        kind: "countdown",
        payload: { gamesIds: [la2028] },
        audience: { type: "countdown", cadence: "daily" },
      },
      h.clock(),
    );
    h.dbFaults.outage("refused");
    await eventually(
      () => expect(h.logs.some((l) => l.includes("could not claim deliveries") || l.includes("could not record a delivery"))).toBe(true),
      10_000,
    );
    h.dbFaults.restore();
    // What is not sent yet, with why: a failure says which chat waits and on what.
    const unsent = async () =>
      [...(await statuses(b.id)).values()]
        .filter((r) => r.status !== "sent")
        .map((r) => ({ chatId: r.chatId, status: r.status, attempts: r.attempts, nextAttemptAt: r.nextAttemptAt, error: r.error }));
    await eventually(async () => expect(await unsent()).toEqual([]), 20_000);
    for (const fan of fans) expect(fan.history().filter((m) => m.text?.includes("Countdown"))).toHaveLength(1);
  }, 40_000);
});
