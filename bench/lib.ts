import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import type { LocalBotApi, LocalUser } from "../local-api/index.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The Node flags `npm run start:prod` (and the Docker image) run the bot with: memory and speed depend on them. */
function prodNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  return (pkg.scripts["start:prod"] ?? "").split(/\s+/).filter((arg) => arg.startsWith("--"));
}

/**
 * Runs a Node script as its own process (so the bot does not share an event loop with the load).
 * The compiled bot runs with production's flags, so every bench measures what a deployment runs.
 */
export function spawnNode(args: string[], env: Record<string, string>): ChildProcess {
  // BENCH_NODE_ARGS profiles the processes under test, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const prod = args.includes("dist/main.js") ? prodNodeFlags() : [];
  const child = spawn(process.execPath, [...prod, ...nodeArgs, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return child;
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

export const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

/**
 * CPU time (user + system) a child process has used so far, in ms, from /proc (Linux): what a
 * request costs the process itself, which other load on the machine changes far less than it
 * changes the latency. undefined where /proc is missing.
 */
export function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields 14 and 15 (utime, stime) in clock ticks; the command name (field 2) may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
      .replace(/^.*\) /, "")
      .split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** USER_HZ: 100 on every Linux Node runs on. */
const CLOCK_TICKS = 100;

/** The machine's 1-minute load average, for reading a run's figures (other work slows both targets). */
export const loadAverage = (): number => Math.round(loadavg()[0]! * 100) / 100;

/**
 * Closed loop: `concurrency` requests in flight, each from the chat asked least recently, each
 * waiting for the bot's reply at the local server; latency from the user's send to that reply.
 */
export async function closedLoop(api: LocalBotApi, botId: number, users: LocalUser[], text: string, total: number, concurrency: number) {
  // One reply resolver per chat: each user has at most one request in flight.
  const waiting = new Map<number, () => void>();
  const unsubscribe = api.subscribe((event) => {
    if (event.botId !== botId || event.kind !== "sent") return;
    const resolve = waiting.get(event.chatId);
    if (resolve) {
      waiting.delete(event.chatId);
      resolve();
    }
  });
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  const worker = async () => {
    while (issued < total) {
      const user = users[issued % users.length]!;
      issued++;
      const replied = new Promise<void>((resolve, reject) => {
        waiting.set(user.id, resolve);
        setTimeout(() => reject(new Error(`no reply to ${user.id} within 30 s`)), 30_000).unref();
      });
      const sentAt = performance.now();
      await user.send(text, { bot: botId });
      await replied;
      latencies.push(performance.now() - sentAt);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    unsubscribe();
  }
  return summary(latencies, started);
}

/**
 * Closed loop of inline queries: `concurrency` fans each type `query`, wait for the bot's
 * answerInlineQuery, and type again, until `total` are answered; latency from the typing to the answer.
 */
export async function inlineLoop(users: LocalUser[], botId: number, query: string, total: number, concurrency: number) {
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  const worker = async (slot: number) => {
    for (let round = 0; issued < total; round++) {
      issued++;
      const user = users[(slot + round * concurrency) % users.length]!;
      const sentAt = performance.now();
      await user.inlineAnswer(query, { bot: botId, timeoutMs: 30_000 });
      latencies.push(performance.now() - sentAt);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, slot) => worker(slot)));
  return summary(latencies, started);
}

/** Percentiles of a closed loop's latencies, and its throughput since `started`. */
function summary(latencies: number[], started: number) {
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1]!,
    perSecond: (latencies.length / elapsed) * 1000,
  };
}

/** A port free on 127.0.0.1 at the time of asking (for a bot in webhook mode). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * A database of its own on the PostgreSQL server at `adminUrl`, dropped by `drop()`: a run never
 * meets an earlier run's rows (the update inbox remembers update ids the local server hands out
 * again from 1, and would skip them as done).
 */
export async function scratchDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}

/** What a bot needs to run in webhook mode behind the local server, on `port`. */
export function webhookEnv(port: number): Record<string, string> {
  return {
    BOT_MODE: "webhook",
    WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`,
    WEBHOOK_SECRET: "bench-webhook-secret",
    PORT: String(port),
  };
}
