/**
 * /import and /export end to end, through the real bot and the local Bot API server (the staff
 * member sends files; the bot downloads them with getFile): the template and its columns in the
 * reader's language; a 500-line file with 3 bad lines refused with exactly those three errors and
 * nothing written; the fixed file previewed and applied in one change (one audit row, no alert);
 * the same file again changes nothing; Undo puts back exactly what was there; export → import
 * round-trips, formula-like cells neutralised in the file and restored in the data; broken,
 * non-UTF-8, non-CSV and oversized files each get their clear answer; non-staff cannot import.
 */
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalUser } from "../../local-api/index.js";
import { athletes, auditLog, broadcasts, licenses } from "../../src/db/schema.js";
import { exportCsv } from "../../src/domain/imports/export.js";
import { licensesKind } from "../../src/domain/imports/kinds/licenses.js";
import { resultsKind } from "../../src/domain/imports/kinds/results.js";
import { addEditor } from "../../src/domain/staff.js";
import { writeCsv } from "../../src/lib/csv.js";
import { ask, type BotHarness, buttonTexts, eventually, pressAndEdit, startBotHarness } from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
const SPORTS = ["boxing", "judo", "wrestling", "athletics", "swimming"];

let h: BotHarness;
let owner: LocalUser;

beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-06T10:00:00Z" });
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", username: "team_owner", languageCode: "en" });
  await ask(owner, "/start");
});
afterAll(async () => h?.stop());

/** 500 licenses at LA 2028, each for a new athlete; `bad` replaces cells of some lines (by file line). */
function licensesFile(bad: Record<number, Partial<Record<string, string>>> = {}): string {
  const rows = Array.from({ length: 500 }, (_, i) => {
    const line = i + 2; // the header is line 1
    const cells: Record<string, string> = {
      games: "la-2028-olympic",
      sport: SPORTS[i % SPORTS.length] ?? "boxing",
      event_en: `Test event ${i + 1}`,
      athletes: `Import Athlete ${i + 1}`,
      quota_places: "1",
      won_on: `2026-0${(i % 9) + 1}-1${i % 10}`,
      source: `https://example.org/qualifier/${i + 1}`,
      ...bad[line],
    };
    return licensesKind.columns.map((c) => cells[c] ?? "");
  });
  return writeCsv(licensesKind.columns, rows).toString("utf8");
}

/** Sends a file and returns the bot's answer (a reply to it). */
async function sendFile(user: LocalUser, fileName: string, bytes: string | Buffer): Promise<BotMessage> {
  await user.sendDocument({ fileName, bytes });
  return user.waitForMessage({ timeoutMs: 20_000 });
}

const count_ = async (table: typeof licenses | typeof athletes | typeof broadcasts) =>
  (await h.db.select({ n: count() }).from(table))[0]?.n;
const imports = () => h.db.select().from(auditLog).where(eq(auditLog.entity, "import"));

describe("/import", () => {
  it("sends a kind's template with its columns explained in the staff member's language", async () => {
    const picker = await ask(owner, "/import");
    expect(picker.text).toContain("Import a CSV file. Which data?");
    expect(buttonTexts(picker)).toEqual(["Qualification events", "Competition windows", "Licenses", "Results"]);
    const next = owner.waitForMessage();
    const { message } = await pressAndEdit(owner, picker, "Licenses");
    expect(message.text).toContain("Template: Licenses.");
    expect(message.text).toContain("• quota_places: quota places, a whole number from 1 to 50.");
    expect(message.text).toContain("la-2028-olympic");
    expect(message.text).toContain("Imported rows send subscribers no alerts.");
    expect(message.html).toContain("<code>won_on</code>");
    const template = await next;
    expect(template.document?.file_name).toBe("licenses-template.csv");
    const file = await owner.download(template);
    expect(file.text).toBe(`\uFEFF${licensesKind.columns.join(",")}\r\n`);

    // A Kazakh-speaking editor reads it in Kazakh.
    const editor = h.api.createUser({ firstName: "Aigerim", languageCode: "kk" });
    await ask(editor, "/start");
    await addEditor(h.db, OWNER_ID, editor.id, h.clock());
    await eventually(async () => expect((await ask(editor, "/import")).text).toContain("CSV файлын импорттау"));
    const kkPicker = editor.messages().at(-1) as BotMessage;
    const kk = await pressAndEdit(editor, kkPicker, "Жарыс күндері");
    expect(kk.message.text).toContain("Үлгі: Жарыс күндері.");
    expect(kk.message.text).toContain("• first_day, last_day: жарыстың бірінші және соңғы күні");
  });

  it("refuses a 500-line file with 3 bad lines, naming each line, column and problem; nothing is written", async () => {
    const before = { licenses: await count_(licenses), athletes: await count_(athletes) };
    const file = licensesFile({ 57: { won_on: "2026-13-45" }, 123: { games: "la-2029-olympic" }, 400: { quota_places: "0" } });
    const reply = await sendFile(owner, "licenses.csv", file);
    expect(reply.text).toBe(
      [
        "❌ Licenses: not imported. 3 errors in 500 rows; nothing was changed.",
        "",
        "Line 57, won_on: “2026-13-45” is not a date: write 2024-07-27 or 27.07.2024.",
        "Line 123, games: there are no Games “la-2029-olympic”: the template's explanation (/import) lists them.",
        "Line 400, quota_places: “0” is not a whole number from 1 to 50.",
        "",
        "Fix them and send the file again.",
      ].join("\n"),
    );
    expect(reply.buttons).toEqual([]);
    expect({ licenses: await count_(licenses), athletes: await count_(athletes) }).toEqual(before);
    expect(await imports()).toEqual([]);
  });

  it("applies the fixed file in one change without alerts; the same file again changes nothing; Undo puts everything back", async () => {
    const before = await exportCsv(h.db, licensesKind);
    const athletesBefore = await count_(athletes);
    const broadcastsBefore = await count_(broadcasts);
    const file = licensesFile();

    const preview = await sendFile(owner, "licenses.csv", file);
    expect(preview.text).toContain("📥 Licenses from licenses.csv: 500 rows, no errors.");
    expect(preview.text).toContain("➕ New: 500 · ✏️ changed: 0 · unchanged: 0");
    expect(preview.text).toContain("👤 New athletes (500): Import Athlete 1, Import Athlete 2,");
    expect(preview.text).toContain("and 490 more.");
    expect(preview.text).toContain("🔕 Imported rows send subscribers no alerts.");
    expect(preview.text).toContain("➕ line 2: Boxing · Import Athlete 1 · Los Angeles 2028");
    expect(buttonTexts(preview)).toEqual(["✅ Apply", "✖️ Cancel"]);

    const applied = await pressAndEdit(owner, preview, "✅ Apply");
    const [audit, ...more] = await imports();
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actorId: OWNER_ID, action: "import.apply", entity: "import", entityId: "licenses" });
    expect(applied.message.text).toBe(
      `✅ Licenses: imported as one change (#${audit?.id}): 500 new, 0 changed, 500 new athletes. Fans see it now. Undo takes the whole import back.`,
    );
    expect(buttonTexts(applied.message)).toEqual(["↩️ Undo this import"]);
    expect(await count_(licenses)).toBe(before.rows + 500);
    expect(await count_(athletes)).toBe((athletesBefore ?? 0) + 500);
    expect(await count_(broadcasts)).toBe(broadcastsBefore);
    const payload = audit?.payload as { rows: { line: number; before: unknown }[]; counts: object };
    expect(payload.counts).toEqual({ new: 500, changed: 0, unchanged: 0 });
    expect(payload.rows).toHaveLength(500);
    expect(payload.rows.every((r) => r.before === null)).toBe(true);
    const [stored] = await h.db
      .select()
      .from(licenses)
      .where(and(eq(licenses.eventEn, "Test event 57"), eq(licenses.source, "https://example.org/qualifier/57")));
    expect(stored).toMatchObject({ quotaPlaces: 1, wonOn: "2026-03-16", createdBy: OWNER_ID, deletedAt: null });

    // Fans read it at once.
    const fan = h.api.createUser({ firstName: "Fan", languageCode: "en" });
    await ask(fan, "/start");
    expect((await ask(fan, "/licenses la 2028 judo")).text).toContain("Import Athlete 2");

    // Apply pressed again (a double tap): said on the button; the message keeps its Undo.
    const again = await owner.press(applied.message, { data: preview.buttons[0]?.[0]?.data ?? "" });
    expect(again.text).toBe(`This file was imported already (change #${audit?.id}); nothing was written twice.`);
    expect(await count_(licenses)).toBe(before.rows + 500);

    // The same file again: nothing new, nothing changed, no Apply.
    const same = await sendFile(owner, "licenses.csv", file);
    expect(same.text).toContain("➕ New: 0 · ✏️ changed: 0 · unchanged: 500");
    expect(same.text).toContain("Nothing to change: every row is as stored.");
    expect(same.buttons).toEqual([]);

    // Undo: exactly the data there was, athletes too; one more audit row.
    const undone = await pressAndEdit(owner, applied.message, "↩️ Undo this import");
    expect(undone.message.text).toBe(`↩️ Import #${audit?.id} undone: 500 added rows removed, 0 changed rows restored as they were.`);
    expect((await exportCsv(h.db, licensesKind)).bytes.equals(before.bytes)).toBe(true);
    expect(await count_(athletes)).toBe(athletesBefore);
    expect((await imports()).map((r) => r.action)).toEqual(["import.apply", "import.undo"]);
    await eventually(async () => expect((await ask(fan, "/licenses la 2028 judo")).text).not.toContain("Import Athlete 2"));
    const second = await owner.press(undone.message, { data: applied.message.buttons[0]?.[0]?.data ?? "" });
    expect(second.text).toBe(`Import #${audit?.id} was undone already; nothing was changed.`);
  }, 120_000);
});

describe("/export", () => {
  it("sends the data as the import's CSV, formula-like cells neutralised; sent back, it changes nothing", async () => {
    const sent = await ask(owner, "/export results");
    expect(sent.document?.file_name).toBe("results-2026-12-06.csv");
    expect(sent.text).toMatch(/^📤 Results: \d+ rows\. Edit the file/);
    const file = await owner.download(sent);
    expect(file.text.split("\r\n")[0]).toBe(`\uFEFF${resultsKind.columns.join(",")}`);
    // Paris 2024's "+70 kg" would start a formula in a spreadsheet.
    expect(file.text).toContain(",'+70 kg,");
    expect(file.text).not.toMatch(/,\+70 kg/);
    const back = await sendFile(owner, "results-2026-12-06.csv", file.bytes);
    expect(back.text).toMatch(/➕ New: 0 · ✏️ changed: 0 · unchanged: \d+/);
    expect(back.text).toContain("Nothing to change: every row is as stored.");

    // A kind by its name in another language, and one that does not exist.
    expect((await ask(owner, "/export лицензии")).document?.file_name).toBe("licenses-2026-12-06.csv");
    const unknown = await ask(owner, "/export medals");
    expect(unknown.text).toContain("There is no “medals” to export.");
    expect(buttonTexts(unknown)).toEqual(["Qualification events", "Competition windows", "Licenses", "Results"]);
  });

  it("keeps a value that starts like a formula as typed, and writes it neutralised", async () => {
    const file = licensesFile().split("\r\n").slice(0, 2);
    const cells = (file[1] ?? "").split(",");
    const note = licensesKind.columns.indexOf("note_en");
    cells[note] = '\'=HYPERLINK("https://example.org";"x")'; // as the export writes a note starting with "="
    const csv = `${file[0]}\r\n${cells.map((c, i) => (i === note ? `"${c.replace(/"/g, '""')}"` : c)).join(",")}\r\n`;
    const preview = await sendFile(owner, "one.csv", csv);
    await pressAndEdit(owner, preview, "✅ Apply");
    const [stored] = await h.db.select().from(licenses).where(eq(licenses.eventEn, "Test event 1"));
    expect(stored?.noteEn).toBe('=HYPERLINK("https://example.org";"x")');
    const exported = await owner.download(await ask(owner, "/export licenses"));
    expect(exported.text).toContain(`"'=HYPERLINK(""https://example.org"";""x"")"`);
  });
});

describe("files that are not imported", () => {
  it("answers each with what is wrong and changes nothing", async () => {
    const before = await count_(licenses);
    const header = licensesKind.columns.join(",");
    const cases: [string, string | Buffer, string][] = [
      ["broken.csv", `${header}\r\nx,"la-2028-olympic,boxing\r\n`, "The quotes in this file are broken on line 2"],
      ["win.csv", Buffer.from([0x73, 0x70, 0x6f, 0x72, 0x74, 0x0a, 0xc1, 0xee, 0xea, 0xf1, 0x0a]), "This file is not in UTF-8"],
      ["licenses.xlsx", Buffer.from("PK\u0003\u0004rest"), "This is a spreadsheet workbook, not a CSV file."],
      ["photo.jpg", Buffer.from([0xff, 0xd8, 0xff, 0xe0]), "This is not a CSV file."],
      ["notes.csv", "name,age\r\nAru,20\r\n", "The first line of this file is not the header of an import template"],
      ["short.csv", `${header.replace(",won_on", "")}\r\n`, "• these columns are missing: won_on"],
      ["big.csv", `${header}\r\n${"x".repeat(5 * 1024 * 1024)}`, "This file is 5 MB; files of up to 5 MB are imported."],
    ];
    for (const [name, bytes, expected] of cases) expect((await sendFile(owner, name, bytes)).text, name).toContain(expected);
    expect(await count_(licenses)).toBe(before);
  });
});

describe("non-staff", () => {
  it("cannot import: the command is refused, a file gets the fans' hint, forged buttons change nothing", async () => {
    const fan = h.api.createUser({ firstName: "Fan", languageCode: "ru" });
    await ask(fan, "/start");
    const before = { licenses: await count_(licenses), imports: (await imports()).length };
    expect((await ask(fan, "/import")).text).toBe("Эта команда — для сотрудников команды.");
    expect((await ask(fan, "/export licenses")).text).toBe("Эта команда — для сотрудников команды.");
    const reply = await sendFile(fan, "licenses.csv", licensesFile());
    expect(reply.text).not.toContain("📥");
    const shown = await ask(fan, "/start");
    for (const data of ["ima:0123456789abcdef", "imu:1", "imc"]) {
      expect((await fan.press(shown, { data })).text).toBe("Эта команда — для сотрудников команды.");
    }
    expect({ licenses: await count_(licenses), imports: (await imports()).length }).toEqual(before);
  });
});
