/**
 * /editresult end to end, through the local Bot API server on a pinned clock during Milano Cortina
 * 2026: staff correct a medal's event and medal with /addresult's own steps (before → after, saved,
 * audited, and /medals shows it at once); after its alert reached three chats, the correction goes
 * to exactly those three, once; a correction made while the alert still waits goes out in it, to the
 * chats that want the result as corrected; a change made meanwhile is not overwritten; forged, stale
 * and another staff member's buttons, a missing id and 5,000 characters change nothing; fans are refused.
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { auditLog, broadcasts, deliveries, results } from "../../src/db/schema.js";
import { findGames, listSports, loadFanData } from "../../src/domain/fan-data.js";
import { correctResult, type NewResult, recordResult, removeResult } from "../../src/domain/result-records.js";
import { subscribeToSport, updateSubscription } from "../../src/domain/subscriptions.js";
import {
  ask,
  type BotHarness,
  buttonTexts,
  eventually,
  failedCalls,
  press,
  pressAndEdit,
  senderIdle,
  startBotHarness,
} from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
// The bot paces its replies as Telegram asks (about one a second per private chat): long flows take a while.
const LONG = 180_000;

let h: BotHarness;
let owner: LocalUser;
let editor: LocalUser;
let fan: LocalUser;
let milan: number;
let skating: number;
let speedSkating: number;
let draft = 0;

beforeAll(async () => {
  // 10:00 UTC is 11:00 in Milan, on the 14th: the Games are on, /medals shows them.
  h = await startBotHarness({ now: "2026-02-14T10:00:00Z" });
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", languageCode: "en" });
  editor = h.api.createUser({ firstName: "Dana", languageCode: "en" });
  fan = h.api.createUser({ firstName: "Fan", languageCode: "en" });
  for (const u of [owner, editor, fan]) await ask(u, "/start");
  expect((await ask(owner, `/staff add ${editor.id}`)).text).toBe(`id ${editor.id} is now an editor.`);
  const data = await loadFanData(h.db);
  milan = findGames(data, "milano-cortina-2026-olympic")!.id;
  skating = listSports(data).find((s) => s.slug === "figure-skating")!.id;
  speedSkating = listSports(data).find((s) => s.slug === "speed-skating")!.id;
});
afterAll(async () => h?.stop());

/** A result recorded as /addresult records it; with `alertAfterMs`, its alert starts that long after now. */
async function seedResult(athlete: string, extra: Partial<NewResult> = {}, alertAfterMs: number | null = null): Promise<number> {
  const saved = await recordResult(
    h.app.readModel,
    OWNER_ID,
    {
      draftKey: `e2e-edit-${++draft}`,
      gamesId: milan,
      sportId: skating,
      medal: "gold",
      placing: null,
      event: { en: "Test pairs", ru: "Тестовые пары" },
      athleteIds: [],
      newAthletes: [{ en: athlete }],
      team: null,
      wonOn: "2026-02-13",
      source: null,
      ...extra,
    },
    h.clock(),
    { alert: alertAfterMs !== null, alertDelayMs: alertAfterMs ?? 0 },
  );
  return saved.resultId;
}

/** A fan who follows a sport (figure skating unless named): medals only, or every result. */
async function subscriber(languageCode: string, wants: "medals" | "all" = "medals", sportId = skating): Promise<LocalUser> {
  const user = h.api.createUser({ firstName: `Fan ${languageCode}`, languageCode });
  await ask(user, "/start");
  await subscribeToSport(h.db, user.id, sportId, h.clock());
  await updateSubscription(h.db, user.id, { results: wants }, h.clock());
  return user;
}

/** Sends bad input and expects the hint, then the same question again. */
async function refused(user: LocalUser, text: string, hint: string | RegExp, question: string): Promise<BotMessage> {
  await user.send(text);
  const [got, again] = await user.waitForMessages(2);
  if (typeof hint === "string") expect(got!.text).toBe(hint);
  else expect(got!.text).toMatch(hint);
  expect(again!.text).toContain(question);
  return again!;
}

/**
 * Waits until the result's alert has reached every chat it is for. A photo upload that meets a
 * keep-alive connection the local Bot API server has just closed (ECONNRESET) is put back by the
 * sender with a back-off on its clock, as any network failure is: the pinned clock is moved past it.
 */
async function alertDelivered(resultId: number): Promise<void> {
  const [alert] = await h.db
    .select()
    .from(broadcasts)
    .where(eq(broadcasts.dedupeKey, `result:${resultId}`));
  const waiting = and(eq(deliveries.broadcastId, alert!.id), inArray(deliveries.status, ["pending", "sending"]));
  await eventually(async () => {
    const left = await h.db.$count(deliveries, waiting);
    if (left > 0) h.clock.set(new Date(h.clock().getTime() + 30_000));
    expect(left).toBe(0);
  }, 30_000);
}

const editsOf = (id: number) =>
  h.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, String(id)), eq(auditLog.action, "result.edit")))
    .orderBy(auditLog.id);
const auditRows = () => h.db.select().from(auditLog).orderBy(desc(auditLog.id));
const rowOf = async (id: number) => (await h.db.select().from(results).where(eq(results.id, id)))[0];

describe("/editresult", () => {
  it(
    "corrects a medal's event and then the medal: each answer checked, before → after, audited, /medals shows it",
    async () => {
      const id = await seedResult("Aruzhan Testova");
      const label = `#${id} 🥇 Aruzhan Testova · Figure skating · Milan–Cortina d’Ampezzo 2026`;

      let m = await ask(owner, "/editresult");
      expect(m.text).toContain("Correct a result.");
      expect(buttonTexts(m)).toContain(label);
      // Not an id, then an id no result has.
      m = await refused(owner, "twenty", "That is not a result id: type a number like 20, or tap one of the buttons.", "Correct a result.");
      m = await refused(owner, "#999999", /^There is no result #999999/, "Correct a result.");
      m = await press(owner, m, label);
      expect(m.text).toContain(`Result #${id} — Figure skating, Milan–Cortina d’Ampezzo 2026 Olympic Winter Games`);
      expect(m.text).toContain("Medal or placing: 🥇 Gold");
      expect(m.text).toContain("Event: Test pairs (Russian: Тестовые пары; Kazakh: —)");
      expect(m.text).toContain("Athletes or team: Aruzhan Testova");
      expect(m.text).toContain("Date: 13 February 2026");
      expect(buttonTexts(m)).toEqual(
        expect.arrayContaining(["Medal or placing", "Event", "Athletes or team", "Date", "Source", "Note", "✖️ Cancel"]),
      );
      m = await refused(
        owner,
        "the event",
        "Tap what to correct (one of the buttons above), send /back, or /cancel.",
        "What do you want to correct?",
      );

      // The event, asked as /addresult asks it (without its step number), under its value now.
      m = await press(owner, m, "Event");
      expect(m.text).toContain(`Result #${id} — Figure skating`);
      expect(m.text).toContain("Now: Test pairs (Russian: Тестовые пары; Kazakh: —)");
      expect(m.text).toContain("Event. Type it in English, Russian or Kazakh");
      expect(m.text).not.toContain("3/7");
      // 5,000 characters: the client splits them into two messages, each refused.
      await owner.send("ж".repeat(5000));
      const long = await owner.waitForMessages(4);
      expect(long.map((x) => x.text)).toEqual([
        expect.stringMatching(/^That is [\d,\s]+ characters; 200 at most/),
        expect.stringContaining("Now: Test pairs"),
        expect.stringMatching(/^That is [\d,\s]+ characters; 200 at most/),
        expect.stringContaining("Now: Test pairs"),
      ]);
      m = await ask(owner, "Test pairs, <b>free</b> skating");
      expect(m.text).toBe("Event: “Test pairs, <b>free</b> skating”. Type it in Russian (optional), or skip.");
      expect(buttonTexts(m)).toEqual(["Keep “Тестовые пары”", "Skip", "◀️ Back", "✖️ Cancel"]);
      m = await ask(owner, "Тестовые пары, произвольная программа");
      expect(buttonTexts(m)).toEqual(["Skip", "◀️ Back", "✖️ Cancel"]); // no Kazakh text to keep
      m = await press(owner, m, "Skip");
      expect(m.text).toContain("Before: Test pairs (Russian: Тестовые пары; Kazakh: —)");
      expect(m.text).toContain("After: Test pairs, <b>free</b> skating (Russian: Тестовые пары, произвольная программа; Kazakh: —)");
      expect(m.html).toContain("&lt;b&gt;free&lt;/b&gt;"); // typed HTML is shown, never applied
      expect(m.text).toContain("No chat has got an alert of it: fans see the change in /medals.");
      expect(await editsOf(id)).toEqual([]); // nothing saved before Save
      m = await press(owner, m, "✅ Save");
      expect(m.text).toBe(
        `Saved: result #${id} is corrected, and fans see it now. To correct something else: /editresult ${id}\n` +
          "No chat has got an alert of it, so nobody needs telling.",
      );
      expect(await rowOf(id)).toMatchObject({
        medal: "gold",
        eventEn: "Test pairs, <b>free</b> skating",
        eventRu: "Тестовые пары, произвольная программа",
        eventKk: null,
      });
      expect((await ask(fan, "/medals")).text).toContain("🥇 Aruzhan Testova — Figure skating, Test pairs, <b>free</b> skating");

      // The medal, by id with the command: the same medal again is "nothing to save", then silver.
      m = await ask(owner, `/editresult #${id}`);
      m = await press(owner, m, "Medal or placing");
      expect(m.text).toContain("Now: 🥇 Gold");
      expect(m.text).toContain("Result. Tap the medal, or type the placing");
      await owner.press(m, "🥇 Gold");
      const [same, fieldsAgain] = await owner.waitForMessages(2);
      expect(same!.text).toBe("That is what it is already, so there is nothing to save. Tap what to correct, or /cancel.");
      m = await press(owner, fieldsAgain!, "Medal or placing");
      m = await press(owner, m, "🥈 Silver");
      expect(m.text).toContain("Before: 🥇 Gold");
      expect(m.text).toContain("After: 🥈 Silver");
      // /back from the confirmation asks again; Bronze after all.
      m = await ask(owner, "/back");
      expect(m.text).toContain("Now: 🥇 Gold");
      m = await press(owner, m, "🥉 Bronze");
      const confirm = await press(owner, m, "✅ Save");
      expect(confirm.text).toContain(`Saved: result #${id} is corrected`);
      expect(await rowOf(id)).toMatchObject({ medal: "bronze", placingEn: null });

      const medals = await ask(fan, "/medals");
      expect(medals.text).toContain("🥉 Aruzhan Testova — Figure skating, Test pairs, <b>free</b> skating (13 February 2026)");
      expect(medals.text).not.toContain("🥇 Aruzhan Testova");
      // Audited, each with the result before and after.
      const edits = await editsOf(id);
      expect(edits.map((e) => e.actorId)).toEqual([OWNER_ID, OWNER_ID]);
      expect(edits.map((e) => e.payload)).toMatchObject([
        { before: { event: { en: "Test pairs", ru: "Тестовые пары" } }, after: { event: { en: "Test pairs, <b>free</b> skating" } } },
        { before: { medal: "gold" }, after: { medal: "bronze", placing: null } },
      ]);
      // The event in Kazakh, keeping the other two; then a team instead of the athlete.
      m = await ask(owner, `/editresult ${id}`);
      m = await press(owner, m, "Event");
      m = await ask(owner, "Тест жұптары, еркін бағдарлама");
      expect(m.text).toContain("Event: “Тест жұптары, еркін бағдарлама”. Type it in English");
      m = await press(owner, m, "Keep “Test pairs, <b>free</b> skating”");
      m = await press(owner, m, "Keep “Тестовые пары, произвольная программа”");
      expect(m.text).toContain(
        "After: Test pairs, <b>free</b> skating (Russian: Тестовые пары, произвольная программа; Kazakh: Тест жұптары, еркін бағдарлама)",
      );
      m = await press(owner, m, "✅ Save");
      m = await ask(owner, `/editresult ${id}`);
      m = await press(owner, m, "Athletes or team");
      expect(m.text).toContain("Now: Aruzhan Testova");
      m = await press(owner, m, "Team");
      expect(m.text).toContain("After: National team");
      m = await press(owner, m, "✅ Save");
      expect(await rowOf(id)).toMatchObject({ eventKk: "Тест жұптары, еркін бағдарлама", teamEn: "National team" });
      expect((await ask(fan, "/medals")).text).toContain("🥉 National team — Figure skating");

      const log = await ask(owner, "/audit");
      expect(log.text).toContain(`corrected result #${id}`);
      expect(log.text).toContain("↳ Medal: gold → bronze");
      expect(failedCalls(h.api)).toEqual([]);
    },
    LONG,
  );

  it(
    "after its alert reached three chats: saving says so and the correction goes to exactly those three, once",
    async () => {
      const ru = await subscriber("ru");
      const kk = await subscriber("kk");
      const en = await subscriber("en");
      const other = h.api.createUser({ firstName: "Other", languageCode: "en" });
      await ask(other, "/start");
      const id = await seedResult("Timur Testov", {}, 0);
      for (const u of [ru, kk, en]) expect((await u.waitForMessage({ timeoutMs: 20_000 })).text).toContain("Timur Testov");
      await senderIdle(h);

      // The source: its alert does not show it, so no correction is offered.
      let m = await ask(owner, `/editresult ${id}`);
      m = await press(owner, m, "Source");
      expect(m.text).toContain("Now: —");
      expect(buttonTexts(m)).not.toContain("🗑 Clear");
      m = await refused(owner, "javascript:alert(1)", /^That is not an http\(s\) link/, "Source.");
      m = await ask(owner, "example.org/testov");
      expect(m.text).toContain("After: https://example.org/testov");
      expect(m.text).toContain("Its alert does not show this, so the chats it reached need no correction.");
      m = await press(owner, m, "✅ Save");
      expect(m.text).toContain("Its alert does not show this, so the chats it reached need no correction.");
      expect(m.buttons).toEqual([]);

      // The medal: its three chats are told how many and offered the correction.
      m = await ask(owner, `/editresult ${id}`);
      m = await press(owner, m, "Medal or placing");
      m = await press(owner, m, "🥈 Silver");
      expect(m.text).toContain("Its alert has reached 3 chats: once this is saved, you can send them a short correction.");
      const saved = await press(owner, m, "✅ Save");
      expect(saved.text).toContain(
        "Its alert had already reached 3 chats: send them a short correction, so the change is not a silent one.",
      );
      expect(buttonTexts(saved)).toEqual(["✏️ Send them a correction (3)"]);
      const sent = await pressAndEdit(owner, saved, "✏️ Send them a correction (3)");
      expect(sent.message.text).toContain(`The correction for result #${id} is on its way to 3 chats: exactly those its alert reached.`);
      expect((await ru.waitForMessage({ timeoutMs: 20_000 })).text).toContain("🥈 Серебро! Timur Testov");
      expect((await kk.waitForMessage({ timeoutMs: 20_000 })).text).toContain("✏️ Біз сізге жіберген нәтижеге түзету:");
      const enCorrection = await en.waitForMessage({ timeoutMs: 20_000 });
      expect(enCorrection.text).toContain("✏️ Correction to a result we sent you:");
      expect(enCorrection.text).toContain("🥈 Silver! Timur Testov — Figure skating, Test pairs");

      // A second press sends nothing more, and says so.
      const second = await owner.press(sent.message, "✏️ Send them a correction (3)");
      expect(second.text).toBe("This correction was already sent (3); nothing was sent twice.");
      await senderIdle(h);
      await eventually(() => {
        for (const u of [ru, kk, en]) expect(u.history().filter((x) => x.text.includes("Timur Testov"))).toHaveLength(2);
      });
      expect(other.history().filter((x) => x.text.includes("Timur Testov"))).toEqual([]);
      const corrections = await h.db.select().from(broadcasts).where(eq(broadcasts.createdBy, OWNER_ID));
      expect(corrections.filter((b) => (b.payload as { resultId?: number }).resultId === id)).toHaveLength(2); // the alert, one correction
    },
    LONG,
  );

  it(
    "corrected while its alert waits: the alert goes out corrected, to the chats that want it as corrected",
    async () => {
      // Speed skating: no other test's subscribers follow it.
      const medalsOnly = [await subscriber("en", "medals", speedSkating), await subscriber("ru", "medals", speedSkating)];
      const everything = await subscriber("kk", "all", speedSkating);
      const fifth = { sportId: speedSkating, medal: null, placing: { en: "5th", ru: "5-е место" }, event: { en: "Women's 500 m" } };
      const id = await seedResult("Placed Testova", fifth, 60_000);

      let m = await ask(owner, `/editresult ${id}`);
      m = await press(owner, m, "Medal or placing");
      expect(m.text).toContain("Now: 5th (Russian: 5-е место; Kazakh: —)");
      m = await press(owner, m, "🥉 Bronze");
      expect(m.text).toContain("Its alert has not gone out yet: it will carry this change.");
      m = await press(owner, m, "✅ Save");
      // The medal subscribers are added to those it waits for.
      expect(m.text).toContain("Its alert has not gone out yet: the 3 chats waiting for it will get the corrected result.");
      expect(m.buttons).toEqual([]);

      h.clock.set(new Date(h.clock().getTime() + 61_000));
      await alertDelivered(id);
      expect((await medalsOnly[0]!.waitForMessage({ timeoutMs: 20_000 })).text).toContain("🥉 Bronze! Placed Testova");
      expect((await medalsOnly[1]!.waitForMessage({ timeoutMs: 20_000 })).text).toContain("🥉 Бронза! Placed Testova");
      expect((await everything.waitForMessage({ timeoutMs: 20_000 })).text).toContain("Placed Testova");
      await senderIdle(h);
      for (const u of [...medalsOnly, everything]) {
        const got = u.history().filter((x) => x.text.includes("Placed Testova"));
        expect(got).toHaveLength(1);
        expect(got[0]!.text).not.toMatch(/5th|5-е место/);
      }
    },
    LONG,
  );

  it(
    "a change made meanwhile is not overwritten; a result removed meanwhile is not brought back",
    async () => {
      const id = await seedResult("Racing Testova");
      let m = await ask(owner, `/editresult ${id}`);
      m = await press(owner, m, "Date");
      expect(m.text).toContain("Now: 13 February 2026");
      m = await refused(owner, "1 February 2026", /^That day is outside these Games/, "Date.");
      m = await press(owner, m, "Today");
      expect(m.text).toContain("After: 14 February 2026");
      // Another editor dates it meanwhile.
      await correctResult(h.app.readModel, editor.id, id, { wonOn: "2026-02-12" }, h.clock());
      await owner.press(m, "✅ Save");
      const [changed, shown] = await owner.waitForMessages(2);
      expect(changed!.text).toBe(`Someone changed result #${id} while you were at it, so nothing was saved. Here it is as it is now:`);
      expect(shown!.text).toContain("Date: 12 February 2026");
      expect((await rowOf(id))!.wonOn).toBe("2026-02-12");

      m = await press(owner, shown!, "Note");
      expect(m.text).toContain("Now: —");
      m = await ask(owner, "Season's best");
      m = await press(owner, m, "Skip");
      m = await press(owner, m, "Skip");
      expect(m.text).toContain("After: Season's best (Russian: —; Kazakh: —)");
      await removeResult(h.app.readModel, editor.id, id, h.clock());
      expect((await press(owner, m, "✅ Save")).text).toBe(`Result #${id} was removed in the meantime; nothing was changed.`);
      expect(await rowOf(id)).toMatchObject({ noteEn: null, wonOn: "2026-02-12" });
      expect(await editsOf(id)).toHaveLength(1); // the other editor's only
    },
    LONG,
  );

  it(
    "forged, stale and another staff member's buttons, and fans, change nothing",
    async () => {
      const id = await seedResult("Guarded Testova");
      // The owner's flow up to Save, its buttons copied.
      const pick = await ask(owner, "/editresult");
      const fields = await press(owner, pick, `#${id} 🥇 Guarded Testova · Figure skating · Milan–Cortina d’Ampezzo 2026`);
      const question = await press(owner, fields, "Medal or placing");
      const confirm = await press(owner, question, "🥈 Silver");
      const stolen = [pick, fields, question, confirm].flatMap((msg) => msg.buttons.flat().flatMap((b) => (b.data ? [b.data] : [])));
      expect(stolen).toEqual(expect.arrayContaining([`erp:${id}`, "erf:o", "arx:2", "ers"]));
      const before = await auditRows();
      const row = await rowOf(id);

      // Another staff member presses them: outside a conversation of their own they are stale.
      const own = await ask(editor, "/medals");
      for (const data of new Set(stolen)) {
        expect((await editor.press(own, { data })).text, data).toBe("This button is out of date. Send /start for fresh ones.");
      }
      // Inside their own, the owner's Save is no answer to their question, and a forged result id names none.
      let m = await ask(editor, "/editresult");
      m = await refused(editor, "#2147483647", /^There is no result #2147483647/, "Correct a result.");
      await editor.press(m, { data: "ers" });
      const [busy, again] = await editor.waitForMessages(2);
      expect(busy!.text).toBe("You are correcting a result: answer the question above, send /back to go one step back, or /cancel.");
      await editor.press(again!, { data: "erp:2147483647" });
      const [missing] = await editor.waitForMessages(2);
      expect(missing!.text).toMatch(/^There is no result #2147483647/);
      expect((await ask(editor, "/cancel")).text).toBe("Cancelled: nothing was changed.");
      expect(await auditRows()).toEqual(before);
      expect(await rowOf(id)).toEqual(row);

      // A fan: every command refused, every button stale or refused.
      for (const command of ["/editresult", `/editresult ${id}`]) {
        expect((await ask(fan, command)).text, command).toBe("This command is for the team's staff.");
      }
      const fanOwn = await ask(fan, "/medals");
      for (const data of [...new Set(stolen), `rrc:${id}`]) {
        const expected = data.startsWith("rrc:")
          ? "This command is for the team's staff."
          : "This button is out of date. Send /start for fresh ones.";
        expect((await fan.press(fanOwn, { data })).text, data).toBe(expected);
      }
      expect(await auditRows()).toEqual(before);

      // The owner's own flow is untouched by all that: Save saves, once; the old Save again is stale.
      const saved = await press(owner, confirm, "✅ Save");
      expect(saved.text).toContain(`Saved: result #${id} is corrected`);
      expect(saved.buttons).toEqual([]); // its alert never went out: nothing to correct
      expect((await owner.press(confirm, "✅ Save")).text).toBe("This button is out of date. Send /start for fresh ones.");
      expect(await editsOf(id)).toHaveLength(1);
      expect(await rowOf(id)).toMatchObject({ medal: "silver" });

      // In a group: staff are sent to the private chat, fans refused.
      const group = h.api.createGroup({ title: "Team", members: [owner, fan] });
      expect((await ask(owner, "/editresult", { chat: group })).text).toBe(
        "This works in the private chat with the bot: open it and send /editresult there.",
      );
      expect((await ask(fan, "/editresult", { chat: group })).text).toBe("This command is for the team's staff.");
      await eventually(() => expect(owner.commandMenu().map((c) => c.command)).toContain("editresult"));
    },
    LONG,
  );
});
