import { InlineKeyboard, InputFile } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { expectApiError, type Fixture, rawCall, startFixture } from "./support.js";

let f: Fixture;
let aru: LocalUser;

const ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Бокс — финал\r\nEND:VCALENDAR\r\n";

beforeEach(async () => {
  f = await startFixture({ defaultTimeoutMs: 2000 });
  aru = f.api.createUser({ firstName: "Aru", languageCode: "ru", username: "aru" });
});

afterEach(async () => {
  await f.api.stop();
});

const calendar = () => new InputFile(Buffer.from(ICS), "paris-2024-boxing.ics");

describe("sendDocument", () => {
  it("takes a multipart upload from grammY and shows the user the document with its caption", async () => {
    const sent = await f.client.sendDocument(aru.id, calendar(), {
      caption: "Boxing <b>finals</b> calendar",
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text("Remind me", "remind"),
    });
    expect(sent.document).toMatchObject({
      file_name: "paris-2024-boxing.ics",
      mime_type: "text/calendar",
      file_size: Buffer.byteLength(ICS),
    });
    expect(sent.document?.file_id).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(sent.document?.file_unique_id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(sent).toMatchObject({ caption: "Boxing finals calendar", caption_entities: [{ type: "bold", offset: 7, length: 6 }] });
    expect(sent).not.toHaveProperty("text");

    const message = await aru.waitForMessage();
    expect(message).toMatchObject({ text: "Boxing finals calendar", document: { file_name: "paris-2024-boxing.ics" } });
    expect(message.buttons).toEqual([[{ text: "Remind me", data: "remind" }]]);
    const file = await aru.download(message);
    expect(file).toMatchObject({ fileName: "paris-2024-boxing.ics", mimeType: "text/calendar", size: Buffer.byteLength(ICS), text: ICS });
    expect(file.bytes.equals(Buffer.from(ICS))).toBe(true);
  });

  it("keeps a Cyrillic file name as grammY writes it (unquoted UTF-8) and reads a form-data upload by field name", async () => {
    const sent = await f.client.sendDocument(aru.id, new InputFile(Buffer.from("x"), "Бокс финал.ics"));
    expect(sent.document).toMatchObject({ file_name: "Бокс финал.ics", mime_type: "text/calendar" });
    const response = await fetch(`${f.api.url}/_user/download?user_id=${aru.id}&message_id=${sent.message_id}`);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename*=UTF-8''${encodeURIComponent("Бокс финал.ics")}`);

    const form = new FormData();
    form.set("chat_id", String(aru.id));
    form.set("document", new Blob(["a,b\n"], { type: "text/csv" }), "list.csv");
    const { json } = await rawCall(f.api, `/bot${f.bot.token}/sendDocument`, form);
    expect(json).toMatchObject({ ok: true, result: { document: { file_name: "list.csv", mime_type: "text/csv", file_size: 4 } } });

    const missingPart = new FormData();
    missingPart.set("chat_id", String(aru.id));
    missingPart.set("document", "attach://nothing");
    const missing = await rawCall(f.api, `/bot${f.bot.token}/sendDocument`, missingPart);
    expect(missing.json.description).toBe("Bad Request: there is no document in the request");
  });

  it("sends a document without a caption; a blank caption counts as none", async () => {
    const sent = await f.client.sendDocument(aru.id, calendar(), { caption: "  \n " });
    expect(sent).not.toHaveProperty("caption");
    expect((await aru.waitForMessage()).text).toBe("");
  });

  it("re-sends a known file by its file_id, which stays the same", async () => {
    const first = await f.client.sendDocument(aru.id, calendar());
    const again = await f.client.sendDocument(aru.id, first.document?.file_id as string);
    expect(again.document).toEqual(first.document);
    expect(again.message_id).toBe(first.message_id + 1);
  });

  it("refuses what Telegram refuses", async () => {
    await expectApiError(
      f.client.sendDocument(aru.id, "AgACAgIAAxkBAAIBsmUnknown"),
      400,
      "Bad Request: wrong file identifier/HTTP URL specified",
    );
    await expectApiError(
      f.client.sendDocument(aru.id, new InputFile(Buffer.alloc(0), "empty.txt")),
      400,
      "Bad Request: file must be non-empty",
    );
    await expectApiError(
      f.client.sendDocument(aru.id, calendar(), { caption: "я".repeat(1025) }),
      400,
      "Bad Request: message caption is too long",
    );
    await expectApiError(
      f.client.sendDocument(aru.id, calendar(), { caption: "<p>x</p>", parse_mode: "HTML" }),
      400,
      `Bad Request: can't parse entities: Unsupported start tag "p" at byte offset 0`,
    );
    await expectApiError(
      f.client.sendDocument(aru.id, calendar(), { reply_markup: { inline_keyboard: [[{ text: "plain" } as never]] } }),
      400,
      "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
    await expectApiError(f.client.sendDocument(123456, calendar()), 400, "Bad Request: chat not found");
    await expectApiError(f.client.sendDocument("", calendar()), 400, "Bad Request: chat_id is empty");
    const { status, json } = await rawCall(
      f.api,
      `/bot${f.bot.token}/sendDocument`,
      JSON.stringify({ chat_id: aru.id }),
      "application/json",
    );
    expect({ status, description: json.description }).toEqual({
      status: 400,
      description: "Bad Request: there is no document in the request",
    });
    expect(aru.messages()).toEqual([]);
  });

  it("accepts a caption of exactly 1,024 characters after HTML parsing", async () => {
    const sent = await f.client.sendDocument(aru.id, calendar(), { caption: `<b>${"я".repeat(1024)}</b>`, parse_mode: "HTML" });
    expect(sent.caption).toHaveLength(1024);
  });

  it("refuses http URLs: the local server cannot fetch them", async () => {
    const error = await expectApiError(
      f.client.sendDocument(aru.id, "https://example.com/cal.ics"),
      400,
      "Bad Request: failed to get HTTP URL content: the local Bot API server does not fetch URLs, upload the file instead",
    );
    expect(error.description).toContain("failed to get HTTP URL content");
  });

  it("refuses a file over 50 MB", async () => {
    const big = new InputFile(Buffer.alloc(50 * 1024 * 1024 + 1, 1), "big.bin");
    await expectApiError(f.client.sendDocument(aru.id, big), 400, "Bad Request: file is too big");
  }, 30_000);

  it("counts against flood limits like sendMessage", async () => {
    await f.api.stop();
    f = await startFixture({ floodLimits: { privateChat: { burst: 2, perSecond: 0.001 } } });
    const bek = f.api.createUser({ firstName: "Bek" });
    await f.client.sendMessage(bek.id, "one");
    await f.client.sendDocument(bek.id, calendar());
    const error = await f.client.sendDocument(bek.id, calendar()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ error_code: 429 });
  });

  it("cannot be edited as text, but its keyboard can", async () => {
    const sent = await f.client.sendDocument(aru.id, calendar(), { reply_markup: new InlineKeyboard().text("A", "a") });
    await expectApiError(
      f.client.editMessageText(aru.id, sent.message_id, "text"),
      400,
      "Bad Request: there is no text in the message to edit",
    );
    const edited = await f.client.editMessageReplyMarkup(aru.id, sent.message_id, { reply_markup: new InlineKeyboard().text("B", "b") });
    expect(edited).toMatchObject({ document: sent.document, reply_markup: { inline_keyboard: [[{ text: "B", callback_data: "b" }]] } });
    expect(edited).not.toHaveProperty("text");
  });
});

describe("getFile and the download endpoint", () => {
  it("answers file_path, whose URL serves the bytes to the bot that owns the file", async () => {
    const sent = await f.client.sendDocument(aru.id, calendar());
    const fileId = sent.document?.file_id as string;
    const file = await f.client.getFile(fileId);
    expect(file).toEqual({
      file_id: fileId,
      file_unique_id: sent.document?.file_unique_id,
      file_size: Buffer.byteLength(ICS),
      file_path: expect.stringMatching(/^documents\/file_\d+\.ics$/),
    });
    const response = await fetch(`${f.api.url}/file/bot${f.bot.token}/${file.file_path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar");
    expect(await response.text()).toBe(ICS);
  });

  it("refuses unknown files, tokens and other bots' files", async () => {
    await expectApiError(f.client.getFile(""), 400, "Bad Request: file_id not specified");
    await expectApiError(f.client.getFile("BQACAgIAAxkBAAnope"), 400, "Bad Request: invalid file_id");
    const sent = await f.client.sendDocument(aru.id, calendar());
    const file = await f.client.getFile(sent.document?.file_id as string);

    expect((await fetch(`${f.api.url}/file/bot${f.bot.token}/documents/file_999.ics`)).status).toBe(404);
    const badToken = await fetch(`${f.api.url}/file/bot123:wrong/${file.file_path}`);
    expect({ status: badToken.status, body: await badToken.json() }).toEqual({
      status: 401,
      body: { ok: false, error_code: 401, description: "Unauthorized" },
    });
    const other = f.api.createBot({ username: "other_bot" });
    expect((await fetch(`${f.api.url}/file/bot${other.token}/${file.file_path}`)).status).toBe(404);
    const { Api } = await import("grammy");
    await expectApiError(
      new Api(other.token, { apiRoot: f.api.url }).getFile(sent.document?.file_id as string),
      400,
      "Bad Request: invalid file_id",
    );
  });
});

describe("the user's side", () => {
  it("download refuses messages without a document and chats the user is not in", async () => {
    await f.client.sendMessage(aru.id, "just text");
    await expect(aru.download(await aru.waitForMessage())).rejects.toThrow(/has no document/);
    const bek = f.api.createUser({ firstName: "Bek" });
    await f.client.sendDocument(bek.id, calendar());
    const bekMessage = await bek.waitForMessage();
    await expect(aru.download(bekMessage)).rejects.toThrow(/cannot see chat/);
  });

  it("has an HTTP twin answering the file's bytes", async () => {
    const sent = await f.client.sendDocument(aru.id, calendar());
    const response = await fetch(`${f.api.url}/_user/download?user_id=${aru.id}&message_id=${sent.message_id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe("attachment; filename*=UTF-8''paris-2024-boxing.ics");
    expect(await response.text()).toBe(ICS);
    const messages = await rawCall(f.api, `/_user/messages?user_id=${aru.id}`);
    expect(messages.json.result).toMatchObject([{ document: { file_name: "paris-2024-boxing.ics" } }]);
    const missing = await rawCall(f.api, `/_user/download?user_id=${aru.id}&message_id=99`);
    expect(missing.status).toBe(400);
  });
});

describe("a user's document", () => {
  const CSV = "games,sport\nparis-2024-olympic,boxing\n";

  it("reaches the bot as message.document (caption and commands read from the caption), which it can getFile and download", async () => {
    const sent = await aru.sendDocument({ fileName: "licenses.csv", bytes: CSV }, { caption: "/import please" });
    expect(sent).not.toHaveProperty("text");
    const [update] = await f.client.getUpdates();
    const message = update?.message;
    expect(message).toMatchObject({
      message_id: sent.message_id,
      from: { id: aru.id },
      document: { file_name: "licenses.csv", mime_type: "text/csv", file_size: Buffer.byteLength(CSV) },
      caption: "/import please",
      caption_entities: [{ type: "bot_command", offset: 0, length: 7 }],
    });
    expect(message).not.toHaveProperty("text");
    const file = await f.client.getFile(message?.document?.file_id as string);
    expect(file.file_path).toMatch(/^documents\/file_\d+\.csv$/);
    const response = await fetch(`${f.api.url}/file/bot${f.bot.token}/${file.file_path}`);
    expect({ status: response.status, type: response.headers.get("content-type"), body: await response.text() }).toEqual({
      status: 200,
      type: "text/csv",
      body: CSV,
    });
    // Another bot cannot read it.
    const other = f.api.createBot({ username: "other_bot" });
    expect((await fetch(`${f.api.url}/file/bot${other.token}/${file.file_path}`)).status).toBe(404);
  });

  it("keeps the type the client reports and bytes that are not UTF-8; a reply to the document carries it back", async () => {
    const cp1251 = Buffer.from([0xc1, 0xee, 0xea, 0xf1]); // "Бокс" in Windows-1251
    const sent = await aru.sendDocument({ fileName: "list", bytes: cp1251, mimeType: "application/vnd.ms-excel" });
    expect(sent.document).toMatchObject({ file_name: "list", mime_type: "application/vnd.ms-excel", file_size: 4 });
    const file = await f.client.getFile(sent.document?.file_id as string);
    const bytes = Buffer.from(await (await fetch(`${f.api.url}/file/bot${f.bot.token}/${file.file_path}`)).arrayBuffer());
    expect(bytes.equals(cp1251)).toBe(true);
    // The bot's answer as a reply: a button press on it brings the document back in reply_to_message.
    const preview = await f.client.sendMessage(aru.id, "Preview", {
      reply_parameters: { message_id: sent.message_id },
      reply_markup: new InlineKeyboard().text("Apply", "apply"),
    });
    expect(preview.reply_to_message?.document?.file_id).toBe(sent.document?.file_id);
    await f.client.getUpdates({ offset: -1 });
    const pressed = aru.press(await aru.waitForMessage(), "Apply", { timeoutMs: 2000 });
    const updates = await f.client.getUpdates();
    const query = updates.at(-1)?.callback_query;
    expect(query?.message).toMatchObject({ message_id: preview.message_id, reply_to_message: { document: { file_name: "list" } } });
    await f.client.answerCallbackQuery(query?.id as string);
    await pressed;
  });

  it("refuses what a client cannot send, and getFile refuses a file over 20 MB as the cloud Bot API does", async () => {
    await expect(aru.sendDocument({ fileName: "empty.csv", bytes: "" })).rejects.toThrow(/empty file/);
    await expect(aru.sendDocument({ fileName: "a.csv", bytes: "x" }, { caption: "я".repeat(1025) })).rejects.toThrow(/caption/);
    const bek = f.api.createUser({ firstName: "Bek" });
    await expect(aru.sendDocument({ fileName: "a.csv", bytes: "x" }, { chat: bek.id })).rejects.toThrow(/not a member/);
    const big = await aru.sendDocument({ fileName: "big.csv", bytes: Buffer.alloc(20 * 1024 * 1024 + 1, 0x61) });
    expect(big.document?.file_size).toBe(20 * 1024 * 1024 + 1);
    await expectApiError(f.client.getFile(big.document?.file_id as string), 400, "Bad Request: file is too big");
  }, 30_000);

  it("has an HTTP twin taking a multipart file part", async () => {
    const form = new FormData();
    form.set("user_id", String(aru.id));
    form.set("caption", "results");
    form.set("document", new Blob([CSV], { type: "text/csv" }), "results.csv");
    const { status, json } = await rawCall(f.api, "/_user/send_document", form);
    expect(status).toBe(200);
    expect(json).toMatchObject({ ok: true, result: { caption: "results", document: { file_name: "results.csv", mime_type: "text/csv" } } });
    const [update] = await f.client.getUpdates();
    expect(update?.message?.document?.file_name).toBe("results.csv");
    const missing = new FormData();
    missing.set("user_id", String(aru.id));
    expect((await rawCall(f.api, "/_user/send_document", missing)).status).toBe(400);
  });
});
