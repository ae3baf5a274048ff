// Loads the reference data idempotently.
//
// Every item has a natural key ("games:<slug>", "sport:<slug>", "alias:<sport>:<alias>",
// "window:<games>:<sport>", "license:<seed key>", "total:<games>:<as of>"). A key is recorded in
// `seed_applied` in the same transaction that first offers the item, whether it was inserted or an
// equal natural key already existed. Later loads skip recorded keys entirely, so:
//  - re-running changes nothing;
//  - a seeded row that staff edited keeps the edit (it is never updated);
//  - a seeded row that staff deleted stays deleted (its key is still recorded);
//  - items added to the data files later are inserted on the next start.
import { inArray } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import { toLangKeys } from "../../lib/languages.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import type { Db, DbLogger, Tx } from "../handle.js";
import {
  competitionWindows,
  games as gamesTable,
  licenses as licensesTable,
  reportedTotals,
  seedApplied,
  sportAliases,
  sports as sportsTable,
} from "../schema.js";
import * as shipped from "./data/index.js";
import type { SeedGames, SeedLicense, SeedReportedTotal, SeedSport, SeedWindow } from "./data/types.js";

export interface SeedData {
  games: readonly SeedGames[];
  sports: readonly SeedSport[];
  windows: readonly SeedWindow[];
  licenses: readonly SeedLicense[];
  reportedTotals: readonly SeedReportedTotal[];
}

/** The reference data shipped with the bot (src/db/seed/data). */
export const referenceData: SeedData = shipped;

export interface SeedResult {
  inserted: { games: number; sports: number; aliases: number; windows: number; licenses: number; reportedTotals: number };
  /** Items whose Games or sport is gone (deleted by staff); retried on the next load. */
  skipped: string[];
}

const keys = {
  games: (g: SeedGames) => `games:${g.slug}`,
  sport: (s: SeedSport) => `sport:${s.slug}`,
  alias: (sport: string, alias: string) => `alias:${sport}:${alias}`,
  window: (w: SeedWindow) => `window:${w.games}:${w.sport}`,
  license: (l: SeedLicense) => `license:${l.key}`,
  total: (t: SeedReportedTotal) => `total:${t.games}:${t.asOf}`,
};

export async function loadSeed(db: Db, data: SeedData = referenceData, logger?: DbLogger): Promise<SeedResult> {
  const result = await db.transaction(async (tx) => {
    const applied = new Set((await tx.select({ key: seedApplied.key }).from(seedApplied)).map((r) => r.key));
    const loader = new SeedTransaction(tx, data, applied);
    return loader.run();
  });
  const total = Object.values(result.inserted).reduce((a, b) => a + b, 0);
  if (total > 0) logger?.info({ inserted: result.inserted }, "reference data loaded");
  if (result.skipped.length > 0) {
    logger?.warn({ skipped: result.skipped }, "reference data skipped: its Games or sport no longer exists");
  }
  return result;
}

class SeedTransaction {
  private readonly offered: string[] = [];
  private readonly skipped: string[] = [];

  constructor(
    private readonly tx: Tx,
    private readonly data: SeedData,
    private readonly applied: Set<string>,
  ) {}

  async run(): Promise<SeedResult> {
    const games = await this.games();
    const { inserted: sports, ids: sportIds } = await this.sports();
    const gameIds = await this.idsBySlug(gamesTable, this.data.games.map((g) => g.slug));
    const inserted = {
      games,
      sports,
      aliases: await this.aliases(sportIds),
      windows: await this.windows(gameIds, sportIds),
      licenses: await this.licenses(gameIds, sportIds),
      reportedTotals: await this.totals(gameIds),
    };
    if (this.offered.length > 0) {
      await this.tx
        .insert(seedApplied)
        .values(this.offered.map((key) => ({ key })))
        .onConflictDoNothing();
    }
    return { inserted, skipped: this.skipped };
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

  private async idsBySlug(
    table: typeof gamesTable | typeof sportsTable,
    slugs: string[],
  ): Promise<Map<string, number>> {
    if (slugs.length === 0) return new Map();
    const rows = await this.tx.select({ id: table.id, slug: table.slug }).from(table).where(inArray(table.slug, slugs));
    return new Map(rows.map((r) => [r.slug, r.id]));
  }

  private async games(): Promise<number> {
    const rows = this.pending(this.data.games, keys.games).map((g) => ({
      slug: g.slug,
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
      note: g.note ?? null,
    }));
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
    const ids = await this.idsBySlug(sportsTable, this.data.sports.map((s) => s.slug));
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
          parentId: s.parent === undefined ? null : (ids.get(s.parent) ?? null),
          ...toLangKeys(s.name, "name"),
        })),
      );
      for (const [slug, id] of await this.idsBySlug(sportsTable, ready.map((s) => s.slug))) ids.set(slug, id);
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

  private async windows(gameIds: Map<string, number>, sportIds: Map<string, number>): Promise<number> {
    const rows = this.withRefs(this.data.windows, keys.window, gameIds, sportIds).map(({ item: w, gamesId, sportId }) => ({
      gamesId,
      sportId,
      firstDay: w.firstDay,
      lastDay: w.lastDay,
      note: w.note ?? null,
    }));
    return this.insertAbsent(competitionWindows, rows);
  }

  private async licenses(gameIds: Map<string, number>, sportIds: Map<string, number>): Promise<number> {
    const rows = this.withRefs(this.data.licenses, keys.license, gameIds, sportIds).map(({ item: l, gamesId, sportId }) => ({
      gamesId,
      sportId,
      event: l.event ?? null,
      athletes: l.athletes,
      team: l.team ?? null,
      quotaPlaces: l.quotaPlaces,
      wonOn: l.wonOn ?? null,
      howWon: l.howWon ?? null,
      whereWon: l.whereWon ?? null,
      source: l.source,
      note: l.note ?? null,
      seedKey: l.key,
    }));
    return this.insertAbsent(licensesTable, rows);
  }

  private async totals(gameIds: Map<string, number>): Promise<number> {
    const rows: (typeof reportedTotals.$inferInsert)[] = [];
    for (const t of this.pending(this.data.reportedTotals, keys.total)) {
      const gamesId = this.resolveRef(gameIds, "games", t.games, keys.total(t));
      if (gamesId === undefined) continue;
      rows.push({
        gamesId,
        asOf: t.asOf,
        licenses: t.licenses,
        sports: t.sports ?? null,
        target: t.target ?? null,
        source: t.source,
        note: t.note ?? null,
      });
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
