import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { MAX_CALLBACK_BYTES } from "../../src/bot/callback-data/codec.js";
import { games } from "../../src/db/schema.js";
import { ask, type BotHarness, buttonTexts, pressAndEdit, startBotHarness } from "../helpers/bot.js";

// Day 3 of the Paris 2024 Olympics (28 July, noon in Paris).
const DURING_PARIS = "2024-07-28T10:00:00Z";

let h: BotHarness;
let aru: LocalUser;

function allCallbackData(m: BotMessage): string[] {
  return m.buttons.flat().flatMap((b) => (b.data ? [b.data] : []));
}

beforeAll(async () => {
  h = await startBotHarness({ now: DURING_PARIS });
  aru = h.api.createUser({ firstName: "Aru", languageCode: "en", username: "aru" });
});

afterAll(async () => {
  await h?.stop();
});

describe("commands in a private chat (English)", () => {
  it("/start says what the bot does and offers the main actions", async () => {
    const m = await ask(aru, "/start");
    expect(m.text).toContain("Hello, Aru!");
    expect(m.text).toContain("Team Kazakhstan");
    expect(buttonTexts(m)).toEqual(["🏅 Licenses", "🥇 Medals", "📅 Schedule", "⏳ Countdown", "🔔 Subscriptions", "🌐 Language"]);
  });

  it("records the chat", async () => {
    const row = await h.chatRow(aru.id);
    expect(row).toMatchObject({ id: aru.id, type: "private", status: "active", language: null });
  });

  it("/help lists every command with examples", async () => {
    const m = await ask(aru, "/help");
    for (const example of ["/licenses boxing", "/schedule judo", "/schedule today", "/countdown", "/language", "/help", "/start"]) {
      if (example !== "/start") expect(m.text).toContain(example);
    }
    expect(m.text).toContain(`/licenses@${h.botUser.username}`);
    expect(m.entities.some((e) => e.type === "bold")).toBe(true);
  });

  it("/licenses summarises the default Games: total against target, per sport, reported total", async () => {
    const m = await ask(aru, "/licenses");
    expect(m.text).toContain("Paris 2024 Olympic Games");
    expect(m.text).toContain("Listed here: 4 licenses in 3 sports.");
    // Progress counts the latest official figure with its date, not only the 4 listed.
    expect(m.text).toContain("Target: more than 90 licenses — 92 as of 26 July 2024.");
    // Every official figure reported by now, oldest first, with its date and source.
    expect(m.text).toContain(
      [
        "Officially reported:",
        "• 26 March 2024: 31 licenses in 11 sports (“zakon.kz”)",
        "• 21 April 2024: 43 licenses in 14 sports (“Astana Times”)",
        "• 21 June 2024: 78 licenses in 22 sports (“inform.kz”)",
        "• 26 July 2024: 92 licenses in 25 sports (“sports.kz”)",
      ].join("\n"),
    );
    expect(m.text).toContain("Not all of them are listed here.");
    // During the Games: not yet in the past tense.
    expect(m.text).not.toContain("are over");
    expect(m.text).toMatch(/• Boxing — 2/);
    expect(buttonTexts(m)).toEqual(expect.arrayContaining(["Boxing · 2", "Badminton · 1", "Rowing · 1", "⇄ Paralympic Games"]));
    expect(buttonTexts(m).some((t) => /Milan.*2026 ▶️/.test(t))).toBe(true);
    for (const data of allCallbackData(m)) expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
  });

  it("opens a sport from the summary in place, and goes back", async () => {
    const summary = await ask(aru, "/licenses");
    const sport = await pressAndEdit(aru, summary, "Boxing · 2");
    expect(sport.message.message_id).toBe(summary.message_id);
    expect(sport.message.text).toContain("Boxing — Paris 2024 Olympic Games");
    expect(sport.message.text).toContain("Aibek Oralbay");
    expect(sport.message.text).toContain("Nurbek Oralbay");
    expect(sport.message.text).toContain("\n2 licenses\n");
    expect(sport.message.text).not.toContain("quota place");
    const back = await pressAndEdit(aru, sport.message, "⬅️ All sports");
    expect(back.message.text).toContain("Listed here: 4 licenses");
  });

  it("switches to the Paralympic Games and to other Games", async () => {
    const summary = await ask(aru, "/licenses");
    const para = await pressAndEdit(aru, summary, "⇄ Paralympic Games");
    expect(para.message.text).toContain("Paris 2024 Paralympic Games");
    expect(para.message.text).toContain("Listed here: 12 licenses in 8 sports.");
    // The report's 12 agrees with the list: no "officially reported" line.
    expect(para.message.text).not.toContain("Officially reported");
    expect(buttonTexts(para.message)).toContain("Para swimming · 3");
    const next = await pressAndEdit(aru, para.message, "2026 (Paralympic) ▶️");
    expect(next.message.text).toContain("Paralympic Winter Games");
    expect(next.message.text).toContain("No licenses are listed for these Games yet.");
    const olympic = await pressAndEdit(aru, next.message, "⇄ Olympic Games");
    expect(olympic.message.text).toContain("Olympic Winter Games");
  });

  it("pressing a button for the screen already shown changes nothing and raises no error", async () => {
    const summary = await ask(aru, "/licenses");
    const rowingData = summary.buttons.flat().find((b) => b.text === "Rowing · 1")!.data!;
    const shown = await pressAndEdit(aru, summary, { data: rowingData });
    expect(shown.message.text).toContain("Vladislav Yakovlev");
    const before = aru.history().length;
    const answer = await aru.press(shown.message, { data: rowingData });
    expect(answer.text ?? "").toBe("");
    expect(answer.show_alert ?? false).toBe(false);
    const lastEdit = h.api.calls({ method: "editMessageText" }).at(-1);
    expect(lastEdit?.error?.description).toMatch(/message is not modified/);
    expect(aru.history().length).toBe(before);
  });

  it("/licenses <sport> finds Boxing by English, prefix, Russian, typo and case", async () => {
    for (const query of ["boxing", "Box", "бокс", "boxng", "БОКС", "  boxing  "]) {
      const m = await ask(aru, `/licenses ${query}`);
      expect(m.text, query).toContain("Boxing — Paris 2024 Olympic Games");
      expect(m.text, query).toContain("Aibek Oralbay");
    }
  });

  it("shows how a license was won", async () => {
    const m = await ask(aru, "/licenses rowing");
    expect(m.text).toContain("Vladislav Yakovlev");
    expect(m.text).toContain("Event: Men's single sculls");
    expect(m.text).toContain("How: Won the Asian Rowing Olympic Qualifiers 2024 — Chungju, South Korea");
  });

  it("a Paralympic sport opens the Paralympic Games", async () => {
    const m = await ask(aru, "/licenses para rowing");
    expect(m.text).toContain("Paris 2024 Paralympic Games");
    expect(m.text).toContain("Temirkhan Daiyrbek");
  });

  it("a sport without licenses says so and offers its schedule", async () => {
    const m = await ask(aru, "/licenses archery");
    expect(m.text).toContain("No licenses in Archery are listed for Paris 2024 Olympic Games yet.");
    const schedule = await pressAndEdit(aru, m, "📅 Archery: schedule");
    expect(schedule.message.text).toContain("Archery — Paris 2024 Olympic Games");
    expect(schedule.message.text).toMatch(/Archery — 25 July\s–\s4 August/);
    const licenses = await pressAndEdit(aru, schedule.message, "🏅 Archery: licenses");
    expect(licenses.message.text).toContain("No licenses in Archery");
  });

  it("an ambiguous name offers the candidates as buttons", async () => {
    const m = await ask(aru, "/licenses гребля");
    expect(m.text).toContain("could be several sports");
    // Rowing stands for Para rowing too, which "пара гребля" finds.
    expect(buttonTexts(m)).toEqual(["Canoe", "Rowing"]);
    const opened = await pressAndEdit(aru, m, buttonTexts(m).find((t) => /rowing/i.test(t) && !/para/i.test(t))!);
    expect(opened.message.text).toContain("Vladislav Yakovlev");
  });

  it("an unknown name says so", async () => {
    const m = await ask(aru, "/licenses quidditch");
    // Nothing is close enough to suggest (tests/domain/sports.test.ts: "quidditch" is "unknown:").
    expect(m.text).toBe("I don't know a sport or an athlete called “quidditch”. Try /licenses without a name to see all sports.");
    expect(m.buttons).toEqual([]);
  });

  it("a plain message naming a sport answers like /licenses <sport>", async () => {
    const m = await ask(aru, "judo");
    // Judo has no licenses in the reference data.
    expect(m.text).toBe("No licenses in Judo are listed for Paris 2024 Olympic Games yet.");
    // The same sport at the next Games, and the Paralympic Games (whose sports differ: their overview).
    // (Which Games is next for judo depends on the programmes, so only that there is one.)
    expect(buttonTexts(m).slice(0, 3)).toEqual(["📅 Judo: schedule", "↗️ Share", "⬅️ All sports"]);
    expect(buttonTexts(m).slice(3)).toEqual([expect.stringMatching(/ 20\d\d ▶️$/), "⇄ Paralympic Games"]);
    const hint = await ask(aru, "what's up?");
    expect(hint.text).toContain("I found no sport or athlete called “what's up?”.");
    expect(hint.text).toContain("Try, for example: boxing");
    expect(buttonTexts(hint)).toContain("🏅 Licenses");
  });

  it("an unknown command gets a hint", async () => {
    const m = await ask(aru, "/weather");
    expect(m.text).toContain("I don't know that command");
  });
});

describe("schedule", () => {
  it("/schedule lists the windows in host dates, says the Games are on, with the opening in both zones", async () => {
    const m = await ask(aru, "/schedule");
    expect(m.text).toContain("Paris 2024 Olympic Games — competition schedule");
    expect(m.text).toContain("The Games are on: day 3 of 17.");
    expect(m.text).toContain("Opening ceremony: 26 July 2024, 19:30 Paris time (UTC+2) · 22:30 Kazakhstan time (UTC+5)");
    expect(m.text).toContain("Dates are Paris time.");
    expect(m.text).toMatch(/Boxing — 27 July\s–\s10 August/);
    expect(m.text.length).toBeLessThanOrEqual(4096);
    // A window's note under it (surfing is on a later page of the whole schedule).
    expect((await ask(aru, "/schedule surfing")).text).toMatch(/Surfing — 27 July\s–\s5 August\n↳ Held at Teahupo'o, Tahiti/);
  });

  it("pages long schedules in phone-sized pages with ◀️ ▶️ buttons; the page number says what it is", async () => {
    const m = await ask(aru, "/schedule");
    const lines = (text: string) => text.split("\n").length;
    expect(lines(m.text)).toBeLessThanOrEqual(24);
    const indicator = (msg: typeof m) => buttonTexts(msg).find((t) => /^\d+\/\d+$/.test(t))!;
    const count = Number(indicator(m).split("/")[1]);
    expect(count).toBeGreaterThan(2);
    expect(buttonTexts(m)).not.toContain("◀️");
    // Forward to the last page, every page short and different, then back to the first.
    const seen = [m.text];
    let page = m;
    for (let i = 2; i <= count; i++) {
      page = (await pressAndEdit(aru, page, "▶️")).message;
      expect(indicator(page)).toBe(`${i}/${count}`);
      expect(lines(page.text)).toBeLessThanOrEqual(24);
      expect(seen).not.toContain(page.text);
      seen.push(page.text);
    }
    expect(buttonTexts(page)).not.toContain("▶️");
    const back = await pressAndEdit(aru, page, "◀️");
    expect(indicator(back.message)).toBe(`${count - 1}/${count}`);
    expect(back.message.text).toBe(seen[count - 2]);
    const inert = await aru.press(back.message, indicator(back.message));
    expect(inert.text).toBe("This is the page number. Turn pages with ◀️ and ▶️.");
  });

  it("/schedule <sport> shows that sport's window and links to its licenses", async () => {
    const m = await ask(aru, "/schedule boxing");
    expect(m.text).toContain("Boxing — Paris 2024 Olympic Games");
    expect(m.text).toMatch(/Boxing — 27 July\s–\s10 August/);
    const lic = await pressAndEdit(aru, m, "🏅 Boxing: licenses");
    expect(lic.message.text).toContain("Aibek Oralbay");
  });

  it("a start time that falls on another day in DISPLAY_TZ names that day", async () => {
    // Milano Cortina's opening at 20:00 CET is already 7 February in Almaty.
    await h.db
      .update(games)
      .set({ opensAt: new Date("2026-02-06T20:00:00+01:00") })
      .where(eq(games.slug, "milano-cortina-2026-olympic"));
    const m = await ask(aru, "/schedule");
    const milan = await pressAndEdit(aru, m, buttonTexts(m).find((t) => /Milan.*2026 ▶️/.test(t))!);
    expect(milan.message.text).toContain(
      "Opening ceremony: 6 February 2026, 20:00 Italian time (UTC+1) · 7 February, 00:00 Kazakhstan time (UTC+5)",
    );
  });

  it("/schedule today lists what is on today in Paris", async () => {
    const m = await ask(aru, "/schedule today");
    expect(m.text).toContain("today, 28 July 2024 (Paris time), day 3 of 17");
    expect(m.text).toContain("Boxing");
    expect(m.text).toContain("Judo");
    expect(m.text).not.toContain("Athletics"); // starts 1 August
    expect(m.text).toContain("Rugby sevens"); // 24–30 July
  });
});

describe("countdown", () => {
  it("/countdown during the Olympics: day N of M, and days to the Paralympics", async () => {
    const m = await ask(aru, "/countdown");
    expect(m.text).toContain("Paris 2024 Olympic Games: day 3 of 17.");
    expect(m.text).toContain("Paris 2024 Paralympic Games: 31 days to go.");
    expect(buttonTexts(m)).toEqual(["🔄 Refresh"]);
  });

  it("the main menu buttons open each screen in place", async () => {
    const start = await ask(aru, "/start");
    const countdown = await pressAndEdit(aru, start, "⏳ Countdown");
    expect(countdown.message.text).toContain("Countdown");
    const start2 = await ask(aru, "/start");
    const schedule = await pressAndEdit(aru, start2, "📅 Schedule");
    expect(schedule.message.text).toContain("competition schedule");
    const start3 = await ask(aru, "/start");
    const licenses = await pressAndEdit(aru, start3, "🏅 Licenses");
    expect(licenses.message.text).toContain("Listed here: 4 licenses");
    const start4 = await ask(aru, "/start");
    const language = await pressAndEdit(aru, start4, "🌐 Language");
    expect(language.message.text).toContain("Choose the language");
  });
});
