import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateIn,
  formatDateRange,
  formatTime,
  formatWhen,
  intlLocale,
  midSentence,
  sourceTitle,
  utcOffset,
  zoneLabel,
  zoneWords,
} from "../../../src/bot/render/format.js";

describe("display formatting", () => {
  const opening = new Date("2024-07-26T17:30:00Z"); // 19:30 in Paris

  it("formats calendar dates per language without shifting them by any zone", () => {
    expect(formatDate("2024-07-26", "en")).toBe("26 July 2024");
    expect(formatDate("2024-07-26", "ru")).toBe("26 июля 2024 г.");
    expect(formatDate("2024-07-26", "kk")).toMatch(/26 шілде/);
    expect(formatDate("2024-01-01", "en", false)).toBe("1 January");
  });

  it("formats ranges and single days", () => {
    expect(formatDateRange("2024-07-27", "2024-08-10", "en")).toMatch(/^27 July\s–\s10 August$/);
    expect(formatDateRange("2024-07-27", "2024-08-10", "ru")).toMatch(/27 июля\s–\s10 августа/);
    expect(formatDateRange("2024-08-02", "2024-08-02", "en")).toBe("2 August");
  });

  it("shows clock times in a named zone with its UTC offset", () => {
    expect(formatTime(opening, "Europe/Paris", "en")).toBe("19:30");
    expect(formatTime(opening, "Asia/Almaty", "ru")).toBe("22:30");
    expect(zoneLabel("Asia/Almaty", opening, "en")).toBe("Kazakhstan time (UTC+5)");
    expect(utcOffset("Europe/Paris", opening)).toBe("UTC+2");
    expect(utcOffset("Europe/Paris", new Date("2024-01-15T12:00:00Z"))).toBe("UTC+1");
    expect(utcOffset("Asia/Kolkata", opening)).toBe("UTC+5:30");
    expect(utcOffset("UTC", opening)).toBe("UTC");
    expect(formatDateIn(new Date("2024-07-26T22:00:00Z"), "Asia/Almaty", "en")).toBe("27 July 2024");
  });

  it("falls back to numeric dates when the runtime lacks Kazakh data", () => {
    expect(intlLocale("kk", () => true)).toEqual({ locale: "kk-KZ", numeric: false });
    expect(intlLocale("kk", () => false)).toEqual({ locale: "ru-RU", numeric: true });
  });

  it("names zones in words, never by their identifier", () => {
    expect(zoneLabel("Asia/Almaty", opening, "ru")).toBe("по времени Казахстана (UTC+5)");
    expect(zoneLabel("Asia/Almaty", opening, "kk")).toBe("Қазақстан уақытымен (UTC+5)");
    expect(zoneLabel("Europe/Paris", opening, "ru")).toBe("по парижскому времени (UTC+2)");
    expect(zoneLabel("Europe/Paris", opening, "kk")).toBe("Париж уақытымен (UTC+2)");
    expect(zoneWords("America/Los_Angeles", "ru")).toBe("по времени Лос-Анджелеса");
    expect(zoneWords("Asia/Qostanay", "en")).toBe("Kazakhstan time");
    // A zone outside the data's: Intl's generic name, or only the offset; never "Asia/Tokyo".
    for (const lang of ["en", "ru", "kk"] as const) {
      expect(zoneLabel("Asia/Tokyo", opening, lang)).not.toContain("Asia/Tokyo");
      expect(zoneLabel("Asia/Tokyo", opening, lang)).toContain("(UTC+9)");
      expect(zoneLabel("Etc/GMT-3", opening, lang)).toBe("UTC+3");
    }
  });

  it("says today and yesterday in staff lists, and the date otherwise (its year when not this year's)", () => {
    const now = new Date("2026-12-06T12:00:00Z");
    expect(formatWhen(new Date("2026-12-06T04:05:00Z"), "Asia/Almaty", now, "ru")).toBe("сегодня, 09:05");
    expect(formatWhen(new Date("2026-12-05T04:05:00Z"), "Asia/Almaty", now, "kk")).toBe("кеше, 09:05");
    expect(formatWhen(new Date("2026-11-20T04:05:00Z"), "Asia/Almaty", now, "en")).toBe("20 November, 09:05");
    expect(formatWhen(new Date("2025-11-20T04:05:00Z"), "Asia/Almaty", now, "ru")).toBe("20 ноября 2025 г., 09:05");
  });

  it("quotes a source's title in the reader's marks, its dates in the reader's form; an address as it is", () => {
    const source = "Astana Times, 2024-04-22: Kazakhstan secures 43 licenses";
    expect(sourceTitle(source, "ru")).toBe("«Astana Times, 22 апреля 2024 г.: Kazakhstan secures 43 licenses»");
    expect(sourceTitle(source, "en")).toBe("“Astana Times, 22 April 2024: Kazakhstan secures 43 licenses”");
    expect(sourceTitle(source, "kk")).toMatch(/^«Astana Times, .*22 сәуір.*: Kazakhstan secures 43 licenses»$/);
    expect(sourceTitle("https://example.org/news/2024-04-22", "ru")).toBe("https://example.org/news/2024-04-22");
  });

  it("lowers a name's capital mid-sentence in Russian and Kazakh only, and never an abbreviation's", () => {
    expect(midSentence("Бокс", "ru")).toBe("бокс");
    expect(midSentence("Пара жүзу", "kk")).toBe("пара жүзу");
    expect(midSentence("BMX фристайл", "ru")).toBe("BMX фристайл");
    expect(midSentence("SB13", "kk")).toBe("SB13");
    expect(midSentence("Boxing", "en")).toBe("Boxing");
  });
});
