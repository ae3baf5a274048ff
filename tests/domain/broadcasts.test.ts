import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { chats, deliveries } from "../../src/db/schema.js";
import {
  cancelBroadcast,
  claimDueDeliveries,
  countPendingDeliveries,
  createBroadcast,
  finishBroadcasts,
  recentBroadcasts,
  recordBlocked,
  recordFailed,
  recordRetry,
  recordSent,
  releaseInFlight,
} from "../../src/domain/broadcasts.js";
import { setChatStatus, touchChat } from "../../src/domain/chats.js";
import { listSports, loadFanData } from "../../src/domain/fan-data.js";
import {
  chooseSport,
  followsSport,
  getSubscription,
  subscribeToSport,
  unsubscribeFromSport,
  updateSubscription,
  wantsLicenseAlert,
  wantsResultAlert,
} from "../../src/domain/subscriptions.js";
import type { Sport } from "../../src/domain/types.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { bySlug } from "../helpers/fixtures.js";

let database: TestDatabase;
let sports: Sport[];
const now = new Date("2026-11-25T04:00:00Z");
const sport = (slug: string) => bySlug(sports, slug);

beforeAll(async () => {
  database = await createTestDatabase();
  sports = await listSports(await loadFanData(database.db));
});
afterAll(async () => database?.close());

async function chat(id: number, status: "active" | "blocked" = "active") {
  await touchChat(database.db, { id, type: id > 0 ? "private" : "group" }, now);
  if (status !== "active") await setChatStatus(database.db, id, status);
}

async function deliveredTo(broadcastId: number): Promise<number[]> {
  const rows = await database.db.select({ chatId: deliveries.chatId }).from(deliveries).where(eq(deliveries.broadcastId, broadcastId));
  return rows.map((r) => r.chatId).sort((a, b) => a - b);
}

describe("subscriptions", () => {
  test("a chat that never subscribed wants nothing; settings change one by one", async () => {
    await chat(1);
    expect(await getSubscription(database.db, 1)).toEqual({
      chatId: 1,
      alerts: "off",
      sportIds: [],
      olympic: true,
      paralympic: true,
      countdown: "off",
      results: "off",
    });
    expect((await updateSubscription(database.db, 1, { countdown: "daily" }, now)).countdown).toBe("daily");
    expect(await updateSubscription(database.db, 1, { paralympic: false }, now)).toMatchObject({ countdown: "daily", paralympic: false });
  });

  test("sports: subscribing to one narrows 'off' to 'chosen', keeps 'all'; the last one removed leaves no sport's alerts", async () => {
    await chat(2);
    const boxing = sport("boxing").id;
    const judo = sport("judo").id;
    expect(await subscribeToSport(database.db, 2, boxing, now)).toMatchObject({ alerts: "chosen", sportIds: [boxing] });
    expect((await subscribeToSport(database.db, 2, judo, now)).sportIds).toEqual([boxing, judo].sort((a, b) => a - b));
    expect((await unsubscribeFromSport(database.db, 2, boxing, now)).alerts).toBe("chosen");
    await updateSubscription(database.db, 2, { results: "medals" }, now);
    // "Chosen sports", none of them: 'off' would widen the medal alerts to every sport.
    const none = await unsubscribeFromSport(database.db, 2, judo, now);
    expect(none).toMatchObject({ alerts: "chosen", sportIds: [], results: "medals" });
    expect(wantsLicenseAlert(none, sport("judo"), "olympic")).toBe(false);
    expect(wantsResultAlert(none, sport("judo"), "olympic", true)).toBe(false);
    await updateSubscription(database.db, 2, { alerts: "all" }, now);
    expect(await subscribeToSport(database.db, 2, boxing, now)).toMatchObject({ alerts: "all", sportIds: [boxing] });
  });

  test("the settings' list of sports: a tick chooses sports (narrowing 'all'), turns its kind of Games on; an untick keeps 'chosen'", async () => {
    await chat(3);
    await updateSubscription(database.db, 3, { alerts: "all", paralympic: false }, now);
    const swimming = sport("para-swimming");
    expect(await chooseSport(database.db, 3, swimming, true, now)).toMatchObject({
      alerts: "chosen",
      paralympic: true,
      sportIds: [swimming.id],
    });
    expect(await chooseSport(database.db, 3, swimming, true, now)).toMatchObject({ sportIds: [swimming.id] });
    expect(await chooseSport(database.db, 3, swimming, false, now)).toMatchObject({ alerts: "chosen", sportIds: [] });
    const cycling = sport("cycling");
    const track = sport("cycling-track");
    const sub = await chooseSport(database.db, 3, cycling, true, now);
    expect([followsSport(sub, cycling), followsSport(sub, track), followsSport(sub, sport("boxing"))]).toEqual(["sport", "parent", "none"]);
  });
});

describe("broadcasts", () => {
  // Each test on a database of its own: a broadcast goes to every matching chat there is.
  beforeEach(async () => {
    await database.close();
    database = await createTestDatabase();
  });
  test("a license alert reaches exactly the active chats whose subscription wants it (the SQL and the rule agree)", async () => {
    const cycling = sport("cycling");
    const track = sports.find((s) => s.parentId === cycling.id)!;
    const setups: [number, () => Promise<unknown>][] = [
      [101, () => updateSubscription(database.db, 101, { alerts: "all" }, now)],
      [102, () => subscribeToSport(database.db, 102, cycling.id, now)], // the parent covers its disciplines
      [103, () => subscribeToSport(database.db, 103, track.id, now)],
      [104, () => subscribeToSport(database.db, 104, sport("boxing").id, now)],
      [105, () => updateSubscription(database.db, 105, { alerts: "all", olympic: false }, now)],
      [106, () => updateSubscription(database.db, 106, { countdown: "daily" }, now)],
      [-107, () => updateSubscription(database.db, -107, { alerts: "all" }, now)],
    ];
    for (const [id, setup] of setups) {
      await chat(id);
      await setup();
    }
    await chat(108);
    await updateSubscription(database.db, 108, { alerts: "all" }, now);
    await setChatStatus(database.db, 108, "blocked");

    const { id, created, audienceSize } = await createBroadcast(
      database.db,
      {
        dedupeKey: "license:test-1",
        kind: "license",
        payload: { licenseId: 1 },
        audience: { type: "license", sport: track, kind: "olympic" },
      },
      now,
    );
    expect(created).toBe(true);
    const expected: number[] = [];
    for (const [chatId] of [...setups, [108] as const]) {
      const sub = await getSubscription(database.db, chatId);
      const [row] = await database.db.select({ status: chats.status }).from(chats).where(eq(chats.id, chatId));
      if (row?.status === "active" && wantsLicenseAlert(sub, track, "olympic")) expected.push(chatId);
    }
    expect(expected.sort((a, b) => a - b)).toEqual([-107, 101, 102, 103]);
    expect(await deliveredTo(id)).toEqual(expected);
    expect(audienceSize).toBe(4);
  });

  test("creating a broadcast whose key exists changes nothing, even for chats subscribed since", async () => {
    await chat(201);
    await updateSubscription(database.db, 201, { countdown: "weekly" }, now);
    const first = await createBroadcast(
      database.db,
      {
        dedupeKey: "countdown:x:2026-11-25:weekly",
        kind: "countdown",
        payload: { gamesIds: [] },
        audience: { type: "countdown", cadence: "weekly" },
      },
      now,
    );
    await chat(202);
    await updateSubscription(database.db, 202, { countdown: "weekly" }, now);
    const again = await createBroadcast(
      database.db,
      {
        dedupeKey: "countdown:x:2026-11-25:weekly",
        kind: "countdown",
        payload: { gamesIds: [] },
        audience: { type: "countdown", cadence: "weekly" },
      },
      now,
    );
    expect(again).toEqual({ id: first.id, created: false, audienceSize: first.audienceSize });
    expect(await deliveredTo(first.id)).toEqual([201]);
  });

  test("the sender's life cycle: claimed once, in flight, outcomes recorded; not before notBefore; none of a cancelled one", async () => {
    for (const id of [301, 302, 303, 304]) {
      await chat(id);
      await updateSubscription(database.db, id, { countdown: "milestones" }, now);
    }
    const later = new Date(now.getTime() + 60_000);
    const b = await createBroadcast(
      database.db,
      {
        dedupeKey: "countdown:y:milestones",
        kind: "countdown",
        payload: { gamesIds: [100] },
        audience: { type: "countdown", cadence: "milestones" },
        notBefore: later,
      },
      now,
    );
    expect(await claimDueDeliveries(database.db, 10, now)).toEqual([]);
    const claimed = await claimDueDeliveries(database.db, 10, later);
    expect(claimed.map((d) => [d.chatId, d.attempts, d.payload])).toEqual([301, 302, 303, 304].map((c) => [c, 1, { gamesIds: [100] }]));
    expect(await claimDueDeliveries(database.db, 10, later)).toEqual([]); // in flight: nobody else gets them
    await recordSent(database.db, { broadcastId: b.id, chatId: 301 }, 77, later);
    await recordBlocked(database.db, { broadcastId: b.id, chatId: 302 }, "Forbidden: bot was blocked by the user", later);
    await recordFailed(database.db, { broadcastId: b.id, chatId: 303 }, "Bad Request: chat not found", later);
    await recordRetry(database.db, { broadcastId: b.id, chatId: 304 }, new Date(later.getTime() + 5_000), "502", later);
    expect(await finishBroadcasts(database.db)).toBe(0);
    expect((await claimDueDeliveries(database.db, 10, new Date(later.getTime() + 5_000))).map((d) => [d.chatId, d.attempts])).toEqual([
      [304, 2],
    ]);
    // A hard crash now: the one in flight goes back to pending.
    expect(await releaseInFlight(database.db, later)).toBe(1);
    await recordSent(database.db, { broadcastId: b.id, chatId: 304 }, 78, later);
    await finishBroadcasts(database.db);
    const [stats] = (await recentBroadcasts(database.db, 10)).filter((s) => s.id === b.id);
    expect(stats).toMatchObject({ status: "done", counts: { sent: 2, blocked: 1, failed: 1, pending: 0, sending: 0 } });

    const c = await createBroadcast(
      database.db,
      {
        dedupeKey: "countdown:z:milestones",
        kind: "countdown",
        payload: { gamesIds: [] },
        audience: { type: "countdown", cadence: "milestones" },
      },
      now,
    );
    expect(await cancelBroadcast(database.db, c.id, now)).toBe(true);
    expect(await cancelBroadcast(database.db, c.id, now)).toBe(false);
    expect(await claimDueDeliveries(database.db, 10, later)).toEqual([]);
  });

  test("cancelling a broadcast cancels its deliveries not yet on their way: none stays pending, none is claimed", async () => {
    for (const id of [7101, 7102, 7103]) {
      await chat(id);
      await updateSubscription(database.db, id, { countdown: "weekly" }, now);
    }
    const b = await createBroadcast(
      database.db,
      {
        dedupeKey: "countdown:cancel-test:weekly",
        kind: "countdown",
        payload: { gamesIds: [] },
        audience: { type: "countdown", cadence: "weekly" },
      },
      now,
    );
    const inFlight = await claimDueDeliveries(database.db, 1, now);
    expect(inFlight.filter((d) => d.broadcastId === b.id)).toHaveLength(1);
    const pendingBefore = (await countPendingDeliveries(database.db, now)).pending;
    expect(await cancelBroadcast(database.db, b.id, now)).toBe(true);
    const statuses = (await database.db.select({ status: deliveries.status }).from(deliveries).where(eq(deliveries.broadcastId, b.id))).map(
      (d) => d.status,
    );
    expect(statuses.sort()).toEqual([...Array(statuses.length - 1).fill("cancelled"), "sending"].sort());
    expect((await countPendingDeliveries(database.db, now)).pending).toBe(pendingBefore - (statuses.length - 1));
    expect((await claimDueDeliveries(database.db, 100, now)).filter((d) => d.broadcastId === b.id)).toEqual([]);
    // A forged id past what the column holds names nothing, and asks the database nothing.
    expect(await cancelBroadcast(database.db, 2 ** 31, now)).toBe(false);
  });

  test("10,000 subscribers: one statement makes every delivery", async () => {
    await database.db.execute(
      sql`insert into chats (id, type, status, created_at, last_seen_at)
        select g, 'private', 'active', ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz from generate_series(1000000, 1009999) g`,
    );
    await database.db.execute(
      sql`insert into subscriptions (chat_id, countdown, updated_at)
        select g, 'daily', ${now.toISOString()}::timestamptz from generate_series(1000000, 1009999) g`,
    );
    const b = await createBroadcast(
      database.db,
      { dedupeKey: "countdown:big:daily", kind: "countdown", payload: { gamesIds: [] }, audience: { type: "countdown", cadence: "daily" } },
      now,
    );
    expect(b.audienceSize).toBe(10_000);
  });
});
