// Loads the reference data idempotently, and upgrades what an earlier version of it wrote.
//
// Every item has a natural key ("games:<slug>", "sport:<slug>", "alias:<sport>:<alias>",
// "programme:<games>:<sport>", "window:<games>:<sport>", "athlete:<key>", "license:<key>", "result:<key>", "total:<games>:<as of>").
// A key is recorded in `seed_applied` in the same transaction that first offers the item, whether it
// was inserted or an equal natural key already existed. Later loads never insert a recorded key
// again, so:
//  - re-running changes nothing;
//  - a seeded row that staff deleted stays deleted (its key is still recorded);
//  - items added to the data files later are inserted on the next start.
//
// Corrections to items already seeded come as versioned upgrades (data/upgrades.ts), each applied
// once ("upgrade:<version>" in seed_applied). A change sets the columns it names only where the row
// still holds what the earlier version wrote there, so a row staff edited keeps the edit; the same
// upgrade fills a missing Russian or Kazakh translation where the English is still the seeded one.
// Rows staff created have no seed key and are never touched.
import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import { LANGS, langKey, toLangKeys, toTranslatedKeys } from "../../lib/languages.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import type { Db, DbLogger, Tx } from "../handle.js";
import {
  athletes as athletesTable,
  auditLog,
  competitionWindows,
  gamesSports,
  games as gamesTable,
  licenseAthletes,
  licenses as licensesTable,
  reportedTotals,
  resultAthletes,
  results as resultsTable,
  seedApplied,
  sportAliases,
  sports as sportsTable,
} from "../schema.js";
import type {
  SeedAthlete,
  SeedGames,
  SeedLicense,
  SeedProgramme,
  SeedReportedTotal,
  SeedResult,
  SeedSport,
  SeedUpgrade,
  SeedWindow,
} from "./data/index.js";
import * as shipped from "./data/index.js";

export interface SeedData {
  games: readonly SeedGames[];
  sports: readonly SeedSport[];
  programmes: readonly SeedProgramme[];
  windows: readonly SeedWindow[];
  athletes: readonly SeedAthlete[];
  licenses: readonly SeedLicense[];
  results: readonly SeedResult[];
  reportedTotals: readonly SeedReportedTotal[];
  upgrades: readonly SeedUpgrade[];
}

/** The reference data shipped with the bot (src/db/seed/data). */
export const referenceData: SeedData = shipped;

type Counts = {
  games: number;
  sports: number;
  aliases: number;
  programmes: number;
  windows: number;
  athletes: number;
  licenses: number;
  results: number;
  reportedTotals: number;
};

export interface SeedLoadResult {
  inserted: Counts;
  /** Upgrades applied by this load, and per upgrade the keys it changed and the ones it left as staff had them. */
  upgrades: { version: number; changed: string[]; kept: string[] }[];
  /** Items whose Games or sport is gone (deleted by staff); retried on the next load. */
  skipped: string[];
}

const keys = {
  games: (g: SeedGames) => `games:${g.slug}`,
  sport: (s: SeedSport) => `sport:${s.slug}`,
  alias: (sport: string, alias: string) => `alias:${sport}:${alias}`,
  programme: (p: { games: string; sport: string }) => `programme:${p.games}:${p.sport}`,
  window: (w: SeedWindow) => `window:${w.games}:${w.sport}`,
  athlete: (a: SeedAthlete) => `athlete:${a.key}`,
  license: (l: SeedLicense) => `license:${l.key}`,
  result: (r: SeedResult) => `result:${r.key}`,
  total: (t: SeedReportedTotal) => `total:${t.games}:${t.asOf}`,
  upgrade: (u: SeedUpgrade) => `upgrade:${u.version}`,
};

export interface LoadSeedOptions {
  /** When the load happens: every row it writes is stamped with it (time is an input). */
  now: Date;
  /** Default: the reference data shipped with the bot. */
  data?: SeedData;
  logger?: DbLogger;
}

export async function loadSeed(db: Db, opts: LoadSeedOptions): Promise<SeedLoadResult> {
  const { now, data = referenceData, logger } = opts;
  const result = await db.transaction(async (tx) => {
    const applied = new Set((await tx.select({ key: seedApplied.key }).from(seedApplied)).map((r) => r.key));
    return new SeedTransaction(tx, data, applied, now).run();
  });
  const total = Object.values(result.inserted).reduce((a, b) => a + b, 0);
  if (total > 0) logger?.info({ inserted: result.inserted }, "reference data loaded");
  for (const u of result.upgrades) {
    logger?.info({ version: u.version, changed: u.changed.length, kept: u.kept }, "reference data upgraded");
  }
  if (result.skipped.length > 0) {
    logger?.warn({ skipped: result.skipped }, "reference data skipped: its Games or sport no longer exists");
  }
  return result;
}

/** A data item as a row: where to find it by its natural key, and what the data says it holds. */
interface SeededRow {
  table: PgTable;
  where: SQL;
  values: Record<string, unknown>;
}

const TRANSLATED: Record<string, readonly string[]> = {
  games: ["note"],
  window: ["note"],
  license: ["event", "team", "howWon", "whereWon", "note"],
  result: ["event", "team", "note"],
  total: ["note"],
};

class SeedTransaction {
  private readonly offered: string[] = [];
  private readonly skipped: string[] = [];
  /** Every data item whose Games and sport exist, by key: what upgrades compare and set. */
  private readonly rows = new Map<string, SeededRow>();

  constructor(
    private readonly tx: Tx,
    private readonly data: SeedData,
    private readonly applied: Set<string>,
    private readonly now: Date,
  ) {}

  async run(): Promise<SeedLoadResult> {
    const games = await this.games();
    const { inserted: sports, ids: sportIds } = await this.sports();
    const gameIds = await this.idsBySlug(
      gamesTable,
      this.data.games.map((g) => g.slug),
    );
    this.describeRows(gameIds, sportIds);
    const upgrades = await this.upgrades();
    const athleteIds = await this.athletes();
    const inserted: Counts = {
      games,
      sports,
      aliases: await this.aliases(sportIds),
      programmes: await this.programmes(gameIds, sportIds),
      windows: await this.windows(gameIds, sportIds),
      athletes: athleteIds.inserted,
      licenses: await this.licenses(gameIds, sportIds, athleteIds.ids),
      results: await this.results(gameIds, sportIds, athleteIds.ids),
      reportedTotals: await this.totals(gameIds),
    };
    if (this.offered.length > 0) {
      await this.tx
        .insert(seedApplied)
        .values(this.offered.map((key) => ({ key, appliedAt: this.now })))
        .onConflictDoNothing();
    }
    return { inserted, upgrades, skipped: this.skipped };
  }

  /** Items not applied before; their keys are recorded as applied at the end of the run. */
  private pending<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
    return items.filter((item) => {
      const key = keyOf(item);
      if (this.applied.has(key)) return false;
      this.offered.push(key);
      return true;
    });
  }

  private skip(key: string): void {
    this.skipped.push(key);
    const at = this.offered.indexOf(key);
    if (at >= 0) this.offered.splice(at, 1);
  }

  /** Inserts the rows whose natural key is still free; returns how many went in. */
  private async insertAbsent<T extends PgTable>(table: T, rows: PgInsertValue<T>[]): Promise<number> {
    if (rows.length === 0) return 0;
    return (await this.tx.insert(table).values(rows).onConflictDoNothing().returning()).length;
  }

  private async idsBySlug(table: typeof gamesTable | typeof sportsTable, slugs: string[]): Promise<Map<string, number>> {
    if (slugs.length === 0) return new Map();
    const rows = await this.tx.select({ id: table.id, slug: table.slug }).from(table).where(inArray(table.slug, slugs));
    return new Map(rows.map((r) => [r.slug, r.id]));
  }

  private async idsBySeedKey(
    table: typeof athletesTable | typeof licensesTable | typeof resultsTable,
    seedKeys: string[],
  ): Promise<Map<string, number>> {
    if (seedKeys.length === 0) return new Map();
    const rows = await this.tx.select({ id: table.id, key: table.seedKey }).from(table).where(inArray(table.seedKey, seedKeys));
    return new Map(rows.map((r) => [r.key!, r.id]));
  }

  // --- the rows as the data describes them -------------------------------------------------

  private describeRows(gameIds: Map<string, number>, sportIds: Map<string, number>): void {
    const add = (key: string, table: PgTable, where: SQL, values: Record<string, unknown>) => this.rows.set(key, { table, where, values });
    for (const g of this.data.games) add(keys.games(g), gamesTable, eq(gamesTable.slug, g.slug), gamesRow(g));
    for (const s of this.data.sports) add(keys.sport(s), sportsTable, eq(sportsTable.slug, s.slug), toLangKeys(s.name, "name"));
    for (const a of this.data.athletes) {
      add(keys.athlete(a), athletesTable, eq(athletesTable.seedKey, a.key), athleteRow(a));
    }
    for (const w of this.data.windows) {
      const gamesId = gameIds.get(w.games);
      const sportId = sportIds.get(w.sport);
      if (gamesId === undefined || sportId === undefined) continue;
      const where = and(eq(competitionWindows.gamesId, gamesId), eq(competitionWindows.sportId, sportId))!;
      add(keys.window(w), competitionWindows, where, { gamesId, sportId, ...windowRow(w) });
    }
    for (const l of this.data.licenses) {
      const gamesId = gameIds.get(l.games);
      const sportId = sportIds.get(l.sport);
      if (gamesId === undefined || sportId === undefined) continue;
      add(keys.license(l), licensesTable, eq(licensesTable.seedKey, l.key), { gamesId, sportId, ...licenseRow(l) });
    }
    for (const r of this.data.results) {
      const gamesId = gameIds.get(r.games);
      const sportId = sportIds.get(r.sport);
      if (gamesId === undefined || sportId === undefined) continue;
      add(keys.result(r), resultsTable, eq(resultsTable.seedKey, r.key), { gamesId, sportId, ...resultRow(r) });
    }
    for (const t of this.data.reportedTotals) {
      const gamesId = gameIds.get(t.games);
      if (gamesId === undefined) continue;
      const where = and(eq(reportedTotals.gamesId, gamesId), eq(reportedTotals.asOf, t.asOf))!;
      add(keys.total(t), reportedTotals, where, { gamesId, ...totalRow(t) });
    }
  }

  // --- upgrades of rows seeded by an earlier version --------------------------------------

  private async upgrades(): Promise<SeedLoadResult["upgrades"]> {
    const out: SeedLoadResult["upgrades"] = [];
    for (const upgrade of [...this.data.upgrades].sort((a, b) => a.version - b.version)) {
      if (this.applied.has(keys.upgrade(upgrade))) continue;
      this.offered.push(keys.upgrade(upgrade));
      const changed: string[] = [];
      const kept: string[] = [];
      for (const change of upgrade.changes) {
        // An item never seeded here is inserted as the data now has it: nothing to upgrade.
        if (!this.applied.has(change.key)) continue;
        const done = "remove" in change ? await this.remove(change.key, change.was) : await this.change(change.key, change.was);
        if (done === null) continue; // already as the data has it (an earlier version's translations filled it)
        (done ? changed : kept).push(change.key);
      }
      changed.push(...(await this.fillTranslations()));
      if (changed.length > 0 || kept.length > 0) {
        out.push({ version: upgrade.version, changed, kept });
        await this.tx.insert(auditLog).values({
          action: "reference.upgrade",
          entity: "reference_data",
          entityId: String(upgrade.version),
          payload: { summary: upgrade.summary, changed, kept },
          createdAt: this.now,
        });
      }
    }
    return out;
  }

  /**
   * Sets the columns in `was` to the data's values, where the row still holds `was`. null when it
   * holds the data's values already: a database seeded before the translations existed had them
   * filled in by an earlier version's upgrade, from today's data.
   */
  private async change(key: string, was: Readonly<Record<string, unknown>>): Promise<boolean | null> {
    const row = this.rows.get(key);
    if (!row) throw new Error(`Reference data upgrade: ${key} is not in the data (or its Games or sport is)`);
    const set: Record<string, unknown> = {};
    for (const column of Object.keys(was)) {
      if (!(column in row.values)) throw new Error(`Reference data upgrade: ${key} has no column ${column}`);
      set[column] = row.values[column] ?? null;
    }
    const updated = await this.tx
      .update(row.table)
      .set(set)
      .where(and(row.where, ...this.holds(row.table, was)))
      .returning();
    if (updated.length > 0) return true;
    const already = await this.tx
      .select()
      .from(row.table)
      .where(and(row.where, ...this.holds(row.table, set)))
      .limit(1);
    return already.length > 0 ? null : false;
  }

  private async remove(key: string, was: Readonly<Record<string, unknown>>): Promise<boolean> {
    const [kind, seedKey] = splitKey(key);
    if (kind === "alias") return this.removeAlias(key, seedKey, was);
    const table = { license: licensesTable, result: resultsTable, athlete: athletesTable }[kind];
    if (!table) throw new Error(`Reference data upgrade: only licenses, results and athletes can be removed (${key})`);
    const removed = await this.tx
      .delete(table)
      .where(and(eq(table.seedKey, seedKey), ...this.holds(table, was)))
      .returning();
    return removed.length > 0;
  }

  /**
   * An alias the data no longer has ("alias:<sport>:<alias>"). The row is all key, so there is no
   * earlier value to compare: `was` must be empty. Its key stays recorded, so it is not offered again.
   */
  private async removeAlias(key: string, rest: string, was: Readonly<Record<string, unknown>>): Promise<boolean> {
    const [slug, alias] = splitKey(rest);
    if (Object.keys(was).length > 0) throw new Error(`Reference data upgrade: an alias has no columns to compare (${key})`);
    if (this.data.sports.some((s) => s.slug === slug && s.aliases.some((a) => normaliseTerm(a) === alias))) {
      throw new Error(`Reference data upgrade: ${key} is removed but the data still has it`);
    }
    const sportId = sql`(select ${sportsTable.id} from ${sportsTable} where ${sportsTable.slug} = ${slug})`;
    const removed = await this.tx
      .delete(sportAliases)
      .where(and(eq(sportAliases.sportId, sportId), eq(sportAliases.alias, alias)))
      .returning();
    return removed.length > 0;
  }

  private holds(table: PgTable, was: Readonly<Record<string, unknown>>): SQL[] {
    const columns = table as unknown as Record<string, PgColumn>;
    return Object.entries(was).map(([column, value]) => {
      const col = columns[column];
      if (!col) throw new Error(`Reference data upgrade: no column ${column}`);
      return value === null ? isNull(col) : sql`${col} = ${col.mapToDriverValue(toColumnValue(col, value))}`;
    });
  }

  /**
   * Adds the data's translations to seeded rows that have none yet, only where the English is still
   * the data's (a translation of some other text would be wrong). Returns the keys it touched.
   */
  private async fillTranslations(): Promise<string[]> {
    const touched: string[] = [];
    for (const [key, row] of this.rows) {
      if (!this.applied.has(key)) continue;
      const columns = row.table as unknown as Record<string, PgColumn>;
      for (const text of TRANSLATED[splitKey(key)[0]] ?? []) {
        const en = row.values[langKey(text, "en")];
        if (typeof en !== "string") continue;
        for (const lang of LANGS) {
          const column = langKey(text, lang);
          const value = row.values[column];
          if (lang === "en" || typeof value !== "string") continue;
          const updated = await this.tx
            .update(row.table)
            .set({ [column]: value })
            .where(and(row.where, eq(columns[langKey(text, "en")]!, en), isNull(columns[column]!)))
            .returning();
          if (updated.length > 0 && !touched.includes(key)) touched.push(key);
        }
      }
    }
    return touched;
  }

  // --- inserts of items not seeded before --------------------------------------------------

  private async games(): Promise<number> {
    const rows = this.pending(this.data.games, keys.games).map((g) => ({ slug: g.slug, ...gamesRow(g) }));
    return this.insertAbsent(gamesTable, rows);
  }

  /** Parents before disciplines, level by level, since a discipline needs its parent's id. */
  private async sports(): Promise<{ inserted: number; ids: Map<string, number> }> {
    const known = new Set(this.data.sports.map((s) => s.slug));
    for (const s of this.data.sports) {
      if (s.parent !== undefined && !known.has(s.parent)) {
        throw new Error(`Reference data: sport ${s.slug} names an unknown parent ${s.parent}`);
      }
    }
    const ids = await this.idsBySlug(
      sportsTable,
      this.data.sports.map((s) => s.slug),
    );
    let waiting = this.pending(this.data.sports, keys.sport);
    let inserted = 0;
    while (waiting.length > 0) {
      const ready = waiting.filter((s) => s.parent === undefined || ids.has(s.parent));
      const blocked = waiting.filter((s) => !ready.includes(s));
      if (ready.length === 0) {
        // Parents that staff deleted: leave their disciplines out rather than orphan them.
        for (const s of blocked) this.skip(keys.sport(s));
        break;
      }
      inserted += await this.insertAbsent(
        sportsTable,
        ready.map((s) => ({
          slug: s.slug,
          kind: s.kind,
          season: s.season,
          parentId: s.parent === undefined ? null : (ids.get(s.parent) ?? null),
          ...toLangKeys(s.name, "name"),
        })),
      );
      for (const [slug, id] of await this.idsBySlug(
        sportsTable,
        ready.map((s) => s.slug),
      ))
        ids.set(slug, id);
      waiting = blocked;
    }
    return { inserted, ids };
  }

  private async aliases(sportIds: Map<string, number>): Promise<number> {
    const all = this.data.sports.flatMap((s) =>
      s.aliases.map((alias) => ({ sport: s.slug, alias: normaliseTerm(alias) })).filter((a) => a.alias.length > 0),
    );
    const rows: { sportId: number; alias: string }[] = [];
    for (const a of this.pending(all, (a) => keys.alias(a.sport, a.alias))) {
      const sportId = sportIds.get(a.sport);
      if (sportId === undefined) this.skip(keys.alias(a.sport, a.alias));
      else rows.push({ sportId, alias: a.alias });
    }
    return this.insertAbsent(sportAliases, rows);
  }

  /** Programme rows not seeded before: a Games and a sport contested there. */
  private async programmes(gameIds: Map<string, number>, sportIds: Map<string, number>): Promise<number> {
    const all = this.data.programmes.flatMap((p) => p.sports.map((sport) => ({ games: p.games, sport })));
    const rows = this.withRefs(all, keys.programme, gameIds, sportIds).map(({ gamesId, sportId }) => ({ gamesId, sportId }));
    return this.insertAbsent(gamesSports, rows);
  }

  /**
   * New athletes, and the ids of all the data's athletes. The schema migration made an athlete of
   * every name a license listed; such a row (no seed key, not made by staff), linked to a seeded
   * license at the place where the data lists this athlete, is adopted and named as the data
   * names it, rather than doubled.
   */
  private async athletes(): Promise<{ inserted: number; ids: Map<string, number> }> {
    let inserted = 0;
    for (const a of this.pending(this.data.athletes, keys.athlete)) {
      const values = athleteRow(a);
      const listedIn = this.data.licenses.flatMap((l) => {
        const position = l.athletes.indexOf(a.key);
        return position >= 0 && this.applied.has(keys.license(l)) ? [{ seedKey: l.key, position }] : [];
      });
      let adopted = false;
      for (const { seedKey, position } of listedIn) {
        const candidate = sql`(select ${licenseAthletes.athleteId} from ${licenseAthletes}
          join ${licensesTable} on ${licensesTable.id} = ${licenseAthletes.licenseId}
          where ${licensesTable.seedKey} = ${seedKey} and ${licenseAthletes.position} = ${position})`;
        const updated = await this.tx
          .update(athletesTable)
          .set({ seedKey: a.key, ...values })
          .where(and(eq(athletesTable.id, candidate), isNull(athletesTable.seedKey), isNull(athletesTable.createdBy)))
          .returning();
        if (updated.length > 0) {
          adopted = true;
          break;
        }
      }
      if (!adopted) inserted += await this.insertAbsent(athletesTable, [{ seedKey: a.key, ...values, createdAt: this.now }]);
    }
    return {
      inserted,
      ids: await this.idsBySeedKey(
        athletesTable,
        this.data.athletes.map((a) => a.key),
      ),
    };
  }

  private async windows(gameIds: Map<string, number>, sportIds: Map<string, number>): Promise<number> {
    const rows = this.withRefs(this.data.windows, keys.window, gameIds, sportIds).map(({ item: w, gamesId, sportId }) => ({
      gamesId,
      sportId,
      ...windowRow(w),
    }));
    return this.insertAbsent(competitionWindows, rows);
  }

  private async licenses(gameIds: Map<string, number>, sportIds: Map<string, number>, athleteIds: Map<string, number>): Promise<number> {
    const items = this.withRefs(this.data.licenses, keys.license, gameIds, sportIds);
    const inserted = await this.insertAbsent(
      licensesTable,
      items.map(({ item: l, gamesId, sportId }) => ({
        gamesId,
        sportId,
        seedKey: l.key,
        ...licenseRow(l),
        createdAt: this.now,
        updatedAt: this.now,
      })),
    );
    const ids = await this.idsBySeedKey(
      licensesTable,
      items.map(({ item }) => item.key),
    );
    await this.link(
      licenseAthletes,
      "licenseId",
      items.map(({ item }) => item),
      ids,
      athleteIds,
    );
    return inserted;
  }

  private async results(gameIds: Map<string, number>, sportIds: Map<string, number>, athleteIds: Map<string, number>): Promise<number> {
    const items = this.withRefs(this.data.results, keys.result, gameIds, sportIds);
    const inserted = await this.insertAbsent(
      resultsTable,
      items.map(({ item: r, gamesId, sportId }) => ({ gamesId, sportId, seedKey: r.key, ...resultRow(r), createdAt: this.now })),
    );
    const ids = await this.idsBySeedKey(
      resultsTable,
      items.map(({ item }) => item.key),
    );
    await this.link(
      resultAthletes,
      "resultId",
      items.map(({ item }) => item),
      ids,
      athleteIds,
    );
    return inserted;
  }

  /** Links newly seeded licenses or results to their athletes, in listed order. */
  private async link(
    table: typeof licenseAthletes | typeof resultAthletes,
    owner: "licenseId" | "resultId",
    items: readonly { key: string; athletes: readonly string[] }[],
    ownerIds: Map<string, number>,
    athleteIds: Map<string, number>,
  ): Promise<void> {
    const rows = items.flatMap((item) => {
      const ownerId = ownerIds.get(item.key);
      if (ownerId === undefined) return [];
      return item.athletes.map((athlete, position) => {
        const athleteId = athleteIds.get(athlete);
        if (athleteId === undefined) throw new Error(`Reference data: ${item.key} names an unknown athlete ${athlete}`);
        return { [owner]: ownerId, athleteId, position };
      });
    });
    if (rows.length > 0)
      await this.tx
        .insert(table)
        .values(rows as never)
        .onConflictDoNothing();
  }

  private async totals(gameIds: Map<string, number>): Promise<number> {
    const rows: (typeof reportedTotals.$inferInsert)[] = [];
    for (const t of this.pending(this.data.reportedTotals, keys.total)) {
      const gamesId = this.resolveRef(gameIds, "games", t.games, keys.total(t));
      if (gamesId !== undefined) rows.push({ gamesId, ...totalRow(t) });
    }
    return this.insertAbsent(reportedTotals, rows);
  }

  /** Pending items with their Games and sport ids resolved; items whose rows are gone are skipped. */
  private withRefs<T extends { games: string; sport: string }>(
    items: readonly T[],
    keyOf: (item: T) => string,
    gameIds: Map<string, number>,
    sportIds: Map<string, number>,
  ): { item: T; gamesId: number; sportId: number }[] {
    const out: { item: T; gamesId: number; sportId: number }[] = [];
    for (const item of this.pending(items, keyOf)) {
      const gamesId = this.resolveRef(gameIds, "games", item.games, keyOf(item));
      const sportId = gamesId === undefined ? undefined : this.resolveRef(sportIds, "sport", item.sport, keyOf(item));
      if (gamesId !== undefined && sportId !== undefined) out.push({ item, gamesId, sportId });
    }
    return out;
  }

  /** The id of a referenced row. Unknown in the data = a bug in it; known but gone = deleted by staff. */
  private resolveRef(ids: Map<string, number>, kind: "games" | "sport", slug: string, key: string): number | undefined {
    const id = ids.get(slug);
    if (id !== undefined) return id;
    const inData = kind === "games" ? this.data.games.some((g) => g.slug === slug) : this.data.sports.some((s) => s.slug === slug);
    if (!inData) throw new Error(`Reference data: ${key} names an unknown ${kind} ${slug}`);
    this.skip(key);
    return undefined;
  }
}

function splitKey(key: string): [kind: string, rest: string] {
  const at = key.indexOf(":");
  return [key.slice(0, at), key.slice(at + 1)];
}

/** A value from upgrades.ts (JSON-like) as the column's own type: ISO instants become Dates. */
function toColumnValue(col: PgColumn, value: unknown): unknown {
  return col.columnType === "PgTimestamp" && typeof value === "string" ? new Date(value) : value;
}

// --- the data's items as column values (without references, which need ids) -----------------

function gamesRow(g: SeedGames) {
  return {
    kind: g.kind,
    season: g.season,
    year: g.year,
    ...toLangKeys(g.hostCity, "hostCity"),
    hostTz: g.hostTz,
    opensOn: g.opensOn,
    closesOn: g.closesOn,
    opensAt: g.opensAt ? new Date(g.opensAt) : null,
    closesAt: g.closesAt ? new Date(g.closesAt) : null,
    competitionStartsOn: g.competitionStartsOn ?? null,
    licenseTarget: g.licenseTarget ?? null,
    licenseTargetAbove: g.licenseTargetAbove ?? false,
    medalRank: g.medalRank ?? null,
    ...toTranslatedKeys(g.note, "note"),
  };
}

function athleteRow(a: SeedAthlete) {
  if (!a.name.en && !a.name.ru && !a.name.kk) throw new Error(`Reference data: athlete ${a.key} has no name`);
  return toTranslatedKeys(a.name, "name");
}

function windowRow(w: SeedWindow) {
  return { firstDay: w.firstDay, lastDay: w.lastDay, ...toTranslatedKeys(w.note, "note") };
}

function licenseRow(l: SeedLicense) {
  return {
    ...toTranslatedKeys(l.event, "event"),
    ...toTranslatedKeys(l.team, "team"),
    quotaPlaces: l.quotaPlaces,
    wonOn: l.wonOn ?? null,
    ...toTranslatedKeys(l.howWon, "howWon"),
    ...toTranslatedKeys(l.whereWon?.city, "whereWon"),
    whereWonCountry: l.whereWon?.country ?? null,
    source: l.source,
    ...toTranslatedKeys(l.note, "note"),
  };
}

function resultRow(r: SeedResult) {
  return {
    medal: r.medal,
    ...toTranslatedKeys(r.event, "event"),
    ...toTranslatedKeys(r.team, "team"),
    wonOn: r.wonOn ?? null,
    source: r.source ?? null,
    ...toTranslatedKeys(r.note, "note"),
  };
}

function totalRow(t: SeedReportedTotal) {
  return {
    asOf: t.asOf,
    licenses: t.licenses,
    sports: t.sports ?? null,
    target: t.target ?? null,
    source: t.source,
    ...toTranslatedKeys(t.note, "note"),
  };
}
