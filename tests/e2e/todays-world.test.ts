// Issue 20's "done when", end to end in the three languages: on 6 December 2026 a fan who names
// no Games sees today's Olympic world (Milano Cortina 2026 over and won, LA 2028 ahead), winter
// sports answer as themselves, and questions get their screens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { ask, type BotHarness, buttonTexts, pressAndEdit, startBotHarness } from "../helpers/bot.js";

const NOW = "2026-12-06T09:00:00Z";
const LANGS = ["ru", "kk", "en"] as const;
type Lang = (typeof LANGS)[number];

const expected = {
  medalsHead: {
    ru: "🥇 Зимние Олимпийские игры «Милан — Кортина-д’Ампеццо 2026»",
    kk: "🥇 «Милан — Кортина-д’Ампеццо 2026» қысқы Олимпиада ойындары",
    en: "🥇 Milan–Cortina d’Ampezzo 2026 Olympic Winter Games",
  },
  rank: { ru: "19-е место в медальном зачёте", kk: "медаль кестесінде 19-орын", en: "19th in the medal table" },
  shaidorov: { ru: "Михаил Шайдоров", kk: "Михаил Шайдоров", en: "Mikhail Shaidorov" },
  khamitov: { ru: "Ербол Хамитов", kk: "Ербол Хамитов", en: "Yerbol Khamitov" },
  figureSkating: { ru: "фигурное катание", kk: "мәнерлеп сырғанау", en: "Figure skating" },
  cricketHead: { ru: "Cricket — Олимпийские игры «Лос-Анджелес 2028»", kk: "«Лос-Анджелес 2028»", en: "Cricket — Los Angeles 2028" },
  cricketDays: { ru: "12–29 июля", kk: "12–29 шілде", en: "12\u2009–\u200929 July" } /* Intl's range, thin spaces */,
  biathlon: { ru: "биатлон", kk: "биатлон", en: "Biathlon" },
  hockeys: {
    ru: ["Хоккей на траве", "Хоккей с шайбой"],
    kk: ["Шөп үстіндегі хоккей", "Шайбалы хоккей"],
    en: ["Hockey", "Ice hockey"], // the IOC's English name of field hockey
  },
  hockeyWord: { ru: "хоккей", kk: "хоккей", en: "хоккей" },
  when: { ru: "когда олимпиада?", kk: "олимпиада қашан?", en: "when are the Olympics?" },
  laCountdown: {
    ru: "«Лос-Анджелес 2028»: до открытия 586 дней",
    kk: "ашылуына 586 күн қалды",
    en: "Los Angeles 2028 Olympic Games: 586 days to go",
  },
} satisfies Record<string, Record<Lang, unknown>>;

let h: BotHarness;
const users = {} as Record<Lang, LocalUser>;

beforeAll(async () => {
  h = await startBotHarness({ now: NOW });
  for (const lang of LANGS) users[lang] = h.api.createUser({ firstName: `Fan ${lang}`, languageCode: lang });
});

afterAll(async () => {
  await h?.stop();
});

describe.each(LANGS)("6 December 2026, in %s", (lang) => {
  const user = () => users[lang];

  it("/medals: Milano Cortina 2026, Shaidorov's gold and the 19th place", async () => {
    const m = await ask(user(), "/medals");
    expect(m.text.split("\n")[0]).toBe(expected.medalsHead[lang]);
    expect(m.text).toContain(expected.rank[lang]);
    expect(m.text).toContain(`🥇 ${expected.shaidorov[lang]}`);
    expect(m.text).toContain(expected.figureSkating[lang]);
    expect(m.text).not.toMatch(/Париж|Paris/);
  });

  it("/medals paralympic: Khamitov's gold and bronze, and no medal-table place (not confirmed)", async () => {
    const m = await ask(user(), "/medals paralympic");
    expect(m.text).toContain(`🥇 ${expected.khamitov[lang]}`);
    expect(m.text).toContain(`🥉 ${expected.khamitov[lang]}`);
    expect(m.text).not.toMatch(/19|23/);
  });

  it("/licenses шайдоров: his screen with the gold", async () => {
    const m = await ask(user(), "/licenses шайдоров");
    expect(m.text).toContain(expected.shaidorov[lang]);
    expect(m.text).toContain("🥇");
    expect(m.text).toContain(expected.figureSkating[lang]);
  });

  it("/schedule cricket: LA 2028's cricket, 12–29 July", async () => {
    const m = await ask(user(), "/schedule cricket");
    expect(m.text.split("\n")[0]).toContain(expected.cricketHead[lang]);
    expect(m.text).toContain(expected.cricketDays[lang]);
  });

  it("биатлон: biathlon at a winter Games, never triathlon", async () => {
    const m = await ask(user(), "биатлон");
    expect(m.text).toContain(expected.biathlon[lang]);
    expect(m.text).not.toMatch(/триатлон|Triathlon|Лос-Анджелес|Los Angeles/i);
  });

  it("хоккей: asks which, ice or field hockey, and the press answers with that sport", async () => {
    const m = await ask(user(), expected.hockeyWord[lang]);
    expect(buttonTexts(m)).toEqual(expected.hockeys[lang]);
    const ice = await pressAndEdit(user(), m, expected.hockeys[lang][1]!);
    expect(ice.message.text).toContain(expected.hockeys[lang][1]!.replace(/^Х/, "х").replace(/^Ш/, "ш"));
  });

  it("когда олимпиада? → the countdown to LA 2028", async () => {
    const m = await ask(user(), expected.when[lang]);
    expect(m.text).toContain(expected.laCountdown[lang]);
    expect(m.text).toBe((await ask(user(), "/countdown")).text);
  });
});
