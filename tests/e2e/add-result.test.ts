/**
 * /addresult end to end, through the local Bot API server on a pinned clock in the middle of
 * Milano Cortina 2026 (14 February, the morning after Shaidorov's free skate): a staff member
 * records a gold in Russian (each step, Back, bad input at every step, the preview in three
 * languages), saves it with the alert, and the result is in /medals for those Games; Save pressed
 * twice records it once; Undo right after saving removes it whole.
 */
import { eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { athletes, broadcasts, resultAthletes, results } from "../../src/db/schema.js";
import { updateSubscription } from "../../src/domain/subscriptions.js";
import { ask, type BotHarness, buttonTexts, eventually, press, pressAndEdit, senderIdle, startBotHarness } from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
const LONG = "ж".repeat(5000);

let h: BotHarness;
let owner: LocalUser;
let editor: LocalUser;
/** Wants every result (medals and placings) of every sport. */
let fan: LocalUser;
beforeAll(async () => {
  // 10:00 UTC is 11:00 in Milan: "вчера" there is 13 February, the free skate's day.
  h = await startBotHarness({ now: "2026-02-14T10:00:00Z" });
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", languageCode: "en" });
  editor = h.api.createUser({ firstName: "Редактор", languageCode: "ru" });
  for (const u of [owner, editor]) await ask(u, "/start");
  expect((await ask(owner, `/staff add ${editor.id}`)).text).toBe(`id ${editor.id} is now an editor.`);
  fan = h.api.createUser({ firstName: "Болельщик", languageCode: "ru" });
  await ask(fan, "/start");
  await updateSubscription(h.db, fan.id, { results: "all" }, h.clock());
});
afterAll(async () => h?.stop());

/** Sends bad input and expects the hint, then the same question again. */
async function refused(user: LocalUser, text: string, hint: string | RegExp, question: string): Promise<BotMessage> {
  const m = await ask(user, text);
  if (typeof hint === "string") expect(m.text).toBe(hint);
  else expect(m.text).toMatch(hint);
  const again = await user.waitForMessage();
  expect(again.text).toContain(question);
  return again;
}

/**
 * 5,000 characters: the client splits them into two messages (4,096 and 904), and each gets the
 * hint and the question again.
 */
async function refusedLong(user: LocalUser, hint: RegExp, question: string): Promise<BotMessage> {
  await user.send(LONG);
  const replies = await user.waitForMessages(4);
  expect(replies.map((r) => r.text)).toEqual([
    expect.stringMatching(hint),
    expect.stringContaining(question),
    expect.stringMatching(hint),
    expect.stringContaining(question),
  ]);
  return replies[3]!;
}

describe("/addresult", () => {
  it("a gold recorded in Russian: each step checked, Back, the preview in three languages", async () => {
    let m = await ask(editor, "/addresult");
    expect(m.text).toContain("1/7 · Игры.");
    // The Games on now comes first.
    expect(buttonTexts(m)[0]).toBe("Милан — Кортина-д’Ампеццо 2026");
    m = await refused(
      editor,
      "   ",
      "Не понимаю, какие Игры вы имеете в виду. Нажмите на одну из кнопок или напишите, например, «Париж 2024».",
      "1/7",
    );
    m = await refusedLong(editor, /^Не понимаю, какие Игры/, "1/7");
    m = await refused(editor, "LA 2028", "Соревнования этих Игр ещё не начались, вносить пока нечего. Выберите другие Игры.", "1/7");
    m = await press(editor, m, "Милан — Кортина-д’Ампеццо 2026");
    expect(m.text).toContain("2/7 · Вид спорта.");
    expect(buttonTexts(m)).not.toContain("Бокс");
    m = await refused(
      editor,
      "<b>бокс</b>",
      "На этих Играх нет такого вида спорта: «<b>бокс</b>». Напишите ещё раз или выберите из подсказок.",
      "2/7",
    );
    m = await refusedLong(editor, /^На этих Играх нет такого вида спорта/, "2/7");
    m = await ask(editor, "фигурное катание");
    expect(m.text).toContain("3/7 · Вид программы.");

    m = await refused(editor, "   ", "Напишите текст: этот шаг нельзя пропустить.", "3/7");
    m = await refusedLong(editor, /^В тексте [\d\s]+ символ/, "3/7");
    m = await ask(editor, "Мужское одиночное катание");
    expect(m.text).toContain("Вид программы: «Мужское одиночное катание». Напишите по-английски");
    expect(buttonTexts(m)).not.toContain("Пропустить");
    m = await refused(editor, "одиночное", "Напишите по-английски, латиницей.", "на английском");
    m = await ask(editor, "Men's <i>singles</i>");
    expect(m.text).toContain("Напишите по-казахски (необязательно)");
    m = await ask(editor, "Ерлер арасындағы жеке сырғанау");
    expect(m.text).toContain("4/7 · Спортсмены.");

    // A surname: the athlete already known is offered first, a new one by that name second.
    m = await refused(editor, "   ", "Напишите хотя бы одно имя или нажмите «Команда».", "4/7");
    m = await refusedLong(editor, /^В тексте [\d\s]+ символ/, "4/7");
    m = await ask(editor, "Шайдоров");
    expect(m.text).toBe("«Шайдоров» — это кто-то из них? Нажмите на нужного спортсмена или добавьте нового.");
    expect(buttonTexts(m)).toEqual(expect.arrayContaining(["Михаил Шайдоров", "➕ Новый спортсмен: Шайдоров"]));
    m = await press(editor, m, "◀️ Назад");
    expect(m.text).toContain("4/7 · Спортсмены.");
    m = await ask(editor, "Шайдоров");
    m = await press(editor, m, "Михаил Шайдоров");
    expect(m.text).toContain("5/7 · Результат.");

    m = await refused(editor, "   ", "Напишите текст: этот шаг нельзя пропустить.", "5/7");
    m = await refusedLong(editor, /^В тексте [\d\s]+ символ/, "5/7");
    m = await press(editor, m, "🥇 Золото");
    expect(m.text).toContain("6/7 · Дата.");
    expect(m.text).toContain("по местному календарю (Милан — Кортина-д’Ампеццо)");

    m = await refused(editor, "<b>вчера</b>", /^Не получается распознать дату/, "6/7");
    m = await refused(
      editor,
      "15 февраля 2026",
      "Там, где проходят эти Игры, этот день ещё не наступил: результат вносят, когда он уже есть.",
      "6/7",
    );
    m = await refused(editor, "1 февраля 2026", /^Этот день не попадает в сроки этих Игр/, "6/7");
    m = await ask(editor, "вчера");
    expect(m.text).toContain("7/7 · Источник.");

    m = await refused(editor, "javascript:alert(1)", /^Это не ссылка/, "7/7");
    m = await refusedLong(editor, /^Это не ссылка/, "7/7");
    const preview = await ask(editor, "championat.com/figure/shaidorov");
    expect(preview.text).toContain("Предпросмотр: так это увидят подписчики.");
    expect(preview.text).toContain("🥇 Золото! Михаил Шайдоров — фигурное катание, мужское одиночное катание");
    expect(preview.text).toContain("13 февраля 2026");
    const english = await press(editor, preview, "👁 English");
    expect(english.text).toContain("🥇 Gold! Mikhail Shaidorov — Figure skating, Men's <i>singles</i>");
    expect(english.html).toContain("Men's &lt;i&gt;singles&lt;/i&gt;"); // typed HTML is shown, never applied
    expect(english.text).toContain("13 February 2026");
    const kazakh = await press(editor, english, "👁 Қазақша");
    expect(kazakh.text).toContain("🥇 Алтын! Михаил Шайдоров — мәнерлеп сырғанау, ерлер арасындағы жеке сырғанау");
    expect(await h.db.$count(results, eq(results.createdBy, editor.id))).toBe(0); // nothing saved before Save

    // Save pressed twice in a row: one result, one "saved".
    const save = "✅ Сохранить и уведомить подписчиков";
    await Promise.all([editor.press(kazakh, save), editor.press(kazakh, save).catch(() => null)]);
    const saved = await editor.waitForMessage();
    expect(saved.text).toMatch(/^Сохранено как результат #\d+\. Рассылка уведомления начнётся через 60 с/);
    const resultId = Number(/#(\d+)/.exec(saved.text)![1]);
    const rows = await h.db.select().from(results).where(eq(results.createdBy, editor.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: resultId,
      medal: "gold",
      placingEn: null,
      eventEn: "Men's <i>singles</i>",
      eventRu: "Мужское одиночное катание",
      eventKk: "Ерлер арасындағы жеке сырғанау",
      wonOn: "2026-02-13",
      source: "https://championat.com/figure/shaidorov",
      removedAt: null,
    });
    expect(rows[0]!.draftKey).not.toBeNull();
    const linked = await h.db.select().from(resultAthletes).where(eq(resultAthletes.resultId, resultId));
    const [shaidorov] = await h.db.select().from(athletes).where(eq(athletes.nameEn, "Mikhail Shaidorov"));
    expect(linked.map((l) => l.athleteId)).toEqual([shaidorov!.id]);

    // /medals for these Games: the seeded gold and this one.
    const medals = await ask(fan, "/medals");
    expect(medals.text).toContain(
      "Пока: золото — 2, серебро — 0, бронза — 0; сейчас 19-е место в медальном зачёте (оно ещё может измениться).",
    );
    expect(medals.text.match(/Михаил Шайдоров — фигурное катание/g)).toHaveLength(2);

    // After the delay, the subscriber gets it once.
    h.clock.set(new Date(h.clock().getTime() + 61_000));
    await eventually(() => expect(fan.history().filter((x) => x.text.includes("🥇 Золото! Михаил Шайдоров"))).toHaveLength(1), 20_000);
    await senderIdle(h);
    expect(fan.history().filter((x) => x.text.includes("🥇 Золото! Михаил Шайдоров"))).toHaveLength(1);
  }, 120_000);

  it("a placing typed in English, saved with the alert, and Undo right after: removed whole, nobody gets it", async () => {
    const before = await h.db.$count(results, isNull(results.removedAt));
    let m = await ask(owner, "/addresult");
    m = await press(owner, m, "Milan–Cortina d’Ampezzo 2026");
    m = await ask(owner, "biathlon");
    expect(m.text).toContain("3/7 · Event.");
    m = await ask(owner, "Men's sprint");
    expect(m.text).toBe("Event: “Men's sprint”. Type it in Russian (optional), or skip.");
    m = await press(owner, m, "Skip");
    m = await press(owner, m, "Skip");
    expect(m.text).toContain("4/7 · Athletes.");
    m = await press(owner, m, "Team");
    expect(m.text).toContain("5/7 · Result.");
    m = await ask(owner, "4th");
    expect(m.text).toBe("Placing: “4th”. Type it in Russian (optional), or skip.");
    m = await ask(owner, "4-е место");
    m = await press(owner, m, "Skip");
    expect(m.text).toContain("6/7 · Date.");
    m = await press(owner, m, "Today");
    m = await press(owner, m, "Skip");
    expect(m.text).toContain("🔹 4th: National team — Biathlon, Men's sprint");
    const saved = await press(owner, m, "✅ Save and alert subscribers");
    const resultId = Number(/#(\d+)/.exec(saved.text)![1]);
    const undo = saved.buttons.flat().find((b) => b.text === "↩️ Undo")!.data!;
    expect(await h.db.$count(results, isNull(results.removedAt))).toBe(before + 1);
    const { message: undone } = await pressAndEdit(owner, saved, "↩️ Undo");
    expect(undone.text).toBe(`Undone: result #${resultId} is removed and its alert cancelled; nobody got it.`);
    const [row] = await h.db.select().from(results).where(eq(results.id, resultId));
    expect(row?.removedAt).not.toBeNull();
    expect(row?.placingRu).toBe("4-е место");
    const [alert] = await h.db
      .select()
      .from(broadcasts)
      .where(eq(broadcasts.dedupeKey, `result:${resultId}`));
    expect(alert?.status).toBe("cancelled");
    h.clock.set(new Date(h.clock().getTime() + 120_000));
    await senderIdle(h);
    expect(fan.history().filter((x) => x.text.includes("4-е место"))).toEqual([]);
    // Undo again (a second tap that was on its way): already gone, nothing changes.
    const again = await owner.press(saved, { data: undo });
    expect(again.text).toBe(`Result #${resultId} was already removed.`);
  }, 60_000);

  it("fans are refused; in a group staff are sent to the private chat", async () => {
    const stranger = h.api.createUser({ firstName: "Fan", languageCode: "ru" });
    expect((await ask(stranger, "/addresult")).text).toBe("Эта команда — для сотрудников команды.");
    const group = h.api.createGroup({ title: "Team", members: [owner, stranger] });
    expect((await ask(owner, "/addresult", { chat: group })).text).toBe(
      "Recording a result works in the private chat with the bot: open it and send /addresult there.",
    );
  });
});
