// The lookup, measured: every query of tests/fixtures/lookup-table.ts through lookUp on the shipped
// reference data. Prints the share answered right ("lookup table: 212/214 right (99.1%)") and fails
// when an entry that must hold is wrong, or when any answer is confidently wrong (a sport or athlete
// found that is not the one expected), todo entries included.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { athletes as athletesTable } from "../../src/db/schema.js";
import { type FanData, loadFanData } from "../../src/domain/fan-data.js";
import { type FanLookUp, lookUp } from "../../src/domain/fan-lookup.js";
import { type LookupCase, lookupTable } from "../fixtures/lookup-table.js";
import { createTestDatabase } from "../helpers/db.js";

let database: Database;
let data: FanData;
let seedKeyOf: Map<number, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  data = await loadFanData(database.db);
  const rows = await database.db.select({ id: athletesTable.id, seedKey: athletesTable.seedKey }).from(athletesTable);
  seedKeyOf = new Map(rows.map((r) => [r.id, r.seedKey ?? `#${r.id}`]));
});
afterAll(async () => {
  await database?.close();
});

/** The outcome in the table's terms: "sport:boxing", "athletes:a,b", "ambiguous:a,b" (sorted), "none". */
function outcome(found: FanLookUp): string {
  if (found.type === "sport") return `sport:${found.sport.slug}`;
  if (found.type === "athletes")
    return `athletes:${found.athletes
      .map((a) => seedKeyOf.get(a.id))
      .sort()
      .join(",")}`;
  if (found.match.type === "ambiguous")
    return `ambiguous:${found.match.candidates
      .map((s) => s.slug)
      .sort()
      .join(",")}`;
  return "none";
}

function canonical(expected: string): string {
  const [kind, list] = expected.split(/:(.*)/s);
  return list === undefined ? expected : `${kind}:${list.split(",").sort().join(",")}`;
}

/** Whether what the entry names (its sports or athletes) is in the data; if not, it is a todo. */
function inData(c: LookupCase): boolean {
  const [kind, list] = c.expected.split(/:(.*)/s);
  if (list === undefined) return true;
  const names = list.split(",");
  if (kind === "athletes") return names.every((key) => [...seedKeyOf.values()].includes(key));
  return names.every((slug) => data.sports.some((s) => s.slug === slug));
}

/** Found (a sport or athletes) but not what was expected: the one thing the lookup may never do. */
function confidentlyWrong(got: string, expected: string): boolean {
  return (got.startsWith("sport:") || got.startsWith("athletes:")) && got !== expected;
}

it("answers the lookup table right, and never confidently wrong", () => {
  const started = performance.now();
  const results = lookupTable.map((c) => ({ c, got: outcome(lookUp(data, c.query)), expected: canonical(c.expected), todo: !inData(c) }));
  const perQueryMs = (performance.now() - started) / lookupTable.length;

  const measured = results.filter((r) => !r.todo);
  const right = measured.filter((r) => r.got === r.expected);
  const wrong = measured.filter((r) => r.got !== r.expected);
  const todos = results.filter((r) => r.todo);
  const confident = results.filter((r) => confidentlyWrong(r.got, r.expected));
  const broken = wrong.filter((r) => !r.c.soft);

  const pct = ((100 * right.length) / Math.max(1, measured.length)).toFixed(1);
  const lines = [
    `lookup table: ${right.length}/${measured.length} right (${pct}%); ${confident.length} confidently wrong; ${todos.length} todo (data not merged yet); ${perQueryMs.toFixed(2)} ms per query`,
    ...wrong.map(
      (r) => `  ${r.c.soft ? "soft " : "MISS "}${JSON.stringify(r.c.query)} [${r.c.group}]: expected ${r.expected}, got ${r.got}`,
    ),
    ...todos.map((r) => `  todo ${JSON.stringify(r.c.query)} [${r.c.group}]: expected ${r.expected}, got ${r.got}`),
  ];
  console.log(lines.join("\n"));

  expect(lookupTable.length).toBeGreaterThanOrEqual(200);
  expect(confident.map((r) => `${r.c.query} → ${r.got} (expected ${r.expected})`)).toEqual([]);
  expect(broken.map((r) => `${r.c.query} → ${r.got} (expected ${r.expected})`)).toEqual([]);
});
