/**
 * A Games' programme and competition windows kept by staff from /games, end to end through the
 * local Bot API server on 6 Dec 2026 (LA 2028 next): a sport added to LA 2028's programme, and a
 * new sport with its names and aliases added to a Games whose programme was not confirmed (its
 * offered sports kept, said in the preview); a window's days and first start changed, a window
 * added and removed. Bad input is refused with a hint and changes nothing; each change reaches
 * fans at once (/schedule, the sport lookup, the calendar feed) in three languages, is audited,
 * and Undo puts it back; fans change nothing, even with the staff's buttons.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { formatDateRange } from "../../src/bot/render/format.js";
import { auditLog, competitionWindows, gamesSports } from "../../src/db/schema.js";
import { findGames, loadFanData } from "../../src/domain/fan-data.js";
import { programmeOf } from "../../src/domain/programme.js";
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
import { bySlug } from "../helpers/fixtures.js";
import { parseIcs } from "../helpers/ics.js";

// The bot paces its replies as Telegram asks (about one a second per private chat): long flows take a while.
const LONG = 240_000;

let h: BotHarness;
let base: string;
let owner: LocalUser;
let editor: LocalUser;
let fans: Record<"en" | "ru" | "kk", LocalUser>;
let la: number;
let laPara: number;
let flagFootball: number;

beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-06T09:00:00Z", http: true });
  base = `http://127.0.0.1:${h.app.port}`;
  ({ owner, editor, fans } = await staffAndFans(h));
  const data = await loadFanData(h.db);
  la = findGames(data, "la-2028-olympic")!.id;
  laPara = findGames(data, "la-2028-paralympic")!.id;
  flagFootball = bySlug(data.sports, "flag-football").id;
});
afterAll(async () => h?.stop());

/** "16 – 23 July" as the bot writes it (Intl's range, with its own spaces). */
const days = (first: number, last: number, lang: "en" | "ru" | "kk" = "en") => formatDateRange(`2028-07-${first}`, `2028-07-${last}`, lang);
const audit = () => h.db.select().from(auditLog).where(eq(auditLog.entity, "games"));
const programmeRows = async (gamesId: number) => (await h.db.select().from(gamesSports).where(eq(gamesSports.gamesId, gamesId))).length;
const feed = async (sport: string, lang: string) => {
  const res = await fetch(`${base}/calendar/la-2028-olympic/${sport}.ics?lang=${lang}`);
  expect(res.status).toBe(200);
  return parseIcs(await res.text());
};

describe("the programme", () => {
  it(
    "an editor adds breaking to LA 2028 (bad input refused); fans find it there at once in three languages; Undo takes it out",
    async () => {
      const before = (await ask(fans.en, "/schedule breaking")).text;
      expect(before).not.toContain("Los Angeles");
      const auditBefore = (await audit()).length;
      const listed = await programmeRows(la);

      let m = await ask(editor, "/games лос-анджелес 2028");
      expect(m.text).toContain(`Программа: видов спорта и дисциплин — ${listed}`);
      expect(m.text).toContain("Дни соревнований: видов спорта — 7");
      m = await press(editor, m, "📋 Программа");
      expect(m.text).toContain(`Олимпийские игры «Лос-Анджелес 2028» · <b>Программа</b>`.replace(/<\/?b>/g, ""));
      expect(m.text).toContain(`Видов спорта и дисциплин — ${listed}:`);
      expect(m.text).toContain("Cricket");
      m = await press(editor, m, "➕ Добавить вид спорта");
      expect(buttonTexts(m)).toEqual(["Брейкинг", "🆕 Новый вид спорта", "◀️ Назад", "✖️ Отмена"]);
      const question = "Напишите вид спорта, который нужно добавить";
      m = await refused(editor, "бокс", "Бокс уже есть в программе. Выберите другой вид спорта или отправьте /back.", question);
      m = await refused(editor, "биатлон", "Биатлон — вид спорта Игр другого сезона. Выберите другой или отправьте /back.", question);
      m = await refused(
        editor,
        "<b>кабадди</b>",
        "Нет вида спорта «<b>кабадди</b>», который можно добавить. Напишите ещё раз, нажмите 🆕 Новый вид спорта, чтобы создать его, или отправьте /back.",
        question,
      );
      expect(await programmeRows(la)).toBe(listed);

      const preview = await ask(editor, "брейк-данс");
      expect(preview.text).toContain(
        `Было: видов спорта и дисциплин — ${listed}\nСтанет: видов спорта и дисциплин — ${listed + 1}\n➕ Брейкинг`,
      );
      expect(preview.text).not.toContain("⚠️");
      const saved = await press(editor, preview, "✅ Сохранить");
      expect(saved.text).toBe("Сохранено: Лос-Анджелес 2028 · программа. Добавлено: Брейкинг. Болельщики уже видят это.");
      expect(buttonTexts(saved)).toEqual(["↩️ Отменить"]);
      expect(await programmeRows(la)).toBe(listed + 1);
      const [added] = (await audit()).slice(auditBefore);
      expect(added).toMatchObject({ actorId: editor.id, action: "programme.add", entityId: String(la) });

      // Fans: breaking's screens open at LA 2028 now, in their language.
      expect((await ask(fans.en, "/schedule breaking")).text).toContain("Breaking — Los Angeles 2028 Olympic Games");
      expect((await ask(fans.ru, "/schedule брейкинг")).text).toContain("Брейкинг — Олимпийские игры «Лос-Анджелес 2028»");
      expect((await ask(fans.kk, "брейкинг")).text).toContain("«Лос-Анджелес 2028» Олимпиада ойындары");

      const undone = await pressAndEdit(editor, saved, "↩️ Отменить");
      expect(undone.message.text).toBe("Отменено: Лос-Анджелес 2028 · программа. Снова убрано из программы: Брейкинг.");
      expect(await programmeRows(la)).toBe(listed);
      expect((await ask(fans.en, "/schedule breaking")).text).toBe(before);
      expect((await audit()).slice(auditBefore).map((r) => r.action)).toEqual(["programme.add", "programme.undo"]);
      const log = (await ask(owner, "/audit")).text;
      expect(log).toContain(
        `undid a programme change of Games #${la}\n↳ Los Angeles 2028\n↳ Sports: Breaking → —\n↳ Programme (sports listed): ${listed + 1} → ${listed}`,
      );
      expect(log).toContain(
        `added to the programme of Games #${la}\n↳ Los Angeles 2028\n↳ Sports: — → Breaking\n↳ Programme (sports listed): ${listed} → ${listed + 1}`,
      );
    },
    LONG,
  );

  it(
    "a new sport for a Games without a confirmed programme: names checked, the other sports kept; fans find it by any name; Undo removes it",
    async () => {
      const offered = programmeOf(await loadFanData(h.db), laPara).length;
      expect(await programmeRows(laPara)).toBe(0);
      let m = await ask(owner, "/games");
      m = await press(owner, m, "Los Angeles 2028 (Paralympic)");
      expect(m.text).toContain(`Programme: not confirmed yet (${offered} sports offered)`);
      m = await press(owner, m, "📋 Programme");
      expect(m.text).toContain(`Not confirmed yet — fans are offered every summer Paralympic sport (${offered}):`);
      m = await press(owner, m, "🆕 New sport");
      const question = "Type its name in English";
      m = await refused(owner, "Кабадди", "Type the English name in Latin letters.", question);
      m = await refused(
        owner,
        "goalball",
        "“goalball” already names Goalball: fans typing it would find that sport. Type another name.",
        question,
      );
      m = await refused(owner, "<b>K</b>", "A name is letters, digits, spaces and - ' . / ( ) only. Type it again.", question);
      m = await refused(owner, "🥇", "A name needs at least two letters. Type it again.", question);
      m = await ask(owner, "Kabaddi");
      expect(m.text).toContain("New sport: Kabaddi");
      expect(m.text).toContain("Its name in Russian");
      m = await ask(owner, "Кабадди");
      m = await press(owner, m, "Skip");
      expect(m.text).toContain("Other names fans may type");
      m = await refused(
        owner,
        "kabadi, бокс",
        "“бокс” already names Boxing: fans typing it would find that sport. Type another name.",
        "Other names",
      );
      const preview = await ask(owner, "kabadi, кабади");
      expect(preview.text).toContain(
        `Before: not confirmed yet — fans are offered every summer Paralympic sport (${offered})\nAfter: ${offered + 1} sports and disciplines`,
      );
      expect(preview.text).toContain("🆕 New sport: Kabaddi · Russian: Кабадди · Kazakh: Kabaddi\nAlso found as: kabadi, кабади");
      expect(preview.text).toContain(`⚠️ These Games had no confirmed programme: fans were offered all ${offered} sports`);
      expect(preview.text).toContain(
        "A new sport is also offered at Games whose programme is not confirmed yet: Brisbane 2032 (Paralympic).",
      );
      const saved = await press(owner, preview, "✅ Save");
      expect(saved.text).toBe("Saved: Los Angeles 2028 (Paralympic) · programme. New sport: Kabaddi. Fans see it now.");
      expect(await programmeRows(laPara)).toBe(offered + 1);

      // Fans find it by each of its names, in their language; the sports offered before are still there.
      expect((await ask(fans.en, "/schedule kabaddi")).text).toContain("Kabaddi — Los Angeles 2028 Paralympic Games");
      expect((await ask(fans.ru, "/schedule кабадди")).text).toContain("Кабадди — Паралимпийские игры «Лос-Анджелес 2028»");
      expect((await ask(fans.kk, "/schedule кабади")).text).toContain("Kabaddi — «Лос-Анджелес 2028» Паралимпиада ойындары");
      expect((await ask(fans.ru, "kabadi")).text).toContain("лицензий по виду спорта кабадди в списке пока нет");
      expect((await ask(fans.en, "/schedule goalball")).text).toContain("Goalball — Los Angeles 2028 Paralympic Games");

      const undone = await pressAndEdit(owner, saved, "↩️ Undo");
      expect(undone.message.text).toBe("Undone: Los Angeles 2028 (Paralympic) · programme. The new sport Kabaddi is gone again.");
      expect(await programmeRows(laPara)).toBe(0);
      expect((await ask(fans.ru, "/schedule кабадди")).text).not.toContain("Кабадди —");
    },
    LONG,
  );
});

describe("a sport's names", () => {
  it(
    "an editor gives cricket its Russian and Kazakh names (bad input and a name another sport has refused); fans read them at once; Undo restores",
    async () => {
      const auditBefore = (await audit()).length;
      const scheduleBefore = (await ask(fans.ru, "/schedule крикет")).text;
      expect(scheduleBefore).toContain("Cricket — Олимпийские игры «Лос-Анджелес 2028»");
      const licensesBefore = (await ask(fans.ru, "/licenses крикет")).text;

      let m = await ask(editor, "/games la 2028");
      m = await press(editor, m, "📋 Программа");
      m = await press(editor, m, "✏️ Названия");
      const which = "Названия какого вида спорта изменить?";
      expect(m.text).toContain(which);
      m = await refused(
        editor,
        "брейкинг",
        "Вида спорта «Брейкинг» нет в программе этих Игр: сначала добавьте его туда (📋 Программа) или выберите другой.",
        which,
      );
      m = await ask(editor, "крикет");
      expect(m.text).toContain("✏️ Cricket\nНазвание по-английски, латиницей (не больше 60 символов).\nСейчас: Cricket.");
      m = await press(editor, m, "Оставить как есть");
      const ru = "Название по-русски";
      expect(m.text).toContain(`${ru} — его увидят болельщики, читающие по-русски (не больше 60 символов).\nСейчас: Cricket.`);
      m = await refused(
        editor,
        "Бокс",
        "«Бокс» — уже название вида спорта «Бокс»: болельщики, набрав его, найдут тот вид спорта. Напишите другое название.",
        ru,
      );
      m = await refused(
        editor,
        "<b>Крикет</b>",
        "В названии могут быть только буквы, цифры, пробелы и знаки - ' . / ( ). Напишите ещё раз.",
        ru,
      );
      m = await refused(editor, "к".repeat(61), "Здесь символов: 61, а название — не длиннее 60. Напишите короче.", ru);
      m = await refused(editor, "🥇", "В названии должно быть хотя бы две буквы. Напишите ещё раз.", ru);
      // Its own alias ("крикет") is no clash.
      m = await ask(editor, "Крикет");
      expect(m.text).toContain("Название по-казахски");
      m = await ask(editor, "Крикет");
      expect(m.text).toContain("Сейчас: t20, крикет.");
      m = await refused(
        editor,
        "крикет, лакросс",
        "«лакросс» — уже название вида спорта «Lacrosse»: болельщики, набрав его, найдут тот вид спорта. Напишите другое название.",
        "Другие названия",
      );
      const preview = await press(editor, m, "Оставить как есть");
      expect(preview.text).toContain(
        "✏️ Cricket\nПо-английски: Cricket\nПо-русски: Cricket → Крикет\nПо-казахски: Cricket → Крикет\nДругие названия: t20, крикет",
      );
      expect((await audit()).length).toBe(auditBefore);
      const saved = await press(editor, preview, "✅ Сохранить");
      expect(saved.text).toBe(
        "Сохранено: Лос-Анджелес 2028 · Крикет. По-русски: Cricket → Крикет. По-казахски: Cricket → Крикет. Болельщики уже видят это.",
      );

      // Fans: the lookup, /schedule and /licenses in their language at once; English stays.
      expect((await ask(fans.ru, "/schedule крикет")).text).toContain("Крикет — Олимпийские игры «Лос-Анджелес 2028»");
      expect((await ask(fans.kk, "/schedule крикет")).text).toContain("Крикет — «Лос-Анджелес 2028» Олимпиада ойындары");
      expect((await ask(fans.en, "/schedule крикет")).text).toContain("Cricket — Los Angeles 2028 Olympic Games");
      const licenses = (await ask(fans.ru, "/licenses крикет")).text;
      // Mid-sentence in lower case, as every sport's name there.
      expect(licensesBefore).toContain("лицензий по виду спорта cricket в списке пока нет");
      expect(licenses).toContain("лицензий по виду спорта крикет в списке пока нет");
      const [renamed] = (await audit()).slice(auditBefore);
      expect(renamed).toMatchObject({ actorId: editor.id, action: "programme.names", entityId: String(la) });
      const log = (await ask(owner, "/audit")).text;
      expect(log).toContain(
        `renamed a sport of the programme of Games #${la}\n↳ Los Angeles 2028\n↳ Cricket\n↳ Name (Russian): Cricket → Крикет`,
      );

      const undone = await pressAndEdit(editor, saved, "↩️ Отменить");
      expect(undone.message.text).toBe("Отменено: Лос-Анджелес 2028 · Cricket: названия снова прежние.");
      expect((await ask(fans.ru, "/schedule крикет")).text).toBe(scheduleBefore);
      expect((await ask(fans.ru, "/licenses крикет")).text).toBe(licensesBefore);
      expect((await editor.press(saved, { data: `gnu:${renamed?.id}` })).text).toBe("Это изменение уже отменено; ничего не изменилось.");
      expect((await audit()).slice(auditBefore).map((r) => r.action)).toEqual(["programme.names", "programme.names-undo"]);
    },
    LONG,
  );
});

describe("competition windows", () => {
  it(
    "flag football's days and first start changed (bad input refused): fans' /schedule and calendar feed follow at once; Undo restores",
    async () => {
      const windowOf = async () => (await h.db.select().from(competitionWindows).where(eq(competitionWindows.sportId, flagFootball)))[0];
      const before = await windowOf();
      let m = await ask(owner, "/games la 2028");
      m = await press(owner, m, "🗓 Competition windows");
      expect(m.text).toContain("Dates are Los Angeles time.");
      expect(m.text).toContain(`Cricket — ${days(12, 29)}`);
      m = await press(owner, m, "Flag football");
      expect(m.text).toContain(`Flag football — ${days(15, 22)}`);
      m = await press(owner, m, "📅 Days");
      const question = "Type its days as the official schedule gives them, Los Angeles time";
      expect(m.text).toContain(question);
      m = await refused(owner, "31.02.2028", "There is no such day. Type the days again, e.g. 12–19.07.2028.", question);
      m = await refused(
        owner,
        "19–12.07.2028",
        "The last day comes before the first. Type the first day first, e.g. 12–19.07.2028.",
        question,
      );
      m = await refused(
        owner,
        "12.07.2029",
        "A window of these Games lies between 30 June 2028 and 30 July 2028. Type its days again.",
        question,
      );
      const format = "Type the days as 12.07.2028 (one day) or 12–19.07.2028 (the first and the last).";
      m = await refused(owner, "<b>1</b>", format, question);
      m = await refused(owner, "🥇", format, question);
      m = await refused(owner, "15–22.07.2028", "That is what it is already. Send another value, /back, or /cancel.", question);
      await refusedLong(owner, "ж".repeat(5000), [format, format], question);
      expect(await windowOf()).toEqual(before);

      const preview = await ask(owner, "16–23.07");
      expect(preview.text).toContain(`Before: ${days(15, 22)}\nAfter: ${days(16, 23)}`);
      const saved = await press(owner, preview, "✅ Save");
      expect(saved.text).toBe(`Saved: Los Angeles 2028 · Flag football: ${days(15, 22)} → ${days(16, 23)}. Fans see it now.`);
      expect((await ask(fans.en, "/schedule flag football")).text).toContain(`Flag football — ${days(16, 23)}`);
      expect((await ask(fans.ru, "/schedule флаг-футбол")).text).toContain(`Flag football — ${days(16, 23, "ru")}`);
      expect((await ask(fans.kk, "/schedule flag football")).text).toContain(`Flag football — ${days(16, 23, "kk")}`);
      const [window] = (await feed("flag-football", "ru")).events.filter((e) => e.uid.startsWith("window."));
      expect([window?.startDate, window?.endDate]).toEqual(["2028-07-16", "2028-07-24"]);

      // Its first start, in the host's clock.
      m = await ask(owner, "/games la 2028");
      m = await press(owner, m, "🗓 Competition windows");
      m = await ask(owner, "flag football");
      m = await press(owner, m, "⏰ First start");
      expect(m.text).toContain("Its first start on 16 July, Los Angeles time, as 09:30");
      m = await refused(owner, "25:00", "Type the time as 09:30 (hours 0–23, minutes 0–59), or tap “No time”.", "Its first start");
      const timed = await ask(owner, "9.30");
      expect(timed.text).toContain(`After: ${days(16, 23)}, first start 09:30 Los Angeles time (UTC-7) · 21:30 Kazakhstan time (UTC+5)`);
      const savedTime = await press(owner, timed, "✅ Save");
      expect((await ask(fans.en, "/schedule flag football")).text).toContain(
        "↳ first start: 09:30 Los Angeles time (UTC-7) · 21:30 Kazakhstan time (UTC+5)",
      );
      expect((await ask(fans.kk, "/schedule flag football")).text).toContain(
        "↳ алғашқы старт: 09:30, Лос-Анджелес уақытымен (UTC-7) · 21:30, Қазақстан уақытымен (UTC+5)",
      );
      const start = (await feed("flag-football", "kk")).events.find((e) => e.uid.startsWith("first-start."));
      expect(start?.start?.toISOString()).toBe("2028-07-16T16:30:00.000Z");

      // Undo, the latest first: the days' Undo waits until the first start's is undone.
      expect((await owner.press(saved, "↩️ Undo")).text).toBe(
        "It was changed again since, so this change was not undone. Send /games to see it as it is.",
      );
      await pressAndEdit(owner, savedTime, "↩️ Undo");
      const undone = await pressAndEdit(owner, saved, "↩️ Undo");
      expect(undone.message.text).toBe(`Undone: Los Angeles 2028 · Flag football: ${days(15, 22)} again.`);
      expect(await windowOf()).toEqual(before);
      expect((await ask(fans.en, "/schedule flag football")).text).toContain(`Flag football — ${days(15, 22)}`);
      const events = (await feed("flag-football", "en")).events;
      expect(events.find((e) => e.uid.startsWith("first-start."))).toBeUndefined();
      expect(events.find((e) => e.uid.startsWith("window."))?.startDate).toBe("2028-07-15");
    },
    LONG,
  );

  it(
    "a window for a sport of the programme only: added with no time, removed, the removal undone",
    async () => {
      let m = await ask(editor, "/games la 2028");
      m = await press(editor, m, "🗓 Дни соревнований");
      m = await press(editor, m, "➕ Добавить дни");
      expect(m.text).toContain("Какой вид спорта?");
      m = await refused(
        editor,
        "брейкинг",
        "Вида спорта «Брейкинг» нет в программе этих Игр: сначала добавьте его туда (📋 Программа) или выберите другой.",
        "Какой вид спорта?",
      );
      m = await ask(editor, "лакросс");
      expect(m.text).toContain("Lacrosse — дней нет");
      m = await ask(editor, "20.07");
      expect(m.text).toContain("Время первого старта (20 июля) по времени Лос-Анджелеса, например 09:30.");
      const preview = await press(editor, m, "Без времени");
      expect(preview.text).toContain("Было: дней нет\nСтанет: 20 июля");
      const saved = await press(editor, preview, "✅ Сохранить");
      expect(saved.text).toBe("Сохранено: Лос-Анджелес 2028 · Lacrosse: дней нет → 20 июля. Болельщики уже видят это.");
      expect((await ask(fans.en, "/schedule lacrosse")).text).toContain("Lacrosse — 20 July");
      expect((await feed("lacrosse", "en")).events.filter((e) => e.uid.startsWith("window."))).toHaveLength(1);

      m = await ask(editor, "/games la 2028");
      m = await press(editor, m, "🗓 Дни соревнований");
      m = await press(editor, m, "Lacrosse");
      m = await press(editor, m, "🗑 Убрать дни");
      expect(m.text).toContain("Было: 20 июля\nСтанет: дней нет");
      const removed = await press(editor, m, "✅ Сохранить");
      expect((await ask(fans.en, "/schedule lacrosse")).text).toContain("No competition dates for <b>Lacrosse</b>".replace(/<\/?b>/g, ""));
      expect((await feed("lacrosse", "ru")).events.filter((e) => e.uid.startsWith("window."))).toHaveLength(0);
      await pressAndEdit(editor, removed, "↩️ Отменить");
      expect((await ask(fans.ru, "/schedule lacrosse")).text).toContain("Lacrosse — 20 июля");

      const log = (await ask(owner, "/audit")).text;
      const undid = log.slice(log.indexOf("undid a change to a competition window"));
      expect(undid).toMatch(new RegExp(`^undid a change to a competition window at Games #${la}\n↳ Los Angeles 2028\n↳ Lacrosse\n`));
      expect(undid.split("#")[1]).toContain("↳ First day: — → 20 July 2028");
    },
    LONG,
  );
});

describe("fans", () => {
  it("are refused /games, and the staff's buttons, copied, change nothing", async () => {
    const auditBefore = await audit();
    expect((await ask(fans.kk, "/games")).text).toBe("Бұл команда құраманың қызметкерлеріне арналған.");
    const own = await ask(fans.en, "/schedule");
    const lastAudit = auditBefore.at(-1)?.id ?? 1;
    for (const data of ["gpu:1", `gpu:${lastAudit}`, `gwu:${lastAudit}`, `gnu:${lastAudit}`, "gfs:p", "gfs:w", "gpx:s", "gpx:m", "gpk:1"]) {
      const answer = await fans.en.press(own, { data });
      const expected = /^g[pwn]u:/.test(data)
        ? "This command is for the team's staff."
        : "This button is out of date. Send /start for fresh ones.";
      expect(answer.text, data).toBe(expected);
    }
    expect(await audit()).toEqual(auditBefore);
    expect(failedCalls(h.api)).toEqual([]);
  });
});
