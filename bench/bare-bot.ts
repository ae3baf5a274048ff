/**
 * The baseline: a bare grammY bot that answers every message with a constant string and every inline query with a constant article. Webhook
 * mode when WEBHOOK_URL is set, long polling (grammY's own bot.start()) otherwise. BARE_AUTO_RETRY=1
 * puts grammY's auto-retry plugin in front of its calls (429s waited out, without a limit on tries),
 * as a bare bot would meet Telegram's flood limits (bench/spike.ts).
 */

import { createServer } from "node:http";
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, webhookCallback } from "grammy";

const { BOT_TOKEN, BOT_API_ROOT, WEBHOOK_URL, WEBHOOK_SECRET, PORT } = process.env;
if (!BOT_TOKEN || !BOT_API_ROOT) throw new Error("bare-bot: missing env");

const bot = new Bot(BOT_TOKEN, { client: { apiRoot: BOT_API_ROOT } });
if (process.env.BARE_AUTO_RETRY === "1") bot.api.config.use(autoRetry({ maxRetryAttempts: Number.POSITIVE_INFINITY }));
bot.on("message", (ctx) => ctx.reply("ok"));
const ARTICLE = [{ type: "article" as const, id: "ok", title: "ok", input_message_content: { message_text: "ok" } }];
bot.on("inline_query", (ctx) => ctx.answerInlineQuery(ARTICLE, { cache_time: 300, is_personal: true }));

if (WEBHOOK_URL) {
  if (!WEBHOOK_SECRET || !PORT) throw new Error("bare-bot: webhook mode needs WEBHOOK_SECRET and PORT");
  const handle = webhookCallback(bot, "http", { secretToken: WEBHOOK_SECRET });
  const path = new URL(WEBHOOK_URL).pathname;
  const server = createServer((req, res) => {
    if (req.method === "POST" && req.url === path) return void handle(req, res);
    res.writeHead(404).end();
  });
  server.listen(Number(PORT), "127.0.0.1", async () => {
    await bot.init();
    await bot.api.setWebhook(WEBHOOK_URL, { secret_token: WEBHOOK_SECRET });
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
} else {
  void bot.start({ drop_pending_updates: false });
  process.on("SIGTERM", () => void bot.stop().then(() => process.exit(0)));
}
