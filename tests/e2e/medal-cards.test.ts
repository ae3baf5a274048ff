/**
 * Medal cards to share, end to end: a fan presses 🖼 Card under a medal and gets the picture
 * (a PNG of 1200×630) with its caption in their language and a Share button; each card is uploaded
 * once per result and language, later presses (another fan's, another instance's after a restart)
 * send Telegram's file_id; inline mode then offers the card as a cached photo; a file_id Telegram
 * no longer accepts is replaced; a corrected result gets a new card, never the old picture;
 * removed, forged and out-of-range buttons say so; a group that takes no photos gets the text.
 */
import type { InlineQueryResult, InlineQueryResultCachedPhoto } from "@grammyjs/types";
import { eq } from "drizzle-orm";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import type { App } from "../../src/app.js";
import { medalCardFiles } from "../../src/db/schema.js";
import { findGames, listSports, loadFanData } from "../../src/domain/fan-data.js";
import { correctResult, recordResult, removeResult } from "../../src/domain/result-records.js";
import { ask, type BotHarness, buttonTexts, eventually, startBotHarness } from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
// After Milano Cortina 2026: /medals alone shows its medals.
const AFTER = "2026-11-25T06:00:00Z";

let h: BotHarness;
let another: App | undefined;
let testResultId: number;
let seq = 0;

beforeAll(async () => {
  h = await startBotHarness({ now: AFTER });
  const data = await loadFanData(h.db);
  const milan = findGames(data, "milano-cortina-2026-olympic");
  const skating = listSports(data).find((s) => s.slug === "figure-skating");
  if (!milan || !skating) throw new Error("the reference data has no Milano Cortina 2026 or figure skating");
  // A made-up medal beside the real one, to be corrected and removed.
  const saved = await recordResult(
    h.app.readModel,
    OWNER_ID,
    {
      draftKey: "e2e-card",
      gamesId: milan.id,
      sportId: skating.id,
      medal: "silver",
      placing: null,
      event: { en: "Test ice dance", ru: "Тестовые танцы на льду", kk: "Мұз үстіндегі тест билері" },
      athleteIds: [],
      newAthletes: [{ en: "Aruzhan Testova", ru: "Аружан Тестова", kk: "Аружан Тестова" }],
      team: null,
      wonOn: "2026-02-16",
      source: null,
    },
    h.clock(),
    { alert: false, alertDelayMs: 0 },
  );
  testResultId = saved.resultId;
});
afterAll(async () => {
  await another?.stop();
  await h?.stop();
});

const CARD = { en: "🖼 Card: 🥇 Mikhail Shaidorov", ru: "🖼 Карточка: 🥇 Михаил Шайдоров", kk: "🖼 Карточка: 🥇 Михаил Шайдоров" };
const CAPTION = {
  en: "🥇 Gold! Mikhail Shaidorov — Figure skating",
  ru: "🥇 Золото! Михаил Шайдоров — фигурное катание",
  kk: "🥇 Алтын! Михаил Шайдоров — мәнерлеп сырғанау",
};
const SHARE = { en: "↗️ Share", ru: "↗️ Поделиться", kk: "↗️ Бөлісу" };
type Lang = keyof typeof CARD;

/** The instance running now: the first, or the one started after it stopped. */
const live = (): App => another ?? h.app;

async function fan(lang: Lang): Promise<LocalUser> {
  return h.api.createUser({ firstName: `Fan ${++seq}`, languageCode: lang });
}

/** The fan's /medals screen (Milano Cortina 2026), after checking it offers the card. */
async function medalsScreen(user: LocalUser, lang: Lang): Promise<BotMessage> {
  const screen = await ask(user, "/medals");
  expect(buttonTexts(screen)).toContain(CARD[lang]);
  return screen;
}

/** Presses a card button and returns the photo (or text) the bot sends. */
async function pressCard(user: LocalUser, screen: BotMessage, button: string): Promise<BotMessage> {
  await user.press(screen, button);
  return user.waitForMessage({ timeoutMs: 20_000 });
}

/** sendPhoto calls that uploaded a picture (a multipart file), and those that named a file_id. */
function photoSends(): { uploads: number; byFileId: number } {
  const calls = h.api.calls({ method: "sendPhoto", ok: true });
  const byFileId = calls.filter((c) => /^AgAC/.test(String(c.params.photo))).length;
  return { uploads: calls.length - byFileId, byFileId };
}

const cachedPhotos = (results: InlineQueryResult[]) => results.filter((r): r is InlineQueryResultCachedPhoto => r.type === "photo");

let aruPhoto: BotMessage;
let aru: LocalUser;

describe("medal cards to share", () => {
  it("inline mode offers only text while no card has been sent", async () => {
    aru = await fan("ru");
    const results = await aru.inlineQuery("Шайдоров");
    expect(results.length).toBeGreaterThan(0);
    expect(cachedPhotos(results)).toEqual([]);
  });

  it("a fan presses 🖼 Card and gets the picture with its caption in their language, once uploaded per language", async () => {
    const before = photoSends();
    for (const lang of ["ru", "kk", "en"] as const) {
      const user = lang === "ru" ? aru : await fan(lang);
      const screen = await medalsScreen(user, lang);
      const photo = await pressCard(user, screen, CARD[lang]);
      expect(photo.photo?.at(-1), `${lang}: a photo`).toMatchObject({ width: 1200, height: 630 });
      expect(photo.text).toContain(CAPTION[lang]);
      expect(buttonTexts(photo)).toEqual([SHARE[lang]]);
      const file = await user.download(photo);
      expect(PNG.sync.read(file.bytes)).toMatchObject({ width: 1200, height: 630 });
      if (lang === "ru") aruPhoto = photo;
    }
    expect(photoSends()).toEqual({ uploads: before.uploads + 3, byFileId: before.byFileId });
    // What is kept: one file_id per language, this bot's.
    const rows = await h.db.select().from(medalCardFiles);
    expect(rows.map((r) => r.lang).sort()).toEqual(["en", "kk", "ru"]);
    expect(new Set(rows.map((r) => r.botId))).toEqual(new Set([h.botUser.id]));
    expect(rows.find((r) => r.lang === "ru")?.fileId).toBe(aruPhoto.photo?.at(-1)?.file_id);
  });

  it("a second fan's press, and one on the athlete's screen, send the same picture by its file_id", async () => {
    const before = photoSends();
    const saule = await fan("ru");
    const photo = await pressCard(saule, await medalsScreen(saule, "ru"), CARD.ru);
    expect(photo.photo?.at(-1)?.file_unique_id).toBe(aruPhoto.photo?.at(-1)?.file_unique_id);
    expect(photo.text).toBe(aruPhoto.text);
    const athlete = await ask(saule, "Шайдоров");
    const button = buttonTexts(athlete).find((b) => b.startsWith("🖼 Карточка: 🥇 "));
    expect(button).toMatch(/^🖼 Карточка: 🥇 Фигурное катание · /);
    const again = await pressCard(saule, athlete, button ?? "");
    expect(again.photo?.at(-1)?.file_unique_id).toBe(aruPhoto.photo?.at(-1)?.file_unique_id);
    expect(photoSends()).toEqual({ uploads: before.uploads, byFileId: before.byFileId + 2 });
  });

  it("its Share button's query offers the card as a cached photo, captioned in the querying fan's language; picked, it is posted", async () => {
    const tapped = await aru.tap(aruPhoto, SHARE.ru);
    expect(tapped).toMatchObject({ kind: "switchInline" });
    const query = tapped.kind === "switchInline" ? tapped.query : "";
    expect(query).toContain("Михаил Шайдоров");

    const answer = await aru.inlineAnswer(query);
    const [first, ...rest] = answer.results;
    expect(first).toMatchObject({ type: "photo", photo_file_id: aruPhoto.photo?.at(-1)?.file_id, parse_mode: "HTML" });
    expect((first as InlineQueryResultCachedPhoto).caption).toContain("Михаил Шайдоров");
    // The text articles follow, as before.
    expect(rest.map((r) => r.type)).toContain("article");

    const fans = h.api.createGroup({ title: "Fans", members: [aru] });
    const posted = await aru.chooseInlineResult(answer, 0, { chat: fans });
    expect(posted).toMatchObject({ via_bot: { id: h.botUser.id }, photo: aruPhoto.photo });
    expect(posted.caption).toBe(aruPhoto.text);
    const buttons = (posted.reply_markup?.inline_keyboard ?? []).flat();
    expect(buttons.map((b) => b.text)).toEqual(["Открыть в боте", SHARE.ru]);
    // "Open in the bot" leads to the Games' medals, with the card buttons.
    const url = buttons.find((b) => "url" in b);
    const opened = await aru.openLink(url && "url" in url ? url.url : "");
    expect(opened?.text).toMatch(/^\/start md-\d+$/);
    expect(buttonTexts(await aru.waitForMessage())).toContain(CARD.ru);

    // Another fan, another language: the same medal's card in Kazakh.
    const bek = await fan("kk");
    const kk = cachedPhotos(await bek.inlineQuery("Шайдоров"));
    expect(kk).toHaveLength(1);
    expect(kk[0]?.caption).toContain("Алтын!");
    expect(kk[0]?.photo_file_id).not.toBe(aruPhoto.photo?.at(-1)?.file_id);
  });

  it("a restarted bot still sends and offers the picture by its file_id", async () => {
    await h.app.stop();
    another = await h.startAnother();
    const before = photoSends();
    const dana = await fan("en");
    const photo = await pressCard(dana, await medalsScreen(dana, "en"), CARD.en);
    expect(photo.text).toContain(CAPTION.en);
    expect(photoSends()).toEqual({ uploads: before.uploads, byFileId: before.byFileId + 1 });
    const offered = cachedPhotos(await dana.inlineQuery("Shaidorov"));
    expect(offered.map((p) => p.photo_file_id)).toEqual([photo.photo?.at(-1)?.file_id]);
  });

  it("a file_id Telegram no longer accepts: inline answers with the text alone, and the next press uploads the card again", async () => {
    // Written behind the bot's back, as if Telegram had forgotten the file.
    await h.db.update(medalCardFiles).set({ fileId: "AgACAgIAAxkBAAIBsmForgotten" }).where(eq(medalCardFiles.lang, "en"));
    const emma = await fan("en");
    await eventually(async () => {
      const results = await emma.inlineQuery("Shaidorov");
      expect(results.length).toBeGreaterThan(0);
      expect(cachedPhotos(results)).toEqual([]);
    }, 20_000);
    expect(h.api.calls({ method: "answerInlineQuery", ok: false }).at(-1)?.error?.description).toBe(
      "Bad Request: wrong remote file identifier specified: can't unserialize it",
    );

    const before = photoSends();
    const photo = await pressCard(emma, await medalsScreen(emma, "en"), CARD.en);
    expect(photo.photo?.at(-1)).toMatchObject({ width: 1200, height: 630 });
    expect(photo.text).toContain(CAPTION.en);
    expect(photoSends()).toEqual({ uploads: before.uploads + 1, byFileId: before.byFileId });
    expect(h.api.calls({ method: "sendPhoto", ok: false, chatId: emma.id }).map((c) => c.error?.description)).toEqual([
      "Bad Request: wrong file identifier/HTTP URL specified",
    ]);
    // The new file_id is stored once Telegram has answered the upload, which may be after the fan sees the photo.
    await eventually(async () => {
      const [row] = await h.db.select().from(medalCardFiles).where(eq(medalCardFiles.lang, "en"));
      expect(row?.fileId).toBe(photo.photo?.at(-1)?.file_id);
    }, 20_000);
    await eventually(async () => {
      expect(cachedPhotos(await emma.inlineQuery("Shaidorov")).map((p) => p.photo_file_id)).toEqual([photo.photo?.at(-1)?.file_id]);
    }, 20_000);
  });

  it("a corrected result gets a new card: the old picture is neither sent nor offered", async () => {
    const aigul = await fan("ru");
    const testCard = "🖼 Карточка: 🥈 Аружан Тестова";
    const first = await pressCard(aigul, await ask(aigul, "/medals"), testCard);
    expect(first.text).toContain("16 февраля 2026");
    // Staff correct the date, through the instance running now.
    await correctResult(live().readModel, OWNER_ID, testResultId, { wonOn: "2026-02-17" }, h.clock());
    // Not offered inline until a card of the corrected result is sent.
    expect(cachedPhotos(await aigul.inlineQuery("Тестова"))).toEqual([]);
    const before = photoSends();
    const second = await pressCard(aigul, await ask(aigul, "/medals"), testCard);
    expect(second.text).toContain("17 февраля 2026");
    expect(second.photo?.at(-1)?.file_unique_id).not.toBe(first.photo?.at(-1)?.file_unique_id);
    expect(photoSends().uploads).toBe(before.uploads + 1);
    const [row] = await h.db.select().from(medalCardFiles).where(eq(medalCardFiles.resultId, testResultId));
    expect(row?.fileId).toBe(second.photo?.at(-1)?.file_id);
    expect(cachedPhotos(await aigul.inlineQuery("Тестова")).map((p) => p.photo_file_id)).toEqual([second.photo?.at(-1)?.file_id]);
  });

  it("a removed medal's button, a forged one and one out of range answer that they are out of date, and send nothing", async () => {
    const user = await fan("ru");
    const screen = await ask(user, "/medals");
    await removeResult(live().readModel, OWNER_ID, testResultId, h.clock());
    const stale = "Эта кнопка устарела. Отправьте /start, чтобы получить новые.";
    expect(await user.press(screen, "🖼 Карточка: 🥈 Аружан Тестова")).toMatchObject({ text: stale });
    for (const data of ["mc:999999", "mc:0", "mc:abc", `mc:${"9".repeat(60)}`]) {
      expect(await user.press(screen, { data })).toMatchObject({ text: stale });
    }
    const sent = h.api.calls({ chatId: user.id }).filter((c) => c.method === "sendPhoto" || c.method === "sendMessage");
    expect(sent.map((c) => c.method)).toEqual(["sendMessage"]);
  });

  it("a group that takes no photos gets the caption as text", async () => {
    const user = await fan("kk");
    const group = h.api.createGroup({ title: "No pictures", members: [user] });
    h.api.faults.refusePhotos(group.id);
    const screen = await ask(user, "/medals", { chat: group });
    await user.press(screen, CARD.kk);
    const text = await user.waitForMessage({ chat: group, timeoutMs: 20_000 });
    expect(text.photo).toBeUndefined();
    expect(text.text).toContain(CAPTION.kk);
    expect(buttonTexts(text)).toEqual([SHARE.kk]);
  });
});
