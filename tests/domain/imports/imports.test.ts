/**
 * The import's rules on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL), kind by
 * kind: what a line is checked for, which stored row it stands for, that Apply writes the plan it
 * previewed in one transaction (a failure part-way leaves nothing), and that Undo puts back exactly
 * what was there, refusing when a row changed since.
 */
import { and, count, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { athletes, auditLog, broadcasts, licenses, qualificationEvents } from "../../../src/db/schema.js";
import type { ImportError } from "../../../src/domain/imports/cells.js";
import { exportCsv } from "../../../src/domain/imports/export.js";
import type { ImportKind } from "../../../src/domain/imports/kind.js";
import { licensesKind } from "../../../src/domain/imports/kinds/licenses.js";
import { qualifiersKind } from "../../../src/domain/imports/kinds/qualifiers.js";
import { resultsKind } from "../../../src/domain/imports/kinds/results.js";
import { windowsKind } from "../../../src/domain/imports/kinds/windows.js";
import { checkImport, type ImportPlan } from "../../../src/domain/imports/plan.js";
import { applyImport, undoImport } from "../../../src/domain/imports/records.js";
import { correctLicense } from "../../../src/domain/license-records.js";
import { closeQualifier } from "../../../src/domain/qualifier-records.js";
import { unobserved } from "../../../src/domain/read-model.js";
import { readCsv, writeCsv } from "../../../src/lib/csv.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";

const STAFF = 7001;
const now = new Date("2026-12-06T10:00:00Z");
const opts = { lang: "en" as const, now };

let database: TestDatabase;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const file = (kind: ImportKind, rows: Record<string, string>[]) =>
  writeCsv(
    kind.columns,
    rows.map((r) => kind.columns.map((c) => r[c] ?? "")),
  );

async function plan(kind: ImportKind, rows: Record<string, string>[]): Promise<ImportPlan> {
  const check = await checkImport(db(), file(kind, rows), opts);
  if (check.status !== "ready") throw new Error(`not ready: ${JSON.stringify(check).slice(0, 2000)}`);
  return check.plan;
}

async function errors(kind: ImportKind, rows: Record<string, string>[]): Promise<ImportError[]> {
  const check = await checkImport(db(), file(kind, rows), opts);
  if (check.status !== "invalid") throw new Error(`not invalid: ${check.status}`);
  return check.errors;
}

async function apply(kind: ImportKind, rows: Record<string, string>[], name = "file.csv") {
  const bytes = file(kind, rows);
  const check = await checkImport(db(), bytes, opts);
  if (check.status !== "ready") throw new Error(`not ready: ${check.status}`);
  return applyImport(unobserved(db()), STAFF, { bytes, name }, check.plan.digest, opts);
}

const auditId = (outcome: Awaited<ReturnType<typeof apply>>) => (outcome.status === "applied" ? outcome.auditId : -1);
const rowsOf = async (table: PgTable) => (await db().select({ n: count() }).from(table))[0]?.n ?? 0;

describe("competition windows", () => {
  const window = (extra: Record<string, string> = {}) => ({
    games: "la-2028-olympic",
    sport: "lacrosse",
    first_day: "2028-07-15",
    last_day: "2028-07-22",
    ...extra,
  });

  it("adds a window, reads the first start in the host's zone, and takes a spreadsheet's 15.07.2028", async () => {
    const before = await exportCsv(db(), windowsKind);
    const p = await plan(windowsKind, [window({ first_start: "09:30", first_day: "15.07.2028", note_en: "Finals TBC" })]);
    expect(p.counts).toEqual({ new: 1, changed: 0, unchanged: 0 });
    expect(p.rows[0]?.fields).toMatchObject({ firstDay: "2028-07-15", startsAt: "2028-07-15T16:30:00.000Z", note: { en: "Finals TBC" } });
    const applied = await apply(windowsKind, [window({ first_start: "09:30", note_en: "Finals TBC" })]);
    expect(applied).toMatchObject({ status: "applied", counts: { new: 1, changed: 0, unchanged: 0 } });

    // Exported as it was imported; the same line again is unchanged; a start on another day keeps its date.
    const exported = (await exportCsv(db(), windowsKind)).bytes.toString("utf8");
    expect(exported).toContain("la-2028-olympic,lacrosse,2028-07-15,2028-07-22,09:30,Finals TBC,,\r\n");
    expect((await plan(windowsKind, [window({ first_start: "09:30", note_en: "Finals TBC" })])).counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 1,
    });
    const earlier = await plan(windowsKind, [window({ first_start: "2028-07-14 19:00", note_en: "Finals TBC" })]);
    expect(earlier.rows[0]).toMatchObject({ op: "changed", changed: ["first_start"] });

    const undone = await undoImport(unobserved(db()), STAFF, auditId(applied), now);
    expect(undone).toEqual({ status: "undone", kind: "windows", removed: 1, restored: 0 });
    expect((await exportCsv(db(), windowsKind)).bytes.equals(before.bytes)).toBe(true);
  });

  it("names every problem of every line", async () => {
    const found = await errors(windowsKind, [
      window({ last_day: "2028-07-01" }),
      window({ sport: "biathlon" }),
      window({ first_day: "2028-08-20", last_day: "2028-08-21" }),
      window({ sport: "golf", first_start: "25:00" }),
      window({ sport: "golf", note_ru: "Только по-русски" }),
      window({ sport: "football" }),
      window({ sport: "Футбол" }),
      window({ games: "", sport: "крикет", first_day: "soon" }),
      window({ sport: "curling" }),
    ]);
    expect(found.map((e) => [e.line, e.column, e.problem])).toEqual([
      [2, "last_day", "days-order"],
      [3, "sport", "sport-not-held"],
      [4, "first_day", "days-outside"],
      [5, "first_start", "time"],
      [6, "note_en", "english-missing"],
      [8, null, "key-repeated"],
      [9, "games", "required"],
      [9, "first_day", "date"],
      [10, "sport", "sport-not-held"],
    ]);
    expect(found.find((e) => e.problem === "key-repeated")?.args).toEqual({ first: "7" });
  });
});

describe("licenses", () => {
  it("takes stored licenses by their key when a line has no id, in order, so the three unnamed Paralympic swimming licenses stay three", async () => {
    const exported = (await exportCsv(db(), licensesKind)).bytes.toString("utf8");
    const swimming = exported.split("\r\n").filter((l) => l.includes(",para-swimming,"));
    expect(swimming).toHaveLength(3);
    // Without their ids: still three stored licenses, unchanged; a fourth line adds a fourth.
    const lines = swimming.map((l) => l.replace(/^\d+,/, ","));
    const bytes = Buffer.from(`${licensesKind.columns.join(",")}\r\n${[...lines, lines[0]].join("\r\n")}\r\n`);
    const check = await checkImport(db(), bytes, opts);
    expect(check.status === "ready" && check.plan.counts).toEqual({ new: 1, changed: 0, unchanged: 3 });
  });

  it("imports a file exported before licenses named their qualifier (no qualifier column) as unchanged", async () => {
    const exported = readCsv((await exportCsv(db(), licensesKind)).bytes, 10_000);
    if (!exported.ok) throw new Error("export unreadable");
    const keep = exported.header.map((c, i) => (c === "qualifier" ? -1 : i)).filter((i) => i >= 0);
    const older = writeCsv(
      keep.map((i) => exported.header[i] ?? ""),
      exported.rows.map((r) => keep.map((i) => r.cells[i] ?? "")),
    );
    const check = await checkImport(db(), older, opts);
    expect(check.status === "ready" && check.plan.counts).toEqual({ new: 0, changed: 0, unchanged: exported.rows.length });
  });

  it("checks ids, athletes, dates, places and translations", async () => {
    const [storedA] = await db().select({ id: licenses.id }).from(licenses).limit(1);
    const base = { games: "la-2028-olympic", sport: "boxing", quota_places: "1" };
    const found = await errors(licensesKind, [
      { ...base, id: "999999" },
      { ...base, id: String(storedA?.id) },
      { ...base, id: String(storedA?.id) },
      { ...base, athletes: "#999999" },
      { ...base, won_on: "2027-01-01", quota_places: "51" },
      { ...base, games: "paris-2024-olympic", won_on: "2024-08-12", where_won_country: "XX" },
      { ...base, how_won_kk: "Әлем чемпионаты", event_en: "x".repeat(1001) },
      { ...base, athletes: Array.from({ length: 31 }, (_, i) => `A${i}`).join(";") },
      { ...base, athletes: "Nurbek Oralbay; ..." },
    ]);
    expect(found.map((e) => [e.line, e.column, e.problem])).toEqual([
      [2, "id", "id-unknown"],
      [4, "id", "id-repeated"],
      [5, "athletes", "athlete-id"],
      [6, "quota_places", "number"],
      [6, "won_on", "date-future"],
      [7, "won_on", "date-outside-games"],
      [7, "where_won_country", "country"],
      [8, "event_en", "too-long"],
      [8, "how_won_en", "english-missing"],
      [9, "athletes", "athletes-too-many"],
      [10, "athletes", "athlete-name"],
    ]);
  });

  it("names one new athlete once however many lines name them, finds stored ones by any form, and asks for #id where a name is shared", async () => {
    const base = { games: "la-2028-olympic", sport: "boxing", quota_places: "1" };
    const p = await plan(licensesKind, [
      { ...base, event_en: "A", athletes: "Новый Боксёр; Nurbek Oralbay" },
      { ...base, event_en: "B", athletes: "новый  боксёр." },
      { ...base, event_en: "C", athletes: "Нұрбек Оралбай" },
    ]);
    expect(p.newAthletes).toEqual([{ id: -1, name: { ru: "Новый Боксёр" }, line: 2 }]);
    const nurbek = p.rows[2]?.fields as { athleteIds: number[] };
    expect(p.rows.map((r) => (r.fields as { athleteIds: number[] }).athleteIds)).toEqual([
      [-1, ...nurbek.athleteIds],
      [-1],
      nurbek.athleteIds,
    ]);

    // Two athletes with one name: the name is refused, their numbers are not; the export writes the number.
    const [twin] = await db().insert(athletes).values({ nameEn: "Nurbek Oralbay", createdAt: now }).returning({ id: athletes.id });
    const found = await errors(licensesKind, [{ ...base, athletes: "Nurbek Oralbay" }]);
    expect(found).toMatchObject([{ line: 2, column: "athletes", problem: "athlete-ambiguous", args: { value: "Nurbek Oralbay" } }]);
    expect((await plan(licensesKind, [{ ...base, athletes: `#${twin?.id}` }])).counts.new).toBe(1);
    expect((await exportCsv(db(), licensesKind)).bytes.toString("utf8")).toMatch(/,#\d+,/);
    const roundTrip = await checkImport(db(), (await exportCsv(db(), licensesKind)).bytes, opts);
    expect(roundTrip.status === "ready" && roundTrip.plan.counts.changed + roundTrip.plan.counts.new).toBe(0);
    await db()
      .delete(athletes)
      .where(eq(athletes.id, twin?.id ?? 0));
  });

  it("writes nothing when a row fails part-way: the rows before it and the athletes made are rolled back", async () => {
    await db().execute(
      sql.raw(`create function refuse_import_row() returns trigger language plpgsql as $$
        begin if new.event_en = 'Refused by a trigger' then raise exception 'refused'; end if; return new; end $$`),
    );
    await db().execute(
      sql.raw("create trigger refuse_import_row before insert on licenses for each row execute function refuse_import_row()"),
    );
    try {
      const before = { licenses: await rowsOf(licenses), athletes: await rowsOf(athletes), audit: await rowsOf(auditLog) };
      const rows = Array.from({ length: 600 }, (_, i) => ({
        games: "la-2028-olympic",
        sport: "judo",
        event_en: i === 550 ? "Refused by a trigger" : `Atomic ${i}`,
        athletes: `Atomic Athlete ${i}`,
        quota_places: "1",
      }));
      await expect(apply(licensesKind, rows)).rejects.toThrow();
      expect({ licenses: await rowsOf(licenses), athletes: await rowsOf(athletes), audit: await rowsOf(auditLog) }).toEqual(before);
    } finally {
      await db().execute(sql.raw("drop trigger refuse_import_row on licenses"));
      await db().execute(sql.raw("drop function refuse_import_row()"));
    }
  });

  it("applies only the plan previewed, and undoes only while the rows are as it left them", async () => {
    const [first] = await db().select().from(licenses).orderBy(licenses.id).limit(1);
    const id = String(first?.id);
    const exported = (await exportCsv(db(), licensesKind)).bytes.toString("utf8").split("\r\n");
    const line = exported.find((l) => l.startsWith(`${id},`)) ?? "";
    const changed = line.replace(/,(\d+),,/, ",$1,2024-04-20,"); // quota places, then an empty won_on
    expect(changed).not.toBe(line);
    const bytes = Buffer.from(`${exported[0]}\r\n${changed}\r\n`);
    const check = await checkImport(db(), bytes, opts);
    if (check.status !== "ready") throw new Error(check.status);
    expect(check.plan.rows[0]).toMatchObject({ op: "changed", changed: ["won_on"] });

    // The data moves on between the preview and Apply: nothing is written, the new plan is shown.
    await correctLicense(unobserved(db()), STAFF, Number(id), { source: "Moved on" }, now);
    const stale = await applyImport(unobserved(db()), STAFF, { bytes, name: "x.csv" }, check.plan.digest, opts);
    expect(stale.status).toBe("changed");
    expect(
      (
        await db()
          .select()
          .from(licenses)
          .where(eq(licenses.id, Number(id)))
      )[0]?.wonOn,
    ).toBe(first?.wonOn ?? null);

    const fresh = await checkImport(db(), bytes, opts);
    if (fresh.status !== "ready") throw new Error(fresh.status);
    expect(fresh.plan.rows[0]?.changed).toEqual(["won_on", "source"]);
    const applied = await applyImport(unobserved(db()), STAFF, { bytes, name: "x.csv" }, fresh.plan.digest, opts);
    expect(applied).toMatchObject({ status: "applied", counts: { new: 0, changed: 1, unchanged: 0 } });
    const again = await applyImport(unobserved(db()), STAFF, { bytes, name: "x.csv" }, fresh.plan.digest, opts);
    expect(again).toEqual({ status: "already", auditId: auditId(applied) });

    // Changed since: Undo refuses and names the line; put back as the import left it, Undo goes through.
    await correctLicense(unobserved(db()), STAFF, Number(id), { quotaPlaces: 2 }, now);
    expect(await undoImport(unobserved(db()), STAFF, auditId(applied), now)).toEqual({ status: "conflict", kind: "licenses", lines: [2] });
    await correctLicense(unobserved(db()), STAFF, Number(id), { quotaPlaces: first?.quotaPlaces ?? 1 }, now);
    expect(await undoImport(unobserved(db()), STAFF, auditId(applied), now)).toEqual({
      status: "undone",
      kind: "licenses",
      removed: 0,
      restored: 1,
    });
    const [restored] = await db()
      .select()
      .from(licenses)
      .where(eq(licenses.id, Number(id)));
    // As it was just before the import (after the correction made before it).
    expect({ wonOn: restored?.wonOn, source: restored?.source }).toEqual({ wonOn: first?.wonOn ?? null, source: "Moved on" });
    expect(await undoImport(unobserved(db()), STAFF, auditId(applied), now)).toEqual({ status: "already" });
    expect(await undoImport(unobserved(db()), STAFF, 999_999, now)).toEqual({ status: "unknown" });
    const audit = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "import"), eq(auditLog.entityId, "licenses")));
    expect(audit.map((a) => a.action)).toEqual(["import.apply", "import.undo"]);
  });
});

describe("results", () => {
  const base = {
    games: "paris-2024-olympic",
    sport: "judo",
    event_en: "−60 kg",
    event_ru: "до 60 кг",
    event_kk: "60 кг-ға дейін",
    athletes: "Yeldos Smetov",
  };

  it("takes a medal upgraded for a change of the stored result, not a new one", async () => {
    const p = await plan(resultsKind, [{ ...base, medal: "silver", won_on: "2024-07-27" }]);
    expect(p.rows[0]).toMatchObject({ op: "changed", changed: ["medal"] });
  });

  it("needs a medal or a placing, a known medal, the English event, and a day of the Games", async () => {
    const found = await errors(resultsKind, [
      { ...base, event_en: "Team", medal: "" },
      { ...base, event_en: "Team", medal: "platinum" },
      { ...base, event_en: "", event_ru: "Команда", medal: "gold" },
      { ...base, event_en: "Team", medal: "gold", won_on: "2024-07-20" },
    ]);
    expect(found.map((e) => [e.line, e.column, e.problem])).toEqual([
      [2, "placing_en", "medal-or-placing"],
      [3, "medal", "medal"],
      [4, "event_en", "english-missing"],
      [5, "won_on", "date-outside-games"],
    ]);
    const placing = await plan(resultsKind, [{ ...base, event_en: "Team", placing_en: "5th", placing_ru: "5-е место" }]);
    expect(placing.rows[0]).toMatchObject({ op: "new", fields: { medal: null, placing: { en: "5th", ru: "5-е место" } } });
  });
});

describe("qualification events", () => {
  const event = (extra: Record<string, string> = {}) => ({
    games: "la-2028-olympic",
    sport: "boxing",
    name_en: "Test Boxing Qualifier",
    host_tz: "Asia/Qatar",
    first_day: "2026-11-02",
    last_day: "2026-11-09",
    ...extra,
  });

  it("checks the zone, the days and the closed flag; the key is the Games, sport, English name and first day", async () => {
    expect(
      await errors(qualifiersKind, [
        event({ host_tz: "" }),
        event({ last_day: "2027-01-30" }),
        event({ closed: "да?" }),
        event({ name_en: "", name_ru: "Тест" }),
      ]),
    ).toEqual([
      { line: 2, column: "host_tz", problem: "required" },
      { line: 3, column: "last_day", problem: "days-long", args: { max: 45 } },
      { line: 4, column: "closed", problem: "yes-no", args: { value: "да?" } },
      { line: 5, column: "name_en", problem: "english-missing" },
    ]);
    const p = await plan(qualifiersKind, [event({ closed: "Да" }), event({ first_day: "2026-11-03" })]);
    expect(p.rows.map((r) => [r.op, (r.fields as { closed: boolean }).closed])).toEqual([
      ["new", true],
      ["new", false],
    ]);
  });

  it("closes and reopens by file without a summary; a summary /closequalifier left unsent is stopped; Undo puts the closing back", async () => {
    const applied = await apply(qualifiersKind, [event()]);
    expect(applied.status).toBe("applied");
    const [stored] = await db().select().from(qualificationEvents).where(eq(qualificationEvents.nameEn, "Test Boxing Qualifier"));
    const id = stored?.id ?? 0;
    const closed = await closeQualifier(unobserved(db()), STAFF, id, now, { summaryAfterMs: 60_000 });
    expect(closed.status).toBe("closed");
    const summary = () =>
      db()
        .select({ status: broadcasts.status })
        .from(broadcasts)
        .where(sql`${broadcasts.payload}->>'qualifierId' = ${String(id)}`);
    expect(await summary()).toEqual([{ status: "sending" }]);

    const exported = (await exportCsv(db(), qualifiersKind)).bytes.toString("utf8");
    expect(exported).toContain(",yes\r\n");
    const reopen = exported.replace(",yes\r\n", ",\r\n");
    const check = await checkImport(db(), Buffer.from(reopen), opts);
    if (check.status !== "ready") throw new Error(check.status);
    const outcome = await applyImport(unobserved(db()), STAFF, { bytes: Buffer.from(reopen), name: "x.csv" }, check.plan.digest, opts);
    const [after] = await db().select().from(qualificationEvents).where(eq(qualificationEvents.id, id));
    expect(after?.closedAt).toBeNull();
    expect((await summary())[0]?.status).not.toBe("sending");

    expect(await undoImport(unobserved(db()), STAFF, auditId(outcome), now)).toMatchObject({ status: "undone", restored: 1 });
    const [back] = await db().select().from(qualificationEvents).where(eq(qualificationEvents.id, id));
    expect(back?.closedBy).toBe(STAFF);
    expect(await summary()).toHaveLength(1);
  });

  it("closes by file only an event begun in its host's zone; one closed before it began (as staff once could) exports and imports back as it is", async () => {
    // At 10:00 UTC on 6 December it is 13:00 on the 6th in Doha, and midnight of the 7th on Kiritimati (UTC+14).
    const ahead = { first_day: "2026-12-07", last_day: "2026-12-08", closed: "yes" };
    expect(
      await errors(qualifiersKind, [
        event({ ...ahead, name_en: "Test Ahead" }),
        event({ ...ahead, name_en: "Test Kiritimati", host_tz: "Pacific/Kiritimati" }),
      ]),
    ).toEqual([{ line: 2, column: "closed", problem: "qualifier-closed-ahead", args: { value: "2026-12-07" } }]);

    const later = { first_day: "2027-01-10", last_day: "2027-01-12" };
    expect(
      (await apply(qualifiersKind, [event({ ...later, name_en: "Test Open" }), event({ ...later, name_en: "Test Early" })])).status,
    ).toBe("applied");
    const stored = await db().select().from(qualificationEvents).where(eq(qualificationEvents.firstDay, later.first_day));
    const idOf = (name: string) => String(stored.find((q) => q.nameEn === name)?.id);
    await db()
      .update(qualificationEvents)
      .set({ closedAt: now, closedBy: STAFF })
      .where(eq(qualificationEvents.id, Number(idOf("Test Early"))));
    // A line with the open one's number may not close it either.
    expect(await errors(qualifiersKind, [event({ ...later, id: idOf("Test Open"), name_en: "Test Open", closed: "yes" })])).toEqual([
      { line: 2, column: "closed", problem: "qualifier-closed-ahead", args: { value: "2027-01-10" } },
    ]);
    const exported = await exportCsv(db(), qualifiersKind);
    const check = await checkImport(db(), exported.bytes, opts);
    if (check.status !== "ready") throw new Error(check.status);
    expect(check.plan.counts).toEqual({ new: 0, changed: 0, unchanged: exported.rows });
  });
});
