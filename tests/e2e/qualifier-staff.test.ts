/**
 * The staff conversations for qualification events end to end, through the local Bot API server on
 * a pinned clock: a qualifier added through /addqualifier (each answer checked: a bad zone, bad
 * days, the last before the first, 5,000 characters) appears in /qualifiers in three languages;
 * /editqualifier changes its days (before → after, audited) and fans see it at once; /closequalifier
 * with a license sends the license alert and then the summary to a subscriber, and its button records
 * a second license with the event's fields filled in; Undo under a closing reopens it before the summary goes.
 * An event not begun yet in its host's zone cannot be closed: not offered, its number refused (naming
 * it and its first day, in English and Russian), no Close in /editqualifier; from its host's midnight it is.
 * Fans are refused and forged buttons change nothing. The event is made up ("Test …", "Testville").
 */
import { and, count, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { qualifierFieldButton } from "../../src/bot/callback-data/qualifier-staff.js";
import { formatDate } from "../../src/bot/render/format.js";
import { auditLog, broadcasts, licenses, qualificationEvents } from "../../src/db/schema.js";
import { findGames, loadFanData } from "../../src/domain/fan-data.js";
import { recordLicense } from "../../src/domain/license-records.js";
import { addQualifier } from "../../src/domain/qualifier-records.js";
import { subscribeToSport } from "../../src/domain/subscriptions.js";
import { addDays, hostDate, startOfDay } from "../../src/lib/zoned-time.js";
import { ask, type BotHarness, buttonTexts, press, refused, refusedLong, staffAndFans, startBotHarness } from "../helpers/bot.js";
import { testLicenseWonAt } from "../helpers/fixtures.js";

const LONG = 240_000;
/** 11:00 in Almaty on 1 May 2027: the event below is ahead. */
const NOW = "2027-05-01T06:00:00Z";

let h: BotHarness;
let owner: LocalUser;
let editor: LocalUser;
let fans: Record<"en" | "ru" | "kk", LocalUser>;
let la: number;
let boxing: number;

/** A reply's text with Intl's narrow and thin spaces as plain ones. */
const textOf = (m: { text: string }) => m.text.replace(/[\u2009\u202f]/g, " ");
const events = async () => (await h.db.select({ n: count() }).from(qualificationEvents))[0]?.n ?? 0;

beforeAll(async () => {
  h = await startBotHarness({ now: NOW });
  ({ owner, editor, fans } = await staffAndFans(h));
  const data = await loadFanData(h.db);
  la = findGames(data, "la-2028-olympic")!.id;
  boxing = data.sports.find((s) => s.slug === "boxing" && s.kind === "olympic")!.id;
});
afterAll(async () => h?.stop());

describe("qualification events by staff", () => {
  it("fans are refused every staff command, and nothing is stored", async () => {
    for (const command of ["/addqualifier", "/editqualifier", "/closequalifier 1"]) {
      expect((await ask(fans.en, command)).text).toBe("This command is for the team's staff.");
    }
    // A forged Undo (reopen) from a fan: answered, nothing changes.
    const m = await ask(fans.en, "/qualifiers");
    const answer = await fans.en.press(m, { data: "qsr:1" });
    expect(answer.text).toBe("This command is for the team's staff.");
    expect(await events()).toBe(0);
  });

  it(
    "/addqualifier: every answer checked; saved once; fans see it in three languages; edited days reach fans; closed with a license, the alert and summary go out",
    async () => {
      const subscriber = h.api.createUser({ firstName: "Boxing fan", languageCode: "en" });
      await ask(subscriber, "/start");
      await subscribeToSport(h.db, subscriber.id, boxing, h.clock());

      let m = await ask(owner, "/addqualifier");
      expect(m.text).toContain("Games.");
      m = await ask(owner, "LA 2028");
      expect(m.text).toContain("Sport.");
      m = await ask(owner, "boxing");
      expect(m.text).toContain("Name.");
      // A forged answer button (a sport id at the name step) is no answer: the question again.
      await owner.press(m, { data: "qsp:s:99999" });
      const [busy, nameAgain] = await owner.waitForMessages(2);
      expect(busy!.text).toBe("Type some text, please: this one cannot be skipped.");
      expect(nameAgain!.text).toContain("Name.");
      await refusedLong(
        owner,
        "ж".repeat(5000),
        ["That is 4,096 characters; 200 at most, please.", "That is 904 characters; 200 at most, please."],
        "Name.",
      );
      m = await ask(owner, "Test Staff Qualifier");
      expect(m.text).toContain("in Russian (optional)");
      m = await ask(owner, "Тестовый турнир команды");
      expect(m.text).toContain("in Kazakh (optional)");
      m = await ask(owner, "Сынақ команда жарысы");
      expect(m.text).toContain("Place.");
      m = await ask(owner, "Testville");
      m = await ask(owner, "Тествиль");
      m = await press(owner, m, "Skip");
      // No zone identifier asked for or shown: the Games' city with its offset, or an offset typed.
      expect(m.text).toContain("Time zone.");
      expect(m.text).not.toMatch(/[A-Z][a-z]+\/[A-Z]/);
      expect(buttonTexts(m)).toContain("Los Angeles (UTC-7)");
      const badZone = "I can't read that time zone: tap a button, or type the offset from UTC, e.g. UTC+3 or UTC-5.";
      m = await refused(owner, "Mars/Olympus", badZone, "Time zone.");
      m = await refused(owner, "UTC+15", badZone, "Time zone.");
      m = await ask(owner, "UTC+3");
      expect(m.text).toContain("Days.");
      const badDays = "I can't read those days. Type one day (12.05.2027) or a span (12–19.05.2027, 30.05–02.06.2027).";
      m = await refused(owner, "32.13.2027", badDays, "Days.");
      m = await refused(owner, "'; DROP TABLE qualification_events; --", badDays, "Days.");
      m = await refused(owner, "19–12.05.2027", "The last day comes before the first: type the first day first (12–19.05.2027).", "Days.");
      m = await ask(owner, "12–19.05.2027");
      expect(m.text).toContain("Quota places.");
      m = await refused(owner, "0", "Type a whole number from 1 to 999, or skip.", "Quota places.");
      m = await ask(owner, "36");
      expect(m.text).toContain("Team entries.");
      expect(m.text).toContain("Who competes there for the team?");
      expect(m.text).not.toContain("Who got the result?");
      m = await ask(owner, "Test Entrant");
      // A new athlete: the Cyrillic form proposed; skipped.
      m = await press(owner, m, "Skip");
      expect(m.text).toBe("Source. A link to the event's page or news about it (http or https), or skip.");
      m = await press(owner, m, "Skip");
      expect(m.text).toContain("Preview (Los Angeles 2028; host time UTC+3)");
      expect(textOf(m)).toContain("📍 Test Staff Qualifier in Testville\n🗓 12 – 19 May");
      expect(m.text).toContain("↳ Team entries: Test Entrant");
      expect(m.text).toContain("↳ Quota places at stake: 36");
      expect(await events()).toBe(0); // nothing before Save
      const saved = await press(owner, m, "✅ Save");
      expect(saved.text).toMatch(/^✅ Qualification event #\d+ saved/);
      const id = Number(/#(\d+)/.exec(saved.text)![1]);
      // Save again on the same preview: the conversation is over; the press finds nothing to do.
      await owner.press(m, "✅ Save").catch(() => {});
      expect(await events()).toBe(1);

      const en = textOf(await ask(fans.en, "/qualifiers"));
      expect(en).toContain("📍 Test Staff Qualifier in Testville\n🗓 12 – 19 May · starts in 11 days");
      expect(en).not.toMatch(/Asia\/|\d{4}-\d{2}-\d{2}/);
      expect(textOf(await ask(fans.ru, "/qualifiers"))).toContain("📍 Тестовый турнир команды — Тествиль\n🗓 12–19 мая");
      expect(textOf(await ask(fans.kk, "/qualifiers"))).toContain("📍 Сынақ команда жарысы — Тествиль\n🗓 12–19 мамыр");

      // /editqualifier: the days, before → after, audited; fans see it at once.
      m = await ask(owner, `/editqualifier ${id}`);
      expect(m.text).toContain(`Qualification event #${id}`);
      m = await press(owner, m, "Days");
      m = await refused(
        owner,
        "5000",
        "I can't read those days. Type one day (12.05.2027) or a span (12–19.05.2027, 30.05–02.06.2027).",
        "Days.",
      );
      m = await ask(owner, "14–21.05.2027");
      expect(textOf(m)).toContain("Before");
      expect(textOf(m)).toContain("12 – 19 May");
      expect(textOf(m)).toContain("14 – 21 May");
      m = await press(owner, m, "✅ Save");
      expect(m.text).toBe(`✅ Qualification event #${id} changed: fans see it at once.`);
      expect(textOf(await ask(fans.en, "/qualifiers"))).toContain("🗓 14 – 21 May · starts in 13 days");
      const edits = await h.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, String(id)), eq(auditLog.action, "qualifier.edit")));
      expect(edits).toHaveLength(1);
      expect(edits[0]!.payload).toMatchObject({ before: { firstDay: "2027-05-12" }, after: { firstDay: "2027-05-14" } });

      // Over: a license won there is recorded, and the event closed with it.
      h.clock.set("2027-05-22T06:00:00Z");
      const license = await recordLicense(
        h.app.readModel,
        1000001,
        testLicenseWonAt({ gamesId: la, sportId: boxing }, null, { en: "Test Winner", ru: "Тест Победитель" }),
        h.clock(),
        0,
      );
      const alert = await subscriber.waitForMessage();
      expect(alert.text).toContain("Test Winner");
      m = await ask(owner, "/closequalifier");
      m = await press(owner, m, { data: `qsp:e:${id}` });
      expect(m.text).toContain("which licenses were won there?");
      m = await refused(owner, "all of them", "Tap the licenses won there, then Done.", "which licenses were won there?");
      await owner.press(m, { data: `qsp:c:${license.licenseId}` });
      m = await owner.waitForMessage();
      expect(buttonTexts(m)).toContain("✅ Done (1)");
      m = await press(owner, m, "✅ Done (1)");
      expect(m.text).toContain("Preview: 1 chat that follows this sport will get this summary.");
      expect(m.text).toContain("Test Staff Qualifier in Testville is over");
      const closed = await press(owner, m, "🏁 Close and send the summary");
      expect(closed.text).toMatch(new RegExp(`^🏁 Event #${id} closed with 1 license\\. The summary goes to 1 chat`));
      h.clock.set("2027-05-22T07:00:00Z");
      const summary = await subscriber.waitForMessage({ timeoutMs: 30_000 });
      expect(textOf(summary)).toContain("🏁 Test Staff Qualifier in Testville is over");
      expect(summary.text).toContain("Test Winner");
      const [row] = await h.db.select().from(qualificationEvents).where(eq(qualificationEvents.id, id));
      expect(row!.closedAt).not.toBeNull();

      // "Record a license won here": /addlicense with the Games, sport, date and event filled in.
      m = await press(owner, closed, "🏅 Record a license won here");
      expect(m.text).toContain("Athletes.");
      m = await ask(owner, "Second Winner");
      m = await press(owner, m, "Skip"); // its Cyrillic form
      expect(m.text).toContain("Event.");
      m = await press(owner, m, "Skip");
      m = await press(owner, m, "Skip"); // how it was won
      expect(m.text).toContain("Quota places."); // the date is the event's last day
      m = await ask(owner, "1");
      m = await press(owner, m, "Skip"); // the source
      expect(m.text).toContain("Second Winner");
      m = await press(owner, m, "💾 Save without alert");
      expect(m.text).toMatch(/^Saved as license #\d+/);
      const second = Number(/#(\d+)/.exec(m.text)![1]);
      const [won] = await h.db.select().from(licenses).where(eq(licenses.id, second));
      expect(won).toMatchObject({ qualifierId: id, gamesId: la, sportId: boxing, wonOn: "2027-05-21" });
    },
    LONG,
  );

  it("Undo under a closing reopens the event before its summary goes: the summary is cancelled, and a second Undo says so", async () => {
    const { qualifierId } = await addQualifier(
      h.app.readModel,
      1000001,
      {
        gamesId: la,
        sportId: boxing,
        name: { en: "Test Undo Qualifier" },
        event: null,
        place: null,
        hostTz: "Asia/Qatar",
        firstDay: "2027-05-15",
        lastDay: "2027-05-16",
        quotaPlaces: null,
        source: null,
        athleteIds: [],
      },
      h.clock(),
    );
    let m = await ask(owner, `/closequalifier ${qualifierId}`);
    m = await press(owner, m, "✅ Done (0)");
    expect(m.text).toContain("No license this time.");
    const closed = await press(owner, m, "🏁 Close and send the summary");
    expect(closed.text).toMatch(new RegExp(`^🏁 Event #${qualifierId} closed with 0 licenses`));
    const answer = await owner.press(closed, "↩️ Undo");
    expect(answer.text).toBe("Reopened: the summary was not sent.");
    const [row] = await h.db.select().from(qualificationEvents).where(eq(qualificationEvents.id, qualifierId));
    expect(row!.closedAt).toBeNull();
    const summaries = await h.db
      .select()
      .from(broadcasts)
      .where(like(broadcasts.dedupeKey, `qualifier:${qualifierId}:summary:%`));
    expect(summaries.map((b) => b.status)).toEqual(["cancelled"]);
    expect((await owner.press(closed, "↩️ Undo")).text).toBe("This event is not closed (already undone?).");
  });

  it("an event not begun yet in its host's zone is not offered to close, its number is refused in the staff member's language, /editqualifier offers no Close; from its first day it is offered", async () => {
    // Whatever the pinned clock: it starts tomorrow in Doha, and the event above (begun, reopened) is open.
    const tz = "Asia/Qatar";
    const tomorrow = addDays(hostDate(h.clock(), tz), 1);
    const { qualifierId: id } = await addQualifier(
      h.app.readModel,
      1000001,
      {
        gamesId: la,
        sportId: boxing,
        name: { en: "Test Ahead Qualifier", ru: "Тестовый будущий турнир", kk: "Сынақ алдағы жарыс" },
        event: null,
        place: null,
        hostTz: tz,
        firstDay: tomorrow,
        lastDay: addDays(tomorrow, 2),
        quotaPlaces: null,
        source: null,
        athleteIds: [],
      },
      h.clock(),
    );
    const labels = (m: BotMessage) => buttonTexts(m).join("\n");
    let m = await ask(owner, "/closequalifier");
    expect(labels(m)).toContain("Test Undo Qualifier");
    expect(labels(m)).not.toContain("Test Ahead Qualifier");
    expect(labels(m)).not.toContain("Test Staff Qualifier"); // closed already
    const day = { en: formatDate(tomorrow, "en"), ru: formatDate(tomorrow, "ru") };
    await refused(
      owner,
      String(id),
      `Test Ahead Qualifier (#${id}) has not begun yet: its first day is ${day.en}. An event can be closed once it has begun; nothing was changed.`,
      "Which qualification event is over?",
    );
    await ask(owner, "/cancel");
    // Named with the command, in Russian for the editor: said why, then asked which one.
    m = await ask(editor, `/closequalifier ${id}`);
    expect(m.text).toBe(
      `Тестовый будущий турнир (№${id}) ещё не начался: его первый день — ${day.ru}. Закрыть турнир можно, когда он начнётся; ничего не изменено.`,
    );
    expect((await editor.waitForMessage()).text).toContain("Какой отборочный турнир завершился?");
    await ask(editor, "/cancel");

    // /editqualifier: no Close under it (there is under a begun one); a forged Close press is refused and changes nothing.
    m = await ask(owner, `/editqualifier ${id}`);
    expect(buttonTexts(m)).not.toContain("🏁 Close with its outcome");
    await owner.press(m, { data: qualifierFieldButton.encode({ field: "close" }) });
    expect((await owner.waitForMessage()).text).toContain(`Test Ahead Qualifier (#${id}) has not begun yet`);
    const [row] = await h.db.select().from(qualificationEvents).where(eq(qualificationEvents.id, id));
    expect(row!.closedAt).toBeNull();
    const summaries = await h.db
      .select()
      .from(broadcasts)
      .where(like(broadcasts.dedupeKey, `qualifier:${id}:summary:%`));
    expect(summaries).toEqual([]);

    // Midnight in Doha: its first day has come there, and it is offered.
    h.clock.set(startOfDay(tomorrow, tz));
    m = await ask(owner, "/closequalifier");
    expect(labels(m)).toContain("Test Ahead Qualifier");
    await ask(owner, "/cancel");
    m = await ask(owner, `/editqualifier ${id}`);
    expect(buttonTexts(m)).toContain("🏁 Close with its outcome");
    await ask(owner, "/cancel");
  });
});
