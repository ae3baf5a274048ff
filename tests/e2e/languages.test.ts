import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, type BotHarness, buttonTexts, eventually, pressAndEdit, startBotHarness } from "../helpers/bot.js";

const DURING_PARIS = "2024-07-28T10:00:00Z";

let h: BotHarness;

beforeAll(async () => {
  h = await startBotHarness({ now: DURING_PARIS });
});

afterAll(async () => {
  await h?.stop();
});

describe("language follows Telegram, then the chat's choice", () => {
  it("answers a Russian-speaking user in Russian, with Russian plurals, dates and sport names", async () => {
    const ivan = h.api.createUser({ firstName: "Иван", languageCode: "ru" });
    const start = await ask(ivan, "/start");
    expect(start.text).toContain("Здравствуйте, Иван!");
    expect(buttonTexts(start)).toEqual(["🏅 Лицензии", "🥇 Медали", "📅 Расписание", "⏳ Отсчёт", "🔔 Подписки", "🌐 Язык"]);

    const summary = await ask(ivan, "/licenses");
    expect(summary.text).toContain("Олимпийские игры «Париж 2024»");
    expect(summary.text).toContain("В списке: 4 лицензии в 3 видах спорта.");
    expect(summary.text).toContain("Официально сообщалось:\n• 26 марта 2024 г.: 31 лицензия в 11 видах спорта («zakon.kz»)");
    expect(summary.text).toContain("• 21 июня 2024 г.: 78 лицензий в 22 видах спорта («inform.kz»)");
    // During the Games the list may still grow: "ещё".
    expect(summary.text).toContain("Здесь перечислены ещё не все.");
    expect(summary.text).toContain("Цель: более 90 лицензий — 92 на 26 июля 2024 г.");
    expect(summary.text).toContain("• Бокс — 2");

    const boxing = await ask(ivan, "/licenses бокс");
    expect(boxing.text).toContain("Бокс — Олимпийские игры «Париж 2024»");
    expect(boxing.text).toContain("\n2 лицензии\n");

    const countdown = await ask(ivan, "/countdown");
    expect(countdown.text).toContain("день 3 из 17");
    expect(countdown.text).toContain("до открытия 31 день");

    const schedule = await ask(ivan, "/schedule сегодня");
    expect(schedule.text).toContain("сегодня 28 июля 2024 г. по местному времени (Париж), день 3 из 17");
    expect(schedule.text).toContain("Бокс");
  });

  it('a Russian date at the end of a sentence keeps one period ("2024 г.", never "г..")', async () => {
    const olga = h.api.createUser({ firstName: "Ольга", languageCode: "ru" });
    try {
      h.clock.set("2024-06-01T12:00:00Z");
      const before = await ask(olga, "/schedule");
      expect(before.text).toContain("Открытие Игр — 26 июля 2024 г.");

      h.clock.set("2026-11-25T12:00:00Z");
      const over = await ask(olga, "/schedule сегодня");
      expect(over.text).toContain("15 марта 2026 г. завершились Зимние Паралимпийские игры «Милан — Кортина-д’Ампеццо 2026».");
      expect(over.text).toContain("Далее: 14 июля 2028 г. откроются Олимпийские игры «Лос-Анджелес 2028». Подробнее: /countdown");
      // With no Games named, the next one; named, Paris, spoken of in the past.
      const next = await ask(olga, "/schedule");
      expect(next.text).toContain("Открытие Игр — 14 июля 2028 г.");
      const schedule = await ask(olga, "/schedule париж");
      expect(schedule.text).toContain("11 августа 2024 г. завершились Олимпийские игры «Париж 2024».");
      for (const m of [before, over, next, schedule]) expect(m.text).not.toMatch(/г\.\./);
    } finally {
      h.clock.set(DURING_PARIS);
    }
  });

  it("answers a Kazakh-speaking user in Kazakh", async () => {
    const aigerim = h.api.createUser({ firstName: "Әйгерім", languageCode: "kk" });
    const start = await ask(aigerim, "/start");
    expect(start.text).toContain("Сәлеметсіз бе, Әйгерім!");
    const summary = await ask(aigerim, "/licenses");
    expect(summary.text).toContain("«Париж 2024» Олимпиада ойындары");
    expect(summary.text).toContain("Қазақстан құрамасының лицензиялары");
    expect(summary.text).toContain("Тізімде: 3 спорт түрі бойынша 4 лицензия.");
    expect(summary.text).toContain("Мақсат: 90 лицензиядан астам; алынғаны: 92 (2024 ж. 26 шілде).");
    expect(summary.text).toContain("Ресми мәліметтер:");
    expect(summary.text).toContain("14 спорт түрі бойынша 43 лицензия («Astana Times»)");
    // "Only part of them is listed here" (not the ambiguous "all of them are not in the list").
    expect(summary.text).toContain("Бұл тізімде олардың бір бөлігі ғана бар.");
    const schedule = await ask(aigerim, "/schedule бүгін");
    expect(schedule.text).toContain("17 күннің 3-күні");
    expect(schedule.text).toMatch(/28 шілде/);
    const countdown = await ask(aigerim, "/countdown");
    expect(countdown.text).toContain("ашылуына 31 күн қалды");
  });

  it("falls back to English for other languages and regional codes map to their base", async () => {
    const hans = h.api.createUser({ firstName: "Hans", languageCode: "de" });
    expect((await ask(hans, "/start")).text).toContain("Hello, Hans!");
    const olga = h.api.createUser({ firstName: "Olga", languageCode: "ru-RU" });
    expect((await ask(olga, "/start")).text).toContain("Здравствуйте, Olga!");
    const nobody = h.api.createUser({ firstName: "Anon" });
    expect((await ask(nobody, "/start")).text).toContain("Hello, Anon!");
  });

  it("/language stores the choice per chat and the next answers use it; 'Telegram's language' resets it", async () => {
    const dana = h.api.createUser({ firstName: "Dana", languageCode: "en" });
    const menu = await ask(dana, "/language");
    expect(menu.text).toContain("Current language: English");
    expect(buttonTexts(menu)).toEqual(["English", "Русский", "Қазақша", "✓ 🔄 Telegram's language"]);

    const { message: set } = await pressAndEdit(dana, menu, "Қазақша");
    expect(set.text).toBe("Дайын: осы чаттың тілі — қазақша.");
    expect(buttonTexts(set)).toContain("🏅 Лицензиялар");
    await eventually(async () => expect((await h.chatRow(dana.id))?.language).toBe("kk"));

    const help = await ask(dana, "/help");
    expect(help.text).toContain("Не істей аламын");

    const again = await ask(dana, "/language");
    expect(buttonTexts(again)).toContain("✓ Қазақша");
    const { message: reset } = await pressAndEdit(dana, again, "Telegram");
    expect(reset.text).toBe("Done: I'll speak English in this chat.");
    expect((await h.chatRow(dana.id))?.language).toBeNull();
    expect((await ask(dana, "/help")).text).toContain("What I can do");
  });

  it("stores each chat's Telegram language (base code) for later pushes, apart from a chosen one", async () => {
    const bek = h.api.createUser({ firstName: "Бек", languageCode: "kk" });
    const erlan = h.api.createUser({ firstName: "Erlan", languageCode: "ru-KZ" });
    await ask(bek, "/start");
    await ask(erlan, "/start");
    expect(await h.chatRow(bek.id)).toMatchObject({ telegramLanguage: "kk", language: null });
    expect(await h.chatRow(erlan.id)).toMatchObject({ telegramLanguage: "ru", language: null });
  });

  it("sets the command menu in English, Russian and Kazakh at start", async () => {
    const setCalls = await eventually(() => {
      const calls = h.api.calls({ method: "setMyCommands" });
      expect(calls.length).toBe(3);
      return calls;
    });
    const byLang = new Map(setCalls.map((c) => [(c.params as { language_code?: string }).language_code ?? "", c]));
    expect([...byLang.keys()].sort()).toEqual(["", "kk", "ru"]);
    const ru = h.api.createUser({ firstName: "Пётр", languageCode: "ru" });
    const commands = ru.commandMenu();
    expect(commands.map((c) => c.command)).toEqual([
      "start",
      "licenses",
      "medals",
      "schedule",
      "qualifiers",
      "countdown",
      "subscribe",
      "unsubscribe",
      "settings",
      "language",
      "help",
    ]);
    expect(commands.find((c) => c.command === "subscribe")?.description).toBe("Уведомления: лицензии, медали, отсчёт");
    expect(commands.find((c) => c.command === "countdown")?.description).toBe("Сколько осталось до следующих Игр");
    expect(commands.find((c) => c.command === "medals")?.description).toBe("Медали сборной на Играх");
    const kk = h.api.createUser({ firstName: "Ерлан", languageCode: "kk" });
    expect(kk.commandMenu().find((c) => c.command === "language")?.description).toBe("Тілді таңдау");
    expect(kk.commandMenu().find((c) => c.command === "medals")?.description).toBe("Құраманың Ойындардағы медальдары");
  });
});
