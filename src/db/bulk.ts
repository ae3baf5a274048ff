// Many rows of one table written in one statement: the values travel as one JSON parameter, read
// back into typed columns by jsonb_to_recordset. Drizzle took longer to build a 5,000-row VALUES
// list (15,000 parameters and more) than PGlite took to write it, and a change of 5,000 rows one
// UPDATE at a time was 44 s on PGlite: an import writes that many in a few statements instead.
import { getTableColumns, getTableName, inArray, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./handle.js";

const CHUNK = 1000;

/** The columns named by `keys` (the table's property names), each with its name and SQL type. */
function columnsOf(table: PgTable, keys: readonly string[]): { key: string; column: PgColumn }[] {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  return keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    return { key, column };
  });
}

/** `jsonb_to_recordset($json) as r(<name> <type>, ...)` for these rows, by column name. */
function recordset(
  columns: readonly { key: string; column: PgColumn }[],
  rows: readonly Record<string, unknown>[],
  extra: string[] = [],
): SQL {
  const records = rows.map((row, i) =>
    Object.fromEntries([...columns.map(({ key, column }) => [column.name, row[key] ?? null]), ...extra.map((e) => [e, i])]),
  );
  const typed = [
    ...columns.map(({ column }) => sql`${sql.identifier(column.name)} ${sql.raw(column.getSQLType())}`),
    ...extra.map((e) => sql`${sql.identifier(e)} integer`),
  ];
  return sql`jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as r(${sql.join(typed, sql`, `)})`;
}

const names = (columns: readonly { column: PgColumn }[], prefix?: string) =>
  sql.join(
    columns.map(({ column }) => (prefix ? sql`${sql.raw(prefix)}.${sql.identifier(column.name)}` : sql.identifier(column.name))),
    sql`, `,
  );

/**
 * Inserts rows (each setting the same columns as the first), in their order; returns their ids in
 * the same order when the table has an identity `id` (they are drawn in insertion order).
 */
export async function insertAll<T extends PgTable>(db: Db, table: T, rows: readonly T["$inferInsert"][]): Promise<number[]> {
  const first = rows[0];
  if (!first) return [];
  const columns = columnsOf(table, Object.keys(first));
  const hasId = "id" in getTableColumns(table);
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK) as Record<string, unknown>[];
    const result = await db.execute<{ id: number }>(sql`insert into ${table} (${names(columns)})
      select ${names(columns, "r")} from ${recordset(columns, part, ["ord"])} order by r.ord
      ${hasId ? sql`returning id` : sql``}`);
    const made = (Array.isArray(result) ? result : (result as { rows: { id: number }[] }).rows).map((r) => Number(r.id));
    ids.push(...made.sort((a, b) => a - b));
  }
  return ids;
}

/** Sets, on each row whose `id` is given, the columns in its `set` (every row sets the same columns). */
export async function updateAll<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly { id: number; set: Partial<T["$inferInsert"]> }[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = columnsOf(table, ["id", ...Object.keys(first.set)]);
  const assignments = columns.slice(1).map(({ column }) => sql`${sql.identifier(column.name)} = r.${sql.identifier(column.name)}`);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK).map((row) => ({ id: row.id, ...row.set }));
    await db.execute(sql`update ${table} set ${sql.join(assignments, sql`, `)} from ${recordset(columns, part)}
      where ${table}.id = r.id`);
  }
}

/** Deletes the rows with these ids. */
export async function deleteAll(db: Db, table: PgTable & { id: PgColumn }, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) await db.delete(table).where(inArray(table.id, ids.slice(i, i + CHUNK)));
}
