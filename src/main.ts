import { existsSync } from "node:fs";
import { GrammyError } from "grammy";
import { startApp } from "./app.js";
import { ConfigError, loadConfig, MissingTokenError, MISSING_TOKEN_HELP } from "./config/index.js";
import { configSecrets, createLogger } from "./config/logger.js";
import { DataDirLockedError } from "./db/client.js";

/** Expected failures get one clear sentence on stderr and exit code 1, not a stack trace. */
function fail(message: string): never {
  process.stderr.write(`${message.trimEnd()}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");

  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof MissingTokenError) fail(MISSING_TOKEN_HELP);
    if (err instanceof ConfigError) fail(`${err.message}\n\nSee .env.example for every setting.`);
    throw err;
  }

  const logger = createLogger({ level: config.logLevel, secrets: configSecrets(config) });

  let app;
  try {
    app = await startApp(config, { logger });
  } catch (err) {
    if (err instanceof DataDirLockedError) fail(err.message);
    if (err instanceof GrammyError && err.error_code === 401) {
      fail("Telegram rejected BOT_TOKEN (401 Unauthorized). Check the token with @BotFather (/mybots -> API Token).");
    }
    logger.fatal({ err }, "could not start");
    process.exit(1);
  }

  let signals = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    if (++signals > 1) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    logger.info({ signal }, "shutting down");
    app.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, "error while shutting down");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

await main();
