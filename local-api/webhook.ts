import http, { STATUS_CODES } from "node:http";
import https from "node:https";
import type { Update } from "@grammyjs/types";
import { Fifo } from "./fifo.js";

/**
 * Webhook delivery like Telegram's bot API server: each update is POSTed to the
 * bot; updates of one chat go one at a time and in order, different chats in
 * parallel (up to max_connections); a non-2xx answer, a refused connection or a
 * timeout leaves the update queued and that chat is retried with backoff.
 */
export interface WebhookConfig {
  url: string;
  secretToken?: string;
  maxConnections: number;
  allowedUpdates?: string[];
  ipAddress?: string;
}

export interface WebhookTiming {
  /** How long to wait for the bot's answer before counting a failure. */
  timeoutMs: number;
  /** First retry delay after a failure; doubles per failure up to retryMaxMs. */
  retryInitialMs: number;
  retryMaxMs: number;
}

export interface WebhookHooks {
  now(): number;
  /** The bot answered with a method call in the response body (a "webhook reply"). */
  onReply(body: Record<string, unknown>): void;
}

interface ChatQueue {
  updates: Fifo<Update>;
  busy: boolean;
  failures: number;
  retryTimer?: NodeJS.Timeout;
}

type Outcome = { ok: true; reply?: Record<string, unknown> } | { ok: false; error: string };

export class WebhookDelivery {
  lastError?: { date: number; message: string };
  private readonly queues = new Map<string, ChatQueue>();
  private readonly ready = new Fifo<string>();
  private readonly inFlight = new Set<AbortController>();
  private pendingCount = 0;
  private closed = false;
  private readonly agent: http.Agent;
  private readonly target: URL;

  constructor(
    readonly config: WebhookConfig,
    private readonly timing: WebhookTiming,
    private readonly hooks: WebhookHooks,
  ) {
    this.target = new URL(config.url);
    const Agent = this.target.protocol === "https:" ? https.Agent : http.Agent;
    this.agent = new Agent({ keepAlive: true, maxSockets: config.maxConnections });
  }

  get pending(): number {
    return this.pendingCount;
  }

  enqueue(update: Update): void {
    const key = queueKey(update);
    let queue = this.queues.get(key);
    if (!queue) {
      queue = { updates: new Fifo(), busy: false, failures: 0 };
      this.queues.set(key, queue);
    }
    queue.updates.push(update);
    this.pendingCount++;
    if (!queue.busy && !queue.retryTimer && queue.updates.length === 1) this.ready.push(key);
    this.pump();
  }

  /** Stops delivering and hands back every undelivered update, oldest first. */
  drain(): Update[] {
    this.closed = true;
    for (const controller of this.inFlight) controller.abort();
    this.inFlight.clear();
    const left: Update[] = [];
    for (const queue of this.queues.values()) {
      clearTimeout(queue.retryTimer);
      left.push(...queue.updates.toArray());
    }
    this.queues.clear();
    this.ready.clear();
    this.pendingCount = 0;
    this.agent.destroy();
    return left.sort((a, b) => a.update_id - b.update_id);
  }

  private pump(): void {
    while (!this.closed && this.inFlight.size < this.config.maxConnections && this.ready.length > 0) {
      const key = this.ready.shift() as string;
      const queue = this.queues.get(key);
      const update = queue?.updates.peek();
      if (!queue || !update || queue.busy) continue;
      queue.busy = true;
      void this.send(key, queue, update);
    }
  }

  private async send(key: string, queue: ChatQueue, update: Update): Promise<void> {
    const controller = new AbortController();
    this.inFlight.add(controller);
    const outcome = await this.post(JSON.stringify(update), controller.signal);
    this.inFlight.delete(controller);
    queue.busy = false;
    if (this.closed) return;
    if (outcome.ok) {
      queue.updates.shift();
      this.pendingCount--;
      queue.failures = 0;
      if (queue.updates.length > 0) this.ready.push(key);
      else this.queues.delete(key);
      if (outcome.reply) this.hooks.onReply(outcome.reply);
    } else {
      this.lastError = { date: Math.floor(this.hooks.now() / 1000), message: outcome.error };
      queue.failures++;
      const delay = Math.min(this.timing.retryInitialMs * 2 ** (queue.failures - 1), this.timing.retryMaxMs);
      queue.retryTimer = setTimeout(() => {
        queue.retryTimer = undefined;
        this.ready.push(key);
        this.pump();
      }, delay);
    }
    this.pump();
  }

  private post(body: string, signal: AbortSignal): Promise<Outcome> {
    const headers: http.OutgoingHttpHeaders = {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    };
    if (this.config.secretToken) headers["x-telegram-bot-api-secret-token"] = this.config.secretToken;
    const request = this.target.protocol === "https:" ? https.request : http.request;
    return new Promise<Outcome>((resolve) => {
      let settled = false;
      const settle = (outcome: Outcome): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(outcome);
      };
      const req = request(this.target, { method: "POST", agent: this.agent, headers, signal }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", () => settle({ ok: false, error: "Connection reset by peer" }));
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            settle({ ok: false, error: `Wrong response from the webhook: ${status} ${STATUS_CODES[status] ?? ""}`.trim() });
            return;
          }
          settle({ ok: true, reply: parseReply(Buffer.concat(chunks)) });
        });
      });
      const timer = setTimeout(() => {
        settle({ ok: false, error: "Read timeout expired" });
        req.destroy();
      }, this.timing.timeoutMs);
      req.on("error", (error: NodeJS.ErrnoException) => {
        settle({ ok: false, error: error.code === "ECONNREFUSED" ? "Connection refused" : error.message });
      });
      req.end(body);
    });
  }
}

function parseReply(body: Buffer): Record<string, unknown> | undefined {
  if (body.length === 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(body.toString("utf8"));
    return typeof parsed === "object" && parsed !== null && typeof (parsed as { method?: unknown }).method === "string"
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Updates about one chat (or, without a chat, one user) are delivered strictly in order. */
function queueKey(update: Update): string {
  const chatId =
    update.message?.chat.id ??
    update.edited_message?.chat.id ??
    update.callback_query?.message?.chat.id ??
    update.my_chat_member?.chat.id ??
    update.chat_member?.chat.id;
  if (chatId !== undefined) return `c${chatId}`;
  const userId = update.callback_query?.from.id ?? update.inline_query?.from.id ?? update.chosen_inline_result?.from.id;
  return userId !== undefined ? `u${userId}` : "other";
}
