/** The same bot at different pinned moments: before, during and after Games, and in another display zone. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { ask, type BotHarness, buttonTexts, startBotHarness } from "../helpers/bot.js";

let h: BotHarness;
let aru: LocalUser;

beforeAll(async () => {
  h = await startBotHarness({ now: "2024-06-01T00:00:00Z", displayTz: "America/New_York" });
  aru = h.api.createUser({ firstName: "Aru", languageCode: "en" });
});

afterAll(async () => {
  await h?.stop();
});

describe("countdown and schedule over time", () => {
  it("weeks before: days to go, and the opening in the host zone and DISPLAY_TZ, each named", async () => {
    h.clock.set("2024-06-01T00:00:00Z");
    const m = await ask(aru, "/countdown");
    expect(m.text).toMatch(/Paris 2024 Olympic Games: \d+ days to go\./);
    expect(m.text).toContain("Opening ceremony: 26 July 2024, 19:30 Paris time (UTC+2) · 13:30 Eastern Time (UTC-4)");
    expect(m.text).toContain("Paris 2024 Paralympic Games");
    const today = await ask(aru, "/schedule today");
    expect(today.text).toContain("No Games are on today.");
    expect(today.text).toContain("Next: Paris 2024 Olympic Games open on 26 July 2024.");
  });

  it("in the last 48 hours: hours and minutes", async () => {
    h.clock.set("2024-07-25T14:00:00Z"); // 27 h 30 min before 17:30 UTC on 26 July
    const m = await ask(aru, "/countdown");
    expect(m.text).toContain("Paris 2024 Olympic Games: 27 hours 30 minutes to go.");
    h.clock.set("2024-07-26T16:29:00Z");
    expect((await ask(aru, "/countdown")).text).toContain("1 hour 1 minute to go.");
  });

  it("pressing Refresh recomputes with the clock", async () => {
    h.clock.set("2024-07-26T16:00:00Z");
    const m = await ask(aru, "/countdown");
    expect(m.text).toContain("1 hour 30 minutes");
    h.clock.set("2024-07-26T16:30:00Z");
    const edited = aru.waitForEdit(m);
    await aru.press(m, "🔄 Refresh");
    expect((await edited).text).toContain("1 hour 0 minutes");
  });

  it("on the opening evening the Games are on: day 1", async () => {
    h.clock.set("2024-07-26T18:00:00Z");
    expect((await ask(aru, "/countdown")).text).toContain("Paris 2024 Olympic Games: day 1 of 17.");
  });

  it("late on the last day, by the host's calendar: day 17 of 17", async () => {
    h.clock.set("2024-08-11T21:30:00Z"); // 23:30 in Paris
    expect((await ask(aru, "/countdown")).text).toContain("day 17 of 17");
    const today = await ask(aru, "/schedule today");
    expect(today.text).toContain("today, 11 August 2024 (Paris time), day 17 of 17");
    expect(today.text).toContain("Athletics");
    expect(today.text).not.toContain("Boxing"); // ended 10 August
  });

  it("after the Games: schedules say they are over, and the countdown moves on", async () => {
    h.clock.set("2024-10-01T00:00:00Z");
    const schedule = await ask(aru, "/schedule");
    expect(schedule.text).toContain("Paris 2024 Olympic Games are over: they closed on 11 August 2024.");
    const today = await ask(aru, "/schedule today");
    expect(today.text).toContain("No Games are on today.");
    expect(today.text).toContain("are over");
    const countdown = await ask(aru, "/countdown");
    expect(countdown.text).toContain("Olympic Winter Games");
    expect(countdown.text).toContain("Opening ceremony: 6 February 2026, 20:00 Italian time");
    // And the Games that just ended, in the past tense with the team's result.
    expect(countdown.text).toContain(
      "Paris 2024 Olympic Games are over: they closed on 11 August 2024.\nResult: 1 gold, 3 silver, 3 bronze.",
    );
    expect(countdown.text).toContain(
      "Paris 2024 Paralympic Games are over: they closed on 8 September 2024.\nResult: 2 gold, 3 silver, 4 bronze.",
    );
    expect(countdown.text).not.toContain("to go.\nParis 2024 Olympic Games are over"); // a block of its own
    expect(buttonTexts(countdown)).toEqual(["🔄 Refresh", "🥇 Paris 2024: medals", "🥇 Paris 2024 (Paralympic): medals"]);
  });

  it("once every Games in the calendar is over, says so", async () => {
    h.clock.set("2040-01-01T00:00:00Z");
    const countdown = await ask(aru, "/countdown");
    expect(countdown.text).toContain("No upcoming Games are in the calendar yet.");
    // The last Games in the calendar are over; nothing about them is recorded yet.
    expect(countdown.text).toContain(
      "Brisbane 2032 Olympic Games are over: they closed on 8 August 2032.\nThe team's results at these Games are not recorded here yet.",
    );
    expect(countdown.text).toContain("Brisbane 2032 Paralympic Games are over: they closed on 5 September 2032.");
  });
});
