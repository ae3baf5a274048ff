/**
 * The broadcast baseline: a bare grammY client sending one message to each of CHAT_IDS (a file,
 * one id a line) at BROADCAST_RATE a second with CONCURRENCY sends in flight, paced like the
 * bot's sender (a slot every 1000/rate ms, missed slots caught up to a tenth of a second), with
 * no database, no rendering and no budget: what this machine and the local server allow.
 */
import { readFileSync } from "node:fs";
import { Api } from "grammy";

const { BOT_TOKEN, BOT_API_ROOT, CHAT_IDS, BROADCAST_RATE, CONCURRENCY } = process.env;
if (!BOT_TOKEN || !BOT_API_ROOT || !CHAT_IDS || !BROADCAST_RATE || !CONCURRENCY) throw new Error("bare-broadcast: missing env");

const api = new Api(BOT_TOKEN, { apiRoot: BOT_API_ROOT });
const ids = readFileSync(CHAT_IDS, "utf8").split("\n").filter(Boolean).map(Number);
const interval = 1000 / Number(BROADCAST_RATE);
let nextSlot = performance.now();
const pace = async () => {
  const now = performance.now();
  nextSlot = Math.max(nextSlot, now - 100);
  const wait = nextSlot - now;
  nextSlot += interval;
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
};
const text = "<b>Kazakhstan</b> won a quota place: boxing, 71 kg";
const worker = async () => {
  for (let id = ids.shift(); id !== undefined; id = ids.shift()) {
    await pace();
    await api.sendMessage(id, text, { parse_mode: "HTML", allow_paid_broadcast: true });
  }
};
await Promise.all(Array.from({ length: Number(CONCURRENCY) }, worker));
