/**
 * A qualification event's texts as a native reader reads them: the closing summary names the event
 * once, with no "турнир … турнир завершён" nor "… — Testville аяқталды" (the city read as what ended),
 * and the staff preview gives the host's time as an offset, never a zone identifier.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../../../src/bot/i18n.js";
import { qualifierPreviewView } from "../../../src/bot/views/qualifier-draft.js";
import { qualifierSummaryView } from "../../../src/bot/views/qualifiers.js";
import { type RenderContext, renderContext } from "../../../src/bot/views/render-context.js";
import { type FanData, findGames, loadFanData } from "../../../src/domain/fan-data.js";
import { addQualifier, closeQualifier } from "../../../src/domain/qualifier-records.js";
import { unobserved } from "../../../src/domain/read-model.js";
import type { Games, Qualifier } from "../../../src/domain/types.js";
import type { Lang } from "../../../src/lib/languages.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";
import { testQualifier } from "../../helpers/fixtures.js";

const i18n = createI18n();
const NOW = new Date("2027-05-22T06:00:00Z");
const rc = (lang: Lang): RenderContext => renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, NOW);
/** Intl's narrow and thin spaces as plain ones. */
const plain = (text: string) => text.replace(/[\u2009\u202f]/g, " ");

let database: TestDatabase;
let games: Games;
let event: Qualifier;
beforeAll(async () => {
  database = await createTestDatabase();
  let data: FanData = await loadFanData(database.db);
  games = findGames(data, "la-2028-olympic")!;
  const boxing = data.sports.find((s) => s.slug === "boxing" && s.kind === "olympic")!;
  const store = unobserved(database.db);
  const { qualifierId } = await addQualifier(store, 1, testQualifier({ gamesId: games.id, sportId: boxing.id }), NOW);
  await closeQualifier(store, 1, qualifierId, NOW, { summaryAfterMs: null });
  data = await loadFanData(database.db);
  event = data.qualifiers.find((q) => q.id === qualifierId)!;
});
afterAll(async () => {
  await database?.close();
});

describe("a qualification event's texts", () => {
  it("the closing summary's first line says what ended, then which event, in Russian and Kazakh", () => {
    const first = (lang: Lang) => plain(qualifierSummaryView(rc(lang), games, event, null).text.value).split("\n")[0];
    expect(first("ru")).toBe(
      "🏁 Завершён отбор: <b>Тестовый отборочный турнир — Тествиль, Катар</b> · Бокс, Олимпийские игры «Лос-Анджелес 2028»",
    );
    expect(first("kk")).toBe(
      "🏁 Іріктеу аяқталды: <b>Сынақ іріктеу жарысы — Тествиль, Катар</b> · Бокс, «Лос-Анджелес 2028» Олимпиада ойындары",
    );
  });

  it("the staff preview gives the host's time as its offset from UTC, in every language", () => {
    for (const lang of ["en", "ru", "kk"] as const) {
      const text = qualifierPreviewView(rc(lang), event, games).text.value;
      expect(text, lang).toContain("UTC+3");
      expect(text, lang).not.toContain("Asia/Qatar");
    }
  });
});
