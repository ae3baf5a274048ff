import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { Bot, InlineKeyboard, InputFile } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runChat } from "../../local-api/chat-ui.js";
import type { LocalUser } from "../../local-api/index.js";
import { renderText } from "../../local-api/terminal-render.js";
import { eventually } from "../helpers/wait.js";
import { type Fixture, startFixture } from "./support.js";

let f: Fixture;
let users: LocalUser[];
let bot: Bot;
let running: Promise<void>;

beforeEach(async () => {
  f = await startFixture();
  users = [
    f.api.createUser({ firstName: "Aru", username: "aru", languageCode: "ru" }),
    f.api.createUser({ firstName: "Bek", languageCode: "kk" }),
  ];
  bot = new Bot(f.bot.token, { client: { apiRoot: f.api.url } });
  bot.command("start", (ctx) =>
    ctx.reply(
      `Hello, <b>${ctx.from?.first_name}</b>! See <a href="https://olympics.com">olympics.com</a> or <a href="https://kz.example/news">news</a>.`,
      {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text("Boxing", "sport:box").text("Judo", "sport:judo").row().url("Site", "https://olympics.com"),
      },
    ),
  );
  bot.command("broadcast", async (ctx) => {
    for (const user of users) await ctx.api.sendMessage(user.id, `📣 News for ${user.firstName}`);
  });
  bot.callbackQuery(/^sport:(.+)$/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: `You picked ${ctx.match[1]}` });
    await ctx.editMessageText(`Picked: <i>${ctx.match[1]}</i>`, {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text("Back", "sport:back"),
    });
  });
  bot.callbackQuery("silent", () => undefined);
  bot.on("message:document", (ctx) => ctx.reply(`Got ${ctx.message.document.file_name} from ${ctx.from.first_name}`));
  bot.on("inline_query", (ctx) =>
    ctx.answerInlineQuery(
      [
        {
          type: "article",
          id: "box",
          title: "Boxing",
          description: "3 licences",
          input_message_content: { message_text: `<b>Boxing</b>: ${ctx.inlineQuery.query}`, parse_mode: "HTML" },
        },
        {
          type: "article",
          id: "judo",
          title: "Judo",
          input_message_content: { message_text: "Judo" },
          reply_markup: new InlineKeyboard().url("Open", "https://t.me/kz_licenses_bot?start=judo").switchInline("Share", "judo"),
        },
      ],
      { cache_time: 0, button: { text: "Sign in", start_parameter: "signin" } },
    ),
  );
  bot.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
  running = bot.start();
  await f.api.waitForLongPoll();
});

afterEach(async () => {
  await bot.stop();
  await running;
  await f.api.stop();
});

/** Drives runChat like a person at a terminal, reading what it prints. */
function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  const waiters: Array<() => void> = [];
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString();
    for (const wake of waiters.splice(0)) wake();
  });
  const waitFor = (pattern: RegExp, timeoutMs = 3000): Promise<string> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`never printed ${pattern}; output so far:\n${printed}`)), timeoutMs);
      const check = (): void => {
        const match = pattern.exec(printed);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        } else waiters.push(check);
      };
      check();
    });
  return { input, output, waitFor, type: (line: string) => input.write(`${line}\n`), printed: () => printed };
}

describe("npm run chat", () => {
  it("shows replies readably, numbers buttons, presses them by number, and switches users", async () => {
    const t = terminal();
    const session = runChat({ api: f.api, users, input: t.input, output: t.output, color: false });
    await t.waitFor(/Chatting with KZ Licenses as Aru\./);

    t.type("/start");
    await t.waitFor(/Hello, Aru! See olympics\.com or news \(https:\/\/kz\.example\/news\)\./);
    await t.waitFor(/\[1\] Boxing {2}\[2\] Judo\n\[3\] Site ↗ https:\/\/olympics\.com/);

    t.type("2");
    await t.waitFor(/💬 You picked judo/);
    await t.waitFor(/\(edited\):\nPicked: judo\n\[1\] Back/);

    t.type("/as 2");
    await t.waitFor(/Now chatting as Bek\./);
    t.type("/broadcast");
    await t.waitFor(/→ Aru:\n📣 News for Aru/);
    await t.waitFor(/KZ Licenses:\n📣 News for Bek/);

    t.type("/users");
    await t.waitFor(/1\. Aru @aru — id \d+, ru\n2\. Bek — id \d+, kk {2}← you/);
    t.type("/as 9");
    await t.waitFor(/No user 9/);
    t.type("7");
    await t.waitFor(/echo: 7/); // no button 7 this turn: sent as text

    t.type("/quit");
    await session;
    expect(users[0]?.messages().map((m) => m.text)).toEqual(["Picked: judo", "📣 News for Aru"]);
  });

  it("shows a message reaching another user marked with whose chat it is, without taking over the conversation", async () => {
    const [aru, bek] = users as [LocalUser, LocalUser];
    const t = terminal();
    const session = runChat({ api: f.api, users, input: t.input, output: t.output, color: false });
    await t.waitFor(/Chatting with KZ Licenses as Aru\./);
    t.type("/start");
    await t.waitFor(/\[1\] Boxing {2}\[2\] Judo\n\[3\] Site/);

    // While Aru is mid-conversation, the bot pushes an alert (with a button of its own) to Bek.
    await f.client.sendMessage(bek.id, "🔔 New boxing license", { reply_markup: new InlineKeyboard().text("Boxing", "sport:box") });
    await t.waitFor(/🤖 KZ Licenses → Bek:\n🔔 New boxing license\n\[Boxing\]\n/);
    // Bek's button took no number: Aru's 2 is still Aru's Judo.
    t.type("2");
    await t.waitFor(/💬 You picked judo/);
    await t.waitFor(/KZ Licenses \(edited\):\nPicked: judo/);
    expect(bek.messages().map((m) => m.text)).toEqual(["🔔 New boxing license"]);

    // Switching to Bek offers the buttons he got meanwhile, numbered.
    t.type("/as 2");
    await t.waitFor(
      /Now chatting as Bek\.\nBek got a message with buttons meanwhile:\n🤖 KZ Licenses:\n🔔 New boxing license\n\[1\] Boxing\n/,
    );
    t.type("1");
    await t.waitFor(/💬 You picked box/);
    await eventually(() => expect(bek.messages().map((m) => m.text)).toEqual(["Picked: box"]), 2000);
    t.type("/as 1");
    await t.waitFor(/Now chatting as Aru\.\n/);
    t.type("/quit");
    await session;
    expect(t.printed()).not.toMatch(/Aru got/);
    expect(aru.messages().map((m) => m.text)).toEqual(["Picked: judo"]);
  });

  it("lists deleted accounts as such", async () => {
    await users[1]!.deactivate();
    const t = terminal();
    const session = runChat({ api: f.api, users, input: t.input, output: t.output, color: false });
    t.type("/users");
    await t.waitFor(/2\. Bek — id \d+, kk, deleted account\n/);
    t.type("/as 2");
    t.type("hello");
    await t.waitFor(/\(not sent: Bek deleted their account\)/);
    t.input.end();
    await session;
  });

  it("reports a button the bot never answers instead of hanging", async () => {
    const t = terminal();
    const session = runChat({ api: f.api, users, input: t.input, output: t.output, color: false, pressTimeoutMs: 100 });
    await f.client.sendMessage(users[0]!.id, "Silent button", { reply_markup: new InlineKeyboard().text("Nothing", "silent") });
    await t.waitFor(/\[1\] Nothing/);
    t.type("1");
    await t.waitFor(/\(button: Timed out after 100 ms/);
    t.input.end();
    await session;
  });

  it("shows documents with their size and saves them with /save N, refusing unsafe names", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "chat-save-"));
    const t = terminal();
    const session = runChat({ api: f.api, users, input: t.input, output: t.output, color: false, saveDir: dir });
    await t.waitFor(/Chatting with/);
    const ics = "BEGIN:VCALENDAR\r\n".padEnd(2100, "x");
    await f.client.sendDocument(users[0]!.id, new InputFile(Buffer.from(ics), "paris-2024-boxing.ics"), {
      caption: "Boxing <b>finals</b>",
      parse_mode: "HTML",
    });
    await t.waitFor(/KZ Licenses:\n📎 paris-2024-boxing\.ics \(2\.1 kB\) — \/save 1\nBoxing finals\n/);
    t.type("/save 1");
    await t.waitFor(/Saved .*paris-2024-boxing\.ics/);
    expect(await readFile(path.join(dir, "paris-2024-boxing.ics"), "utf8")).toBe(ics);
    t.type("/save");
    await t.waitFor(/Saved .*paris-2024-boxing \(1\)\.ics/);
    t.type("/save 5");
    await t.waitFor(/No document 5; they are numbered 1–1\./);

    await f.client.sendDocument(users[0]!.id, new InputFile(Buffer.from("x"), "../escape.txt"));
    await t.waitFor(/📎 \.\.\/escape\.txt \(1 B\) — \/save 2/);
    t.type("/save 2");
    await t.waitFor(/not saved: refusing to save under the unsafe file name "\.\.\/escape\.txt"/);
    t.input.end();
    await session;
    expect((await readdir(dir)).sort()).toEqual(["paris-2024-boxing (1).ics", "paris-2024-boxing.ics"]);
  });

  it("sends the bot a file from disk with /send path, as the current user", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "chat-send-"));
    const file = path.join(dir, "licenses.csv");
    await writeFile(file, "games,sport\n");
    const t = terminal();
    const session = runChat({ api: f.api, users, input: t.input, output: t.output, color: false });
    await t.waitFor(/Chatting with/);
    t.type(`/send ${file}`);
    await t.waitFor(/📎 sent licenses\.csv \(12 B\)\n[\s\S]*Got licenses\.csv from Aru/);
    t.type(`/send ${path.join(dir, "missing.csv")}`);
    await t.waitFor(/not sent: ENOENT/);
    t.input.end();
    await session;
  });

  it("lists inline results for @bot query, posts the picked one via the bot, and follows start links and switch buttons", async () => {
    const [aru] = users as [LocalUser];
    const t = terminal();
    const session = runChat({ api: f.api, users, input: t.input, output: t.output, color: false });
    await t.waitFor(/Chatting with/);
    t.type("@kz_licenses_bot finals");
    await t.waitFor(
      /@kz_licenses_bot finals: type a number to post one\n\[1\] Boxing — 3 licences\n\[2\] Judo\n\[3\] Sign in ↗ \/start signin\n/,
    );
    t.type("1");
    await t.waitFor(/👤 Aru via @kz_licenses_bot:\nBoxing: finals\n/);
    // The bot (a private chat: it sees the message) echoes it.
    await t.waitFor(/echo: Boxing: finals/);
    expect(aru.chatMessages().find((m) => m.via_bot)).toMatchObject({ text: "Boxing: finals", via_bot: { username: "kz_licenses_bot" } });

    // A posted card's buttons are numbered: its link opens the bot, its Share runs the query.
    t.type("@bot");
    await t.waitFor(/@kz_licenses_bot: type a number/);
    t.type("2");
    await t.waitFor(
      /👤 Aru via @kz_licenses_bot:\nJudo\n\[1\] Open ↗ https:\/\/t\.me\/kz_licenses_bot\?start=judo {2}\[2\] Share ↗ @ judo\n/,
    );
    await t.waitFor(/echo: Judo/);
    t.type("2");
    await t.waitFor(/@kz_licenses_bot judo: type a number/);
    t.type("@bot");
    await t.waitFor(/@kz_licenses_bot: type a number/);
    t.type("3");
    await t.waitFor(/Hello, Aru!/);
    expect(
      aru
        .chatMessages()
        .filter((m) => m.from?.id === aru.id)
        .map((m) => m.text),
    ).toEqual(["Boxing: finals", "Judo", "/start signin"]);

    t.type("/as 1"); // a new turn: numbers start again at 1
    await t.waitFor(/Now chatting as Aru/);
    await f.client.sendMessage(aru.id, "Links", {
      reply_markup: new InlineKeyboard()
        .url("Open", "https://t.me/kz_licenses_bot?start=sport_box")
        .switchInlineCurrent("Search", "judo")
        .url("Web", "https://olympics.com"),
    });
    await t.waitFor(
      /Links\n\[1\] Open ↗ https:\/\/t\.me\/kz_licenses_bot\?start=sport_box {2}\[2\] Search ↗ @ judo {2}\[3\] Web ↗ https:\/\/olympics\.com\n/,
    );
    t.type("1");
    await t.waitFor(/\(opens @kz_licenses_bot: \/start sport_box\)/);
    await eventually(() => expect(aru.messages().at(-1)?.text).toMatch(/^Hello, Aru!/), 2000);
    t.type("/as 1");
    await t.waitFor(/Now chatting as Aru\.\n(?:.*\n)*?Aru> $/);
    await f.client.sendMessage(aru.id, "Again", { reply_markup: new InlineKeyboard().switchInlineCurrent("Search", "judo") });
    await t.waitFor(/Again\n\[1\] Search ↗ @ judo/);
    t.type("1");
    await t.waitFor(/\(switch inline: @kz_licenses_bot judo\)\n@kz_licenses_bot judo: type a number/);
    t.input.end();
    await session;
  });

  it("renders entities as ANSI styles when colour is on", () => {
    const text = renderText(
      "Bold and link\nquoted line",
      [
        { type: "bold", offset: 0, length: 4 },
        { type: "text_link", offset: 9, length: 4, url: "https://t.me/" },
        { type: "blockquote", offset: 14, length: 11 },
      ],
      true,
    );
    expect(text).toBe("\x1b[1mBold\x1b[22m and \x1b[4;34mlink\x1b[24;39m (https://t.me/)\n▎ quoted line");
  });
});
