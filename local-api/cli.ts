import { floodLimitsFromEnv } from "./env.js";
import { startLocalBotApi } from "./index.js";

/**
 * `npm run local-api`: only the server, for any bot. PORT picks the port
 * (default 8081, 0 = any free one); Telegram's flood limits apply unless
 * FLOOD_LIMITS=off.
 */
async function main(): Promise<void> {
  const api = await startLocalBotApi({
    port: Number(process.env.PORT ?? 8081),
    host: process.env.HOST ?? "127.0.0.1",
    floodLimits: floodLimitsFromEnv(process.env.FLOOD_LIMITS),
  });
  const bot = api.createBot({ username: process.env.BOT_USERNAME ?? "local_test_bot", firstName: "Local Test Bot" });
  const user = api.createUser({ firstName: "Aru", username: "aru", languageCode: "ru" });
  process.stdout.write(
    [
      `Local Telegram Bot API server: ${api.url}`,
      `Bot token (local only): ${bot.token}   @${bot.username}`,
      `Flood limits: ${api.faults.floodLimits ? "on, as on Telegram (FLOOD_LIMITS=off disables them)" : "off"}`,
      `Run a bot against it:   BOT_TOKEN=${bot.token} BOT_API_ROOT=${api.url} npm start`,
      `Act as a user (id ${user.id}):`,
      `  curl -s ${api.url}/_user/send -H 'content-type: application/json' -d '{"user_id":${user.id},"text":"/start"}'`,
      `  curl -s '${api.url}/_user/next_message?user_id=${user.id}&timeout_ms=5000'`,
      "Ctrl+C stops the server.",
      "",
    ].join("\n"),
  );
  const stop = (): void => {
    void api.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
