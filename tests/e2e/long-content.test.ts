/**
 * Data that staff may enter later is unbounded: many licenses in one sport, long notes, a long
 * source. Every screen must still fit Telegram's limits and lose nothing.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { competitionWindows, games, reportedTotals, sports } from "../../src/db/schema.js";
import { ask, type BotHarness, buttonTexts, failedCalls, pressAndEdit, startBotHarness } from "../helpers/bot.js";
import { insertLicense } from "../helpers/fixtures.js";

const DURING_PARIS = "2024-07-28T10:00:00Z";

let h: BotHarness;
let aru: LocalUser;
let parisId: number;
let judoId: number;

function expectNoFailedCalls(): void {
  expect(failedCalls(h.api)).toEqual([]);
}

/** Presses ▶️ until the last page; every page's text, each checked against the 4,096 limit. */
async function allPages(first: BotMessage): Promise<string[]> {
  const texts: string[] = [];
  let m = first;
  for (;;) {
    expect(m.text.length).toBeLessThanOrEqual(4096);
    texts.push(m.text);
    if (!buttonTexts(m).includes("▶️") || texts.length > 20) return texts;
    m = (await pressAndEdit(aru, m, "▶️")).message;
  }
}

/** The bot's next messages, up to the one carrying the keyboard (a long view is sent in parts). */
async function untilKeyboard(): Promise<BotMessage[]> {
  const parts: BotMessage[] = [];
  do parts.push(await aru.waitForMessage());
  while (parts.at(-1)!.buttons.length === 0 && parts.length < 10);
  return parts;
}

beforeAll(async () => {
  h = await startBotHarness({ now: DURING_PARIS });
  aru = h.api.createUser({ firstName: "Aru", languageCode: "en" });
  const [paris] = await h.db.select().from(games).where(eq(games.slug, "paris-2024-olympic"));
  const [judo] = await h.db.select().from(sports).where(eq(sports.slug, "judo"));
  parisId = paris!.id;
  judoId = judo!.id;
});

afterAll(async () => {
  await h?.stop();
});

describe("long content", () => {
  it("a sport with many licenses and long notes pages through all of them, each page within 4,096", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      gamesId: parisId,
      sportId: judoId,
      athletes: [{ en: `Athlete${String(i + 1).padStart(2, "0")} Zhaksylyk` }],
      event: { en: "Men's −66 kg <heavy & light>" },
      howWon: { en: "Olympic ranking" },
      note: { en: `Note ${i + 1}: ${"долгий текст ".repeat(40)}` },
    }));
    for (const row of rows) await insertLicense(h.db, row);

    const pages = await allPages(await ask(aru, "/licenses judo"));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.join("\n").match(/Athlete\d\d/g)).toEqual(rows.map((r) => r.athletes[0]!.en.split(" ")[0]));
    expect(pages.at(-1)).toContain("<heavy & light>");
    expectNoFailedCalls();
  });

  it("a license note of 5,000 characters is shown whole across pages", async () => {
    const [sport] = await h.db.select().from(sports).where(eq(sports.slug, "fencing"));
    await insertLicense(h.db, {
      gamesId: parisId,
      sportId: sport!.id,
      athletes: [{ en: "Long Note" }],
      note: { en: `${"a".repeat(2500)}MIDDLE${"b".repeat(2500)}END` },
    });
    const text = (await allPages(await ask(aru, "/licenses fencing"))).join("");
    expect(text).toContain("MIDDLE");
    expect(text).toContain("END");
    expectNoFailedCalls();
  });

  it("a schedule note of 5,000 characters is shown whole", async () => {
    await h.db
      .update(competitionWindows)
      .set({ noteEn: `${"n".repeat(4000)}TAIL` })
      .where(eq(competitionWindows.sportId, judoId));
    const text = (await allPages(await ask(aru, "/schedule"))).join("");
    expect(text).toContain("TAIL");
    expectNoFailedCalls();
  });

  it("a summary with a very long source loses nothing when opened from a button", async () => {
    await h.db.insert(reportedTotals).values({
      gamesId: parisId,
      asOf: "2024-07-01",
      licenses: 70,
      sports: 20,
      source: `${"s".repeat(4500)} SOURCE-END`,
    });
    await aru.send("/licenses");
    const sent = await untilKeyboard();
    expect(sent.length).toBeGreaterThan(1);
    for (const part of sent) expect(part.text.length).toBeLessThanOrEqual(4096);
    expect(sent.map((x) => x.text).join("\n")).toContain("SOURCE-END");
    const sport = await pressAndEdit(aru, sent.at(-1)!, "Boxing · 2");

    // Back to the summary from a button: the first part replaces the sport screen, the rest follows.
    const edited = aru.waitForEdit(sport.message);
    await aru.press(sport.message, "⬅️ All sports");
    const head = await edited;
    const rest = await untilKeyboard();
    const shown = [head, ...rest];
    for (const part of shown) expect(part.text.length).toBeLessThanOrEqual(4096);
    expect(shown.map((x) => x.text).join("\n")).toBe(sent.map((x) => x.text).join("\n"));
    expect(buttonTexts(head)).toEqual([]);
    expect(buttonTexts(rest.at(-1)!)).toContain("Boxing · 2");
    expectNoFailedCalls();
  });

  it("inline cards of long screens are cut within Telegram's limit, pointing to the rest in the bot", async () => {
    for (const query of ["judo", "fencing", ""]) {
      const results = await aru.inlineQuery(query);
      expect(results.length, query).toBeGreaterThan(0);
      for (const card of results) {
        const text = (card as { input_message_content: { message_text: string } }).input_message_content.message_text;
        expect(text.length, `${query}: ${card.id}`).toBeLessThanOrEqual(4096);
      }
    }
    const [judo] = await aru.inlineQuery("judo");
    const text = (judo as { input_message_content: { message_text: string } }).input_message_content.message_text;
    expect(text).toContain("Athlete01");
    expect(text).toContain("The rest is in the bot");
    expectNoFailedCalls();
  });
});
