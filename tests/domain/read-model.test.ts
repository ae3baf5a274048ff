// The fans' read model: served from memory, rebuilt after this process's writes at once, after
// another instance's within the notification path, and after a missed notification by the check.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { fanDataVersion, licenses } from "../../src/db/schema.js";
import { findGames, getSport, listSports, loadFanData, sportLicenses } from "../../src/domain/fan-data.js";
import { type NewLicense, recordLicense } from "../../src/domain/license-records.js";
import { ReadModel, unobserved } from "../../src/domain/read-model.js";
import { injectDbFaults } from "../helpers/bot.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { bySlug } from "../helpers/fixtures.js";
import { eventually } from "../helpers/wait.js";

let database: TestDatabase;
/** Another instance on the same database: its own pool on PostgreSQL, the same handle on PGlite. */
let other: Database;
let boxing: { gamesId: number; sportId: number };
const STAFF = 1000001;
const now = new Date("2026-12-01T10:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase({ countQueries: true });
  other = database.url ? await openDatabase({ url: database.url, seed: false }) : database;
  const data = await loadFanData(database.db);
  boxing = { gamesId: findGames(data, "la-2028-olympic")!.id, sportId: bySlug(listSports(data), "boxing").id };
});
afterAll(async () => {
  if (other !== database) await other?.close();
  await database?.close();
});

function license(athlete: string): NewLicense {
  return {
    ...boxing,
    athleteIds: [],
    newAthletes: [{ en: athlete }],
    team: null,
    event: { en: "Men's 51 kg" },
    howWon: null,
    wonOn: "2026-11-30",
    quotaPlaces: 1,
    source: null,
  };
}

const named = (model: ReadModel, athlete: string) =>
  model.current().then((d) => sportLicenses(d, boxing.gamesId, boxing.sportId).some((l) => l.athletes[0]?.name.en === athlete));

const listen =
  (db: Database): ConstructorParameters<typeof ReadModel>[0]["listen"] =>
  (channel, onNotify, onListen) =>
    db.listen(channel, onNotify, onListen);

describe("in one process", () => {
  test("a repeat read runs no query", async () => {
    const model = new ReadModel({ db: database.db });
    const first = await model.current();
    const count = database.queryCount!();
    const again = await model.current();
    expect(again).toBe(first);
    expect(database.queryCount!() - count).toBe(0);
  });

  test("a write through the model is in the very next read", async () => {
    const model = new ReadModel({ db: database.db });
    expect(await named(model, "Local Writer")).toBe(false);
    await recordLicense(model, STAFF, license("Local Writer"), now, null);
    expect(await named(model, "Local Writer")).toBe(true);
  });

  test("the snapshot carries the stored version; a write bumps it once, a rolled-back one not at all", async () => {
    const model = new ReadModel({ db: database.db });
    const before = (await model.current()).version;
    const [stored] = await database.db.select().from(fanDataVersion);
    expect(stored!.version).toBe(before);
    await recordLicense(model, STAFF, license("Bumps Once"), now, null);
    expect((await model.current()).version).toBe(before + 1);
    await expect(
      database.db.transaction(async (tx) => {
        await tx.update(licenses).set({ quotaPlaces: 2 }).where(eq(licenses.gamesId, boxing.gamesId));
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const [after] = await database.db.select().from(fanDataVersion);
    expect(after!.version).toBe(before + 1);
  });

  test("a failed rebuild serves the last good snapshot, and the next read tries again", async () => {
    const model = new ReadModel({ db: database.db });
    const good = await model.current();
    const faults = injectDbFaults(database);
    try {
      model.changed();
      faults.outage();
      expect(await model.current()).toBe(good);
    } finally {
      faults.restore();
    }
    const fresh = await model.current();
    expect(fresh).not.toBe(good);
    expect(fresh.version).toBe(good.version);
  });

  test("the first read fails while the database is down, rather than showing nothing as if it were all", async () => {
    const model = new ReadModel({ db: database.db });
    const faults = injectDbFaults(database);
    try {
      faults.outage();
      await expect(model.current()).rejects.toThrow();
    } finally {
      faults.restore();
    }
    expect((await model.current()).catalog.games.length).toBeGreaterThan(0);
  });
});

describe("across instances", () => {
  test("another instance's write arrives by notification within a second", async () => {
    const model = new ReadModel({ db: database.db, listen: listen(database), checkEveryMs: 3_600_000 });
    await model.start();
    try {
      expect(await named(model, "Remote Writer")).toBe(false);
      await recordLicense(unobserved(other.db), STAFF, license("Remote Writer"), now, null);
      await eventually(async () => expect(await named(model, "Remote Writer")).toBe(true), 1_000);
    } finally {
      await model.stop();
    }
  });

  test("a missed notification is caught by the version check", async () => {
    // No listener: every notification is missed.
    const model = new ReadModel({ db: database.db, checkEveryMs: 200 });
    await model.start();
    try {
      expect(await named(model, "Unannounced")).toBe(false);
      await recordLicense(unobserved(other.db), STAFF, license("Unannounced"), now, null);
      await eventually(async () => expect(await named(model, "Unannounced")).toBe(true), 2_000);
    } finally {
      await model.stop();
    }
  });

  test("a write by hand, outside the domain (an operator's SQL), is noticed too", async () => {
    const model = new ReadModel({ db: database.db, listen: listen(database), checkEveryMs: 3_600_000 });
    await model.start();
    try {
      const data = await model.current();
      const sport = getSport(data, boxing.sportId)!;
      await other.db.execute(sql`update sports set name_en = 'Boxing (by hand)' where id = ${sport.id}`);
      await eventually(async () => expect(getSport(await model.current(), sport.id)!.name.en).toBe("Boxing (by hand)"), 1_000);
      await other.db.execute(sql`update sports set name_en = ${sport.name.en} where id = ${sport.id}`);
    } finally {
      await model.stop();
    }
  });
});
