// Staff changes to a Games' programme and windows (/games): planned over the fans' snapshot with
// the refusals said first, saved only over what the editor saw, audited, undone once and only
// while nothing changed since; a Games without programme rows has its offered list confirmed by
// its first change, never emptied; a new sport is found by fans by each of its names at once.
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { auditLog, competitionWindows, fanDataVersion, gamesSports, qualificationEvents, sports } from "../../src/db/schema.js";
import { type FanData, findGames, loadFanData, resolveSport, scheduleFor } from "../../src/domain/fan-data.js";
import { hasConfirmedProgramme, inProgramme } from "../../src/domain/programme.js";
import {
  checkSportName,
  type NewSport,
  type ProgrammePlan,
  planProgrammeEdit,
  saveProgrammeEdit,
  slugFor,
  undoProgrammeEdit,
} from "../../src/domain/programme-edits.js";
import { ReadModel } from "../../src/domain/read-model.js";
import { saveWindowChange, undoWindowChange } from "../../src/domain/window-edits.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { bySlug } from "../helpers/fixtures.js";

let database: TestDatabase;
let model: ReadModel;
const STAFF = 1000001;
const now = new Date("2026-12-01T10:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  model = new ReadModel({ db: database.db });
});
afterAll(async () => database?.close());

const data = () => model.current();
const games = async (slug: string) => findGames(await data(), slug)!.id;
const sport = async (slug: string) => bySlug((await data()).sports, slug).id;
const version = async () => (await database.db.select().from(fanDataVersion))[0]!.version;
const rows = async (gamesId: number) =>
  (await database.db.select().from(gamesSports).where(eq(gamesSports.gamesId, gamesId))).map((r) => r.sportId).sort((a, b) => a - b);

function planned(d: FanData, gamesId: number, edit: Parameters<typeof planProgrammeEdit>[2]): ProgrammePlan {
  const plan = planProgrammeEdit(d, gamesId, edit);
  if ("refused" in plan) throw new Error(`refused: ${plan.refused}`);
  return plan;
}

describe("adding and removing a sport", () => {
  test("breaking added to LA 2028: saved over what the editor saw, audited, in the read model at once; Undo once", async () => {
    const la = await games("la-2028-olympic");
    const breaking = await sport("breaking");
    const plan = planned(await data(), la, { kind: "add", sportId: breaking });
    expect(plan.added).toEqual([breaking]);
    expect(plan.listedAfter).toContain(breaking);
    const v = await version();
    const saved = await saveProgrammeEdit(model, STAFF, plan, now);
    expect(saved.outcome).toBe("saved");
    expect(await version()).toBe(v + 1);
    expect(inProgramme(await data(), la, breaking)).toBe(true);
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.id, saved.outcome === "saved" ? saved.auditId : 0));
    expect(audit).toMatchObject({ action: "programme.add", entity: "games", entityId: String(la), actorId: STAFF, createdAt: now });
    expect(audit?.payload).toMatchObject({
      before: { sports: [], programme: plan.listedBefore.length },
      after: { sports: [{ name: { en: "Breaking" } }], programme: plan.listedBefore.length + 1 },
    });

    // The same plan again: the programme is no longer what it was planned over.
    expect((await saveProgrammeEdit(model, STAFF, plan, now)).outcome).toBe("changed");

    const auditId = saved.outcome === "saved" ? saved.auditId : 0;
    const undone = await undoProgrammeEdit(model, STAFF, auditId, now);
    expect(undone).toMatchObject({ outcome: "undone", gamesId: la, edit: "add", sports: [{ en: "Breaking", ru: "Брейкинг" }] });
    expect(inProgramme(await data(), la, breaking)).toBe(false);
    expect((await undoProgrammeEdit(model, STAFF, auditId, now)).outcome).toBe("already");
  });

  test("the refusals: already in, other kind or season, not in, recorded licenses, results or qualifiers, the last sport", async () => {
    const d = await data();
    const la = await games("la-2028-olympic");
    const paris = await games("paris-2024-olympic");
    expect(planProgrammeEdit(d, la, { kind: "add", sportId: await sport("cricket") })).toMatchObject({ refused: "already-in" });
    expect(planProgrammeEdit(d, la, { kind: "add", sportId: await sport("para-judo") })).toMatchObject({ refused: "other-kind" });
    expect(planProgrammeEdit(d, la, { kind: "add", sportId: await sport("biathlon") })).toMatchObject({ refused: "other-season" });
    expect(planProgrammeEdit(d, la, { kind: "remove", sportId: await sport("breaking") })).toMatchObject({ refused: "not-in" });
    const inUse = planProgrammeEdit(d, paris, { kind: "remove", sportId: await sport("boxing") });
    expect(inUse).toMatchObject({ refused: "in-use", licenses: 2, results: 2 });
    // A qualification event recorded in a sport keeps it in the programme too.
    await database.db.insert(qualificationEvents).values({
      gamesId: la,
      sportId: await sport("shooting"),
      nameEn: "A test qualifier",
      hostTz: "Asia/Qatar",
      firstDay: "2027-11-01",
      lastDay: "2027-11-10",
      createdAt: now,
      updatedAt: now,
    });
    model.changed();
    const shooting = planProgrammeEdit(await data(), la, { kind: "remove", sportId: await sport("shooting") });
    expect(shooting).toMatchObject({ refused: "in-use", licenses: 0, results: 0, qualifiers: 1 });
    const alone = { ...d, programmes: new Map([[la, new Set([await sport("cricket")])]]) };
    expect(planProgrammeEdit(alone, la, { kind: "remove", sportId: await sport("cricket") })).toMatchObject({ refused: "last" });
  });

  test("a sport goes with its disciplines and its window; Undo puts them back, the window's note too", async () => {
    const paris = await games("paris-2024-olympic");
    const aquatics = await sport("aquatics");
    const before = scheduleFor(await data(), paris).filter((w) => w.sport.parentId === aquatics);
    expect(before.length).toBe(5);
    const plan = planned(await data(), paris, { kind: "remove", sportId: aquatics });
    expect(plan.removed.length).toBe(6);
    expect(plan.windowsRemoved.length).toBe(5);
    const saved = await saveProgrammeEdit(model, STAFF, plan, now);
    expect(saved.outcome).toBe("saved");
    expect(scheduleFor(await data(), paris).filter((w) => w.sport.parentId === aquatics)).toEqual([]);
    expect(inProgramme(await data(), paris, await sport("swimming"))).toBe(false);
    const undone = await undoProgrammeEdit(model, STAFF, saved.outcome === "saved" ? saved.auditId : 0, now);
    expect(undone.outcome).toBe("undone");
    expect(scheduleFor(await data(), paris).filter((w) => w.sport.parentId === aquatics)).toEqual(before);

    // The surfing window keeps its note through a removal and its Undo.
    const surfing = await sport("surfing");
    const note = scheduleFor(await data(), paris, surfing)[0]?.note;
    expect(note?.en).toContain("Teahupo'o");
    const removed = await saveProgrammeEdit(model, STAFF, planned(await data(), paris, { kind: "remove", sportId: surfing }), now);
    expect(scheduleFor(await data(), paris, surfing)).toEqual([]);
    await undoProgrammeEdit(model, STAFF, removed.outcome === "saved" ? removed.auditId : 0, now);
    expect(scheduleFor(await data(), paris, surfing)[0]?.note).toEqual(note);
  });
});

describe("a Games without a confirmed programme", () => {
  const kabaddi: NewSport = { name: { en: "Kabaddi", ru: "Кабадди", kk: null }, aliases: ["kabadi", "кабади"] };

  test("a new sport: the offered list is confirmed with it (nothing vanishes), fans find it by each name; Undo takes it all back", async () => {
    const laPara = await games("la-2028-paralympic");
    const brisbanePara = await games("brisbane-2032-paralympic");
    const d = await data();
    expect(hasConfirmedProgramme(d, laPara)).toBe(false);
    const plan = planned(d, laPara, { kind: "create", sport: kabaddi });
    expect(plan.listedBefore).toEqual([]);
    expect(plan.listedAfter).toEqual(plan.offered);
    expect(plan.alsoOfferedAt).toContain(brisbanePara);
    const saved = await saveProgrammeEdit(model, STAFF, plan, now);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    const created = saved.createdSportId!;
    expect(await rows(laPara)).toEqual([...plan.offered, created].sort((a, b) => a - b));
    const after = await data();
    const sportRow = after.sportsById.get(created);
    expect(sportRow).toMatchObject({
      slug: "kabaddi",
      kind: "paralympic",
      season: "summer",
      name: { en: "Kabaddi", ru: "Кабадди", kk: "Kabaddi" },
    });
    for (const query of ["Kabaddi", "кабадди", "KABADI", "кабади"]) {
      expect(resolveSport(after, query), query).toMatchObject({ type: "found", sport: { id: created } });
    }
    // Now taken: a second sport by any of these names is refused, naming this one.
    expect(checkSportName(after.sportIndex, "Кабади")).toEqual({ ok: false, reason: "taken", sportId: created });
    expect(inProgramme(after, brisbanePara, created)).toBe(true);

    const undone = await undoProgrammeEdit(model, STAFF, saved.auditId, now);
    expect(undone).toMatchObject({ outcome: "undone", edit: "create", sports: [{ en: "Kabaddi" }] });
    expect(await rows(laPara)).toEqual([]);
    expect(await database.db.select().from(sports).where(eq(sports.id, created))).toEqual([]);
    expect(resolveSport(await data(), "кабадди").type).toBe("unknown");
  });

  test("removing a sport confirms the rest; a sport created meanwhile makes the plan stale", async () => {
    const laPara = await games("la-2028-paralympic");
    const boccia = await sport("para-boccia");
    const plan = planned(await data(), laPara, { kind: "remove", sportId: boccia });
    // Another editor creates a sport for another Paralympic Games meanwhile: LA's offered list grew.
    const other = planned(await data(), await games("brisbane-2032-paralympic"), {
      kind: "create",
      sport: { name: { en: "Para karate", ru: null, kk: null }, aliases: [] },
    });
    const created = await saveProgrammeEdit(model, STAFF, other, now);
    expect(created.outcome).toBe("saved");
    expect((await saveProgrammeEdit(model, STAFF, plan, now)).outcome).toBe("changed");
    const fresh = planned(await data(), laPara, { kind: "remove", sportId: boccia });
    expect((await saveProgrammeEdit(model, STAFF, fresh, now)).outcome).toBe("saved");
    expect(await rows(laPara)).toEqual(fresh.listedAfter);
    expect(fresh.listedAfter).not.toContain(boccia);
    expect(fresh.listedAfter.length).toBe(fresh.offered.length - 1);
  });
});

describe("names of a new sport", () => {
  test("an existing name or alias, in any form a query is read in, is refused naming the sport", async () => {
    const { sportIndex } = await data();
    const boxing = await sport("boxing");
    expect(checkSportName(sportIndex, "Бокс")).toEqual({ ok: false, reason: "taken", sportId: boxing });
    expect(checkSportName(sportIndex, "boks")).toEqual({ ok: false, reason: "taken", sportId: boxing });
    expect(checkSportName(sportIndex, "BOX")).toEqual({ ok: false, reason: "taken", sportId: boxing });
    expect(checkSportName(sportIndex, "Кабадди", { latin: true })).toEqual({ ok: false, reason: "latin" });
    expect(checkSportName(sportIndex, "<b>x</b>")).toEqual({ ok: false, reason: "chars" });
    expect(checkSportName(sportIndex, "🥇")).toEqual({ ok: false, reason: "empty" });
    expect(checkSportName(sportIndex, "x".repeat(61))).toEqual({ ok: false, reason: "too-long", length: 61 });
    expect(checkSportName(sportIndex, "  Sepak   takraw ")).toEqual({ ok: true, value: "Sepak takraw" });
    expect(slugFor("Pétanque & Boules", new Set(["petanque-boules"]))).toBe("petanque-boules-2");
  });
});

describe("competition windows", () => {
  test("added for a sport of the programme, changed, removed; each audited and undone once", async () => {
    const la = await games("la-2028-olympic");
    const lacrosse = await sport("lacrosse");
    const days = { firstDay: "2028-07-16", lastDay: "2028-07-20", startsAt: "2028-07-16T16:00:00.000Z" };
    const added = await saveWindowChange(model, STAFF, { gamesId: la, sportId: lacrosse, before: null, after: days }, now);
    if (added.outcome !== "saved") throw new Error(added.outcome);
    expect(scheduleFor(await data(), la, lacrosse)).toMatchObject([{ firstDay: "2028-07-16", startsAt: new Date(days.startsAt) }]);
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.id, added.auditId));
    expect(audit).toMatchObject({
      action: "window.add",
      payload: { subject: { en: "Lacrosse" }, before: {}, after: { firstDay: "2028-07-16", lastDay: "2028-07-20", firstStart: "09:00" } },
    });

    // Over a window the editor did not see: refused.
    const moved = { ...days, lastDay: "2028-07-22" };
    expect((await saveWindowChange(model, STAFF, { gamesId: la, sportId: lacrosse, before: null, after: moved }, now)).outcome).toBe(
      "changed",
    );
    const edited = await saveWindowChange(model, STAFF, { gamesId: la, sportId: lacrosse, before: days, after: moved }, now);
    expect(edited.outcome).toBe("saved");
    // The add's Undo would overwrite the edit: refused.
    expect((await undoWindowChange(model, STAFF, added.auditId, now)).outcome).toBe("changed");
    const undone = await undoWindowChange(model, STAFF, edited.outcome === "saved" ? edited.auditId : 0, now);
    expect(undone).toMatchObject({ outcome: "undone", change: { before: moved, after: days } });
    expect((await undoWindowChange(model, STAFF, added.auditId, now)).outcome).toBe("undone");
    expect(scheduleFor(await data(), la, lacrosse)).toEqual([]);
    expect((await undoWindowChange(model, STAFF, added.auditId, now)).outcome).toBe("already");
  });

  test("a sport outside the programme has no window; forged audit ids undo nothing", async () => {
    const la = await games("la-2028-olympic");
    const breaking = await sport("breaking");
    const days = { firstDay: "2028-07-16", lastDay: "2028-07-16", startsAt: null };
    expect((await saveWindowChange(model, STAFF, { gamesId: la, sportId: breaking, before: null, after: days }, now)).outcome).toBe(
      "not-in-programme",
    );
    expect(
      await database.db
        .select()
        .from(competitionWindows)
        .where(and(eq(competitionWindows.gamesId, la), eq(competitionWindows.sportId, breaking))),
    ).toEqual([]);
    // Each Undo takes only its own kind of change: a window's audit row is no programme change, and the other way round.
    const first = async (action: string) =>
      (await database.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id)))[0]?.id;
    for (const id of [await first("programme.add"), 2_147_483_647, 0, -1]) {
      expect((await undoWindowChange(model, STAFF, id ?? 0, now)).outcome, String(id)).toBe("gone");
    }
    for (const id of [await first("window.add"), 2_147_483_647, 0, -1]) {
      expect((await undoProgrammeEdit(model, STAFF, id ?? 0, now)).outcome, String(id)).toBe("gone");
    }
  });
});
