import { describe, expect, test } from "vitest";
import { echoSafe } from "../../src/lib/echo-text.js";

const BIDI_CONTROLS = [
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200E",
  "\u200F",
  "\u061C",
];

describe("echoSafe", () => {
  test("removes every bidi control, so an override cannot flip what follows the echo", () => {
    expect(echoSafe("\u202Eoxob")).toBe("oxob");
    expect(echoSafe(BIDI_CONTROLS.map((c, i) => `${c}${i}`).join(""))).toBe("01234567891011");
    const out = echoSafe(`a${BIDI_CONTROLS.join("")}b`);
    expect(out).toBe("ab");
    expect(out).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  test("replaces lone surrogates with U+FFFD and keeps pairs", () => {
    expect(echoSafe("a\uD800b")).toBe("a\uFFFDb");
    expect(echoSafe("\uDC00x")).toBe("\uFFFDx");
    expect(echoSafe("box\uD83D")).toBe("box\uFFFD");
    expect(echoSafe("\uD83D\uD83D\uDC4A")).toBe("\uFFFD👊");
    expect(echoSafe("🥊🇰🇿")).toBe("🥊🇰🇿");
  });

  test("leaves real letters, emoji and joiners alone", () => {
    for (const text of [
      "Қазақстан: әйел, ғылым, қала, ң, өзен, ұлт, үй, һ, ін", // Kazakh letters
      "Бокс, тяжёлая атлетика, Ёлка", // Russian
      "ملاكمة — الملاكمة الأولمبية", // Arabic (right-to-left by itself, no controls needed)
      "אגרוף", // Hebrew
      "🥊🏅🇰🇿 👨‍👩‍👧 👍🏽", // emoji, a flag, a ZWJ family, a skin tone
      "می‌خواهم", // Persian with a zero-width non-joiner
      "e\u0301 café", // a combining accent
    ]) {
      expect(echoSafe(text), text).toBe(text);
    }
  });
});
