/**
 * `npm run bench`: builds the bot and the bare baseline bot (both run as compiled JS), then runs
 * every benchmark in one process, one after another. `npm run bench -- webhook-latency` (names
 * as below, several allowed) runs only those.
 */
import { execFileSync } from "node:child_process";
import { broadcastCreate } from "./broadcast-create.js";
import { broadcastRate } from "./broadcast-rate.js";
import { coldStart } from "./cold-start.js";
import { csvImport } from "./csv-import.js";
import { floodPacing } from "./flood-pacing.js";
import { ROOT } from "./lib.js";
import { medalCard } from "./medal-card.js";
import { memory } from "./memory.js";
import { resultAlerts } from "./result-alerts.js";
import { spike } from "./spike.js";
import { webhookLatency } from "./webhook-latency.js";

const BENCHMARKS: Record<string, () => Promise<void>> = {
  "cold-start": coldStart,
  "webhook-latency": webhookLatency,
  "flood-pacing": floodPacing,
  "broadcast-create": broadcastCreate,
  "broadcast-rate": broadcastRate,
  "csv-import": csvImport,
  "result-alerts": resultAlerts,
  "medal-card": medalCard,
  memory,
  spike,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(", ")}; known: ${Object.keys(BENCHMARKS).join(", ")}`);
  process.exit(1);
}

execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
execFileSync("npm", ["run", "--silent", "build:bench"], { cwd: ROOT, stdio: "inherit" });
for (const [name, run] of Object.entries(BENCHMARKS)) {
  if (asked.length === 0 || asked.includes(name)) await run();
}
