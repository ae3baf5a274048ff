import { describe, expect, it } from "vitest";
import { createI18n } from "../../../src/bot/i18n.js";
import { renderContext } from "../../../src/bot/views/render-context.js";
import { type StatusReport, statusView } from "../../../src/bot/views/status.js";

const i18n = createI18n();
const rc = (lang: "en" | "ru" | "kk") => renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, new Date("2026-11-25T04:00:00Z"));

const report: StatusReport = {
  version: "1.2.3",
  uptimeSec: 2 * 86_400 + 3 * 3_600 + 4 * 60 + 59,
  mode: "webhook",
  database: "postgres",
  leader: false,
  queueDepth: 12,
  pendingDeliveries: null,
  errors: [],
};

describe("statusView", () => {
  it("shows every field, in each language", () => {
    const en = statusView(rc("en"), report).text.value;
    for (const part of [
      "Version: 1.2.3",
      "Up for: 2 d 3 h 4 min",
      "Updates by: webhook",
      "Database: PostgreSQL",
      "Broadcast sender: another instance",
      "Bot API calls waiting here: 12",
      "Deliveries waiting to be sent: unknown",
      "No errors since the start.",
    ]) {
      expect(en).toContain(part);
    }
    expect(statusView(rc("ru"), report).text.value).toContain("Работает: 2 д 3 ч 4 мин");
    expect(statusView(rc("kk"), report).text.value).toContain("Жұмыс уақыты: 2 күн 3 сағ 4 мин");
  });

  it("lists the latest errors with when, what and how often", () => {
    const errors = [
      { at: new Date("2026-11-25T03:59:00Z"), source: "update" as const, message: "Error: connect ECONNREFUSED 127.0.0.1:5432", count: 12 },
      { at: new Date("2026-11-25T03:00:00Z"), source: "sender" as const, message: "Error: boom", count: 1 },
    ];
    const en = statusView(rc("en"), { ...report, errors }).text.value;
    expect(en).toContain(
      "<b>Latest errors</b>\n• 25 November 08:59 update: Error: connect ECONNREFUSED 127.0.0.1:5432 (×12)\n• 25 November 08:00 broadcast sender: Error: boom",
    );
    expect(statusView(rc("ru"), { ...report, errors }).text.value).toContain("отправка рассылок: Error: boom");
  });

  it("escapes the errors' text and stays within one message however many and long they are", () => {
    const errors = Array.from({ length: 40 }, (_, i) => ({
      at: new Date("2026-11-25T03:00:00Z"),
      source: "update" as const,
      message: `<b>${i}</b> & ${"x".repeat(480)}`,
      count: 1,
    }));
    const text = statusView(rc("en"), { ...report, errors }).text.value;
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(text).toContain("&lt;b&gt;0&lt;/b&gt; &amp;");
    expect(text).not.toContain("<b>0</b>");
    // The newest first: the oldest gave way.
    expect(text).not.toContain("&lt;b&gt;39&lt;/b&gt;");
    expect(text).toContain("• 25 November 08:00 update: ");
  });
});
