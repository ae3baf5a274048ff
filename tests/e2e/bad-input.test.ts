import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { chats } from "../../src/db/schema.js";
import { ask, type BotHarness, failedCalls, startBotHarness } from "../helpers/bot.js";

const DURING_PARIS = "2024-07-28T10:00:00Z";
/** locales/en.ftl `lookup-not-found` and `lookup-try`: a plain message that names nothing, as the user sees it (HTML tags stripped). */
const notFound = (echo: string) =>
  `I found no sport or athlete called “${echo}”.\n\nTry, for example: boxing, figure skating, Oralbay, when are the Olympics?, medals — or pick from the menu below. All commands: /help`;
/** locales/en.ftl `sport-unknown` for /licenses: no sport is close enough to suggest. */
const unknownSport = (echo: string) =>
  `I don't know a sport or an athlete called “${echo}”. Try /licenses without a name to see all sports.`;

let h: BotHarness;
let aru: LocalUser;
let summary: BotMessage;

/** Nothing in what the bot sent may be an error from Telegram: every call it made succeeded. */
function expectNoFailedSends(): void {
  expect(failedCalls(h.api)).toEqual([]);
}

beforeAll(async () => {
  h = await startBotHarness({ now: DURING_PARIS });
  aru = h.api.createUser({ firstName: "Aru", languageCode: "en" });
  summary = await ask(aru, "/licenses");
});

afterAll(async () => {
  await h?.stop();
});

describe("bad input gets a clear reply and breaks nothing", () => {
  it("an empty argument is the same as none", async () => {
    expect((await ask(aru, "/licenses    ")).text).toContain("Listed here: 4 licenses");
    expect((await ask(aru, "/schedule ")).text).toContain("competition schedule");
  });

  it("5,000 characters: the query is cut short in the reply, which stays within limits", async () => {
    const long = "x".repeat(5000);
    await aru.send(`/licenses ${long}`);
    // The client splits it in two messages: the command, then a plain 900-odd character message.
    const [first, second] = await aru.waitForMessages(2);
    // The echo is clipped to 40 characters (39 and an ellipsis); nothing is close enough to suggest.
    expect(first!.text).toBe(unknownSport(`${"x".repeat(39)}…`));
    expect(first!.buttons).toEqual([]);
    expect(second!.text).toBe(notFound(`${"x".repeat(39)}…`));
    await aru.send("б".repeat(5000));
    const replies = await aru.waitForMessages(2);
    for (const reply of replies) expect(reply.text).toBe(notFound(`${"б".repeat(39)}…`));
    expectNoFailedSends();
  });

  it("emoji", async () => {
    const m = await ask(aru, "/licenses 🥊🥊🇰🇿");
    expect(m.text).toBe(unknownSport("🥊🥊🇰🇿"));
    expect((await ask(aru, "🏅")).text).toBe(notFound("🏅"));
  });

  it("HTML in the input appears literally, never as formatting", async () => {
    const m = await ask(aru, `/licenses <b>x</b> & <a href="javascript:alert(1)">y</a>`);
    expect(m.text).toContain(`“<b>x</b> & <a href="javascript:alert(1)…”`);
    expect(m.entities.some((e) => e.type === "bold" || e.type === "text_link")).toBe(false);
    expect(m.html).toContain("&lt;b&gt;x&lt;/b&gt; &amp;");
    const start = await (async () => {
      const evil = h.api.createUser({ firstName: "<i>Evil</i> & co", languageCode: "en" });
      await evil.send("/start");
      return evil.waitForMessage();
    })();
    expect(start.text).toContain("Hello, <i>Evil</i> & co!");
    const nameAt = start.text.indexOf("<i>Evil");
    expect(start.entities.some((e) => e.offset <= nameAt && nameAt < e.offset + e.length)).toBe(false);
  });

  it("bidi controls in the input cannot reverse or hide the rest of the reply", async () => {
    const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
    const m = await ask(aru, "/licenses \u202Eoxob\u202C…");
    expect(m.text).not.toMatch(BIDI);
    expect(m.text).toContain(unknownSport("oxob…"));
    for (const query of ["\u2067oxob", "\u200Foxob\u061C", "\u202Dox\u2066ob\u2069"]) {
      expect((await ask(aru, `/schedule ${query}`)).text, JSON.stringify(query)).not.toMatch(BIDI);
    }
    const mallory = h.api.createUser({ firstName: "\u202EyrollaM", languageCode: "en" });
    expect((await ask(mallory, "/start")).text).toMatch(/^\S* ?Hello, yrollaM!\n/u);
    // Half an emoji (a lone surrogate) is not valid UTF-8: it comes back as U+FFFD.
    expect((await ask(aru, "/licenses ox\uD83Dob")).text).toContain("“ox\uFFFDob”");
    expectNoFailedSends();
  });

  it("SQL-looking text is just an unknown sport, and the data is intact", async () => {
    const chatsBefore = await h.db.select({ n: count() }).from(chats);
    for (const query of ["'; DROP TABLE chats; --", "boxing' OR '1'='1", "%", "_", "\\", "\u0000"]) {
      const m = await ask(aru, `/licenses ${query}`);
      // Not a wildcard, not an injection: echoed literally as an unknown sport, with no suggestions.
      expect(m.text, query).toBe(unknownSport(query));
      expect(m.buttons, query).toEqual([]);
    }
    expect(await h.db.select({ n: count() }).from(chats)).toEqual(chatsBefore);
    expect(await h.chatRow(aru.id)).toMatchObject({ type: "private", status: "active" });
    expect((await ask(aru, "/licenses boxing")).text).toContain("Aibek Oralbay");
    expectNoFailedSends();
  });

  it("stale, forged and foreign button data get a polite answer and no error", async () => {
    const stale = [
      "lic:1:999999:0", // sport that does not exist
      "ls:424242", // Games that does not exist
      "sch:424242:0:0",
      "lic:424242:7:0",
    ];
    const forged = ["lic:abc", "lic:1:7", "lng:de", "m:x", "x".repeat(64), "'; DROP TABLE chats; --", "<b>x</b>", "🥊"];
    const foreign = ["some_other_bot:payload", '{"a":1}'];
    for (const data of [...stale, ...forged, ...foreign]) {
      const answer = await aru.press(summary, { data });
      expect(answer.text, data).toBe("This button is out of date. Send /start for fresh ones.");
      expect(answer.show_alert ?? false, data).toBe(false);
    }
    // The message the buttons belong to was left alone.
    expect(aru.messages().find((m) => m.message_id === summary.message_id)?.text).toBe(summary.text);
    expectNoFailedSends();
  });

  it("a sport from the other kind of Games in the data is treated as stale", async () => {
    const para = await ask(aru, "/licenses para rowing");
    const paraSport = para.buttons
      .flat()
      .find((b) => b.data?.startsWith("sch:"))!
      .data!.split(":")[2];
    const olympicGames = summary.buttons
      .flat()
      .find((b) => b.data?.startsWith("lic:"))!
      .data!.split(":")[1];
    const answer = await aru.press(summary, { data: `lic:${olympicGames}:${paraSport}:0` });
    expect(answer.text).toContain("out of date");
  });

  it("a page number past the end shows the last page", async () => {
    const boxing = summary.buttons.flat().find((b) => b.text.startsWith("Boxing"))!.data!;
    const edited = aru.waitForEdit(summary);
    await aru.press(summary, { data: boxing.replace(/:0$/, ":9999") });
    expect((await edited).text).toContain("Aibek Oralbay");
  });

  it("a command for another bot in a private chat gets the hint", async () => {
    expect((await ask(aru, "/start@someone_else_bot")).text).toContain("I don't know that command");
  });
});
