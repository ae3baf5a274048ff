/**
 * The bot as its own process (`node --import tsx src/main.ts`, or `npm start`), as an operator
 * runs it: for tests about real signals, restarts, several instances and the entry point itself.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { LocalBot, LocalBotApi } from "../../local-api/index.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * How long a bot process may take from its spawn to its first long poll on a loaded two-core CI
 * machine: tsx compiles src/, PGlite makes (or loads) its database, the reference data is loaded.
 * Wait for that first (BotProcess.polling), then for replies with the usual timeouts.
 */
export const COLD_START_MS = 90_000;

export interface BotProcess {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Its exit code (null when a signal ended it). */
  exit: Promise<number | null>;
  /** How it ended: the exit code, or the signal that ended it. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Its log lines (JSON) with this message. */
  logLines(msg: string): Record<string, unknown>[];
  /**
   * Resolves once this process serves in polling mode: its own deleteWebhook (how polling starts)
   * is on the local server's record, then a long poll is waiting. Rejects with what it printed if
   * it exits first. Needs `server` in the spawn options.
   */
  polling(timeoutMs?: number): Promise<void>;
}

export interface SpawnOptions {
  /** `npm start`, as an operator runs it, instead of node itself. */
  npm?: boolean;
  /** The working directory (default the checkout; an empty one keeps a developer's .env out). */
  cwd?: string;
  /** The local Bot API server and the bot this process polls as, for `polling()`. */
  server?: { api: LocalBotApi; bot: LocalBot };
}

/**
 * What a bot process inherits from the test's environment besides its settings: libfaketime's,
 * when the suite runs under it (CI's pass with the clock moved ahead). A bot process then keeps
 * the tests' clock instead of falling back to the machine's.
 */
function clockEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && (entry[0] === "LD_PRELOAD" || entry[0].startsWith("FAKETIME")),
    ),
  );
}

/** tsx's loader by its path, so the entry point starts from any working directory. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** Starts the bot with only these settings (and PATH, HOME): nothing else of the test's environment. */
export function spawnBot(env: Record<string, string>, options: SpawnOptions = {}): BotProcess {
  const [command, args] = options.npm ? ["npm", ["start"]] : [process.execPath, ["--import", TSX_LOADER, join(ROOT, "src/main.ts")]];
  // What the server had recorded before this process could call it: polling() looks past it.
  const earlier = options.server ? new Set(options.server.api.calls({ method: "deleteWebhook", botId: options.server.bot.id })) : undefined;
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env: {
      ...clockEnvironment(),
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      // Set (empty by default), so a developer's .env cannot point the bot elsewhere.
      DATABASE_URL: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const exited = ended.then(({ code, signal }) => {
    throw new Error(`the bot exited (${code ?? signal}) before it polled; it printed:\n${out}`);
  });
  exited.catch(() => {});

  return {
    child,
    output: () => out,
    exit: ended.then((e) => e.code),
    ended,
    logLines: (msg) =>
      out
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.msg === msg),
    polling: async (timeoutMs = COLD_START_MS) => {
      if (!options.server || !earlier) throw new Error("spawnBot: polling() needs the `server` option");
      const { api, bot } = options.server;
      const started = (async () => {
        await api.waitForCall({ method: "deleteWebhook", botId: bot.id, where: (call) => !earlier.has(call), timeoutMs });
        await api.waitForLongPoll({ bot, timeoutMs: 30_000 });
      })();
      await Promise.race([started, exited]);
    },
  };
}
