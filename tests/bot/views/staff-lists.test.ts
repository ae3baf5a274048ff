/**
 * Staff lists in the reader's language: /broadcasts describes a broadcast in words (never its key),
 * /audit names fields and writes dates in the reader's form, and says what a removed license was.
 */
import { describe, expect, it } from "vitest";
import { createI18n } from "../../../src/bot/i18n.js";
import { auditView } from "../../../src/bot/views/audit.js";
import { broadcastsView } from "../../../src/bot/views/broadcasts.js";
import { renderContext } from "../../../src/bot/views/render-context.js";
import type { Qualifier } from "../../../src/domain/types.js";
import { buildModel } from "../../helpers/fixtures.js";

const i18n = createI18n();
const NOW = new Date("2026-12-06T06:00:00Z");
const model = buildModel();
const la = model.gamesBySlug("la-2028-olympic");
const paris = model.gamesBySlug("paris-2024-olympic");
const nurbek = model.license("boxing:nurbek-oralbay");
const subjects = { games: new Map(model.games.map((g) => [g.id, g])), licenses: [nurbek], sports: model.sports };
/** A made-up qualification event (none is in the reference data). */
const madeUpQualifier: Qualifier = {
  id: 3,
  gamesId: la.id,
  sport: model.sport("boxing", "olympic"),
  name: { en: "Test qualifier", ru: "Тестовый турнир" },
  event: null,
  place: null,
  hostTz: "Asia/Qatar",
  firstDay: "2026-12-08",
  lastDay: "2026-12-10",
  quotaPlaces: null,
  athletes: [],
  source: null,
  closedAt: null,
  licenses: [],
};
const counts = { pending: 0, sending: 0, sent: 3, blocked: 0, failed: 0, cancelled: 0 };

describe("staff lists", () => {
  it("/broadcasts in Russian: kind, cadence, Games and when in words; no key, zone identifier or ISO date", () => {
    const rc = renderContext(i18n, "ru", { displayTz: "Asia/Almaty" }, NOW);
    const view = broadcastsView(
      rc,
      [
        {
          id: 7,
          dedupeKey: `countdown:${la.slug}:2026-12-06:daily`,
          kind: "countdown",
          status: "done",
          createdAt: new Date("2026-12-06T04:00:00Z"),
          payload: { gamesIds: [la.id] },
          counts,
        },
        {
          id: 6,
          dedupeKey: `license:${nurbek.id}`,
          kind: "license",
          status: "done",
          createdAt: new Date("2026-11-20T04:00:00Z"),
          payload: { licenseId: nurbek.id },
          counts,
        },
        { id: 5, dedupeKey: "license:999", kind: "license", status: "cancelled", createdAt: NOW, payload: { licenseId: 999 }, counts },
        {
          id: 4,
          dedupeKey: "qualifier:3:reminder:2026-12-07",
          kind: "qualifier",
          status: "done",
          createdAt: NOW,
          payload: { qualifierId: 3, stage: "reminder" },
          counts,
        },
        {
          id: 3,
          dedupeKey: "qualifier:9:summary:x",
          kind: "qualifier",
          status: "done",
          createdAt: NOW,
          payload: { qualifierId: 9, stage: "summary" },
          counts,
        },
      ],
      30,
      { ...subjects, results: [], qualifiers: [madeUpQualifier] },
    ).text.value;
    expect(view).toContain("Даты и время — по времени Казахстана (UTC+5).");
    expect(view).toContain("<b>#7</b> ⏳ Обратный отсчёт (ежедневно): Лос-Анджелес 2028 — завершена, сегодня, 09:00");
    expect(view).toContain("<b>#6</b> 🏅 Новая лицензия #");
    expect(view).toContain(": бокс, Нурбек Оралбай · Париж 2024 — завершена, 20 ноября, 09:00");
    expect(view).toContain("<b>#5</b> 🏅 Новая лицензия #999 (позже удалена)");
    expect(view).toContain("<b>#4</b> ⏰ Напоминание — отборочный турнир #3: Тестовый турнир (бокс) · Лос-Анджелес 2028 — завершена");
    expect(view).toContain("<b>#3</b> 🏁 Итоги — отборочный турнир #9 (позже удалён)");
    expect(view).not.toMatch(/countdown:|license:|\d{4}-\d{2}-\d{2}|Asia\//);
  });

  it("/audit in Kazakh: field labels, dates in the reader's form, and what a removed license was", () => {
    const rc = renderContext(i18n, "kk", { displayTz: "Asia/Almaty" }, NOW);
    const snapshot = { ...nurbek, sport: "boxing", wonOn: "2026-11-20" };
    const view = auditView(
      rc,
      [
        {
          id: 2,
          actorId: 1,
          username: "owner",
          action: "license.edit",
          entity: "license",
          entityId: String(nurbek.id),
          payload: { before: snapshot, after: { ...snapshot, wonOn: "2026-12-02", event: { en: "80 kg", ru: "до 80 кг" } } },
          createdAt: new Date("2026-12-05T10:00:00Z"),
        },
        {
          id: 3,
          actorId: 1,
          username: "owner",
          action: "license.remove",
          entity: "license",
          entityId: String(nurbek.id),
          payload: { before: snapshot, alert: { alert: "none", sent: 0 } },
          createdAt: NOW,
        },
      ],
      0,
      { games: subjects.games, sports: model.sports },
    ).text.value;
    expect(view).toContain("Күн мен уақыт Қазақстан уақытымен (UTC+5) көрсетілген.");
    expect(view).toContain("Алынған күні: 2026 ж. 20 қараша → 2026 ж. 2 желтоқсан");
    expect(view).toContain("Жарыс түрі (ағылшынша): — → 80 kg");
    expect(view).toContain("↳ бокс, Нұрбек Оралбай · Париж 2024");
    expect(view).toContain("кеше, 15:00");
    expect(view).not.toMatch(/wonOn|\d{4}-\d{2}-\d{2}|Asia\//);
    expect(paris.id).toBe(nurbek.gamesId);
  });
});
