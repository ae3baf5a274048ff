const MAX_INT4 = 2_147_483_647;

/**
 * Whether a value can be a row id of an `integer` identity column. Ids arrive from callback data
 * and user text; anything else would make PostgreSQL raise "out of range" instead of "not found".
 */
export function isRowId(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_INT4;
}

/** Parses a decimal id from text; null when it cannot be a row id. */
export function parseRowId(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return isRowId(id) ? id : null;
}
