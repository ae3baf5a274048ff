/**
 * What fans see of results, and the medal-table place staff keep, end to end through the local Bot
 * API server on a pinned clock in the middle of Milano Cortina 2026 (14 February, 11:00 in Milan):
 * /medals with a placing staff recorded, after the medals in its own section, and the place in the
 * medal table as the current one, in three languages; the athlete's screen with their results;
 * /games (staff): the Games, its card, the place typed (bad input refused, nothing stored), before →
 * after, saved and audited, fans seeing it at once, Undo putting it back (once); "none" clears it; a
 * Games not begun has no place; fans are refused and their copies of the staff's buttons change nothing.
 */
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { auditLog, games } from "../../src/db/schema.js";
import { findGames, listSports, loadFanData } from "../../src/domain/fan-data.js";
import { recordResult } from "../../src/domain/result-records.js";
import { ask, type BotHarness, buttonTexts, failedCalls, press, pressAndEdit, startBotHarness } from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
// The bot paces its replies as Telegram asks (about one a second per private chat): long flows take a while.
const LONG = 240_000;
const LONG_TEXT = "ж".repeat(5000);

let h: BotHarness;
let owner: LocalUser;
let editor: LocalUser;
const fans: Record<"en" | "ru" | "kk", LocalUser> = {} as never;
let milan: number;
let paris: number;

beforeAll(async () => {
  h = await startBotHarness({ now: "2026-02-14T10:00:00Z" });
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", languageCode: "en" });
  editor = h.api.createUser({ firstName: "Редактор", languageCode: "ru" });
  for (const lang of ["en", "ru", "kk"] as const) fans[lang] = h.api.createUser({ firstName: `Fan ${lang}`, languageCode: lang });
  for (const u of [owner, editor, ...Object.values(fans)]) await ask(u, "/start");
  // As staff add one: the bot's cached staff list learns of it at once.
  expect((await ask(owner, `/staff add ${editor.id}`)).text).toBe(`id ${editor.id} is now an editor.`);
  const data = await loadFanData(h.db);
  milan = findGames(data, "milano-cortina-2026-olympic")!.id;
  paris = findGames(data, "paris-2024-olympic")!.id;
  // A placing without a medal, recorded as /addresult records it (no alert).
  await recordResult(
    h.app.readModel,
    OWNER_ID,
    {
      draftKey: "e2e-medals-screens-placing",
      gamesId: milan,
      sportId: listSports(data).find((s) => s.slug === "figure-skating")!.id,
      medal: null,
      placing: { en: "5th", ru: "5-е место", kk: "5-орын" },
      event: { en: "Women's singles", ru: "Женское одиночное катание", kk: "Әйелдер арасындағы жеке сырғанау" },
      athleteIds: [],
      newAthletes: [{ en: "Aruzhan Testova", ru: "Аружан Тестова", kk: "Аружан Тестова" }],
      team: null,
      wonOn: "2026-02-12",
      source: null,
    },
    h.clock(),
    { alert: false, alertDelayMs: 0 },
  );
});
afterAll(async () => h?.stop());

const rankOf = async (gamesId: number) => (await h.db.select({ rank: games.medalRank }).from(games).where(eq(games.id, gamesId)))[0]?.rank;
const gamesAudit = () => h.db.select().from(auditLog).where(eq(auditLog.entity, "games")).orderBy(asc(auditLog.id));

/** Sends bad input and expects the hint, then the same question again. */
async function refused(user: LocalUser, text: string, hint: string, question: string): Promise<BotMessage> {
  const m = await ask(user, text);
  expect(m.text, text.slice(0, 20)).toBe(hint);
  const again = await user.waitForMessage();
  expect(again.text).toContain(question);
  return again;
}

describe("fans: /medals and the athlete's screen", () => {
  it(
    "the placing after the medals, the current place in the medal table, in three languages",
    async () => {
      const en = (await ask(fans.en, "/medals")).text;
      expect(en).toContain("Milan–Cortina d’Ampezzo 2026 Olympic Winter Games");
      expect(en).toContain("So far: 1 gold, 0 silver, 0 bronze — currently 19th in the medal table (it can still change).");
      expect(en).toContain("Dates are Italian time.");
      expect(en).toContain("🥇 Mikhail Shaidorov — Figure skating, Men's singles (13 February 2026)");
      expect(en).toContain("Other results\n🔹 5th: Aruzhan Testova — Figure skating, Women's singles (12 February 2026)");
      expect(en.indexOf("Other results")).toBeGreaterThan(en.indexOf("🥇"));

      const ru = (await ask(fans.ru, "/medals")).text;
      expect(ru).toContain("Пока: золото — 1, серебро — 0, бронза — 0; сейчас 19-е место в медальном зачёте (оно ещё может измениться).");
      expect(ru).toContain(
        "Другие результаты\n🔹 5-е место: Аружан Тестова — фигурное катание, женское одиночное катание (12 февраля 2026 г.)",
      );
      const kk = (await ask(fans.kk, "/medals")).text;
      expect(kk).toContain("Әзірге: 1 алтын, 0 күміс, 0 қола, қазір медаль кестесінде 19-орын (бұл әлі өзгеруі мүмкін).");
      expect(kk).toContain("Басқа нәтижелер\n🔹 5-орын: Аружан Тестова — мәнерлеп сырғанау, әйелдер арасындағы жеке сырғанау");
      for (const text of [en, ru, kk]) expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    },
    LONG,
  );

  it("the athlete's screen lists the placing, with the Games and the date", async () => {
    const ru = await ask(fans.ru, "Тестова");
    expect(ru.text).toContain("🏆 Результаты:\n🔹 Зимние Олимпийские игры «Милан — Кортина-д’Ампеццо 2026» — фигурное катание");
    expect(ru.text).toContain("женское одиночное катание: 5-е место (12 февраля 2026 г.)");
    const en = await ask(fans.en, "/licenses testova");
    expect(en.text).toContain(
      "🔹 Milan–Cortina d’Ampezzo 2026 Olympic Winter Games — Figure skating, Women's singles: 5th (12 February 2026)",
    );
    const medals = await pressAndEdit(fans.en, en, "🥇 Milan–Cortina d’Ampezzo 2026: medals");
    expect(medals.message.text).toContain("🔹 5th: Aruzhan Testova");
  });
});

describe("/games: the medal-table place", () => {
  it(
    "set by an editor (bad input refused, nothing stored), fans see it at once, Undo puts it back once",
    async () => {
      const auditBefore = (await gamesAudit()).length;
      let m = await ask(editor, "/games");
      expect(m.text).toContain("Игры.");
      expect(buttonTexts(m)).toEqual(expect.arrayContaining(["Париж 2024", "Милан — Кортина-д’Ампеццо 2026", "Лос-Анджелес 2028"]));
      m = await refused(
        editor,
        "<b>x</b>",
        "Не понимаю, какие Игры вы имеете в виду. Нажмите на одну из кнопок или напишите, например, «Париж 2024».",
        "Игры.",
      );
      m = await press(editor, m, "Милан — Кортина-д’Ампеццо 2026");
      expect(m.text).toContain("🏟 Зимние Олимпийские игры «Милан — Кортина-д’Ампеццо 2026»");
      expect(m.text).toContain("Место в медальном зачёте: 19-е");
      m = await refused(
        editor,
        "19",
        "Нажмите на то, что нужно изменить (кнопки выше), или отправьте /back или /cancel.",
        "медальном зачёте",
      );
      m = await press(editor, m, "✏️ Место в медальном зачёте");
      expect(m.text).toContain("Сейчас: 19-е");
      expect(m.text).toContain("олимпийском медальном зачёте");
      const question = "Напишите место сборной";
      const range = "Место в медальном зачёте — от 1 до 250. Напишите другое число или «нет», чтобы убрать его.";
      const bad = "Напишите место целым числом от 1 до 250, например 12, или «нет», чтобы убрать его.";
      m = await refused(editor, "0", range, question);
      m = await refused(editor, "-3", range, question);
      m = await refused(editor, "251", range, question);
      m = await refused(editor, "abc", bad, question);
      m = await refused(editor, "🥇", bad, question);
      m = await refused(editor, "12.5", bad, question);
      m = await refused(editor, "19", "Сейчас там именно это. Пришлите другое значение или отправьте /back или /cancel.", question);
      // 5,000 characters: the client splits them into two messages, and each gets the hint and the question.
      await editor.send(LONG_TEXT);
      const replies = await editor.waitForMessages(4);
      expect(replies.map((r) => r.text)).toEqual([bad, expect.stringContaining(question), bad, expect.stringContaining(question)]);
      expect(await rankOf(milan)).toBe(19);
      expect((await gamesAudit()).length).toBe(auditBefore);

      const confirm = await ask(editor, " 12 ");
      expect(confirm.text).toContain("Было: 19-е\nСтанет: 12-е");
      expect(buttonTexts(confirm)).toEqual(["✅ Сохранить", "◀️ Назад", "✖️ Отмена"]);
      const saved = await press(editor, confirm, "✅ Сохранить");
      expect(saved.text).toBe(
        "Сохранено: Зимние Олимпийские игры «Милан — Кортина-д’Ампеццо 2026» · Место в медальном зачёте: 19-е → 12-е. Болельщики уже видят это.",
      );
      expect(buttonTexts(saved)).toEqual(["↩️ Отменить"]);
      expect(await rankOf(milan)).toBe(12);
      const [edit] = (await gamesAudit()).slice(auditBefore);
      expect(edit).toMatchObject({
        actorId: editor.id,
        action: "games.edit",
        entityId: String(milan),
        payload: { field: "medalRank", before: { medalRank: 19 }, after: { medalRank: 12 } },
      });

      // Fans see it at once, in their language.
      expect((await ask(fans.en, "/medals")).text).toContain("currently 12th in the medal table (it can still change).");
      expect((await ask(fans.kk, "/medals")).text).toContain("қазір медаль кестесінде 12-орын");

      const undone = await pressAndEdit(editor, saved, "↩️ Отменить");
      expect(undone.message.text).toBe(
        "Отменено: Зимние Олимпийские игры «Милан — Кортина-д’Ампеццо 2026» · Место в медальном зачёте — снова 19-е.",
      );
      expect(await rankOf(milan)).toBe(19);
      const after = (await gamesAudit()).slice(auditBefore);
      expect(after.map((r) => r.action)).toEqual(["games.edit", "games.undo"]);
      expect(after[1]?.payload).toMatchObject({ before: { medalRank: 12 }, after: { medalRank: 19 }, undoes: edit?.id });
      expect((await ask(fans.en, "/medals")).text).toContain("currently 19th in the medal table");

      // Undo again: said, and nothing changes.
      const again = await editor.press(undone.message, { data: saved.buttons.flat()[0]!.data! });
      expect(again.text).toBe("Это изменение уже отменено; ничего не изменилось.");
      expect((await gamesAudit()).length).toBe(auditBefore + 2);
      expect(await rankOf(milan)).toBe(19);
    },
    LONG,
  );

  it(
    "named with the command; “none” clears it; an Undo after another change refuses; /audit names the Games",
    async () => {
      let m = await ask(owner, "/games paris");
      expect(m.text).toContain("Paris 2024 Olympic Games\nMedal-table place: 43rd");
      m = await press(owner, m, "✏️ Medal-table place");
      expect(buttonTexts(m)).toContain("🗑 Clear it");
      const cleared = await ask(owner, "None");
      expect(cleared.text).toContain("Before: 43rd\nAfter: not set");
      const first = await press(owner, cleared, "✅ Save");
      expect(await rankOf(paris)).toBeNull();
      const medals = (await ask(fans.en, "/medals paris")).text;
      expect(medals).toContain("Result: 1 gold, 3 silver, 3 bronze.");
      expect(medals).not.toContain("medal table");

      // Another change after it: the first one's Undo would overwrite it, so it refuses.
      m = await ask(owner, "/games париж");
      m = await press(owner, m, "✏️ Medal-table place");
      expect(buttonTexts(m)).not.toContain("🗑 Clear it");
      m = await ask(owner, "43");
      const second = await press(owner, m, "✅ Save");
      expect(second.text).toContain("not set → 43rd");
      const refusedUndo = await owner.press(first, "↩️ Undo");
      expect(refusedUndo.text).toBe("It was changed again since, so this change was not undone. Send /games to see it as it is.");
      expect(await rankOf(paris)).toBe(43);
      expect((await ask(fans.ru, "/medals париж")).text).toContain("43-е место в медальном зачёте.");

      const audit = (await ask(owner, "/audit")).text;
      expect(audit).toContain(`changed a fact of Games #${paris}\n↳ Paris 2024\n↳ Medal-table place: — → 43`);
      expect(audit).toContain(`changed a fact of Games #${paris}\n↳ Paris 2024\n↳ Medal-table place: 43 → —`);
    },
    LONG,
  );

  it("a Games not begun has no place yet; Back and Cancel work", async () => {
    let m = await ask(owner, "/games");
    m = await press(owner, m, "Los Angeles 2028");
    expect(m.text).toContain("Medal-table place: not set");
    m = await press(owner, m, "✏️ Medal-table place");
    m = await refused(
      owner,
      "5",
      "These Games have not begun, so they have no medal-table place yet. Send /back to pick another Games' facts, or /cancel.",
      "Type the team's place",
    );
    m = await press(owner, m, "◀️ Back");
    expect(m.text).toContain("Los Angeles 2028 Olympic Games");
    expect((await press(owner, m, "✖️ Cancel")).text).toBe("Cancelled: nothing was changed.");
    const la = findGames(await loadFanData(h.db), "la-2028-olympic")!.id;
    expect(await rankOf(la)).toBeNull();
  });

  it(
    "fans are refused, staff in a group are sent to the private chat, and copied buttons change nothing",
    async () => {
      // The editor's buttons, their data copied.
      const list = await ask(editor, "/games");
      const card = await press(editor, list, "Париж 2024");
      const question = await press(editor, card, "✏️ Место в медальном зачёте");
      const confirm = await ask(editor, "7");
      const saved = await press(editor, confirm, "✅ Сохранить");
      expect(await rankOf(paris)).toBe(7);
      const stolen = [list, card, question, confirm, saved].flatMap((msg) => msg.buttons.flat().flatMap((b) => (b.data ? [b.data] : [])));
      expect(stolen.some((d) => d.startsWith("gfu:"))).toBe(true);
      stolen.push("gfu:1", "gfu:2147483647");

      const auditBefore = await gamesAudit();
      expect((await ask(fans.kk, "/games")).text).toBe("Бұл команда құраманың қызметкерлеріне арналған.");
      expect((await ask(fans.en, "/games paris")).text).toBe("This command is for the team's staff.");
      const own = await ask(fans.en, "/medals");
      for (const data of new Set(stolen)) {
        const answer = await fans.en.press(own, { data });
        // Outside a staff member's conversation its buttons are stale; Undo says who it is for.
        const expected = data.startsWith("gfu:")
          ? "This command is for the team's staff."
          : "This button is out of date. Send /start for fresh ones.";
        expect(answer.text, data).toBe(expected);
      }
      // Staff pressing an Undo of no change (a forged id) are told so.
      const owners = await ask(owner, "/medals");
      expect((await owner.press(owners, { data: "gfu:2147483647" })).text).toBe("There is no such change to undo; nothing changed.");
      expect(await gamesAudit()).toEqual(auditBefore);
      expect(await rankOf(paris)).toBe(7);

      const group = h.api.createGroup({ title: "Team", members: [owner, fans.en] });
      expect((await ask(owner, "/games", { chat: group })).text).toBe(
        "This works in the private chat with the bot: open it and send /games there.",
      );
      expect(await gamesAudit()).toEqual(auditBefore);
      expect(owner.commandMenu().map((c) => c.command)).toContain("games");
      expect(failedCalls(h.api)).toEqual([]);
    },
    LONG,
  );
});

// The undo of a change names it by its audit row: rows of other entities are never undone as a Games change.
describe("Undo of something else", () => {
  it("an audit row that is not a Games change is not undone", async () => {
    const [other] = await h.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "result"), eq(auditLog.action, "result.add")));
    expect(other).toBeDefined();
    const own = await ask(owner, "/medals");
    expect((await owner.press(own, { data: `gfu:${other!.id}` })).text).toBe("There is no such change to undo; nothing changed.");
  });
});
