/**
 * Facts from the database in the fan's language: translated texts (English where a translation is
 * missing), athletes' names in the reader's script, counts in licenses, Games that are over in the
 * past tense, medals and athletes. Rendered from the shipped reference data, no database.
 */
import { describe, expect, it } from "vitest";
import { sportButton, summaryButton } from "../../../src/bot/callback-data/licenses.js";
import { medalCardButton, medalsButton } from "../../../src/bot/callback-data/medals.js";
import { createI18n } from "../../../src/bot/i18n.js";
import { countryName } from "../../../src/bot/render/format.js";
import { athleteView } from "../../../src/bot/views/athlete.js";
import { countdownView } from "../../../src/bot/views/countdown.js";
import { licenseAlertView } from "../../../src/bot/views/license-alert.js";
import { licenseEntry, licenseSummaryView, sportLicensesView } from "../../../src/bot/views/licenses.js";
import { medalsView } from "../../../src/bot/views/medals.js";
import { type RenderContext, renderContext } from "../../../src/bot/views/render-context.js";
import { tallyOf } from "../../../src/bot/views/results.js";
import { scheduleView } from "../../../src/bot/views/schedule.js";
import type { View } from "../../../src/bot/views/view.js";
import type { GamesCatalog } from "../../../src/domain/catalog.js";
import type { LicenseSummary } from "../../../src/domain/licenses.js";
import type { CompetitionWindow, Games, License } from "../../../src/domain/types.js";
import type { Lang } from "../../../src/lib/languages.js";
import { buildModel } from "../../helpers/fixtures.js";

const i18n = createI18n();
const rc = (lang: Lang, now: string, displayTz = "Asia/Almaty"): RenderContext => renderContext(i18n, lang, { displayTz }, new Date(now));

const model = buildModel();
const paris = model.gamesBySlug("paris-2024-olympic");
const parisPara = model.gamesBySlug("paris-2024-paralympic");
const catalog: GamesCatalog = { games: model.games, withLicenses: new Set([paris.id, parisPara.id]) };
const BEFORE = "2024-05-01T06:00:00Z";
const AFTER = "2026-11-25T04:00:00Z";

const text = (v: View) => v.text.value;
const buttons = (v: View) =>
  (v.keyboard?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: "callback_data" in b ? b.callback_data : undefined }));
const licensesOf = (g: Games) => model.licenses.filter((l) => l.games.id === g.id).map((l) => l.license);
const resultsOf = (g: Games) => model.results.filter((r) => r.games.id === g.id).map((r) => r.result);

/** A summary as licenseSummary computes it, for the reference data of `g` (or the given numbers). */
function summaryOf(g: Games, over: Partial<LicenseSummary> = {}): LicenseSummary {
  const licenses = licensesOf(g);
  const bySport = [...new Set(licenses.map((l) => l.sport))].map((sport) => {
    const of = licenses.filter((l) => l.sport.id === sport.id);
    return { sport, licenses: of.length, places: of.reduce((n, l) => n + l.quotaPlaces, 0) };
  });
  return {
    games: g,
    totalPlaces: licenses.reduce((n, l) => n + l.quotaPlaces, 0),
    licenseCount: licenses.length,
    sportCount: new Set(licenses.map((l) => l.sport.parentId ?? l.sport.id)).size,
    bySport,
    reported: null,
    target: g.licenseTarget,
    medals: tallyOf(resultsOf(g)),
    ...over,
    // One reported figure unless the test gives the whole list.
    history: over.history ?? (over.reported ? [over.reported] : []),
  };
}

const reported43 = { licenses: 43, sports: 14, target: 90, asOf: "2024-04-21", source: "NOC report", note: null };

describe("license summary", () => {
  it("counts licenses; quota places only when they differ", () => {
    const en = text(licenseSummaryView(rc("en", BEFORE), catalog, summaryOf(paris)));
    expect(en).toContain("Listed here: <b>4 licenses</b> in 3 sports.");
    expect(en).not.toContain("quota place");
    const more = summaryOf(paris, { licenseCount: 15, totalPlaces: 17, sportCount: 4 });
    expect(text(licenseSummaryView(rc("en", BEFORE), catalog, more))).toContain(
      "Listed here: <b>15 licenses</b> (17 quota places) in 4 sports.",
    );
    expect(text(licenseSummaryView(rc("ru", BEFORE), catalog, more))).toContain(
      "В списке: <b>15 лицензий</b> (17 квотных мест) в 4 видах спорта.",
    );
    expect(text(licenseSummaryView(rc("kk", BEFORE), catalog, more))).toContain(
      "Тізімде: 4 спорт түрі бойынша <b>15 лицензия</b> (17 квоталық орын).",
    );
  });

  it("Russian and Kazakh plural forms of licenses and sports", () => {
    const ru = (licenseCount: number, sportCount: number) =>
      text(licenseSummaryView(rc("ru", BEFORE), catalog, summaryOf(paris, { licenseCount, totalPlaces: licenseCount, sportCount })));
    expect(ru(1, 1)).toContain("<b>1 лицензия</b> в 1 виде спорта.");
    expect(ru(2, 2)).toContain("<b>2 лицензии</b> в 2 видах спорта.");
    expect(ru(5, 5)).toContain("<b>5 лицензий</b> в 5 видах спорта.");
    expect(ru(21, 21)).toContain("<b>21 лицензия</b> в 21 виде спорта.");
    expect(ru(22, 11)).toContain("<b>22 лицензии</b> в 11 видах спорта.");
    const kk = text(licenseSummaryView(rc("kk", BEFORE), catalog, summaryOf(paris, { licenseCount: 1, totalPlaces: 1, sportCount: 1 })));
    expect(kk).toContain("Тізімде: 1 спорт түрі бойынша <b>1 лицензия</b>.");
  });

  it("the reported total, whenever it differs from what is listed, with its date and source", () => {
    const fewer = text(licenseSummaryView(rc("en", BEFORE), catalog, summaryOf(paris, { reported: reported43 })));
    expect(fewer).toContain(
      "Officially reported: <b>43 licenses</b> in 14 sports as of 21 April 2024 (“NOC report”). Not all of them are listed here.",
    );
    const listedMore = summaryOf(paris, { licenseCount: 50, totalPlaces: 50, reported: reported43 });
    expect(text(licenseSummaryView(rc("en", BEFORE), catalog, listedMore))).toContain(
      "as of 21 April 2024 (“NOC report”). More are listed here than that report counted.",
    );
    expect(text(licenseSummaryView(rc("ru", BEFORE), catalog, listedMore))).toContain(
      "Здесь их перечислено больше, чем указано в этом отчёте.",
    );
    const same = summaryOf(parisPara, {
      reported: { licenses: 12, sports: null, target: null, asOf: "2024-04-21", source: "Ministry", note: null },
    });
    expect(text(licenseSummaryView(rc("en", BEFORE), catalog, same))).not.toContain("Officially reported");
    // A report that names no number of sports says none.
    const noSports = summaryOf(parisPara, {
      reported: { licenses: 20, sports: null, target: null, asOf: "2024-04-21", source: "Ministry", note: null },
    });
    expect(text(licenseSummaryView(rc("en", BEFORE), catalog, noSports))).toContain(
      "Officially reported: <b>20 licenses</b> as of 21 April 2024 (“Ministry”).",
    );
  });

  it("the target as stated, and progress with its date: the report's when larger, else today's in the display zone", () => {
    const withReport = text(licenseSummaryView(rc("en", BEFORE), catalog, summaryOf(paris, { reported: reported43 })));
    expect(withReport).toContain("Target: <b>more than 90 licenses</b> — 43 as of 21 April 2024.");
    expect(withReport).not.toContain("so far");
    // 20:00 UTC on 1 May is already 2 May in Almaty (UTC+5).
    const listed = text(licenseSummaryView(rc("en", "2024-05-01T20:00:00Z"), catalog, summaryOf(paris)));
    expect(listed).toContain("Target: <b>more than 90 licenses</b> — 4 as of 2 May 2024.");
    expect(text(licenseSummaryView(rc("ru", BEFORE), catalog, summaryOf(paris, { reported: reported43 })))).toContain(
      "Цель: <b>более 90 лицензий</b> — 43 на 21 апреля 2024 г.",
    );
    expect(text(licenseSummaryView(rc("kk", BEFORE), catalog, summaryOf(paris, { reported: reported43 })))).toContain(
      "Мақсат: <b>90 лицензиядан астам</b>; алынғаны: 43 (2024 ж. 21 сәуір).",
    );
    // A target that is not "more than" reads as a number.
    const plain = summaryOf({ ...paris, licenseTarget: 21, licenseTargetAbove: false }, { target: 21 });
    expect(text(licenseSummaryView(rc("ru", BEFORE), catalog, plain))).toContain("Цель: <b>21 лицензия</b> — 4 на 1 мая 2024 г.");
  });

  it("Games that are over: in the past, with the result, the place in the medal table, the note and a medals button", () => {
    const summary = summaryOf(paris, { reported: reported43 });
    const en = licenseSummaryView(rc("en", AFTER), catalog, summary);
    expect(text(en)).toContain("Paris 2024 Olympic Games are over (closed on 11 August 2024).");
    expect(text(en)).toContain("Result: <b>1 gold, 3 silver, 3 bronze</b> — 43rd in the medal table.");
    expect(text(en)).toContain(`<i>${paris.note!.en.replace(/“/g, "“")}</i>`);
    expect(text(en)).not.toMatch(/so far|yet\b/);
    expect(buttons(en)).toContainEqual({ text: "🥇 Medals", data: medalsButton.encode({ gamesId: paris.id }) });
    const ru = text(licenseSummaryView(rc("ru", AFTER), catalog, summary));
    expect(ru).toContain("Олимпийские игры «Париж 2024» завершились: закрытие — 11 августа 2024 г.");
    expect(ru).toContain("Итог: <b>золото — 1, серебро — 3, бронза — 3</b>; 43-е место в медальном зачёте.");
    expect(ru).toContain(paris.note!.ru!);
    const kk = text(licenseSummaryView(rc("kk", AFTER), catalog, summary));
    expect(kk).toContain("«Париж 2024» Олимпиада ойындары аяқталды (жабылу күні: 2024 ж. 11 тамыз).");
    expect(kk).toContain("Нәтиже: <b>1 алтын, 3 күміс, 3 қола</b>, медаль кестесінде 43-орын.");
    expect(kk).toContain(paris.note!.kk!);
    // Before the Games: no result, no note, no medals button.
    const before = licenseSummaryView(rc("en", BEFORE), catalog, summaryOf(paris, { medals: { gold: 0, silver: 0, bronze: 0 } }));
    expect(text(before)).not.toContain("Result:");
    expect(text(before)).not.toContain(paris.note!.en);
    expect(buttons(before).map((b) => b.data)).not.toContain(medalsButton.encode({ gamesId: paris.id }));
  });

  it("Games over without recorded medals say so, without 'yet': nothing more is coming", () => {
    const none = summaryOf(paris, { medals: { gold: 0, silver: 0, bronze: 0 } });
    expect(text(licenseSummaryView(rc("en", AFTER), catalog, none))).toContain("No results of the team at these Games are recorded here.");
    expect(text(licenseSummaryView(rc("ru", AFTER), catalog, none))).toContain("Результаты сборной на этих Играх здесь не внесены.");
    expect(text(licenseSummaryView(rc("kk", AFTER), catalog, none))).toContain("Құраманың бұл Ойындардағы нәтижелері мұнда енгізілмеген.");
  });

  it("English ordinals for the medal table", () => {
    const at = (rank: number) => text(licenseSummaryView(rc("en", AFTER), catalog, summaryOf({ ...paris, medalRank: rank })));
    const cases: [number, string][] = [
      [1, "1st"],
      [2, "2nd"],
      [3, "3rd"],
      [4, "4th"],
      [11, "11th"],
      [12, "12th"],
      [13, "13th"],
      [21, "21st"],
      [22, "22nd"],
      [43, "43rd"],
      [101, "101st"],
      [111, "111th"],
    ];
    for (const [rank, ordinal] of cases) expect(at(rank), String(rank)).toContain(`— ${ordinal} in the medal table.`);
    // An unknown place is left out.
    expect(text(licenseSummaryView(rc("en", AFTER), catalog, summaryOf({ ...paris, medalRank: null })))).toContain(
      "Result: <b>1 gold, 3 silver, 3 bronze</b>.",
    );
  });

  it("sport lines and buttons count licenses; places are added where they differ", () => {
    const swim = model.sport("para-swimming");
    const summary = summaryOf(parisPara, { bySport: [{ sport: swim, licenses: 3, places: 5 }] });
    const view = licenseSummaryView(rc("en", BEFORE), catalog, summary);
    expect(text(view)).toContain("• Para swimming — 3 (5 quota places)");
    expect(buttons(view).map((b) => b.text)).toContain("Para swimming · 3");
  });
});

describe("license entries", () => {
  const nurbek = model.license("boxing:nurbek-oralbay");
  const yakovlev = model.license("rowing:yakovlev");
  const boxing = model.sport("boxing");
  const rowing = model.sport("rowing");

  it("athletes by name in the reader's script", () => {
    expect(licenseEntry(rc("en", BEFORE), nurbek, 1, boxing).value).toContain("1. <b>Nurbek Oralbay</b>");
    expect(licenseEntry(rc("ru", BEFORE), nurbek, 1, boxing).value).toContain("1. <b>Нурбек Оралбай</b>");
    expect(licenseEntry(rc("kk", BEFORE), nurbek, 1, boxing).value).toContain("1. <b>Нұрбек Оралбай</b>");
    // No Kazakh form is recorded for Yakovlev: a Kazakh reader gets the Russian (Cyrillic) one.
    expect(licenseEntry(rc("kk", BEFORE), yakovlev, 1, rowing).value).toContain("1. <b>Владислав Яковлев</b>");
  });

  it("event, how, where and note in the reader's language; the country named by Intl", () => {
    const ru = licenseEntry(rc("ru", BEFORE), yakovlev, 1, rowing).value;
    expect(ru).toContain(`Вид программы: ${yakovlev.event!.ru}`);
    expect(ru).toContain(`Как: ${yakovlev.howWon!.ru} — ${yakovlev.whereWon!.city!.ru}, ${countryName("KR", "ru")}`);
    expect(ru).toContain(`<i>${yakovlev.note!.ru}</i>`);
    const en = licenseEntry(rc("en", BEFORE), yakovlev, 1, rowing).value;
    expect(en).toContain("How: Won the Asian Rowing Olympic Qualifiers 2024 — Chungju, South Korea");
    const kk = licenseEntry(rc("kk", BEFORE), yakovlev, 1, rowing).value;
    expect(kk).toContain(`Жарыс түрі: ${yakovlev.event!.kk}`);
    expect(kk).toContain(countryName("KR", "kk"));
  });

  it("falls back to English where a translation is missing", () => {
    const partial: License = {
      ...yakovlev,
      event: { en: "Only in English", ru: "Только по-русски" },
      howWon: { en: "Qualifier" },
      whereWon: { city: { en: "Chungju", ru: "Чунджу" }, country: null },
      note: { en: "English note" },
    };
    const kk = licenseEntry(rc("kk", BEFORE), partial, 1, rowing).value;
    expect(kk).toContain("Жарыс түрі: Only in English");
    // No Kazakh form of the city: the Russian (Cyrillic) one, not the Latin.
    expect(kk).toContain("Қалай алынды: Qualifier — Чунджу");
    expect(kk).toContain("<i>English note</i>");
    const ru = licenseEntry(rc("ru", BEFORE), partial, 1, rowing).value;
    expect(ru).toContain("Вид программы: Только по-русски");
    expect(ru).toContain("Как: Qualifier — Чунджу");
  });

  it("a team license names its team in the reader's language; a city unknown leaves the country alone", () => {
    const team = model.license("para-sitting-volleyball:national-team");
    expect(licenseEntry(rc("ru", BEFORE), team, 1, team.sport).value).toContain(`1. <b>${team.team!.ru}</b>`);
    const onlyCountry: License = { ...yakovlev, whereWon: { city: null, country: "FR" } };
    expect(licenseEntry(rc("en", BEFORE), onlyCountry, 1, rowing).value).toContain(
      "How: Won the Asian Rowing Olympic Qualifiers 2024 — France",
    );
  });

  it("the sport's count says licenses, and quota places only when they differ", () => {
    expect(text(sportLicensesView(rc("en", BEFORE), catalog, paris, boxing, [nurbek], 0))).toContain("\n1 license\n");
    const two = { ...nurbek, quotaPlaces: 2 };
    expect(text(sportLicensesView(rc("en", BEFORE), catalog, paris, boxing, [two, nurbek], 0))).toContain(
      "\n2 licenses (3 quota places)\n",
    );
    expect(text(sportLicensesView(rc("ru", BEFORE), catalog, paris, boxing, [two, nurbek], 0))).toContain(
      "\n2 лицензии (3 квотных места)\n",
    );
    expect(text(sportLicensesView(rc("kk", BEFORE), catalog, paris, boxing, [two, nurbek], 0))).toContain(
      "\n2 лицензия (3 квоталық орын)\n",
    );
  });

  it("a license alert names the athlete in the reader's script and counts licenses", () => {
    const summary = summaryOf(paris);
    const kk = text(licenseAlertView(rc("kk", BEFORE), paris, nurbek, summary));
    expect(kk).toContain("Нұрбек Оралбай");
    expect(kk).toContain("Қазір тізімде: <b>4 лицензия</b>.");
  });
});

describe("schedule", () => {
  const surfing = model.sport("surfing");
  const window: CompetitionWindow = {
    gamesId: paris.id,
    sport: surfing,
    firstDay: "2024-07-27",
    lastDay: "2024-08-05",
    startsAt: null,
    note: { en: "Held at Teahupo'o", ru: "Теахупоо" },
  };

  it("window notes in the reader's language, English where not translated; the Games note in the overview", () => {
    const ru = text(scheduleView(rc("ru", BEFORE), catalog, paris, null, [window], 0));
    expect(ru).toContain("↳ <i>Теахупоо</i>");
    expect(ru).toContain(`<i>${paris.note!.ru}</i>`);
    const kk = text(scheduleView(rc("kk", BEFORE), catalog, paris, null, [window], 0));
    expect(kk).toContain("↳ <i>Held at Teahupo'o</i>");
    expect(kk).toContain(paris.note!.kk!);
    // One sport's schedule is about that sport only.
    expect(text(scheduleView(rc("ru", BEFORE), catalog, paris, surfing, [window], 0))).not.toContain(paris.note!.ru!);
  });
});

describe("medals", () => {
  it("the tally, then each medal with its athletes in the reader's script, sport, event and date", () => {
    const results = resultsOf(paris);
    const en = medalsView(rc("en", AFTER), catalog, paris, results);
    expect(text(en)).toContain("Result: <b>1 gold, 3 silver, 3 bronze</b> — 43rd in the medal table.");
    expect(text(en)).toContain("🥇 <b>Yeldos Smetov</b> — Judo, −60 kg (27 July 2024)");
    expect(text(en)).toContain("🥈 <b>Nurbek Oralbay</b> — Boxing, 80 kg");
    expect(text(en)).toContain("🥉 <b>Alexandra Le, Islam Satpayev</b> — Shooting, 10 m air rifle mixed team (27 July 2024)");
    // Gold first.
    expect(text(en).indexOf("🥇 <b>")).toBeLessThan(text(en).indexOf("🥈 <b>"));
    const kk = text(medalsView(rc("kk", AFTER), catalog, paris, results));
    // Mid-sentence the sport and the event are lower-case; weight classes as each language writes them.
    expect(kk).toContain("🥈 <b>Нұрбек Оралбай</b> — бокс, 80 кг-ға дейін");
    expect(kk).toContain("🥇 <b>Елдос Сметов</b> — дзюдо, 60 кг-ға дейін (2024 ж. 27 шілде)");
    const ru = text(medalsView(rc("ru", AFTER), catalog, paris, results));
    expect(ru).toContain("🥈 <b>Нурбек Оралбай</b> — бокс, до 80 кг");
    expect(ru).toContain("— борьба, греко-римская борьба, до 77 кг");
    expect(ru).toContain("— бокс, до 50 кг, женщины");
    // Gusman Kyrgyzbayev has no Kazakh form: the Russian one, not the Latin.
    expect(kk).toContain("Гусман Кыргызбаев");
    expect(buttons(en)).toContainEqual({ text: "⇄ Paralympic Games", data: medalsButton.encode({ gamesId: parisPara.id }) });
    expect(buttons(en)).toContainEqual({ text: "🏅 Licenses", data: summaryButton.encode({ gamesId: paris.id }) });
    // A card to share for each medal, in the order listed, before the other Games.
    expect(buttons(en).slice(0, results.length)).toEqual(
      results.map((r) => ({ text: expect.stringMatching(/^🖼 Card: [🥇🥈🥉] /u), data: medalCardButton.encode({ resultId: r.id }) })),
    );
    expect(buttons(en)[0]?.text).toBe("🖼 Card: 🥇 Yeldos Smetov");
    expect(buttons(medalsView(rc("ru", AFTER), catalog, paris, results))[0]?.text).toBe("🖼 Карточка: 🥇 Елдос Сметов");
  });

  it("a medal's note in the reader's language; athletes with only a Cyrillic name read it in English too", () => {
    const results = resultsOf(parisPara);
    const en = text(medalsView(rc("en", AFTER), catalog, parisPara, results));
    expect(en).toContain("Result: <b>2 gold, 3 silver, 4 bronze</b> — 39th in the medal table.");
    const gabbasov = model.result("para-shooting:gabbasov");
    expect(en).toContain(`↳ <i>${gabbasov.note!.en}</i>`);
    expect(text(medalsView(rc("kk", AFTER), catalog, parisPara, results))).toContain(`↳ <i>${gabbasov.note!.kk}</i>`);
    expect(en).toContain("Ергали Шамей");
  });

  it("no medals: before, during and after the Games", () => {
    expect(text(medalsView(rc("en", "2024-07-01T00:00:00Z"), catalog, paris, []))).toContain("These Games have not started yet.");
    expect(text(medalsView(rc("en", "2024-07-28T10:00:00Z"), catalog, paris, []))).toContain(
      "No medals are recorded here for these Games yet.",
    );
    expect(text(medalsView(rc("en", AFTER), catalog, paris, []))).toContain("No results of the team at these Games are recorded here.");
    // During the Games the tally and the place staff set are what stands so far.
    expect(text(medalsView(rc("en", "2024-07-28T10:00:00Z"), catalog, paris, resultsOf(paris)))).toContain(
      "So far: <b>1 gold, 3 silver, 3 bronze</b> — currently 43rd in the medal table (it can still change).\n",
    );
    expect(text(medalsView(rc("en", "2024-07-28T10:00:00Z"), catalog, { ...paris, medalRank: null }, resultsOf(paris)))).toContain(
      "So far: <b>1 gold, 3 silver, 3 bronze</b>.\n",
    );
  });
});

describe("athletes", () => {
  const record = (key: string) => {
    const athlete = model.athlete(key);
    return {
      athlete,
      licenses: model.licenses.filter((l) => l.license.athletes.some((a) => a.id === athlete.id)),
      results: model.results.filter((r) => r.result.athletes.some((a) => a.id === athlete.id)),
    };
  };

  it("the name in the reader's script, the other forms in brackets; licenses and medals; a button per sport", () => {
    const kk = athleteView(rc("kk", AFTER), "Нұрбек", [record("nurbek-oralbay")]);
    expect(text(kk)).toContain("👤 <b>Нұрбек Оралбай</b> (Нурбек Оралбай, Nurbek Oralbay)");
    expect(text(kk)).toContain("• «Париж 2024» Олимпиада ойындары — бокс");
    expect(text(kk)).toContain("🥈 «Париж 2024» Олимпиада ойындары — бокс, 80 кг-ға дейін");
    const boxing = model.sport("boxing");
    expect(buttons(kk)).toContainEqual({
      text: "🏅 Бокс · Париж 2024",
      data: sportButton.encode({ gamesId: paris.id, sportId: boxing.id, page: 0 }),
    });
    expect(buttons(kk)).toContainEqual({ text: "🥇 Париж 2024: медальдар", data: medalsButton.encode({ gamesId: paris.id }) });
    expect(text(athleteView(rc("en", AFTER), "nurbek", [record("nurbek-oralbay")]))).toContain(
      "👤 <b>Nurbek Oralbay</b> (Нурбек Оралбай, Нұрбек Оралбай)",
    );
    // Forms that are the same are not repeated.
    expect(text(athleteView(rc("ru", AFTER), "Сметов", [record("yeldos-smetov")]))).toContain("👤 <b>Елдос Сметов</b> (Yeldos Smetov)\n");
  });

  it("the twins in one message, each with their own licenses and medals", () => {
    const view = athleteView(rc("ru", AFTER), "Оралбай", [record("nurbek-oralbay"), record("aibek-oralbay")]);
    expect(text(view)).toContain("По запросу «Оралбай» найдены 2 спортсмена:");
    expect(text(view)).toContain("👤 <b>Нурбек Оралбай</b>");
    expect(text(view)).toContain("👤 <b>Айбек Оралбай</b>");
    const aibek = text(view).slice(text(view).indexOf("Айбек Оралбай</b>"));
    expect(aibek).toContain("• Олимпийские игры «Париж 2024» — бокс");
    expect(aibek).not.toContain("🥈");
    // One button per sport and Games, however many athletes share it.
    expect(buttons(view).filter((b) => b.text === "🏅 Бокс · Париж 2024")).toHaveLength(1);
  });

  it("an athlete with a medal and no license gets the medals button; one with nothing recorded says so", () => {
    const smetov = athleteView(rc("en", AFTER), "smetov", [record("yeldos-smetov")]);
    expect(text(smetov)).toContain("🥇 Paris 2024 Olympic Games — Judo, −60 kg (27 July 2024)");
    const gold = record("yeldos-smetov").results[0]!.result;
    expect(buttons(smetov)).toEqual([
      { text: "🥇 Paris 2024: medals", data: medalsButton.encode({ gamesId: paris.id }) },
      { text: "🖼 Card: 🥇 Judo · Paris 2024", data: medalCardButton.encode({ resultId: gold.id }) },
    ]);
    expect(buttons(athleteView(rc("kk", AFTER), "smetov", [record("yeldos-smetov")]))[1]?.text).toBe("🖼 Карточка: 🥇 Дзюдо · Париж 2024");
    const nobody = athleteView(rc("en", AFTER), "x", [{ athlete: { id: 999, name: { en: "New Athlete" } }, licenses: [], results: [] }]);
    expect(text(nobody)).toContain("No licenses or results are recorded here for this athlete yet.");
  });
});

describe("countdown", () => {
  const la = model.gamesBySlug("la-2028-olympic");
  const milan = model.gamesBySlug("milano-cortina-2026-olympic");

  it("the most recent Games that are over, in the past tense, with the result or that none is recorded", () => {
    const past = [
      { games: milan, medals: { gold: 0, silver: 0, bronze: 0 } },
      { games: parisPara, medals: tallyOf(resultsOf(parisPara)) },
    ];
    const en = countdownView(rc("en", AFTER), [la], undefined, past);
    expect(text(en)).toContain("Los Angeles 2028 Olympic Games</b>: <b>597 days</b> to go.");
    expect(text(en)).toContain(
      "Milan–Cortina d’Ampezzo 2026 Olympic Winter Games are over: they closed on 22 February 2026.\nNo results of the team at these Games are recorded here.",
    );
    expect(text(en)).toContain(
      "Paris 2024 Paralympic Games are over: they closed on 8 September 2024.\nResult: <b>2 gold, 3 silver, 4 bronze</b>.",
    );
    expect(buttons(en)).toEqual([
      { text: "🔄 Refresh", data: "m:c" },
      { text: "🥇 Paris 2024 (Paralympic): medals", data: medalsButton.encode({ gamesId: parisPara.id }) },
    ]);
    const ru = text(countdownView(rc("ru", AFTER), [la], undefined, past));
    expect(ru).toContain(
      "8 сентября 2024 г. завершились Паралимпийские игры «Париж 2024».\nИтог: <b>золото — 2, серебро — 3, бронза — 4</b>.",
    );
    // No upcoming Games: the past ones are still shown.
    expect(text(countdownView(rc("en", AFTER), [], undefined, past))).toContain("No upcoming Games are in the calendar yet.");
  });

  it("the pushed countdown (the broadcast sender's call) is unchanged", () => {
    const view = countdownView(rc("en", AFTER), [la], { licenses: new Map(), summaries: new Map() });
    expect(text(view)).not.toContain("are over");
    expect(buttons(view)).toEqual([{ text: "🔄 Refresh", data: "m:c" }]);
  });
});

describe("format", () => {
  it("names countries in each language, and leaves a code Intl does not know as it is", () => {
    expect(countryName("KR", "en")).toBe("South Korea");
    expect(countryName("FR", "ru")).toBe("Франция");
    expect(countryName("kr", "en")).toBe("South Korea");
    expect(countryName("AA", "en")).toBe("AA");
    expect(countryName("not a code", "en")).toBe("not a code");
  });
});
