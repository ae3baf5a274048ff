import type { Update, WebhookInfo } from "@grammyjs/types";
import { ApiError, conflict } from "./errors.js";
import { Fifo } from "./fifo.js";
import { type WebhookConfig, WebhookDelivery, type WebhookHooks, type WebhookTiming } from "./webhook.js";

/**
 * One bot's update queue: update ids increase by one; getUpdates confirms with
 * `offset` and long-polls with `timeout`; with a webhook set, the same updates
 * are pushed to the bot instead.
 */
export type UpdatePayload = Omit<Update, "update_id">;

export interface PollRequest {
  offset: number;
  limit: number;
  timeoutSeconds: number;
  allowedUpdates?: string[];
}

const WEBHOOK_ACTIVE = "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";
const TERMINATED = "terminated by other getUpdates request; make sure that only one bot instance is running";

/** Without an explicit list Telegram sends everything except these. */
const NOT_SENT_BY_DEFAULT = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

interface LongPoll {
  limit: number;
  finish(result: Update[] | ApiError): void;
  /** A newer getUpdates arrived: answer 409 unless this client turns out to be gone already. */
  supersede(): void;
}

/**
 * grammY's bot.stop() aborts its poll and at once sends a final getUpdates; the abort may be
 * noticed a moment after the new request. Waiting this long before answering 409 keeps the
 * record free of conflicts nobody received.
 */
const SUPERSEDE_GRACE_MS = 50;

export class UpdateFeed {
  private readonly pending = new Fifo<Update>();
  private nextUpdateId = 1;
  private allowed?: Set<string>;
  private webhook?: WebhookDelivery;
  private poll?: LongPoll;
  /** Long polls a newer request cut off, until their 409 goes out. */
  private cutOff = 0;
  private wakeScheduled = false;
  private stopped = false;

  constructor(
    private readonly timing: WebhookTiming,
    private readonly hooks: WebhookHooks & { onLongPoll(): void },
  ) {}

  /** True while a getUpdates request is waiting for updates (the bot is idle and listening). */
  get isLongPolling(): boolean {
    return this.poll !== undefined;
  }

  /** getUpdates requests not answered yet: the long poll waiting, and those cut off but not yet answered 409. */
  get openPolls(): number {
    return (this.poll ? 1 : 0) + this.cutOff;
  }

  /** Queues an update unless the bot's allowed_updates exclude its type; returns it when queued. */
  push(payload: UpdatePayload): Update | undefined {
    const type = Object.keys(payload)[0] ?? "";
    if (this.allowed ? !this.allowed.has(type) : NOT_SENT_BY_DEFAULT.has(type)) return undefined;
    const update = { update_id: this.nextUpdateId++, ...payload } as Update;
    if (this.webhook) {
      this.webhook.enqueue(update);
    } else {
      this.pending.push(update);
      this.scheduleWake();
    }
    return update;
  }

  getUpdates(request: PollRequest, signal: AbortSignal): Update[] | Promise<Update[]> {
    if (this.webhook) throw conflict(WEBHOOK_ACTIVE);
    // A newer request wins: the waiting one is answered with 409, as Telegram does.
    this.poll?.supersede();
    this.poll = undefined;
    if (request.allowedUpdates) this.setAllowed(request.allowedUpdates);
    this.confirm(request.offset);
    const ready = this.take(request.limit);
    if (ready.length > 0 || request.timeoutSeconds <= 0 || this.stopped || signal.aborted) return ready;

    return new Promise<Update[]>((resolve, reject) => {
      let cutOff = false;
      const poll: LongPoll = {
        limit: request.limit,
        finish: (result) => {
          if (this.poll === poll) this.poll = undefined;
          if (cutOff) this.cutOff--;
          cutOff = false;
          clearTimeout(timer);
          signal.removeEventListener("abort", onAbort);
          if (result instanceof ApiError) reject(result);
          else resolve(result);
        },
        supersede: () => {
          if (!cutOff) this.cutOff++;
          cutOff = true;
          clearTimeout(timer);
          timer = setTimeout(() => poll.finish(conflict(TERMINATED)), SUPERSEDE_GRACE_MS);
        },
      };
      const onAbort = (): void => poll.finish([]);
      let timer = setTimeout(() => poll.finish(this.take(poll.limit)), request.timeoutSeconds * 1000);
      signal.addEventListener("abort", onAbort);
      this.poll = poll;
      this.hooks.onLongPoll();
    });
  }

  setWebhook(config: WebhookConfig, dropPending: boolean): void {
    const carried = this.detachWebhook();
    this.poll?.finish(conflict(WEBHOOK_ACTIVE));
    if (config.allowedUpdates) this.setAllowed(config.allowedUpdates);
    const waiting = dropPending ? [] : [...carried, ...this.pending.toArray()].sort((a, b) => a.update_id - b.update_id);
    this.pending.clear();
    this.webhook = new WebhookDelivery(config, this.timing, this.hooks);
    for (const update of waiting) this.webhook.enqueue(update);
  }

  deleteWebhook(dropPending: boolean): void {
    const carried = this.detachWebhook();
    if (dropPending) {
      this.pending.clear();
      return;
    }
    for (const update of carried) this.pending.push(update);
  }

  webhookInfo(): WebhookInfo {
    const webhook = this.webhook;
    if (!webhook) return { url: "", has_custom_certificate: false, pending_update_count: this.pending.length };
    const info: WebhookInfo = {
      url: webhook.config.url,
      has_custom_certificate: false,
      pending_update_count: webhook.pending,
      max_connections: webhook.config.maxConnections,
      ip_address: webhook.config.ipAddress ?? "127.0.0.1",
    };
    if (webhook.config.allowedUpdates) info.allowed_updates = webhook.config.allowedUpdates as WebhookInfo["allowed_updates"];
    if (webhook.lastError) {
      info.last_error_date = webhook.lastError.date;
      info.last_error_message = webhook.lastError.message;
    }
    return info;
  }

  get hasWebhook(): boolean {
    return this.webhook !== undefined;
  }

  /** Ends a waiting long poll (answered with no updates) and webhook delivery, so processes exit promptly. */
  stop(): void {
    this.stopped = true;
    this.poll?.finish([]);
    this.webhook?.drain();
    this.webhook = undefined;
  }

  private detachWebhook(): Update[] {
    const left = this.webhook?.drain() ?? [];
    this.webhook = undefined;
    return left;
  }

  private setAllowed(types: string[]): void {
    // An empty list means "the default set" again.
    this.allowed = types.length > 0 ? new Set(types) : undefined;
  }

  /** An update is confirmed once getUpdates is called with a higher offset; a negative offset keeps the last -offset. */
  private confirm(offset: number): void {
    if (offset > 0) {
      while ((this.pending.peek()?.update_id ?? Infinity) < offset) this.pending.shift();
    } else if (offset < 0) {
      this.pending.drop(this.pending.length + offset);
    }
  }

  private take(limit: number): Update[] {
    const result: Update[] = [];
    for (let i = 0; i < limit && i < this.pending.length; i++) result.push(this.pending.at(i) as Update);
    return result;
  }

  /** Wakes a long poll on the next turn, so updates pushed together arrive together. */
  private scheduleWake(): void {
    if (!this.poll || this.wakeScheduled) return;
    this.wakeScheduled = true;
    setImmediate(() => {
      this.wakeScheduled = false;
      const poll = this.poll;
      if (!poll) return;
      const ready = this.take(poll.limit);
      if (ready.length > 0) poll.finish(ready);
    });
  }
}
