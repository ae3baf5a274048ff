/**
 * Which Games a fan's command means, through the real bot and the local Bot API server with the
 * clock pinned to 6 December 2026 (Milano Cortina 2026 over, LA 2028 qualification under way):
 * the defaults by date, a Games named in the three languages, the empty state that points to the
 * latest Games with licenses, the switch between Games, and an argument the bot cannot use said
 * back instead of ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import type { Lang } from "../../src/lib/languages.js";
import { ask, type BotHarness, buttonTexts, failedCalls, pressAndEdit, startBotHarness } from "../helpers/bot.js";

const TODAY = "2026-12-06T12:00:00Z";
const DURING_LA = "2028-07-20T12:00:00Z";

let h: BotHarness;
const users = {} as Record<Lang, LocalUser>;

beforeAll(async () => {
  h = await startBotHarness({ now: TODAY });
  users.en = h.api.createUser({ firstName: "Dana", languageCode: "en" });
  users.ru = h.api.createUser({ firstName: "Аружан", languageCode: "ru" });
  users.kk = h.api.createUser({ firstName: "Бек", languageCode: "kk" });
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

/** The Games' names as each language writes them (locales/*.ftl, games-title and games-short). */
const title = {
  la: { en: "Los Angeles 2028 Olympic Games", ru: "Олимпийские игры «Лос-Анджелес 2028»", kk: "«Лос-Анджелес 2028» Олимпиада ойындары" },
  milano: {
    en: "Milan–Cortina d’Ampezzo 2026 Olympic Winter Games",
    ru: "Зимние Олимпийские игры «Милан — Кортина-д’Ампеццо 2026»",
    kk: "«Милан — Кортина-д’Ампеццо 2026» қысқы Олимпиада ойындары",
  },
  milanoPara: {
    en: "Milan–Cortina d’Ampezzo 2026 Paralympic Winter Games",
    ru: "Зимние Паралимпийские игры «Милан — Кортина-д’Ампеццо 2026»",
    kk: "«Милан — Кортина-д’Ампеццо 2026» қысқы Паралимпиада ойындары",
  },
  paris: { en: "Paris 2024 Olympic Games", ru: "Олимпийские игры «Париж 2024»", kk: "«Париж 2024» Олимпиада ойындары" },
  parisPara: { en: "Paris 2024 Paralympic Games", ru: "Паралимпийские игры «Париж 2024»", kk: "«Париж 2024» Паралимпиада ойындары" },
} as const;

const short = {
  paris: { en: "Paris 2024", ru: "Париж 2024", kk: "Париж 2024" },
  la: { en: "Los Angeles 2028", ru: "Лос-Анджелес 2028", kk: "Лос-Анджелес 2028" },
} as const;

/** What each language types to name a Games, and the bot's words for what it shows. */
const typed = {
  en: {
    paralympic: "/medals paralympic",
    paris: "/medals paris",
    la: "/schedule la 2028",
    milano: "/licenses milano",
    boxingParis: "/licenses boxing paris",
    plainPara: "paralympics 2024",
    qualifying: "Qualification for these Games is under way; no licenses are recorded here yet.",
    none: "No licenses are listed for these Games.",
    toLicenses: "🏅 Paris 2024: licenses",
    boxingAt: "Boxing — Paris 2024 Olympic Games",
    noYear: "There are no Games in 2025 in my calendar.",
    known:
      "Games you can name: Paris 2024, Milan–Cortina d’Ampezzo 2026, Los Angeles 2028, French Alps 2030, Brisbane 2032 " +
      "(add “paralympic” for the Paralympic Games).",
    notUnderstood: "I did not understand “hello”.",
    switchPara: "⇄ Paralympic Games",
  },
  ru: {
    paralympic: "/medals паралимпиада",
    paris: "/medals париж",
    la: "/schedule лос-анджелес",
    milano: "/licenses милан",
    boxingParis: "/licenses бокс париж",
    plainPara: "паралимпиада 2024",
    qualifying: "Идёт отбор на эти Игры; лицензий в списке пока нет.",
    none: "В списке нет ни одной лицензии на эти Игры.",
    toLicenses: "🏅 Париж 2024: лицензии",
    boxingAt: "Бокс — Олимпийские игры «Париж 2024»",
    noYear: "В моём календаре нет Игр 2025 года.",
    known:
      "Можно назвать Игры: Париж 2024, Милан — Кортина-д’Ампеццо 2026, Лос-Анджелес 2028, Французские Альпы 2030, Брисбен 2032 " +
      "(для Паралимпийских игр добавьте «паралимпиада»).",
    notUnderstood: "Не понял «hello».",
    switchPara: "⇄ Паралимпийские игры",
  },
  kk: {
    paralympic: "/medals паралимпиада",
    paris: "/medals Париж",
    la: "/schedule Лос-Анджелес 2028",
    milano: "/licenses Милан",
    boxingParis: "/licenses бокс Парижде",
    plainPara: "паралимпиада 2024",
    qualifying: "Бұл Ойындарға іріктеу жүріп жатыр; тізімде әзірге лицензия жоқ.",
    none: "Бұл Ойындарға бірде-бір лицензия тізімде жоқ.",
    toLicenses: "🏅 Париж 2024: лицензиялар",
    boxingAt: "Бокс — «Париж 2024» Олимпиада ойындары",
    noYear: "Менің күнтізбемде 2025 жылғы Ойындар жоқ.",
    known:
      "Атауға болатын Ойындар: Париж 2024, Милан — Кортина-д’Ампеццо 2026, Лос-Анджелес 2028, Француз Альпілері 2030, Брисбен 2032 " +
      "(Паралимпиада үшін «паралимпиада» сөзін қосыңыз).",
    notUnderstood: "«hello» дегенді түсінбедім.",
    switchPara: "⇄ Паралимпиада ойындары",
  },
} as const;

const LANGS_TESTED = ["ru", "kk", "en"] as const;

/** Runs `fn` for each language at once (each language's user is its own chat). */
async function inEveryLanguage(fn: (lang: (typeof LANGS_TESTED)[number], user: LocalUser) => Promise<void>): Promise<void> {
  await Promise.all(LANGS_TESTED.map((lang) => fn(lang, users[lang])));
}

const firstLine = (m: BotMessage) => m.text.split("\n")[0];

describe("with no Games named, on 6 December 2026", () => {
  it("/licenses: LA 2028, whose qualification is under way, with a button to Paris 2024's licenses", async () => {
    await inEveryLanguage(async (lang, user) => {
      const m = await ask(user, "/licenses");
      expect(firstLine(m), lang).toBe(`🏅 ${title.la[lang]}`);
      expect(m.text, lang).toContain(typed[lang].qualifying);
      expect(buttonTexts(m), lang).toContain(typed[lang].toLicenses);
      const paris = await pressAndEdit(user, m, typed[lang].toLicenses);
      expect(firstLine(paris.message), lang).toBe(`🏅 ${title.paris[lang]}`);
    });
  }, 60_000);

  it("/medals: Milano Cortina 2026, with the Games around it and its Paralympics a tap away", async () => {
    await inEveryLanguage(async (lang, user) => {
      const m = await ask(user, "/medals");
      expect(firstLine(m), lang).toBe(`🥇 ${title.milano[lang]}`);
      expect(buttonTexts(m), lang).toEqual(
        expect.arrayContaining([`◀️ ${short.paris[lang]}`, `${short.la[lang]} ▶️`, typed[lang].switchPara]),
      );
      const para = await pressAndEdit(user, m, typed[lang].switchPara);
      expect(firstLine(para.message), lang).toBe(`🥇 ${title.milanoPara[lang]}`);
      const back = await pressAndEdit(user, para.message, `◀️ ${short.paris[lang]} ${lang === "en" ? "(Paralympic)" : "(Паралимпиада)"}`);
      expect(firstLine(back.message), lang).toBe(`🥇 ${title.parisPara[lang]}`);
    });
  }, 60_000);

  it("/medals paralympic: Milano Cortina 2026's Paralympics", async () => {
    await inEveryLanguage(async (lang, user) => {
      expect(firstLine(await ask(user, typed[lang].paralympic)), lang).toBe(`🥇 ${title.milanoPara[lang]}`);
    });
  }, 30_000);

  it("/schedule: the next Games, LA 2028", async () => {
    await inEveryLanguage(async (lang, user) => {
      expect(firstLine(await ask(user, "/schedule")), lang).toContain(`📅 ${title.la[lang]}`);
    });
  }, 30_000);

  it("a sport: LA 2028 too, with a button to the sport's latest licenses", async () => {
    const m = await ask(users.en, "/licenses boxing");
    expect(m.text).toBe("Qualification for Los Angeles 2028 Olympic Games is under way; no licenses in Boxing are recorded here yet.");
    const paris = await pressAndEdit(users.en, m, "🏅 Boxing · Paris 2024");
    expect(firstLine(paris.message)).toBe("🏅 Boxing — Paris 2024 Olympic Games");
    expect(paris.message.text).toContain("Aibek Oralbay");
  }, 30_000);
});

describe("naming a Games", () => {
  it("in a command, by city or year, in each language", async () => {
    await inEveryLanguage(async (lang, user) => {
      const paris = await ask(user, typed[lang].paris);
      expect(firstLine(paris), lang).toBe(`🥇 ${title.paris[lang]}`);
      expect(firstLine(await ask(user, "/medals 2026")), lang).toBe(`🥇 ${title.milano[lang]}`);
      expect(firstLine(await ask(user, typed[lang].la)), lang).toContain(`📅 ${title.la[lang]}`);
      // Milano Cortina is over with no licenses recorded here: said so, with Paris a tap away.
      const milano = await ask(user, typed[lang].milano);
      expect(firstLine(milano), lang).toBe(`🏅 ${title.milano[lang]}`);
      expect(milano.text, lang).toContain(typed[lang].none);
      expect(buttonTexts(milano), lang).toContain(typed[lang].toLicenses);
      expect(firstLine(await ask(user, typed[lang].boxingParis)), lang).toBe(`🏅 ${typed[lang].boxingAt}`);
    });
  }, 60_000);

  it("in plain text", async () => {
    await inEveryLanguage(async (lang, user) => {
      expect(firstLine(await ask(user, typed[lang].plainPara)), lang).toBe(`🏅 ${title.parisPara[lang]}`);
    });
  }, 30_000);

  it("an argument the bot cannot use is said back, with the Games one can name, above the default screen", async () => {
    await inEveryLanguage(async (lang, user) => {
      const year = await ask(user, "/medals 2025");
      expect(year.text.split("\n").slice(0, 4), lang).toEqual([typed[lang].noYear, typed[lang].known, "", `🥇 ${title.milano[lang]}`]);
      const word = await ask(user, "/medals hello");
      expect(word.text.split("\n").slice(0, 2), lang).toEqual([typed[lang].notUnderstood, typed[lang].known]);
      expect(word.text, lang).toContain(`🥇 ${title.milano[lang]}`);
    });
    expect(failedCalls(h.api)).toEqual([]);
  }, 60_000);
});

describe("the defaults follow the clock", () => {
  it("during LA 2028, /medals, /licenses and /schedule mean LA 2028", async () => {
    try {
      h.clock.set(DURING_LA);
      expect(firstLine(await ask(users.en, "/medals"))).toBe(`🥇 ${title.la.en}`);
      expect(firstLine(await ask(users.ru, "/licenses"))).toBe(`🏅 ${title.la.ru}`);
      expect(firstLine(await ask(users.kk, "/schedule"))).toContain(`📅 ${title.la.kk}`);
      // The Paralympics of LA 2028 have not opened: the last ones over.
      expect(firstLine(await ask(users.en, "/medals paralympic"))).toBe(`🥇 ${title.milanoPara.en}`);
    } finally {
      h.clock.set(TODAY);
    }
  }, 30_000);
});
