/** The baseline: a bare grammY webhook bot that answers every message with a constant string, every inline query with a constant article. */

import { createServer } from "node:http";
import { Bot, webhookCallback } from "grammy";

const { BOT_TOKEN, BOT_API_ROOT, WEBHOOK_URL, WEBHOOK_SECRET, PORT } = process.env;
if (!BOT_TOKEN || !BOT_API_ROOT || !WEBHOOK_URL || !WEBHOOK_SECRET || !PORT) throw new Error("bare-bot: missing env");

const bot = new Bot(BOT_TOKEN, { client: { apiRoot: BOT_API_ROOT } });
bot.on("message", (ctx) => ctx.reply("ok"));
const ARTICLE = [{ type: "article" as const, id: "ok", title: "ok", input_message_content: { message_text: "ok" } }];
bot.on("inline_query", (ctx) => ctx.answerInlineQuery(ARTICLE, { cache_time: 300, is_personal: true }));
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
