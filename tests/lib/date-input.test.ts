import { describe, expect, test } from "vitest";
import { monthByName, parseDateInput } from "../../src/lib/date-input.js";

const today = "2024-04-22";
const ok = (date: string) => ({ ok: true, date });

describe("parseDateInput", () => {
  test.each([
    ["2024-04-21", "2024-04-21"],
    ["2024-4-1", "2024-04-01"],
    ["21.04.2024", "2024-04-21"],
    ["21/04/24", "2024-04-21"],
    ["21.04", "2024-04-21"],
    ["21 Apr", "2024-04-21"],
    ["21 april 2024", "2024-04-21"],
    ["April 21", "2024-04-21"],
    ["April 21, 2023", "2023-04-21"],
    ["21 апреля", "2024-04-21"],
    ["21 апр.", "2024-04-21"],
    ["21 апреля 2024 г.", "2024-04-21"],
    ["21 сәуір", "2024-04-21"],
    ["21 СӘУІР 2024 ж.", "2024-04-21"],
    ["2024 ж. 21 сәуір", "2024-04-21"],
    ["  21   сәу ", "2024-04-21"],
    ["3 марта", "2024-03-03"],
    ["3 маусым", "2023-06-03"], // June is still ahead on 22 April: last year's
    ["22 апреля", "2024-04-22"], // today counts
    ["23 апреля", "2023-04-23"],
    ["1 қаз", "2023-10-01"],
    ["1 қар", "2023-11-01"],
  ])("%s -> %s", (input, expected) => {
    expect(parseDateInput(input, today)).toEqual(ok(expected));
  });

  test.each([["2024-02-30"], ["31.04.2024"], ["29 февраля 2023"], ["0 апреля"]])("%s is no such day", (input) => {
    expect(parseDateInput(input, today)).toEqual({ ok: false, reason: "no-such-day" });
  });

  test("29 February without a year: the latest one, in a leap year", () => {
    expect(parseDateInput("29 февраля", "2025-03-01")).toEqual(ok("2024-02-29"));
  });

  test.each([[""], ["yesterday"], ["21"], ["21 ма"], ["21 🏅"], ["'; drop table licenses; --"], ["2".repeat(5000)], ["<b>21 apr</b>"]])(
    "%j is not a date",
    (input) => {
      expect(parseDateInput(input, today)).toEqual({ ok: false, reason: "format" });
    },
  );
});

describe("monthByName", () => {
  test("full names, genitive forms, abbreviations and unique prefixes in three languages", () => {
    expect(monthByName("August")).toBe(8);
    expect(monthByName("августа")).toBe(8);
    expect(monthByName("Тамыз")).toBe(8);
    expect(monthByName("сент.")).toBe(9);
    expect(monthByName("қыр")).toBe(9);
    expect(monthByName("мам")).toBe(5);
    expect(monthByName("мау")).toBe(6);
  });

  test("too short or shared by two months: none", () => {
    expect(monthByName("ма")).toBeNull();
    expect(monthByName("ju")).toBeNull();
    expect(monthByName("jun")).toBe(6);
  });
});
