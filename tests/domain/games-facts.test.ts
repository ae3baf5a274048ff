// Staff changes to a Games' facts (/games): written only over the value the editor saw, audited
// with before → after, undone once and only while nobody changed the field since; every change
// bumps fan_data_version, so this process's read model has it in the next read and another
// instance's within its notification.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { auditLog, fanDataVersion, games } from "../../src/db/schema.js";
import { findGames, loadFanData } from "../../src/domain/fan-data.js";
import { gamesFacts, setGamesFact, undoGamesFact } from "../../src/domain/games-facts.js";
import { ReadModel, unobserved } from "../../src/domain/read-model.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { eventually } from "../helpers/wait.js";

let database: TestDatabase;
/** Another instance on the same database: its own pool on PostgreSQL, the same handle on PGlite. */
let other: Database;
let paris: number;
let milan: number;
const STAFF = 1000001;
const now = new Date("2026-12-01T10:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  other = database.url ? await openDatabase({ url: database.url, seed: false }) : database;
  const data = await loadFanData(database.db);
  paris = findGames(data, "paris-2024-olympic")!.id;
  milan = findGames(data, "milano-cortina-2026-paralympic")!.id;
});
afterAll(async () => {
  if (other !== database) await other?.close();
  await database?.close();
});

const version = async () => (await database.db.select().from(fanDataVersion))[0]!.version;
const auditCount = () => database.db.$count(auditLog, eq(auditLog.entity, "games"));
const rank = (model: ReadModel, gamesId: number) => model.current().then((d) => d.games.get(gamesId)?.medalRank);

describe("setGamesFact", () => {
  test("saves over what the editor saw, audited, and the read model has it in the next read", async () => {
    const model = new ReadModel({ db: database.db });
    expect(await rank(model, paris)).toBe(43);
    const v = await version();
    const saved = await setGamesFact(model, STAFF, paris, { field: "medalRank", before: 43, after: 40 }, now);
    expect(saved.outcome).toBe("saved");
    expect(await rank(model, paris)).toBe(40);
    expect(await gamesFacts(database.db, paris)).toEqual({ medalRank: 40 });
    expect(await version()).toBe(v + 1);
    const [row] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.id, saved.outcome === "saved" ? saved.auditId : 0));
    expect(row).toMatchObject({
      actorId: STAFF,
      action: "games.edit",
      entity: "games",
      entityId: String(paris),
      payload: { field: "medalRank", before: { medalRank: 43 }, after: { medalRank: 40 } },
      createdAt: now,
    });
  });

  test("what someone changed meanwhile is never overwritten; an unknown Games changes nothing", async () => {
    const [v, audits] = [await version(), await auditCount()];
    // The editor saw 43; it is 40 now.
    expect(await setGamesFact(unobserved(database.db), STAFF, paris, { field: "medalRank", before: 43, after: 1 }, now)).toEqual({
      outcome: "changed",
    });
    for (const id of [987_654, 0, -1, 2 ** 40])
      expect(await setGamesFact(unobserved(database.db), STAFF, id, { field: "medalRank", before: null, after: 1 }, now)).toEqual({
        outcome: "gone",
      });
    expect(await gamesFacts(database.db, paris)).toEqual({ medalRank: 40 });
    expect(await version()).toBe(v);
    expect(await auditCount()).toBe(audits);
    expect(await gamesFacts(database.db, 987_654)).toBeNull();
  });

  test("another instance's change reaches this one's read model", async () => {
    const model = new ReadModel({
      db: database.db,
      listen: (channel, onNotify, onListen) => database.listen(channel, onNotify, onListen),
      checkEveryMs: 200,
    });
    await model.start();
    try {
      expect(await rank(model, milan)).toBeNull();
      await setGamesFact(unobserved(other.db), STAFF, milan, { field: "medalRank", before: null, after: 21 }, now);
      await eventually(async () => expect(await rank(model, milan)).toBe(21), 3_000);
      await setGamesFact(unobserved(other.db), STAFF, milan, { field: "medalRank", before: 21, after: null }, now);
      await eventually(async () => expect(await rank(model, milan)).toBeNull(), 3_000);
    } finally {
      await model.stop();
    }
  });
});

describe("undoGamesFact", () => {
  test("puts back what the change replaced, once; two presses at once undo it once", async () => {
    const model = new ReadModel({ db: database.db });
    const saved = await setGamesFact(model, STAFF, paris, { field: "medalRank", before: 40, after: 12 }, now);
    if (saved.outcome !== "saved") throw new Error("not saved");
    const audits = await auditCount();
    const presses = await Promise.all([
      undoGamesFact(model, STAFF + 1, saved.auditId, now),
      undoGamesFact(unobserved(other.db), STAFF + 1, saved.auditId, now),
    ]);
    expect(presses.map((p) => p.outcome).sort()).toEqual(["already", "undone"]);
    expect(presses.find((p) => p.outcome === "undone")).toEqual({
      outcome: "undone",
      gamesId: paris,
      change: { field: "medalRank", before: 12, after: 40 },
    });
    expect(await rank(model, paris)).toBe(40);
    expect(await auditCount()).toBe(audits + 1);
    expect(await undoGamesFact(model, STAFF, saved.auditId, now)).toEqual({ outcome: "already" });
  });

  test("refuses once the field changed again since, and for anything that is not a Games change", async () => {
    const model = new ReadModel({ db: database.db });
    const first = await setGamesFact(model, STAFF, paris, { field: "medalRank", before: 40, after: 30 }, now);
    await setGamesFact(model, STAFF, paris, { field: "medalRank", before: 30, after: 31 }, now);
    if (first.outcome !== "saved") throw new Error("not saved");
    const v = await version();
    expect(await undoGamesFact(model, STAFF, first.auditId, now)).toEqual({ outcome: "changed" });
    const [notGames] = await database.db
      .insert(auditLog)
      .values({ action: "license.edit", entity: "license", entityId: "1", createdAt: now })
      .returning();
    for (const id of [notGames!.id, 987_654_321, 0, -5, 2 ** 40])
      expect(await undoGamesFact(model, STAFF, id, now), String(id)).toEqual({ outcome: "gone" });
    expect(await rank(model, paris)).toBe(31);
    expect(await version()).toBe(v);
    // Put back for the other files' expectations (the seeded place).
    await database.db.update(games).set({ medalRank: 43 }).where(eq(games.id, paris));
  });
});
