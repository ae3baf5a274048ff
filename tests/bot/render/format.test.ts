import { describe, expect, it } from "vitest";
import { formatDate, formatDateIn, formatDateRange, formatTime, intlLocale, utcOffset, zoneLabel } from "../../../src/bot/render/format.js";

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
    expect(zoneLabel("Asia/Almaty", opening)).toBe("Asia/Almaty (UTC+5)");
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
});
