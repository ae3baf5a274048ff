// Plain words end to end, through the local Bot API server: a sport or its few candidates as
// buttons, a name that is nothing, questions in three languages, greetings, the main menu.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { ask, type BotHarness, buttonTexts, pressAndEdit, startBotHarness } from "../helpers/bot.js";

// 6 December 2026: Milano Cortina 2026 is over, LA 2028 qualification has begun.
const NOW = "2026-12-06T09:00:00Z";

let h: BotHarness;
let ru: LocalUser;
let kk: LocalUser;
let en: LocalUser;

beforeAll(async () => {
  // Privacy mode off: the bot receives all group chatter and has to ignore it itself.
  h = await startBotHarness({ now: NOW, privacyMode: false });
  ru = h.api.createUser({ firstName: "Иван", languageCode: "ru" });
  kk = h.api.createUser({ firstName: "Әйгерім", languageCode: "kk" });
  en = h.api.createUser({ firstName: "Aru", languageCode: "en" });
});

afterAll(async () => {
  await h?.stop();
});

describe("a sport by its name, or its few candidates", () => {
  it("биатлон is biathlon, never triathlon", async () => {
    const m = await ask(ru, "биатлон");
    expect(m.text).toMatch(/биатлон/i);
    expect(m.text).not.toMatch(/триатлон/i);
    const latin = await ask(en, "biatlon");
    expect(latin.text).toMatch(/biathlon/i);
    expect(latin.text).not.toMatch(/triathlon/i);
  });

  it("хоккей offers ice hockey and field hockey; pressing one shows that sport", async () => {
    const m = await ask(ru, "хоккей");
    expect(m.text).toBe("«хоккей» подходит к нескольким видам спорта. Какой именно?");
    expect(buttonTexts(m).sort()).toEqual(["Хоккей на траве", "Хоккей с шайбой"]);
    const ice = await pressAndEdit(ru, m, "Хоккей с шайбой");
    expect(ice.message.text).toMatch(/хоккей с шайбой/i);
    expect(ice.message.text).not.toContain("на траве");
  });

  it("a word that is nothing says so, naming it, with what to try and the menu", async () => {
    const m = await ask(en, "qwzx");
    expect(m.text).toContain("I found no sport or athlete called “qwzx”.");
    expect(m.text).toContain("when are the Olympics?");
    expect(buttonTexts(m)).toContain("🥇 Medals");
    const k = await ask(kk, "qwzx");
    expect(k.text).toContain("«qwzx» деген спорт түрі де, спортшы да табылмады.");
    const html = await ask(ru, "<b>qwzx</b> & co");
    expect(html.text).toContain("«<b>qwzx</b> & co»");
    expect(html.entities.some((e) => e.type === "bold")).toBe(false);
  });

  it("a slip close to a sport suggests it instead of answering with it", async () => {
    const m = await ask(en, "boxxinngg");
    expect(m.text).toBe("I couldn't find “boxxinngg”. Did you mean:");
    expect(buttonTexts(m)).toEqual(["Boxing"]);
  });
});

describe("questions in plain words", () => {
  it("когда олимпиада? / олимпиада қашан? / when are the Olympics → the countdown", async () => {
    const countdown = (await ask(ru, "/countdown")).text;
    expect((await ask(ru, "когда олимпиада?")).text).toBe(countdown);
    expect((await ask(ru, "Сколько дней до олимпиады")).text).toBe(countdown);
    const kkCountdown = (await ask(kk, "/countdown")).text;
    expect((await ask(kk, "олимпиада қашан?")).text).toBe(kkCountdown);
    const enCountdown = (await ask(en, "/countdown")).text;
    expect((await ask(en, "When are the Olympics?")).text).toBe(enCountdown);
  });

  it("медали / медальдар / medals → what /medals shows", async () => {
    const medals = await ask(ru, "/medals");
    const asked = await ask(ru, "медали");
    expect(asked.text).toBe(medals.text);
    expect(buttonTexts(asked)).toEqual(buttonTexts(medals));
    expect((await ask(ru, "сколько медалей?")).text).toBe(medals.text);
    expect((await ask(kk, "медальдар")).text).toBe((await ask(kk, "/medals")).text);
    expect((await ask(en, "medals")).text).toBe((await ask(en, "/medals")).text);
    expect((await ask(en, "paralympic medals")).text).toBe((await ask(en, "/medals paralympic")).text);
  });

  it.each([
    ["ru", "привет", "Здравствуйте, Иван!", ["🏅 Лицензии", "🥇 Медали", "📅 Расписание", "⏳ Отсчёт", "🔔 Подписки", "🌐 Язык"]],
    ["kk", "сәлем", "Сәлеметсіз бе, Әйгерім!", ["🏅 Лицензиялар", "🥇 Медальдар", "📅 Кесте", "⏳ Кері санақ", "🔔 Жазылымдар", "🌐 Тіл"]],
    [
      "kk",
      "ассалаумағалейкум",
      "Сәлеметсіз бе, Әйгерім!",
      ["🏅 Лицензиялар", "🥇 Медальдар", "📅 Кесте", "⏳ Кері санақ", "🔔 Жазылымдар", "🌐 Тіл"],
    ],
    ["en", "hello", "Hello, Aru!", ["🏅 Licenses", "🥇 Medals", "📅 Schedule", "⏳ Countdown", "🔔 Subscriptions", "🌐 Language"]],
  ] as const)("a greeting (%s %j) gets the main menu", async (lang, text, greeting, buttons) => {
    const user = lang === "ru" ? ru : lang === "kk" ? kk : en;
    const m = await ask(user, text);
    expect(m.text).toContain(greeting);
    expect(buttonTexts(m)).toEqual(buttons);
  });

  it("the menu's Medals and Subscriptions buttons open those screens", async () => {
    const menu = await ask(en, "hi");
    const medals = await pressAndEdit(en, menu, "🥇 Medals");
    expect(medals.message.text).toBe((await ask(en, "/medals")).text);
    const menu2 = await ask(en, "hi");
    const settings = await pressAndEdit(en, menu2, "🔔 Subscriptions");
    expect(settings.message.text).toBe((await ask(en, "/settings")).text);
  });

  it("in a group, only what is addressed to the bot is answered", async () => {
    const group = h.api.createGroup({ title: "Fans", members: [en] });
    const bot = h.botUser.username;
    const before = en.history({ chat: group }).length;
    await en.send("когда олимпиада?", { chat: group });
    await en.send("хоккей", { chat: group });
    await en.send("hello", { chat: group });
    const answer = await ask(en, `@${bot} medals`, { chat: group });
    expect(answer.text).toBe((await ask(en, "/medals")).text);
    // Only the addressed question was answered in the group.
    expect(en.history({ chat: group }).length).toBe(before + 1);
  });
});
