/**
 * Fans' result subscriptions end to end: the shortcuts (/subscribe medals, in three languages), the
 * settings' list of sports (several ticked in one visit, paged, summer and winter), and the button
 * under every alert that stops what it is about in the chat it is pressed in, and brings it back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalChat, LocalUser } from "../../local-api/index.js";
import { createBroadcast } from "../../src/domain/broadcasts.js";
import { findGames, listSports, loadFanData } from "../../src/domain/fan-data.js";
import { upcomingGames } from "../../src/domain/games.js";
import { recordLicense } from "../../src/domain/license-records.js";
import { type NewResult, recordResult } from "../../src/domain/result-records.js";
import { getSubscription, type Subscription, subscribeToSport, updateSubscription } from "../../src/domain/subscriptions.js";
import type { Sport } from "../../src/domain/types.js";
import { ask, type BotHarness, buttonTexts, failedCalls, pressAndEdit, senderIdle, startBotHarness } from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
const STALE = "This button is out of date. Send /start for fresh ones.";
const OUTDATED = "These settings changed after this menu was sent. Here they are as they are now.";
const NOT_ADMIN = "Only administrators of this group can change its settings.";

let h: BotHarness;
let milan: number;
let paris: number;
let la: number;
let sports: Sport[];
const sport = (slug: string): Sport => {
  const found = sports.find((s) => s.slug === slug);
  if (!found) throw new Error(`no sport ${slug}`);
  return found;
};
const stored = (chat: { id: number }): Promise<Subscription> => getSubscription(h.db, chat.id);
const user = (firstName: string, languageCode = "en"): LocalUser => h.api.createUser({ firstName, languageCode });
const dataOf = (m: BotMessage, label: string): string => {
  const data = m.buttons.flat().find((b) => b.text === label)?.data;
  if (!data) throw new Error(`no button "${label}" in ${JSON.stringify(buttonTexts(m))}`);
  return data;
};

beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-06T10:00:00Z" });
  const data = await loadFanData(h.db);
  milan = findGames(data, "milano-cortina-2026-olympic")!.id;
  paris = findGames(data, "paris-2024-olympic")!.id;
  la = findGames(data, "la-2028-olympic")!.id;
  sports = listSports(data);
});
afterAll(async () => h?.stop());

let results = 0;
/** A result saved as the staff flow saves it (at Paris 2024 or Milan 2026, by season), its alert due at once. */
async function saveResult(slug: string, medal: "gold" | "silver" | null): Promise<void> {
  const n = ++results;
  const winter = sport(slug).season === "winter";
  const input: NewResult = {
    draftKey: `subs-${n}`,
    gamesId: winter ? milan : paris,
    sportId: sport(slug).id,
    medal,
    placing: medal ? null : { en: "4th", ru: "4-е место", kk: "4-орын" },
    event: { en: `Test event ${n}`, ru: `Тестовый вид ${n}`, kk: `Тест сайысы ${n}` },
    athleteIds: [],
    newAthletes: [{ en: `Test Athlete ${n}`, ru: `Тест Спортсмен ${n}`, kk: `Тест Спортшы ${n}` }],
    team: null,
    wonOn: winter ? "2026-02-16" : "2024-08-01",
    source: null,
  };
  await recordResult(h.app.readModel, OWNER_ID, input, h.clock(), { alert: true, alertDelayMs: 0 });
}

describe("shortcuts", () => {
  it("/subscribe medals and /subscribe results in English, Russian and Kazakh; the words are never looked up as sports", async () => {
    const cases = [
      {
        lang: "en",
        medals: "/subscribe medals",
        all: "/subscribe Results",
        off: "/unsubscribe medal",
        on: "✅ Medal alerts on.",
        offNote: "✅ No more result alerts.",
      },
      {
        lang: "ru",
        medals: "/subscribe медали",
        all: "/subscribe результаты",
        off: "/unsubscribe Медаль",
        on: "✅ Уведомления о медалях включены.",
        offNote: "✅ Уведомлений о результатах больше не будет.",
      },
      {
        lang: "kk",
        medals: "/subscribe медальдар",
        all: "/subscribe нәтижелер",
        off: "/unsubscribe медаль",
        on: "✅ Медальдар туралы хабарламалар қосылды.",
        offNote: "✅ Нәтижелер туралы хабарламалар енді келмейді.",
      },
    ] as const;
    for (const c of cases) {
      const fan = user(`Shortcut ${c.lang}`, c.lang);
      const medals = await ask(fan, c.medals);
      expect(medals.text, c.lang).toContain(c.on);
      expect(await stored(fan), c.lang).toMatchObject({ results: "medals", alerts: "off", sportIds: [] });

      const all = await ask(fan, c.all);
      expect((await stored(fan)).results, c.lang).toBe("all");
      // Medals are among every result: asking for them again keeps every result.
      const again = await ask(fan, c.medals);
      expect(again.text, c.lang).not.toBe(all.text);
      expect((await stored(fan)).results, c.lang).toBe("all");

      const off = await ask(fan, c.off);
      expect((await stored(fan)).results, c.lang).toBe("off");
      expect(off.text, c.lang).toContain(c.offNote);
    }
  });

  it("English answers in full: results follow the chosen sports; /unsubscribe all stops them too", async () => {
    const erlan = user("Erlan");
    await ask(erlan, "/subscribe boxing");
    const medals = await ask(erlan, "/subscribe medals");
    expect(medals.text).toBe(
      [
        "✅ Medal alerts on.",
        "",
        "🔔 This chat's subscriptions",
        "🏅 New licenses: Boxing (Olympic and Paralympic Games).",
        "🎯 Qualification events: a reminder the day before and the outcome, for the same sports.",
        "🥇 Results: medals in Boxing (Olympic and Paralympic Games).",
        "⏳ Countdown: off.",
        "🌐 Language: as in Telegram (now English).",
        "",
        "All settings: /settings",
      ].join("\n"),
    );
    expect((await ask(erlan, "/subscribe results")).text).toContain("✅ Alerts on for every result: medals and placings.");
    expect((await ask(erlan, "/subscribe medals")).text).toContain("✅ This chat already gets every result, medals included.");
    // A sport's name still means the sport.
    expect((await ask(erlan, "/subscribe judo")).text).toContain("✅ Alerts on for Judo.");
    const off = await ask(erlan, "/unsubscribe all");
    expect(off.text).toContain("🥇 Results: no alerts.");
    expect(await stored(erlan)).toMatchObject({ alerts: "off", results: "off", countdown: "off" });
    // A chat whose chosen sports are all gone gets medals of every sport when it asks for medals.
    const nurlan = user("Nurlan");
    await ask(nurlan, "/subscribe boxing");
    await ask(nurlan, "/unsubscribe boxing");
    expect((await ask(nurlan, "/subscribe medals")).text).toContain("🥇 Results: medals, every sport");
    expect(failedCalls(h.api)).toEqual([]);
  });
});

describe("the list of sports in the settings", () => {
  it("three sports ticked in one visit (two pages, summer and winter); a result in one alerts, one in another sport does not", async () => {
    const dana = user("Dana");
    const settings = await ask(dana, "/settings");
    // The Games next to come are LA 2028: the summer Olympic sports first, by name, 12 a page.
    let list = (await pressAndEdit(dana, settings, "🏅 Chosen (0)")).message;
    expect(list.message_id).toBe(settings.message_id);
    expect(list.text).toContain("🏅 Sports for alerts");
    expect(list.text).toContain("Nothing ticked yet.");
    expect(buttonTexts(list).slice(0, 8)).toEqual([
      "▸ ☀️ Olympic",
      "❄️ Olympic",
      "☀️ Paralympic",
      "❄️ Paralympic",
      "Aquatics",
      "Archery",
      "Artistic gymnastics",
      "Artistic swimming",
    ]);
    expect(buttonTexts(list).slice(-4)).toEqual(["Breaking", "1/5", "▶️", "✅ Done"]);
    for (const b of list.buttons.flat()) expect(Buffer.byteLength(b.data ?? "")).toBeLessThanOrEqual(64);

    list = (await pressAndEdit(dana, list, "Boxing")).message;
    expect(buttonTexts(list)).toContain("✓ Boxing");
    expect(list.text).toContain("Ticked: Boxing.");
    // Ticking is choosing: the chat's alerts are now those of its chosen sports.
    expect(await stored(dana)).toMatchObject({ alerts: "chosen", sportIds: [sport("boxing").id] });

    for (let page = 2; page <= 5; page++) {
      list = (await pressAndEdit(dana, list, "▶️")).message;
      expect(buttonTexts(list), `page ${page}`).toContain(`${page}/5`);
    }
    const page = await dana.press(list, "5/5");
    expect(page.text).toBe("This is the page number. Turn pages with ◀️ and ▶️.");
    list = (await pressAndEdit(dana, list, "Wrestling")).message;
    list = (await pressAndEdit(dana, list, "❄️ Olympic")).message;
    expect(buttonTexts(list).slice(0, 4)).toEqual(["☀️ Olympic", "▸ ❄️ Olympic", "☀️ Paralympic", "❄️ Paralympic"]);
    list = (await pressAndEdit(dana, list, "Figure skating")).message;
    expect(list.text).toContain("Ticked: Boxing, Figure skating, Wrestling.");

    const done = (await pressAndEdit(dana, list, "✅ Done")).message;
    expect(done.message_id).toBe(settings.message_id);
    expect(done.text).toContain("🏅 New licenses: Boxing, Figure skating, Wrestling (Olympic and Paralympic Games).");
    expect(buttonTexts(done)).toContain("✓ 🏅 Chosen (3)");
    const medals = (await pressAndEdit(dana, done, "🥇 Medals")).message;
    expect(medals.text).toContain("🥇 Results: medals in Boxing, Figure skating, Wrestling (Olympic and Paralympic Games).");
    expect(await stored(dana)).toMatchObject({
      alerts: "chosen",
      results: "medals",
      sportIds: [sport("boxing").id, sport("wrestling").id, sport("figure-skating").id].sort((a, b) => a - b),
    });

    const before = dana.history().length;
    await saveResult("speed-skating", "gold");
    await saveResult("figure-skating", "silver");
    const alert = await dana.waitForMessage({ timeoutMs: 20_000 });
    expect(alert.text).toContain("🥈 Silver!");
    expect(alert.text).toContain("Figure skating");
    await senderIdle(h);
    expect(dana.history().length).toBe(before + 1);
    expect(failedCalls(h.api)).toEqual([]);
  });

  it("Russian and Kazakh: the groups, the sports by name in the language, Done", async () => {
    const ivan = user("Иван", "ru");
    const ru = (await pressAndEdit(ivan, await ask(ivan, "/settings"), "🏅 Выбранные (0)")).message;
    expect(ru.text).toContain("🏅 Виды спорта для уведомлений");
    expect(buttonTexts(ru).slice(0, 6)).toEqual([
      "▸ ☀️ Олимпийские",
      "❄️ Олимпийские",
      "☀️ Паралимпийские",
      "❄️ Паралимпийские",
      "Академическая гребля",
      "Артистическое плавание",
    ]);
    const ticked = (await pressAndEdit(ivan, ru, "Бокс")).message;
    expect(ticked.text).toContain("Отмечено: бокс.");
    expect(buttonTexts(ticked)).toContain("✅ Готово");

    const bek = user("Бек", "kk");
    const kk = (await pressAndEdit(bek, await ask(bek, "/settings"), "🏅 Таңдалғандар (0)")).message;
    expect(kk.text).toContain("🏅 Хабарламаларға арналған спорт түрлері");
    expect(buttonTexts(kk).slice(0, 6)).toEqual([
      "▸ ☀️ Олимпиада",
      "❄️ Олимпиада",
      "☀️ Паралимпиада",
      "❄️ Паралимпиада",
      "Академиялық ескек есу",
      "Ат спорты",
    ]);
    const winter = (await pressAndEdit(bek, kk, "❄️ Олимпиада")).message;
    expect((await pressAndEdit(bek, winter, "Мәнерлеп сырғанау")).message.text).toContain("Белгіленгені: мәнерлеп сырғанау.");
  });

  it("a press on a list shown before a change is redrawn where it was; forged pages are stale; nothing changes", async () => {
    const ali = user("Ali");
    const list = (await pressAndEdit(ali, await ask(ali, "/settings"), "🏅 Chosen (0)")).message;
    await ask(ali, "/subscribe boxing");
    const redrawn = ali.waitForEdit(list);
    expect((await ali.press(list, "Boxing")).text).toBe(OUTDATED);
    expect(buttonTexts(await redrawn)).toContain("✓ Boxing");
    expect((await stored(ali)).sportIds).toEqual([sport("boxing").id]);
    for (const data of [
      "sub-sp/2/0/zz9/habcd",
      "sub-sp/2/0//habcd",
      "sub-sp/2/0/os123/habcd",
      "sub-sp/2/0/os0/",
      "alc:r:s:999999",
      "alc:c:s:1",
      "als:1",
    ]) {
      expect((await ali.press(list, { data })).text, data).toBe(STALE);
    }
    expect((await stored(ali)).sportIds).toEqual([sport("boxing").id]);
    expect(failedCalls(h.api)).toEqual([]);
  });
});

describe("the button under every alert", () => {
  it("a chosen sport's medal alert: stop that sport (the card's caption says so), again changes nothing, undo brings it back", async () => {
    const aru = user("Aru");
    await ask(aru, "/subscribe figure skating");
    await ask(aru, "/subscribe boxing");
    await ask(aru, "/subscribe medals");
    await saveResult("figure-skating", "gold");
    const alert = await aru.waitForMessage({ timeoutMs: 20_000 });
    expect(alert.photo).toBeDefined();
    expect(buttonTexts(alert)).toEqual(["🔕 Stop alerts: Figure skating", "⚙️ Settings"]);
    const stopData = dataOf(alert, "🔕 Stop alerts: Figure skating");

    const stopped = await pressAndEdit(aru, alert, "🔕 Stop alerts: Figure skating");
    const note =
      "🔕 No more alerts for Figure skating in this chat: neither new licenses nor results. The button below turns them back on.";
    expect(stopped.answer.text).toBe(note);
    expect(stopped.message.photo).toEqual(alert.photo);
    expect(stopped.message.text).toBe(`${alert.text}\n\n${note}`);
    expect(stopped.message.entities.at(-1)).toMatchObject({ type: "italic", length: note.length });
    expect(buttonTexts(stopped.message)).toEqual(["🔔 Alerts back on: Figure skating", "⚙️ Settings"]);
    expect(await stored(aru)).toMatchObject({ alerts: "chosen", results: "medals", sportIds: [sport("boxing").id] });

    // The same stop again (a second copy of the button): nothing changes.
    expect((await aru.press(stopped.message, { data: stopData })).text).toBe("Nothing changed: these alerts were already off.");
    expect(await stored(aru)).toMatchObject({ sportIds: [sport("boxing").id] });

    // A figure-skating result no longer reaches this chat; a boxing one would.
    const before = aru.history().length;
    await saveResult("figure-skating", "gold");
    await senderIdle(h);
    expect(aru.history().length).toBe(before);

    const back = await pressAndEdit(aru, stopped.message, "🔔 Alerts back on: Figure skating");
    expect(back.answer.text).toBe("🔔 Alerts for Figure skating are back on.");
    expect(back.message.text).toBe(alert.text);
    expect(buttonTexts(back.message)).toEqual(["🔕 Stop alerts: Figure skating", "⚙️ Settings"]);
    expect((await stored(aru)).sportIds).toEqual([sport("boxing").id, sport("figure-skating").id].sort((a, b) => a - b));

    // Settings: the menu as a message of its own; the alert stays.
    const menu = aru.waitForMessage();
    await aru.press(back.message, "⚙️ Settings");
    expect((await menu).text).toContain("🔔 This chat's subscriptions");
    expect(aru.messages().find((m) => m.message_id === alert.message_id)?.photo).toBeDefined();
    expect(failedCalls(h.api)).toEqual([]);
  });

  it("every sport's medals: 'Stop medal alerts'; a text alert (a placing, every result) in Russian; a license alert", async () => {
    const bolat = user("Bolat");
    await ask(bolat, "/subscribe medals");
    await saveResult("boxing", "gold");
    const medal = await bolat.waitForMessage({ timeoutMs: 20_000 });
    expect(buttonTexts(medal)).toEqual(["🔕 Stop medal alerts", "⚙️ Settings"]);
    const stopped = await pressAndEdit(bolat, medal, "🔕 Stop medal alerts");
    expect(stopped.message.text).toContain("🔕 No more medal alerts in this chat.");
    expect((await stored(bolat)).results).toBe("off");
    const back = await pressAndEdit(bolat, stopped.message, "🔔 Medal alerts back on");
    expect(back.message.text).toBe(medal.text);
    expect((await stored(bolat)).results).toBe("medals");

    const olga = user("Ольга", "ru");
    await ask(olga, "/subscribe результаты");
    await saveResult("judo", null);
    const placing = await olga.waitForMessage({ timeoutMs: 20_000 });
    expect(placing.photo).toBeUndefined();
    expect(buttonTexts(placing)).toEqual(["🔕 Отключить уведомления о результатах", "⚙️ Настройки"]);
    const off = await pressAndEdit(olga, placing, "🔕 Отключить уведомления о результатах");
    expect(off.message.text).toBe(`${placing.text}\n\n🔕 Уведомления о результатах в этом чате отключены. Кнопка ниже включит их снова.`);
    // Bold stays bold: the alert's formatting is kept.
    expect(off.message.entities.filter((e) => e.type === "bold")).toEqual(placing.entities.filter((e) => e.type === "bold"));
    expect(buttonTexts(off.message)).toEqual(["🔔 Снова присылать результаты", "⚙️ Настройки"]);
    await pressAndEdit(olga, off.message, "🔔 Снова присылать результаты");
    expect((await stored(olga)).results).toBe("all"); // every result, as it was

    const timur = user("Timur");
    await ask(timur, "/subscribe all");
    await recordLicense(
      h.app.readModel,
      OWNER_ID,
      {
        gamesId: la,
        sportId: sport("boxing").id,
        athleteIds: [],
        newAthletes: [{ en: "Control Boxer" }],
        team: null,
        event: null,
        howWon: null,
        wonOn: "2026-12-01",
        quotaPlaces: 1,
        source: null,
      },
      h.clock(),
      0,
    );
    const license = await timur.waitForMessage({ timeoutMs: 20_000 });
    expect(buttonTexts(license).slice(-2)).toEqual(["🔕 Stop license alerts", "⚙️ Settings"]);
    const licenseOff = await pressAndEdit(timur, license, "🔕 Stop license alerts");
    expect(licenseOff.message.text).toContain("🔕 No more license alerts in this chat.");
    // Its own buttons stay, the stop becomes the undo.
    expect(buttonTexts(licenseOff.message).slice(-2)).toEqual(["🔔 License alerts back on", "⚙️ Settings"]);
    expect(buttonTexts(licenseOff.message).length).toBe(buttonTexts(license).length);
    expect((await stored(timur)).alerts).toBe("off");
    expect(failedCalls(h.api)).toEqual([]);
  });

  it("the pushed countdown: stop it, and bring it back at its cadence", async () => {
    const asel = user("Asel", "kk");
    await ask(asel, "/start");
    await updateSubscription(h.db, asel.id, { countdown: "daily" }, h.clock());
    // Today's daily countdown, as the cron makes it (its own key: the start-up catch-up made today's).
    const games = upcomingGames((await loadFanData(h.db)).catalog.games, h.clock());
    await createBroadcast(
      h.db,
      {
        dedupeKey: "test-countdown-asel",
        kind: "countdown",
        payload: { gamesIds: games.map((g) => g.id) },
        audience: { type: "countdown", cadence: "daily" },
      },
      h.clock(),
    );
    const countdown = await asel.waitForMessage({ timeoutMs: 20_000 });
    expect(buttonTexts(countdown).slice(-2)).toEqual(["🔕 Кері санақты өшіру", "⚙️ Баптаулар"]);
    const off = await pressAndEdit(asel, countdown, "🔕 Кері санақты өшіру");
    expect(off.answer.text).toBe("🔕 Бұл чатта кері санақ еске салғыштары өшірілді. Төмендегі батырма оларды қайта қосады.");
    expect((await stored(asel)).countdown).toBe("off");
    await pressAndEdit(asel, off.message, "🔔 Кері санақты қайта қосу");
    expect((await stored(asel)).countdown).toBe("daily");
  });

  it("buttons act on the chat they are pressed in: a copied button changes nothing of its owner's, and nothing of the presser's it is not about", async () => {
    const owner = user("Owner");
    const other = user("Other");
    for (const fan of [owner, other]) await ask(fan, "/start");
    for (const fan of [owner, other]) await subscribeToSport(h.db, fan.id, sport("wrestling").id, h.clock());
    await updateSubscription(h.db, owner.id, { results: "medals" }, h.clock());
    await ask(other, "/subscribe medals");
    await subscribeToSport(h.db, owner.id, sport("judo").id, h.clock());
    await saveResult("judo", "gold");
    const ownersAlert = await owner.waitForMessage({ timeoutMs: 20_000 });
    const stopJudo = dataOf(ownersAlert, "🔕 Stop alerts: Judo");

    // Other follows wrestling only: Owner's "stop judo" pressed in Other's chat has nothing to stop.
    const othersMessage = await ask(other, "/settings");
    const answer = await other.press(othersMessage, { data: stopJudo });
    expect(answer.text).toBe("Nothing changed: these alerts were already off.");
    expect(await stored(other)).toMatchObject({ sportIds: [sport("wrestling").id], results: "medals" });
    expect((await stored(owner)).sportIds).toContain(sport("judo").id);
    // Another user cannot press a button in Owner's chat at all.
    await expect(other.press(ownersAlert, "🔕 Stop alerts: Judo")).rejects.toThrow();

    // Owner's chat since switched to every sport: the old button changes nothing and becomes the right one.
    await ask(owner, "/subscribe all");
    const changed = await pressAndEdit(owner, ownersAlert, "🔕 Stop alerts: Judo");
    expect(changed.answer.text).toBe("This chat's settings changed after this alert: the button now shows what applies.");
    expect(buttonTexts(changed.message)).toEqual(["🔕 Stop medal alerts", "⚙️ Settings"]);
    expect(await stored(owner)).toMatchObject({ alerts: "all", results: "medals" });
  });

  it("a discipline's alert in a chat that follows its sport offers to stop the whole sport first", async () => {
    const kairat = user("Kairat");
    await ask(kairat, "/subscribe freestyle skiing");
    await ask(kairat, "/subscribe medals");
    await saveResult("freestyle-moguls", "gold");
    const alert = await kairat.waitForMessage({ timeoutMs: 20_000 });
    expect(buttonTexts(alert)[0]).toBe("🔕 Stop alerts: Freestyle moguls");
    const asked = await pressAndEdit(kairat, alert, "🔕 Stop alerts: Freestyle moguls");
    expect(asked.answer.text).toContain("This chat follows all of Freestyle skiing");
    expect(buttonTexts(asked.message)[0]).toBe("🔕 Stop alerts: Freestyle skiing");
    expect((await stored(kairat)).sportIds).toEqual([sport("freestyle-skiing").id]);
    const stopped = await pressAndEdit(kairat, asked.message, "🔕 Stop alerts: Freestyle skiing");
    expect(stopped.message.text).toContain("🔕 No more alerts for Freestyle skiing in this chat");
    expect((await stored(kairat)).sportIds).toEqual([]);
    await pressAndEdit(kairat, stopped.message, "🔔 Alerts back on: Freestyle skiing");
    expect((await stored(kairat)).sportIds).toEqual([sport("freestyle-skiing").id]);
  });

  describe("in a group", () => {
    let group: LocalChat;
    let admin: LocalUser;
    let member: LocalUser;

    beforeAll(() => {
      admin = user("Admin");
      member = user("Member");
      group = h.api.createGroup({ title: "Skating fans", members: [admin, member] });
    });

    it("only administrators stop a group's alerts; a member's press changes nothing", async () => {
      const bot = h.botUser.username;
      await ask(admin, `/subscribe@${bot} figure skating`, { chat: group, timeoutMs: 20_000 });
      await ask(admin, `/subscribe@${bot} medals`, { chat: group, timeoutMs: 20_000 });
      await saveResult("figure-skating", "gold");
      // The administrator has seen the answers to the commands: the next message is the alert.
      const alert = await admin.waitForMessage({ chat: group, timeoutMs: 30_000 });
      const refused = await member.press(alert, "🔕 Stop alerts: Figure skating");
      expect(refused.text).toBe(NOT_ADMIN);
      expect((await getSubscription(h.db, group.id)).sportIds).toEqual([sport("figure-skating").id]);
      const stopped = await pressAndEdit(admin, alert, "🔕 Stop alerts: Figure skating");
      expect(stopped.message.text).toContain("🔕 No more alerts for Figure skating in this chat");
      expect((await getSubscription(h.db, group.id)).sportIds).toEqual([]);
    }, 60_000);
  });
});
