// The athletes linked to licenses, results or qualification events (license_athletes,
// result_athletes, qualification_event_athletes), in their order.
import { asc, eq, getTableColumns, inArray } from "drizzle-orm";
import { insertAll } from "../db/bulk.js";
import type { Db, Tx } from "../db/handle.js";
import { athletes as athletesTable, licenseAthletes, qualificationEventAthletes, resultAthletes } from "../db/schema.js";
import { toTranslatedKeys } from "../lib/languages.js";
import { toAthlete } from "./athletes.js";
import type { Athlete, AthleteName } from "./types.js";

const LINKS = {
  license: { table: licenseAthletes, owner: licenseAthletes.licenseId },
  result: { table: resultAthletes, owner: resultAthletes.resultId },
  qualifier: { table: qualificationEventAthletes, owner: qualificationEventAthletes.qualifierId },
} as const;

/** License, result or qualification event id -> its athletes, in listed order; ids without athletes are absent. */
export async function athletesOf(db: Db, kind: keyof typeof LINKS, ownerIds: readonly number[]): Promise<Map<number, Athlete[]>> {
  const out = new Map<number, Athlete[]>();
  if (ownerIds.length === 0) return out;
  const { table, owner } = LINKS[kind];
  const rows = await db
    .select({ owner, athlete: athletesTable })
    .from(table)
    .innerJoin(athletesTable, eq(athletesTable.id, table.athleteId))
    .where(inArray(owner, [...new Set(ownerIds)]))
    .orderBy(asc(table.position), asc(athletesTable.id));
  for (const { owner: id, athlete } of rows) {
    const list = out.get(id);
    if (list) list.push(toAthlete(athlete));
    else out.set(id, [toAthlete(athlete)]);
  }
  return out;
}

/** Every link of one kind, as owner id -> athlete ids in listed order (the import compares whole tables). */
export async function allAthleteIds(db: Db, kind: keyof typeof LINKS): Promise<Map<number, number[]>> {
  const { table, owner } = LINKS[kind];
  const rows = await db
    .select({ owner, athleteId: table.athleteId })
    .from(table)
    .orderBy(asc(owner), asc(table.position), asc(table.athleteId));
  const out = new Map<number, number[]>();
  for (const row of rows) out.set(row.owner, [...(out.get(row.owner) ?? []), row.athleteId]);
  return out;
}

/** Links each owner to its athletes in order, replacing the links it had (an owner with none keeps none). */
export async function setAthleteIds(
  db: Db,
  kind: keyof typeof LINKS,
  owners: readonly { id: number; athleteIds: readonly number[] }[],
): Promise<void> {
  const { table, owner } = LINKS[kind];
  // The owner's property in the table (licenseId, resultId, qualifierId).
  const ownerKey = Object.entries(getTableColumns(table)).find(([, column]) => column === owner)?.[0] ?? "";
  for (let i = 0; i < owners.length; i += 500) {
    const part = owners.slice(i, i + 500);
    await db.delete(table).where(
      inArray(
        owner,
        part.map((o) => o.id),
      ),
    );
    const links = part.flatMap((o) => [...new Set(o.athleteIds)].map((athleteId, position) => ({ [ownerKey]: o.id, athleteId, position })));
    await insertAll(db, table, links as never[]);
  }
}

/** Creates the athletes staff named who were not known yet; their ids, in the order given. */
export async function createAthletes(tx: Tx, names: readonly AthleteName[] | undefined, actorId: number, now: Date): Promise<number[]> {
  if (!names?.length) return [];
  return insertAll(
    tx,
    athletesTable,
    names.map((name) => ({ ...toTranslatedKeys(name, "name"), createdBy: actorId, createdAt: now })),
  );
}
