import { InlineKeyboard, InputFile } from "grammy";
import { PNG } from "pngjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { imageSize } from "../../local-api/images.js";
import type { LocalUser } from "../../local-api/index.js";
import { expectApiError, type Fixture, rawCall, startFixture } from "./support.js";

let f: Fixture;
let aru: LocalUser;

/** A real PNG of that size (pngjs writes it), so the server reads the size from its header. */
function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(200);
  return PNG.sync.write(image);
}

/** The start of a JPEG: SOI, an APP0 segment, then SOF0 with the size. */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof = Buffer.alloc(19);
  sof.writeUInt16BE(0xffc0, 0);
  sof.writeUInt16BE(17, 2);
  sof[4] = 8;
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof]);
}

const CARD = png(1200, 630);
const card = () => new InputFile(CARD, "medal.png");

beforeEach(async () => {
  f = await startFixture({ defaultTimeoutMs: 2000 });
  aru = f.api.createUser({ firstName: "Aru", languageCode: "kk", username: "aru" });
});

afterEach(async () => {
  await f.api.stop();
});

describe("sendPhoto", () => {
  it("takes grammY's multipart upload (attach://) and shows the user the picture with its caption", async () => {
    const sent = await f.client.sendPhoto(aru.id, card(), {
      caption: "🥇 <b>Михаил Шайдоров</b> — мәнерлеп сырғанау",
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text("Жазылымды өзгерту", "sub"),
    });
    expect(sent.photo).toEqual([
      {
        file_id: expect.stringMatching(/^AgAC[A-Za-z0-9_-]{20,}$/),
        file_unique_id: expect.any(String),
        width: 1200,
        height: 630,
        file_size: CARD.length,
      },
    ]);
    expect(sent).toMatchObject({
      caption: "🥇 Михаил Шайдоров — мәнерлеп сырғанау",
      caption_entities: [{ type: "bold", offset: 3, length: 15 }],
    });
    expect(sent).not.toHaveProperty("text");
    expect(sent).not.toHaveProperty("document");

    const message = await aru.waitForMessage();
    expect(message).toMatchObject({ text: "🥇 Михаил Шайдоров — мәнерлеп сырғанау", photo: sent.photo });
    expect(message.buttons).toEqual([[{ text: "Жазылымды өзгерту", data: "sub" }]]);
    const file = await aru.download(message);
    expect(file.bytes.equals(CARD)).toBe(true);
    expect(PNG.sync.read(file.bytes)).toMatchObject({ width: 1200, height: 630 });
  });

  it("re-sends a photo by its file_id without uploading it again, to another chat too", async () => {
    const first = await f.client.sendPhoto(aru.id, card());
    const bek = f.api.createUser({ firstName: "Bek" });
    const again = await f.client.sendPhoto(bek.id, first.photo?.at(-1)?.file_id as string, { caption: "Алтын" });
    expect(again.photo).toEqual(first.photo);
    expect((await bek.waitForMessage()).text).toBe("Алтын");
    const file = await f.client.getFile(first.photo?.at(-1)?.file_id as string);
    expect(file.file_path).toMatch(/^photos\/file_\d+\.png$/);
    const response = await fetch(`${f.api.url}/file/bot${f.bot.token}/${file.file_path}`);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await response.arrayBuffer()).equals(CARD)).toBe(true);
  });

  it("reads a form-data upload by field name, and a JPEG's size from its header", async () => {
    const form = new FormData();
    form.set("chat_id", String(aru.id));
    form.set("photo", new Blob([jpegHeader(800, 600)], { type: "image/jpeg" }), "card.jpg");
    form.set("caption", "<i>Қола</i>");
    form.set("parse_mode", "HTML");
    const { json } = await rawCall(f.api, `/bot${f.bot.token}/sendPhoto`, form);
    expect(json).toMatchObject({
      ok: true,
      result: { photo: [{ width: 800, height: 600 }], caption: "Қола", caption_entities: [{ type: "italic", offset: 0, length: 4 }] },
    });
  });

  it("refuses what Telegram refuses", async () => {
    await expectApiError(
      f.client.sendPhoto(aru.id, new InputFile(Buffer.from("not a picture"), "a.png")),
      400,
      "Bad Request: IMAGE_PROCESS_FAILED",
    );
    await expectApiError(
      f.client.sendPhoto(aru.id, new InputFile(png(4000, 150), "strip.png")),
      400,
      "Bad Request: PHOTO_INVALID_DIMENSIONS",
    );
    await expectApiError(
      f.client.sendPhoto(aru.id, new InputFile(Buffer.alloc(0), "empty.png")),
      400,
      "Bad Request: file must be non-empty",
    );
    await expectApiError(
      f.client.sendPhoto(aru.id, card(), { caption: "я".repeat(1025) }),
      400,
      "Bad Request: message caption is too long",
    );
    await expectApiError(
      f.client.sendPhoto(aru.id, card(), { caption: "<p>x</p>", parse_mode: "HTML" }),
      400,
      `Bad Request: can't parse entities: Unsupported start tag "p" at byte offset 0`,
    );
    await expectApiError(
      f.client.sendPhoto(aru.id, "AgACAgIAAxkBAAIBsmUnknown"),
      400,
      "Bad Request: wrong file identifier/HTTP URL specified",
    );
    // A document's file_id is not a photo's, nor the other way round.
    const document = await f.client.sendDocument(aru.id, new InputFile(Buffer.from("x"), "a.txt"));
    await expectApiError(f.client.sendPhoto(aru.id, document.document?.file_id as string), 400, "Bad Request: type of file mismatch");
    const photo = await f.client.sendPhoto(aru.id, card());
    await expectApiError(f.client.sendDocument(aru.id, photo.photo?.at(-1)?.file_id as string), 400, "Bad Request: type of file mismatch");
    await expectApiError(f.client.sendPhoto(123456, card()), 400, "Bad Request: chat not found");
    const { json } = await rawCall(f.api, `/bot${f.bot.token}/sendPhoto`, JSON.stringify({ chat_id: aru.id }), "application/json");
    expect(json.description).toBe("Bad Request: there is no photo in the request");
    // Only the document and the photo above reached the chat.
    expect(aru.messages().map((m) => (m.photo ? "photo" : m.document ? "document" : "text"))).toEqual(["document", "photo"]);
  });

  it("accepts a caption of exactly 1,024 characters after HTML parsing", async () => {
    const sent = await f.client.sendPhoto(aru.id, card(), { caption: `<b>${"ә".repeat(1024)}</b>`, parse_mode: "HTML" });
    expect(sent.caption).toHaveLength(1024);
  });

  it("counts against flood limits like sendMessage", async () => {
    await f.api.stop();
    f = await startFixture({ floodLimits: { privateChat: { burst: 2, perSecond: 0.001 } } });
    const bek = f.api.createUser({ firstName: "Bek" });
    await f.client.sendMessage(bek.id, "one");
    await f.client.sendPhoto(bek.id, card());
    const error = await f.client.sendPhoto(bek.id, card()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ error_code: 429 });
  });

  it("a chat that refuses photos answers 400 to sendPhoto and still takes the text", async () => {
    const bek = f.api.createUser({ firstName: "Bek" });
    f.api.faults.refusePhotos(aru.id);
    await expectApiError(
      f.client.sendPhoto(aru.id, card(), { caption: "Алтын" }),
      400,
      "Bad Request: not enough rights to send photos to the chat",
    );
    await f.client.sendMessage(aru.id, "Алтын");
    await f.client.sendPhoto(bek.id, card());
    expect(aru.messages().map((m) => m.text)).toEqual(["Алтын"]);
    expect(f.api.calls({ method: "sendPhoto", ok: false }).map((c) => c.error?.error_code)).toEqual([400]);
    f.api.faults.clear();
    await f.client.sendPhoto(aru.id, card());
    expect(aru.messages().filter((m) => m.photo)).toHaveLength(1);
  });
});

describe("editMessageCaption", () => {
  it("replaces a photo's caption and keyboard in place; the picture stays", async () => {
    const sent = await f.client.sendPhoto(aru.id, card(), {
      caption: "🥇 <b>Алтын</b>",
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text("Өшіру", "off"),
    });
    const shown = await aru.waitForMessage();
    const edit = aru.waitForEdit(shown);
    const edited = await f.client.editMessageCaption(aru.id, sent.message_id, {
      caption: "🥇 Алтын\n\nӨшірілді",
      caption_entities: [
        { type: "bold", offset: 3, length: 5 },
        { type: "italic", offset: 10, length: 8 },
      ],
      reply_markup: new InlineKeyboard().text("Қайта қосу", "on"),
    });
    expect(edited).toMatchObject({ caption: "🥇 Алтын\n\nӨшірілді", photo: sent.photo, edit_date: expect.any(Number) });
    const seen = await edit;
    expect(seen).toMatchObject({ text: "🥇 Алтын\n\nӨшірілді", photo: sent.photo, edited: true });
    expect(seen.entities.map((e) => e.type)).toEqual(["bold", "italic"]);
    expect(seen.buttons).toEqual([[{ text: "Қайта қосу", data: "on" }]]);

    // Without reply_markup the keyboard goes, as with editMessageText.
    const bare = await f.client.editMessageCaption(aru.id, sent.message_id, { caption: "🥇 Алтын" });
    expect(bare).not.toHaveProperty("reply_markup");
  });

  it("refuses what Telegram refuses: no media, no change, too long, unknown message", async () => {
    const text = await f.client.sendMessage(aru.id, "text");
    await expectApiError(
      f.client.editMessageCaption(aru.id, text.message_id, { caption: "x" }),
      400,
      "Bad Request: there is no caption in the message to edit",
    );
    const photo = await f.client.sendPhoto(aru.id, card(), { caption: "same" });
    await expectApiError(
      f.client.editMessageCaption(aru.id, photo.message_id, { caption: "same" }),
      400,
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );
    await expectApiError(
      f.client.editMessageCaption(aru.id, photo.message_id, { caption: "x".repeat(1025) }),
      400,
      "Bad Request: message caption is too long",
    );
    await expectApiError(f.client.editMessageCaption(aru.id, 99999, { caption: "x" }), 400, "Bad Request: message to edit not found");
  });
});

describe("imageSize", () => {
  it("reads PNG, JPEG, GIF and WebP headers, and nothing from other bytes", () => {
    expect(imageSize(png(3, 2))).toEqual({ width: 3, height: 2 });
    expect(imageSize(jpegHeader(640, 480))).toEqual({ width: 640, height: 480 });
    const gif = Buffer.from("GIF89a\x05\x00\x07\x00", "latin1");
    expect(imageSize(gif)).toEqual({ width: 5, height: 7 });
    const webp = Buffer.alloc(30);
    webp.write("RIFF", 0, "latin1");
    webp.write("WEBPVP8X", 8, "latin1");
    webp.writeUIntLE(1199, 24, 3);
    webp.writeUIntLE(629, 27, 3);
    expect(imageSize(webp)).toEqual({ width: 1200, height: 630 });
    expect(imageSize(Buffer.from("BEGIN:VCALENDAR"))).toBeUndefined();
  });
});
