import type { I18n } from "@grammyjs/i18n";
import { type Api, GrammyError, HttpError } from "grammy";
import type { Message } from "grammy/types";
import type { Logger } from "pino";
import { captionOptions, type MedalCardPhotos } from "../bot/outgoing/medal-card-photos.js";
import { sendView } from "../bot/render/view-messages.js";
import { CHAT_GONE, isPhotoRefused } from "../bot/telegram-errors.js";
import { renderContext } from "../bot/views/render-context.js";
import { MAX_CAPTION_LENGTH } from "../bot/views/result-alert.js";
import type { Db } from "../db/handle.js";
import {
  claimDueDeliveries,
  type DueDelivery,
  finishBroadcasts,
  recordBlocked,
  recordFailed,
  recordRetry,
  recordSentMany,
  releaseClaims,
  releaseInFlight,
} from "../domain/broadcasts.js";
import { type ChatForSending, chatStatusFor, chatsForSending, migrateChat, setChatStatus } from "../domain/chats.js";
import type { ReadModel } from "../domain/read-model.js";
import type { Clock } from "../lib/clock.js";
import { DEFAULT_LANG, type Lang } from "../lib/languages.js";
import { type BroadcastContent, renderBroadcast } from "./broadcast-content.js";
import { LOST_LOCK } from "./leader.js";

export interface BroadcastSenderOptions {
  db: Db;
  /** What the messages are rendered from (the process's read model). */
  readModel: ReadModel;
  /** A Bot API client whose calls go through the outgoing budget's broadcast lane. */
  api: Api;
  i18n: I18n;
  settings: { displayTz: string };
  clock: Clock;
  logger: Logger;
  /** Messages a second (BROADCAST_RATE). */
  ratePerSecond: number;
  /** Sends in flight at once: small, so a crash can repeat only this many. */
  concurrency: number;
  /** Telegram's paid broadcasts (allow_paid_broadcast): up to 1,000 a second, at a price. */
  paid: boolean;
  /** How often an idle sender looks for due deliveries. */
  pollMs?: number;
  /** Medal cards, uploaded once per result and language; without it medal alerts go as text. */
  medalCards?: MedalCardPhotos;
  /** The bot's id: a card's file_id is the uploading bot's. */
  botId: number;
  /** Told what became of each delivery tried, once it is recorded (metrics). */
  onDelivery?: (outcome: DeliveryOutcome) => void;
}

/** What one try of a delivery came to: "retry" is a 5xx or network error (tried again later), "moved" a group that became a supergroup. */
export type DeliveryOutcome = "sent" | "blocked" | "failed" | "retry" | "moved";

/** A claimed delivery with its chat, and the content rendered for its batch so far. */
interface Claimed {
  d: DueDelivery;
  chat: ChatForSending | undefined;
  rendered: Map<string, Promise<BroadcastContent | null>>;
}

const RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 30 * 60_000;
/** How long a sent message's record waits for others to be written with it. */
const RECORD_GATHER_MS = 20;
const CATCH_UP_MS = 333;

/**
 * The one sender of a deployment (jobs/leader.ts elects it): claims due deliveries from
 * Postgres in batches, sends them at `ratePerSecond` with a small fixed concurrency, and records
 * every outcome. Nothing waits in memory for long: what is not sent stays pending in Postgres,
 * and on stop the sends in flight finish and the rest of the batch goes back to pending.
 */
export async function runBroadcastSender(opts: BroadcastSenderOptions, signal: AbortSignal): Promise<void> {
  const recordSent = groupCommit(
    (sent: { broadcastId: number; chatId: number; messageId: number }[]) => recordSentMany(opts.db, sent, opts.clock()),
    // A fiftieth of a second's sends, or half the workers: a worker waits for its record at most that long.
    { gatherMs: RECORD_GATHER_MS, maxItems: Math.max(1, Math.floor(opts.concurrency / 2)) },
  );
  const released = await releaseInFlight(opts.db, opts.clock());
  if (released > 0) opts.logger.warn({ released }, "deliveries a stopped sender had in flight are pending again");
  const interval = 1000 / opts.ratePerSecond;
  // About two seconds' worth: few claims, and nothing waits in memory for long. Claimed but
  // unsent deliveries are pending again after a crash, so the batch size does not add to what a
  // crash may repeat.
  const batchSize = Math.max(opts.concurrency * 4, Math.ceil(opts.ratePerSecond * 2));
  let nextSlot = performance.now();
  // Slots a busy moment missed (a claim on PGlite holds the event loop) may be caught up, at most
  // a third of a second's worth at once: the outgoing budget's own burst, which it lets through.
  const pace = async () => {
    const now = performance.now();
    nextSlot = Math.max(nextSlot, now - CATCH_UP_MS);
    const wait = nextSlot - now;
    nextSlot += interval;
    if (wait > 0) await sleep(wait, signal);
  };

  // A claim that found nothing (or failed) makes the next one wait for the poll interval.
  let idle = false;
  const claim = async (): Promise<Claimed[]> => {
    if (idle) await sleep(opts.pollMs ?? 1_000, signal);
    if (signal.aborted) return [];
    let due: DueDelivery[];
    try {
      due = await claimDueDeliveries(opts.db, batchSize, opts.clock());
    } catch (err) {
      opts.logger.warn({ err }, "could not claim deliveries; trying again");
      idle = true;
      return [];
    }
    idle = due.length === 0;
    if (idle) {
      await finishBroadcasts(opts.db).catch(() => 0);
      return [];
    }
    // Claimed, these are this sender's until sent or released: their chats are read until that works.
    let chats = new Map<number, ChatForSending>();
    for (;;) {
      try {
        chats = await chatsForSending(
          opts.db,
          due.map((d) => d.chatId),
        );
        break;
      } catch (err) {
        opts.logger.warn({ err }, "could not read the chats of claimed deliveries; trying again");
        if (signal.aborted) break;
        await sleep(1_000, signal);
      }
    }
    const rendered = new Map<string, Promise<BroadcastContent | null>>();
    return due.map((d) => ({ d, chat: chats.get(d.chatId), rendered }));
  };
  // One line of claimed deliveries for all workers: the next batch is claimed (and its chats read)
  // while the last quarter of this one goes out, so no worker waits between batches.
  const queue: Claimed[] = [];
  let fetching: Promise<void> | null = null;
  const fetchMore = async () => {
    try {
      queue.push(...(await claim()));
    } finally {
      fetching = null;
    }
  };
  const next = async (): Promise<Claimed | undefined> => {
    while (!signal.aborted) {
      const item = queue.shift();
      if (!fetching && queue.length < batchSize / 4) fetching = fetchMore();
      if (item) return item;
      await fetching;
    }
    return undefined;
  };

  const worker = async () => {
    for (let item = await next(); item; item = await next()) {
      const { d, chat, rendered } = item;
      const lang: Lang = chat?.language ?? chat?.telegramLanguage ?? DEFAULT_LANG;
      // Rendered once per batch, language and kind of subscription (its stop button differs).
      const following = chat?.following ?? null;
      const key = `${d.broadcastId}:${lang}:${following?.alerts}:${following?.results}`;
      let content = rendered.get(key);
      if (!content) {
        const rc = renderContext(opts.i18n, lang, opts.settings, opts.clock());
        content = opts.readModel.current().then((data) => renderBroadcast(data, d.payload, rc, following));
        rendered.set(key, content);
      }
      await pace().catch(() => {});
      if (signal.aborted) {
        queue.unshift(item);
        return;
      }
      await deliver(opts, d, chat?.type ?? "private", await content, signal, recordSent);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  // Stopping: every send in flight has finished and been recorded; what this sender claimed and
  // did not send (the rest of the line, a batch being claimed) is pending again for the next.
  await fetching;
  const leftOver = queue.map((c) => c.d);
  await persist(opts, () => releaseClaims(opts.db, leftOver, opts.clock()), signal);
}

async function deliver(
  opts: BroadcastSenderOptions,
  d: DueDelivery,
  chatType: string,
  content: BroadcastContent | null,
  signal: AbortSignal,
  recordSent: (sent: { broadcastId: number; chatId: number; messageId: number }) => Promise<void>,
): Promise<void> {
  if (!content) {
    await persist(opts, () => recordFailed(opts.db, d, "its content no longer exists", opts.clock()), signal);
    opts.onDelivery?.("failed");
    return;
  }
  try {
    const sendText = async () => {
      const [first] = await sendView(content, (text, options) =>
        opts.api.sendMessage(d.chatId, text, { ...options, ...(opts.paid ? { allow_paid_broadcast: true } : {}) }),
      );
      return first!;
    };
    let sent: Message;
    if (content.card && opts.medalCards && content.text.value.length <= MAX_CAPTION_LENGTH) {
      try {
        const options = { ...captionOptions(content), ...(opts.paid ? { allow_paid_broadcast: true } : {}) };
        // Each send is one paced call of the broadcast lane, like a text; the picture is uploaded once.
        sent = await opts.medalCards.send(opts.botId, content.card, (photo) => opts.api.sendPhoto(d.chatId, photo, options));
      } catch (err) {
        // A chat that takes no photos (a 400 that is not about the chat being gone): the text alone.
        if (!isPhotoRefused(err)) throw err;
        opts.logger.info({ chatId: d.chatId, reason: err.description }, "photo refused; sending the alert as text");
        sent = await sendText();
      }
    } else {
      sent = await sendText();
    }
    await persist(opts, () => recordSent({ broadcastId: d.broadcastId, chatId: d.chatId, messageId: sent.message_id }), signal);
    opts.onDelivery?.("sent");
  } catch (err) {
    let outcome: DeliveryOutcome | undefined;
    await persist(opts, async () => (outcome = await recordOutcome(opts, d, chatType, err)), signal);
    if (outcome) opts.onDelivery?.(outcome);
  }
}

async function recordOutcome(opts: BroadcastSenderOptions, d: DueDelivery, chatType: string, err: unknown): Promise<DeliveryOutcome> {
  const now = opts.clock();
  if (err instanceof GrammyError) {
    const migrateTo = err.parameters.migrate_to_chat_id;
    if (err.error_code === 400 && migrateTo !== undefined) {
      // The group became a supergroup: its settings and what it is owed move to the new id.
      await migrateChat(opts.db, d.chatId, migrateTo, now);
      opts.logger.info({ from: d.chatId, to: migrateTo }, "group upgraded to a supergroup; deliveries follow it");
      return "moved";
    }
    if (err.error_code === 403 || (err.error_code === 400 && CHAT_GONE.test(err.description))) {
      await recordBlocked(opts.db, d, err.description, now);
      await setChatStatus(opts.db, d.chatId, err.error_code === 403 ? chatStatusFor(chatType, "kicked") : "left");
      return "blocked";
    }
    if (err.error_code >= 400 && err.error_code < 500) {
      await recordFailed(opts.db, d, err.description, now);
      return "failed";
    }
  }
  if (err instanceof GrammyError || err instanceof HttpError) {
    // 5xx or the network: back to Postgres, tried again later with back-off.
    const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, d.attempts - 1));
    await recordRetry(opts.db, d, new Date(now.getTime() + delay), err.message, now);
    return "retry";
  }
  throw err;
}

/**
 * A record that fails (the database is down) is tried again a second apart: for five minutes,
 * or five more seconds once the process is stopping. A delivery left unrecorded stays in flight
 * and is pending again at the next start (the one case where a sent message may be repeated).
 * A sender stopped because the database took its lock away (an outage) keeps trying for the
 * five minutes: this instance leads again only once that is done, so nothing it sent is sent twice.
 */
async function persist(opts: BroadcastSenderOptions, write: () => Promise<unknown>, signal?: AbortSignal): Promise<void> {
  for (let attempt = 0, afterStop = 0; ; attempt++) {
    try {
      await write();
      return;
    } catch (err) {
      if (attempt === 0) opts.logger.warn({ err }, "could not record a delivery; trying again");
      if (signal?.aborted && signal.reason !== LOST_LOCK) afterStop++;
      if (attempt >= 300 || afterStop > 5) {
        opts.logger.error({ err }, "gave up recording a delivery; it will be sent again after a restart");
        return;
      }
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}

/**
 * Group commit: each caller waits for its own item to be written, and items go to the database
 * together: a write waits up to `gatherMs` after its first item for others (or until `maxItems`
 * are there), and items that arrive while a write runs go in the next one. One statement per
 * message cost PGlite more than a core at 1,000 a second; one per a dozen, a tenth of that. Every
 * worker still waits for its record before its next send, so no more than the sender's
 * concurrency is ever sent and unrecorded.
 */
function groupCommit<T>(write: (items: T[]) => Promise<void>, opts: { gatherMs: number; maxItems: number }): (item: T) => Promise<void> {
  let waiting: { item: T; done: (err?: unknown) => void }[] = [];
  let writing = false;
  // Ends the gathering early once `maxItems` are waiting.
  let enough: (() => void) | null = null;
  const gather = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        enough = null;
        resolve();
      }, opts.gatherMs);
      enough = () => {
        clearTimeout(timer);
        enough = null;
        resolve();
      };
    });
  const flush = async () => {
    writing = true;
    while (waiting.length > 0) {
      if (waiting.length < opts.maxItems) await gather();
      const batch = waiting;
      waiting = [];
      try {
        await write(batch.map((w) => w.item));
        for (const w of batch) w.done();
      } catch (err) {
        for (const w of batch) w.done(err);
      }
    }
    writing = false;
  };
  return (item) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item, done: (err) => (err === undefined ? resolve() : reject(err)) });
      if (!writing) void flush();
      else if (waiting.length >= opts.maxItems) enough?.();
    });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
