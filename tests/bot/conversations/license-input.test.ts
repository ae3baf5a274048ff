// What staff type for a license's fields, checked as both staff flows check it.
import { describe, expect, it } from "vitest";
import {
  checkAthleteNames,
  checkName,
  checkPlaces,
  checkSource,
  checkText,
  checkWonOn,
  MAX_ATHLETES,
  nameForm,
} from "../../../src/bot/conversations/license-input.js";
import type { Athlete } from "../../../src/domain/types.js";

// 21:00 UTC on 1 December is already 2 December in Asia/Almaty.
const NOW = Date.parse("2026-12-01T21:00:00Z");
const TZ = "Asia/Almaty";
const CLOSES = "2028-07-30";

describe("checkWonOn", () => {
  it.each([
    ["today pressed", { relative: "today" as const }, "2026-12-02"],
    ["yesterday pressed", { relative: "yesterday" as const }, "2026-12-01"],
    ["yesterday", { text: "yesterday" }, "2026-12-01"],
    ["вчера", { text: "вчера" }, "2026-12-01"],
    ["Вчера (any case)", { text: "Вчера" }, "2026-12-01"],
    ["кеше", { text: "кеше" }, "2026-12-01"],
    ["сегодня", { text: "сегодня" }, "2026-12-02"],
    ["бүгін", { text: "бүгін" }, "2026-12-02"],
    ["позавчера", { text: "позавчера" }, "2026-11-30"],
    ["a date with its year", { text: "21.04.2026" }, "2026-04-21"],
    ["a day and month: the latest one not ahead", { text: "31 декабря" }, "2025-12-31"],
    ["ISO", { text: "2026-11-20" }, "2026-11-20"],
  ])("%s", (_name, input, date) => {
    expect(checkWonOn(input, NOW, TZ, CLOSES)).toEqual({ ok: true, value: date });
  });

  it("refuses a day still ahead, a day after the Games closed, and what is not a date", () => {
    expect(checkWonOn({ text: "3 декабря 2026" }, NOW, TZ, CLOSES)).toEqual({
      ok: false,
      hint: "al-date-future",
      args: { date: "2026-12-03" },
    });
    expect(checkWonOn({ text: "tomorrow" }, NOW, TZ, CLOSES)).toMatchObject({ ok: false, hint: "al-date-bad" });
    expect(checkWonOn({ text: "31.02.2026" }, NOW, TZ, CLOSES)).toMatchObject({ ok: false, hint: "al-date-bad" });
    expect(checkWonOn({ text: "" }, NOW, TZ, CLOSES)).toMatchObject({ ok: false, hint: "al-date-bad" });
    expect(checkWonOn({ text: "2024-08-12" }, NOW, TZ, "2024-08-11")).toEqual({
      ok: false,
      hint: "al-date-after-games",
      args: { date: "2024-08-12", closes: "2024-08-11" },
    });
  });
});

describe("checkSource", () => {
  it.each([
    ["https://example.org/news", "https://example.org/news"],
    ["http://example.org", "http://example.org"],
    ["example.org/news", "https://example.org/news"],
    ["www.olympic.kz/ru/news?id=1", "https://www.olympic.kz/ru/news?id=1"],
    ["олимпиада.рф/x", "https://олимпиада.рф/x"],
  ])("%s is %s", (text, value) => {
    expect(checkSource(text)).toEqual({ ok: true, value });
  });

  it.each(["javascript:alert(1)", "not a link", "1.5", "a.b", "ftp://example.org/file", "", `https://example.org/${"x".repeat(500)}`])(
    "refuses %j",
    (text) => {
      expect(checkSource(text)).toEqual({ ok: false, hint: "al-source-bad" });
    },
  );

  it("says it with the hint of the flow that asks", () => {
    expect(checkSource("nope", "el-source-bad")).toEqual({ ok: false, hint: "el-source-bad" });
  });
});

describe("texts, names, places", () => {
  it("a text: 1 to 200 characters, as typed", () => {
    expect(checkText("Men's 51 kg <b>")).toEqual({ ok: true, value: "Men's 51 kg <b>" });
    expect(checkText("")).toEqual({ ok: false, hint: "al-text-empty" });
    expect(checkText(undefined)).toEqual({ ok: false, hint: "al-text-empty" });
    expect(checkText("◀️")).toEqual({ ok: false, hint: "al-text-empty" });
    expect(checkText("— …")).toEqual({ ok: false, hint: "al-text-empty" });
    expect(checkText("🥊 51 kg")).toEqual({ ok: true, value: "🥊 51 kg" });
    expect(checkText("x".repeat(201))).toEqual({ ok: false, hint: "al-text-too-long", args: { length: 201, max: 200 } });
    expect(checkName("x".repeat(101))).toMatchObject({ ok: false, hint: "al-text-too-long" });
  });

  it("quota places: a whole number from 1 to 50", () => {
    expect(checkPlaces("1")).toEqual({ ok: true, value: 1 });
    expect(checkPlaces("50")).toEqual({ ok: true, value: 50 });
    for (const bad of ["0", "51", "2.5", "-1", "two", "", undefined, "007"])
      expect(checkPlaces(bad), String(bad)).toMatchObject({ ok: false });
  });

  it("a name's form follows its script: Latin is English, Kazakh letters Kazakh, other Cyrillic the typist's", () => {
    expect(nameForm("Nurbek Oralbay", "ru")).toEqual({ en: "Nurbek Oralbay" });
    expect(nameForm("Нұрбек Оралбай", "ru")).toEqual({ kk: "Нұрбек Оралбай" });
    expect(nameForm("Нурбек Оралбай", "ru")).toEqual({ ru: "Нурбек Оралбай" });
    expect(nameForm("Нурбек Оралбай", "kk")).toEqual({ kk: "Нурбек Оралбай" });
    expect(nameForm("Нурбек Оралбай", "en")).toEqual({ ru: "Нурбек Оралбай" });
  });
});

describe("checkAthleteNames", () => {
  const known: Athlete[] = [
    { id: 1, name: { en: "Nurbek Oralbay", ru: "Нурбек Оралбай", kk: "Нұрбек Оралбай" } },
    { id: 2, name: { en: "Yeldos Smetov" } },
  ];

  it("a name that is exactly one of a known athlete's is that athlete; any other is new; a repeat counts once", () => {
    const checked = checkAthleteNames("Нұрбек Оралбай, Test Boxer\nnurbek oralbay", known, "ru");
    expect(checked).toEqual({ ok: true, value: [{ known: known[0] }, { name: { en: "Test Boxer" } }] });
  });

  it("a near name is not taken for a known athlete", () => {
    expect(checkAthleteNames("Nurbek Oralbai", known, "en")).toEqual({ ok: true, value: [{ name: { en: "Nurbek Oralbai" } }] });
  });

  it("refuses no names, too many, or one too long", () => {
    expect(checkAthleteNames(" , \n ", known, "en")).toEqual({ ok: false, hint: "al-athletes-none" });
    const many = Array.from({ length: MAX_ATHLETES + 1 }, (_, i) => `Athlete ${i}`).join(", ");
    expect(checkAthleteNames(many, known, "en")).toMatchObject({ ok: false, hint: "al-text-too-long" });
    expect(checkAthleteNames("x".repeat(101), known, "en")).toMatchObject({ ok: false, hint: "al-text-too-long" });
  });
});

describe("what staff type is cleaned before it is stored", () => {
  it("bidi controls and control characters go; line breaks and runs of spaces become one space; NFC", () => {
    expect(checkText("Men's\u202E 51 kg\n(final)\u0007")).toEqual({ ok: true, value: "Men's 51 kg (final)" });
    expect(checkName("Нурбек\u2066 \u2069Оралбай\r\n")).toEqual({ ok: true, value: "Нурбек Оралбай" });
    expect(checkName("И\u0306ерлан")).toEqual({ ok: true, value: "Йерлан" });
    expect(checkText("\u202E\u200F")).toEqual({ ok: false, hint: "al-text-empty" });
    expect(checkSource("https://example.org/\u202Enews")).toEqual({ ok: true, value: "https://example.org/news" });
    expect(checkSource("https://example.org/a b")).toEqual({ ok: false, hint: "al-source-bad" });
  });

  it("names one a line or between commas, each cleaned", () => {
    expect(checkAthleteNames("Test\u202E Boxer\n\n  Second   Boxer ,", [], "en")).toEqual({
      ok: true,
      value: [{ name: { en: "Test Boxer" } }, { name: { en: "Second Boxer" } }],
    });
  });
});
