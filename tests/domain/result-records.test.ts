import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { auditLog, broadcasts, deliveries, results } from "../../src/db/schema.js";
import { claimDueDeliveries, recordSent, releaseClaims } from "../../src/domain/broadcasts.js";
import { touchChat } from "../../src/domain/chats.js";
import { findGames, gamesResults, licenseSummary, listSports, loadFanData, resultById } from "../../src/domain/fan-data.js";
import { unobserved } from "../../src/domain/read-model.js";
import {
  alertedChatsOf,
  alertProgress,
  announceResultCorrection,
  correctResult,
  editResult,
  type NewResult,
  type ResultPart,
  recordResult,
  removeResult,
  resultPart,
} from "../../src/domain/result-records.js";
import { type Subscription, subscribeToSport, updateSubscription, wantsResultAlert } from "../../src/domain/subscriptions.js";
import type { Sport } from "../../src/domain/types.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { bySlug } from "../helpers/fixtures.js";

const STAFF = 7001;
const now = new Date("2026-12-06T10:00:00Z");
const MINUTE = 60_000;

let database: TestDatabase;
let sports: Sport[];
let milan: number;
let draft = 0;
const sport = (slug: string) => bySlug(sports, slug);
const store = () => unobserved(database.db);

// Chats 601–603 want figure-skating medals; 604 every figure-skating result; 605 boxing medals;
// 606 figure-skating license alerts but no results.
beforeAll(async () => {
  database = await createTestDatabase();
  const data = await loadFanData(database.db);
  sports = data.sports as Sport[];
  sports = await listSports(data);
  milan = findGames(data, "milano-cortina-2026-olympic")!.id;
  const want = async (id: number, slug: string, results: "off" | "medals" | "all") => {
    await touchChat(database.db, { id, type: "private" }, now);
    await subscribeToSport(database.db, id, sport(slug).id, now);
    await updateSubscription(database.db, id, { results }, now);
  };
  for (const id of [601, 602, 603]) await want(id, "figure-skating", "medals");
  await want(604, "figure-skating", "all");
  await want(605, "boxing", "medals");
  await want(606, "figure-skating", "off");
});
afterAll(async () => database?.close());

function skating(extra: Partial<NewResult> = {}): NewResult {
  return {
    draftKey: `draft-${++draft}`,
    gamesId: milan,
    sportId: sport("figure-skating").id,
    medal: "silver",
    placing: null,
    event: { en: "Test pairs", ru: "Тестовые пары" },
    athleteIds: [],
    newAthletes: [{ en: "Test Skater", ru: "Тест Фигурист" }],
    team: null,
    wonOn: "2026-02-15",
    source: "https://example.org/result",
    ...extra,
  };
}

const auditOf = (resultId: number) =>
  database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "result"), eq(auditLog.entityId, String(resultId))))
    .orderBy(auditLog.id);

const audienceOf = async (broadcastId: number) =>
  (await database.db.select({ chatId: deliveries.chatId }).from(deliveries).where(eq(deliveries.broadcastId, broadcastId)))
    .map((d) => d.chatId)
    .sort();

describe("recording a result", () => {
  test("saved with its athletes and audit; fans read it; a replayed save changes nothing", async () => {
    const input = skating();
    const first = await recordResult(store(), STAFF, input, now, { alert: true, alertDelayMs: MINUTE });
    expect(first.already).toBe(false);
    expect(first.broadcastId).not.toBeNull();
    const again = await recordResult(store(), STAFF, input, new Date(now.getTime() + 5_000), { alert: true, alertDelayMs: MINUTE });
    expect(again).toEqual({ resultId: first.resultId, broadcastId: first.broadcastId, already: true });
    expect(await database.db.select().from(results).where(eq(results.draftKey, input.draftKey))).toHaveLength(1);

    const data = await loadFanData(database.db);
    const found = resultById(data, first.resultId);
    expect(found?.result).toMatchObject({ medal: "silver", placing: null, event: { en: "Test pairs", ru: "Тестовые пары" } });
    expect(found?.result.athletes.map((a) => a.name)).toEqual([{ en: "Test Skater", ru: "Тест Фигурист" }]);

    const trail = await auditOf(first.resultId);
    expect(trail.map((a) => a.action)).toEqual(["result.add"]);
    expect(trail[0]!.payload).toMatchObject({ after: { medal: "silver", sport: "figure-skating", games: "milano-cortina-2026-olympic" } });

    const [b] = await database.db.select().from(broadcasts).where(eq(broadcasts.id, first.broadcastId!));
    expect(b).toMatchObject({ dedupeKey: `result:${first.resultId}`, kind: "result", payload: { resultId: first.resultId } });
    expect(b!.notBefore).toEqual(new Date(now.getTime() + MINUTE));
    // Figure-skating medals (601–603) and every figure-skating result (604); not boxing, not license-only.
    expect(await audienceOf(first.broadcastId!)).toEqual([601, 602, 603, 604]);
  });

  test("a placing without a medal: only those wanting every result; never counted as a medal", async () => {
    const before = licenseSummary(await loadFanData(database.db), milan)!.medals;
    const { resultId, broadcastId } = await recordResult(
      store(),
      STAFF,
      skating({ medal: null, placing: { en: "4th", ru: "4-е место" } }),
      now,
      { alert: true, alertDelayMs: 0 },
    );
    expect(await audienceOf(broadcastId!)).toEqual([604]);
    const data = await loadFanData(database.db);
    expect(resultById(data, resultId)?.result).toMatchObject({ medal: null, placing: { en: "4th", ru: "4-е место" } });
    expect(licenseSummary(data, milan)!.medals).toEqual(before);
    expect(gamesResults(data, milan).some((r) => r.id === resultId)).toBe(false);
  });

  test("neither a medal nor a placing is refused, by the function and by the table", async () => {
    await expect(recordResult(store(), STAFF, skating({ medal: null }), now, { alert: false, alertDelayMs: 0 })).rejects.toThrow();
    await expect(
      database.db.insert(results).values({ gamesId: milan, sportId: sport("figure-skating").id, eventEn: "x", createdAt: now }),
    ).rejects.toThrow();
  });

  test("without an alert: no broadcast", async () => {
    const r = await recordResult(store(), STAFF, skating(), now, { alert: false, alertDelayMs: MINUTE });
    expect(r.broadcastId).toBeNull();
    expect(await alertedChatsOf(database.db, r.resultId)).toBe(0);
    expect(await announceResultCorrection(database.db, STAFF, r.resultId, now)).toBeNull();
  });
});

describe("undo, removal and corrections", () => {
  test("removed within the delay: the alert is cancelled whole, fans no longer see it, audited", async () => {
    const { resultId, broadcastId } = await recordResult(store(), STAFF, skating(), now, { alert: true, alertDelayMs: MINUTE });
    const undone = await removeResult(store(), STAFF, resultId, new Date(now.getTime() + 10_000), "result.undo");
    expect(undone).toEqual({ removed: true, cancelledBroadcast: true, alertedChats: 0 });
    const [b] = await database.db.select().from(broadcasts).where(eq(broadcasts.id, broadcastId!));
    expect(b!.status).toBe("cancelled");
    const left = await database.db.select({ status: deliveries.status }).from(deliveries).where(eq(deliveries.broadcastId, broadcastId!));
    expect(left.every((d) => d.status === "cancelled")).toBe(true);
    // Nothing is due for it, even long after.
    const due = await claimDueDeliveries(database.db, 100, new Date(now.getTime() + 60 * MINUTE));
    expect(due.filter((d) => d.broadcastId === broadcastId)).toEqual([]);
    expect(resultById(await loadFanData(database.db), resultId)).toBeNull();
    expect((await auditOf(resultId)).map((a) => a.action)).toEqual(["result.add", "result.undo"]);
    expect(await removeResult(store(), STAFF, resultId, now)).toEqual({ removed: false, cancelledBroadcast: false, alertedChats: 0 });
  });

  test("a correction reaches exactly the chats whose alert was sent", async () => {
    const { resultId, broadcastId } = await recordResult(store(), STAFF, skating(), now, { alert: true, alertDelayMs: 0 });
    // Drain whatever else is due, then send this alert to two of its four chats only.
    const due = await claimDueDeliveries(database.db, 100, now);
    const mine = due.filter((d) => d.broadcastId === broadcastId);
    expect(mine.map((d) => d.chatId)).toEqual([601, 602, 603, 604]);
    await recordSent(database.db, mine[0]!, 1, now);
    await recordSent(database.db, mine[2]!, 2, now);
    // The other two were not sent (the sender stopped): pending again.
    await releaseClaims(database.db, [mine[1]!, mine[3]!, ...due.filter((d) => d.broadcastId !== broadcastId)], now);
    expect(await alertedChatsOf(database.db, resultId)).toBe(2);

    const later = new Date(now.getTime() + 5 * MINUTE);
    expect(await correctResult(store(), STAFF, resultId, { medal: "gold", event: { en: "Test pairs, free skating" } }, later)).toBe(true);
    const edit = (await auditOf(resultId)).at(-1)!;
    expect(edit.action).toBe("result.edit");
    expect(edit.payload).toMatchObject({ before: { medal: "silver", event: { en: "Test pairs" } }, after: { medal: "gold" } });

    const correction = await announceResultCorrection(database.db, STAFF, resultId, later);
    expect(correction).toMatchObject({ audienceSize: 2, created: true });
    expect(await audienceOf(correction!.broadcastId)).toEqual([601, 603]);
    // Asked twice for the same change: one correction.
    expect(await announceResultCorrection(database.db, STAFF, resultId, later)).toMatchObject({
      broadcastId: correction!.broadcastId,
      created: false,
    });
    const [b] = await database.db.select().from(broadcasts).where(eq(broadcasts.id, correction!.broadcastId));
    expect(b).toMatchObject({ kind: "result", payload: { resultId, correction: true } });

    // Removed after it went out: the rest is cancelled, the two that got it can be told.
    const removed = await removeResult(store(), STAFF, resultId, later);
    expect(removed).toEqual({ removed: true, cancelledBroadcast: true, alertedChats: 2 });
    const withdrawal = await announceResultCorrection(database.db, STAFF, resultId, later);
    expect(withdrawal?.broadcastId).not.toBe(correction!.broadcastId);
    expect(await audienceOf(withdrawal!.broadcastId)).toEqual([601, 603]);
  });

  test("a correction may not leave a result without a medal or a placing; a removed one is not corrected", async () => {
    const { resultId } = await recordResult(store(), STAFF, skating(), now, { alert: false, alertDelayMs: 0 });
    expect(await correctResult(store(), STAFF, resultId, { medal: null }, now)).toBe(false);
    expect(await correctResult(store(), STAFF, resultId, { medal: null, placing: { en: "5th" } }, now)).toBe(true);
    expect(resultById(await loadFanData(database.db), resultId)?.result).toMatchObject({ medal: null, placing: { en: "5th" } });
    await removeResult(store(), STAFF, resultId, now);
    expect(await correctResult(store(), STAFF, resultId, { wonOn: "2026-02-16" }, now)).toBe(false);
  });

  test("an edit is saved only while the part is as the editor saw it; new athletes and the note; before → after", async () => {
    const { resultId } = await recordResult(store(), STAFF, skating(), now, { alert: false, alertDelayMs: 0 });
    const shown = resultById(await loadFanData(database.db), resultId)!.result;
    const saw = (part: ResultPart) => ({ part, value: resultPart(shown, part) });
    expect(await editResult(store(), STAFF, resultId, { event: { en: "Pairs" } }, now, saw("event"))).toBe("saved");
    // A second editor who saw the event as it was: nothing is overwritten, nothing audited.
    const trail = (await auditOf(resultId)).length;
    expect(await editResult(store(), STAFF + 1, resultId, { event: { en: "Pairs, free" } }, now, saw("event"))).toBe("changed");
    expect(await auditOf(resultId)).toHaveLength(trail);
    // Another part is still as they saw it.
    const who = { athleteIds: [shown.athletes[0]!.id], newAthletes: [{ en: "Second Skater", ru: "Второй Фигурист" }], team: null };
    expect(await editResult(store(), STAFF + 1, resultId, who, now, saw("who"))).toBe("saved");
    const note = { en: "Personal best", kk: "Жеке рекорд" };
    expect(await editResult(store(), STAFF, resultId, { note }, now, saw("note"))).toBe("saved");

    const after = resultById(await loadFanData(database.db), resultId)!.result;
    expect(after).toMatchObject({ event: { en: "Pairs" }, note });
    expect(after.athletes.map((a) => a.name.en)).toEqual(["Test Skater", "Second Skater"]);
    const edits = (await auditOf(resultId)).filter((a) => a.action === "result.edit");
    expect(edits.map((a) => a.payload)).toMatchObject([
      { before: { event: { en: "Test pairs", ru: "Тестовые пары" } }, after: { event: { en: "Pairs" } } },
      {
        before: { athletes: [{ name: { en: "Test Skater" } }] },
        after: { athletes: [{ name: { en: "Test Skater" } }, { name: { en: "Second Skater" } }] },
      },
      { before: { note: null }, after: { note } },
    ]);
    await removeResult(store(), STAFF, resultId, now);
    expect(await editResult(store(), STAFF, resultId, { wonOn: "2026-02-16" }, now, saw("wonOn"))).toBe("gone");
    expect(await editResult(store(), STAFF, 2_147_483_647, { wonOn: "2026-02-16" }, now)).toBe("gone");
    expect(await editResult(store(), STAFF, Number.NaN, { wonOn: "2026-02-16" }, now)).toBe("gone");
  });

  test("corrected while its alert waits: it goes to the chats that want it as corrected; once started, to the same chats", async () => {
    const fifth = skating({ medal: null, placing: { en: "5th" } });
    const { resultId, broadcastId } = await recordResult(store(), STAFF, fifth, now, { alert: true, alertDelayMs: MINUTE });
    expect(await audienceOf(broadcastId!)).toEqual([604]);
    // A bronze, not a 5th place: those who want medals only (601–603) now get it too.
    expect(await editResult(store(), STAFF, resultId, { medal: "bronze", placing: null }, now)).toBe("saved");
    expect(await audienceOf(broadcastId!)).toEqual([601, 602, 603, 604]);
    expect(await alertProgress(database.db, resultId)).toEqual({ sent: 0, waiting: 4 });
    const [b] = await database.db.select().from(broadcasts).where(eq(broadcasts.id, broadcastId!));
    expect(b).toMatchObject({ audienceSize: 4, notBefore: new Date(now.getTime() + MINUTE), status: "sending" });
    // A correction that keeps it a medal leaves its chats as they are.
    expect(await editResult(store(), STAFF, resultId, { medal: "silver" }, now)).toBe("saved");
    expect(await audienceOf(broadcastId!)).toEqual([601, 602, 603, 604]);
    // Once its time has come, the chats it was for stay (the sender may be sending to them).
    const started = new Date(now.getTime() + 2 * MINUTE);
    expect(await editResult(store(), STAFF, resultId, { medal: null, placing: { en: "4th" } }, started)).toBe("saved");
    expect(await audienceOf(broadcastId!)).toEqual([601, 602, 603, 604]);
    await removeResult(store(), STAFF, resultId, started);
  });
});

describe("wantsResultAlert", () => {
  const sub = (change: Partial<Subscription>): Subscription => ({
    chatId: 1,
    alerts: "off",
    sportIds: [],
    olympic: true,
    paralympic: true,
    countdown: "off",
    results: "medals",
    ...change,
  });
  const skatingSport = { id: 10, parentId: null };
  const discipline = { id: 11, parentId: 10 };

  test("medals only, or every result; none when off", () => {
    expect(wantsResultAlert(sub({}), skatingSport, "olympic", true)).toBe(true);
    expect(wantsResultAlert(sub({}), skatingSport, "olympic", false)).toBe(false);
    expect(wantsResultAlert(sub({ results: "all" }), skatingSport, "olympic", false)).toBe(true);
    expect(wantsResultAlert(sub({ results: "off", alerts: "all" }), skatingSport, "olympic", true)).toBe(false);
  });

  test("the license alerts' sports and kinds of Games: chosen sports cover their disciplines", () => {
    const chosen = sub({ alerts: "chosen", sportIds: [10] });
    expect(wantsResultAlert(chosen, skatingSport, "olympic", true)).toBe(true);
    expect(wantsResultAlert(chosen, discipline, "olympic", true)).toBe(true);
    expect(wantsResultAlert(chosen, { id: 12, parentId: null }, "olympic", true)).toBe(false);
    expect(wantsResultAlert(sub({ paralympic: false }), skatingSport, "paralympic", true)).toBe(false);
  });
});
