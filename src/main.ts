import { existsSync } from "node:fs";
import { GrammyError } from "grammy";
import { type App, startApp } from "./app.js";
import { ConfigError, loadConfig, MISSING_TOKEN_HELP, MissingTokenError } from "./config/index.js";
import { configSecrets, createLogger } from "./config/logger.js";
import { DataDirLockedError } from "./db/client.js";

/** Expected failures get one clear sentence on stderr and exit code 1, not a stack trace. */
function fail(message: string): never {
  process.stderr.write(`${message.trimEnd()}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");

  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof MissingTokenError) fail(MISSING_TOKEN_HELP);
    if (err instanceof ConfigError) fail(`${err.message}\n\nSee .env.example for every setting.`);
    throw err;
  }

  const logger = createLogger({ level: config.logLevel, secrets: configSecrets(config) });

  let app: App | undefined;
  /** A stop asked for while the app was still starting: carried out as soon as it has started. */
  let stopWhenStarted: number | undefined;
  const starting = new AbortController();
  let stopRequests = 0;
  const stopAndExit = (code: number) => {
    stopRequests += 1;
    if (stopRequests > 1) {
      if (stopRequests <= SIGNALS_PER_REQUEST) return logger.info("stop already under way");
      logger.warn("second stop request: exiting now");
      process.exit(1);
    }
    if (!app) {
      stopWhenStarted = code;
      starting.abort();
      return;
    }
    app.stop().then(
      () => process.exit(code),
      (err: unknown) => {
        logger.error({ err }, "error while shutting down");
        process.exit(1);
      },
    );
  };

  // From the start: the bot may answer its first updates before startApp has returned (its
  // background jobs still starting), and a SIGTERM then must stop it gracefully, not kill it.
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "shutting down");
    stopAndExit(0);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    app = await startApp(config, {
      logger,
      // Benchmarks only (bench/webhook-latency.ts): count database statements, shown on /healthz.
      countQueries: process.env.BENCH_COUNT_QUERIES === "1",
      signal: starting.signal,
      onPollingFailed: (err) => {
        process.stderr.write(`${pollingFailedMessage(err)}\n`);
        stopAndExit(1);
      },
    });
  } catch (err) {
    if (starting.signal.aborted && (err as { name?: string }).name === "AbortError") {
      logger.info("stopped while waiting for the database");
      process.exit(stopWhenStarted ?? 0);
    }
    if (err instanceof DataDirLockedError) fail(err.message);
    if (err instanceof GrammyError && err.error_code === 401) fail(TOKEN_REJECTED);
    logger.fatal({ err }, "could not start");
    process.exit(1);
  }
  if (stopWhenStarted !== undefined) {
    stopRequests = 0;
    stopAndExit(stopWhenStarted);
  }
}

/**
 * How many signals one stop request sends this process. Under npm (`npm start`) a Ctrl+C reaches
 * both npm and the bot, and npm forwards its copy; a service manager that signals every process
 * of the service does the same. There the first repeat is that copy, not an impatient second request.
 */
const SIGNALS_PER_REQUEST = process.env.npm_lifecycle_event ? 2 : 1;

const TOKEN_REJECTED = "Telegram rejected BOT_TOKEN (401 Unauthorized). Check the token with @BotFather (/mybots -> API Token).";

function pollingFailedMessage(err: unknown): string {
  if (err instanceof GrammyError && err.error_code === 409) {
    return "Telegram stopped this bot's polling (409 Conflict): another process is using the same BOT_TOKEN, or a webhook was set. Stopping.";
  }
  if (err instanceof GrammyError && err.error_code === 401) return `${TOKEN_REJECTED} Stopping.`;
  return "Polling stopped with an error (see the log above). Stopping.";
}

await main();
