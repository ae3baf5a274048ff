import { Api, InlineKeyboard, InputFile } from "grammy";
import type { InlineQueryResultArticle, InlineQueryResultCachedPhoto, Update } from "grammy/types";
import { PNG } from "pngjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InlineAnswer, LocalChat, LocalUser } from "../../local-api/index.js";
import { expectApiError, type Fixture, rawCall, startFixture } from "./support.js";

let f: Fixture;
let aru: LocalUser;
let bek: LocalUser;
let fans: LocalChat;
let offset = 0;

beforeEach(async () => {
  f = await startFixture({ defaultTimeoutMs: 2000 });
  aru = f.api.createUser({ firstName: "Aru", username: "aru" });
  bek = f.api.createUser({ firstName: "Bek" });
  fans = f.api.createGroup({ title: "Fans", members: [aru, bek] });
  offset = 0;
  await drain(f.client);
});

afterEach(async () => {
  await f.api.stop();
});

/** Confirms everything so far and returns what came since, as a polling bot would fetch it. */
async function drain(client: Api): Promise<Update[]> {
  const updates = await client.getUpdates({ offset, timeout: 0 });
  if (updates.length) offset = (updates.at(-1)?.update_id ?? 0) + 1;
  return updates;
}

/**
 * The update for an inline query the test just made (no bot running: the test answers it): a
 * long poll, which the server answers as soon as the update is there.
 */
async function pendingQuery(client: Api = f.client): Promise<NonNullable<Update["inline_query"]>> {
  for (;;) {
    const updates = await client.getUpdates({ offset, timeout: 10 });
    if (updates.length === 0) throw new Error("no inline_query update within 10 s");
    offset = (updates.at(-1)?.update_id ?? 0) + 1;
    const query = updates.find((update) => update.inline_query)?.inline_query;
    if (query) return query;
  }
}

const article = (id: string, title: string, extra: Partial<InlineQueryResultArticle> = {}): InlineQueryResultArticle => ({
  type: "article",
  id,
  title,
  description: `About ${title}`,
  input_message_content: { message_text: `<b>${title}</b> licences`, parse_mode: "HTML" },
  ...extra,
});

/** Asks as Aru and answers with `results`; resolves with Aru's view of the answer. */
async function ask(
  query: string,
  results: InlineQueryResultArticle[],
  options: Parameters<LocalUser["inlineAnswer"]>[1] = {},
): Promise<InlineAnswer> {
  const answer = aru.inlineAnswer(query, options);
  const update = await pendingQuery();
  await f.client.answerInlineQuery(update.id, results, { cache_time: 0 });
  return answer;
}

describe("inline_query updates", () => {
  it("report chat_type: sender by default, the group's type for a group, or what the test says", async () => {
    const club = f.api.createGroup({ title: "Club", type: "supergroup", members: [aru] });
    const seen: Array<string | undefined> = [];
    for (const options of [{}, { chat: fans }, { chat: club }, { chatType: "private" as const }, { chat: aru.chat }]) {
      const answer = aru.inlineQuery("box", options);
      const update = await pendingQuery();
      seen.push(update.chat_type);
      expect(update).toMatchObject({ from: { id: aru.id }, query: "box", offset: "" });
      await f.client.answerInlineQuery(update.id, []);
      await answer;
    }
    expect(seen).toEqual(["sender", "group", "supergroup", "private", "sender"]);
  });

  it("cannot be typed in a group the user is not in", async () => {
    const other = f.api.createGroup({ title: "Other", members: [bek] });
    await expect(aru.inlineQuery("box", { chat: other })).rejects.toThrow(/not in it/);
  });
});

describe("answerInlineQuery", () => {
  it("refuses what telegram-bot-api, tdlib and Telegram refuse, with their texts", async () => {
    const answer = aru.inlineAnswer("box");
    const { id } = await pendingQuery();
    const refuse = (results: unknown[], other: Record<string, unknown> = {}) => f.client.answerInlineQuery(id, results as never, other);
    const cases: Array<[Promise<unknown>, string]> = [
      [refuse(Array.from({ length: 51 }, (_, i) => article(String(i), "x"))), "too many inline query results specified"],
      [refuse([article("", "x")]), "RESULT_ID_EMPTY"],
      [refuse([article("я".repeat(33), "x")]), "RESULT_ID_INVALID"],
      [refuse([article("1", "a"), article("1", "b")]), "RESULT_ID_DUPLICATE"],
      [
        refuse([{ type: "hologram", id: "1" }]),
        `can't parse inline query result: type "hologram" is unsupported for the inline query result`,
      ],
      [
        refuse([{ type: "article", id: "1", input_message_content: { message_text: "x" } }]),
        `can't parse inline query result: Can't find field "title"`,
      ],
      [refuse([article("1", "   ")]), "ARTICLE_TITLE_EMPTY"],
      [refuse([{ type: "article", id: "1", title: "t" }]), `can't parse inline query result: Can't find field "message_text"`],
      [
        refuse([article("1", "t", { input_message_content: { message_text: "" } })]),
        "can't parse inline query result: Input message content is not specified",
      ],
      [
        refuse([article("1", "t", { input_message_content: { message_text: "<p>x</p>", parse_mode: "HTML" } })]),
        `can't parse inline query result: Can't parse entities: Unsupported start tag "p" at byte offset 0`,
      ],
      [
        refuse([article("1", "t", { input_message_content: { message_text: `<b>${"x".repeat(4097)}</b>`, parse_mode: "HTML" } })]),
        "message is too long",
      ],
      [refuse([article("1", "t", { input_message_content: { message_text: "<b> </b>", parse_mode: "HTML" } })]), "text must be non-empty"],
      [
        refuse([article("1", "t", { reply_markup: { inline_keyboard: [[{ text: "plain" } as never]] } })]),
        "can't parse inline query result: Can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
      ],
      [refuse([article("1", "t", { reply_markup: new InlineKeyboard().text("x", "y".repeat(65)) })]), "BUTTON_DATA_INVALID"],
      [refuse([], { next_offset: "n".repeat(65) }), "NEXT_OFFSET_INVALID"],
      [refuse([], { button: { text: "Sign in", start_parameter: "" } }), "can't use empty start_parameter"],
      [refuse([], { button: { text: "Sign in", start_parameter: "a".repeat(65) } }), "too long start_parameter specified"],
      [refuse([], { button: { text: "Sign in", start_parameter: "a b" } }), "unallowed characters in start_parameter are used"],
      [refuse([], { button: { start_parameter: "x" } }), `can't parse inline query results button: Can't find field "text"`],
      [
        refuse([], { button: { text: "Sign in" } }),
        "can't parse inline query results button: InlineQueryResultsButton must have exactly one optional field",
      ],
    ];
    for (const [call, description] of cases) await expectApiError(call, 400, `Bad Request: ${description}`);

    // Callback buttons are fine in results (a bot edits the posted message through them).
    await f.client.answerInlineQuery(id, [article("1", "Boxing", { reply_markup: new InlineKeyboard().text("More", "more") })], {
      cache_time: -5,
      is_personal: true,
      next_offset: "page2",
      button: { text: "Sign in", start_parameter: "signin_1" },
    });
    expect(await answer).toMatchObject({
      inline_query_id: id,
      query: "box",
      cache_time: 0,
      is_personal: true,
      next_offset: "page2",
      button: { text: "Sign in", start_parameter: "signin_1" },
      results: [{ id: "1", title: "Boxing" }],
    });
  });

  it("clamps cache_time into 0–86,400 with 300 by default, as telegram-bot-api does", async () => {
    const cacheTimes: number[] = [];
    for (const cacheTime of [undefined, 10 ** 6]) {
      const answer = aru.inlineAnswer("box");
      const { id } = await pendingQuery();
      await f.client.answerInlineQuery(id, [], cacheTime === undefined ? {} : { cache_time: cacheTime });
      cacheTimes.push((await answer).cache_time);
    }
    expect(cacheTimes).toEqual([300, 86_400]);
  });

  it("refuses a second answer, and one that comes after the client stopped waiting", async () => {
    const answer = aru.inlineAnswer("box");
    const { id } = await pendingQuery();
    await f.client.answerInlineQuery(id, []);
    await answer;
    const tooOld = "Bad Request: query is too old and response timeout expired or query ID is invalid";
    await expectApiError(f.client.answerInlineQuery(id, []), 400, tooOld);

    // The expectation is attached at once: the 50 ms can run out before the query is fetched below,
    // and a rejection with nothing listening yet is an unhandled one.
    const late = expect(aru.inlineAnswer("judo", { timeoutMs: 50 })).rejects.toThrow(/did not answer inline query "judo"/);
    const second = await pendingQuery();
    await late;
    await expectApiError(f.client.answerInlineQuery(second.id, []), 400, tooOld);
    await expectApiError(f.client.answerInlineQuery("12345", []), 400, tooOld);
  });
});

describe("choosing an inline result", () => {
  it("posts it in the group from the user via the bot; a privacy-mode bot sees it, and so do the members", async () => {
    const results = await (async () => {
      const answer = aru.inlineQuery("box", { chat: fans });
      const { id } = await pendingQuery();
      await f.client.answerInlineQuery(id, [
        article("judo", "Judo"),
        article("box", "Boxing", { reply_markup: new InlineKeyboard().url("Site", "https://olympics.com") }),
      ]);
      return answer;
    })();
    const posted = await aru.chooseInlineResult(results, "box");
    expect(posted).toMatchObject({
      chat: { id: fans.id, type: "group" },
      from: { id: aru.id, first_name: "Aru" },
      via_bot: { id: f.bot.id, username: "kz_licenses_bot", is_bot: true },
      text: "Boxing licences",
      entities: [{ type: "bold", offset: 0, length: 6 }],
      reply_markup: { inline_keyboard: [[{ text: "Site", url: "https://olympics.com" }]] },
    });
    const updates = await drain(f.client);
    // Privacy mode lets "messages sent via this bot" through; inline feedback is off by default.
    expect(updates.map((update) => Object.keys(update).filter((key) => key !== "update_id"))).toEqual([["message"]]);
    expect(updates[0]?.message).toMatchObject({ message_id: posted.message_id, via_bot: { id: f.bot.id } });

    expect(await bek.waitForChatMessage({ chat: fans })).toMatchObject({ message_id: posted.message_id, text: "Boxing licences" });
    expect(bek.chatMessages({ chat: fans }).map((message) => message.text)).toEqual(["Boxing licences"]);
    await expect(bek.waitForChatMessage({ chat: fans, timeoutMs: 50 })).rejects.toThrow(/no new message/);
  });

  it("reaches no bot that is not in the group, and only the bot it was sent via", async () => {
    const other = f.api.createBot({ username: "other_bot" });
    const otherClient = new Api(other.token, { apiRoot: f.api.url });
    const withoutBot = f.api.createGroup({ title: "No bots", members: [aru, bek], bots: [] });
    const both = f.api.createGroup({ title: "Both bots", members: [aru, bek] });
    await drain(f.client);
    await otherClient.getUpdates({ offset: -1, timeout: 0 });
    for (const chat of [withoutBot, both]) {
      const answer = await ask("box", [article("box", "Boxing")], { chat });
      await aru.chooseInlineResult(answer, "box");
    }
    const mine = (await drain(f.client)).filter((update) => update.message);
    expect(mine.map((update) => update.message?.chat.id)).toEqual([both.id]);
    const theirs = await otherClient.getUpdates({ timeout: 0 });
    expect(theirs.filter((update) => update.message)).toEqual([]);
    expect(bek.chatMessages({ chat: withoutBot }).map((message) => message.text)).toEqual(["Boxing licences"]);
  });

  it("with inline feedback on, sends chosen_inline_result, with inline_message_id only for a result with a keyboard", async () => {
    const bot = f.api.createBot({ username: "feedback_bot", inlineFeedback: true });
    const client = new Api(bot.token, { apiRoot: f.api.url });
    offset = 0;
    const answer = aru.inlineAnswer("box", { bot });
    const { id } = await pendingQuery(client);
    await client.answerInlineQuery(id, [
      article("plain", "Judo"),
      article("keyed", "Boxing", { reply_markup: new InlineKeyboard().text("More", "more") }),
    ]);
    const received = await answer;
    await aru.chooseInlineResult(received, 0);
    await aru.chooseInlineResult(received, "keyed");
    const chosen = (await drain(client)).filter((update) => update.chosen_inline_result).map((update) => update.chosen_inline_result);
    expect(chosen).toEqual([
      { result_id: "plain", from: aru.user, query: "box" },
      { result_id: "keyed", from: aru.user, query: "box", inline_message_id: expect.stringMatching(/^[A-Za-z0-9_-]{10,}$/) },
    ]);
  });

  it("posts in the bot's private chat by default, where the bot gets the message", async () => {
    const answer = await ask("box", [article("box", "Boxing")]);
    const posted = await aru.chooseInlineResult(answer, "box");
    expect(posted).toMatchObject({ chat: { id: aru.id, type: "private" }, via_bot: { id: f.bot.id }, text: "Boxing licences" });
    expect((await drain(f.client)).map((update) => update.message?.message_id)).toEqual([posted.message_id]);
  });

  it("refuses unknown results, chats the user is not in, and results that post no text", async () => {
    const answer = await ask("box", [article("box", "Boxing")]);
    await expect(aru.chooseInlineResult(answer, "judo")).rejects.toThrow(/no inline result "judo".*"box"/);
    await expect(aru.chooseInlineResult(answer, 3)).rejects.toThrow(/no inline result 3/);
    const other = f.api.createGroup({ title: "Other", members: [bek] });
    await expect(aru.chooseInlineResult(answer, "box", { chat: other })).rejects.toThrow(/not in it/);
    await expect(bek.chooseInlineResult(answer, "box")).rejects.toThrow(/was for user/);

    const photo = aru.inlineAnswer("pic");
    const { id } = await pendingQuery();
    await f.client.answerInlineQuery(id, [
      { type: "photo", id: "p", photo_url: "https://x.kz/a.jpg", thumbnail_url: "https://x.kz/t.jpg" },
    ]);
    await expect(aru.chooseInlineResult(await photo, "p")).rejects.toThrow(/posts nothing modelled/);
  });
});

describe("cached photos (InlineQueryResultCachedPhoto)", () => {
  /** A picture the bot uploaded (to Aru's chat): its file_id is what a cached photo result names. */
  async function uploadedPhoto(client: Api = f.client): Promise<string> {
    const image = new PNG({ width: 120, height: 63 });
    image.data.fill(180);
    const sent = await client.sendPhoto(aru.id, new InputFile(PNG.sync.write(image), "medal.png"));
    return sent.photo?.at(-1)?.file_id as string;
  }

  const cachedPhoto = (id: string, fileId: string, extra: Partial<InlineQueryResultCachedPhoto> = {}): InlineQueryResultCachedPhoto => ({
    type: "photo",
    id,
    photo_file_id: fileId,
    title: "🥇 Михаил Шайдоров",
    caption: "🥇 <b>Алтын!</b> Михаил Шайдоров — мәнерлеп сырғанау",
    parse_mode: "HTML",
    ...extra,
  });

  it("post the photo the bot uploaded, with its caption and buttons, from the user via the bot; the bot and the members see it", async () => {
    const fileId = await uploadedPhoto();
    const keyboard = new InlineKeyboard().url("Ботта ашу", "https://t.me/kz_licenses_bot?start=md-7").switchInline("Бөлісу", "Шайдоров");
    const answer = aru.inlineAnswer("Шайдоров", { chat: fans });
    const { id } = await pendingQuery();
    await f.client.answerInlineQuery(id, [cachedPhoto("mc:1", fileId, { reply_markup: keyboard }), article("ath-1", "Шайдоров")]);
    const received = await answer;
    expect(received.results.map((r) => r.type)).toEqual(["photo", "article"]);
    await drain(f.client);

    const posted = await aru.chooseInlineResult(received, "mc:1");
    expect(posted).toMatchObject({
      chat: { id: fans.id },
      from: { id: aru.id },
      via_bot: { id: f.bot.id },
      photo: [{ file_id: fileId, width: 120, height: 63 }],
      caption: "🥇 Алтын! Михаил Шайдоров — мәнерлеп сырғанау",
      caption_entities: [{ type: "bold", offset: 3, length: 6 }],
      reply_markup: keyboard,
    });
    expect(posted).not.toHaveProperty("text");
    expect((await drain(f.client)).map((update) => update.message?.photo?.[0]?.file_id)).toEqual([fileId]);
    expect(await bek.waitForChatMessage({ chat: fans })).toMatchObject({ message_id: posted.message_id, photo: posted.photo });
  });

  it("post input_message_content instead of the photo when it is given", async () => {
    const fileId = await uploadedPhoto();
    const answer = await ask("pic", [
      cachedPhoto("p", fileId, { input_message_content: { message_text: "<i>Text instead</i>", parse_mode: "HTML" } }) as never,
    ]);
    const posted = await aru.chooseInlineResult(answer, "p");
    expect(posted).toMatchObject({ text: "Text instead", entities: [{ type: "italic", offset: 0, length: 12 }] });
    expect(posted).not.toHaveProperty("photo");
  });

  it("are refused as telegram-bot-api, tdlib and Telegram refuse them", async () => {
    const fileId = await uploadedPhoto();
    const document = await f.client.sendDocument(aru.id, new InputFile(Buffer.from("x"), "a.txt"));
    const other = f.api.createBot({ username: "other_bot" });
    const othersPhoto = await uploadedPhoto(new Api(other.token, { apiRoot: f.api.url }));
    const answer = aru.inlineAnswer("pic");
    const { id } = await pendingQuery();
    const refuse = (results: unknown[]) => f.client.answerInlineQuery(id, results as never);
    const { photo_file_id: _omitted, ...withoutFile } = cachedPhoto("1", fileId);
    const cases: Array<[Promise<unknown>, string]> = [
      [refuse([withoutFile]), `can't parse inline query result: Can't find field "photo_file_id"`],
      [
        refuse([cachedPhoto("1", fileId, { caption: "<b>x" })]),
        `can't parse inline query result: Can't parse entities: Can't find end tag corresponding to start tag "b"`,
      ],
      [refuse([cachedPhoto("1", fileId, { caption: "ә".repeat(1025), parse_mode: undefined })]), "MEDIA_CAPTION_TOO_LONG"],
      [refuse([cachedPhoto("1", "AgACAgIAAxkBAAIBsmUnknown")]), "wrong remote file identifier specified: can't unserialize it"],
      // A file_id is the uploading bot's own.
      [refuse([cachedPhoto("1", othersPhoto)]), "wrong remote file identifier specified: can't unserialize it"],
      [refuse([cachedPhoto("1", document.document?.file_id as string)]), "can't use file of type Document as Photo"],
    ];
    for (const [call, description] of cases) await expectApiError(call, 400, `Bad Request: ${description}`);

    // A caption of exactly 1,024 characters after parsing is fine.
    await f.client.answerInlineQuery(id, [cachedPhoto("1", fileId, { caption: `<b>${"ә".repeat(1024)}</b>` })]);
    const posted = await aru.chooseInlineResult(await answer, "1");
    expect(posted.caption).toHaveLength(1024);
  });
});

describe("buttons that are client actions", () => {
  it("tap() says what the client does; only callback buttons reach the bot", async () => {
    const keyboard = new InlineKeyboard()
      .url("Site", "https://olympics.com")
      .switchInline("Share", "boxing")
      .switchInlineCurrent("Search here", "judo")
      .row()
      .switchInlineChosen("Send to a group", { query: "box", allow_group_chats: true })
      .copyText("Copy", "KZ-2024")
      .text("More", "more");
    const sent = await f.client.sendMessage(aru.id, "Licences", { reply_markup: keyboard });
    const message = await aru.waitForMessage();
    expect(message.buttons[0]?.[1]).toMatchObject({ text: "Share", switchInline: { query: "boxing", currentChat: false } });

    expect(await aru.tap(message, "Site")).toEqual({ kind: "url", url: "https://olympics.com" });
    expect(await aru.tap(message, "Share")).toEqual({ kind: "switchInline", query: "boxing", currentChat: false });
    expect(await aru.tap(message, "Search here")).toEqual({ kind: "switchInline", query: "judo", currentChat: true });
    expect(await aru.tap(message, { row: 1, col: 0 })).toEqual({
      kind: "switchInline",
      query: "box",
      currentChat: false,
      chosenChat: { query: "box", allow_group_chats: true },
    });
    expect(await aru.tap(message, "Copy")).toEqual({ kind: "copyText", text: "KZ-2024" });
    expect(await drain(f.client)).toEqual([]);

    const tapped = aru.tap(message, "More");
    const update = (await drain(f.client))[0];
    expect(update?.callback_query).toMatchObject({ data: "more", message: { message_id: sent.message_id } });
    await f.client.answerCallbackQuery(update?.callback_query?.id as string, { text: "Loading" });
    expect(await tapped).toEqual({ kind: "callback", answer: { text: "Loading" } });

    await expect(aru.press(message, "Share")).rejects.toThrow(/client action.*switchInline.*use tap\(\)/);
  });
});

describe("deep links", () => {
  const startTexts = async (): Promise<Array<{ text?: string; entities?: unknown }>> =>
    (await drain(f.client)).map((update) => ({ text: update.message?.text, entities: update.message?.entities }));

  it("send /start <payload>, with the bot_command entity over /start only", async () => {
    await aru.openLink("https://t.me/kz_licenses_bot?start=sport_boxing-1");
    await aru.openLink("tg://resolve?domain=KZ_Licenses_Bot&start=abc");
    await aru.openLink("t.me/kz_licenses_bot?start=xyz");
    await aru.start("from_site");
    await aru.start();
    const command = [{ type: "bot_command", offset: 0, length: 6 }];
    expect(await startTexts()).toEqual([
      { text: "/start sport_boxing-1", entities: command },
      { text: "/start abc", entities: command },
      { text: "/start xyz", entities: command },
      { text: "/start from_site", entities: command },
      { text: "/start", entities: command },
    ]);
  });

  it("with an invalid payload only open the chat: /start for a chat never started, else nothing", async () => {
    expect((await bek.openLink("https://t.me/kz_licenses_bot?start=not%20valid"))?.text).toBe("/start");
    expect(await bek.openLink(`https://t.me/kz_licenses_bot?start=${"a".repeat(65)}`)).toBeUndefined();
    expect(await bek.openLink("https://t.me/kz_licenses_bot")).toBeUndefined();
    expect((await startTexts()).map((message) => message.text)).toEqual(["/start"]);
    await expect(bek.start("not valid")).rejects.toThrow(/invalid/);
  });

  it("refuse links to bots the server does not know and links that are not Telegram's", async () => {
    await expect(aru.openLink("https://t.me/some_channel?start=x")).rejects.toThrow(/@some_channel, which is not a bot on this server/);
    await expect(aru.openLink("https://example.com/kz_licenses_bot?start=x")).rejects.toThrow(/not a Telegram link/);
    await expect(aru.openLink("tg://msg?text=hi")).rejects.toThrow(/opens no bot/);
    expect(await drain(f.client)).toEqual([]);
  });
});

describe("HTTP twins", () => {
  it("inline_answer, choose_inline_result, next_chat_message, tap, open_link and start", async () => {
    const asked = rawCall(
      f.api,
      "/_user/inline_answer",
      JSON.stringify({ user_id: aru.id, query: "box", chat_id: fans.id }),
      "application/json",
    );
    const { id, chat_type } = await pendingQuery();
    expect(chat_type).toBe("group");
    await f.client.answerInlineQuery(id, [article("box", "Boxing")]);
    const answer = (await asked).json.result as InlineAnswer;
    expect(answer).toMatchObject({ inline_query_id: id, query: "box", cache_time: 300 });

    const chosen = await rawCall(
      f.api,
      "/_user/choose_inline_result",
      JSON.stringify({ user_id: aru.id, inline_query_id: id, result_id: "box" }),
      "application/json",
    );
    expect(chosen.json.result).toMatchObject({ chat: { id: fans.id }, via_bot: { id: f.bot.id }, text: "Boxing licences" });
    const next = await rawCall(f.api, `/_user/next_chat_message?user_id=${bek.id}&chat_id=${fans.id}`);
    expect(next.json.result).toMatchObject({ text: "Boxing licences", from: { id: aru.id } });

    const sent = await f.client.sendMessage(aru.id, "x", { reply_markup: new InlineKeyboard().switchInlineCurrent("Search", "judo") });
    const tapped = await rawCall(
      f.api,
      "/_user/tap",
      JSON.stringify({ user_id: aru.id, message_id: sent.message_id, text: "Search" }),
      "application/json",
    );
    expect(tapped.json.result).toEqual({ kind: "switchInline", query: "judo", currentChat: true });

    await drain(f.client);
    const opened = await rawCall(
      f.api,
      "/_user/open_link",
      JSON.stringify({ user_id: aru.id, url: "https://t.me/kz_licenses_bot?start=abc" }),
      "application/json",
    );
    expect(opened.json.result).toMatchObject({ text: "/start abc" });
    const started = await rawCall(f.api, "/_user/start", JSON.stringify({ user_id: aru.id, payload: "p1" }), "application/json");
    expect(started.json.result).toMatchObject({ text: "/start p1" });
    const bad = await rawCall(
      f.api,
      "/_user/open_link",
      JSON.stringify({ user_id: aru.id, url: "https://example.com" }),
      "application/json",
    );
    expect(bad.status).toBe(400);
  });
});
