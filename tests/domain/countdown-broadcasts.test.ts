import { eq } from "drizzle-orm";
import cron from "node-cron";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { broadcasts, deliveries } from "../../src/db/schema.js";
import { touchChat } from "../../src/domain/chats.js";
import { cadenceDue, makeCountdownBroadcasts } from "../../src/domain/countdown-broadcasts.js";
import { listGames, upcomingGames } from "../../src/domain/games.js";
import { updateSubscription } from "../../src/domain/subscriptions.js";
import { lastFireToday, postgresRunCoordinator } from "../../src/jobs/countdown-cron.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const at = (iso: string) => new Date(iso);
const upcoming = async (now: Date) => upcomingGames(await listGames(database.db), now);

describe("which cadences are due (Los Angeles 2028 opens 14 July 2028, host time)", () => {
  test("milestones: 100 days before, and the day before, and the opening day; not 99 days before", async () => {
    // 09:00 in Almaty is the evening before in Los Angeles: days are counted in the host's calendar.
    expect(cadenceDue("milestones", await upcoming(at("2028-04-05T04:00:00Z")), at("2028-04-05T04:00:00Z"))).toBe(true); // 100 days
    expect(cadenceDue("milestones", await upcoming(at("2028-04-06T04:00:00Z")), at("2028-04-06T04:00:00Z"))).toBe(false); // 99
    expect(cadenceDue("milestones", await upcoming(at("2028-07-13T04:00:00Z")), at("2028-07-13T04:00:00Z"))).toBe(true); // 1
  });

  test("weekly: whole weeks to go, counted in the host's calendar on both sides of the US DST change; daily: every day", async () => {
    const due = async (iso: string) => cadenceDue("weekly", await upcoming(at(iso)), at(iso));
    expect(await due("2028-03-09T08:00:00Z")).toBe(false); // midnight in LA (PST): 127 days to go
    expect(await due("2028-03-10T08:00:00Z")).toBe(true); // 126 days: 18 weeks
    expect(await due("2028-03-16T07:00:00Z")).toBe(false); // midnight PDT, after 12 March: 120 days
    expect(await due("2028-03-17T07:00:00Z")).toBe(true); // 119 days: 17 weeks
    expect(cadenceDue("daily", await upcoming(at("2028-03-16T07:00:00Z")), at("2028-03-16T07:00:00Z"))).toBe(true);
  });
});

describe("today's countdown broadcasts", () => {
  beforeEach(async () => {
    await database.close();
    database = await createTestDatabase();
  });

  test("one broadcast per due cadence, to the chats with that cadence; made again the same day: nothing new", async () => {
    const now = at("2028-04-05T04:00:00Z"); // 100 days to Los Angeles 2028
    for (const [id, countdown] of [
      [1, "daily"],
      [2, "milestones"],
      [3, "weekly"],
      [4, "off"],
    ] as const) {
      await touchChat(database.db, { id, type: "private" }, now);
      await updateSubscription(database.db, id, { countdown }, now);
    }
    const made = await makeCountdownBroadcasts(database.db, now, "Asia/Almaty");
    expect(made.map((m) => [m.cadence, m.created, m.audienceSize])).toEqual([
      ["milestones", true, 1],
      ["daily", true, 1],
    ]);
    const keys = (await database.db.select({ key: broadcasts.dedupeKey }).from(broadcasts)).map((r) => r.key).sort();
    expect(keys).toEqual([
      "countdown:la-2028-olympic+la-2028-paralympic:2028-04-05:daily",
      "countdown:la-2028-olympic+la-2028-paralympic:2028-04-05:milestones",
    ]);
    // A chat that subscribes after today's broadcast was made is not added to it.
    await touchChat(database.db, { id: 5, type: "private" }, now);
    await updateSubscription(database.db, 5, { countdown: "daily" }, now);
    expect((await makeCountdownBroadcasts(database.db, now, "Asia/Almaty")).every((m) => !m.created)).toBe(true);
    expect((await database.db.select().from(deliveries).where(eq(deliveries.chatId, 5))).length).toBe(0);
  });
});

describe("the cron job", () => {
  test("one instance per slot: the coordinator lets the first claim of a key through", async () => {
    const a = postgresRunCoordinator(database.db, () => new Date("2028-04-05T04:00:00Z"));
    const b = postgresRunCoordinator(database.db, () => new Date("2028-04-05T04:00:00Z"));
    const key = "countdown:2028-04-05T04:00:00.000Z";
    expect(await Promise.all([a.shouldRun(key, 30_000), b.shouldRun(key, 30_000)])).toEqual(expect.arrayContaining([true, false]));
    expect(await a.shouldRun("countdown:2028-04-06T04:00:00.000Z", 30_000)).toBe(true);
  });

  test("catch-up: the last fire today in the display zone, or none before it is due", () => {
    const task = cron.createTask("0 9 * * *", () => {}, { timezone: "Asia/Almaty" });
    expect(lastFireToday(task, at("2026-11-25T05:30:00Z"), "Asia/Almaty")).toEqual(at("2026-11-25T04:00:00Z"));
    expect(lastFireToday(task, at("2026-11-25T03:59:00Z"), "Asia/Almaty")).toBeNull();
    const withSeconds = cron.createTask("30 0 9 * * *", () => {}, { timezone: "Asia/Almaty" });
    expect(lastFireToday(withSeconds, at("2026-11-25T04:00:45Z"), "Asia/Almaty")).toEqual(at("2026-11-25T04:00:30Z"));
    void task.destroy();
    void withSeconds.destroy();
  });
});
