import { describe, expect, it } from "vitest";
import { broadcastListButton, cancelBroadcastButton } from "../../../src/bot/callback-data/broadcasts.js";
import { type CallbackCodec, CallbackDataError, MAX_CALLBACK_BYTES } from "../../../src/bot/callback-data/codec.js";
import {
  exportKindButton,
  importApplyButton,
  importCancelButton,
  importTemplateButton,
  importUndoButton,
} from "../../../src/bot/callback-data/imports.js";
import { inertButton } from "../../../src/bot/callback-data/inert.js";
import { languageButton } from "../../../src/bot/callback-data/language.js";
import { sportButton, summaryButton } from "../../../src/bot/callback-data/licenses.js";
import { medalCardButton, medalsButton } from "../../../src/bot/callback-data/medals.js";
import { menuButton } from "../../../src/bot/callback-data/menu.js";
import { qualifiersButton } from "../../../src/bot/callback-data/qualifiers.js";
import { scheduleButton } from "../../../src/bot/callback-data/schedule.js";
import { sportSubscriptionButton } from "../../../src/bot/callback-data/subscriptions.js";

// Codecs of every data shape side by side.
// biome-ignore lint/suspicious/noExplicitAny: a list of codecs of every payload type
type AnyCodec = CallbackCodec<any>;

/** Every codec the bot's buttons use. */
const codecs: AnyCodec[] = [
  menuButton,
  summaryButton,
  sportButton,
  scheduleButton,
  qualifiersButton,
  languageButton,
  inertButton,
  sportSubscriptionButton,
  cancelBroadcastButton,
  broadcastListButton,
  medalsButton,
  medalCardButton,
  importTemplateButton,
  exportKindButton,
  importApplyButton,
  importCancelButton,
  importUndoButton,
];

const samples: [AnyCodec, object][] = [
  [menuButton, { item: "licenses" }],
  [menuButton, { item: "schedule" }],
  [menuButton, { item: "countdown" }],
  [menuButton, { item: "language" }],
  [menuButton, { item: "medals" }],
  [menuButton, { item: "subscriptions" }],
  [summaryButton, { gamesId: 3 }],
  [sportButton, { gamesId: 1, sportId: 42, page: 0 }],
  [sportButton, { gamesId: 2_147_483_647, sportId: 2_147_483_647, page: 9999 }],
  [scheduleButton, { gamesId: 1, sportId: null, page: 2 }],
  [scheduleButton, { gamesId: 1, sportId: 7, page: 0 }],
  [qualifiersButton, { gamesId: 1, sportId: null, page: 0 }],
  [qualifiersButton, { gamesId: 2_147_483_647, sportId: 2_147_483_647, page: 9999 }],
  [languageButton, { lang: "kk" }],
  [languageButton, { lang: "auto" }],
  [inertButton, {}],
  [cancelBroadcastButton, { broadcastId: 12 }],
  [broadcastListButton, {}],
  [medalsButton, { gamesId: 4 }],
  [medalCardButton, { resultId: 2_147_483_647 }],
  [sportSubscriptionButton, { op: "subscribe", sportId: 7 }],
  [sportSubscriptionButton, { op: "unsubscribe", sportId: 2_147_483_647 }],
  [importTemplateButton, { kind: "licenses" }],
  [exportKindButton, { kind: "windows" }],
  [importApplyButton, { digest: "0123456789abcdef" }],
  [importCancelButton, {}],
  [importUndoButton, { auditId: 2_147_483_647 }],
];

describe("callback data codecs", () => {
  it("round-trip every kind of button, stay within 64 bytes, and only their own codec takes them", () => {
    for (const [codec, data] of samples) {
      const encoded = codec.encode(data);
      expect(Buffer.byteLength(encoded)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
      expect(codec.decode(encoded)).toEqual(data);
      for (const other of codecs) if (other !== codec) expect(other.decode(encoded), `${other.prefix} took ${encoded}`).toBeNull();
    }
  });

  it("have distinct prefixes", () => {
    expect(new Set(codecs.map((c) => c.prefix)).size).toBe(codecs.length);
  });

  it("are compact", () => {
    expect(sportButton.encode({ gamesId: 1, sportId: 12, page: 0 })).toBe("lic:1:12:0");
    expect(languageButton.encode({ lang: "ru" })).toBe("lng:ru");
    expect(sportSubscriptionButton.encode({ op: "subscribe", sportId: 12 })).toBe("ssp:a:12");
  });

  it("refuse to encode invalid ids and anything over 64 bytes", () => {
    expect(() => importApplyButton.encode({ digest: "not a digest" })).toThrow(CallbackDataError);
    expect(() => summaryButton.encode({ gamesId: 0 })).toThrow(CallbackDataError);
    expect(() => sportButton.encode({ gamesId: 1.5, sportId: 1, page: 0 })).toThrow(CallbackDataError);
    expect(() => sportButton.encode({ gamesId: 1, sportId: 1, page: -1 })).toThrow(CallbackDataError);
    // Nothing is encoded that decode would reject.
    expect(() => sportButton.encode({ gamesId: Number.MAX_SAFE_INTEGER, sportId: 1, page: 0 })).toThrow(CallbackDataError);
    expect(() => sportButton.encode({ gamesId: 1, sportId: 1, page: 10_000 })).toThrow(CallbackDataError);
  });

  it("return null for forged, foreign, stale-format or malformed data", () => {
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
      "ssp:a",
      "ssp:x:1",
      "ssp:a:0",
      "ssp:r:1:2",
      "sub/0/0//habcd",
      "imt:x",
      "ima:0123456789ABCDEF",
      "ima:0123456789abcde",
      "imu:0",
    ];
    for (const input of bad) for (const codec of codecs) expect(codec.decode(input), `${codec.prefix}: ${String(input)}`).toBeNull();
  });
});
