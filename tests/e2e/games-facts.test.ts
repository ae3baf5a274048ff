/**
 * /games (staff), the facts besides the medal-table place, end to end through the local Bot API
 * server on a pinned clock (1 December 2026, between Games): the license target as stated
 * ("more than 90", typed in any of the three languages), the note in each language (English
 * first; HTML shown as typed; 5,000 characters refused), and the opening ceremony's time typed on
 * the host's clock. Each: bad input refused with nothing stored, before → after, saved and audited,
 * fans seeing it at once in their language (/licenses, /schedule, /countdown), Undo putting it back.
 * Fans change nothing, their copies of the staff's buttons included. And /addlicense records a
 * license for Games that are over.
 */
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { auditLog, games, licenses } from "../../src/db/schema.js";
import { findGames, loadFanData } from "../../src/domain/fan-data.js";
import {
  ask,
  type BotHarness,
  buttonTexts,
  failedCalls,
  press,
  pressAndEdit,
  refused,
  refusedLong,
  staffAndFans,
  startBotHarness,
} from "../helpers/bot.js";

// The bot paces its replies as Telegram asks (about one a second per private chat): long flows take a while.
const LONG = 240_000;

let h: BotHarness;
let owner: LocalUser;
let editor: LocalUser;
let fans: Record<"en" | "ru" | "kk", LocalUser>;
let paris: number;
let la: number;

beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-01T10:00:00Z" });
  ({ owner, editor, fans } = await staffAndFans(h));
  const data = await loadFanData(h.db);
  paris = findGames(data, "paris-2024-olympic")!.id;
  la = findGames(data, "la-2028-olympic")!.id;
});
afterAll(async () => h?.stop());

const row = async (gamesId: number) => (await h.db.select().from(games).where(eq(games.id, gamesId)))[0]!;
const gamesAudit = () => h.db.select().from(auditLog).where(eq(auditLog.entity, "games")).orderBy(asc(auditLog.id));

/** /games <name>, then the fact's button: its question. */
async function openFact(user: LocalUser, games: string, button: string): Promise<BotMessage> {
  const card = await ask(user, `/games ${games}`);
  return press(user, card, button);
}

describe("the license target", () => {
  it(
    "as stated, in any language's words; bad input refused; /licenses has it at once; Undo puts it back",
    async () => {
      const auditBefore = (await gamesAudit()).length;
      const card = await ask(editor, "/games париж");
      expect(card.text).toContain("Цель по лицензиям: более 90 лицензий");
      let m = await press(editor, card, "✏️ Цель по лицензиям");
      expect(m.text).toContain("Сейчас: более 90 лицензий");
      expect(buttonTexts(m)).toEqual(["🗑 Убрать", "◀️ Назад", "✖️ Отмена"]);
      const question = "Напишите цель по лицензиям";
      const bad = "Напишите цель целым числом от 1 до 1\u00a0000, например 90, или в виде «более 90»; «нет» — убрать цель.";
      const range = "Цель по лицензиям — от 1 до 1\u00a0000. Напишите другое число или «нет», чтобы убрать её.";
      const same = "Сейчас там именно это. Пришлите другое значение или отправьте /back или /cancel.";
      for (const text of ["abc", "более", "90 лицензий", "<b>90</b>", "9.5", "🥇", "SELECT 1; --", "+90"])
        m = await refused(editor, text, bad, question);
      for (const text of ["0", "1001", "более 0"]) m = await refused(editor, text, range, question);
      // "More than 90" as each language says it: what it is already.
      for (const text of ["более 90", "больше 90", ">90", "More than 90", "90-нан астам", "90-нан көп"])
        m = await refused(editor, text, same, question);
      await refusedLong(editor, "9".repeat(5000), [bad, bad], question);
      expect(await row(paris)).toMatchObject({ licenseTarget: 90, licenseTargetAbove: true });
      expect((await gamesAudit()).length).toBe(auditBefore);

      const confirm = await ask(editor, "90");
      expect(confirm.text).toContain("Было: более 90 лицензий\nСтанет: 90 лицензий");
      expect(confirm.text).toContain("Болельщики увидят это в /licenses сразу после сохранения.");
      const saved = await press(editor, confirm, "✅ Сохранить");
      expect(saved.text).toBe(
        "Сохранено: Олимпийские игры «Париж 2024» · Цель по лицензиям: более 90 лицензий → 90 лицензий. Болельщики уже видят это.",
      );
      expect(await row(paris)).toMatchObject({ licenseTarget: 90, licenseTargetAbove: false });
      const [edit] = (await gamesAudit()).slice(auditBefore);
      expect(edit).toMatchObject({
        actorId: editor.id,
        action: "games.edit",
        entityId: String(paris),
        payload: {
          field: "licenseTarget",
          before: { licenseTarget: { count: 90, above: true } },
          after: { licenseTarget: { count: 90, above: false } },
        },
      });
      expect((await ask(fans.en, "/licenses paris")).text).toContain("Target: 90 licenses");
      expect((await ask(fans.ru, "/licenses париж")).text).toContain("Цель: 90 лицензий");
      expect((await ask(fans.kk, "/licenses париж")).text).toContain("Мақсат: 90 лицензия;");

      const undone = await pressAndEdit(editor, saved, "↩️ Отменить");
      expect(undone.message.text).toBe("Отменено: Олимпийские игры «Париж 2024» · Цель по лицензиям — снова более 90 лицензий.");
      expect(await row(paris)).toMatchObject({ licenseTarget: 90, licenseTargetAbove: true });
      expect((await ask(fans.en, "/licenses paris")).text).toContain("Target: more than 90 licenses");
      expect((await ask(fans.kk, "/licenses париж")).text).toContain("Мақсат: 90 лицензиядан астам;");

      const audit = (await ask(owner, "/audit")).text;
      expect(audit).toContain(`changed a fact of Games #${paris}\n↳ Paris 2024\n↳ License target: more than 90 licenses → 90 licenses`);
    },
    LONG,
  );

  it(
    "“none” clears it, and fans then read no target",
    async () => {
      let m = await openFact(owner, "LA 2028", "✏️ License target");
      expect(m.text).toContain("Now: not set");
      expect(buttonTexts(m)).not.toContain("🗑 Clear it");
      m = await refused(owner, "none", "That is what it is already. Send another value, /back, or /cancel.", "Type the license target");
      m = await ask(owner, "more than 1");
      expect(m.text).toContain("Before: not set\nAfter: more than 1 license");
      await press(owner, m, "✖️ Cancel");
      expect(await row(la)).toMatchObject({ licenseTarget: null, licenseTargetAbove: false });

      m = await openFact(owner, "paris", "✏️ License target");
      m = await ask(owner, "None");
      expect(m.text).toContain("Before: more than 90 licenses\nAfter: not set");
      const saved = await press(owner, m, "✅ Save");
      expect(await row(paris)).toMatchObject({ licenseTarget: null, licenseTargetAbove: false });
      expect((await ask(fans.en, "/licenses paris")).text).not.toContain("Target: more than 90");
      await pressAndEdit(owner, saved, "↩️ Undo");
      expect(await row(paris)).toMatchObject({ licenseTarget: 90, licenseTargetAbove: true });
    },
    LONG,
  );
});

describe("the note", () => {
  it(
    "written per language, English first; fans read their language's; HTML shown as typed; 5,000 characters refused",
    async () => {
      const before = await row(la);
      const auditBefore = (await gamesAudit()).length;
      const card = await ask(editor, "/games лос-анджелес 2028");
      expect(card.text).toContain(`Примечание на английском: ${before.noteEn}`);
      expect(card.text).toContain(`Примечание на русском: ${before.noteRu}`);
      expect(card.text).toContain(`Примечание на казахском: ${before.noteKk}`);
      let m = await press(editor, card, "✏️ Примечание");
      expect(m.text).toContain("На каком языке написать примечание?");
      expect(buttonTexts(m)).toEqual([
        "Примечание на английском",
        "Примечание на русском",
        "Примечание на казахском",
        "◀️ Назад",
        "✖️ Отмена",
      ]);
      m = await refused(editor, "Новый текст", "Нажмите на язык (кнопки выше) или отправьте /back или /cancel.", "На каком языке");
      m = await press(editor, m, "Примечание на русском");
      expect(m.text).toContain(`Сейчас: ${before.noteRu}`);
      const question = "Напишите примечание на русском";
      await refusedLong(
        editor,
        "ж".repeat(5000),
        ["В тексте 4\u00a0096 символов, а можно не больше 500.", "В тексте 904 символа, а можно не больше 500."],
        question,
      );
      m = await refused(editor, "…!", "Пришлите текст примечания или «нет», чтобы убрать его.", question);
      expect(await row(la)).toEqual(before);
      expect((await gamesAudit()).length).toBe(auditBefore);

      const note = "<b>Старт</b> & первые матчи — 12 июля";
      const confirm = await ask(editor, note);
      expect(confirm.text).toContain(`Было: ${before.noteRu}\nСтанет: ${note}`);
      const saved = await press(editor, confirm, "✅ Сохранить");
      expect(saved.text).toContain(`Примечание на русском: ${before.noteRu} → ${note}. Болельщики уже видят это.`);
      expect(await row(la)).toEqual({ ...before, noteRu: note });
      // Each fan reads their own language's note; the HTML is text, not markup.
      const ru = await ask(fans.ru, "/schedule");
      expect(ru.text).toContain(note);
      expect(ru.entities?.some((e) => e.type === "bold" && ru.text.slice(e.offset, e.offset + e.length) === "Старт")).not.toBe(true);
      expect((await ask(fans.en, "/schedule")).text).toContain(before.noteEn!);
      expect((await ask(fans.kk, "/schedule")).text).toContain(before.noteKk!);
      const [edit] = (await gamesAudit()).slice(auditBefore);
      expect(edit?.payload).toMatchObject({ field: "note", before: { note: { ru: before.noteRu } }, after: { note: { ru: note } } });

      // The Kazakh one, by the owner in English.
      m = await openFact(owner, "LA 2028", "✏️ Note");
      m = await press(owner, m, "Note in Kazakh");
      const kk = await press(owner, await ask(owner, "Ашылу салтанаты 14 шілдеде"), "✅ Save");
      expect(kk.text).toContain("Note in Kazakh:");
      expect((await ask(fans.kk, "/schedule")).text).toContain("Ашылу салтанаты 14 шілдеде");
      expect((await ask(fans.ru, "/schedule")).text).toContain(note);

      // Both undone: every fan reads the note as it was.
      await pressAndEdit(owner, kk, "↩️ Undo");
      const undone = await pressAndEdit(editor, saved, "↩️ Отменить");
      expect(undone.message.text).toContain(`Примечание на русском — снова ${before.noteRu}.`);
      expect(await row(la)).toEqual(before);
      expect((await ask(fans.ru, "/schedule")).text).toContain(before.noteRu!);
    },
    LONG,
  );

  it(
    "the English is cleared last and written first; it is typed in Latin letters",
    async () => {
      const before = await row(la);
      let m = await openFact(owner, "LA 2028", "✏️ Note");
      m = await press(owner, m, "Note in English");
      m = await refused(owner, "Старт 12 июля", "Type it in English, in Latin letters.", "Type the note in English");
      m = await refused(
        owner,
        "none",
        "Fans read the English note when theirs has none, so it is cleared last: clear the Russian and Kazakh notes first, or type a new English note.",
        "Type the note in English",
      );
      const confirm = await ask(owner, "Some competitions start on 12 Jul.");
      expect(confirm.text).toContain("The Russian and Kazakh notes stay as they are");
      await press(owner, confirm, "✖️ Cancel");

      // Russian and Kazakh cleared, then the English: no note at all; a translation then waits for the English.
      const cleared: BotMessage[] = [];
      for (const lang of ["Russian", "Kazakh", "English"]) {
        m = await openFact(owner, "LA 2028", "✏️ Note");
        m = await press(owner, m, `Note in ${lang}`);
        m = await press(owner, m, "🗑 Clear it");
        expect(m.text).toContain("After: not set");
        cleared.push(await press(owner, m, "✅ Save"));
      }
      expect(await row(la)).toMatchObject({ noteEn: null, noteRu: null, noteKk: null });
      const schedule = (await ask(fans.en, "/schedule")).text;
      expect(schedule).not.toContain(before.noteEn!);
      m = await openFact(owner, "LA 2028", "✏️ Note");
      m = await press(owner, m, "Note in Russian");
      expect(m.text).toBe("These Games have no English note yet: write it first (fans whose language has no note read the English one).");
      expect((await owner.waitForMessage()).text).toContain("Which language's note");
      await ask(owner, "/cancel");
      // The translations' Undo waits for the English to come back.
      expect((await owner.press(cleared[0]!, "↩️ Undo")).text).toBe(
        "It was changed again since, so this change was not undone. Send /games to see it as it is.",
      );
      for (const saved of [...cleared].reverse()) await pressAndEdit(owner, saved, "↩️ Undo");
      expect(await row(la)).toEqual(before);
    },
    LONG,
  );
});

describe("the opening ceremony's time", () => {
  it(
    "typed on the host's clock, shown in both zones; /countdown has it at once; cleared and set again; Undo",
    async () => {
      const before = await row(la);
      expect(before.opensAt?.toISOString()).toBe("2028-07-15T00:00:00.000Z");
      let m = await openFact(owner, "LA 2028", "✏️ Opening ceremony");
      const shown = "14 July 2028, 17:00 Los Angeles time (UTC-7) · 15 July, 05:00 Kazakhstan time (UTC+5)";
      expect(m.text).toContain(`Now: ${shown}`);
      expect(m.text).toContain("Type when the opening ceremony starts, Los Angeles time: the date and time, e.g. “14.07.2028 17:00”");
      const question = "Type when the opening ceremony starts";
      const bad = "Type the date and time on the host's clock, e.g. “14.07.2028 17:00”, or the time alone (“17:00”); “none” clears it.";
      for (const text of ["25:00", "17:60", "tomorrow", "14.07.2028", "<i>17:00</i>", "31.02.2028 17:00", "🕔"])
        m = await refused(owner, text, bad, question);
      m = await refused(
        owner,
        "13.07.2028 17:00",
        "The opening ceremony is on the Games' opening day, 14 July 2028: type its time, e.g. “17:00” or “14.07.2028 17:00”. (The opening day itself is not changed here.)",
        question,
      );
      for (const text of ["17:00", "14.07.2028 17:00", "14 July 2028, 17:00", "14.07 17:00"])
        m = await refused(owner, text, "That is what it is already. Send another value, /back, or /cancel.", question);

      // Cleared: fans count down to the start of the day.
      m = await ask(owner, "none");
      expect(m.text).toContain(`Before: ${shown}\nAfter: not confirmed`);
      const cleared = await press(owner, m, "✅ Save");
      expect((await row(la)).opensAt).toBeNull();
      expect((await ask(fans.en, "/countdown")).text).toContain(
        "Opens on 14 July 2028 (the ceremony time is not confirmed; counting to the start of that day, Los Angeles time).",
      );

      // Set again, by an editor in Russian: fans see the ceremony's time in both zones.
      m = await openFact(editor, "лос-анджелес 2028", "✏️ Церемония открытия");
      expect(m.text).toContain("Сейчас: время не подтверждено");
      m = await ask(editor, "14.07.2028 17:00");
      expect(m.text).toContain(
        "Было: время не подтверждено\nСтанет: 14 июля 2028 г., 17:00 по времени Лос-Анджелеса (UTC-7) · 15 июля, 05:00 по времени Казахстана (UTC+5)",
      );
      expect(m.text).toContain("Если в примечании к Играм говорится о времени открытия, измените и его.");
      const set = await press(editor, m, "✅ Сохранить");
      expect((await row(la)).opensAt?.toISOString()).toBe("2028-07-15T00:00:00.000Z");
      expect((await ask(fans.en, "/countdown")).text).toContain(`Opening ceremony: ${shown}`);
      expect((await ask(fans.kk, "/countdown")).text).toContain("Ашылу салтанаты: 2028 ж. 14 шілде, 17:00");

      // Its Undo clears it again; the first one's Undo then has nothing in the way.
      await pressAndEdit(editor, set, "↩️ Отменить");
      expect((await row(la)).opensAt).toBeNull();
      await pressAndEdit(owner, cleared, "↩️ Undo");
      expect(await row(la)).toEqual(before);
      expect((await ask(fans.ru, "/countdown")).text).toContain("Церемония открытия: 14 июля 2028 г., 17:00 по времени Лос-Анджелеса");
      const audit = (await ask(owner, "/audit")).text;
      expect(audit).toContain(`↳ Los Angeles 2028\n↳ Opening ceremony: not confirmed → ${shown}`);
    },
    LONG,
  );
});

describe("fans", () => {
  it(
    "are refused, and their copies of the staff's buttons change nothing",
    async () => {
      const card = await ask(editor, "/games париж");
      const note = await press(editor, card, "✏️ Примечание");
      const ru = await press(editor, note, "Примечание на русском");
      const confirm = await ask(editor, "Новое примечание");
      const stolen = [card, note, ru, confirm].flatMap((msg) => msg.buttons.flat().flatMap((b) => (b.data ? [b.data] : [])));
      await ask(editor, "/cancel");
      expect(stolen).toEqual(expect.arrayContaining(["gff:t", "gff:o", "gff:n", "gfl:ru", "gfx:s"]));
      const before = await row(paris);
      const auditBefore = await gamesAudit();
      expect((await ask(fans.ru, "/games париж")).text).toBe("Эта команда — для сотрудников команды.");
      const own = await ask(fans.kk, "/licenses");
      for (const data of new Set(stolen)) expect((await fans.kk.press(own, { data })).text, data).toContain("/start");
      expect(await row(paris)).toEqual(before);
      expect(await gamesAudit()).toEqual(auditBefore);
      expect(failedCalls(h.api)).toEqual([]);
    },
    LONG,
  );
});

describe("/addlicense for Games that are over", () => {
  it(
    "offers the latest ones and finds any by name; the license is listed for those Games",
    async () => {
      let m = await ask(owner, "/addlicense");
      expect(buttonTexts(m)).toEqual(expect.arrayContaining(["Los Angeles 2028", "Milan–Cortina d’Ampezzo 2026"]));
      m = await ask(owner, "Paris 2024");
      expect(m.text).toContain("2/8 · Sport.");
      m = await ask(owner, "boxing");
      m = await press(owner, m, "Team");
      m = await press(owner, m, "Skip"); // event
      m = await press(owner, m, "Skip"); // how won
      m = await ask(owner, "20.06.2024");
      expect(m.text).toContain("7/8 · Quota places.");
      m = await press(owner, m, "1");
      const preview = await press(owner, m, "Skip"); // source
      expect(preview.text).toContain("Boxing — Paris 2024 Olympic Games");
      const saved = await press(owner, preview, "💾 Save without alert");
      const id = Number(/#(\d+)/.exec(saved.text)![1]);
      expect((await h.db.select().from(licenses).where(eq(licenses.id, id)))[0]).toMatchObject({ gamesId: paris, wonOn: "2024-06-20" });
      expect((await ask(fans.en, "/licenses paris")).text).toContain("Boxing");
    },
    LONG,
  );
});
