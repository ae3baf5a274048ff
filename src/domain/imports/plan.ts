// Checking a CSV file before anything is written: it is read (UTF-8, quoting), its header names a
// kind, every line is read into a row with every problem recorded, and each row is matched to the
// stored row it stands for: by its id, else by its kind's key (lines with one key take the stored
// rows with it in order), else it is new. The plan says, row by row, new, changed or unchanged, and
// has a digest: Apply checks the file again in its transaction and goes on only when the digest is
// the same, so what is written is exactly what the preview showed.
import { createHash } from "node:crypto";
import type { Db } from "../../db/handle.js";
import { type CsvProblem, readCsv } from "../../lib/csv.js";
import type { Lang } from "../../lib/languages.js";
import type { AthleteName } from "../types.js";
import { type ImportError, NewAthletes, RowReader, todayAt, zoneCheck } from "./cells.js";
import { type Fields, type ImportKind, type Lookup, sameFields, stableJson } from "./kind.js";
import { loadReference } from "./reference.js";
import { matchHeader } from "./registry.js";

/** The largest file staff may import, and the most rows. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;

export interface PlanRow {
  line: number;
  op: "new" | "changed" | "unchanged";
  /** The stored row it changes or leaves as it is; null for a new one. */
  id: number | null;
  fields: Fields;
  before: Fields | null;
  /** For a changed row: the columns whose cells differ. */
  changed: string[];
}

export interface ImportPlan {
  kind: ImportKind;
  rows: PlanRow[];
  /** Athletes no stored name matches, created with the rows (temporary negative ids until then). */
  newAthletes: { id: number; name: AthleteName; line: number }[];
  counts: { new: number; changed: number; unchanged: number };
  digest: string;
  lookup: Lookup;
}

export type ImportCheck =
  | ({ status: "unreadable" } & CsvProblem)
  /** The header is no kind's (kind null), or a kind's with columns missing, unknown or repeated. */
  | { status: "header"; kind: ImportKind | null; missing: string[]; unknown: string[]; repeated: string[] }
  | { status: "invalid"; kind: ImportKind; rows: number; errors: ImportError[] }
  | { status: "ready"; plan: ImportPlan };

export interface CheckOptions {
  /** The staff member's language (how a new athlete's Cyrillic name is read). */
  lang: Lang;
  now: Date;
}

export async function checkImport(db: Db, bytes: Uint8Array, opts: CheckOptions): Promise<ImportCheck> {
  const csv = readCsv(bytes, MAX_IMPORT_ROWS);
  if (!csv.ok) {
    const { ok: _, ...problem } = csv;
    return { status: "unreadable", ...problem };
  }
  const header = matchHeader(csv.header);
  const { kind } = header;
  if (!kind || header.missing.length + header.unknown.length + header.repeated.length > 0) return { status: "header", ...header };
  const columns = csv.header.map((h) => h.trim().toLowerCase());

  const ref = await loadReference(db);
  const newAthletes = new NewAthletes();
  const context = { ref, newAthletes, lang: opts.lang, today: todayAt(opts.now), knownZone: zoneCheck() };
  const errors: ImportError[] = [];
  const read: { line: number; id: number | null; fields: Fields }[] = [];
  for (const { line, cells } of csv.rows) {
    if (cells.length !== columns.length) {
      errors.push({ line, column: null, problem: "cells", args: { count: cells.length, expected: columns.length } });
      continue;
    }
    const row = new RowReader(line, new Map(columns.map((c, i) => [c, cells[i] ?? ""])), context);
    const parsed = kind.read(row);
    errors.push(...row.errors);
    if (parsed) read.push({ line, ...parsed });
  }
  const stored = await kind.stored(db);
  errors.push(...claimErrors(kind, read, stored));
  if (errors.length > 0) return { status: "invalid", kind, rows: csv.rows.length, errors: errors.sort((a, b) => a.line - b.line) };

  const lookup: Lookup = { ref, newAthletes: new Map(newAthletes.list().map((a) => [a.id, a.name])) };
  const rows = match(kind, read, stored, lookup);
  const counts = { new: 0, changed: 0, unchanged: 0 };
  for (const r of rows) counts[r.op] += 1;
  const newList = newAthletes.list();
  // What is written and what it is written over: a stored row changed since the preview changes it.
  const hash = createHash("sha256").update(stableJson([kind.name, newList]));
  for (const r of rows) hash.update(stableJson([r.line, r.op, r.id, r.fields, r.before]));
  const digest = hash.digest("hex").slice(0, 16);
  return { status: "ready", plan: { kind, rows, newAthletes: newList, counts, digest, lookup } };
}

/** Ids no stored row has, ids two lines give, and (where the table allows one row per key) keys two lines give. */
function claimErrors(
  kind: ImportKind,
  read: readonly { line: number; id: number | null; fields: Fields }[],
  stored: readonly { id: number }[],
) {
  const errors: ImportError[] = [];
  const known = new Set(stored.map((s) => s.id));
  const byId = new Map<number, number>();
  const byKey = new Map<string, number>();
  for (const { line, id, fields } of read) {
    if (id !== null) {
      const first = byId.get(id);
      // As the file writes them: "1234", not "1,234".
      if (!known.has(id)) errors.push({ line, column: "id", problem: "id-unknown", args: { value: String(id) } });
      else if (first !== undefined)
        errors.push({ line, column: "id", problem: "id-repeated", args: { value: String(id), first: String(first) } });
      else byId.set(id, line);
    }
    if (kind.uniqueKey) {
      const key = kind.key(fields);
      const first = byKey.get(key);
      if (first !== undefined) errors.push({ line, column: null, problem: "key-repeated", args: { first: String(first) } });
      else byKey.set(key, line);
    }
  }
  return errors;
}

/**
 * Each line's stored row: the one its id names, else the first stored row with its key that no
 * other line took (ids first, then lines in order, stored rows by id), else none (new).
 */
function match(
  kind: ImportKind,
  read: readonly { line: number; id: number | null; fields: Fields }[],
  stored: readonly { id: number; fields: Fields }[],
  lookup: Lookup,
): PlanRow[] {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const claimed = new Set(read.flatMap((r) => (r.id === null ? [] : [r.id])));
  const pool = new Map<string, { id: number; fields: Fields }[]>();
  for (const s of stored) {
    if (claimed.has(s.id)) continue;
    const key = kind.key(s.fields);
    const same = pool.get(key);
    if (same) same.push(s);
    else pool.set(key, [s]);
  }
  return read.map(({ line, id, fields }) => {
    const target = id !== null ? byId.get(id) : pool.get(kind.key(fields))?.shift();
    if (!target) return { line, op: "new", id: null, fields, before: null, changed: [] };
    if (sameFields(target.fields, fields)) return { line, op: "unchanged", id: target.id, fields, before: target.fields, changed: [] };
    const before = kind.cells(target.id, target.fields, lookup);
    const after = kind.cells(target.id, fields, lookup);
    const changed = kind.columns.filter((_, i) => before[i] !== after[i]);
    return { line, op: "changed", id: target.id, fields, before: target.fields, changed };
  });
}
