/**
 * The screens of a Games' programme and windows (/games, staff), rendered alone in each language:
 * every text has the values its message needs, no zone identifier, no ISO date or instant, within
 * Telegram's 4,096 characters and 64-byte buttons; a Games whose programme is not confirmed says
 * so, and its preview says the offered list is kept.
 */
import { describe, expect, it } from "vitest";
import { createI18n } from "../../../src/bot/i18n.js";
import { joinHtml } from "../../../src/bot/render/html.js";
import {
  daysQuestionView,
  namesSportView,
  newSportQuestionView,
  pickSportView,
  programmePreviewView,
  programmeSavedView,
  programmeUndoneView,
  programmeView,
  sectionLines,
  sportNamesPreviewView,
  sportNamesSavedView,
  sportNamesUndoneView,
  timeQuestionView,
  windowActionsView,
  windowPreviewView,
  windowSavedView,
  windowSportView,
  windowsView,
  windowUndoneView,
} from "../../../src/bot/views/games-programme.js";
import { renderContext } from "../../../src/bot/views/render-context.js";
import { resultGamesRef } from "../../../src/bot/views/result-draft.js";
import type { View } from "../../../src/bot/views/view.js";
import type { ProgrammePlan } from "../../../src/domain/programme-edits.js";
import { LANGS } from "../../../src/lib/languages.js";
import { buildModel } from "../../helpers/fixtures.js";

const i18n = createI18n();
const NOW = new Date("2026-12-06T06:00:00Z");
const model = buildModel();
const laGames = model.gamesBySlug("la-2028-olympic");
const la = resultGamesRef(laGames);
const laPara = resultGamesRef(model.gamesBySlug("la-2028-paralympic"));
const brisbanePara = model.gamesBySlug("brisbane-2032-paralympic");
const summer = model.sports.filter((s) => s.kind === "olympic" && s.season === "summer");
const flag = model.sport("flag-football");
const breaking = model.sport("breaking");
const days = { firstDay: "2028-07-15", lastDay: "2028-07-22", startsAt: null };
const timed = { ...days, startsAt: "2028-07-15T16:30:00.000Z" };

const removal: ProgrammePlan = {
  gamesId: la.id,
  edit: { kind: "remove", sportId: flag.id },
  listedBefore: summer.map((s) => s.id),
  offered: summer.map((s) => s.id),
  listedAfter: summer.filter((s) => s.id !== flag.id).map((s) => s.id),
  added: [],
  removed: [flag.id],
  windowsRemoved: [{ sportId: flag.id, firstDay: days.firstDay, lastDay: days.lastDay }],
  alsoOfferedAt: [],
};
const creation: ProgrammePlan = {
  ...removal,
  gamesId: laPara.id,
  edit: { kind: "create", sport: { name: { en: "Kabaddi", ru: "Кабадди", kk: null }, aliases: ["kabadi"] } },
  listedBefore: [],
  listedAfter: removal.offered,
  removed: [],
  windowsRemoved: [],
  alsoOfferedAt: [brisbanePara.id],
};
const cricket = { name: { en: "Cricket", ru: "Cricket", kk: "Cricket" }, aliases: ["t20", "крикет"] };
const rename = {
  gamesId: la.id,
  sportId: model.sport("cricket").id,
  before: cricket,
  after: { name: { en: "Cricket", ru: "Крикет", kk: "Крикет" }, aliases: ["t20", "крикет"] },
};
const names = { sports: new Map(model.sports.map((s) => [s.id, s])), games: new Map(model.games.map((g) => [g.id, g])) };

function screens(lang: (typeof LANGS)[number]) {
  const rc = renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, NOW);
  const w = { sport: flag, days: timed };
  return {
    programme: programmeView(rc, la, summer, true),
    programmeOpen: programmeView(rc, laPara, summer, false),
    add: pickSportView(rc, la, "add", [breaking]),
    remove: pickSportView(rc, la, "remove", summer),
    nameEn: newSportQuestionView(rc, laPara, "en", null),
    nameRu: newSportQuestionView(rc, laPara, "ru", "Kabaddi"),
    nameKk: newSportQuestionView(rc, laPara, "kk", "Kabaddi"),
    aliases: newSportQuestionView(rc, laPara, "aliases", "Kabaddi"),
    namesSport: namesSportView(rc, la, summer),
    renameEn: newSportQuestionView(rc, la, "en", null, cricket),
    renameRu: newSportQuestionView(rc, la, "ru", "Cricket", cricket),
    renameAliases: newSportQuestionView(rc, la, "aliases", "Cricket", cricket),
    renamePreview: sportNamesPreviewView(rc, la, rename),
    renameSaved: sportNamesSavedView(rc, la, rename, 10),
    renameUndone: sportNamesUndoneView(rc, la, cricket.name),
    removalPreview: programmePreviewView(rc, la, removal, names),
    creationPreview: programmePreviewView(rc, laPara, creation, names),
    removalSaved: programmeSavedView(rc, la, removal, names, 7),
    creationSaved: programmeSavedView(rc, laPara, creation, names, 8),
    undoneAdd: programmeUndoneView(rc, la, "add", [breaking.name]),
    undoneRemove: programmeUndoneView(rc, la, "remove", [flag.name]),
    undoneCreate: programmeUndoneView(rc, laPara, "create", [{ en: "Kabaddi", ru: "Кабадди", kk: "Kabaddi" }]),
    windows: windowsView(rc, la, [w, { sport: breaking, days }]),
    noWindows: windowsView(rc, la, []),
    windowSport: windowSportView(rc, la, summer),
    actions: windowActionsView(rc, la, w),
    days: daysQuestionView(rc, la, { sport: flag, days: null }),
    time: timeQuestionView(rc, la, flag, days.firstDay, days),
    windowPreview: windowPreviewView(rc, la, flag, { gamesId: la.id, sportId: flag.id, before: null, after: timed }),
    windowSaved: windowSavedView(rc, la, flag, { gamesId: la.id, sportId: flag.id, before: days, after: timed }, 9),
    windowUndone: windowUndoneView(rc, la, flag.name, { gamesId: la.id, sportId: flag.id, before: timed, after: null }),
    card: { text: joinHtml(sectionLines(rc, la, { listed: 0, offered: 24, windows: 3 }), "\n") } as View,
  };
}

describe("programme and window screens", () => {
  for (const lang of LANGS) {
    it(`${lang}: every screen renders, with no zone id, ISO date or instant, within Telegram's limits`, () => {
      for (const [name, view] of Object.entries(screens(lang))) {
        const text = view.text.value;
        expect(text.length, name).toBeLessThanOrEqual(4096);
        expect(text, name).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|[A-Z][a-z]+\/[A-Z][a-z_]+/);
        for (const b of view.keyboard?.inline_keyboard.flat() ?? []) {
          if ("callback_data" in b) expect(Buffer.byteLength(b.callback_data ?? ""), name).toBeLessThanOrEqual(64);
          expect(b.text.length, name).toBeGreaterThan(0);
        }
      }
    });
  }

  it("a Games whose programme is not confirmed: the preview says its offered sports are kept, and where else a new sport shows", () => {
    const ru = screens("ru");
    expect(ru.creationPreview.text.value).toContain("⚠️ У этих Игр не было подтверждённой программы");
    expect(ru.creationPreview.text.value).toContain("🆕 Новый вид спорта: Kabaddi · по-русски: Кабадди · по-казахски: Kabaddi");
    expect(ru.creationPreview.text.value).toContain("Брисбен 2032 (Паралимпиада)");
    expect(ru.removalPreview.text.value).toContain("🗑 Вместе с ним уходят его дни соревнований: Flag football — 15–22 июля");
    expect(ru.removalSaved.text.value).toBe(
      "Сохранено: Лос-Анджелес 2028 · программа. Убрано: Flag football (вместе с днями соревнований). Болельщики уже видят это.",
    );
    expect(ru.renamePreview.text.value).toContain("По-английски: Cricket\nПо-русски: Cricket → <b>Крикет</b>");
    expect(ru.renameSaved.text.value).toBe(
      "Сохранено: Лос-Анджелес 2028 · Крикет. По-русски: Cricket → Крикет. По-казахски: Cricket → Крикет. Болельщики уже видят это.",
    );
    const kk = screens("kk");
    expect(kk.renameAliases.text.value).toContain("Қазір: <b>t20, крикет</b>.");
    expect(kk.programmeOpen.text.value).toContain("Әлі расталмаған — жанкүйерлерге жазғы Паралимпиаданың барлық спорт түрі ұсынылады");
    expect(kk.windowSaved.text.value).toContain(
      "алғашқы старт: 09:30, Лос-Анджелес уақытымен (UTC-7) · 21:30, Қазақстан уақытымен (UTC+5)",
    );
  });
});
