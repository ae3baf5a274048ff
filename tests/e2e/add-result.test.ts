/**
 * /addresult end to end, through the local Bot API server on a pinned clock in the middle of
 * Milano Cortina 2026 (14 February, the morning after Shaidorov's free skate): a staff member
 * records a gold in Russian (each step, Back, bad input at every step, the preview in three
 * languages), saves it with the alert, and the result is in /medals for those Games; Save pressed
 * twice records it once; Undo right after saving removes it whole.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { ask, type BotHarness, buttonTexts, press, startBotHarness } from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
const LONG = "ж".repeat(5000);

let h: BotHarness;
let owner: LocalUser;
let editor: LocalUser;
beforeAll(async () => {
  // 10:00 UTC is 11:00 in Milan: "вчера" there is 13 February, the free skate's day.
  h = await startBotHarness({ now: "2026-02-14T10:00:00Z" });
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", languageCode: "en" });
  editor = h.api.createUser({ firstName: "Редактор", languageCode: "ru" });
  for (const u of [owner, editor]) await ask(u, "/start");
  expect((await ask(owner, `/staff add ${editor.id}`)).text).toBe(`id ${editor.id} is now an editor.`);
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
    m = await refused(editor, "   ", "Не понимаю, какие Игры вы имеете в виду. Нажмите на одну из кнопок или напишите, например, «Париж 2024».", "1/7");
    m = await refusedLong(editor, /^Не понимаю, какие Игры/, "1/7");
      m = await refused(editor, "LA 2028", "Соревнования этих Игр ещё не начались, вносить пока нечего. Выберите другие Игры.", "1/7");
    m = await press(editor, m, "Милан — Кортина-д’Ампеццо 2026");
    expect(m.text).toContain("2/7 · Вид спорта.");
    expect(buttonTexts(m)).not.toContain("Бокс");
    m = await refused(editor, "<b>бокс</b>", "На этих Играх нет такого вида спорта: «<b>бокс</b>». Напишите ещё раз или выберите из подсказок.", "2/7");
    m = await refusedLong(editor, /^На этих Играх нет такого вида спорта/, "2/7");
    m = await ask(editor, "фигурное катание");
    expect(m.text).toContain("3/7 · Вид программы.");

    m = await refused(editor, "   ", "Напишите текст: этот шаг нельзя пропустить.", "3/7");
    m = await refusedLong(editor, /^В тексте [\d\s]+ символ/, "3/7");
    m = await ask(editor, "Мужское одиночное катание");
    expect(m.text).toContain("Вид программы на английском: «Мужское одиночное катание».");
    expect(buttonTexts(m)).not.toContain("Пропустить");
    m = await refused(editor, "одиночное", "Напишите по-английски, латиницей.", "на английском");
    m = await ask(editor, "Men's <i>singles</i>");
    expect(m.text).toContain("Вид программы на казахском (необязательно)");
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
    m = await refused(editor, "15 февраля 2026", "Там, где проходят эти Игры, этот день ещё не наступил: результат вносят, когда он уже есть.", "6/7");
    m = await refused(editor, "1 февраля 2026", /^Этот день не попадает в сроки этих Игр/, "6/7");
    m = await ask(editor, "вчера");
    expect(m.text).toContain("7/7 · Источник.");

    m = await refused(editor, "javascript:alert(1)", /^Это не ссылка/, "7/7");
    m = await refusedLong(editor, /^Это не ссылка/, "7/7");
    const preview = await ask(editor, "championat.com/figure/shaidorov");
    expect(preview.text).toContain("Предпросмотр: так это увидят подписчики.");
    expect(preview.text).toContain("🥇 Золото! Михаил Шайдоров");
    expect(preview.text).toContain("Фигурное катание, мужское одиночное катание");
    expect(preview.text).toContain("13 февраля 2026");
    const english = await press(editor, preview, "👁 English");
    expect(english.text).toContain("🥇 Gold! Mikhail Shaidorov");
    expect(english.text).toContain("Figure skating, men's &lt;i&gt;singles&lt;/i&gt;".replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
    expect(english.text).toContain("13 February 2026");
    const kazakh = await press(editor, english, "👁 Қазақша");
    expect(kazakh.text).toContain("🥇 Алтын! Михаил Шайдоров");
    expect(kazakh.text).toContain("Мәнерлеп сырғанау, ерлер арасындағы жеке сырғанау");
    expect((await ask(editor, "/cancel")).text).toBe("Отменено: ничего не сохранено.");
  }, 120_000);
});
