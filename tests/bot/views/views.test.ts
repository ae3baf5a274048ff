/**
 * Views render from data and a render context alone: no bot, no update, no database. The same
 * screens the handlers show are what the broadcast sender will render for a chat row.
 */
import { describe, expect, it } from "vitest";
import { inertButton } from "../../../src/bot/callback-data/inert.js";
import { languageButton } from "../../../src/bot/callback-data/language.js";
import { sportButton, summaryButton } from "../../../src/bot/callback-data/licenses.js";
import { menuButton } from "../../../src/bot/callback-data/menu.js";
import { scheduleButton } from "../../../src/bot/callback-data/schedule.js";
import { createI18n } from "../../../src/bot/i18n.js";
import { midSentence } from "../../../src/bot/render/format.js";
import { countdownView } from "../../../src/bot/views/countdown.js";
import { languageSetView, languageView } from "../../../src/bot/views/language.js";
import { licenseSummaryView, sportLicensesView } from "../../../src/bot/views/licenses.js";
import { type RenderContext, renderContext } from "../../../src/bot/views/render-context.js";
import { scheduleView, todayView } from "../../../src/bot/views/schedule.js";
import { sportChoiceView } from "../../../src/bot/views/sport-choice.js";
import { type SettingsState, settingsMenuRows, settingsMenuText } from "../../../src/bot/views/subscriptions.js";
import type { View } from "../../../src/bot/views/view.js";
import { referenceData } from "../../../src/db/seed/load.js";
import type { GamesCatalog } from "../../../src/domain/catalog.js";
import type { LicenseSummary } from "../../../src/domain/licenses.js";
import type { Games, License, Sport } from "../../../src/domain/types.js";
import type { Lang } from "../../../src/lib/languages.js";
import { buildModel, bySlug } from "../../helpers/fixtures.js";

const i18n = createI18n();
const rc = (lang: Lang, now: string, displayTz = "Asia/Almaty"): RenderContext => renderContext(i18n, lang, { displayTz }, new Date(now));

// Games, sports, athletes, licenses and results as the reference data has them (ids by position),
// so no fact is made up here.
const model = buildModel();
const allGames: Games[] = model.games;
const games = (slug: string) => model.gamesBySlug(slug);
const paris = games("paris-2024-olympic");
const _parisPara = games("paris-2024-paralympic");
const sport = (slug: string): Sport => model.sport(slug);
const boxing = sport("boxing");
const catalog: GamesCatalog = { games: allGames, withLicenses: new Set([paris.id]) };

const text = (v: View) => v.text.value;
const buttons = (v: View) =>
  (v.keyboard?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: "callback_data" in b ? b.callback_data : undefined }));

function license(n: number, extra: Partial<License> = {}): License {
  return {
    id: n,
    gamesId: paris.id,
    sport: boxing,
    event: null,
    athletes: [{ id: n, name: { en: `Athlete ${n}` } }],
    team: null,
    quotaPlaces: 1,
    wonOn: null,
    howWon: null,
    whereWon: null,
    source: "a source",
    note: null,
    ...extra,
  };
}

describe("views render without a bot", () => {
  it("countdown: days to go in the chat's language, the opening in the host's and the viewer's zone, a refresh button", () => {
    const view = countdownView(rc("ru", "2024-07-01T06:00:00Z"), [paris]);
    expect(text(view)).toContain("25 дней");
    expect(text(view)).toContain("19:30 по парижскому времени (UTC+2) · 22:30 по времени Казахстана (UTC+5)");
    expect(text(view)).not.toMatch(/Europe|Asia/);
    expect(buttons(view)).toEqual([{ text: i18n.t("ru", "button-refresh"), data: menuButton.encode({ item: "countdown" }) }]);
    expect(text(countdownView(rc("en", "2024-07-01T06:00:00Z"), []))).toBe(i18n.t("en", "countdown-none"));
  });

  it("a pushed countdown adds the licenses won so far and, during the Games, today's sports", () => {
    const during = rc("en", "2024-07-28T10:00:00Z");
    const judo = sport("judo");
    const text = countdownView(during, [paris], { licenses: new Map([[paris.id, 43]]), today: new Map([[paris.id, [boxing, judo]]]) }).text
      .value;
    expect(text).toContain("day 3 of 17");
    expect(text).toContain("Licenses won so far: <b>43</b>.");
    expect(text).toContain("Today: Boxing, Judo.");
    const before = countdownView(rc("ru", "2026-11-25T04:00:00Z"), [games("la-2028-olympic")], { licenses: new Map(), today: new Map() })
      .text.value;
    expect(before).toContain("Лицензий на эти Игры в списке пока нет.");
    expect(before).not.toContain("Сегодня");
  });

  it("the same view for a chat that sent nothing: its language and zone, from a render context alone", () => {
    const kk = text(countdownView(rc("kk", "2024-07-01T06:00:00Z", "Europe/Paris"), [paris]));
    expect(kk).toContain(i18n.t("kk", "countdown-header"));
    expect(kk).toContain("19:30, Париж уақытымен (UTC+2)");
    expect(kk).not.toContain("Қазақстан"); // the viewer is in the host's zone: one zone only
  });

  it("license summary: escaped values from the database, sport buttons, a way to the Paralympic Games", () => {
    const summary: LicenseSummary = {
      games: paris,
      totalPlaces: 3,
      licenseCount: 2,
      sportCount: 1,
      bySport: [{ sport: { ...boxing, name: { ...boxing.name, en: "Boxing <b>&</b>" } }, places: 3, licenses: 2 }],
      reported: { licenses: 43, sports: 19, target: null, asOf: "2024-04-21", source: "<script>alert(1)</script>", note: null },
      history: [{ licenses: 43, sports: 19, target: null, asOf: "2024-04-21", source: "<script>alert(1)</script>", note: null }],
      target: 90,
      medals: { gold: 0, silver: 0, bronze: 0 },
    };
    const view = licenseSummaryView(rc("en", "2024-05-01T00:00:00Z"), catalog, summary);
    expect(text(view)).toContain("Boxing &lt;b&gt;&amp;&lt;/b&gt;");
    expect(text(view)).toContain("&lt;script&gt;");
    expect(text(view)).not.toContain("<script>");
    expect(text(view)).toContain("Target: <b>more than 90 licenses</b> — 43 as of 21 April 2024.");
    const data = buttons(view).map((b) => b.data);
    expect(data).toContain(sportButton.encode({ gamesId: paris.id, sportId: boxing.id, page: 0 }));
    expect(data).toContain(summaryButton.encode({ gamesId: games("paris-2024-paralympic").id }));
  });

  it("sport licenses: eight to a page with a pager, the sport's schedule, all sports and the other Games under it", () => {
    const licenses = Array.from({ length: 20 }, (_, i) => license(i + 1));
    const view = sportLicensesView(rc("en", "2024-05-01T00:00:00Z"), catalog, paris, boxing, licenses, 1);
    expect(text(view)).toContain("9. <b>Athlete 9</b>");
    expect(text(view)).toContain("16. <b>Athlete 16</b>");
    expect(text(view)).not.toContain("Athlete 8<");
    expect(text(view)).not.toContain("Athlete 17<");
    expect(buttons(view).map((b) => b.text)).toEqual([
      "◀️",
      "2/3",
      "▶️",
      i18n.t("en", "button-sport-schedule", { sport: "Boxing" }),
      i18n.t("en", "button-share"),
      i18n.t("en", "button-all-sports"),
      "Milan–Cortina d’Ampezzo 2026 ▶️",
      i18n.t("en", "switch-kind", { kind: "paralympic" }),
    ]);
    // The same sport at the next Games of its kind; the other kind has other sports, so its overview.
    expect(buttons(view)[6]!.data).toBe(
      sportButton.encode({ gamesId: games("milano-cortina-2026-olympic").id, sportId: boxing.id, page: 0 }),
    );
    expect(buttons(view)[7]!.data).toBe(summaryButton.encode({ gamesId: games("paris-2024-paralympic").id }));
    expect(buttons(view)[1]!.data).toBe(inertButton.encode({}));
    expect(buttons(view)[3]!.data).toBe(scheduleButton.encode({ gamesId: paris.id, sportId: boxing.id, page: 0 }));
    // Share types the sport and these Games after @bot, as a fan would name them (no slug).
    expect(view.keyboard?.inline_keyboard.flat()[4]).toMatchObject({ switch_inline_query: "Boxing Paris 2024" });
    // A page past the end (a stale button) shows the last page.
    expect(text(sportLicensesView(rc("en", "2024-05-01T00:00:00Z"), catalog, paris, boxing, licenses, 99))).toContain(
      "20. <b>Athlete 20</b>",
    );
    // Shared (an inline card), it is one text with every license.
    const shared = text(sportLicensesView(rc("en", "2024-05-01T00:00:00Z"), catalog, paris, boxing, licenses, 1, { shared: true }));
    expect(shared).toContain("1. <b>Athlete 1</b>");
    expect(shared).toContain("20. <b>Athlete 20</b>");
  });

  it("schedule after the Games: the one 'Games are over' line; today with nothing on: the last and the next Games", () => {
    const after = rc("en", "2024-12-01T00:00:00Z");
    const over = (kind: string, date: string) =>
      i18n.t("en", "games-over", { games: i18n.t("en", "games-title", { kind, season: "summer", city: "Paris", year: "2024" }), date });
    expect(text(scheduleView(after, catalog, paris, null, [], 0))).toContain(over("olympic", "11 August 2024"));
    const today = text(todayView(after, catalog, []));
    expect(today).toContain(i18n.t("en", "today-no-games"));
    expect(today).toContain(over("paralympic", "8 September 2024")); // the Games that ended last
    expect(today).toContain("6 February 2026"); // Milano Cortina 2026 opens next
  });

  it("language: the stored choice ticked; once chosen, confirmed in the new language with the main menu", () => {
    const view = languageView(rc("ru", "2024-05-01T00:00:00Z"), "kk");
    expect(buttons(view)).toContainEqual({ text: `✓ ${i18n.t("ru", "language-name-kk")}`, data: languageButton.encode({ lang: "kk" }) });
    expect(buttons(view)).toContainEqual({ text: i18n.t("ru", "language-auto"), data: languageButton.encode({ lang: "auto" }) });
    const set = languageSetView(rc("kk", "2024-05-01T00:00:00Z"));
    expect(text(set)).toContain("тілі — қазақша."); // a language is a common noun mid-sentence
    expect(buttons(set).map((b) => b.data)).toEqual(["m:l", "m:d", "m:s", "m:c", "m:u", "m:g"]);
  });

  it("sport choice: suggestions open the sport in the asked screen; nothing close says so, query escaped and clipped", () => {
    const view = sportChoiceView(
      rc("en", "2024-05-01T00:00:00Z"),
      catalog,
      "boxng",
      { type: "unknown", suggestions: [boxing] },
      "schedule",
    );
    expect(text(view)).toBe(i18n.t("en", "sport-did-you-mean", { query: "boxng", command: "/schedule" }));
    expect(buttons(view)).toEqual([{ text: "Boxing", data: scheduleButton.encode({ gamesId: paris.id, sportId: boxing.id, page: 0 }) }]);
    const unknown = sportChoiceView(
      rc("en", "2024-05-01T00:00:00Z"),
      catalog,
      `<b>${"x".repeat(100)}`,
      { type: "unknown", suggestions: [] },
      "licenses",
    );
    expect(text(unknown)).toContain("&lt;b&gt;xxx");
    expect(text(unknown)).toContain("…");
    expect(unknown.keyboard).toBeUndefined();
  });

  it("subscription settings: every sport chosen still fits one message in every language; neither kind of Games is said so", () => {
    const every = referenceData.sports.map((_, i) => i + 1);
    const state: SettingsState = {
      sub: { chatId: 1, alerts: "chosen", sportIds: every, olympic: false, paralympic: false, countdown: "milestones", results: "off" },
      sports: referenceData.sports.map((s) => sport(s.slug)),
      language: null,
      group: true,
    };
    for (const lang of ["en", "ru", "kk"] as const) {
      const screen = settingsMenuText(rc(lang, "2024-05-01T00:00:00Z"), state).value;
      expect(screen.length, lang).toBeLessThan(4096);
      expect(screen, lang).toContain(i18n.t(lang, "sub-games", { games: "none" }));
      expect(screen, lang).toContain(i18n.t(lang, "sub-admins-only"));
      expect(screen, lang).toContain(midSentence(bySlug(referenceData.sports, "boxing").name[lang], lang));
      // The labels are the menu's outdated check, so the menu shows the state in them.
      const labels = settingsMenuRows(rc(lang, "2024-05-01T00:00:00Z"), state)
        .flat()
        .map((b) => b.label);
      expect(labels, lang).toContain(`✓ ${i18n.t(lang, "button-sub-alerts-chosen", { count: every.length })}`);
      expect(labels, lang).toContain(`⬜ ${i18n.t(lang, "button-sub-olympic")}`);
      expect(new Set(labels).size, lang).toBe(labels.length);
    }
  });
});
