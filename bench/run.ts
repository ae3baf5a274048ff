/** `npm run bench`: builds the bot, then runs every benchmark in one process, one after another. */
import { execFileSync } from "node:child_process";
import { coldStart } from "./cold-start.js";
import { ROOT } from "./lib.js";
import { broadcastCreate } from "./broadcast-create.js";
import { broadcastRate } from "./broadcast-rate.js";
import { floodPacing } from "./flood-pacing.js";
import { webhookLatency } from "./webhook-latency.js";

execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
await coldStart();
await webhookLatency();
await floodPacing();
await broadcastCreate();
await broadcastRate();
