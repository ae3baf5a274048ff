/**
 * /addlicense end to end: the staff conversation through the local Bot API server, its answers
 * typed and pressed, validation, /back and /cancel, the idle timeout on the pinned clock, saving
 * with an alert that subscribers get after ALERT_DELAY, and Undo.
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { athletes, auditLog, licenses } from "../../src/db/schema.js";
import { findGames, listSports, loadFanData, sportLicenses } from "../../src/domain/fan-data.js";
import { subscribeToSport } from "../../src/domain/subscriptions.js";
import { ask, type BotHarness, press, pressAndEdit, senderIdle, startBotHarness } from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS

let h: BotHarness;
let owner: LocalUser;
beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-01T21:00:00Z" });
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", languageCode: "en" });
  await ask(owner, "/start");
});
afterAll(async () => h?.stop());

describe("/addlicense", () => {
  it("typed and pressed answers, each checked; the preview is the alert; saved with an alert that subscribers get after the delay", async () => {
    const boxing = (await listSports(await loadFanData(h.db))).find((s) => s.slug === "boxing")!;
    const fans = [h.api.createUser({ firstName: "Aru", languageCode: "kk" }), h.api.createUser({ firstName: "Ivan", languageCode: "ru" })];
    for (const fan of fans) {
      await ask(fan, "/start");
      await subscribeToSport(h.db, fan.id, boxing.id, h.clock());
    }

    let m = await ask(owner, "/addlicense");
    expect(m.text).toContain("1/8 · Games.");
    m = await ask(owner, "Atlantis 3000");
    expect(m.text).toBe("I can't tell which Games you mean. Tap one of the buttons, or type e.g. “LA 2028”.");
    m = await owner.waitForMessage(); // the question again
    m = await press(owner, m, "Los Angeles 2028");
    expect(m.text).toContain("2/8 · Sport.");
    m = await ask(owner, "гребля"); // rowing or canoe: which one?
    expect(m.text).toBe("“гребля” could be several sports. Which one?");
    expect(m.buttons.flat().map((b) => b.text)).toEqual(expect.arrayContaining(["Rowing", "Canoe"]));
    m = await ask(owner, "boxng");
    expect(m.text).toContain("3/8 · Athletes.");
    m = await ask(owner, "Test Boxer, Тест Боксёрова");
    // Each new name's other script is proposed: accepted, then corrected.
    expect(m.text).toBe("“Test Boxer” in Cyrillic: tap the proposal if it is right, type it as it should be, or skip.");
    m = await press(owner, m, "Тест Боксер");
    expect(m.text).toContain("“Тест Боксёрова” in Latin letters");
    m = await ask(owner, "Тест"); // Cyrillic where Latin is asked
    expect(m.text).toContain("Type the name in Latin letters");
    m = await owner.waitForMessage();
    expect(m.buttons.flat().map((b) => b.text)).toContain("Test Bokserova");
    m = await ask(owner, "Test Boksiorova");
    expect(m.text).toContain("4/8 · Event.");
    m = await ask(owner, "Men's 51 kg");
    expect(m.text).toBe("Event: “Men's 51 kg”. Type it in Russian (optional), or skip.");
    m = await ask(owner, "до 51 кг, мужчины");
    expect(m.text).toBe("Event: “Men's 51 kg”. Type it in Kazakh (optional), or skip.");
    m = await press(owner, m, "Skip");
    expect(m.text).toContain("5/8 · How it was won.");
    m = await ask(owner, "x".repeat(300));
    expect(m.text).toBe("That is 300 characters; 200 at most, please.");
    await owner.waitForMessage();
    m = await ask(owner, "World qualifier, final");
    m = await press(owner, m, "Skip"); // Russian
    m = await press(owner, m, "Skip"); // Kazakh
    expect(m.text).toContain("6/8 · Date won.");
    m = await ask(owner, "31 декабря"); // no year: the latest 31 December, a year ago
    expect(m.text).toContain("7/8 · Quota places.");
    m = await ask(owner, "/back");
    expect(m.text).toContain("6/8 · Date won.");
    // 21:00 UTC is already 2 December in Asia/Almaty, the display zone: the 3rd is still ahead.
    m = await ask(owner, "3 декабря 2026");
    expect(m.text).toBe("2026-12-03 is still ahead: a license is recorded once it is won.");
    m = await owner.waitForMessage();
    m = await press(owner, m, "Today");
    expect(m.text).toContain("7/8 · Quota places.");
    m = await ask(owner, "51");
    expect(m.text).toBe("A whole number from 1 to 50, please.");
    m = await owner.waitForMessage();
    m = await press(owner, m, "2");
    expect(m.text).toContain("8/8 · Source.");
    m = await ask(owner, "javascript:alert(1)");
    expect(m.text).toContain("That is not an http(s) link.");
    await owner.waitForMessage();
    const preview = await ask(owner, "https://example.org/qualifier");
    expect(preview.text).toContain("Preview: subscribers will see this.");
    expect(preview.text).toContain("New license! Boxing — Los Angeles 2028 Olympic Games");
    expect(preview.text).toContain("Test Boxer, Test Boksiorova");
    expect(preview.text).toContain("Event: Men's 51 kg");
    expect(
      await sportLicenses(await loadFanData(h.db), (await findGames(await loadFanData(h.db), "la-2028-olympic"))!.id, boxing.id),
    ).toEqual([]);

    // The preview as a Russian subscriber will read it, then a field changed and back to the preview.
    const inRussian = await press(owner, preview, "👁 Русский");
    expect(inRussian.text).toContain("Новая лицензия!");
    expect(inRussian.text).toContain("до 51 кг, мужчины");
    const picker = await press(owner, inRussian, "✏️ Change a field");
    expect(picker.text).toBe("Which field do you want to change?");
    m = await press(owner, picker, "Quota places");
    expect(m.text).toContain("7/8 · Quota places.");
    const changed = await ask(owner, "3");
    expect(changed.text).toContain("Preview: subscribers will see this.");
    expect(changed.text).toContain("Новая лицензия!"); // still in the language last chosen
    expect(changed.text).toContain("3 квотных места");

    const saved = await press(owner, changed, "✅ Save and alert subscribers");
    expect(saved.text).toMatch(/^Saved as license #\d+\. The alert will reach 2 chats and starts in 60 s/);
    const licenseId = Number(/#(\d+)/.exec(saved.text)![1]);
    const [row] = await h.db.select().from(licenses).where(eq(licenses.id, licenseId));
    const named = await h.db.select().from(athletes).where(eq(athletes.createdBy, OWNER_ID));
    expect(named.map((a) => [a.nameEn, a.nameRu, a.nameKk])).toEqual([
      ["Test Boxer", "Тест Боксер", null],
      ["Test Boksiorova", "Тест Боксёрова", null],
    ]);
    expect(row).toMatchObject({
      eventEn: "Men's 51 kg",
      howWonEn: "World qualifier, final",
      wonOn: "2026-12-02",
      quotaPlaces: 3,
      createdBy: OWNER_ID,
      eventRu: "до 51 кг, мужчины",
      eventKk: null,
    });
    expect(
      await h.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(licenseId))),
    ).toHaveLength(1);

    // Nothing before the delay; then each subscriber once, in their language.
    await senderIdle(h); // the sender looked for due deliveries, twice, and found none
    for (const fan of fans) expect(fan.messages().some((x) => x.text.includes("Test Boxer"))).toBe(false);
    h.clock.set(new Date(h.clock().getTime() + 61_000));
    const [kk, ru] = await Promise.all(fans.map((fan) => fan.waitForMessage()));
    expect(kk!.text).toContain("Жаңа лицензия");
    expect(ru!.text).toContain("Новая лицензия");
    // Exactly one each, even a while later.
    await senderIdle(h); // the sender looked for due deliveries, twice, and found none
    for (const fan of fans)
      expect(
        fan.history().filter((x) => x.text.includes("Тест Боксер")),
        fan.firstName,
      ).toHaveLength(1);
  }, 60_000);

  it("Undo before the delay: the license is gone and nobody gets the alert", async () => {
    const judo = (await listSports(await loadFanData(h.db))).find((s) => s.slug === "judo")!;
    const fan = h.api.createUser({ firstName: "Dana", languageCode: "en" });
    await ask(fan, "/start");
    await subscribeToSport(h.db, fan.id, judo.id, h.clock());

    let m = await ask(owner, "/addlicense");
    m = await ask(owner, "LA 2028");
    m = await ask(owner, "judo");
    m = await press(owner, m, "Team");
    m = await press(owner, m, "Skip");
    m = await press(owner, m, "Skip");
    m = await press(owner, m, "Today");
    m = await press(owner, m, "1");
    m = await press(owner, m, "Skip");
    expect(m.text).toContain("1. National team");
    const saved = await press(owner, m, "✅ Save and alert subscribers");
    const licenseId = Number(/#(\d+)/.exec(saved.text)![1]);
    const [team] = await h.db.select().from(licenses).where(eq(licenses.id, licenseId));
    expect([team?.teamEn, team?.teamRu, team?.teamKk]).toEqual(["National team", "Сборная", "Ұлттық құрама"]);
    const { message: undone } = await pressAndEdit(owner, saved, "↩️ Undo");
    expect(undone.text).toBe(`Undone: license #${licenseId} is removed and its alert cancelled; nobody got it.`);
    h.clock.set(new Date(h.clock().getTime() + 120_000));
    await senderIdle(h); // the sender looked for due deliveries, twice, and found none
    expect(fan.messages().filter((x) => x.text.includes("New license"))).toEqual([]);
    const [row] = await h.db.select().from(licenses).where(eq(licenses.id, licenseId));
    expect(row?.deletedAt).not.toBeNull();
  });

  it("/cancel at any step saves nothing; idle for 30 minutes ends it on the next message", async () => {
    const before = await h.db.$count(licenses);
    await ask(owner, "/addlicense");
    await ask(owner, "LA 2028");
    expect((await ask(owner, "/cancel")).text).toBe("Cancelled: nothing was saved.");
    expect(await h.db.$count(licenses)).toBe(before);

    await ask(owner, "/addlicense");
    h.clock.set(new Date(h.clock().getTime() + 31 * 60_000));
    expect((await ask(owner, "LA 2028")).text).toContain("left for over 30 minutes");
    // After it ended, a plain message is a fan query again.
    expect((await ask(owner, "/licenses boxing")).text).toContain("Boxing");
  });

  it("the sport step offers that Games' programme: LA 2028 has cricket and no breaking, Milano Cortina biathlon and no boxing", async () => {
    let m = await ask(owner, "/addlicense");
    m = await press(owner, m, "Los Angeles 2028");
    expect(m.text).toContain("2/8 · Sport.");
    m = await ask(owner, "breaking");
    expect(m.text).toBe("No such sport at these Games: “breaking”. Type it again, or tap a suggestion.");
    await owner.waitForMessage(); // the question again
    m = await ask(owner, "крикет");
    expect(m.text).toContain("3/8 · Athletes.");
    expect((await ask(owner, "/cancel")).text).toBe("Cancelled: nothing was saved.");

    m = await ask(owner, "/addlicense");
    m = await ask(owner, "Milano Cortina 2026");
    expect(m.text).toContain("2/8 · Sport.");
    expect(m.buttons.flat().map((b) => b.text)).not.toContain("Boxing");
    m = await ask(owner, "boxing");
    expect(m.text).toBe("No such sport at these Games: “boxing”. Type it again, or tap a suggestion.");
    await owner.waitForMessage();
    m = await ask(owner, "биатлон");
    expect(m.text).toContain("3/8 · Athletes.");
    expect((await ask(owner, "/cancel")).text).toBe("Cancelled: nothing was saved.");
  });

  it("a likely duplicate (same Games, sport, event and athlete) is shown in the preview", async () => {
    let m = await ask(owner, "/addlicense");
    m = await ask(owner, "LA 2028");
    m = await ask(owner, "boxing");
    m = await press(owner, m, "Test Boxer"); // known now: a button of the sport's athletes
    expect(m.text).toContain("4/8 · Event.");
    m = await press(owner, m, "Men's 51 kg"); // an event already recorded in the sport
    expect(m.text).toContain("5/8 · How it was won.");
    m = await press(owner, m, "Skip");
    m = await press(owner, m, "Today");
    m = await press(owner, m, "1");
    const preview = await press(owner, m, "Skip");
    expect(preview.text).toMatch(/This looks like a license already recorded \(#\d+\): same Games, sport, event and athlete/);
    expect((await ask(owner, "/cancel")).text).toBe("Cancelled: nothing was saved.");
  });

  it("two staff members record licenses at once in their own chats, each their own", async () => {
    const editor = h.api.createUser({ firstName: "Editor", languageCode: "ru" });
    await ask(editor, "/start");
    expect((await ask(owner, `/staff add ${editor.id}`)).text).toBe(`id ${editor.id} is now an editor.`);
    const flow = async (user: LocalUser, sport: string, event: string) => {
      let m = await ask(user, "/addlicense");
      m = await ask(user, "LA 2028");
      m = await ask(user, sport);
      m = await press(user, m, user === owner ? "Team" : "Команда");
      m = await ask(user, event);
      m = await press(user, m, user === owner ? "Skip" : "Пропустить");
      m = await press(user, m, user === owner ? "Skip" : "Пропустить");
      m = await press(user, m, user === owner ? "Skip" : "Пропустить");
      m = await press(user, m, user === owner ? "Today" : "Сегодня");
      m = await press(user, m, "1");
      m = await press(user, m, user === owner ? "Skip" : "Пропустить");
      const saved = await press(user, m, user === owner ? "💾 Save without alert" : "💾 Сохранить без уведомления");
      return Number(/#(\d+)/.exec(saved.text)![1]);
    };
    const [mine, theirs] = await Promise.all([
      flow(owner, "water polo", "Men's tournament"),
      flow(editor, "водное поло", "Women's tournament"),
    ]);
    const rows = await h.db
      .select()
      .from(licenses)
      .where(inArray(licenses.id, [mine, theirs]));
    expect(rows.map((r) => [r.createdBy, r.eventEn]).sort()).toEqual(
      [
        [OWNER_ID, "Men's tournament"],
        [editor.id, "Women's tournament"],
      ].sort(),
    );
  });

  it("a fan pressing staff buttons (copied from a staff chat) or typing staff commands changes nothing", async () => {
    const fan = h.api.createUser({ firstName: "Curious", languageCode: "en" });
    const hello = await ask(fan, "/start");
    const licensesBefore = await h.db.$count(licenses);
    const auditBefore = await h.db.$count(auditLog);
    const staffButtons = owner
      .history()
      .flatMap((m) => m.buttons.flat())
      .map((b) => b.data)
      .filter((d): d is string => d !== undefined && /^al[a-z]:/.test(d));
    expect(staffButtons.some((d) => d.startsWith("alu:"))).toBe(true);
    for (const data of [...new Set(staffButtons)]) {
      const answer = await fan.press(hello, { data });
      // A conversation's buttons mean nothing outside it; Undo says who it is for.
      const expected = data.startsWith("alu:")
        ? "This command is for the team's staff."
        : "This button is out of date. Send /start for fresh ones.";
      expect(answer.text, data).toBe(expected);
    }
    for (const command of ["/addlicense", "/staff add 1", "/broadcasts"]) {
      expect((await ask(fan, command)).text, command).toBe("This command is for the team's staff.");
    }
    expect(await h.db.$count(licenses)).toBe(licensesBefore);
    expect(await h.db.$count(auditLog)).toBe(auditBefore);
  });

  it("fans are refused, and in a group staff are sent to the private chat", async () => {
    const fan = h.api.createUser({ firstName: "Fan", languageCode: "ru" });
    expect((await ask(fan, "/addlicense")).text).toBe("Эта команда — для сотрудников команды.");
    const group = h.api.createGroup({ title: "Team", members: [owner, fan] });
    expect((await ask(owner, "/addlicense", { chat: group })).text).toContain("private chat with the bot");
  });
});
