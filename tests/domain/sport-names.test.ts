// A sport's names given by staff (/games → programme → ✏️ Names): saved only over what the editor
// saw and when no other sport has one of them, audited, in the read model at once, undone once; and
// never overwritten by a later upgrade of the reference data (which would have written "Cricket").
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { auditLog, sportAliases, sports } from "../../src/db/schema.js";
import { loadSeed, referenceData } from "../../src/db/seed/load.js";
import { findGames, resolveSport } from "../../src/domain/fan-data.js";
import { ReadModel } from "../../src/domain/read-model.js";
import { type SportRename, saveSportNames, sportNamesOf, undoSportNames } from "../../src/domain/sport-names.js";
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

async function cricketRename(): Promise<SportRename> {
  const data = await model.current();
  const sportId = bySlug(data.sports, "cricket").id;
  const before = (await sportNamesOf(database.db, sportId))!;
  expect(before).toEqual({ name: { en: "Cricket", ru: "Cricket", kk: "Cricket" }, aliases: ["t20", "крикет"] });
  return {
    gamesId: findGames(data, "la-2028-olympic")!.id,
    sportId,
    before,
    after: { name: { en: "Cricket", ru: "Крикет", kk: "Крикет" }, aliases: ["крикет", "T20", "крикет"] },
  };
}

describe("a sport's names", () => {
  test("saved over what the editor saw, none another sport's; fans' lookups follow at once; Undo once", async () => {
    const rename = await cricketRename();
    const clash = { ...rename, after: { ...rename.after, aliases: ["бокс"] } };
    expect(await saveSportNames(model, STAFF, clash, now)).toMatchObject({ outcome: "taken", name: "бокс" });
    const stale = { ...rename, before: { ...rename.before, aliases: [] } };
    expect((await saveSportNames(model, STAFF, stale, now)).outcome).toBe("changed");
    const outside = { ...rename, gamesId: findGames(await model.current(), "milano-cortina-2026-olympic")!.id };
    expect((await saveSportNames(model, STAFF, outside, now)).outcome).toBe("gone");

    const saved = await saveSportNames(model, STAFF, rename, now);
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    const data = await model.current();
    expect(data.sportsById.get(rename.sportId)?.name).toEqual({ en: "Cricket", ru: "Крикет", kk: "Крикет" });
    expect(resolveSport(data, "Крикет")).toMatchObject({ type: "found", sport: { id: rename.sportId } });
    // Aliases are stored as the reference data's are: normalised, once each.
    expect(await sportNamesOf(database.db, rename.sportId)).toEqual({ name: rename.after.name, aliases: ["t20", "крикет"] });
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.id, saved.auditId));
    expect(audit).toMatchObject({ action: "programme.names", actorId: STAFF, entityId: String(rename.gamesId) });
    expect(audit?.payload).toMatchObject({ before: rename.before, after: { name: rename.after.name } });

    // A version of the reference data that would write its own Russian name keeps the staff's.
    const upgrade = {
      version: 99,
      summary: "test",
      changes: [{ key: "sport:cricket", was: { nameRu: "Cricket", nameKk: "Cricket" } }],
    };
    const data99 = {
      ...referenceData,
      sports: referenceData.sports.map((s) => (s.slug === "cricket" ? { ...s, name: { ...s.name, ru: "Крикет (данные)" } } : s)),
      upgrades: [...referenceData.upgrades, upgrade],
    };
    const loaded = await loadSeed(database.db, { now, data: data99 });
    expect(loaded.upgrades).toEqual([{ version: 99, changed: [], kept: ["sport:cricket"] }]);
    const [row] = await database.db.select().from(sports).where(eq(sports.id, rename.sportId));
    expect([row?.nameRu, row?.nameKk]).toEqual(["Крикет", "Крикет"]);

    const undone = await undoSportNames(model, STAFF, saved.auditId, now);
    expect(undone).toMatchObject({ outcome: "undone", gamesId: rename.gamesId, name: rename.before.name });
    expect(await sportNamesOf(database.db, rename.sportId)).toEqual(rename.before);
    expect((await model.current()).sportsById.get(rename.sportId)?.name.ru).toBe("Cricket");
    expect((await undoSportNames(model, STAFF, saved.auditId, now)).outcome).toBe("already");
    expect((await undoSportNames(model, STAFF, 999999, now)).outcome).toBe("gone");
  });

  test("Undo waits while the names were changed again since", async () => {
    const rename = await cricketRename();
    const first = await saveSportNames(model, STAFF, rename, now);
    if (first.outcome !== "saved") throw new Error(first.outcome);
    const again = { ...rename, before: (await sportNamesOf(database.db, rename.sportId))!, after: { ...rename.after, aliases: [] } };
    const second = await saveSportNames(model, STAFF, again, now);
    if (second.outcome !== "saved") throw new Error(second.outcome);
    expect(await database.db.select().from(sportAliases).where(eq(sportAliases.sportId, rename.sportId))).toEqual([]);
    expect((await undoSportNames(model, STAFF, first.auditId, now)).outcome).toBe("changed");
    expect((await undoSportNames(model, STAFF, second.auditId, now)).outcome).toBe("undone");
    expect((await undoSportNames(model, STAFF, first.auditId, now)).outcome).toBe("undone");
    expect(await sportNamesOf(database.db, rename.sportId)).toEqual(rename.before);
  });
});
