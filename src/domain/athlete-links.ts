// The athletes linked to licenses or results (license_athletes, result_athletes), in their order.
import { asc, eq, inArray } from "drizzle-orm";
import { insertAll } from "../db/bulk.js";
import type { Db } from "../db/handle.js";
import { athletes as athletesTable, licenseAthletes, resultAthletes } from "../db/schema.js";
import { toAthlete } from "./athletes.js";
import type { Athlete } from "./types.js";

const LINKS = {
  license: { table: licenseAthletes, owner: licenseAthletes.licenseId },
  result: { table: resultAthletes, owner: resultAthletes.resultId },
} as const;

/** License or result id -> its athletes, in listed order; ids without athletes are absent. */
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
  for (let i = 0; i < owners.length; i += 500) {
    const part = owners.slice(i, i + 500);
    await db.delete(table).where(
      inArray(
        owner,
        part.map((o) => o.id),
      ),
    );
    const links = part.flatMap((o) => [...new Set(o.athleteIds)].map((athleteId, position) => ({ owner: o.id, athleteId, position })));
    if (kind === "license")
      await insertAll(
        db,
        licenseAthletes,
        links.map(({ owner: licenseId, ...l }) => ({ licenseId, ...l })),
      );
    else
      await insertAll(
        db,
        resultAthletes,
        links.map(({ owner: resultId, ...l }) => ({ resultId, ...l })),
      );
  }
}
