/**
 * Cold start: time from spawning the bot process to its first getUpdates call at the local
 * Bot API server, on an empty PGlite directory (initdb, migrations, reference data) with no
 * prepared image cached (src/db/pglite-image.ts: as on a new machine; the bot then caches one),
 * on another empty directory with the image cached, and on an already migrated directory.
 * Each run has a cache of its own (XDG_CACHE_HOME), so "no image" is never helped by an earlier run.
 * Runs the compiled bot (`npm run build` first), as production does, and `npm start`'s tsx path.
 * Each run appends one JSON line to bench/results/cold-start.jsonl (kept in git).
 * Environment: RUNS (5).
 */
import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { startLocalBotApi } from "../local-api/index.js";
import { fmt, median, ROOT, spawnNode, stopChild, tempDir } from "./lib.js";
import { gitCommit } from "./memory.js";

const RUNS = Number(process.env.RUNS ?? 5);
const RESULTS = join(ROOT, "bench", "results", "cold-start.jsonl");

export async function coldStart(): Promise<void> {
  const api = await startLocalBotApi({ floodLimits: false });
  const results: Record<string, unknown>[] = [];
  try {
    for (const [label, args] of [
      ["compiled (node dist/main.js)", ["dist/main.js"]],
      ["npm start (node --import tsx src/main.ts)", ["--import", "tsx", "src/main.ts"]],
    ] as const) {
      const empty: number[] = [];
      const emptyFromImage: number[] = [];
      const migrated: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const dir = tempDir("bench-cold-");
        const cache = { XDG_CACHE_HOME: join(dir.path, "cache") };
        try {
          empty.push(await timeToFirstGetUpdates(api, [...args], { DATA_DIR: join(dir.path, "data"), ...cache }));
          emptyFromImage.push(await timeToFirstGetUpdates(api, [...args], { DATA_DIR: join(dir.path, "second"), ...cache }));
          migrated.push(await timeToFirstGetUpdates(api, [...args], { DATA_DIR: join(dir.path, "data"), ...cache }));
        } finally {
          dir.remove();
        }
      }
      const show = (values: number[]) => `${fmt(median(values))}  (runs: ${values.map((v) => v.toFixed(0)).join(", ")})`;
      console.log(`cold start, ${label}, median of ${RUNS}:`);
      console.log(`  empty PGlite dir, no image:   ${show(empty)}`);
      console.log(`  empty PGlite dir, from image: ${show(emptyFromImage)}`);
      console.log(`  migrated PGlite dir:          ${show(migrated)}`);
      const runs = (values: number[]) => values.map((v) => Math.round(v));
      results.push({
        target: label,
        emptyMedian: Math.round(median(empty)),
        emptyFromImageMedian: Math.round(median(emptyFromImage)),
        migratedMedian: Math.round(median(migrated)),
        empty: runs(empty),
        emptyFromImage: runs(emptyFromImage),
        migrated: runs(migrated),
      });
    }
    const line = { date: new Date().toISOString(), commit: gitCommit(), runs: RUNS, node: process.version, unit: "ms", targets: results };
    mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
    appendFileSync(RESULTS, `${JSON.stringify(line)}\n`);
    console.log(`  (appended to bench/results/cold-start.jsonl)`);
  } finally {
    await api.stop();
  }
}

async function timeToFirstGetUpdates(
  api: Awaited<ReturnType<typeof startLocalBotApi>>,
  args: string[],
  env: Record<string, string>,
): Promise<number> {
  const bot = api.createBot({ username: `cold_${Math.random().toString(36).slice(2, 8)}_bot` });
  // A waiting update makes the first getUpdates answer at once, so its record time is its arrival time.
  const user = api.createUser({ firstName: "Bench" });
  await user.send("/start", { bot });
  const started = performance.now();
  const child = spawnNode(args, { BOT_TOKEN: bot.token, BOT_API_ROOT: api.url, ...env });
  try {
    await api.waitForCall({ method: "getUpdates", botId: bot.id, timeoutMs: 60_000 });
    return performance.now() - started;
  } finally {
    await stopChild(child);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await coldStart();
