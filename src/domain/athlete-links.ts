// The athletes linked to licenses, results or qualification events (license_athletes,
// result_athletes, qualification_event_athletes), in their order.
import { asc, eq, inArray } from "drizzle-orm";
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

/** Creates the athletes staff named who were not known yet; their ids, in the order given. */
export async function createAthletes(tx: Tx, names: readonly AthleteName[] | undefined, actorId: number, now: Date): Promise<number[]> {
  if (!names?.length) return [];
  const rows = await tx
    .insert(athletesTable)
    .values(names.map((name) => ({ ...toTranslatedKeys(name, "name"), createdBy: actorId, createdAt: now })))
    .returning({ id: athletesTable.id });
  return rows.map((r) => r.id);
}
