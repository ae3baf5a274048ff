/**
 * The turn handling every staff conversation shares (src/bot/conversations/staff-flow.ts), end to
 * end through /addlicense: Back as a button to the step last seen, a press on an older message
 * handed to the rest of the bot (Undo still works mid-flow), texts typed in Russian kept as
 * Russian with the English asked next, "вчера" and a link without https://, and a failure inside
 * the flow (Telegram refusing the next question, the database refusing the save) told in the staff
 * member's language with the draft kept, and a failure even to tell them ending the flow, after
 * which the chat answers at once.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { licenses } from "../../src/db/schema.js";
import { ask, type BotHarness, buttonTexts, press, pressAndEdit, startBotHarness } from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
const STALE = "This button is out of date. Send /start for fresh ones.";

let h: BotHarness;
let owner: LocalUser;
let editor: LocalUser;
beforeAll(async () => {
  // 21:00 UTC on 1 December is already 2 December in Asia/Almaty, the display zone.
  h = await startBotHarness({ now: "2026-12-01T21:00:00Z" });
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", languageCode: "en" });
  editor = h.api.createUser({ firstName: "Редактор", languageCode: "ru" });
  for (const u of [owner, editor]) await ask(u, "/start");
  expect((await ask(owner, `/staff add ${editor.id}`)).text).toBe(`id ${editor.id} is now an editor.`);
});
afterAll(async () => h?.stop());

describe("a staff flow's turns", () => {
  it("Back goes to the step last seen; a press on an older message is not an answer; Undo works mid-flow", async () => {
    const first = await ask(owner, "/addlicense");
    expect(first.text).toContain("1/8 · Games.");
    expect(buttonTexts(first)).toContain("✖️ Cancel");
    expect(buttonTexts(first)).not.toContain("◀️ Back"); // nothing to go back to
    let m = await press(owner, first, "Los Angeles 2028");
    expect(m.text).toContain("2/8 · Sport.");
    expect(buttonTexts(m)).toEqual(expect.arrayContaining(["◀️ Back", "✖️ Cancel"]));
    m = await ask(owner, "boxing");
    expect(m.text).toContain("3/8 · Athletes.");
    m = await press(owner, m, "◀️ Back");
    expect(m.text).toContain("2/8 · Sport.");
    m = await ask(owner, "boxing");
    expect(m.text).toContain("3/8 · Athletes.");

    // The Games button of the first question, pressed now: out of date, and the flow goes on.
    const older = await owner.press(first, "Los Angeles 2028");
    expect(older.text).toBe(STALE);
    m = await press(owner, m, "Team");
    expect(m.text).toContain("4/8 · Event.");

    // Typed in Russian: kept as the Russian, the English asked next (required: no Skip), then the Kazakh.
    m = await ask(owner, "до 57 кг, мужчины");
    expect(m.text).toBe(
      "Event: “до 57 кг, мужчины”. Type it in English, in Latin letters: fans who read English see it, and it stands in where a translation is missing.",
    );
    expect(buttonTexts(m)).not.toContain("Skip");
    m = await ask(owner, "57 кг");
    expect(m.text).toBe("Type it in English, in Latin letters.");
    m = await owner.waitForMessage(); // the question again
    m = await ask(owner, "Men's 57 kg");
    expect(m.text).toBe("Event: “до 57 кг, мужчины”. Type it in Kazakh (optional), or skip.");
    // Back from here is the English question, as seen.
    m = await press(owner, m, "◀️ Back");
    expect(m.text).toContain("Type it in English");
    m = await ask(owner, "Men's 57 kg");
    m = await press(owner, m, "Skip");
    expect(m.text).toContain("5/8 · How it was won.");
    m = await press(owner, m, "Skip");
    expect(m.text).toContain("6/8 · Date won.");
    m = await ask(owner, "вчера");
    expect(m.text).toContain("7/8 · Quota places.");
    m = await press(owner, m, "1");
    m = await ask(owner, "olympic.kz/news/57");
    expect(m.text).toContain("Preview: subscribers will see this.");
    const saved = await press(owner, m, "💾 Save without alert");
    const licenseId = Number(/#(\d+)/.exec(saved.text)?.[1]);
    const [row] = await h.db.select().from(licenses).where(eq(licenses.id, licenseId));
    expect(row).toMatchObject({
      eventEn: "Men's 57 kg",
      eventRu: "до 57 кг, мужчины",
      eventKk: null,
      howWonEn: null,
      wonOn: "2026-12-01",
      quotaPlaces: 1,
      source: "https://olympic.kz/news/57",
      teamEn: "National team",
    });

    // A new flow is open; Undo under the license just saved still removes it.
    m = await ask(owner, "/addlicense");
    expect(m.text).toContain("1/8 · Games.");
    const { message: undone } = await pressAndEdit(owner, saved, "↩️ Undo");
    expect(undone.text).toBe(`Undone: license #${licenseId} is removed.`);
    const [gone] = await h.db.select().from(licenses).where(eq(licenses.id, licenseId));
    expect(gone?.deletedAt).not.toBeNull();
    m = await ask(owner, "/back"); // still at its first step
    expect(m.text).toBe("This is the first step; /cancel leaves.");
    m = await owner.waitForMessage();
    m = await press(owner, m, "Los Angeles 2028");
    expect(m.text).toContain("2/8 · Sport.");
    expect((await press(owner, m, "✖️ Cancel")).text).toBe("Cancelled: nothing was saved.");
  });
});

describe("an older preview", () => {
  it("its Save is out of date once a field changed: nothing is saved from it; the new preview saves the new draft", async () => {
    const before = await h.db.$count(licenses);
    let m = await ask(owner, "/addlicense");
    m = await ask(owner, "LA 2028");
    m = await ask(owner, "judo");
    m = await press(owner, m, "Team");
    for (let i = 0; i < 2; i++) m = await press(owner, m, "Skip"); // event, how it was won
    m = await press(owner, m, "Today");
    m = await press(owner, m, "1");
    const old = await press(owner, m, "Skip");
    expect(old.text).toContain("Preview: subscribers will see this.");
    const picker = await press(owner, old, "✏️ Change a field");
    m = await press(owner, picker, "Quota places");
    const fresh = await ask(owner, "3");
    expect(fresh.text).toContain("Preview: subscribers will see this.");
    expect((await owner.press(old, "💾 Save without alert")).text).toBe(STALE);
    expect(await h.db.$count(licenses)).toBe(before);
    const saved = await press(owner, fresh, "💾 Save without alert");
    const [row] = await h.db
      .select()
      .from(licenses)
      .where(eq(licenses.id, Number(/#(\d+)/.exec(saved.text)?.[1])));
    expect(row?.quotaPlaces).toBe(3);
    expect(await h.db.$count(licenses)).toBe(before + 1);
  });
});

describe("a failure inside a staff flow", () => {
  it("Telegram refusing the next question: told in Russian, the draft kept, the question again at the next message", async () => {
    await ask(editor, "/addlicense");
    h.api.faults.failNext("sendMessage", { status: 400, chatId: editor.id, description: "Bad Request: message text is empty" });
    const told = await ask(editor, "LA 2028");
    expect(told.text).toBe(
      "Что-то пошло не так, поэтому следующий вопрос не удалось показать. Ничего не потеряно: отправьте любое сообщение, и я спрошу снова.",
    );
    const again = await ask(editor, "ну?");
    expect(again.text).toContain("2/8");
    expect((await ask(editor, "бокс")).text).toContain("3/8");
    expect((await ask(editor, "/cancel")).text).toBe("Отменено: ничего не сохранено.");
  });

  it("when even telling fails, the flow ends with a message in the staff member's language; the chat answers at once", async () => {
    await ask(editor, "/addlicense");
    // The question and the notice that it failed are both refused; the third message goes out.
    h.api.faults.failNext("sendMessage", { status: 400, chatId: editor.id, times: 2, description: "Bad Request: message text is empty" });
    const ended = await ask(editor, "LA 2028");
    expect(ended.text).toBe("Что-то пошло не так, поэтому внесение лицензии прервано; ничего не сохранено. Начните заново: /addlicense.");
    // The conversation is over and its chat free: a fan query is a fan query again.
    expect((await ask(editor, "/licenses бокс 2024")).text).toContain("Бокс");
  });

  it("the database refusing the save keeps the draft: saying so in Russian, then saved with the next press, once", async () => {
    const before = await h.db.$count(licenses);
    let m = await ask(editor, "/addlicense");
    m = await ask(editor, "LA 2028");
    m = await ask(editor, "бокс");
    m = await press(editor, m, "Команда");
    m = await press(editor, m, "Пропустить");
    m = await press(editor, m, "Пропустить");
    m = await press(editor, m, "Сегодня");
    m = await press(editor, m, "1");
    const preview = await press(editor, m, "Пропустить");
    expect(preview.text).toContain("Новая лицензия!");
    h.dbFaults.outage("refused", { only: "transactions" });
    let again: BotMessage;
    try {
      await editor.press(preview, "💾 Сохранить без уведомления");
      const [told, shown] = await editor.waitForMessages(2);
      expect(told?.text).toBe(
        "База данных не ответила, поэтому лицензия не сохранена. Черновик никуда не делся: нажмите «Сохранить» ниже ещё раз.",
      );
      expect(shown?.text).toContain("Новая лицензия!");
      again = shown as BotMessage;
    } finally {
      h.dbFaults.restore();
    }
    expect(await h.db.$count(licenses)).toBe(before);
    // The old preview's Save is an older message's now: out of date; the new one saves.
    expect((await editor.press(preview, "💾 Сохранить без уведомления")).text).toBe(
      "Эта кнопка устарела. Отправьте /start, чтобы получить новые.",
    );
    const saved = await press(editor, again, "💾 Сохранить без уведомления");
    expect(saved.text).toMatch(/^Сохранено как лицензия #\d+/);
    expect(await h.db.$count(licenses)).toBe(before + 1);
    expect((await ask(editor, "/licenses бокс 2024")).text).toContain("Бокс");
  });
});
