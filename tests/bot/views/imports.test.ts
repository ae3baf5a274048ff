/**
 * The import's screens in the reader's language and within one Telegram message: a file with a
 * thousand errors lists what fits and says how many more; every refusal and every problem renders
 * in Russian and Kazakh; the audit log names an import and its Undo in words.
 */
import { describe, expect, it } from "vitest";
import { createI18n } from "../../../src/bot/i18n.js";
import { MAX_MESSAGE_LENGTH } from "../../../src/bot/render/split-message.js";
import { auditView } from "../../../src/bot/views/audit.js";
import { checkView, templateView } from "../../../src/bot/views/imports.js";
import { renderContext } from "../../../src/bot/views/render-context.js";
import type { ImportError } from "../../../src/domain/imports/cells.js";
import { licensesKind } from "../../../src/domain/imports/kinds/licenses.js";
import { IMPORT_KINDS } from "../../../src/domain/imports/registry.js";
import { buildModel } from "../../helpers/fixtures.js";

const i18n = createI18n();
const NOW = new Date("2026-12-06T06:00:00Z");
const rc = (lang: "en" | "ru" | "kk") => renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, NOW);
const model = buildModel();

/** One of every problem the domain reports, with the arguments it gives. */
const PROBLEMS: Omit<ImportError, "line">[] = [
  { column: "games", problem: "required" },
  { column: "note_en", problem: "too-long", args: { length: 1200, max: 1000 } },
  { column: "event_en", problem: "english-missing" },
  { column: "won_on", problem: "date", args: { value: "13/45/2026" } },
  { column: "quota_places", problem: "number", args: { value: "0", min: 1, max: 50 } },
  { column: "id", problem: "id", args: { value: "x" } },
  { column: "id", problem: "id-unknown", args: { value: "4512" } },
  { column: "id", problem: "id-repeated", args: { value: "12", first: "7" } },
  { column: null, problem: "key-repeated", args: { first: "7" } },
  { column: "games", problem: "games", args: { value: "la-2029" } },
  { column: "sport", problem: "sport", args: { value: "quidditch" } },
  { column: "sport", problem: "sport-not-held", args: { value: "biathlon", games: "la-2028-olympic" } },
  { column: "where_won_country", problem: "country", args: { value: "XX" } },
  { column: "first_start", problem: "time", args: { value: "25:00" } },
  { column: "medal", problem: "medal", args: { value: "platinum" } },
  { column: "placing_en", problem: "medal-or-placing" },
  { column: "athletes", problem: "athlete-id", args: { value: "#99" } },
  { column: "athletes", problem: "athlete-name", args: { value: "..." } },
  { column: "athletes", problem: "athlete-ambiguous", args: { value: "A. B.", ids: "#3, #9" } },
  { column: "athletes", problem: "athletes-too-many", args: { count: 31, max: 30 } },
  { column: "last_day", problem: "days-order" },
  { column: "first_day", problem: "days-outside", args: { games: "la-2028-olympic" } },
  { column: "won_on", problem: "date-future", args: { value: "2027-01-01" } },
  { column: "won_on", problem: "date-outside-games", args: { value: "2024-08-12", games: "paris-2024-olympic" } },
  { column: null, problem: "cells", args: { count: 5, expected: 23 } },
];

describe("import screens", () => {
  it("list what fits of a thousand errors in one message, and say how many more", () => {
    const errors: ImportError[] = Array.from({ length: 1000 }, (_, i) => ({
      line: i + 2,
      column: "won_on",
      problem: "date",
      args: { value: `${"9".repeat(200)}${i}` },
    }));
    for (const lang of ["en", "ru", "kk"] as const) {
      const { text } = checkView(rc(lang), { status: "invalid", kind: licensesKind, rows: 1000, errors }, "x.csv");
      expect(text.value.length, lang).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
      expect(text.value).toContain(lang === "kk" ? "2-жол" : lang === "ru" ? "Строка 2" : "Line 2");
      expect(text.value).toMatch(/…(and|и ещё|тағы) \d+/);
    }
    const en = checkView(rc("en"), { status: "invalid", kind: licensesKind, rows: 1000, errors }, "x.csv").text.value;
    // Each echoed value is clipped; the line numbers are the file's (no "1,001").
    expect(en).toContain(`Line 28, <code>won_on</code>: “${"9".repeat(59)}…” is not a date`);
    expect(en).toContain("…and 973 more.\n\nFix them and send the file again.");
    expect(en).not.toMatch(/Line \d,\d/);
  });

  it("say every problem and every refusal in Russian and Kazakh, with no key left", () => {
    for (const lang of ["ru", "kk"] as const) {
      const errors = PROBLEMS.map((p, i) => ({ ...p, line: i + 2 }));
      const { text } = checkView(rc(lang), { status: "invalid", kind: licensesKind, rows: 30, errors }, "x.csv");
      for (const p of PROBLEMS) expect(text.value, `${lang} ${p.problem}`).not.toContain(`imp-err-${p.problem}`);
      expect(text.value).not.toMatch(/\{ ?\$|imp-/);
      for (const problem of ["workbook", "binary", "encoding", "empty"] as const) {
        expect(checkView(rc(lang), { status: "unreadable", problem }, "x.csv").text.value).not.toMatch(/imp-|\{/);
      }
      expect(checkView(rc(lang), { status: "unreadable", problem: "quoting", line: 7 }, "x.csv").text.value).toContain("7");
      expect(checkView(rc(lang), { status: "unreadable", problem: "rows", max: 10_000 }, "x.csv").text.value).toMatch(/10\s000/);
      const header = checkView(
        rc(lang),
        { status: "header", kind: licensesKind, missing: ["won_on"], unknown: ["x"], repeated: ["id"] },
        "x.csv",
      );
      expect(header.text.value).toContain("<code>won_on</code>");
      for (const kind of IMPORT_KINDS) expect(templateView(rc(lang), kind, model.games).text.value).not.toMatch(/imp-|\{ ?\$/);
    }
  });

  it("name an import and its Undo in the audit log, in words", () => {
    const view = auditView(
      rc("ru"),
      [
        {
          id: 12,
          actorId: 1,
          username: "owner",
          action: "import.undo",
          entity: "import",
          entityId: "licenses",
          payload: { undoes: 11, kind: "licenses", digest: "0123456789abcdef", removed: 500, restored: 2 },
          createdAt: new Date("2026-12-05T11:00:00Z"),
        },
        {
          id: 11,
          actorId: 1,
          username: "owner",
          action: "import.apply",
          entity: "import",
          entityId: "licenses",
          payload: {
            kind: "licenses",
            file: "l.csv",
            digest: "0123456789abcdef",
            counts: { new: 500, changed: 2, unchanged: 14 },
            athletes: [],
            rows: [],
          },
          createdAt: new Date("2026-12-05T10:00:00Z"),
        },
      ],
      0,
      { games: new Map(model.games.map((g) => [g.id, g])), sports: model.sports },
    );
    expect(view.text.value).toContain("Импорт #11 отменён: Лицензии — удалено: 500, возвращено: 2");
    expect(view.text.value).toContain("Импорт CSV: Лицензии — новых: 500, изменённых: 2");
    expect(view.text.value).not.toContain("import.apply");
  });
});
