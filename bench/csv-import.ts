/**
 * Importing a 5,000-line CSV file of licenses (each line a new license for a new athlete, at LA
 * 2028) on PGlite (on disk, as the bot runs by default) and, with BENCH_DATABASE_URL, on
 * PostgreSQL (a fresh database, dropped afterwards): the check a preview makes, Apply (the check
 * again, then every write and the audit row, one transaction), the same file again (0 changes),
 * the file with every line's note changed (5,000 updates), and Undo of that. The domain's own
 * functions, as the bot calls them; no Telegram in the way.
 *
 *   npx tsx bench/csv-import.ts                      # PGlite only
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/csv-import.ts
 *
 * Each run appends one JSON line to bench/results/csv-import.jsonl (kept in git).
 */
import { appendFileSync, mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "../src/db/client.js";
import { licensesKind } from "../src/domain/imports/kinds/licenses.js";
import { checkImport } from "../src/domain/imports/plan.js";
import { applyImport, undoImport } from "../src/domain/imports/records.js";
import { unobserved } from "../src/domain/read-model.js";
import { writeCsv } from "../src/lib/csv.js";
import { ROOT, scratchDatabase, tempDir } from "./lib.js";
import { gitCommit } from "./memory.js";

const LINES = Number(process.env.LINES ?? 5000);
const SPORTS = ["boxing", "judo", "wrestling", "athletics", "swimming", "weightlifting", "shooting", "cycling-track"];
const STAFF = 1;
const RESULTS = join(ROOT, "bench", "results", "csv-import.jsonl");

function file(note: string): Buffer {
  const rows = Array.from({ length: LINES }, (_, i) => {
    const cells: Record<string, string> = {
      games: "la-2028-olympic",
      sport: SPORTS[i % SPORTS.length] ?? "boxing",
      event_en: `Bench event ${i + 1}`,
      event_ru: `Тестовая дисциплина ${i + 1}`,
      athletes: `Bench Athlete ${i + 1}`,
      quota_places: "1",
      won_on: `2026-0${(i % 9) + 1}-1${i % 10}`,
      how_won_en: "Continental qualifier, final",
      where_won_en: "Tashkent",
      where_won_country: "UZ",
      source: `https://example.org/qualifier/${i + 1}`,
      note_en: note,
    };
    return licensesKind.columns.map((c) => cells[c] ?? "");
  });
  return writeCsv(licensesKind.columns, rows);
}

/**
 * Wall time, and this process's CPU time: on a machine shared with other work the wall time
 * grows with its load, the CPU time much less (on PGlite it includes the database's own work,
 * which runs in this process; on PostgreSQL the server's is not counted).
 */
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000), value };
}

async function run(database: Database, name: string): Promise<Record<string, unknown>> {
  const db = database.db;
  const opts = { lang: "en" as const, now: new Date("2026-12-06T10:00:00Z") };
  const store = unobserved(db);
  const first = file("Imported by the benchmark");
  const changed = file("Changed by the benchmark");

  const preview = await timed(() => checkImport(db, first, opts));
  if (preview.value.status !== "ready") throw new Error(`the file does not check: ${preview.value.status}`);
  const { digest } = preview.value.plan;
  const apply = await timed(() => applyImport(store, STAFF, { bytes: first, name: "bench.csv" }, digest, opts));
  if (apply.value.status !== "applied") throw new Error(`not applied: ${apply.value.status}`);
  const again = await timed(() => checkImport(db, first, opts));
  const unchanged = again.value.status === "ready" ? again.value.plan.counts.unchanged : 0;
  const check2 = await checkImport(db, changed, opts);
  if (check2.status !== "ready") throw new Error(`the changed file does not check: ${check2.status}`);
  const update = await timed(() => applyImport(store, STAFF, { bytes: changed, name: "bench.csv" }, check2.plan.digest, opts));
  if (update.value.status !== "applied") throw new Error(`not applied: ${update.value.status}`);
  const undo = await timed(() => undoImport(store, STAFF, update.value.status === "applied" ? update.value.auditId : 0, opts.now));

  const phases = { preview, applyNew: apply, reimportCheck: again, applyChanged: update, undoChanged: undo };
  const result = {
    database: name,
    lines: LINES,
    bytes: first.length,
    reimportUnchanged: unchanged,
    loadAverage: loadavg()[0],
    ...Object.fromEntries(
      Object.entries(phases).flatMap(([k, v]) => [
        [`${k}Ms`, v.ms],
        [`${k}CpuMs`, v.cpuMs],
      ]),
    ),
  };
  console.log(
    `csv import on ${name}: ${LINES.toLocaleString("en")} lines (${(first.length / 1e6).toFixed(2)} MB), load average ${loadavg()[0]?.toFixed(1)}; ` +
      `wall (this process's CPU): preview ${fmt(preview)}, apply (all new, with new athletes) ${fmt(apply)}, ` +
      `the same file again ${fmt(again)} (${unchanged.toLocaleString("en")} unchanged), ` +
      `apply with every line changed ${fmt(update)}, undo of that ${fmt(undo)}`,
  );
  return result;
}

const fmt = (t: { ms: number; cpuMs: number }) => `${(t.ms / 1000).toFixed(2)} s (${(t.cpuMs / 1000).toFixed(2)} s)`;

export async function csvImport(): Promise<void> {
  const targets: Record<string, unknown>[] = [];
  const dir = tempDir("bench-csv-");
  const pglite = await openDatabase({ dataDir: dir.path });
  try {
    targets.push(await run(pglite, "PGlite"));
  } finally {
    await pglite.close();
    dir.remove();
  }

  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) console.log("csv import on PostgreSQL: set BENCH_DATABASE_URL (a server it may create a database on) to run it");
  else {
    const scratch = await scratchDatabase(adminUrl);
    const pg = await openDatabase({ url: scratch.url });
    try {
      targets.push(await run(pg, "PostgreSQL"));
    } finally {
      await pg.close();
      await scratch.drop();
    }
  }
  mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
  appendFileSync(
    RESULTS,
    `${JSON.stringify({ date: new Date().toISOString(), commit: gitCommit(), node: process.version, unit: "ms", targets })}\n`,
  );
  console.log("  (appended to bench/results/csv-import.jsonl)");
}

if (import.meta.url === `file://${process.argv[1]}`) await csvImport();
