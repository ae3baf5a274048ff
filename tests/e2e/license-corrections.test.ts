/**
 * Correcting licenses end to end, through the local Bot API server: /editlicense (a staff
 * conversation: pick, field, value checked as /addlicense checks it, before → after, save; never an
 * alert), /removelicense (confirm; a soft delete that stops the alert), /audit (owners), and a fan
 * who tries every command and presses the staff's buttons with their data copied, changing nothing.
 */
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { MAX_MESSAGE_LENGTH } from "../../src/bot/render/split-message.js";
import { athletes, auditLog, broadcasts, licenses } from "../../src/db/schema.js";
import { findGames, listSports, loadFanData } from "../../src/domain/fan-data.js";
import { correctLicense, recordLicense, removeLicense } from "../../src/domain/license-records.js";
import { addEditor } from "../../src/domain/staff.js";
import { subscribeToSport } from "../../src/domain/subscriptions.js";
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
let gamesId: number;
const sportId: Record<string, number> = {};

beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-01T21:00:00Z" });
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", username: "team_owner", languageCode: "en" });
  editor = h.api.createUser({ firstName: "Dana", username: "dana_editor", languageCode: "en" });
  fan = h.api.createUser({ firstName: "Fan", languageCode: "en" });
  for (const u of [owner, editor, fan]) await ask(u, "/start");
  await addEditor(h.db, OWNER_ID, editor.id, h.clock());
  gamesId = (await findGames(await loadFanData(h.db), "la-2028-olympic"))!.id;
  for (const s of await listSports(await loadFanData(h.db))) sportId[s.slug] = s.id;
});
afterAll(async () => h?.stop());

/** A license recorded as /addlicense records it (no alert unless `alertAfterMs`). */
async function seedLicense(sport: string, athlete: string, event: string, alertAfterMs: number | null = null): Promise<number> {
  const saved = await recordLicense(
    h.app.readModel,
    OWNER_ID,
    {
      gamesId,
      sportId: sportId[sport]!,
      athleteIds: [],
      newAthletes: [{ en: athlete }],
      team: null,
      event: { en: event },
      howWon: { en: "World qualifier" },
      wonOn: "2026-11-20",
      quotaPlaces: 1,
      source: null,
    },
    h.clock(),
    alertAfterMs,
  );
  return saved.licenseId;
}

/** Sends a message and returns the bot's next one; for a hint, also waits for the question asked again. */
async function askWithHint(user: LocalUser, text: string): Promise<{ hint: BotMessage; again: BotMessage }> {
  await user.send(text);
  const [hint, again] = await user.waitForMessages(2);
  return { hint: hint!, again: again! };
}

const auditRows = () => h.db.select().from(auditLog).orderBy(desc(auditLog.id));
const dataOf = (message: BotMessage, text: string) => message.buttons.flat().find((b) => b.text === text)?.data;

describe("/editlicense", () => {
  it(
    "typed and pressed answers, each checked; before → after; saved without an alert; fans see it at once; audited",
    async () => {
      const id = await seedLicense("boxing", "Test Boxer", "Men's 51kg");
      const alertsBefore = await h.db.$count(broadcasts);

      let m = await ask(owner, "/editlicense");
      expect(m.text).toContain("Correct a license.");
      const label = buttonTexts(m).find((b) => b.startsWith(`#${id} `));
      expect(label).toBe(`#${id} Boxing · Test Boxer · Los Angeles 2028`);
      // A typed id that is not one, then one that does not exist.
      let hint = await askWithHint(owner, "forty-two");
      expect(hint.hint.text).toBe("That is not a license id: type a number like 42, or tap one of the buttons.");
      hint = await askWithHint(owner, "#999999");
      expect(hint.hint.text).toBe("There is no license #999999: it may have been removed, or the id is mistyped.");
      m = await press(owner, hint.again, label!);
      expect(m.text).toContain(`License #${id} — Boxing, Los Angeles 2028 Olympic Games`);
      expect(m.text).toContain("Event: Men's 51kg");
      expect(buttonTexts(m)).toEqual(
        expect.arrayContaining(["Event", "Event (Russian)", "Event (Kazakh)", "Date won", "Quota places", "Source", "✏️ Name: Test Boxer"]),
      );
      expect(buttonTexts(m)).not.toContain("Note (Russian)"); // no English note to translate

      m = await press(owner, m, "Event");
      expect(m.text).toContain("Now: Men's 51kg");
      hint = await askWithHint(owner, "x".repeat(300));
      expect(hint.hint.text).toBe("That is 300 characters; 200 at most, please.");
      hint = await askWithHint(owner, "Men's 51kg");
      expect(hint.hint.text).toContain("That is what it is already.");
      m = await ask(owner, "Men's 51 kg <Flyweight> & co");
      expect(m.text).toContain("Before: Men's 51kg");
      expect(m.text).toContain("After: Men's 51 kg <Flyweight> & co");
      expect(m.text).toContain("A correction sends no alert");
      m = await press(owner, m, "✅ Save");
      expect(m.text).toBe(
        `Saved: license #${id} is corrected and fans see it now. No alert was sent. To correct something else: /editlicense ${id}`,
      );

      const [row] = await h.db.select().from(licenses).where(eq(licenses.id, id));
      expect(row!.eventEn).toBe("Men's 51 kg <Flyweight> & co");
      const fanView = await ask(fan, "/licenses boxing");
      expect(fanView.text).toContain("Event: Men's 51 kg <Flyweight> & co");
      const [edit] = await h.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, String(id)), eq(auditLog.action, "license.edit")));
      expect(edit).toMatchObject({ actorId: OWNER_ID, entity: "license" });
      const payload = edit!.payload as { before: { event: { en: string } }; after: { event: { en: string } } };
      expect(payload.before.event).toEqual({ en: "Men's 51kg" });
      expect(payload.after.event).toEqual({ en: "Men's 51 kg <Flyweight> & co" });
      expect(await h.db.$count(broadcasts)).toBe(alertsBefore); // never re-alerts

      // The date: by id with the command; a day ahead and a day that does not exist are refused; Today is pressed.
      m = await ask(owner, `/editlicense ${id}`);
      m = await press(owner, m, "Date won");
      expect(m.text).toContain("Now: 20 November 2026");
      hint = await askWithHint(owner, "3 декабря 2026");
      expect(hint.hint.text).toBe("2026-12-03 is still ahead: a license is recorded once it is won.");
      hint = await askWithHint(owner, "31.02.2026");
      expect(hint.hint.text).toContain("I can't read that as a date.");
      m = await press(owner, hint.again, "Today");
      expect(m.text).toContain("After: 2 December 2026"); // 21:00 UTC is already the 2nd in Asia/Almaty
      m = await press(owner, m, "✅ Save");
      expect(m.text).toContain("Saved");

      // Quota places: 51 is refused; /back from the confirmation asks again.
      m = await ask(owner, `/editlicense #${id}`);
      m = await press(owner, m, "Quota places");
      hint = await askWithHint(owner, "51");
      expect(hint.hint.text).toBe("A whole number from 1 to 50, please.");
      m = await ask(owner, "3");
      expect(m.text).toContain("After: 3");
      m = await ask(owner, "/back");
      expect(m.text).toContain("Now: 1");
      m = await ask(owner, "2");
      m = await press(owner, m, "✅ Save");

      // The source: only an http(s) link.
      m = await ask(owner, `/editlicense ${id}`);
      m = await press(owner, m, "Source");
      hint = await askWithHint(owner, "javascript:alert(1)");
      expect(hint.hint.text).toContain("That is not an http(s) link.");
      m = await ask(owner, "https://example.org/fixed");
      m = await press(owner, m, "✅ Save");

      const [after] = await h.db.select().from(licenses).where(eq(licenses.id, id));
      expect(after).toMatchObject({
        wonOn: "2026-12-02",
        quotaPlaces: 2,
        source: "https://example.org/fixed",
        eventEn: "Men's 51 kg <Flyweight> & co",
      });
      const fanAgain = await ask(fan, "/licenses boxing");
      expect(fanAgain.text).toContain("Won on: 2 December 2026");
      expect(fanAgain.text).toContain("Source: https://example.org/fixed");
      expect(await h.db.$count(broadcasts)).toBe(alertsBefore);
      expect(failedCalls(h.api)).toEqual([]);
    },
    LONG,
  );

  it(
    "translations, the English again (keep or clear them), an athlete's name form and the athletes",
    async () => {
      const id = await seedLicense("judo", "Test Judoka", "Men's 60 kg");
      const ruFan = h.api.createUser({ firstName: "Ivan", languageCode: "ru" });
      await ask(ruFan, "/start");

      let m = await ask(owner, `/editlicense ${id}`);
      m = await press(owner, m, "Event (Russian)");
      expect(m.text).toContain("Now: —");
      m = await ask(owner, "Мужчины, до 60 кг");
      m = await press(owner, m, "✅ Save");
      expect((await ask(ruFan, "/licenses дзюдо")).text).toContain("Мужчины, до 60 кг");

      // The English again: it has a translation, so Save asks whether it stays.
      m = await ask(owner, `/editlicense ${id}`);
      m = await press(owner, m, "Event");
      m = await ask(owner, "Men's -60 kg");
      expect(m.text).toContain("It has translations (Russian: Мужчины, до 60 кг; Kazakh: —)");
      expect(buttonTexts(m)).toEqual(expect.arrayContaining(["✅ Save, keep the translations", "✅ Save, clear the translations"]));
      m = await press(owner, m, "✅ Save, keep the translations");
      let [row] = await h.db.select().from(licenses).where(eq(licenses.id, id));
      expect(row).toMatchObject({ eventEn: "Men's -60 kg", eventRu: "Мужчины, до 60 кг" });

      m = await ask(owner, `/editlicense ${id}`);
      m = await press(owner, m, "Event");
      m = await ask(owner, "Men's 66 kg");
      m = await press(owner, m, "✅ Save, clear the translations");
      [row] = await h.db.select().from(licenses).where(eq(licenses.id, id));
      expect(row).toMatchObject({ eventEn: "Men's 66 kg", eventRu: null });
      expect((await ask(ruFan, "/licenses дзюдо")).text).toContain("Men's 66 kg");

      // An athlete's Russian name: every license of the athlete reads it.
      m = await ask(owner, `/editlicense ${id}`);
      m = await press(owner, m, "✏️ Name: Test Judoka");
      expect(m.text).toContain("Latin: Test Judoka");
      m = await press(owner, m, "Russian");
      m = await ask(owner, "Тест Дзюдоист");
      expect(m.text).toContain("Before: —");
      expect(m.text).toContain("After: Тест Дзюдоист");
      m = await press(owner, m, "✅ Save");
      expect(m.text).toContain("Saved");
      expect((await ask(ruFan, "/licenses дзюдо")).text).toContain("Тест Дзюдоист");
      const [renamed] = await h.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, "athlete"), eq(auditLog.action, "athlete.edit")))
        .orderBy(desc(auditLog.id));
      expect(renamed!.payload).toEqual({
        before: { en: "Test Judoka", ru: null, kk: null },
        after: { en: "Test Judoka", ru: "Тест Дзюдоист", kk: null },
      });

      // The athletes: a known name is that athlete, a new one is added.
      m = await ask(owner, `/editlicense ${id}`);
      m = await press(owner, m, "Athletes");
      m = await ask(owner, "Тест Дзюдоист, Second Judoka");
      expect(m.text).toContain("After: Test Judoka, Second Judoka");
      m = await press(owner, m, "✅ Save");
      const named = await h.db.select().from(athletes).where(eq(athletes.nameEn, "Second Judoka"));
      expect(named).toHaveLength(1);
      expect((await ask(fan, "/licenses judo")).text).toContain("Test Judoka, Second Judoka");
    },
    LONG,
  );

  it(
    "/cancel and the Cancel button change nothing; idle for 30 minutes ends it; in a group it sends you to the private chat",
    async () => {
      const id = await seedLicense("wrestling", "Test Wrestler", "Men's 65 kg");
      const before = await auditRows();
      let m = await ask(owner, `/editlicense ${id}`);
      m = await press(owner, m, "Event");
      await ask(owner, "Changed my mind");
      expect((await ask(owner, "/cancel")).text).toBe("Cancelled: nothing was changed.");

      m = await ask(owner, `/editlicense ${id}`);
      expect((await press(owner, m, "✖️ Cancel")).text).toBe("Cancelled: nothing was changed.");

      m = await ask(owner, `/editlicense ${id}`);
      expect((await askWithHint(owner, "/licenses boxing")).hint.text).toContain("You are correcting a license");
      h.clock.set(new Date(h.clock().getTime() + 31 * 60_000));
      expect((await ask(owner, "whatever")).text).toContain("left for over 30 minutes");
      expect((await ask(owner, "/licenses boxing")).text).toContain("Boxing");
      expect(await auditRows()).toEqual(before);

      const group = h.api.createGroup({ title: "Team", members: [owner, fan] });
      expect((await ask(owner, "/editlicense", { chat: group })).text).toBe(
        "This works in the private chat with the bot: open it and send /editlicense there.",
      );
      expect((await ask(fan, "/editlicense", { chat: group })).text).toBe("This command is for the team's staff.");
    },
    LONG,
  );
});

describe("/editlicense while someone else changes the license", () => {
  it(
    "a change made meanwhile is not overwritten, and a license removed meanwhile is not brought back",
    async () => {
      const id = await seedLicense("fencing", "Test Fencer", "Men's épée");
      let m = await ask(owner, `/editlicense ${id}`);
      m = await press(owner, m, "Quota places");
      m = await ask(owner, "2");
      // Another editor corrects the same field before the owner saves.
      await correctLicense(h.app.readModel, editor.id, id, { quotaPlaces: 3 }, h.clock());
      await owner.press(m, "✅ Save");
      const [changed, shown] = await owner.waitForMessages(2);
      expect(changed!.text).toBe(`Someone changed license #${id} while you were at it, so nothing was saved. Here it is as it is now:`);
      expect(shown!.text).toContain("Quota places: 3");
      let [row] = await h.db.select().from(licenses).where(eq(licenses.id, id));
      expect(row!.quotaPlaces).toBe(3);

      m = await press(owner, shown!, "Source");
      m = await ask(owner, "https://example.org/fencing");
      await removeLicense(h.app.readModel, editor.id, id, h.clock());
      const edits = await h.db.$count(auditLog, and(eq(auditLog.entityId, String(id)), eq(auditLog.action, "license.edit")));
      expect((await press(owner, m, "✅ Save")).text).toBe(`License #${id} was removed in the meantime; nothing was changed.`);
      [row] = await h.db.select().from(licenses).where(eq(licenses.id, id));
      expect(row).toMatchObject({ source: null });
      expect(row!.deletedAt).not.toBeNull();
      expect(await h.db.$count(auditLog, and(eq(auditLog.entityId, String(id)), eq(auditLog.action, "license.edit")))).toBe(edits);
    },
    LONG,
  );
});

describe("/removelicense", () => {
  it(
    "confirm, then the license is gone for fans and its alert never goes out; a stale or another's confirm changes nothing",
    async () => {
      const subscriber = h.api.createUser({ firstName: "Sub", languageCode: "en" });
      await ask(subscriber, "/start");
      await subscribeToSport(h.db, subscriber.id, sportId.weightlifting!, h.clock());
      const id = await seedLicense("weightlifting", "Test Lifter", "Men's 61 kg", 60_000);
      expect((await ask(fan, "/licenses weightlifting")).text).toContain("Test Lifter");

      let m = await ask(owner, "/removelicense");
      expect(m.text).toContain("Remove a license.");
      m = (await pressAndEdit(owner, m, `#${id} Weightlifting · Test Lifter · Los Angeles 2028`)).message;
      expect(m.text).toContain(`Remove license #${id}?`);
      expect(m.text).toContain("Men's 61 kg");
      const confirmData = dataOf(m, "🗑 Yes, remove it")!;

      // Another staff member's press of the owner's confirmation: refused, nothing removed.
      const auditBefore = await auditRows();
      const danaMsg = await ask(editor, `/removelicense ${id}`);
      expect(danaMsg.text).toContain(`Remove license #${id}?`);
      const refused = await editor.press(danaMsg, { data: confirmData });
      expect(refused.text).toBe(
        `Only the staff member who asked can confirm this; nothing was removed. Send /removelicense ${id} yourself.`,
      );
      expect(await auditRows()).toEqual(auditBefore);

      const { message: removed } = await pressAndEdit(owner, m, "🗑 Yes, remove it");
      expect(removed.text).toBe(`Removed license #${id}: fans no longer see it. Its alert was cancelled before anyone got it.`);
      const [row] = await h.db.select().from(licenses).where(eq(licenses.id, id));
      expect(row!.deletedAt).not.toBeNull();
      const [audit] = await h.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(id)))
        .orderBy(desc(auditLog.id));
      expect(audit).toMatchObject({ action: "license.remove", actorId: OWNER_ID });

      // The same confirmation again (a stale button): a clear answer, nothing new in the audit log.
      const auditAfter = await auditRows();
      const again = await owner.press(removed, { data: confirmData });
      expect(again.text).toBe(`License #${id} is already removed; nothing changed.`);
      expect(await auditRows()).toEqual(auditAfter);
      expect((await ask(owner, `/removelicense ${id}`)).text).toBe(
        `There is no license #${id}: it may have been removed, or the id is mistyped.`,
      );

      expect((await ask(fan, "/licenses weightlifting")).text).not.toContain("Test Lifter");
      h.clock.set(new Date(h.clock().getTime() + 120_000));
      await senderIdle(h); // the sender looked for due deliveries, twice, and found none
      expect(subscriber.messages().filter((x) => x.text.includes("Test Lifter"))).toEqual([]);

      // An alert already under way is stopped where it stands, and the reply says how far it got.
      const sent = await seedLicense("weightlifting", "Fast Lifter", "Men's 73 kg", 60_000);
      h.clock.set(new Date(h.clock().getTime() + 61_000));
      await eventually(() => expect(subscriber.messages().some((x) => x.text.includes("Fast Lifter"))).toBe(true), 10_000);
      m = await ask(owner, `/removelicense ${sent}`);
      const { message: stopped } = await pressAndEdit(owner, m, "🗑 Yes, remove it");
      expect(stopped.text).toBe(`Removed license #${sent}: fans no longer see it. Its alert was stopped; 1 message had already been sent.`);

      // "No" keeps it.
      const kept = await seedLicense("weightlifting", "Kept Lifter", "Women's 49 kg");
      m = await ask(owner, `/removelicense ${kept}`);
      const { message: no } = await pressAndEdit(owner, m, "No, keep it");
      expect(no.text).toBe(`Kept: license #${kept} was not removed.`);
      expect((await ask(fan, "/licenses weightlifting")).text).toContain("Kept Lifter");
    },
    LONG,
  );
});

describe("/audit", () => {
  it(
    "owners see the latest changes, who, when (zone named) and before → after; editors are refused; paged under 4,096 characters",
    async () => {
      let m = await ask(owner, "/audit");
      expect(m.text).toContain("Recent changes, newest first\nDates and times are Kazakhstan time (UTC+5).");
      expect(m.text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|Asia\/Almaty/);
      expect(m.text).toContain("@team_owner (id 1000001)");
      // A removed license says what it was: its sport, athlete and Games.
      expect(m.text).toMatch(/removed license #\d+\n↳ Weightlifting, (Test|Fast|Kept) Lifter · \S/);
      expect(m.text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
      // Page by page to the one with the first correction.
      const pages = [m.text];
      while (dataOf(m, "▶️")) {
        m = (await pressAndEdit(owner, m, "▶️")).message;
        expect(m.text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
        pages.push(m.text);
      }
      const all = pages.join("\n");
      expect(all).toContain("↳ Event (English): Men's 51kg → Men's 51 kg <Flyweight> & co");
      expect(all).toContain("↳ Date won: 20 November 2026 → 2 December 2026");
      expect(all).toContain("↳ Name (Russian): — → Тест Дзюдоист");
      expect(all).not.toContain("wonOn");
      expect(all).toContain("renamed athlete #");
      expect(pages.length).toBeGreaterThan(1);

      expect((await ask(editor, "/audit")).text).toBe("Only owners see the audit log.");
      await eventually(() =>
        expect(owner.commandMenu().map((c) => c.command)).toEqual(expect.arrayContaining(["editlicense", "removelicense", "audit"])),
      );
      expect(editor.commandMenu().map((c) => c.command)).not.toContain("audit");
    },
    LONG,
  );
});

describe("a fan", () => {
  it(
    "is refused every command, and pressing the staff's buttons changes nothing",
    async () => {
      const id = await seedLicense("taekwondo", "Test Fighter", "Men's 58 kg");
      // The owner's buttons, their data copied.
      const pick = await ask(owner, "/editlicense");
      const fields = await press(owner, pick, buttonTexts(pick).find((b) => b.startsWith(`#${id} `))!);
      const value = await press(owner, fields, "Event");
      const confirm = await ask(owner, "Forged event");
      await ask(owner, "/cancel");
      const removeList = await ask(owner, "/removelicense");
      const removeConfirm = await ask(owner, `/removelicense ${id}`);
      const audit = await ask(owner, "/audit");
      const stolen = [pick, fields, value, confirm, removeList, removeConfirm, audit].flatMap((msg) =>
        msg.buttons.flat().flatMap((b) => (b.data ? [b.data] : [])),
      );
      stolen.push("aud:0", "aud:1", `rmy:${id}:${fan.id}`); // a forged page, and a confirmation made out to the fan
      expect(stolen.some((d) => d.startsWith("rmy:"))).toBe(true);
      expect(stolen.some((d) => d.startsWith("elx:"))).toBe(true);

      const auditBefore = await auditRows();
      const [licenseBefore] = await h.db.select().from(licenses).where(eq(licenses.id, id));
      for (const command of ["/editlicense", `/editlicense ${id}`, "/removelicense", `/removelicense ${id}`, "/audit"]) {
        expect((await ask(fan, command)).text, command).toBe("This command is for the team's staff.");
      }
      const own = await ask(fan, "/licenses taekwondo");
      for (const data of new Set(stolen.filter((d) => d !== "nop"))) {
        const answer = await fan.press(own, { data });
        // Outside a staff member's conversation its buttons are stale; the others say who they are for.
        const expected = /^(el[pfanx]|sfx):/.test(data)
          ? "This button is out of date. Send /start for fresh ones."
          : "This command is for the team's staff.";
        expect(answer.text, data).toBe(expected);
      }
      expect(await auditRows()).toEqual(auditBefore);
      const [licenseAfter] = await h.db.select().from(licenses).where(eq(licenses.id, id));
      expect(licenseAfter).toEqual(licenseBefore);
      expect((await ask(fan, "/licenses taekwondo")).text).toContain("Test Fighter");
      expect(failedCalls(h.api)).toEqual([]);
    },
    LONG,
  );
});
