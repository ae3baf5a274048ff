/**
 * Cold start: time from spawning the bot process to its first getUpdates call at the local
 * Bot API server, on an empty PGlite directory (migrations + seed) and on an already migrated one.
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
      const migrated: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const dir = tempDir("bench-cold-");
        try {
          empty.push(await timeToFirstGetUpdates(api, [...args], dir.path));
          migrated.push(await timeToFirstGetUpdates(api, [...args], dir.path));
        } finally {
          dir.remove();
        }
      }
      console.log(`cold start, ${label}, median of ${RUNS}:`);
      console.log(`  empty PGlite dir:    ${fmt(median(empty))}  (runs: ${empty.map((v) => v.toFixed(0)).join(", ")})`);
      console.log(`  migrated PGlite dir: ${fmt(median(migrated))}  (runs: ${migrated.map((v) => v.toFixed(0)).join(", ")})`);
      const runs = (values: number[]) => values.map((v) => Math.round(v));
      results.push({
        target: label,
        emptyMedian: Math.round(median(empty)),
        migratedMedian: Math.round(median(migrated)),
        empty: runs(empty),
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
  dataDir: string,
): Promise<number> {
  const bot = api.createBot({ username: `cold_${Math.random().toString(36).slice(2, 8)}_bot` });
  // A waiting update makes the first getUpdates answer at once, so its record time is its arrival time.
  const user = api.createUser({ firstName: "Bench" });
  await user.send("/start", { bot });
  const started = performance.now();
  const child = spawnNode(args, { BOT_TOKEN: bot.token, BOT_API_ROOT: api.url, DATA_DIR: dataDir });
  try {
    await api.waitForCall({ method: "getUpdates", botId: bot.id, timeoutMs: 60_000 });
    return performance.now() - started;
  } finally {
    await stopChild(child);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await coldStart();
