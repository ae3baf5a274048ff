// Qualification events: the staff writes (add, edit, close, reopen, remove) with their audit rows,
// what fans read of them (ahead or over in the host's calendar, a sport's next chance), the
// reminders the day before one starts and the summary when one is closed. The events are made up
// for the test ("Test …"): no real event's dates are invented.
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { auditLog, broadcasts, deliveries, licenses, qualificationEvents } from "../../src/db/schema.js";
import { touchChat } from "../../src/domain/chats.js";
import { type FanData, findGames, listSports, loadFanData } from "../../src/domain/fan-data.js";
import { recordLicense } from "../../src/domain/license-records.js";
import {
  addQualifier,
  closeQualifier,
  editQualifier,
  type NewQualifier,
  removeQualifier,
  reopenQualifier,
} from "../../src/domain/qualifier-records.js";
import { makeQualifierReminders } from "../../src/domain/qualifier-reminders.js";
import { gamesQualifiers, nextChance, qualifierById, qualifierPhase } from "../../src/domain/qualifiers.js";
import { unobserved } from "../../src/domain/read-model.js";
import { subscribeToSport, updateSubscription } from "../../src/domain/subscriptions.js";
import type { Sport } from "../../src/domain/types.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { bySlug, testLicenseWonAt, testQualifier } from "../helpers/fixtures.js";

const STAFF = 7001;
const now = new Date("2027-05-01T06:00:00Z");
const MINUTE = 60_000;
const DISPLAY_TZ = "Asia/Almaty";

let database: TestDatabase;
let sports: Sport[];
let la: number;
const sport = (slug: string) => bySlug(sports, slug);
const store = () => unobserved(database.db);
const data = (): Promise<FanData> => loadFanData(database.db);

beforeAll(async () => {
  database = await createTestDatabase();
  const loaded = await data();
  sports = listSports(loaded);
  la = findGames(loaded, "la-2028-olympic")!.id;
  // Three chats follow boxing's license alerts, one every sport's, one judo's only.
  for (const id of [601, 602, 603]) {
    await touchChat(database.db, { id, type: "private" }, now);
    await subscribeToSport(database.db, id, sport("boxing").id, now);
  }
  await touchChat(database.db, { id: 604, type: "private" }, now);
  await updateSubscription(database.db, 604, { alerts: "all" }, now);
  await touchChat(database.db, { id: 605, type: "private" }, now);
  await subscribeToSport(database.db, 605, sport("judo").id, now);
});
afterAll(async () => database?.close());

let seq = 0;
/** A made-up boxing event at LA 2028 (a name of its own each), as fixtures.ts makes them. */
function boxingEvent(extra: Partial<NewQualifier> = {}): NewQualifier {
  seq += 1;
  return testQualifier(
    { gamesId: la, sportId: sport("boxing").id },
    {
      name: { en: `Test Boxing Qualifier ${seq}`, ru: `Тестовый отборочный турнир ${seq}` },
      newAthletes: [{ en: "Test Entrant", ru: "Тест Участник" }],
      ...extra,
    },
  );
}

const licenseFrom = (qualifierId: number | null, athlete: string) =>
  testLicenseWonAt({ gamesId: la, sportId: sport("boxing").id }, qualifierId, { en: athlete });

const auditOf = (qualifierId: number) =>
  database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "qualifier"), eq(auditLog.entityId, String(qualifierId))));

describe("adding and editing", () => {
  test("an event, its new entrant and its audit row in one go; fans read it; a repeated draft adds nothing", async () => {
    const input = boxingEvent({ draftKey: "draft-1" });
    const { qualifierId, already } = await addQualifier(store(), STAFF, input, now);
    expect(already).toBe(false);
    const q = qualifierById(await data(), qualifierId);
    expect(q).toMatchObject({
      name: { en: input.name.en, ru: input.name.ru },
      event: { en: "Men's 51 kg" },
      place: { city: { en: "Testville", ru: "Тествиль" }, country: "QA" },
      hostTz: "Asia/Qatar",
      firstDay: "2027-05-12",
      lastDay: "2027-05-19",
      quotaPlaces: 36,
      closedAt: null,
      licenses: [],
    });
    expect(q?.athletes.map((a) => a.name.en)).toEqual(["Test Entrant"]);
    expect(await addQualifier(store(), STAFF, input, now)).toEqual({ qualifierId, already: true });
    const audit = await auditOf(qualifierId);
    expect(audit.map((a) => a.action)).toEqual(["qualifier.create"]);
    expect((audit[0]!.payload as { after: { sport: string; firstDay: string } }).after).toMatchObject({
      sport: "boxing",
      firstDay: "2027-05-12",
    });
  });

  test("an edit changes only the fields given, audited before → after; a zone that is no zone is refused", async () => {
    const { qualifierId } = await addQualifier(store(), STAFF, boxingEvent(), now);
    expect(await editQualifier(store(), STAFF, qualifierId, { firstDay: "2027-05-13", quotaPlaces: null }, now)).toBe(true);
    const q = qualifierById(await data(), qualifierId);
    expect(q).toMatchObject({ firstDay: "2027-05-13", lastDay: "2027-05-19", quotaPlaces: null, event: { en: "Men's 51 kg" } });
    const edit = (await auditOf(qualifierId)).find((a) => a.action === "qualifier.edit");
    expect(edit?.payload).toMatchObject({
      before: { firstDay: "2027-05-12", quotaPlaces: 36 },
      after: { firstDay: "2027-05-13", quotaPlaces: null },
    });
    await expect(editQualifier(store(), STAFF, qualifierId, { hostTz: "Doha" }, now)).rejects.toThrow(RangeError);
    expect(await editQualifier(store(), STAFF, 2_000_000, { quotaPlaces: 2 }, now)).toBe(false);
  });

  test("days out of order are refused by the database, and nothing is written", async () => {
    const before = (await data()).qualifiers.length;
    await expect(addQualifier(store(), STAFF, boxingEvent({ firstDay: "2027-05-20", lastDay: "2027-05-19" }), now)).rejects.toThrow();
    expect((await data()).qualifiers.length).toBe(before);
  });
});

describe("what fans read", () => {
  test("ahead, on or over in the host's calendar: Doha's midnight is the same instant for every viewer", () => {
    const q = { firstDay: "2027-05-12", lastDay: "2027-05-19", hostTz: "Asia/Qatar" };
    expect(qualifierPhase(q, new Date("2027-05-11T20:59:59Z"))).toBe("before"); // 23:59:59 in Doha
    expect(qualifierPhase(q, new Date("2027-05-11T21:00:00Z"))).toBe("during");
    expect(qualifierPhase(q, new Date("2027-05-19T20:59:59Z"))).toBe("during");
    expect(qualifierPhase(q, new Date("2027-05-19T21:00:00Z"))).toBe("after");
  });

  test("a Games' list: ahead soonest first, then over latest first; a sport's next chance skips closed, over and the one named", async () => {
    const judo = await addQualifier(
      store(),
      STAFF,
      boxingEvent({ sportId: sport("judo").id, firstDay: "2027-06-01", lastDay: "2027-06-03" }),
      now,
    );
    const early = await addQualifier(store(), STAFF, boxingEvent({ firstDay: "2027-04-01", lastDay: "2027-04-05" }), now);
    const later = await addQualifier(store(), STAFF, boxingEvent({ firstDay: "2027-09-01", lastDay: "2027-09-05" }), now);
    const loaded = await data();
    const boxing = gamesQualifiers(loaded, la, now, sport("boxing").id);
    const firstDays = boxing.upcoming.map((q) => q.firstDay);
    expect(firstDays).toEqual([...firstDays].sort());
    expect(boxing.upcoming.map((q) => q.id)).toContain(later.qualifierId);
    expect(boxing.upcoming.map((q) => q.id)).not.toContain(judo.qualifierId);
    expect(boxing.past.map((q) => q.id)).toEqual([early.qualifierId]);
    const next = nextChance(loaded, la, sport("boxing"), now);
    expect(next?.firstDay).toBe(firstDays[0]);
    expect(nextChance(loaded, la, sport("boxing"), now, next?.id)?.id).not.toBe(next?.id);
    expect(nextChance(loaded, la, sport("judo"), now)?.id).toBe(judo.qualifierId);
    expect(nextChance(loaded, la, sport("fencing"), now)).toBeNull();
  });
});

describe("closing with its outcome", () => {
  /** On at `now`: begun on its host's calendar, so it may be closed. */
  const begun = { firstDay: "2027-04-28", lastDay: "2027-05-02" };

  test("the licenses won there are linked; the summary goes to the sport's subscribers after their alerts; a second close changes nothing", async () => {
    const { qualifierId } = await addQualifier(store(), STAFF, boxingEvent({ firstDay: "2027-04-20", lastDay: "2027-04-25" }), now);
    const recorded = await recordLicense(store(), STAFF, licenseFrom(qualifierId, "Test Winner"), now, MINUTE);
    // One won there but recorded without the link: closing links it.
    const earlier = await recordLicense(store(), STAFF, licenseFrom(null, "Test Second"), now, null);
    const closed = await closeQualifier(store(), STAFF, qualifierId, now, { licenseIds: [earlier.licenseId], summaryAfterMs: 0 });
    expect(closed).toMatchObject({ status: "closed", licenses: 2, summary: { audienceSize: 4 } });
    if (closed.status !== "closed" || !closed.summary) throw new Error("not closed");
    // The alert of the license won there starts a minute later: the summary follows it.
    expect(closed.summary.notBefore.getTime()).toBe(recorded.alert!.notBefore.getTime());
    const chats = await database.db
      .select({ chatId: deliveries.chatId })
      .from(deliveries)
      .where(eq(deliveries.broadcastId, closed.summary.broadcastId));
    expect(chats.map((c) => c.chatId).sort()).toEqual([601, 602, 603, 604]);
    const q = qualifierById(await data(), qualifierId);
    expect(q?.closedAt).toEqual(now);
    expect(q?.licenses.map((l) => l.athletes[0]?.name.en).sort()).toEqual(["Test Second", "Test Winner"]);
    const [linked] = await database.db
      .select({ qualifierId: licenses.qualifierId })
      .from(licenses)
      .where(eq(licenses.id, earlier.licenseId));
    expect(linked?.qualifierId).toBe(qualifierId);
    expect(await closeQualifier(store(), STAFF, qualifierId, now)).toEqual({ status: "already" });
    expect(await closeQualifier(store(), STAFF, 2_000_000, now)).toEqual({ status: "missing" });
    const close = (await auditOf(qualifierId)).find((a) => a.action === "qualifier.close");
    expect(close?.payload).toMatchObject({
      before: { closedAt: null, licenses: [recorded.licenseId] },
      after: { closedAt: now.toISOString() },
    });
  });

  test("not begun yet in its host's zone: refused with its first day, nothing written; from its host's midnight it closes", async () => {
    // Doha is UTC+3: 2 May begins there at 21:00 UTC on 1 May, while it is still 1 May in UTC.
    const { qualifierId } = await addQualifier(store(), STAFF, boxingEvent({ firstDay: "2027-05-02", lastDay: "2027-05-04" }), now);
    const eve = new Date("2027-05-01T20:59:59Z");
    expect(await closeQualifier(store(), STAFF, qualifierId, eve, { summaryAfterMs: 0 })).toEqual({
      status: "ahead",
      firstDay: "2027-05-02",
    });
    expect(qualifierById(await data(), qualifierId)?.closedAt).toBeNull();
    expect((await auditOf(qualifierId)).map((a) => a.action)).toEqual(["qualifier.create"]);
    const summaries = await database.db
      .select()
      .from(broadcasts)
      .where(like(broadcasts.dedupeKey, `qualifier:${qualifierId}:summary:%`));
    expect(summaries).toEqual([]);
    const firstDay = new Date("2027-05-01T21:00:00Z");
    expect(await closeQualifier(store(), STAFF, qualifierId, firstDay, { summaryAfterMs: null })).toMatchObject({ status: "closed" });
  });

  test("reopened before its summary went out: the summary is cancelled; closed again, a new one is made", async () => {
    const { qualifierId } = await addQualifier(store(), STAFF, boxingEvent(begun), now);
    const first = await closeQualifier(store(), STAFF, qualifierId, now, { summaryAfterMs: MINUTE });
    expect(await reopenQualifier(store(), STAFF, qualifierId, now)).toEqual({ reopened: true, summaryStopped: true });
    expect(qualifierById(await data(), qualifierId)?.closedAt).toBeNull();
    const summaries = () =>
      database.db
        .select({ id: broadcasts.id, status: broadcasts.status })
        .from(broadcasts)
        .where(like(broadcasts.dedupeKey, `qualifier:${qualifierId}:summary:%`));
    expect(await summaries()).toEqual([{ id: first.status === "closed" ? first.summary?.broadcastId : -1, status: "cancelled" }]);
    const again = await closeQualifier(store(), STAFF, qualifierId, new Date(now.getTime() + MINUTE), { summaryAfterMs: 0 });
    expect(again.status).toBe("closed");
    expect((await summaries()).map((s) => s.status).sort()).toEqual(["cancelled", "sending"]);
    expect(await reopenQualifier(store(), STAFF, 2_000_000, now)).toEqual({ reopened: false, summaryStopped: false });
  });

  test("a closing without a summary asked for makes none", async () => {
    const { qualifierId } = await addQualifier(store(), STAFF, boxingEvent(begun), now);
    expect(await closeQualifier(store(), STAFF, qualifierId, now, { summaryAfterMs: null })).toEqual({
      status: "closed",
      licenses: 0,
      summary: null,
    });
  });
});

describe("reminders the day before", () => {
  test("one per event starting tomorrow in the display zone, to its sport's subscribers; again: nothing new; moved: reminded again", async () => {
    const { qualifierId } = await addQualifier(store(), STAFF, boxingEvent({ firstDay: "2027-07-02", lastDay: "2027-07-04" }), now);
    const closed = await addQualifier(store(), STAFF, boxingEvent({ firstDay: "2027-07-02", lastDay: "2027-07-04" }), now);
    // Closed before it began, as staff could before closing waited for the first day: kept closed, never reminded of.
    await database.db
      .update(qualificationEvents)
      .set({ closedAt: now, closedBy: STAFF })
      .where(eq(qualificationEvents.id, closed.qualifierId));
    const removed = await addQualifier(store(), STAFF, boxingEvent({ firstDay: "2027-07-02", lastDay: "2027-07-04" }), now);
    expect(await removeQualifier(store(), STAFF, removed.qualifierId, now)).toBe(true);
    expect(qualifierById(await data(), removed.qualifierId)).toBeNull();

    // 1 July, 09:00 in Almaty: tomorrow is 2 July there.
    const fire = new Date("2027-07-01T04:00:00Z");
    expect(await makeQualifierReminders(database.db, new Date("2027-06-30T04:00:00Z"), DISPLAY_TZ)).toEqual([]);
    const made = await makeQualifierReminders(database.db, fire, DISPLAY_TZ);
    expect(made.map((m) => [m.qualifierId, m.created, m.audienceSize])).toEqual([[qualifierId, true, 4]]);
    const again = await makeQualifierReminders(database.db, new Date(fire.getTime() + 5 * MINUTE), DISPLAY_TZ);
    expect(again.map((m) => [m.qualifierId, m.created, m.id])).toEqual([[qualifierId, false, made[0]!.id]]);

    // Postponed by a week: reminded again the day before its new start.
    await editQualifier(store(), STAFF, qualifierId, { firstDay: "2027-07-09", lastDay: "2027-07-11" }, fire);
    const moved = await makeQualifierReminders(database.db, new Date("2027-07-08T04:00:00Z"), DISPLAY_TZ);
    expect(moved.map((m) => [m.qualifierId, m.created])).toEqual([[qualifierId, true]]);
  });

  test("removing an event stops its reminder not sent yet", async () => {
    const { qualifierId } = await addQualifier(store(), STAFF, boxingEvent({ firstDay: "2027-08-02", lastDay: "2027-08-03" }), now);
    const [made] = await makeQualifierReminders(database.db, new Date("2027-08-01T04:00:00Z"), DISPLAY_TZ);
    expect(made?.qualifierId).toBe(qualifierId);
    await removeQualifier(store(), STAFF, qualifierId, now);
    const [b] = await database.db.select({ status: broadcasts.status }).from(broadcasts).where(eq(broadcasts.id, made!.id));
    expect(b?.status).toBe("cancelled");
    expect((await auditOf(qualifierId)).map((a) => a.action)).toEqual(["qualifier.create", "qualifier.remove"]);
  });
});
