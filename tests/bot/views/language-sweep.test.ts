/**
 * Every fan screen of the seeded data, in Russian and Kazakh, at several pinned dates across the
 * cycle: no zone identifier ("Asia/Almaty"), no ISO date ("2024-07-26") and no English words
 * (months, "Source:", "and", the sports' English names) in the reader's text. A source's title
 * keeps its own language inside its quotation marks, so quoted titles are left out of the word
 * check (not of the others). Renders from the database's read model, as the bot does. Two made-up
 * qualification events (none is in the reference data) are added, so their screens, pushes and
 * calendar entries are swept too.
 */
import { InlineKeyboard } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALERT_OPS } from "../../../src/bot/callback-data/alert-controls.js";
import { SPORT_GROUPS } from "../../../src/bot/callback-data/subscriptions.js";
import { createI18n } from "../../../src/bot/i18n.js";
import { html } from "../../../src/bot/render/html.js";
import { alertControlsKeyboard, isResume, pressAnswer, stoppedNote } from "../../../src/bot/views/alert-controls.js";
import { athleteView } from "../../../src/bot/views/athlete.js";
import { calendarCaption, calendarName, renderCalendarIcs } from "../../../src/bot/views/calendar.js";
import { countdownView, latestPastGames } from "../../../src/bot/views/countdown.js";
import { countdownDescription } from "../../../src/bot/views/inline-results.js";
import { licenseAlertView } from "../../../src/bot/views/license-alert.js";
import { licenseSummaryView, sportLicensesView } from "../../../src/bot/views/licenses.js";
import { medalsView } from "../../../src/bot/views/medals.js";
import { qualifierReminderView, qualifierSummaryView, qualifiersScreen, sportQualifiersNote } from "../../../src/bot/views/qualifiers.js";
import { type RenderContext, renderContext } from "../../../src/bot/views/render-context.js";
import { scheduleView, todayView } from "../../../src/bot/views/schedule.js";
import {
  groupSports,
  type SettingsState,
  sportsPageCount,
  sportsPickerRows,
  sportsPickerText,
} from "../../../src/bot/views/subscriptions.js";
import type { View } from "../../../src/bot/views/view.js";
import type { Database } from "../../../src/db/client.js";
import { gamesCalendar } from "../../../src/domain/calendar.js";
import { daySummary } from "../../../src/domain/day-summary.js";
import {
  athleteLicenses,
  athleteResults,
  type FanData,
  gamesResults,
  licenseById,
  licenseSummary,
  listAthletes,
  loadFanData,
  scheduleFor,
  sportLicenses,
} from "../../../src/domain/fan-data.js";
import { gamesPhase, upcomingGames } from "../../../src/domain/games.js";
import { recordLicense } from "../../../src/domain/license-records.js";
import { addQualifier, closeQualifier } from "../../../src/domain/qualifier-records.js";
import { nextChance } from "../../../src/domain/qualifiers.js";
import { unobserved } from "../../../src/domain/read-model.js";
import { onDay } from "../../../src/domain/schedule.js";
import type { Games } from "../../../src/domain/types.js";
import type { Lang } from "../../../src/lib/languages.js";
import { hostDate } from "../../../src/lib/zoned-time.js";
import { createTestDatabase } from "../../helpers/db.js";
import { testLicenseWonAt, testQualifier } from "../../helpers/fixtures.js";
import { parseIcs } from "../../helpers/ics.js";

const i18n = createI18n();

/** Before Paris 2024, during it, between Games, during Milano Cortina 2026, today (December 2026), during LA 2028. */
const DATES = [
  "2024-04-25T06:00:00Z",
  "2024-07-28T10:00:00Z",
  "2025-03-01T06:00:00Z",
  "2026-02-10T12:00:00Z",
  "2026-12-06T06:00:00Z",
  "2028-07-20T18:00:00Z",
];
const LANGS_CHECKED: Lang[] = ["ru", "kk"];
/**
 * One date's sweep renders some 250 screens: a second or two alone, but up to a minute when a
 * loaded two-core CI machine gives this worker a fraction of a core (it timed out at 30 s there).
 */
const SWEEP_TIMEOUT_MS = 120_000;

const ZONE_ID = /\b[A-Z][a-z]+\/[A-Z][A-Za-z_]+\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const ENGLISH_WORDS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Source",
  "and",
  "the",
  "of",
  "yet",
  "time",
  "Games",
  "Olympic",
  "Paralympic",
  "license",
  "licenses",
  "medal",
  "medals",
  "days",
  "today",
];

/** Quoted titles («…», “…”) keep their own language. */
const withoutQuotedTitles = (text: string) => text.replace(/«[^«»]*»/g, "«»").replace(/“[^“”]*”/g, "“”");

let database: Database;
let data: FanData;
beforeAll(async () => {
  database = await createTestDatabase();
  data = await loadFanData(database.db);
  const la = data.catalog.games.find((g) => g.slug === "la-2028-olympic")!;
  const boxing = data.sports.find((s) => s.slug === "boxing" && s.kind === "olympic")!;
  const store = unobserved(database.db);
  const now = new Date("2026-12-01T00:00:00Z");
  const at = { gamesId: la.id, sportId: boxing.id };
  const event = (n: string, firstDay: string, lastDay: string) =>
    testQualifier(at, { name: { en: `Test qualifier ${n}`, ru: `Тестовый турнир ${n}`, kk: `Сынақ жарысы ${n}` }, firstDay, lastDay });
  const over = await addQualifier(store, 1, event("A", "2026-11-02", "2026-11-14"), now);
  await addQualifier(store, 1, event("B", "2027-05-12", "2027-05-19"), now);
  const won = await recordLicense(
    store,
    1,
    testLicenseWonAt(at, over.qualifierId, { en: "Test Winner", ru: "Тест Победитель", kk: "Тест Жеңімпаз" }),
    now,
    null,
  );
  expect(won.already).toBe(false);
  await closeQualifier(store, 1, over.qualifierId, now, { summaryAfterMs: null });
  data = await loadFanData(database.db);
});
afterAll(async () => {
  await database?.close();
});

/** The sports' English names that differ from the reader's, as whole words ("Boxing", "Judo"). */
function englishSportNames(lang: Lang): string[] {
  return [
    ...new Set(
      data.sports
        .filter((s) => /[A-Za-z]/.test(s.name.en) && s.name.en !== s.name[lang] && !/[A-Z]{2}/.test(s.name.en))
        .map((s) => s.name.en),
    ),
  ];
}

/**
 * Every English word a reader of `lang` must not see, as one pattern matching any of them as a
 * whole word (the word captured for the message): made once per language, as the sweep checks
 * thousands of texts, and a pattern per word per text made it too slow for a loaded machine.
 */
const englishWordPatterns = new Map<Lang, RegExp>();
function englishWords(lang: Lang): RegExp {
  let re = englishWordPatterns.get(lang);
  if (!re) {
    const words = [...ENGLISH_WORDS, ...englishSportNames(lang)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = new RegExp(`(?:^|[^\\p{L}])(${words.join("|")})(?=$|[^\\p{L}])`, "u");
    englishWordPatterns.set(lang, re);
  }
  return re;
}

function check(lang: Lang, where: string, text: string): void {
  expect(text, `${lang} ${where}: zone identifier`).not.toMatch(ZONE_ID);
  expect(text, `${lang} ${where}: ISO date`).not.toMatch(ISO_DATE);
  const english = englishWords(lang).exec(withoutQuotedTitles(text))?.[1];
  expect(english, `${lang} ${where}: English "${english}" in ${JSON.stringify(text.slice(0, 2000))}`).toBeUndefined();
  if (lang === "kk") expect(text, `${lang} ${where}: Latin place name`).not.toContain("Chungju");
}

/** A view's text and its buttons' labels. */
function checkView(lang: Lang, where: string, view: View): void {
  check(lang, where, view.text.value);
  for (const b of (view.keyboard?.inline_keyboard ?? []).flat()) check(lang, `${where} [button]`, b.text);
}

/** Every page of a paged view: page 0, 1, … until the indicator says it was the last. */
function pages(render: (page: number) => View): View[] {
  const out: View[] = [];
  for (let page = 0; page < 50; page++) {
    const view = render(page);
    out.push(view);
    const indicator = (view.keyboard?.inline_keyboard ?? []).flat().find((b) => /^\d+\/\d+$/.test(b.text));
    if (!indicator || Number(indicator.text.split("/")[0]) >= Number(indicator.text.split("/")[1])) break;
  }
  return out;
}

function everyScreen(rc: RenderContext): [string, View][] {
  const cat = data.catalog;
  const games = cat.games;
  const out: [string, View][] = [];
  const push = (where: string, view: View) => out.push([where, view]);

  push("countdown", countdownView(rc, upcomingGames(games, rc.now), undefined, latestPastGames(data, rc.now)));
  const upcoming = upcomingGames(games, rc.now);
  const licensesWon = new Map(upcoming.map((g) => [g.id, licenseSummary(data, g.id)?.licenseCount ?? 0]));
  const summaries = new Map(
    upcoming.flatMap((g) => {
      const day = daySummary(data, g, rc.now);
      return day ? [[g.id, day] as const] : [];
    }),
  );
  push("pushed countdown", countdownView(rc, upcoming, { licenses: licensesWon, summaries }));
  push("countdown card", { text: { value: countdownDescription(rc, upcoming) } as View["text"] });

  const running = games
    .filter((g) => gamesPhase(g, rc.now) === "during")
    .map((g) => ({ games: g, windows: onDay(scheduleFor(data, g.id), hostDate(rc.now, g.hostTz)) }));
  push("schedule today", todayView(rc, cat, running));

  for (const g of games) {
    const summary = licenseSummary(data, g.id);
    if (summary) {
      push(`licenses ${g.slug}`, licenseSummaryView(rc, cat, summary));
      push(`licenses ${g.slug} shared`, licenseSummaryView(rc, cat, summary, { shared: true }));
      for (const s of summary.bySport) {
        const list = sportLicenses(data, g.id, s.sport.id);
        for (const [i, view] of pages((p) => sportLicensesView(rc, cat, g, s.sport, list, p)).entries()) {
          push(`licenses ${g.slug} ${s.sport.slug} p${i + 1}`, view);
        }
      }
    }
    push(`medals ${g.slug}`, medalsView(rc, cat, g, gamesResults(data, g.id)));
    const windows = scheduleFor(data, g.id);
    for (const [i, view] of pages((p) => scheduleView(rc, cat, g, null, windows, p)).entries()) push(`schedule ${g.slug} p${i + 1}`, view);
    push(`schedule ${g.slug} shared`, scheduleView(rc, cat, g, null, windows, 0, { shared: true }));
    for (const w of windows) {
      push(`schedule ${g.slug} ${w.sport.slug}`, scheduleView(rc, cat, g, w.sport, scheduleFor(data, g.id, w.sport.id), 0));
    }
  }
  // A sport with no windows and no licenses at a Games: the "none" wordings.
  const boxing = data.sports.find((s) => s.slug === "boxing" && s.kind === "olympic")!;
  for (const g of games.filter((x) => x.kind === "olympic")) {
    push(`licenses ${g.slug} boxing (none?)`, sportLicensesView(rc, cat, g, boxing, sportLicenses(data, g.id, boxing.id), 0));
    push(`schedule ${g.slug} boxing (none?)`, scheduleView(rc, data.catalog, g, boxing, scheduleFor(data, g.id, boxing.id), 0));
  }

  for (const g of games) {
    push(`qualifiers ${g.slug}`, qualifiersScreen(rc, data, g, null, 0));
    push(`qualifiers ${g.slug} boxing`, qualifiersScreen(rc, data, g, boxing, 0));
    const qualifiers = sportQualifiersNote(rc, data, g, boxing);
    if (qualifiers)
      push(
        `licenses ${g.slug} boxing with qualifiers`,
        sportLicensesView(rc, cat, g, boxing, sportLicenses(data, g.id, boxing.id), 0, { qualifiers }),
      );
  }
  for (const q of data.qualifiers) {
    const g = data.games.get(q.gamesId)!;
    push(`qualifier #${q.id} reminder`, qualifierReminderView(rc, g, q));
    push(`qualifier #${q.id} summary`, qualifierSummaryView(rc, g, q, nextChance(data, g.id, q.sport, rc.now, q.id)));
  }

  for (const athlete of listAthletes(data)) {
    const query = athlete.name.en ?? athlete.name.ru ?? String(athlete.id);
    const record = { athlete, licenses: athleteLicenses(data, athlete.id), results: athleteResults(data, athlete.id) };
    push(`athlete ${query}`, athleteView(rc, query, [record]));
  }
  for (const l of data.licenses) {
    const found = licenseById(data, l.id)!;
    const summary = licenseSummary(data, found.games.id)!;
    push(`alert license #${l.id}`, licenseAlertView(rc, found.games, found.license, summary));
  }
  // The settings' list of sports (every group, every page, some ticked) and the buttons under alerts.
  const ticked = data.sports.filter((_, i) => i % 5 === 0);
  const settings: SettingsState = {
    sub: {
      chatId: 1,
      alerts: "chosen",
      sportIds: ticked.map((s) => s.id),
      olympic: true,
      paralympic: true,
      countdown: "off",
      results: "medals",
    },
    sports: ticked,
    language: null,
    group: true,
  };
  for (const group of SPORT_GROUPS) {
    const list = groupSports(rc, data.sports, group);
    for (let page = 0; page < sportsPageCount(list.length); page++) {
      const rows = sportsPickerRows(rc, settings, list, { group, page });
      const keyboard = new InlineKeyboard(rows.map((row) => row.map((b) => InlineKeyboard.text(b.label, "x"))));
      push(`sports ${group} p${page + 1}`, { text: sportsPickerText(rc, settings), keyboard });
    }
  }
  const moguls = data.sports.find((s) => s.slug === "freestyle-moguls")!;
  const subject = { type: "result" as const, sport: moguls, parent: data.sportsById.get(moguls.parentId!)! };
  for (const op of ALERT_OPS) {
    const about = op.endsWith("countdown") || /milestones|weekly|daily/.test(op) ? { type: "countdown" as const } : subject;
    const text = html`${isResume(op) ? stoppedNote(rc, about, op) : pressAnswer(rc, about, op, "done")}`;
    push(`alert controls ${op}`, { text, keyboard: alertControlsKeyboard(rc, about, op) });
  }
  return out;
}

/** The calendar's human texts: its name and description, each event's summary and description, and the chat caption. */
function calendarTexts(rc: RenderContext, g: Games): [string, string][] {
  const out: [string, string][] = [];
  for (const sportId of [null, ...new Set(scheduleFor(data, g.id).map((w) => w.sport.id))]) {
    const cal = gamesCalendar(data, g.id, sportId, rc.now);
    if (!cal) continue;
    const where = `calendar ${g.slug} ${sportId ?? "all"}`;
    out.push([`${where} caption`, calendarCaption(rc, cal, null).value], [`${where} name`, calendarName(rc, cal)]);
    const parsed = parseIcs(renderCalendarIcs(rc, cal));
    out.push([`${where} description`, parsed.description ?? ""]);
    for (const e of parsed.events) out.push([`${where} event`, `${e.summary}\n${e.description}`]);
  }
  return out;
}

describe("Russian and Kazakh screens of the seeded data", () => {
  for (const lang of LANGS_CHECKED) {
    for (const at of DATES) {
      it(
        `${lang} on ${at}: no zone identifier, ISO date or English words`,
        () => {
          const rc = renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, new Date(at));
          const screens = everyScreen(rc);
          expect(screens.length).toBeGreaterThan(50);
          for (const [where, view] of screens) checkView(lang, where, view);
        },
        SWEEP_TIMEOUT_MS,
      );
    }
    it(
      `${lang}: calendars (files and captions) of every Games`,
      () => {
        const rc = renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, new Date("2026-12-06T06:00:00Z"));
        for (const g of data.catalog.games) for (const [where, text] of calendarTexts(rc, g)) check(lang, where, text);
        const la = data.catalog.games.find((g) => g.slug === "la-2028-olympic")!;
        expect(calendarTexts(rc, la).some(([, text]) => text.includes(lang === "ru" ? "Тестовый турнир A" : "Сынақ жарысы A"))).toBe(true);
      },
      SWEEP_TIMEOUT_MS,
    );
  }

  it("the checks themselves catch what they are for", () => {
    expect(() => check("ru", "probe", "19:30 Europe/Paris")).toThrow(/zone identifier/);
    expect(() => check("ru", "probe", "Завоёвана: 2024-07-26")).toThrow(/ISO date/);
    expect(() => check("ru", "probe", "26 July 2024")).toThrow(/"July"/);
    expect(() => check("kk", "probe", "Дереккөз: Source: x")).toThrow(/"Source"/);
    expect(() => check("ru", "probe", "лицензии по Boxing")).toThrow(/"Boxing"/);
    expect(() => check("kk", "probe", "Қалай: Chungju")).toThrow(/Latin place name/);
    // A quoted title keeps its language.
    expect(() => check("ru", "probe", "Источник: «Astana Times, 22 апреля 2024 г.: Kazakhstan secures 43 licenses»")).not.toThrow();
  });
});
