/**
 * The record of Games that are over, as fans read it from the seeded database: the Milano Cortina
 * 2026 medals with their days and the medal-table place, Paris 2024's license totals over time
 * beside what is listed, and no "yet"/"so far" wording once the Games are over. In three languages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../../../src/bot/i18n.js";
import { licenseEntry, licenseSummaryView, sportLicensesView } from "../../../src/bot/views/licenses.js";
import { medalsView } from "../../../src/bot/views/medals.js";
import { type RenderContext, renderContext } from "../../../src/bot/views/render-context.js";
import type { View } from "../../../src/bot/views/view.js";
import { type FanData, findGames, gamesResults, licenseSummary, loadFanData, sportLicenses } from "../../../src/domain/fan-data.js";
import type { Games } from "../../../src/domain/types.js";
import type { Lang } from "../../../src/lib/languages.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { bySlug } from "../../helpers/fixtures.js";

const i18n = createI18n();
/** Today, as the issue has it: both Milano Cortina Games are over. */
const NOW = "2026-12-06T09:00:00Z";
const rc = (lang: Lang, now = NOW): RenderContext => renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, new Date(now));
const text = (v: View) => v.text.value;
const LANGS: Lang[] = ["en", "ru", "kk"];
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

let database: TestDatabase;
let data: FanData;
const games = (slug: string): Games => {
  const g = findGames(data, slug);
  if (!g) throw new Error(`no Games ${slug}`);
  return g;
};
const medals = (slug: string, lang: Lang, now = NOW) =>
  text(medalsView(rc(lang, now), data.catalog, games(slug), gamesResults(data, games(slug).id)));
const summary = (slug: string, lang: Lang, now = NOW) =>
  text(licenseSummaryView(rc(lang, now), data.catalog, licenseSummary(data, games(slug).id)!));

beforeAll(async () => {
  database = await createTestDatabase();
  data = await loadFanData(database.db);
});
afterAll(async () => {
  await database?.close();
});

describe("Milano Cortina 2026 medals", () => {
  it("Olympic: Shaidorov's gold in men's singles on 13 February, 19th in the medal table, in three languages", () => {
    const en = medals("milano-cortina-2026-olympic", "en");
    expect(en).toContain("Result: <b>1 gold, 0 silver, 0 bronze</b> — 19th in the medal table.");
    expect(en).toContain("🥇 <b>Mikhail Shaidorov</b> — Figure skating, Men's singles (13 February 2026)");
    expect(en).toContain("291.58 points");
    expect(en).toContain("Source: “championat.com”");

    const ru = medals("milano-cortina-2026-olympic", "ru");
    expect(ru).toContain("Итог: <b>золото — 1, серебро — 0, бронза — 0</b>; 19-е место в медальном зачёте.");
    expect(ru).toContain("🥇 <b>Михаил Шайдоров</b> — ");
    expect(ru).toContain("мужское одиночное катание (13 февраля 2026 г.)");
    expect(ru).toContain("14 февраля по времени Астаны");

    const kk = medals("milano-cortina-2026-olympic", "kk");
    expect(kk).toContain("Нәтиже: <b>1 алтын, 0 күміс, 0 қола</b>, медаль кестесінде 19-орын.");
    expect(kk).toContain("🥇 <b>Михаил Шайдоров</b> — ");
    expect(kk).toContain("ерлер арасындағы жеке сырғанау");
    expect(kk).toContain("13 ақпан");
    for (const lang of LANGS) expect(medals("milano-cortina-2026-olympic", lang), lang).not.toMatch(ISO_DATE);
  });

  it("Paralympic: Khamitov's gold and bronze with their days; no medal-table place, and nothing said of one", () => {
    const en = medals("milano-cortina-2026-paralympic", "en");
    expect(en).toContain("Result: <b>1 gold, 0 silver, 1 bronze</b>.");
    expect(en).not.toContain("medal table");
    expect(en).toContain("🥇 <b>Yerbol Khamitov</b> — Para biathlon, Men's sprint pursuit, sitting, 4.5 km (13 March 2026)");
    expect(en).toContain("🥉 <b>Yerbol Khamitov</b> — Para cross-country skiing, Men's sprint, sitting, 1.5 km (10 March 2026)");
    // Gold first.
    expect(en.indexOf("🥇")).toBeLessThan(en.indexOf("🥉"));

    const ru = medals("milano-cortina-2026-paralympic", "ru");
    expect(ru).toContain("Итог: <b>золото — 1, серебро — 0, бронза — 1</b>.");
    expect(ru).not.toContain("медальном зачёте");
    expect(ru).toContain("<b>Ербол Хамитов</b>");
    expect(ru).toContain("гонка преследования, мужчины, сидя, 4,5 км (13 марта 2026 г.)");
    expect(ru).toContain("спринт, мужчины, сидя, 1,5 км (10 марта 2026 г.)");

    const kk = medals("milano-cortina-2026-paralympic", "kk");
    expect(kk).not.toContain("медаль кестесінде");
    expect(kk).toContain("<b>Ербол Хамитов</b>");
    expect(kk).toContain("1 500 м классикалық спринт, ерлер, отырып");
    for (const lang of LANGS) expect(medals("milano-cortina-2026-paralympic", lang), lang).not.toMatch(ISO_DATE);
  });

  it("during the Games the tally and the place are what stands so far", () => {
    const during = "2026-02-14T12:00:00Z";
    expect(medals("milano-cortina-2026-olympic", "en", during)).toContain(
      "So far: <b>1 gold, 0 silver, 0 bronze</b> — currently 19th in the medal table (it can still change).\n",
    );
    expect(medals("milano-cortina-2026-olympic", "ru", during)).toContain(
      "Пока: <b>золото — 1, серебро — 0, бронза — 0</b>; сейчас 19-е место в медальном зачёте (оно ещё может измениться).\n",
    );
    expect(medals("milano-cortina-2026-olympic", "kk", during)).toContain(
      "Әзірге: <b>1 алтын, 0 күміс, 0 қола</b>, қазір медаль кестесінде 19-орын (бұл әлі өзгеруі мүмкін).\n",
    );
  });
});

describe("Paris 2024 license totals over time", () => {
  it("each reported total with its date and source, oldest first, beside what is listed; the final's note; in three languages", () => {
    const en = summary("paris-2024-olympic", "en");
    expect(en).toContain("Listed here: <b>4 licenses</b> in 3 sports.");
    expect(en).toContain(
      [
        "Officially reported:",
        "• 26 March 2024: <b>31 licenses</b> in 11 sports (“zakon.kz”)",
        "• 21 April 2024: <b>43 licenses</b> in 14 sports (“Astana Times”)",
        "• 21 June 2024: <b>78 licenses</b> in 22 sports (“inform.kz”)",
        "• 26 July 2024: <b>92 licenses</b> in 25 sports (“sports.kz”)",
      ].join("\n"),
    );
    expect(en).toContain("first reported in July 2024 with a team of 80 athletes");
    expect(en).toContain("Not all of them are listed here.");
    expect(en).toContain("Target: <b>more than 90 licenses</b> — 92 as of 26 July 2024.");

    const ru = summary("paris-2024-olympic", "ru");
    expect(ru).toContain(
      [
        "Официально сообщалось:",
        "• 26 марта 2024 г.: <b>31 лицензия</b> в 11 видах спорта («zakon.kz»)",
        "• 21 апреля 2024 г.: <b>43 лицензии</b> в 14 видах спорта («Astana Times»)",
        "• 21 июня 2024 г.: <b>78 лицензий</b> в 22 видах спорта («inform.kz»)",
        "• 26 июля 2024 г.: <b>92 лицензии</b> в 25 видах спорта («sports.kz»)",
      ].join("\n"),
    );
    // The Games are over: not "ещё не все".
    expect(ru).toContain("Здесь перечислены не все.");

    const kk = summary("paris-2024-olympic", "kk");
    expect(kk).toContain("Ресми мәліметтер:");
    expect(kk).toContain("11 спорт түрі бойынша <b>31 лицензия</b> («zakon.kz»)");
    expect(kk).toContain("25 спорт түрі бойынша <b>92 лицензия</b> («sports.kz»)");
    expect(kk).toContain("26 наурыз");

    for (const lang of LANGS) {
      const view = summary("paris-2024-olympic", lang);
      expect(view, lang).not.toMatch(ISO_DATE);
      expect(view.length, lang).toBeLessThan(4096);
      // The closing ceremony's time is not "unconfirmed" two years on.
      expect(view, lang).not.toMatch(/unconfirmed|not confirmed|so far|не подтвержд|пока|расталмаған|әзірге/i);
    }
  });

  it("short enough for a phone: the totals take one line each", () => {
    const lines = summary("paris-2024-olympic", "en").split("\n");
    const totals = lines.filter((l) => l.startsWith("• ") && l.includes("licenses</b>"));
    expect(totals).toHaveLength(4);
    for (const l of totals) expect(l.length, l).toBeLessThan(80);
  });

  it("the Paralympic summary (one report, as listed) shows no totals block", () => {
    const en = summary("paris-2024-paralympic", "en");
    expect(en).not.toContain("Officially reported");
    expect(en).toContain("Listed here: <b>12 licenses</b> in 8 sports.");
  });
});

describe("Games that are over, without 'yet'", () => {
  it("the Milano Cortina summaries say the team as reported, in three languages", () => {
    expect(summary("milano-cortina-2026-olympic", "en")).toContain("Team: 36 athletes (18 men, 18 women) in 10 sports.");
    expect(summary("milano-cortina-2026-olympic", "ru")).toContain("Команда: 36 спортсменов (18 мужчин и 18 женщин) в 10 видах спорта.");
    expect(summary("milano-cortina-2026-olympic", "kk")).toContain("Құрама: 10 спорт түрі бойынша 36 спортшы (18 ер, 18 әйел).");
    expect(summary("milano-cortina-2026-paralympic", "en")).toContain("Team: 7 athletes in 2 sports");
    for (const lang of LANGS) {
      for (const slug of ["milano-cortina-2026-olympic", "milano-cortina-2026-paralympic"]) {
        expect(summary(slug, lang), `${slug} ${lang}`).not.toMatch(/ yet\b|so far|пока|әзірге/);
      }
    }
  });

  it("a sport with no licenses: 'not listed' once over, qualification under way before; an unnamed holder is 'not named'", () => {
    const paris = games("paris-2024-olympic");
    const judo = bySlug(data.sports, "judo");
    const none = (lang: Lang, now: string) => text(sportLicensesView(rc(lang, now), data.catalog, paris, judo, [], 0));
    expect(none("en", NOW)).toContain("No licenses in <b>Judo</b> are listed for Paris 2024 Olympic Games.");
    expect(none("ru", NOW)).not.toContain("пока");
    expect(none("kk", NOW)).not.toContain("әзірге");
    // Before the Games, while licenses are being won: qualification is under way.
    expect(none("en", "2024-05-01T00:00:00Z")).toContain("Qualification for Paris 2024 Olympic Games is under way");

    const para = games("paris-2024-paralympic");
    const swimming = bySlug(data.sports, "para-swimming");
    const swimmers = sportLicenses(data, para.id, swimming.id);
    expect(swimmers.length).toBe(3);
    const view = (lang: Lang, now: string) => text(sportLicensesView(rc(lang, now), data.catalog, para, swimming, swimmers, 0));
    expect(view("en", NOW)).toContain("<b>Athlete not named</b>");
    expect(view("ru", NOW)).toContain("<b>Спортсмен не назван</b>");
    expect(view("kk", NOW)).toContain("<b>Спортшының аты аталмаған</b>");
    expect(licenseEntry(rc("ru"), swimmers[0]!, 1, swimming).value).not.toContain("пока");
  });
});

describe("reported totals by the clock", () => {
  it("a clock set back shows only the totals reported by then, the latest of them as the progress", () => {
    const may = summary("paris-2024-olympic", "en", "2024-05-01T06:00:00Z");
    expect(may).toContain("• 26 March 2024: <b>31 licenses</b> in 11 sports (“zakon.kz”)");
    expect(may).toContain("• 21 April 2024: <b>43 licenses</b> in 14 sports (“Astana Times”)");
    expect(may).not.toContain("78 licenses");
    expect(may).not.toContain("92 licenses");
    expect(may).toContain("Target: <b>more than 90 licenses</b> — 43 as of 21 April 2024.");
    // Before the Games the list may still grow: "yet" is right then.
    expect(summary("paris-2024-olympic", "ru", "2024-05-01T06:00:00Z")).toContain("Здесь перечислены ещё не все.");
  });
});
