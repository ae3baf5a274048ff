// The reference-data upgrade on a database seeded by the previous version (tests/fixtures/seeded-v1.sql):
// after migrating and loading, it holds what a fresh load of today's data holds, except what staff
// changed, which survives.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { asc, eq, sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePgliteDb } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgresDb } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "../../../src/db/handle.js";
import { MIGRATIONS_FOLDER } from "../../../src/db/migrate.js";
import * as schema from "../../../src/db/schema.js";
import { loadSeed, referenceData, type SeedLoadResult } from "../../../src/db/seed/load.js";
import { createEmptyPostgresDatabase, createTestDatabase, type TestDatabase, testDatabaseUrl } from "../../helpers/db.js";

/** When these tests load the reference data: every row it writes is stamped with it. */
const SEEDED_AT = new Date("2026-12-01T00:00:00Z");

const FIXTURE = new URL("../../fixtures/seeded-v1.sql", import.meta.url);
/** The migrations that database had: 0000–0002. */
const V1_MIGRATIONS = 3;

/** A copy of the migrations folder that stops where the previous version did. */
function v1MigrationsFolder(): { folder: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), "migrations-v1-"));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, V1_MIGRATIONS);
  writeFileSync(journalPath, JSON.stringify(journal));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** What staff changed on the old database before the upgrade. */
const staffEdits = `
  update competition_windows set note = 'Staff: finals moved to 6 Aug'
    where sport_id = (select id from sports where slug = 'surfing');
  update licenses set note = 'Staff: confirmed by the federation'
    where seed_key = 'paris-2024-olympic:badminton:panarin';
  update sports set name_kk = 'Қылыш (staff)' where slug = 'fencing';
`;

interface Upgraded {
  db: Db;
  result: SeedLoadResult;
  close(): Promise<void>;
}

async function upgradedPglite(): Promise<Upgraded> {
  const client = new PGlite();
  const db = drizzlePglite({ client, schema });
  const v1 = v1MigrationsFolder();
  try {
    await migratePgliteDb(db, { migrationsFolder: v1.folder });
  } finally {
    v1.remove();
  }
  await client.exec(readFileSync(FIXTURE, "utf8"));
  await client.exec(staffEdits);
  await migratePgliteDb(db, { migrationsFolder: MIGRATIONS_FOLDER });
  const result = await loadSeed(db, { now: SEEDED_AT });
  return { db, result, close: () => client.close() };
}

async function upgradedPostgres(adminUrl: string): Promise<Upgraded> {
  const empty = await createEmptyPostgresDatabase(adminUrl);
  const client = postgres(empty.url, { max: 1, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema });
  const v1 = v1MigrationsFolder();
  try {
    await migratePostgresDb(db, { migrationsFolder: v1.folder });
  } finally {
    v1.remove();
  }
  await client.unsafe(readFileSync(FIXTURE, "utf8"));
  await client.unsafe(staffEdits);
  await migratePostgresDb(db, { migrationsFolder: MIGRATIONS_FOLDER });
  const result = await loadSeed(db, { now: SEEDED_AT });
  return {
    db,
    result,
    close: async () => {
      await client.end({ timeout: 5 });
      await empty.drop();
    },
  };
}

/** Everything the reference data decides, by natural key: no ids, no timestamps. */
async function picture(db: Db) {
  const games = await db.select().from(schema.games).orderBy(asc(schema.games.slug));
  const sports = await db.select().from(schema.sports).orderBy(asc(schema.sports.slug));
  const slugOfSport = new Map(sports.map((s) => [s.id, s.slug]));
  const slugOfGames = new Map(games.map((g) => [g.id, g.slug]));
  const athletes = await db.select().from(schema.athletes);
  const athleteById = new Map(athletes.map((a) => [a.id, a]));
  const names = async (table: typeof schema.licenseAthletes | typeof schema.resultAthletes, owner: number) => {
    const column = "licenseId" in table ? table.licenseId : table.resultId;
    const links = await db.select().from(table).where(eq(column, owner)).orderBy(asc(table.position));
    return links.map((l) => {
      const a = athleteById.get(l.athleteId)!;
      return `${a.seedKey}|${a.nameEn}|${a.nameRu}|${a.nameKk}`;
    });
  };
  const strip = (row: object, ...omit: string[]): Record<string, unknown> =>
    Object.fromEntries(Object.entries(row).filter(([k]) => !["id", "createdAt", "updatedAt", ...omit].includes(k)));
  const licenses = await db.select().from(schema.licenses).orderBy(asc(schema.licenses.seedKey));
  const results = await db.select().from(schema.results).orderBy(asc(schema.results.seedKey));
  const windows = await db.select().from(schema.competitionWindows);
  const totals = await db.select().from(schema.reportedTotals);
  const aliases = await db.select().from(schema.sportAliases);
  const programmes = await db.select().from(schema.gamesSports);
  return {
    games: games.map((g) => strip(g)),
    sports: sports.map((s): Row => ({ ...strip(s, "parentId"), parent: s.parentId && slugOfSport.get(s.parentId) })),
    aliases: aliases.map((a) => `${slugOfSport.get(a.sportId)}:${a.alias}`).sort(),
    programmes: programmes.map((p) => `${slugOfGames.get(p.gamesId)}:${slugOfSport.get(p.sportId)}`).sort(),
    windows: windows
      .map((w): Row & { at: string } => ({
        ...strip(w, "gamesId", "sportId"),
        at: `${slugOfGames.get(w.gamesId)}:${slugOfSport.get(w.sportId)}`,
      }))
      .sort((a, b) => a.at.localeCompare(b.at)),
    athletes: athletes.map((a) => `${a.seedKey}|${a.nameEn}|${a.nameRu}|${a.nameKk}`).sort(),
    licenses: await Promise.all(
      licenses.map(
        async (l): Promise<Row> => ({
          ...strip(l, "gamesId", "sportId"),
          at: `${slugOfGames.get(l.gamesId)}:${slugOfSport.get(l.sportId)}`,
          athletes: await names(schema.licenseAthletes, l.id),
        }),
      ),
    ),
    results: await Promise.all(
      results.map(
        async (r): Promise<Row> => ({
          ...strip(r, "gamesId", "sportId"),
          at: `${slugOfGames.get(r.gamesId)}:${slugOfSport.get(r.sportId)}`,
          athletes: await names(schema.resultAthletes, r.id),
        }),
      ),
    ),
    totals: totals
      .map((t) => ({ ...strip(t, "gamesId"), games: slugOfGames.get(t.gamesId)! }))
      .sort((a, b) => a.games.localeCompare(b.games)),
  };
}

type Row = Record<string, unknown>;
type Picture = Awaited<ReturnType<typeof picture>>;

const engines: [string, () => Promise<Upgraded>][] = [["PGlite", upgradedPglite]];
if (testDatabaseUrl) engines.push(["PostgreSQL", () => upgradedPostgres(testDatabaseUrl!)]);

describe.each(engines)("reference data upgrade on a database seeded by version 1 (%s)", (_engine, open) => {
  let upgraded: Upgraded;
  let fresh: TestDatabase;
  beforeAll(async () => {
    [upgraded, fresh] = await Promise.all([open(), createTestDatabase()]);
  });
  afterAll(async () => {
    await upgraded?.close();
    await fresh?.close();
  });

  test("holds what a fresh load of today's data holds, apart from the staff edits", async () => {
    const after: Picture = await picture(upgraded.db);
    const expected: Picture = await picture(fresh.db);
    // The staff edits, put back to the data's values, are the only differences.
    const surfing = after.windows.find((w) => w.at === "paris-2024-olympic:surfing")!;
    expect(surfing.noteEn).toBe("Staff: finals moved to 6 Aug");
    const panarin = after.licenses.find((l) => l.seedKey === "paris-2024-olympic:badminton:panarin")!;
    expect(panarin.noteEn).toBe("Staff: confirmed by the federation");
    const fencing = after.sports.find((s) => s.slug === "fencing")!;
    expect(fencing.nameKk).toBe("Қылыш (staff)");

    const expectedSurfing = expected.windows.find((w) => w.at === "paris-2024-olympic:surfing")!;
    const expectedPanarin = expected.licenses.find((l) => l.seedKey === "paris-2024-olympic:badminton:panarin")!;
    const expectedFencing = expected.sports.find((s) => s.slug === "fencing")!;
    // A change whose columns staff edited is not applied at all (the surfing correction changes the
    // last day and the note together), and an edited English text gets no translation of the old one.
    expect(surfing).toEqual({ ...expectedSurfing, lastDay: "2024-08-04", noteEn: surfing.noteEn, noteRu: null, noteKk: null });
    expect(panarin).toEqual({ ...expectedPanarin, noteEn: panarin.noteEn, noteRu: null, noteKk: null });
    expect(fencing).toEqual({ ...expectedFencing, nameKk: fencing.nameKk });
    Object.assign(surfing, expectedSurfing);
    Object.assign(panarin, expectedPanarin);
    Object.assign(fencing, expectedFencing);

    expect(after).toEqual(expected);
  });

  test("reports what it changed and what it kept as staff left it, and audits it", async () => {
    const [upgrade, v3] = upgraded.result.upgrades;
    expect(upgraded.result.upgrades.map((u) => u.version)).toEqual([2, 3]);
    expect(upgrade!.kept.sort()).toEqual(["sport:fencing", "window:paris-2024-olympic:surfing"].sort());
    expect(upgrade!.changed).toContain("license:paris-2024-olympic:rowing:yakovlev");
    expect(v3!.changed).toContain("alias:hockey:хоккей");
    const audit = await upgraded.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "reference.upgrade"))
      .orderBy(asc(schema.auditLog.id));
    expect(audit.map((a) => a.entityId)).toEqual(["2", "3"]);
    expect(audit[0]).toMatchObject({ entityId: "2", actorId: null });
  });

  test("gets the winter sports, the LA 2028 additions and each Games' programme; 'хоккей' no longer finds field hockey alone", async () => {
    const after = await picture(upgraded.db);
    const slugs = after.sports.map((s) => s.slug);
    expect(slugs).toEqual(expect.arrayContaining(["biathlon", "ice-hockey", "para-biathlon", "cricket", "ski-mountaineering"]));
    // Sports the first version seeded are summer ones; the new winter ones say so.
    expect(after.sports.find((s) => s.slug === "boxing")?.season).toBe("summer");
    expect(after.sports.find((s) => s.slug === "biathlon")).toMatchObject({ season: "winter", nameRu: "Биатлон", nameKk: "Биатлон" });
    expect(after.programmes).toEqual(expect.arrayContaining(["la-2028-olympic:cricket", "milano-cortina-2026-olympic:biathlon"]));
    expect(after.programmes).not.toContain("la-2028-olympic:breaking");
    expect(after.programmes.filter((p) => p.startsWith("brisbane-2032-"))).toEqual([]);
    expect(after.aliases).not.toContain("hockey:хоккей");
    expect(after.aliases).toContain("hockey:fieldhockey");
    // Field hockey as staff and the first version left it otherwise.
    expect(after.sports.find((s) => s.slug === "hockey")).toMatchObject({ nameRu: "Хоккей на траве", season: "summer" });
  });

  test("is applied once: loading again changes nothing", async () => {
    const before = await picture(upgraded.db);
    const again = await loadSeed(upgraded.db, { data: referenceData, now: SEEDED_AT });
    expect(again.upgrades).toEqual([]);
    expect(Object.values(again.inserted).every((n) => n === 0)).toBe(true);
    expect(await picture(upgraded.db)).toEqual(before);
  });

  test("the old three-swimmers row is gone and the athletes the migration made were adopted, not doubled", async () => {
    const rows = await upgraded.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.athletes)
      .where(sql`${schema.athletes.seedKey} is null`);
    expect(rows[0]!.n).toBe(0);
    const old = await upgraded.db
      .select()
      .from(schema.licenses)
      .where(eq(schema.licenses.seedKey, "paris-2024-paralympic:para-swimming:three-swimmers"));
    expect(old).toEqual([]);
  });
});
