// The calendar's callback codec and its PUBLIC_URL setting.
import { describe, expect, it } from "vitest";
import { broadcastListButton, cancelBroadcastButton } from "../../../src/bot/callback-data/broadcasts.js";
import { calendarButton } from "../../../src/bot/callback-data/calendar.js";
import { CallbackDataError, MAX_CALLBACK_BYTES } from "../../../src/bot/callback-data/codec.js";
import { inertButton } from "../../../src/bot/callback-data/inert.js";
import { languageButton } from "../../../src/bot/callback-data/language.js";
import { sportButton, summaryButton } from "../../../src/bot/callback-data/licenses.js";
import { medalsButton } from "../../../src/bot/callback-data/medals.js";
import { menuButton } from "../../../src/bot/callback-data/menu.js";
import { scheduleButton } from "../../../src/bot/callback-data/schedule.js";
import { sportSubscriptionButton } from "../../../src/bot/callback-data/subscriptions.js";
import { ConfigError, loadConfig } from "../../../src/config/index.js";

const TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-ab";
const others = [
  menuButton,
  summaryButton,
  sportButton,
  scheduleButton,
  languageButton,
  inertButton,
  sportSubscriptionButton,
  cancelBroadcastButton,
  broadcastListButton,
  medalsButton,
];

describe("the calendar button's data", () => {
  it("round-trips, within 64 bytes, and no other codec takes it", () => {
    for (const value of [
      { gamesId: 1, sportId: null },
      { gamesId: 3, sportId: 42 },
      { gamesId: 2_147_483_647, sportId: 2_147_483_647 }, // the largest id an integer column holds
    ]) {
      const encoded = calendarButton.encode(value);
      expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
      expect(calendarButton.decode(encoded)).toEqual(value);
      for (const other of others) expect(other.decode(encoded), other.prefix).toBeNull();
    }
    expect(calendarButton.encode({ gamesId: 3, sportId: null })).toBe("cal:3:0");
    // One past it is no button of ours (a forged press): it never reaches a query.
    expect(calendarButton.decode("cal:2147483648:0")).toBeNull();
    expect(() => calendarButton.encode({ gamesId: 2 ** 31, sportId: null })).toThrow(CallbackDataError);
    expect(others.map((c) => c.prefix)).not.toContain(calendarButton.prefix);
  });

  it("is strict: anything but exactly what encode makes decodes to null", () => {
    for (const bad of [
      undefined,
      "",
      "cal",
      "cal:3",
      "cal:0:0",
      "cal:03:0",
      "cal:3:00",
      "cal:3:1:0",
      "cal:-3:0",
      "cal:3:x",
      " cal:3:0",
      "cal:3:0 ",
      "sch:3:0:0",
      `cal:${"9".repeat(16)}:0`,
    ]) {
      expect(calendarButton.decode(bad), String(bad)).toBeNull();
    }
    expect(() => calendarButton.encode({ gamesId: 0, sportId: null })).toThrow(CallbackDataError);
  });
});

describe("PUBLIC_URL", () => {
  const problems = (env: Record<string, string>) => {
    try {
      loadConfig({ BOT_TOKEN: TOKEN, ...env });
      return [];
    } catch (err) {
      if (err instanceof ConfigError) return err.problems;
      throw err;
    }
  };

  it("is the feeds' base: given (no trailing slash), else WEBHOOK_URL's origin in webhook mode, else none", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, HTTP_PORT: "0", PUBLIC_URL: "https://fans.example.org/kz/" }).publicUrl).toBe(
      "https://fans.example.org/kz",
    );
    expect(loadConfig({ BOT_TOKEN: TOKEN }).publicUrl).toBeUndefined();
    expect(loadConfig({ BOT_TOKEN: TOKEN, HTTP_PORT: "8080" }).publicUrl).toBeUndefined();
    const webhook = {
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.com:8443/telegram/webhook",
      WEBHOOK_SECRET: "a-long-enough-secret-123",
    };
    expect(loadConfig(webhook).publicUrl).toBe("https://bot.example.com:8443");
    expect(loadConfig({ ...webhook, PUBLIC_URL: "https://cal.example.com" }).publicUrl).toBe("https://cal.example.com");
  });

  it("must be an http(s) URL, and needs an HTTP server to link to", () => {
    for (const bad of ["ftp://example.org", "example.org", "https://example.org/?a=1", "https://example.org/#x"]) {
      expect(problems({ HTTP_PORT: "0", PUBLIC_URL: bad }), bad).toEqual([expect.stringContaining("PUBLIC_URL")]);
    }
    expect(problems({ PUBLIC_URL: "https://example.org" })).toEqual([expect.stringContaining("HTTP_PORT")]);
    expect(problems({ PUBLIC_URL: "  " })).toEqual([]);
  });
});
