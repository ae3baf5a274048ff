/**
 * Result alerts end to end, the first test: staff record a gold through /addresult in the
 * chat, and after ALERT_DELAY the outbox and the one sender bring it to the 8 subscribers of its
 * sport (medals), mixed ru/kk/en, once each, as the medal card captioned in their language; the
 * subscribers of another sport get nothing, and a chat that takes no photos gets the text. A second
 * gold saved and undone at once reaches nobody. A correction (the event's wording fixed) and then
 * the withdrawal (/removeresult and its correction button) reach exactly the chats that got the
 * alert: not a fan who subscribed since.
 */
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { broadcasts, deliveries, results } from "../../src/db/schema.js";
import { findGames, listSports, loadFanData } from "../../src/domain/fan-data.js";
import { announceResultCorrection, correctResult, recordResult } from "../../src/domain/result-records.js";
import { getSubscription, subscribeToSport, updateSubscription } from "../../src/domain/subscriptions.js";
import type { Sport } from "../../src/domain/types.js";
import { ask, type BotHarness, eventually, press, pressAndEdit, senderIdle, startBotHarness } from "../helpers/bot.js";
import { testMedal } from "../helpers/fixtures.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
const DELAY = 60_000; // ALERT_DELAY's default, the harness's

let h: BotHarness;
let owner: LocalUser;
let milan: number;
let sports: Sport[];
const sport = (slug: string) => sports.find((s) => s.slug === slug)!;

beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-06T10:00:00Z" });
  const data = await loadFanData(h.db);
  milan = findGames(data, "milano-cortina-2026-olympic")!.id;
  sports = listSports(data);
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", languageCode: "en" });
  await ask(owner, "/start");
});
afterAll(async () => h?.stop());

let seq = 0;
async function fan(languageCode: string, slug: string): Promise<LocalUser> {
  const user = h.api.createUser({ firstName: `Fan ${++seq}`, languageCode });
  await ask(user, "/start");
  await subscribeToSport(h.db, user.id, sport(slug).id, h.clock());
  await updateSubscription(h.db, user.id, { results: "medals" }, h.clock());
  return user;
}

const later = (ms: number) => h.clock.set(new Date(h.clock().getTime() + ms));
/** What the bot sent to fans (any chat but the staff member's) so far: photos and texts. */
const sentToFans = () =>
  h.api.calls().filter((c) => (c.method === "sendPhoto" || c.method === "sendMessage") && c.chatId !== OWNER_ID).length;

/**
 * /addresult in the chat, as staff record a gold of the Milan Games' figure skating: the event in
 * three languages, an athlete found by surname, the medal, the date, no source, up to the preview.
 */
async function goldPreview(event: { en: string; ru: string; kk: string }, surname: string, athlete: string): Promise<BotMessage> {
  let m = await ask(owner, "/addresult");
  m = await press(owner, m, "Milan–Cortina d’Ampezzo 2026");
  m = await ask(owner, "figure skating");
  expect(m.text).toContain("3/7 · Event.");
  m = await ask(owner, event.en);
  m = await ask(owner, event.ru);
  m = await ask(owner, event.kk);
  expect(m.text).toContain("4/7 · Athletes.");
  m = await ask(owner, surname);
  m = await press(owner, m, athlete);
  expect(m.text).toContain("5/7 · Result.");
  m = await press(owner, m, "🥇 Gold");
  expect(m.text).toContain("6/7 · Date.");
  m = await ask(owner, "13 February 2026");
  expect(m.text).toContain("7/7 · Source.");
  m = await press(owner, m, "Skip");
  expect(m.text).toContain("Preview");
  return m;
}

const SAVE = "✅ Save and alert subscribers";
const savedId = (m: BotMessage) => Number(/#(\d+)/.exec(m.text)![1]);
async function alertOf(resultId: number) {
  const [b] = await h.db
    .select()
    .from(broadcasts)
    .where(eq(broadcasts.dedupeKey, `result:${resultId}`));
  return b!;
}
/** The chats a broadcast's deliveries went to, sorted. */
async function chatsOf(broadcastId: number): Promise<number[]> {
  const rows = await h.db
    .select({ chatId: deliveries.chatId, status: deliveries.status })
    .from(deliveries)
    .where(eq(deliveries.broadcastId, broadcastId));
  expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["sent"]));
  return rows.map((r) => r.chatId).sort((a, b) => a - b);
}

describe("result alerts", () => {
  const langs = ["ru", "kk", "en", "ru", "kk", "en", "ru", "kk"];
  const skaters: LocalUser[] = [];
  let boxers: LocalUser[] = [];
  let noPhotos: LocalUser;
  let goldId: number;
  /** Once each of the 8 subscribers and the photo-refusing chat has `n` messages: the nth of each. */
  const nth = async (n: number, timeoutMs = 60_000): Promise<BotMessage[]> => {
    const chats = [...skaters, noPhotos];
    await eventually(() => {
      for (const u of chats) expect(u.history()).toHaveLength(n);
    }, timeoutMs);
    return chats.map((u) => u.history()[n - 1]!);
  };

  it("a gold recorded through /addresult: its 8 subscribers get the card once, captioned in their language; boxing subscribers nothing; a chat refusing photos gets the text", async () => {
    for (const lang of langs) skaters.push(await fan(lang, "figure-skating"));
    boxers = [await fan("ru", "boxing"), await fan("en", "boxing")];
    noPhotos = await fan("kk", "figure-skating");
    h.api.faults.refusePhotos(noPhotos.id);

    // Typed with a slip ("Mens"), corrected later on.
    const preview = await goldPreview(
      { en: "Mens singles", ru: "Мужское одиночное катание", kk: "Ерлер арасындағы жеке сырғанау" },
      "Shaidorov",
      "Mikhail Shaidorov",
    );
    expect(preview.text).toContain("🥇 Gold! Mikhail Shaidorov — Figure skating, Mens singles");
    const saved = await press(owner, preview, SAVE);
    expect(saved.text).toMatch(/^Saved as result #\d+\. The alert starts in 60 s/);
    goldId = savedId(saved);
    const [row] = await h.db.select().from(results).where(eq(results.id, goldId));
    expect(row).toMatchObject({
      medal: "gold",
      eventEn: "Mens singles",
      eventKk: "Ерлер арасындағы жеке сырғанау",
      wonOn: "2026-02-13",
      createdBy: OWNER_ID,
      removedAt: null,
    });
    const alert = await alertOf(goldId);
    expect(alert.audienceSize).toBe(9);
    // Within the delay nothing goes out.
    await senderIdle(h);
    for (const u of [...skaters, noPhotos]) expect(u.history()).toHaveLength(1);

    later(DELAY + 1_000);
    const expected: Record<string, string[]> = {
      en: [
        "🥇 Gold! Mikhail Shaidorov — Figure skating, Mens singles",
        "Milan–Cortina d’Ampezzo 2026 Olympic Winter Games · 13 February 2026",
      ],
      ru: ["🥇 Золото! Михаил Шайдоров — фигурное катание, мужское одиночное катание", "13 февраля 2026"],
      kk: ["🥇 Алтын! Михаил Шайдоров — мәнерлеп сырғанау, ерлер арасындағы жеке сырғанау", "2026 ж. 13 ақпан"],
    };
    // Each language's first alert waits for its card's first render: about a second, far more on a
    // loaded machine.
    const alerts = await nth(2, 90_000);
    const fileIds = new Map<string, Set<string>>();
    for (const [i, u] of skaters.entries()) {
      const m = alerts[i]!;
      const lang = langs[i]!;
      expect(m.photo, `chat ${u.id} (${lang}) gets the card`).toBeDefined();
      expect(m.photo!.at(-1)).toMatchObject({ width: 1200, height: 630 });
      for (const part of expected[lang]!) expect(m.text).toContain(part);
      // They follow figure skating: the button stops that sport's alerts; the other opens the settings.
      expect(m.buttons.flat().map((x) => x.text)).toEqual(
        {
          en: ["🔕 Stop alerts: Figure skating", "⚙️ Settings"],
          ru: ["🔕 Отключить: фигурное катание", "⚙️ Настройки"],
          kk: ["🔕 Өшіру: мәнерлеп сырғанау", "⚙️ Баптаулар"],
        }[lang],
      );
      const ids = fileIds.get(lang) ?? new Set();
      ids.add(m.photo!.at(-1)!.file_unique_id);
      fileIds.set(lang, ids);
    }
    // One picture per language: the first upload's file is what the other chats get.
    expect([...fileIds.values()].map((ids) => ids.size)).toEqual([1, 1, 1]);
    // Uploads name a multipart file (attach://…); the rest send the file_id of the first.
    const uploads = h.api.calls({ method: "sendPhoto", ok: true }).filter((c) => !/^AgAC/.test(String(c.params.photo)));
    expect(uploads).toHaveLength(3);

    const text = alerts[8]!;
    expect(text.photo).toBeUndefined();
    expect(text.text).toContain(expected.kk![0]);

    await eventually(async () => {
      const rows = await h.db.select().from(deliveries).where(eq(deliveries.broadcastId, alert.id));
      expect(rows.map((r) => r.status)).toEqual(Array(9).fill("sent"));
    });
    await senderIdle(h);
    // Exactly once each; the other sport's subscribers, nothing.
    for (const u of [...skaters, noPhotos]) expect(u.history()).toHaveLength(2);
    for (const u of boxers) expect(u.history()).toHaveLength(1);
  }, 240_000);

  it("Undo right after a second save: nobody hears of it", async () => {
    const before = sentToFans();
    const preview = await goldPreview(
      { en: "Test ice dance", ru: "Тестовые танцы на льду", kk: "Мұз үстіндегі тест билері" },
      "Shaidorov",
      "Mikhail Shaidorov",
    );
    const saved = await press(owner, preview, SAVE);
    const id = savedId(saved);
    const { message: undone } = await pressAndEdit(owner, saved, "↩️ Undo");
    expect(undone.text).toBe(`Undone: result #${id} is removed and its alert cancelled; nobody got it.`);
    const [row] = await h.db.select().from(results).where(eq(results.id, id));
    expect(row!.removedAt).not.toBeNull();

    later(DELAY + 1_000);
    await senderIdle(h);
    const alert = await alertOf(id);
    expect(alert.status).toBe("cancelled");
    const rows = await h.db.select().from(deliveries).where(eq(deliveries.broadcastId, alert.id));
    expect(rows.length).toBe(9);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["cancelled"]));
    expect(sentToFans()).toBe(before);
    for (const u of [...skaters, noPhotos]) expect(u.history()).toHaveLength(2);
    for (const u of boxers) expect(u.history()).toHaveLength(1);
  }, 240_000);

  it("a correction, then the withdrawal: each reaches exactly the chats that got the alert, once", async () => {
    // Subscribed after the alert went out: a correction of what it never got is not for it.
    const late = await fan("ru", "figure-skating");

    // The event's wording fixed. /editresult is where staff do this; the domain call is what it saves.
    expect(
      await correctResult(
        h.app.readModel,
        OWNER_ID,
        goldId,
        { event: { en: "Men's singles", ru: "Мужское одиночное катание", kk: "Ерлер арасындағы жеке сырғанау" } },
        h.clock(),
      ),
    ).toBe(true);
    const correction = await announceResultCorrection(h.db, OWNER_ID, goldId, h.clock());
    expect(correction?.audienceSize).toBe(9);
    const fixed = await nth(3);
    expect(fixed[2]!.photo).toBeUndefined();
    expect(fixed[2]!.text).toContain("✏️ Correction to a result we sent you:");
    expect(fixed[2]!.text).toContain("Men's singles");
    expect(fixed[0]!.text).toContain("✏️ Исправление результата");
    expect(fixed[1]!.text).toContain("ерлер арасындағы жеке сырғанау");

    // Withdrawn through /removeresult: staff are told how many got it and offered the correction.
    const confirm = await ask(owner, `/removeresult ${goldId}`);
    expect(confirm.text).toContain("Its alert has already reached 9 chats");
    const removed = await pressAndEdit(owner, confirm, "🗑 Yes, remove it");
    expect(removed.message.text).toContain(`Removed result #${goldId}: fans no longer see it. Its alert reached 9 chats.`);
    const sent = await pressAndEdit(owner, removed.message, "✏️ Send them a correction (9)");
    expect(sent.message.text).toContain(`The correction for result #${goldId} is on its way to 9 chats`);
    const withdrawn = await nth(4);
    expect(withdrawn[1]!.text).toContain("✏️ Түзету: біз сізге бұрын жіберген нәтиже");
    expect(withdrawn[2]!.text).toBe(
      "✏️ Correction: the result in Figure skating at the Milan–Cortina d’Ampezzo 2026 Olympic Winter Games that we sent you earlier has been withdrawn.",
    );
    const [row] = await h.db.select().from(results).where(eq(results.id, goldId));
    expect(row).toMatchObject({ eventEn: "Men's singles", removedBy: OWNER_ID });
    expect(row!.removedAt).not.toBeNull();
    // A second press sends nothing more.
    expect((await owner.press(sent.message, "✏️ Send them a correction (9)")).text).toBe(
      "This correction was already sent (9); nothing was sent twice.",
    );

    await senderIdle(h);
    for (const u of [...skaters, noPhotos]) expect(u.history()).toHaveLength(4);
    for (const u of [...boxers, late]) expect(u.history()).toHaveLength(1);
    // Both corrections went to the very chats the alert was delivered to.
    const made = await h.db
      .select({ id: broadcasts.id })
      .from(broadcasts)
      .where(like(broadcasts.dedupeKey, `result-correction:${goldId}:%`));
    expect(made).toHaveLength(2);
    const alerted = await chatsOf((await alertOf(goldId)).id);
    expect(alerted).toEqual([...skaters, noPhotos].map((u) => u.id).sort((a, b) => a - b));
    for (const b of made) expect(await chatsOf(b.id)).toEqual(alerted);
  }, 240_000);

  it("a fan turns medal alerts on in the settings menu; the alert's button leads back there to change or stop them", async () => {
    const aigul = h.api.createUser({ firstName: "Aigul", languageCode: "en" });
    const menu = await ask(aigul, "/settings");
    expect(menu.text).toContain("🥇 Results: no alerts.");
    const on = await pressAndEdit(aigul, menu, "🥇 Medals");
    expect(on.message.text).toContain("🥇 Results: medals, every sport (Olympic and Paralympic Games).");
    expect((await getSubscription(h.db, aigul.id)).results).toBe("medals");

    const saved = await recordResult(
      h.app.readModel,
      OWNER_ID,
      testMedal("e2e-bronze", { gamesId: milan, sportId: sport("figure-skating").id }),
      h.clock(),
      { alert: true, alertDelayMs: 0 },
    );
    const alert = await aigul.waitForMessage({ timeoutMs: 20_000 });
    expect(alert.photo).toBeDefined();
    // Medals of every sport: the button stops medal alerts (tests/e2e/alert-controls.test.ts).
    expect(alert.buttons.flat().map((x) => x.text)).toEqual(["🔕 Stop medal alerts", "⚙️ Settings"]);
    const settings = await press(aigul, alert, "⚙️ Settings");
    expect(settings.text).toContain("🥇 Results: medals, every sport");
    const off = await pressAndEdit(aigul, settings, "🥇 Off");
    expect(off.message.text).toContain("🥇 Results: no alerts.");
    expect((await getSubscription(h.db, aigul.id)).results).toBe("off");
    expect(saved.already).toBe(false);
  });
});
