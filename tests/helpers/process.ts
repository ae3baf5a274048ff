import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BotProcess {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  exit: Promise<number | null>;
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

/** The bot as its own process (`node --import tsx src/main.ts`), with only these settings. */
export function spawnBot(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    // DATABASE_URL set (empty by default), so a developer's .env cannot point the bot elsewhere.
    env: { ...clockEnvironment(), PATH: process.env.PATH ?? "", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return { child, output: () => out, exit: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
}
