// The stored rows of a kind as the CSV file import reads (every row, by id), and an empty template.
import type { Db } from "../../db/handle.js";
import { writeCsv } from "../../lib/csv.js";
import type { ImportKind } from "./kind.js";
import { loadReference } from "./reference.js";

export async function exportCsv(db: Db, kind: ImportKind): Promise<{ rows: number; bytes: Buffer }> {
  const ref = await loadReference(db);
  const stored = await kind.stored(db);
  const lookup = { ref, newAthletes: new Map() };
  return {
    rows: stored.length,
    bytes: writeCsv(
      kind.columns,
      stored.map((s) => kind.cells(s.id, s.fields, lookup)),
    ),
  };
}

/** The header row alone: what /import sends to fill in. */
export function templateCsv(kind: ImportKind): Buffer {
  return writeCsv(kind.columns, []);
}
