/**
 * Qualification events by CSV file, end to end through the real bot and the local Bot API server:
 * the template explained in Russian and Kazakh; a file with bad lines refused naming each line,
 * column and problem in the staff member's language, nothing written; fixed, it applies as one
 * change with no summary for the event it closes; the same file again changes nothing; fans see the
 * imported events in /qualifiers in their language, and the countdown's reminder is made for them as
 * for an event added by hand; export → import round-trips (formula-like cells neutralised); a
 * change by file and its Undo; a license line naming its qualifier links to it (checked against the
 * Games and sport), and the fan's qualifier screen shows what was won there; Undo of the first
 * import takes the events away; /editqualifier offers closing an open event with its outcome once it has begun. The
 * events are made up ("Test …", "Testville"); dates are fixed against the pinned clock.
 */
import { and, count, eq, isNull, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { auditLog, broadcasts, licenses, qualificationEvents } from "../../src/db/schema.js";
import { exportCsv } from "../../src/domain/imports/export.js";
import { licensesKind } from "../../src/domain/imports/kinds/licenses.js";
import { qualifiersKind } from "../../src/domain/imports/kinds/qualifiers.js";
import { makeQualifierReminders } from "../../src/domain/qualifier-reminders.js";
import { addEditor } from "../../src/domain/staff.js";
import { writeCsv } from "../../src/lib/csv.js";
import { ask, type BotHarness, buttonTexts, eventually, press, pressAndEdit, startBotHarness } from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
/** 11:00 in Almaty on 1 May 2027: the boxing event (12–19 May) is ahead, the early one (1–5 March) over. */
const NOW = "2027-05-01T06:00:00Z";

let h: BotHarness;
let owner: LocalUser;
let fans: Record<"ru" | "kk", LocalUser>;

/** A reply's text with Intl's narrow and thin spaces as plain ones. */
const textOf = (m: { text: string }) => m.text.replace(/[\u2009\u202f]/g, " ");

type Line = Partial<Record<string, string>>;

const BOXING: Line = {
  games: "la-2028-olympic",
  sport: "boxing",
  name_en: "Test Boxing Qualifier",
  name_ru: "Тестовый отборочный турнир",
  name_kk: "Сынақ іріктеу жарысы",
  event_en: "Men's 51 kg",
  event_ru: "До 51 кг",
  event_kk: "51 кг-ға дейін",
  place_en: "Testville",
  place_ru: "Тествиль",
  place_kk: "Тествиль",
  place_country: "QA",
  host_tz: "Asia/Qatar",
  first_day: "2027-05-12",
  last_day: "2027-05-19",
  quota_places: "36",
  athletes: "Test Entrant",
  source: "https://example.org/qualification-system",
};
const JUDO: Line = {
  games: "la-2028-olympic",
  sport: "judo",
  name_en: "Test Judo Qualifier",
  name_ru: "Тестовый турнир по дзюдо",
  // "+81 kg" would start a formula in a spreadsheet: the export neutralises it.
  event_en: "+81 kg",
  host_tz: "Europe/Paris",
  first_day: "01.06.2027",
  last_day: "03.06.2027",
};
const EARLY: Line = {
  games: "la-2028-olympic",
  sport: "boxing",
  name_en: "Test Early Qualifier",
  name_ru: "Тестовый ранний турнир",
  name_kk: "Сынақ ерте жарыс",
  place_en: "Testville",
  place_country: "QA",
  host_tz: "Asia/Qatar",
  first_day: "2027-03-01",
  last_day: "2027-03-05",
  closed: "yes",
};
const PARIS: Line = {
  games: "paris-2024-olympic",
  sport: "boxing",
  name_en: "Test Paris Qualifier",
  host_tz: "Europe/Rome",
  first_day: "2024-03-03",
  last_day: "2024-03-11",
};

const csv = (columns: readonly string[], lines: readonly Line[]) =>
  writeCsv(
    columns,
    lines.map((l) => columns.map((c) => l[c] ?? "")),
  ).toString("utf8");
const qualifiersFile = (lines: readonly Line[] = [BOXING, JUDO, EARLY, PARIS]) => csv(qualifiersKind.columns, lines);

/** Sends a file and returns the bot's answer (a reply to it). */
async function sendFile(user: LocalUser, fileName: string, bytes: string | Buffer): Promise<BotMessage> {
  await user.sendDocument({ fileName, bytes });
  return user.waitForMessage({ timeoutMs: 30_000 });
}

const shownEvents = () => h.db.select().from(qualificationEvents).where(isNull(qualificationEvents.removedAt));
const eventNamed = async (name: string) => (await shownEvents()).find((q) => q.nameEn === name);
const importRows = () => h.db.select().from(auditLog).where(eq(auditLog.entity, "import"));
const broadcastCount = async () => (await h.db.select({ n: count() }).from(broadcasts))[0]?.n ?? 0;

beforeAll(async () => {
  h = await startBotHarness({ now: NOW });
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Aru", languageCode: "ru" });
  await ask(owner, "/start");
  fans = {
    ru: h.api.createUser({ firstName: "Fan ru", languageCode: "ru" }),
    kk: h.api.createUser({ firstName: "Fan kk", languageCode: "kk" }),
  };
  for (const fan of Object.values(fans)) await ask(fan, "/start");
});
afterAll(async () => h?.stop());

describe("qualification events by CSV file", () => {
  let firstImport: BotMessage;

  it("/import sends the template with its columns explained in Russian and Kazakh", async () => {
    const picker = await ask(owner, "/import");
    expect(buttonTexts(picker)).toEqual(["Отборочные турниры", "Дни соревнований", "Лицензии", "Результаты"]);
    const next = owner.waitForMessage();
    const { message } = await pressAndEdit(owner, picker, "Отборочные турниры");
    expect(message.text).toContain("Шаблон: Отборочные турниры.");
    expect(message.text).toContain("• host_tz: часовой пояс места проведения в обозначении IANA (Asia/Qatar, Europe/Paris)");
    expect(message.text).toContain("• closed: yes, когда итоги известны");
    expect(message.text).toContain("Турнир, закрытый импортом, не рассылает подписчикам итог");
    const template = await next;
    expect(template.document?.file_name).toBe("qualifiers-template.csv");
    expect((await owner.download(template)).text).toBe(`\uFEFF${qualifiersKind.columns.join(",")}\r\n`);

    const editor = h.api.createUser({ firstName: "Bek", languageCode: "kk" });
    await ask(editor, "/start");
    await addEditor(h.db, OWNER_ID, editor.id, h.clock());
    await eventually(async () => expect((await ask(editor, "/import")).text).toContain("CSV файлын импорттау"));
    const kk = await pressAndEdit(editor, editor.messages().at(-1) as BotMessage, "Іріктеу жарыстары");
    expect(kk.message.text).toContain("Үлгі: Іріктеу жарыстары.");
    expect(kk.message.text).toContain("• first_day, last_day: жергілікті күнтізбе бойынша бірінші және соңғы күн");
  });

  it("refuses a file with bad lines, naming each line, column and problem; nothing is written", async () => {
    const before = { events: (await shownEvents()).length, broadcasts: await broadcastCount() };
    const bad = qualifiersFile([
      { ...BOXING, first_day: "2027-13-12" },
      { ...JUDO, host_tz: "Mars/Olympus" },
      { ...EARLY, closed: "maybe" },
      { ...PARIS, first_day: "2024-08-05", last_day: "2024-08-14" },
    ]);
    const reply = await sendFile(owner, "qualifiers.csv", bad);
    expect(reply.text).toBe(
      [
        "❌ Отборочные турниры: не импортировано. Ошибок: 4, строк в файле: 4; ничего не изменено.",
        "",
        "Строка 2, first_day: «2027-13-12» — не дата: пишите 2024-07-27 или 27.07.2024.",
        "Строка 3, host_tz: «Mars/Olympus» — не часовой пояс: пишите его в обозначении IANA, например Asia/Qatar или Europe/Paris.",
        "Строка 4, closed: «maybe»: напишите yes или оставьте ячейку пустой.",
        "Строка 5, last_day: турнир заканчивается позже закрытия Игр paris-2024-olympic.",
        "",
        "Исправьте их и пришлите файл снова.",
      ].join("\n"),
    );
    expect(reply.buttons).toEqual([]);
    expect({ events: (await shownEvents()).length, broadcasts: await broadcastCount() }).toEqual(before);
    expect(await importRows()).toEqual([]);
  });

  it("applies the fixed file as one change with no summary; the same file again changes nothing; fans see the events; the reminder is made", async () => {
    const broadcastsBefore = await broadcastCount();
    const preview = await sendFile(owner, "qualifiers.csv", qualifiersFile());
    expect(preview.text).toContain("📥 Отборочные турниры из файла qualifiers.csv: строк — 4, ошибок нет.");
    expect(preview.text).toContain("➕ Новых: 4 · ✏️ изменённых: 0 · без изменений: 0");
    expect(preview.text).toContain("👤 Новые спортсмены (1): Test Entrant.");
    expect(preview.text).toContain("🔕 Турниры, закрытые этим импортом, не рассылают итог");
    expect(preview.text).toContain("➕ строка 2: Бокс · Тестовый отборочный турнир: 12");
    const applied = await pressAndEdit(owner, preview, "✅ Применить");
    firstImport = applied.message;
    const [audit, ...more] = await importRows();
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actorId: OWNER_ID, action: "import.apply", entityId: "qualifiers" });
    expect(applied.message.text).toContain(`✅ Отборочные турниры: импортировано одним изменением (#${audit?.id}): новых — 4`);
    expect(buttonTexts(applied.message)).toEqual(["↩️ Отменить импорт"]);
    // Closed by the file, with no summary: no broadcast at all.
    expect(await eventNamed("Test Early Qualifier")).toMatchObject({ closedBy: OWNER_ID, hostTz: "Asia/Qatar", lastDay: "2027-03-05" });
    expect((await eventNamed("Test Boxing Qualifier"))?.closedAt).toBeNull();
    expect(await broadcastCount()).toBe(broadcastsBefore);

    const same = await sendFile(owner, "qualifiers.csv", qualifiersFile());
    expect(same.text).toContain("➕ Новых: 0 · ✏️ изменённых: 0 · без изменений: 4");
    expect(same.text).toContain("Менять нечего: все записи совпадают с сохранёнными.");

    const ru = textOf(await ask(fans.ru, "/qualifiers"));
    expect(ru).toContain("📍 Тестовый отборочный турнир — Тествиль, Катар\n🗓 12–19 мая");
    expect(ru).toContain("↳ Дисциплины: До 51 кг\n↳ От сборной: Test Entrant\n↳ Всего квотных мест: 36");
    expect(ru).toContain("Прошли\n📍 Тестовый ранний турнир — Testville, Катар\n🗓 1–5 марта");
    const kk = textOf(await ask(fans.kk, "/qualifiers"));
    expect(kk).toContain("📍 Сынақ іріктеу жарысы — Тествиль, Катар\n🗓 12–19 мамыр");
    // No Kazakh name in the file: the English one.
    expect(kk).toContain("📍 Test Judo Qualifier");

    // The countdown's cron finds it the day before, as an event added by hand (09:00 in Almaty on 11 May).
    const boxing = await eventNamed("Test Boxing Qualifier");
    const made = await makeQualifierReminders(h.db, new Date("2027-05-11T04:00:00Z"), "Asia/Almaty");
    expect(made).toEqual([expect.objectContaining({ qualifierId: boxing?.id, created: true })]);
  }, 120_000);

  it("export → import round-trips, the formula-like cell neutralised; a change by file is undone as one", async () => {
    const sent = await ask(owner, "/export qualifiers");
    expect(sent.document?.file_name).toBe("qualifiers-2027-05-01.csv");
    const file = await owner.download(sent);
    expect(file.text).toContain(",'+81 kg,");
    expect(file.text).toContain(",Test Entrant,https://example.org/qualification-system,\r\n");
    expect(file.text).toContain(",2027-03-01,2027-03-05,,,,yes\r\n");
    const back = await sendFile(owner, "qualifiers-2027-05-01.csv", file.bytes);
    expect(back.text).toContain("➕ Новых: 0 · ✏️ изменённых: 0 · без изменений: 4");

    // A recorded event keeps its Games and sport, as in /editqualifier.
    const boxing = await eventNamed("Test Boxing Qualifier");
    const judo = await sendFile(owner, "judo.csv", file.text.replace(",boxing,Test Boxing Qualifier,", ",judo,Test Boxing Qualifier,"));
    expect(judo.text).toContain(
      `Строка 2, sport: у турнира ${boxing?.id} Игры и вид спорта не меняются; для других добавьте новую строку без номера.`,
    );

    // The boxing event moved by two days, by its id.
    const moved = file.text.replace(",2027-05-12,2027-05-19,", ",2027-05-14,2027-05-21,");
    const preview = await sendFile(owner, "moved.csv", moved);
    expect(preview.text).toContain("➕ Новых: 0 · ✏️ изменённых: 1 · без изменений: 3");
    expect(preview.text).toContain(`✏️ строка 2 (#${boxing?.id}): Бокс · Тестовый отборочный турнир:`);
    expect(preview.text).toContain("— first_day, last_day");
    const applied = await pressAndEdit(owner, preview, "✅ Применить");
    expect((await eventNamed("Test Boxing Qualifier"))?.firstDay).toBe("2027-05-14");
    await eventually(async () => expect(textOf(await ask(fans.ru, "/qualifiers"))).toContain("🗓 14–21 мая"));
    const undone = await pressAndEdit(owner, applied.message, "↩️ Отменить импорт");
    expect(undone.message.text).toContain("добавленных записей удалено — 0, изменённых возвращено как было — 1");
    expect(await eventNamed("Test Boxing Qualifier")).toMatchObject({ firstDay: "2027-05-12", lastDay: "2027-05-19" });
  }, 120_000);

  it("a license line names the event it was won at: checked against its Games and sport, linked, shown to fans", async () => {
    const early = await eventNamed("Test Early Qualifier");
    const judo = await eventNamed("Test Judo Qualifier");
    const paris = await eventNamed("Test Paris Qualifier");
    const license: Line = {
      games: "la-2028-olympic",
      sport: "boxing",
      event_en: "Men's 51 kg",
      event_ru: "До 51 кг",
      athletes: "Test Winner",
      quota_places: "1",
      won_on: "2027-03-04",
      qualifier: String(early?.id),
    };
    const bad = await sendFile(
      owner,
      "licenses.csv",
      csv(licensesKind.columns, [
        { ...license, qualifier: "99999" },
        { ...license, qualifier: String(judo?.id) },
        { ...license, qualifier: `#${paris?.id}` },
      ]),
    );
    expect(bad.text).toContain("Строка 2, qualifier: отборочного турнира «99999» нет (его удалили или номер набран с ошибкой)");
    expect(bad.text).toContain(`Строка 3, qualifier: отборочный турнир ${judo?.id} — по другому виду спорта (judo).`);
    expect(bad.text).toContain(`Строка 4, qualifier: отборочный турнир #${paris?.id} относится к Играм paris-2024-olympic, а не к этим.`);

    const preview = await sendFile(owner, "licenses.csv", csv(licensesKind.columns, [license]));
    expect(preview.text).toContain("➕ Новых: 1");
    await pressAndEdit(owner, preview, "✅ Применить");
    const [stored] = await h.db
      .select()
      .from(licenses)
      .where(eq(licenses.qualifierId, early?.id ?? 0));
    expect(stored).toMatchObject({ wonOn: "2027-03-04", deletedAt: null });
    const ru = textOf(await ask(fans.ru, "/qualifiers"));
    const past = ru.slice(ru.indexOf("📍 Тестовый ранний турнир"));
    expect(past).toContain("Test Winner");
    // Exported, the license names the event; sent back, nothing changes.
    const exported = await owner.download(await ask(owner, "/export licenses"));
    expect(exported.text).toContain(`,2027-03-04,${early?.id},`);
    expect((await sendFile(owner, "licenses.csv", exported.bytes)).text).toContain("✏️ изменённых: 0");
  }, 120_000);

  it("Undo of the first import takes its events away; the licenses won there keep their link and still round-trip", async () => {
    const undone = await pressAndEdit(owner, firstImport, "↩️ Отменить импорт");
    expect(undone.message.text).toContain("добавленных записей удалено — 4, изменённых возвращено как было — 0");
    expect(await shownEvents()).toEqual([]);
    await eventually(async () => expect(textOf(await ask(fans.ru, "/qualifiers"))).not.toContain("Тестовый"));
    // The reminder made for the boxing event will not go.
    const reminders = await h.db
      .select()
      .from(broadcasts)
      .where(and(like(broadcasts.dedupeKey, "qualifier:%"), eq(broadcasts.status, "sending")));
    expect(reminders).toEqual([]);
    const licensesBack = await exportCsv(h.db, licensesKind);
    expect((await sendFile(owner, "licenses.csv", licensesBack.bytes)).text).toContain("✏️ изменённых: 0");
  }, 120_000);
});

describe("/editqualifier", () => {
  it("offers closing an open event with its outcome once it has begun, through /closequalifier's steps", async () => {
    const preview = await sendFile(owner, "again.csv", qualifiersFile([BOXING]));
    await pressAndEdit(owner, preview, "✅ Применить");
    const boxing = await eventNamed("Test Boxing Qualifier");
    // 12–19 May is ahead on 1 May: nothing to close yet. On its last day it may be closed.
    let m = await ask(owner, `/editqualifier ${boxing?.id}`);
    expect(buttonTexts(m)).not.toContain("🏁 Закрыть с итогом");
    await ask(owner, "/cancel");
    h.clock.set("2027-05-19T06:00:00Z");
    m = await ask(owner, `/editqualifier ${boxing?.id}`);
    expect(buttonTexts(m)).toContain("🏁 Закрыть с итогом");
    m = await press(owner, m, "🏁 Закрыть с итогом");
    expect(m.text).toContain("Тестовый отборочный турнир: какие лицензии завоёваны здесь?");
    m = await press(owner, m, "✅ Готово (0)");
    expect(m.text).toContain("Предпросмотр");
    m = await press(owner, m, "🏁 Закрыть и разослать итог");
    expect(m.text).toContain(`🏁 Турнир №${boxing?.id} закрыт, лицензий: 0.`);
    expect((await eventNamed("Test Boxing Qualifier"))?.closedBy).toBe(OWNER_ID);
    // Closed: /editqualifier no longer offers it.
    const again = await ask(owner, `/editqualifier ${boxing?.id}`);
    expect(buttonTexts(again)).not.toContain("🏁 Закрыть с итогом");
    expect(buttonTexts(again)).toContain("Дни");
    await ask(owner, "/cancel");
  }, 120_000);
});
