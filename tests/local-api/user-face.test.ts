import { Bot, InlineKeyboard } from "grammy";
import type { InlineQueryResultArticle, Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { findBotCommands } from "../../local-api/user-actions.js";
import { eventually } from "../helpers/wait.js";
import { expectApiError, type Fixture, rawCall, startFixture } from "./support.js";

let f: Fixture;
let aru: LocalUser;
let stopBot: (() => Promise<void>) | undefined;

beforeEach(async () => {
  f = await startFixture({ defaultTimeoutMs: 2000 });
  aru = f.api.createUser({ firstName: "Aru", languageCode: "ru", username: "aru" });
});

afterEach(async () => {
  await stopBot?.();
  stopBot = undefined;
  await f.api.stop();
});

/** A small grammY bot in long-polling mode; every update it gets is kept in `updates`. */
async function startBot(setup: (bot: Bot) => void): Promise<Update[]> {
  const bot = new Bot(f.bot.token, { client: { apiRoot: f.api.url } });
  const updates: Update[] = [];
  bot.use((ctx, next) => {
    updates.push(ctx.update);
    return next();
  });
  setup(bot);
  const running = bot.start();
  await f.api.waitForLongPoll();
  stopBot = async () => {
    await bot.stop();
    await running;
  };
  return updates;
}

const menu = new InlineKeyboard()
  .text("🥊 Boxing", "sport:box")
  .text("Judo", "sport:judo")
  .row()
  .text("Judo extra", "sport:judo2")
  .url("Olympics", "https://olympics.com");

describe("commands a user types", () => {
  it("gets bot_command entities like Telegram marks them", () => {
    expect(findBotCommands("/start")).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    expect(findBotCommands("/licenses@kz_licenses_bot boxing")).toEqual([{ type: "bot_command", offset: 0, length: 25 }]);
    expect(findBotCommands("see /help or /schedule_today.")).toEqual([
      { type: "bot_command", offset: 4, length: 5 },
      { type: "bot_command", offset: 13, length: 15 },
    ]);
    expect(findBotCommands("a/b http://x.kz/path </b>")).toEqual([]);
  });

  it("splits texts longer than 4,096 characters into two messages, as clients do", async () => {
    const updates = await startBot(() => {});
    await aru.send("щ".repeat(5000));
    await eventually(() => expect(updates.length).toBe(2), 2000);
    expect(updates.map((u) => u.message?.text?.length)).toEqual([4096, 904]);
  });
});

describe("inline buttons", () => {
  it("press sends a real callback_query and resolves with the bot's answer", async () => {
    const updates = await startBot((bot) => {
      bot.command("menu", (ctx) => ctx.reply("Pick a sport", { reply_markup: menu }));
      bot.callbackQuery(/^sport:/, (ctx) => ctx.answerCallbackQuery({ text: `You chose ${ctx.callbackQuery.data}`, show_alert: true }));
    });
    await aru.send("/menu");
    const message = await aru.waitForMessage();
    expect(await aru.press(message, "🥊 Boxing")).toEqual({ text: "You chose sport:box", show_alert: true });
    const update = updates.at(-1);
    expect(update?.callback_query).toMatchObject({
      from: { id: aru.id, first_name: "Aru" },
      message: { message_id: message.message_id, text: "Pick a sport", chat: { id: aru.id } },
      data: "sport:box",
    });
    expect(typeof update?.callback_query?.id).toBe("string");
    expect(typeof update?.callback_query?.chat_instance).toBe("string");

    expect(await aru.press(message, "Box")).toMatchObject({ text: "You chose sport:box" }); // unique substring
    expect(await aru.press(message, { row: 1, col: 0 })).toMatchObject({ text: "You chose sport:judo2" });
    expect(await aru.press(message, { data: "sport:forged" })).toMatchObject({ text: "You chose sport:forged" });
    const instances = new Set(updates.filter((u) => u.callback_query).map((u) => u.callback_query?.chat_instance));
    expect(instances.size).toBe(1);
  });

  it("explains buttons it cannot press", async () => {
    await startBot((bot) => bot.command("menu", (ctx) => ctx.reply("Pick", { reply_markup: menu })));
    await aru.send("/menu");
    const message = await aru.waitForMessage();
    await expect(aru.press(message, "Ju")).rejects.toThrow(/matches several buttons: "Judo", "Judo extra"/);
    await expect(aru.press(message, "Swimming")).rejects.toThrow(/no button "Swimming".*"🥊 Boxing"/);
    await expect(aru.press(message, "Olympics")).rejects.toThrow(/has no callback_data/);
  });

  it("carries the message as it now stands, and rejects presses on deleted messages", async () => {
    const updates = await startBot((bot) => {
      bot.command("menu", (ctx) => ctx.reply("v1", { reply_markup: menu }));
      bot.callbackQuery("sport:box", async (ctx) => {
        await ctx.answerCallbackQuery();
        await ctx.editMessageText("v2", { reply_markup: new InlineKeyboard().text("Back", "back") });
      });
      bot.callbackQuery("back", async (ctx) => {
        await ctx.answerCallbackQuery();
        await ctx.deleteMessage();
      });
    });
    await aru.send("/menu");
    const message = await aru.waitForMessage();
    const edit = aru.waitForEdit(message);
    expect(await aru.press(message, "🥊 Boxing")).toEqual({});
    const edited = await edit;
    expect(edited).toMatchObject({ message_id: message.message_id, text: "v2", edited: true, buttons: [[{ text: "Back", data: "back" }]] });
    // The stale object still presses the current keyboard, like a client that re-rendered.
    await aru.press(message, "Back");
    const lastPress = updates.filter((u) => u.callback_query).at(-1)?.callback_query;
    expect(lastPress?.message).toMatchObject({ text: "v2" });
    expect((lastPress?.message as { edit_date?: number } | undefined)?.edit_date).toBeTypeOf("number");
    await eventually(() => expect(aru.messages().length).toBe(0), 2000);
    await expect(aru.press(edited, "Back")).rejects.toThrow(/was deleted/);
  });

  it("lets a user press only in chats they are in: their private chat and groups they are a member of", async () => {
    const updates = await startBot((bot) => {
      bot.command("menu", (ctx) => ctx.reply("Pick a sport", { reply_markup: menu }));
      bot.callbackQuery(/^sport:/, (ctx) => ctx.answerCallbackQuery(`${ctx.from.first_name}: ${ctx.callbackQuery.data}`));
    });
    const bek = f.api.createUser({ firstName: "Bek" });
    const fans = f.api.createGroup({ title: "Fans", members: [aru] });
    await aru.send("/menu");
    const direct = await aru.waitForMessage();
    await f.client.sendMessage(fans.id, "Vote", { reply_markup: menu });
    const inGroup = await aru.waitForMessage({ chat: fans });

    // Refused before anything reaches the bot; the accepted presses after them prove nothing was queued.
    await expect(bek.press(direct, "Judo", { timeoutMs: 300 })).rejects.toThrow(
      `Bek cannot press buttons in chat ${aru.id}: it is another user's private chat with the bot`,
    );
    await expect(bek.press(inGroup, "Judo", { timeoutMs: 300 })).rejects.toThrow(
      `Bek is not a member of chat ${fans.id}, so cannot press buttons there`,
    );
    const post = (body: Record<string, unknown>) => rawCall(f.api, "/_user/press", JSON.stringify(body), "application/json");
    expect((await post({ user_id: bek.id, chat_id: aru.id, message_id: direct.message_id, text: "Judo", timeout_ms: 300 })).json).toEqual({
      ok: false,
      error_code: 400,
      description: `Bek cannot press buttons in chat ${aru.id}: it is another user's private chat with the bot`,
    });
    expect(
      (await post({ user_id: bek.id, chat_id: fans.id, message_id: inGroup.message_id, text: "Judo", timeout_ms: 300 })).json,
    ).toMatchObject({
      ok: false,
      error_code: 400,
      description: `Bek is not a member of chat ${fans.id}, so cannot press buttons there`,
    });

    expect(await aru.press(direct, "Judo")).toEqual({ text: "Aru: sport:judo" });
    expect(await aru.press(inGroup, "Boxing")).toEqual({ text: "Aru: sport:box" });
    expect((await post({ user_id: aru.id, chat_id: fans.id, message_id: inGroup.message_id, text: "Judo" })).json).toEqual({
      ok: true,
      result: { text: "Aru: sport:judo" },
    });
    const presses = updates.flatMap((u) => (u.callback_query ? [[u.callback_query.from.id, u.callback_query.message?.chat.id]] : []));
    expect(presses).toEqual([
      [aru.id, aru.id],
      [aru.id, fans.id],
      [aru.id, fans.id],
    ]);
  });

  it("rejects with a clear error when the bot never answers the callback query", async () => {
    await startBot((bot) => bot.command("menu", (ctx) => ctx.reply("Pick", { reply_markup: menu })));
    await aru.send("/menu");
    const message = await aru.waitForMessage();
    await expect(aru.press(message, "Judo", { timeoutMs: 150 })).rejects.toThrow(
      /Timed out after 150 ms: the bot did not answer the callback query for button data "sport:judo"/,
    );
  });

  it("answerCallbackQuery refuses unknown and already answered queries", async () => {
    const answers: Array<Promise<unknown>> = [];
    await startBot((bot) => {
      bot.command("menu", (ctx) => ctx.reply("Pick", { reply_markup: menu }));
      bot.on("callback_query", async (ctx) => {
        await ctx.answerCallbackQuery("first");
        answers.push(ctx.answerCallbackQuery("second").catch((e: unknown) => e));
      });
    });
    await aru.send("/menu");
    expect(await aru.press(await aru.waitForMessage(), "Judo")).toEqual({ text: "first" });
    await eventually(() => expect(answers.length).toBe(1), 2000);
    expect(await answers[0]).toMatchObject({
      error_code: 400,
      description: "Bad Request: query is too old and response timeout expired or query ID is invalid",
    });
    await expectApiError(
      f.client.answerCallbackQuery("1234"),
      400,
      "Bad Request: query is too old and response timeout expired or query ID is invalid",
    );
  });
});

describe("inline queries", () => {
  const article = (id: string, title: string): InlineQueryResultArticle => ({
    type: "article",
    id,
    title,
    input_message_content: { message_text: `<b>${title}</b>`, parse_mode: "HTML" },
  });

  it("sends an inline_query update and resolves with the answered results", async () => {
    const updates = await startBot((bot) =>
      bot.on("inline_query", (ctx) => ctx.answerInlineQuery([article("1", `Boxing: ${ctx.inlineQuery.query}`)], { cache_time: 0 })),
    );
    const results = await aru.inlineQuery("box");
    expect(results).toEqual([article("1", "Boxing: box")]);
    expect(updates.at(-1)?.inline_query).toMatchObject({ from: { id: aru.id }, query: "box", offset: "", chat_type: "sender" });
  });

  it("validates results with telegram-bot-api's texts", async () => {
    const failures: unknown[] = [];
    await startBot((bot) =>
      bot.on("inline_query", async (ctx) => {
        const attempts = [
          [article("1", "a"), article("1", "b")],
          Array.from({ length: 51 }, (_, i) => article(String(i), "x")),
          [{ type: "hologram", id: "1" }],
          [{ type: "article", id: "1", title: "no content" }],
        ];
        for (const results of attempts) {
          failures.push(await ctx.answerInlineQuery(results as never).catch((e: { description: string }) => e.description));
        }
        await ctx.answerInlineQuery([]);
      }),
    );
    expect(await aru.inlineQuery("x")).toEqual([]);
    expect(failures).toEqual([
      "Bad Request: RESULT_ID_DUPLICATE",
      "Bad Request: too many inline query results specified",
      `Bad Request: can't parse inline query result: type "hologram" is unsupported for the inline query result`,
      `Bad Request: can't parse inline query result: Can't find field "message_text"`,
    ]);
  });
});

describe("blocking the bot", () => {
  it("makes sends fail with 403 and emits my_chat_member both ways", async () => {
    const updates = await startBot(() => {});
    await aru.block();
    expect(aru.hasBlocked()).toBe(true);
    await expectApiError(f.client.sendMessage(aru.id, "news"), 403, "Forbidden: bot was blocked by the user");
    await expectApiError(f.client.sendChatAction(aru.id, "typing"), 403, "Forbidden: bot was blocked by the user");
    await aru.unblock();
    expect((await f.client.sendMessage(aru.id, "welcome back")).text).toBe("welcome back");
    await eventually(() => expect(updates.length).toBe(2), 2000);
    expect(updates.map((u) => [u.my_chat_member?.old_chat_member.status, u.my_chat_member?.new_chat_member.status])).toEqual([
      ["member", "kicked"],
      ["kicked", "member"],
    ]);
  });

  it("writing to a blocked bot unblocks it first, like the client's Restart button", async () => {
    await aru.block();
    await aru.send("/start");
    expect(aru.hasBlocked()).toBe(false);
    const updates = await f.client.getUpdates();
    expect(updates.map((u) => (u.message ? "message" : u.my_chat_member?.new_chat_member.status))).toEqual(["kicked", "member", "message"]);
  });
});

describe("groups", () => {
  it("announces the bot, and in privacy mode shows it only commands, replies and mentions", async () => {
    const bek = f.api.createUser({ firstName: "Bek" });
    const group = f.api.createGroup({ title: "Fans", members: [aru, bek] });
    await aru.send("hello everyone", { chat: group });
    await aru.send("/licenses@other_bot", { chat: group });
    await aru.send("/licenses boxing", { chat: group });
    await bek.send("/licenses@kz_licenses_bot", { chat: group });
    await bek.send("hey @kz_licenses_bot", { chat: group });
    const botMessage = await f.client.sendMessage(group.id, "Licenses: …");
    await aru.send("thanks", { chat: group, replyTo: botMessage.message_id });
    const updates = await f.client.getUpdates();
    expect(updates[0]?.my_chat_member).toMatchObject({
      chat: { id: group.id, type: "group", title: "Fans" },
      new_chat_member: { status: "member", user: { id: f.bot.id } },
    });
    expect(updates.slice(1).map((u) => u.message?.text)).toEqual([
      "/licenses boxing",
      "/licenses@kz_licenses_bot",
      "hey @kz_licenses_bot",
      "thanks",
    ]);
    expect(aru.messages({ chat: group }).map((m) => m.text)).toEqual(["Licenses: …"]);
    expect(bek.messages({ chat: group })).toHaveLength(1);
    await expect(f.api.createUser({ firstName: "Outsider" }).send("hi", { chat: group })).rejects.toThrow(/not a member/);
  });
});

describe("waiting helpers", () => {
  it("waitForMessage returns messages sent after the user's last action, each once", async () => {
    await f.client.sendMessage(aru.id, "old broadcast");
    expect((await aru.waitForMessage()).text).toBe("old broadcast");
    await f.client.sendMessage(aru.id, "skipped by the next send");
    await aru.send("question");
    const pending = aru.waitForMessages(2);
    await f.client.sendMessage(aru.id, "answer 1");
    await f.client.sendMessage(aru.id, "answer 2");
    expect((await pending).map((m) => m.text)).toEqual(["answer 1", "answer 2"]);
  });

  it("times out with a diagnosis: updates nobody consumed, and failed calls", async () => {
    await aru.send("anyone?");
    await expect(aru.waitForMessage({ timeoutMs: 100 })).rejects.toThrow(
      /no new bot message for Aru in chat \d+ .*1 update\(s\) are still waiting for the bot — is it running\?/,
    );
    await f.client.sendMessage(aru.id, "<b>broken", { parse_mode: "HTML" }).catch(() => undefined);
    await expect(aru.waitForMessage({ timeoutMs: 100 })).rejects.toThrow(/sendMessage: Bad Request: can't parse entities/);
  });

  it("waitForEdit rejects when the message is deleted instead", async () => {
    const sent = await f.client.sendMessage(aru.id, "soon gone");
    const message = await aru.waitForMessage();
    const rejected = expect(aru.waitForEdit(message)).rejects.toThrow(/was deleted instead of edited/);
    await f.client.deleteMessage(aru.id, sent.message_id);
    await rejected;
  });

  it("waitForCall finds recorded calls, including failures", async () => {
    const call = f.api.waitForCall({ method: "sendMessage", ok: false });
    await f.client.sendMessage(aru.id, "").catch(() => undefined);
    expect(await call).toMatchObject({ method: "sendMessage", ok: false, chatId: aru.id, error: { error_code: 400 } });
    expect((await call).at).toBeInstanceOf(Date);
  });
});

describe("server clock", () => {
  it("advanceClock moves message dates, edit dates and recorded call times ahead, never back", async () => {
    const before = await f.client.sendMessage(aru.id, "before");
    const now = f.api.advanceClock(3 * 3600_000);
    expect(now.getTime()).toBeGreaterThanOrEqual(before.date * 1000 + 3 * 3600_000);
    const after = await f.client.sendMessage(aru.id, "after");
    expect(after.date - before.date).toBeGreaterThanOrEqual(3 * 3600);
    expect(after.date - before.date).toBeLessThan(3 * 3600 + 60);
    const edited = (await f.client.editMessageText(aru.id, before.message_id, "edited")) as { date: number; edit_date?: number };
    expect(edited.date).toBe(before.date);
    expect(edited.edit_date).toBeGreaterThanOrEqual(after.date);
    expect(f.api.calls({ method: "sendMessage" }).at(-1)?.at.getTime()).toBeGreaterThanOrEqual(now.getTime());
    expect(() => f.api.advanceClock(-1)).toThrow("advanceClock takes a duration of 0 ms or more, not -1");
  });

  it("adds to the `now` option's clock, and refills flood buckets as time passes", async () => {
    await f.api.stop();
    let base = Date.parse("2030-01-01T00:00:00Z");
    f = await startFixture({ now: () => base, floodLimits: { privateChat: { burst: 1, perSecond: 1 } } });
    aru = f.api.createUser({ firstName: "Aru" });
    expect((await f.client.sendMessage(aru.id, "one")).date).toBe(base / 1000);
    await expectApiError(f.client.sendMessage(aru.id, "two"), 429, "Too Many Requests: retry after 1");
    expect(f.api.advanceClock(1000).toISOString()).toBe("2030-01-01T00:00:01.000Z");
    expect((await f.client.sendMessage(aru.id, "two")).date).toBe(base / 1000 + 1);
    base += 60_000;
    expect((await f.client.sendMessage(aru.id, "three")).date).toBe(base / 1000 + 1);
  });

  it("is moved over HTTP with POST /_user/advance_clock", async () => {
    const post = (body: Record<string, unknown>) => rawCall(f.api, "/_user/advance_clock", JSON.stringify(body), "application/json");
    const before = await f.client.sendMessage(aru.id, "before");
    const answer = await post({ ms: 48 * 3600_000 });
    expect(answer.status).toBe(200);
    expect((answer.json.result as { unix_time: number }).unix_time - before.date).toBeGreaterThanOrEqual(48 * 3600);
    expect((await f.client.sendMessage(aru.id, "after")).date - before.date).toBeGreaterThanOrEqual(48 * 3600);
    expect((await post({})).json).toEqual({ ok: false, error_code: 400, description: "ms is required" });
    expect((await post({ ms: -5 })).json).toMatchObject({ ok: false, error_code: 400 });
  });
});

describe("HTTP user face", () => {
  it("creates users, sends, reads and presses over /_user/", async () => {
    const post = (path: string, body: Record<string, unknown>) =>
      rawCall(f.api, `/_user/${path}`, JSON.stringify(body), "application/json");
    const created = await post("users", { first_name: "Dana", language_code: "kk" });
    const dana = (created.json.result as { id: number }).id;
    await startBot((bot) => {
      bot.on("message:text", (ctx) => ctx.reply(`Hi ${ctx.from.first_name}`, { reply_markup: new InlineKeyboard().text("OK", "ok") }));
      bot.callbackQuery("ok", (ctx) => ctx.answerCallbackQuery("done"));
    });
    expect((await post("send", { user_id: dana, text: "hello" })).json).toMatchObject({ ok: true, result: { text: "hello" } });
    const next = await rawCall(f.api, `/_user/next_message?user_id=${dana}&timeout_ms=2000`);
    expect(next.json).toMatchObject({ ok: true, result: { text: "Hi Dana", buttons: [[{ text: "OK", data: "ok" }]] } });
    const messageId = (next.json.result as { message_id: number }).message_id;
    expect((await post("press", { user_id: dana, message_id: messageId, text: "OK" })).json).toEqual({
      ok: true,
      result: { text: "done" },
    });
    expect((await rawCall(f.api, `/_user/messages?user_id=${dana}`)).json.result).toHaveLength(1);
    expect((await post("send", { user_id: 1, text: "x" })).json).toMatchObject({
      ok: false,
      error_code: 400,
      description: "unknown user_id 1",
    });
  });
});
