/**
 * What fans see of results: /medals with the placings staff record (after the medals, in their own
 * section), the medal-table place with the medals (current while the Games are on, final after),
 * each result's date in the reader's language and whose calendar it is, pages when the list is
 * long (each message within Telegram's 4,096 characters); the athlete's screen with their medals
 * and placings. Rendered from the shipped reference data, no database.
 */
import { describe, expect, it } from "vitest";
import { medalCardButton, medalsButton, medalsPageButton } from "../../../src/bot/callback-data/medals.js";
import { createI18n } from "../../../src/bot/i18n.js";
import { athleteView } from "../../../src/bot/views/athlete.js";
import { medalsView } from "../../../src/bot/views/medals.js";
import { type RenderContext, renderContext } from "../../../src/bot/views/render-context.js";
import type { View } from "../../../src/bot/views/view.js";
import type { GamesCatalog } from "../../../src/domain/catalog.js";
import type { Result } from "../../../src/domain/types.js";
import type { Lang } from "../../../src/lib/languages.js";
import { buildModel } from "../../helpers/fixtures.js";

const i18n = createI18n();
const rc = (lang: Lang, now: string): RenderContext => renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, new Date(now));
const text = (v: View) => v.text.value;
const buttons = (v: View) =>
  (v.keyboard?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: "callback_data" in b ? b.callback_data : undefined }));

const model = buildModel();
const paris = model.gamesBySlug("paris-2024-olympic");
const catalog: GamesCatalog = { games: model.games, withLicenses: new Set() };
const AFTER = "2026-11-25T04:00:00Z";
const DURING = "2024-08-05T10:00:00Z";
const medalsOf = model.results.filter((r) => r.games.id === paris.id).map((r) => r.result);
const smetov = model.athlete("yeldos-smetov");

/** A placing without a medal at Paris 2024, as staff record one. */
function placing(id: number, placingText: Result["placing"], over: Partial<Result> = {}): Result {
  return {
    id,
    gamesId: paris.id,
    sport: model.sport("judo"),
    medal: null,
    placing: placingText,
    event: { en: "Mixed team", ru: "Смешанные команды", kk: "Аралас командалар" },
    athletes: [smetov],
    team: null,
    wonOn: "2024-08-03",
    source: null,
    note: null,
    ...over,
  };
}
const fifth = placing(900, { en: "5th", ru: "5-е место", kk: "5-орын" });
const quarter = placing(901, { en: "Quarter-final" }, { wonOn: null, sport: model.sport("boxing"), event: { en: "Men's 80 kg" } });

describe("/medals: placings after the medals", () => {
  it("in their own short section, in three languages, each with its date where known", () => {
    const en = text(medalsView(rc("en", AFTER), catalog, paris, [...medalsOf, fifth, quarter]));
    expect(en).toContain("\n\n<b>Other results</b>\n🔹 5th: <b>Yeldos Smetov</b> — Judo, Mixed team (3 August 2024)\n");
    // No translation of a placing: the English, as for every text.
    expect(en).toContain("🔹 Quarter-final: <b>Yeldos Smetov</b> — Boxing, Men's 80 kg");
    // After every medal, and the tally counts the medals only.
    expect(en.indexOf("<b>Other results</b>")).toBeGreaterThan(en.lastIndexOf("🥉"));
    expect(en).toContain("Result: <b>1 gold, 3 silver, 3 bronze</b> — 43rd in the medal table.");
    expect(en).toContain("Dates are Paris time.");

    const ru = text(medalsView(rc("ru", AFTER), catalog, paris, [...medalsOf, fifth]));
    expect(ru).toContain("<b>Другие результаты</b>\n🔹 5-е место: <b>Елдос Сметов</b> — дзюдо, смешанные команды (3 августа 2024 г.)");
    expect(ru).toContain("Даты указаны по парижскому времени.");
    const kk = text(medalsView(rc("kk", AFTER), catalog, paris, [...medalsOf, fifth]));
    expect(kk).toContain("<b>Басқа нәтижелер</b>\n🔹 5-орын: <b>Елдос Сметов</b> — дзюдо, аралас командалар (2024 ж. 3 тамыз)");
    expect(kk).toContain("Күндер Париж уақытымен көрсетілген.");
    for (const lang of ["en", "ru", "kk"] as const)
      expect(text(medalsView(rc(lang, AFTER), catalog, paris, [...medalsOf, fifth]))).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("placings without any medal: the Games had none recorded, not that nothing is", () => {
    const en = text(medalsView(rc("en", AFTER), catalog, paris, [fifth]));
    expect(en).toContain("No medals of the team at these Games are recorded here.");
    expect(en).not.toContain("No results");
    expect(en).toContain("🔹 5th: <b>Yeldos Smetov</b>");
    expect(text(medalsView(rc("en", DURING), catalog, paris, [fifth]))).toContain("No medals are recorded here for these Games yet.");
  });

  it("the place during the Games is the current one, said so in three languages; none set, none said", () => {
    expect(text(medalsView(rc("en", DURING), catalog, paris, medalsOf))).toContain(
      "So far: <b>1 gold, 3 silver, 3 bronze</b> — currently 43rd in the medal table (it can still change).",
    );
    expect(text(medalsView(rc("ru", DURING), catalog, { ...paris, medalRank: 12 }, medalsOf))).toContain(
      "Пока: <b>золото — 1, серебро — 3, бронза — 3</b>; сейчас 12-е место в медальном зачёте (оно ещё может измениться).",
    );
    expect(text(medalsView(rc("kk", DURING), catalog, { ...paris, medalRank: 12 }, medalsOf))).toContain(
      "Әзірге: <b>1 алтын, 3 күміс, 3 қола</b>, қазір медаль кестесінде 12-орын (бұл әлі өзгеруі мүмкін).",
    );
    const none = text(medalsView(rc("en", DURING), catalog, { ...paris, medalRank: null }, medalsOf));
    expect(none).toContain("So far: <b>1 gold, 3 silver, 3 bronze</b>.");
    expect(none).not.toContain("medal table");
  });

  it("a long list is paged: every result once, each page within 4,096 characters, the pager under it", () => {
    const long = "x".repeat(180);
    const many = Array.from({ length: 70 }, (_, i) =>
      placing(1000 + i, { en: `${i + 4}th` }, { event: { en: `Event ${i} ${long}` }, source: `https://example.org/${i}/${long}` }),
    );
    const first = medalsView(rc("en", AFTER), catalog, paris, [...medalsOf, ...many]);
    const pageCount = Number(/^1\/(\d+)$/.exec(buttons(first).find((b) => /^1\/\d+$/.test(b.text))?.text ?? "")?.[1]);
    expect(pageCount).toBeGreaterThan(3);
    const pages = Array.from({ length: pageCount }, (_, p) => text(medalsView(rc("en", AFTER), catalog, paris, [...medalsOf, ...many], p)));
    for (const page of pages) {
      expect(page.length).toBeLessThanOrEqual(4096);
      expect(page).not.toContain("\n\n\n");
      // Every page says which Games and where the list stands.
      expect(page).toContain("Paris 2024 Olympic Games");
    }
    const all = pages.join("\n");
    for (const r of many) expect(all.split(`Event ${r.id - 1000} x`).length - 1, `${r.id}`).toBe(1);
    // The section's heading once, on the page where the placings begin.
    expect(all.split("<b>Other results</b>").length - 1).toBe(1);
    expect(buttons(first)).toContainEqual({ text: "▶️", data: medalsPageButton.encode({ gamesId: paris.id, page: 1 }) });
    const last = medalsView(rc("en", AFTER), catalog, paris, [...medalsOf, ...many], pageCount - 1);
    expect(buttons(last)).toContainEqual({ text: "◀️", data: medalsPageButton.encode({ gamesId: paris.id, page: pageCount - 2 }) });
    // Each medal's card button, on the page that lists it (the medals come first), none on the placings' pages.
    const cards = (v: View) => buttons(v).filter((b) => b.text.startsWith("🖼 "));
    expect(cards(first).map((b) => b.data)).toEqual(medalsOf.map((r) => medalCardButton.encode({ resultId: r.id })));
    expect(cards(last)).toEqual([]);
    // A page past the end (a stale button) shows the last one.
    expect(text(medalsView(rc("en", AFTER), catalog, paris, [...medalsOf, ...many], 9999))).toBe(text(last));
  });
});

describe("the athlete's screen lists their results", () => {
  const record = (results: Result[]) => ({ athlete: smetov, licenses: [], results: results.map((result) => ({ result, games: paris })) });
  const gold = medalsOf.find((r) => r.athletes.some((a) => a.id === smetov.id));
  if (!gold) throw new Error("Smetov's gold is in the reference data");

  it("medals and placings, with the Games and the date, in three languages", () => {
    const en = text(athleteView(rc("en", AFTER), "smetov", [record([gold, fifth])]));
    expect(en).toContain(
      "🏆 Results:\n🥇 Paris 2024 Olympic Games — Judo, −60 kg (27 July 2024)\n🔹 Paris 2024 Olympic Games — Judo, Mixed team: 5th (3 August 2024)",
    );
    const ru = text(athleteView(rc("ru", AFTER), "Сметов", [record([gold, fifth])]));
    expect(ru).toContain("🏆 Результаты:\n🥇 Олимпийские игры «Париж 2024» — дзюдо, до 60 кг (27 июля 2024 г.)");
    // Mid-sentence, after the colon, lower-case.
    expect(ru).toContain("🔹 Олимпийские игры «Париж 2024» — дзюдо, смешанные команды: 5-е место (3 августа 2024 г.)");
    const kk = text(athleteView(rc("kk", AFTER), "Сметов", [record([fifth])]));
    expect(kk).toContain("🏆 Нәтижелер:\n🔹 «Париж 2024» Олимпиада ойындары — дзюдо, аралас командалар: 5-орын (2024 ж. 3 тамыз)");
  });

  it("a placing alone still leads to that Games' medals screen, where it is listed", () => {
    const view = athleteView(rc("en", AFTER), "smetov", [record([fifth])]);
    expect(buttons(view)).toEqual([{ text: "🥇 Paris 2024: medals", data: medalsButton.encode({ gamesId: paris.id }) }]);
  });

  it("a medal has a card to share, a placing none", () => {
    const view = athleteView(rc("en", AFTER), "smetov", [record([gold, fifth])]);
    expect(buttons(view).filter((b) => b.text.startsWith("🖼 "))).toEqual([
      { text: "🖼 Card: 🥇 Judo · Paris 2024", data: medalCardButton.encode({ resultId: gold.id }) },
    ]);
  });
});
