import { pathToFileURL } from "node:url";
import { startApp } from "../src/app.js";
import { loadConfig } from "../src/config/index.js";
import { createLogger } from "../src/config/logger.js";
import { runChat } from "./chat-ui.js";
import { floodLimitsFromEnv } from "./env.js";
import { type LocalBotApiOptions, startLocalBotApi } from "./index.js";

/** The server `npm run chat` starts: Telegram's flood limits unless FLOOD_LIMITS=off. */
export function chatApiOptions(env: NodeJS.ProcessEnv): LocalBotApiOptions {
  return { port: Number(env.LOCAL_API_PORT ?? 0), floodLimits: floodLimitsFromEnv(env.FLOOD_LIMITS) };
}

/**
 * `npm run chat`: the local Bot API server, the bot on the embedded database,
 * and a terminal chat with it — no Telegram token needed.
 */
async function main(): Promise<void> {
  const api = await startLocalBotApi(chatApiOptions(process.env));
  const bot = api.createBot({ username: "kz_licenses_bot", firstName: "KZ Licenses" });
  // Fixed ids (the server numbers users from 100000001) keep the embedded database consistent across runs.
  const users = [
    api.createUser({ firstName: "Aru", username: "aru", languageCode: "ru" }),
    api.createUser({ firstName: "Bek", username: "bek", languageCode: "kk" }),
    api.createUser({ firstName: "Dana", username: "dana", languageCode: "en" }),
  ];
  const env = {
    BOT_TOKEN: bot.token,
    BOT_API_ROOT: api.url,
    DATA_DIR: process.env.DATA_DIR ?? "./data/chat",
    LOG_LEVEL: "warn",
    // The first simulated user is staff, so staff flows can be tried too.
    BOT_OWNER_IDS: process.env.BOT_OWNER_IDS ?? String(users[0]?.id),
    DATABASE_URL: process.env.DATABASE_URL,
    DISPLAY_TZ: process.env.DISPLAY_TZ,
  };
  const config = loadConfig(env);
  // Warnings go to stderr so they do not break into the conversation.
  const logger = createLogger({ level: "warn", secrets: [bot.token], destination: process.stderr });
  process.stdout.write("Starting the bot on the embedded database…\n");
  const app = await startApp(config, { logger });
  // Polling bots are ready once they wait for updates; the first start also migrates and seeds.
  await api.waitForLongPoll({ timeoutMs: 60_000 }).catch(() => undefined);
  try {
    await runChat({
      api,
      users,
      input: process.stdin,
      output: process.stdout,
      ...(process.env.CHAT_SAVE_DIR ? { saveDir: process.env.CHAT_SAVE_DIR } : {}),
    });
  } finally {
    await app.stop();
    await api.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
