import { InlineKeyboard } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { expectApiError, type Fixture, rawCall, startFixture } from "./support.js";

let f: Fixture;
let aru: LocalUser;
const keyboard = new InlineKeyboard().text("Boxing", "sport:box").text("Judo", "sport:judo");

beforeAll(async () => {
  f = await startFixture();
  aru = f.api.createUser({ firstName: "Aru", languageCode: "ru", username: "aru" });
});

afterAll(async () => {
  await f.api.stop();
});

describe("envelope, tokens and routing", () => {
  it("getMe describes the bot", async () => {
    const me = await f.client.getMe();
    expect(me).toMatchObject({ id: f.bot.id, is_bot: true, username: "kz_licenses_bot", first_name: "KZ Licenses" });
    expect(me.can_read_all_group_messages).toBe(false);
  });

  it("answers unknown methods with 404 Not Found, like Telegram", async () => {
    const { status, json } = await rawCall(f.api, `/bot${f.bot.token}/sendTelepathy`, "{}", "application/json");
    expect(status).toBe(404);
    expect(json).toEqual({ ok: false, error_code: 404, description: "Not Found" });
  });

  it("answers an unknown token with 401 and a malformed one with 404", async () => {
    expect((await rawCall(f.api, "/bot123:unknown/getMe")).json).toEqual({ ok: false, error_code: 401, description: "Unauthorized" });
    expect((await rawCall(f.api, "/botnot-a-token/getMe")).status).toBe(404);
  });

  it("matches method names case-insensitively and reads GET query strings", async () => {
    const { json } = await rawCall(f.api, `/bot${f.bot.token}/GETCHAT?chat_id=${aru.id}`);
    expect(json).toMatchObject({ ok: true, result: { id: aru.id, type: "private", first_name: "Aru" } });
  });

  it("accepts form-encoded bodies with JSON-encoded fields", async () => {
    const body = new URLSearchParams({
      chat_id: String(aru.id),
      text: "<b>form</b>",
      parse_mode: "HTML",
      reply_markup: JSON.stringify(keyboard),
    });
    const { json } = await rawCall(f.api, `/bot${f.bot.token}/sendMessage`, body.toString(), "application/x-www-form-urlencoded");
    expect(json).toMatchObject({ ok: true, result: { text: "form", entities: [{ type: "bold", offset: 0, length: 4 }] } });
    expect(
      aru
        .messages()
        .at(-1)
        ?.buttons[0]?.map((b) => b.text),
    ).toEqual(["Boxing", "Judo"]);
  });

  it("accepts multipart/form-data bodies", async () => {
    const form = new FormData();
    form.set("chat_id", String(aru.id));
    form.set("text", "multipart ✓");
    const { json } = await rawCall(f.api, `/bot${f.bot.token}/sendMessage`, form);
    expect(json).toMatchObject({ ok: true, result: { text: "multipart ✓" } });
  });
});

describe("sendMessage", () => {
  it("returns the Message the way Telegram does and shows it to the user", async () => {
    const sent = await f.client.sendMessage(aru.id, "🥊 <b>Boxing</b> &amp; <i>more</i>", { parse_mode: "HTML", reply_markup: keyboard });
    expect(sent).toMatchObject({
      from: { id: f.bot.id, is_bot: true, username: "kz_licenses_bot" },
      chat: { id: aru.id, type: "private", first_name: "Aru" },
      text: "🥊 Boxing & more",
      entities: [
        { type: "bold", offset: 3, length: 6 },
        { type: "italic", offset: 12, length: 4 },
      ],
      reply_markup: {
        inline_keyboard: [
          [
            { text: "Boxing", callback_data: "sport:box" },
            { text: "Judo", callback_data: "sport:judo" },
          ],
        ],
      },
    });
    expect(typeof sent.date).toBe("number");
    const seen = aru.messages().at(-1);
    expect(seen).toMatchObject({
      message_id: sent.message_id,
      chat_id: aru.id,
      text: "🥊 Boxing & more",
      html: "🥊 <b>Boxing</b> &amp; <i>more</i>",
      buttons: [
        [
          { text: "Boxing", data: "sport:box" },
          { text: "Judo", data: "sport:judo" },
        ],
      ],
      edited: false,
    });
  });

  it("increases message ids per chat and links replies", async () => {
    const first = await f.client.sendMessage(aru.id, "one");
    const second = await f.client.sendMessage(aru.id, "two", { reply_parameters: { message_id: first.message_id } });
    expect(second.message_id).toBe(first.message_id + 1);
    expect(second.reply_to_message?.message_id).toBe(first.message_id);
  });

  it("strips surrounding whitespace, moving entities along", async () => {
    const sent = await f.client.sendMessage(aru.id, "  \n<b>x</b> y \n", { parse_mode: "HTML" });
    expect(sent.text).toBe("x y");
    expect(sent.entities).toEqual([{ type: "bold", offset: 0, length: 1 }]);
  });

  it("checks the length after parsing: 4,096 characters pass, 4,097 do not", async () => {
    const exact = await f.client.sendMessage(aru.id, `<b>${"я".repeat(4096)}</b>`, { parse_mode: "HTML" });
    expect(exact.text).toHaveLength(4096);
    await expectApiError(f.client.sendMessage(aru.id, "x".repeat(4097)), 400, "Bad Request: message is too long");
  });

  it("validates the text like Telegram", async () => {
    await expectApiError(f.client.sendMessage(aru.id, ""), 400, "Bad Request: message text is empty");
    await expectApiError(f.client.sendMessage(aru.id, "   "), 400, "Bad Request: text must be non-empty");
    await expectApiError(f.client.sendMessage(aru.id, "<b></b>", { parse_mode: "HTML" }), 400, "Bad Request: text must be non-empty");
    await expectApiError(
      f.client.sendMessage(aru.id, "<b>bold", { parse_mode: "HTML" }),
      400,
      `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    );
    await expectApiError(
      f.client.sendMessage(aru.id, "Wins <3 and <p>para</p>", { parse_mode: "HTML" }),
      400,
      `Bad Request: can't parse entities: Unsupported start tag "3" at byte offset 5`,
    );
    await expectApiError(
      f.client.sendMessage(aru.id, "x", { parse_mode: "Klingon" as "HTML" }),
      400,
      "Bad Request: unsupported parse_mode",
    );
  });

  it("checks text before the chat, and the chat before the keyboard's content", async () => {
    await expectApiError(rawPost("sendMessage", { chat_id: 0 }), 400, "Bad Request: message text is empty");
    await expectApiError(rawPost("sendMessage", { text: "x" }), 400, "Bad Request: chat_id is empty");
    await expectApiError(f.client.sendMessage(424242, "x"), 400, "Bad Request: chat not found");
    await expectApiError(f.client.sendMessage("not_a_chat", "x"), 400, "Bad Request: chat not found");
  });

  it("validates inline keyboards", async () => {
    const send = (button: Record<string, unknown>) =>
      rawPost("sendMessage", { chat_id: aru.id, text: "x", reply_markup: { inline_keyboard: [[button]] } });
    await f.client.sendMessage(aru.id, "max", { reply_markup: new InlineKeyboard().text("ok", "x".repeat(64)) });
    await expectApiError(send({ text: "b", callback_data: "x".repeat(65) }), 400, "Bad Request: BUTTON_DATA_INVALID");
    // 33 Cyrillic letters are 66 bytes: the limit is in bytes, not characters.
    await expectApiError(send({ text: "b", callback_data: "ж".repeat(33) }), 400, "Bad Request: BUTTON_DATA_INVALID");
    await expectApiError(
      send({ text: "b", callback_data: "" }),
      400,
      "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
    await expectApiError(send({ text: "", callback_data: "x" }), 400, "Bad Request: BUTTON_TEXT_INVALID");
    await expectApiError(send({ callback_data: "x" }), 400, `Bad Request: can't parse inline keyboard button: Can't find field "text"`);
    await expectApiError(
      send({ text: "b", url: "not-a-url" }),
      400,
      "Bad Request: inline keyboard button URL 'not-a-url' is invalid: Wrong HTTP URL",
    );
    await expectApiError(
      rawPost("sendMessage", { chat_id: aru.id, text: "x", reply_markup: { inline_keyboard: "bad" } }),
      400,
      `Bad Request: field "inline_keyboard" must be of type Array`,
    );
  });

  it("validates explicit entities", async () => {
    await expectApiError(
      rawPost("sendMessage", { chat_id: aru.id, text: "hello", entities: [{ type: "bold", offset: 0, length: 100 }] }),
      400,
      "Bad Request: entity beginning at UTF-16 offset 0 ends after the end of the text at UTF-16 offset 100",
    );
    await expectApiError(
      rawPost("sendMessage", { chat_id: aru.id, text: "hello", entities: [{ type: "shiny", offset: 0, length: 1 }] }),
      400,
      "Bad Request: can't parse MessageEntity: Unsupported type specified",
    );
    const sent = await f.client.sendMessage(aru.id, "hello", { entities: [{ type: "bold", offset: 0, length: 5 }] });
    expect(sent.entities).toEqual([{ type: "bold", offset: 0, length: 5 }]);
  });

  it("refuses replies to missing messages unless told to send anyway", async () => {
    await expectApiError(
      f.client.sendMessage(aru.id, "x", { reply_parameters: { message_id: 99999 } }),
      400,
      "Bad Request: message to be replied not found",
    );
    const sent = await f.client.sendMessage(aru.id, "x", { reply_parameters: { message_id: 99999, allow_sending_without_reply: true } });
    expect(sent.reply_to_message).toBeUndefined();
  });
});

async function rawPost(method: string, body: Record<string, unknown>): Promise<unknown> {
  return f.client.raw[method as "sendMessage"](body as never);
}

describe("editing and deleting", () => {
  it("edits text, sets edit_date, and drops the keyboard when reply_markup is omitted", async () => {
    const sent = await f.client.sendMessage(aru.id, "pick", { reply_markup: keyboard });
    const edited = await f.client.editMessageText(aru.id, sent.message_id, "<i>picked</i>", { parse_mode: "HTML" });
    expect(edited).toMatchObject({ message_id: sent.message_id, text: "picked", entities: [{ type: "italic", offset: 0, length: 6 }] });
    expect(typeof (edited as { edit_date?: number }).edit_date).toBe("number");
    expect((edited as { reply_markup?: unknown }).reply_markup).toBeUndefined();
    const now = aru.messages().find((m) => m.message_id === sent.message_id);
    expect(now).toMatchObject({ text: "picked", edited: true, buttons: [] });
    expect(
      aru
        .history()
        .filter((m) => m.message_id === sent.message_id)
        .map((m) => m.text),
    ).toEqual(["pick", "picked"]);
  });

  it("refuses an edit that changes nothing", async () => {
    const sent = await f.client.sendMessage(aru.id, "same", { reply_markup: keyboard });
    await expectApiError(
      f.client.editMessageText(aru.id, sent.message_id, "same", { reply_markup: keyboard }),
      400,
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );
    await expectApiError(
      f.client.editMessageReplyMarkup(aru.id, sent.message_id, { reply_markup: keyboard }),
      400,
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );
  });

  it("replaces only the keyboard with editMessageReplyMarkup", async () => {
    const sent = await f.client.sendMessage(aru.id, "<b>keep</b>", { parse_mode: "HTML", reply_markup: keyboard });
    const edited = await f.client.editMessageReplyMarkup(aru.id, sent.message_id, {
      reply_markup: new InlineKeyboard().text("Back", "back"),
    });
    expect(edited).toMatchObject({ text: "keep", entities: [{ type: "bold", offset: 0, length: 4 }] });
    expect(aru.messages().find((m) => m.message_id === sent.message_id)?.buttons).toEqual([[{ text: "Back", data: "back" }]]);
  });

  it("reports missing or foreign messages with Telegram's texts", async () => {
    await expectApiError(f.client.editMessageText(aru.id, 99999, "x"), 400, "Bad Request: message to edit not found");
    const own = await aru.send("my words");
    await expectApiError(f.client.editMessageText(aru.id, own.message_id, "x"), 400, "Bad Request: message can't be edited");
    await expectApiError(
      rawPost("editMessageText", { chat_id: aru.id, text: "x" }),
      400,
      "Bad Request: message identifier is not specified",
    );
    await expectApiError(f.client.editMessageText(31337, 1, "x"), 400, "Bad Request: chat not found");
  });

  it("refuses to edit bot messages sent more than 48 hours ago, by the server's clock", async () => {
    const g = await startFixture(); // its own clock: this test moves it ahead
    try {
      const bek = g.api.createUser({ firstName: "Bek" });
      const fans = g.api.createGroup({ title: "Fans", members: [bek] });
      const back = { reply_markup: new InlineKeyboard().text("Back", "back") };
      const old = await g.client.sendMessage(bek.id, "old", { reply_markup: keyboard });
      const oldNews = await g.client.sendMessage(fans.id, "old news", { reply_markup: keyboard });
      g.api.advanceClock(48 * 3600_000 - 60_000);
      expect(await g.client.editMessageText(bek.id, old.message_id, "still editable", { reply_markup: keyboard })).toMatchObject({
        text: "still editable",
      });
      // The age counts from the message's date; the edit just made does not renew it.
      g.api.advanceClock(2 * 60_000);
      const tooOld = "Bad Request: message can't be edited";
      await expectApiError(g.client.editMessageText(bek.id, old.message_id, "too late", { reply_markup: keyboard }), 400, tooOld);
      await expectApiError(g.client.editMessageReplyMarkup(bek.id, old.message_id, back), 400, tooOld);
      await expectApiError(g.client.editMessageText(fans.id, oldNews.message_id, "too late"), 400, tooOld);
      await expectApiError(g.client.editMessageReplyMarkup(fans.id, oldNews.message_id, back), 400, tooOld);
      expect(bek.messages()).toMatchObject([{ text: "still editable", buttons: [[{ text: "Boxing" }, { text: "Judo" }]] }]);
      expect(bek.messages({ chat: fans })).toMatchObject([{ text: "old news", edited: false }]);
      // Messages sent since are editable; deleting keeps its current rules.
      const fresh = await g.client.sendMessage(bek.id, "fresh", { reply_markup: keyboard });
      expect(await g.client.editMessageReplyMarkup(bek.id, fresh.message_id, back)).toMatchObject({ text: "fresh" });
      expect(await g.client.deleteMessage(bek.id, old.message_id)).toBe(true);
    } finally {
      await g.api.stop();
    }
  });

  it("deletes messages once", async () => {
    const sent = await f.client.sendMessage(aru.id, "temporary");
    expect(await f.client.deleteMessage(aru.id, sent.message_id)).toBe(true);
    expect(aru.messages().some((m) => m.message_id === sent.message_id)).toBe(false);
    expect(aru.history().find((m) => m.message_id === sent.message_id)).toMatchObject({ text: "temporary", deleted: true });
    await expectApiError(f.client.deleteMessage(aru.id, sent.message_id), 400, "Bad Request: message to delete not found");
    await expectApiError(f.client.editMessageText(aru.id, sent.message_id, "x"), 400, "Bad Request: message to edit not found");
  });

  it("lets a bot delete a user's message in private but not in a group", async () => {
    const mine = await aru.send("delete me");
    expect(await f.client.deleteMessage(aru.id, mine.message_id)).toBe(true);
    const group = f.api.createGroup({ title: "Fans", members: [aru] });
    const inGroup = await aru.send("/start", { chat: group });
    await expectApiError(f.client.deleteMessage(group.id, inGroup.message_id), 400, "Bad Request: message can't be deleted");
  });
});

describe("chats and actions", () => {
  it("getChat describes private chats and groups", async () => {
    expect(await f.client.getChat(aru.id)).toMatchObject({ id: aru.id, type: "private", first_name: "Aru", username: "aru" });
    const group = f.api.createGroup({ title: "Qazaqstan fans", members: [aru] });
    expect(group.id).toBeLessThan(0);
    expect(await f.client.getChat(group.id)).toMatchObject({ id: group.id, type: "group", title: "Qazaqstan fans" });
  });

  it("sendChatAction accepts Telegram's actions only", async () => {
    expect(await f.client.sendChatAction(aru.id, "typing")).toBe(true);
    await expectApiError(f.client.sendChatAction(aru.id, "dancing" as "typing"), 400, "Bad Request: wrong parameter action in request");
    await expectApiError(f.client.sendChatAction(777, "typing"), 400, "Bad Request: chat not found");
    expect(f.api.calls({ method: "sendChatAction", chatId: aru.id }).map((c) => c.ok)).toEqual([true, false]);
  });

  it("refuses groups the bot is not in", async () => {
    const otherBot = f.api.createBot({ username: "other_bot" });
    const group = f.api.createGroup({ title: "Elsewhere", members: [aru], bots: [otherBot] });
    await expectApiError(f.client.sendMessage(group.id, "hi"), 403, "Forbidden: bot is not a member of the group chat");
  });
});

describe("bot commands", () => {
  it("stores commands per scope and language", async () => {
    await f.client.setMyCommands([{ command: "start", description: "Start" }]);
    await f.client.setMyCommands([{ command: "licenses", description: "Лицензии" }], { language_code: "ru" });
    await f.client.setMyCommands([{ command: "admin", description: "Staff" }], { scope: { type: "chat", chat_id: aru.id } });
    expect(await f.client.getMyCommands()).toEqual([{ command: "start", description: "Start" }]);
    expect(await f.client.getMyCommands({ language_code: "ru" })).toEqual([{ command: "licenses", description: "Лицензии" }]);
    expect(await f.client.getMyCommands({ scope: { type: "all_private_chats" } })).toEqual([]);
    expect(aru.commandMenu()).toEqual([{ command: "admin", description: "Staff" }]);
    await f.client.deleteMyCommands({ scope: { type: "chat", chat_id: aru.id } });
    // Aru's client language is ru: the ru default wins over the language-less one.
    expect(aru.commandMenu()).toEqual([{ command: "licenses", description: "Лицензии" }]);
    expect(await f.client.getMyCommands({ scope: { type: "chat", chat_id: aru.id } })).toEqual([]);
  });

  it("validates commands and scopes", async () => {
    const set = (body: Record<string, unknown>) => rawPost("setMyCommands", body);
    await expectApiError(set({ commands: [{ command: "bad command", description: "x" }] }), 400, "Bad Request: BOT_COMMAND_INVALID");
    await expectApiError(set({ commands: [{ command: "", description: "x" }] }), 400, "Bad Request: command must be non-empty");
    await expectApiError(
      set({ commands: [{ command: "ok", description: "" }] }),
      400,
      "Bad Request: command description must be non-empty",
    );
    await expectApiError(
      set({ commands: [{ command: "ok", description: "x" }], scope: { type: "chat" } }),
      400,
      `Bad Request: can't parse BotCommandScope: Can't find field "chat_id"`,
    );
    await expectApiError(
      set({ commands: [{ command: "ok", description: "x" }], scope: { type: "galaxy" } }),
      400,
      "Bad Request: can't parse BotCommandScope: Unsupported type specified",
    );
  });
});
