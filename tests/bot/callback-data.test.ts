import { describe, expect, it } from "vitest";
import { CallbackDataError, encodeCallback, MAX_CALLBACK_BYTES, parseCallback, type CallbackData } from "../../src/bot/callback-data.js";

const samples: CallbackData[] = [
  { type: "menu", item: "licenses" },
  { type: "menu", item: "schedule" },
  { type: "menu", item: "countdown" },
  { type: "menu", item: "language" },
  { type: "summary", gamesId: 3 },
  { type: "sport", gamesId: 1, sportId: 42, page: 0 },
  { type: "sport", gamesId: 2_147_483_647, sportId: 2_147_483_647, page: 9999 },
  { type: "schedule", gamesId: 1, sportId: null, page: 2 },
  { type: "schedule", gamesId: 1, sportId: 7, page: 0 },
  { type: "lang", lang: "kk" },
  { type: "lang", lang: "auto" },
  { type: "noop" },
];

describe("callback data codec", () => {
  it("round-trips every kind of button and stays within 64 bytes", () => {
    for (const data of samples) {
      const encoded = encodeCallback(data);
      expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
      expect(parseCallback(encoded)).toEqual(data);
    }
  });

  it("is compact", () => {
    expect(encodeCallback({ type: "sport", gamesId: 1, sportId: 12, page: 0 })).toBe("lic:1:12:0");
    expect(encodeCallback({ type: "lang", lang: "ru" })).toBe("lng:ru");
  });

  it("refuses to encode invalid ids and anything over 64 bytes", () => {
    expect(() => encodeCallback({ type: "summary", gamesId: 0 })).toThrow(CallbackDataError);
    expect(() => encodeCallback({ type: "sport", gamesId: 1.5, sportId: 1, page: 0 })).toThrow(CallbackDataError);
    expect(() => encodeCallback({ type: "sport", gamesId: 1, sportId: 1, page: -1 })).toThrow(CallbackDataError);
    // Nothing is encoded that parseCallback would reject.
    expect(() => encodeCallback({ type: "sport", gamesId: Number.MAX_SAFE_INTEGER, sportId: 1, page: 0 })).toThrow(CallbackDataError);
    expect(() => encodeCallback({ type: "sport", gamesId: 1, sportId: 1, page: 10_000 })).toThrow(CallbackDataError);
  });

  it("returns null for forged, foreign, stale-format or malformed data", () => {
    const bad = [
      undefined,
      "",
      "lic",
      "lic:1:2",
      "lic:1:2:3:4",
      "lic:0:2:0",
      "lic:01:2:0",
      "lic:-1:2:0",
      "lic:1:2:99999",
      "lic:1:x:0",
      "lic:9999999999999999:1:0",
      "ls:1 ",
      " ls:1",
      "LS:1",
      "lng:de",
      "lng:",
      "m:x",
      "sch:1:-0:0",
      "nop:1",
      "x".repeat(64),
      "lic:1:2:0" + "\u0000",
      "'; DROP TABLE chats; --",
      "<b>x</b>",
      "🥊",
      "some_other_bot:payload",
    ];
    for (const input of bad) expect(parseCallback(input), String(input)).toBeNull();
  });
});
