/**
 * The medal card: what it says to each reader (from the seeded Milano Cortina 2026 medals), that
 * its PNG decodes at 1200×630 with every letter drawn, that a 40-character Kazakh name fits, and
 * that a result's card is rendered once per language.
 */
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../../../src/bot/i18n.js";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  type CardFonts,
  loadCardFonts,
  type MedalCard,
  type MedalCardInput,
  NAME_MAX_LINES,
  renderMedalCard,
} from "../../../src/bot/render/medal-card.js";
import { MedalCardCache } from "../../../src/bot/render/medal-card-cache.js";
import { medalCardInput } from "../../../src/bot/views/medal-card.js";
import { renderContext } from "../../../src/bot/views/render-context.js";
import { type FanData, findGames, gamesResults, loadFanData } from "../../../src/domain/fan-data.js";
import type { Games, MedalResult } from "../../../src/domain/types.js";
import type { Lang } from "../../../src/lib/languages.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";

const i18n = createI18n();
const rc = (lang: Lang) => renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, new Date("2026-12-06T09:00:00Z"));
const LANGS: Lang[] = ["en", "ru", "kk"];
/** Every letter of the Kazakh alphabet that Russian does not have, both cases. */
const KAZAKH_LETTERS = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";

let database: TestDatabase;
let data: FanData;
let fonts: CardFonts;

beforeAll(async () => {
  database = await createTestDatabase();
  data = await loadFanData(database.db);
  fonts = await loadCardFonts();
});
afterAll(async () => {
  await database?.close();
});

function games(slug: string): Games {
  const g = findGames(data, slug);
  if (!g) throw new Error(`no Games ${slug}`);
  return g;
}

/** The seeded medal of that Games whose event (in English) starts so. */
function medal(slug: string, event: string): { games: Games; result: MedalResult } {
  const g = games(slug);
  const result = gamesResults(data, g.id).find((r) => r.event.en.startsWith(event));
  if (!result) throw new Error(`no result ${event} at ${slug}`);
  return { games: g, result };
}

const shaidorov = () => medal("milano-cortina-2026-olympic", "Men's singles");
const khamitov = () => medal("milano-cortina-2026-paralympic", "Men's sprint pursuit");

function decode(card: MedalCard) {
  return PNG.sync.read(card.png);
}

async function timed(label: string, input: MedalCardInput): Promise<MedalCard> {
  const started = performance.now();
  const card = await renderMedalCard(input, fonts);
  // Reported, never asserted: the machine is shared.
  console.info(
    `medal card ${label}: ${Math.round(performance.now() - started)} ms, ${card.png.length} bytes, names at ${card.name.fontSize} px in ${card.name.lines} line(s)`,
  );
  return card;
}

describe("the card's texts, in the reader's language and script", () => {
  it("Shaidorov's gold in men's singles at Milano Cortina 2026", () => {
    const { games: g, result } = shaidorov();
    expect(medalCardInput(rc("en"), g, result)).toEqual({
      lang: "en",
      medal: "gold",
      medalLabel: "Gold",
      athletes: "Mikhail Shaidorov",
      sport: "Figure skating",
      event: "Men's singles",
      games: "Milan–Cortina d’Ampezzo 2026 Olympic Winter Games",
      date: "13 February 2026",
      team: "Team Kazakhstan",
    });
    expect(medalCardInput(rc("ru"), g, result)).toEqual({
      lang: "ru",
      medal: "gold",
      medalLabel: "Золото",
      athletes: "Михаил Шайдоров",
      sport: "Фигурное катание",
      event: "Мужское одиночное катание",
      games: "Зимние Олимпийские игры «Милан — Кортина-д’Ампеццо 2026»",
      date: "13 февраля 2026 г.",
      team: "Сборная Казахстана",
    });
    expect(medalCardInput(rc("kk"), g, result)).toEqual({
      lang: "kk",
      medal: "gold",
      medalLabel: "Алтын",
      athletes: "Михаил Шайдоров",
      sport: "Мәнерлеп сырғанау",
      event: "Ерлер арасындағы жеке сырғанау",
      games: "«Милан — Кортина-д’Ампеццо 2026» қысқы Олимпиада ойындары",
      date: "2026 ж. 13 ақпан",
      team: "Қазақстан құрамасы",
    });
  });

  it("Khamitov's para biathlon gold at the Milano Cortina 2026 Paralympics", () => {
    const { games: g, result } = khamitov();
    expect(medalCardInput(rc("en"), g, result)).toMatchObject({
      medalLabel: "Gold",
      athletes: "Yerbol Khamitov",
      sport: "Para biathlon",
      event: "Men's sprint pursuit, sitting, 4.5 km",
      games: "Milan–Cortina d’Ampezzo 2026 Paralympic Winter Games",
      date: "13 March 2026",
    });
    expect(medalCardInput(rc("ru"), g, result)).toMatchObject({
      medalLabel: "Золото",
      athletes: "Ербол Хамитов",
      sport: "Пара биатлон",
      event: "Гонка преследования, мужчины, сидя, 4,5 км",
      games: "Зимние Паралимпийские игры «Милан — Кортина-д’Ампеццо 2026»",
      date: "13 марта 2026 г.",
    });
    expect(medalCardInput(rc("kk"), g, result)).toMatchObject({
      medalLabel: "Алтын",
      athletes: "Ербол Хамитов",
      sport: "Пара биатлон",
      // No Kazakh name of the race was found: the Russian form, as the /medals screen shows it.
      event: "Гонка преследования, мужчины, сидя, 4,5 км",
      games: "«Милан — Кортина-д’Ампеццо 2026» қысқы Паралимпиада ойындары",
      team: "Қазақстан құрамасы",
    });
  });

  it("no ISO dates, keys or HTML on any card", () => {
    for (const { games: g, result } of [shaidorov(), khamitov()]) {
      for (const lang of LANGS) {
        const texts = Object.entries(medalCardInput(rc(lang), g, result))
          .filter(([key]) => key !== "lang" && key !== "medal")
          .map(([, value]) => String(value));
        for (const text of texts) expect(text, lang).not.toMatch(/\d{4}-\d{2}-\d{2}|[<>&]|^card-|-\w+-/);
      }
    }
  });
});

describe("the picture", () => {
  it("is a PNG of 1200×630 in each language, every letter drawn", async () => {
    const { games: g, result } = shaidorov();
    for (const lang of LANGS) {
      const card = await timed(`Shaidorov ${lang}`, medalCardInput(rc(lang), g, result));
      expect({ width: card.width, height: card.height }).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
      const png = decode(card);
      expect({ width: png.width, height: png.height }).toEqual({ width: 1200, height: 630 });
      expect(card.missingGlyphs, lang).toEqual([]);
      expect(card.name).toMatchObject({ fontSize: 72, lines: 1, cut: false });
    }
  });

  it("has a glyph for every Kazakh letter, and would say so if a letter had none", async () => {
    const input = medalCardInput(rc("kk"), khamitov().games, khamitov().result);
    const kazakh = await renderMedalCard({ ...input, athletes: KAZAKH_LETTERS, event: KAZAKH_LETTERS.toLowerCase() }, fonts);
    expect(kazakh.missingGlyphs).toEqual([]);
    // The check itself works: a script the fonts do not cover is reported.
    const chinese = await renderMedalCard({ ...input, athletes: "金牌" }, fonts);
    expect(chinese.missingGlyphs.join("")).toContain("金");
  });

  it("fits a 40-character Kazakh name in two lines inside the card", async () => {
    const name = "Ақмарал Науатбек-Құрманғазықызы Әбдіраманқызы".slice(0, 40);
    expect(name).toHaveLength(40);
    const input = { ...medalCardInput(rc("kk"), shaidorov().games, shaidorov().result), athletes: name };
    const card = await timed("40-character Kazakh name", input);
    expect(card.name.lines).toBeLessThanOrEqual(NAME_MAX_LINES);
    expect(card.name.cut).toBe(false);
    expect(card.name.fontSize).toBeGreaterThanOrEqual(44);
    expect(card.name.left + card.name.width).toBeLessThanOrEqual(CARD_WIDTH - 64);
    expect(card.name.top).toBeGreaterThan(0);
    expect(card.name.top + card.name.height).toBeLessThan(CARD_HEIGHT);
    expect(card.missingGlyphs).toEqual([]);
    expect(decode(card).width).toBe(CARD_WIDTH);
  });

  it("cuts a name too long even at the smallest size rather than run over the rest", async () => {
    const input = { ...medalCardInput(rc("kk"), shaidorov().games, shaidorov().result), athletes: "Құрманғазы Әбдіраманұлы, ".repeat(6) };
    const card = await renderMedalCard(input, fonts);
    expect(card.name).toMatchObject({ fontSize: 44, lines: NAME_MAX_LINES, cut: true });
    expect(card.name.top + card.name.height).toBeLessThan(CARD_HEIGHT);
  });
});

describe("rendered once per language per result", () => {
  it("shares one render among the chats of a language; another language or a corrected result renders anew", async () => {
    const { games: g, result } = shaidorov();
    const cache = new MedalCardCache(fonts);
    const ru = medalCardInput(rc("ru"), g, result);
    // Eight chats of one language ask at once: one render.
    const cards = await Promise.all(Array.from({ length: 8 }, () => cache.get(result.id, ru)));
    expect(new Set(cards).size).toBe(1);
    expect(cache.size).toBe(1);
    expect(await cache.get(result.id, medalCardInput(rc("ru"), g, result))).toBe(cards[0]);

    const kk = await cache.get(result.id, medalCardInput(rc("kk"), g, result));
    expect(kk).not.toBe(cards[0]);
    expect(cache.size).toBe(2);

    const corrected = { ...ru, event: "Одиночное катание" };
    expect(MedalCardCache.key(result.id, corrected)).not.toBe(MedalCardCache.key(result.id, ru));
    expect(await cache.get(result.id, corrected)).not.toBe(cards[0]);
    expect(cache.size).toBe(3);
  });

  it("keeps at most its limit, dropping the least recently used", async () => {
    const { games: g, result } = shaidorov();
    const cache = new MedalCardCache(fonts, 2);
    const [en, ru, kk] = LANGS.map((lang) => medalCardInput(rc(lang), g, result)) as [MedalCardInput, MedalCardInput, MedalCardInput];
    const first = await cache.get(result.id, en);
    await cache.get(result.id, ru);
    await cache.get(result.id, en); // en used again: ru is now the oldest
    await cache.get(result.id, kk);
    expect(cache.size).toBe(2);
    expect(await cache.get(result.id, en)).toBe(first);
  });
});
