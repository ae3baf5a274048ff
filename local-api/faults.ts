import type { FloodLimiter } from "./limits.js";

/**
 * Faults on demand. Each rule fires on the next matching call(s) and is then
 * used up, so a test states exactly which request fails.
 */
export interface FailNextOptions {
  /** HTTP status of the error answer (default 500). */
  status?: number;
  /** Destroy the connection without answering instead of sending an error. */
  drop?: boolean;
  /** With `drop`: perform the method first, then drop (the bot sees a failure although it worked). */
  afterApply?: boolean;
  /** Only calls whose `chat_id` is this chat. */
  chatId?: number;
  /** How many matching calls fail (default 1). */
  times?: number;
  description?: string;
}

export interface FloodOptions {
  retryAfter: number;
  /** Only calls into this chat. */
  chatId?: number;
  /** Only this method (default: any method that sends or edits messages). */
  method?: string;
  times?: number;
}

export interface FailureRule {
  method: string;
  status: number;
  drop: boolean;
  afterApply: boolean;
  chatId?: number;
  remaining: number;
  description?: string;
}

interface FloodRule {
  retryAfter: number;
  chatId?: number;
  method?: string;
  remaining: number;
}

export class Faults {
  private failures: FailureRule[] = [];
  private floods: FloodRule[] = [];
  private photoRefusers = new Set<number>();

  constructor(private readonly limiter: FloodLimiter) {}

  /** The next `method` call (or `times` calls) fails with a 5xx, or has its connection dropped. */
  failNext(method: string, options: FailNextOptions = {}): void {
    this.failures.push({
      method: method.toLowerCase(),
      status: options.status ?? 500,
      drop: options.drop ?? false,
      afterApply: options.afterApply ?? false,
      chatId: options.chatId,
      remaining: options.times ?? 1,
      description: options.description,
    });
  }

  /** The next matching call answers 429 with `parameters.retry_after`. */
  flood(options: FloodOptions): void {
    this.floods.push({
      retryAfter: options.retryAfter,
      chatId: options.chatId,
      method: options.method?.toLowerCase(),
      remaining: options.times ?? 1,
    });
  }

  /**
   * Until cleared, sendPhoto into `chatId` answers 400 "not enough rights to send photos to the
   * chat", as Telegram does for a group whose members may not send media; text still goes through.
   */
  refusePhotos(chatId: number, refuse = true): void {
    if (refuse) this.photoRefusers.add(chatId);
    else this.photoRefusers.delete(chatId);
  }

  refusesPhotos(chatId: number): boolean {
    return this.photoRefusers.has(chatId);
  }

  get globalRatePerSecond(): number {
    return this.limiter.globalRatePerSecond;
  }

  set globalRatePerSecond(rate: number) {
    this.limiter.globalRatePerSecond = rate;
  }

  /** Turns the realistic flood limits on or off at runtime (forced floods still apply). */
  set floodLimits(enabled: boolean) {
    this.limiter.enabled = enabled;
  }

  get floodLimits(): boolean {
    return this.limiter.enabled;
  }

  clear(): void {
    this.failures = [];
    this.floods = [];
    this.photoRefusers.clear();
  }

  /** @internal used by the dispatcher */
  takeFailure(method: string, chatId: number | undefined): FailureRule | undefined {
    if (this.failures.length === 0) return undefined;
    const index = this.failures.findIndex((rule) => rule.method === method && (rule.chatId === undefined || rule.chatId === chatId));
    return index < 0 ? undefined : consume(this.failures, index);
  }

  /** @internal used by the dispatcher */
  takeFlood(method: string, chatId: number | undefined, isSending: boolean): number | undefined {
    if (this.floods.length === 0) return undefined;
    const index = this.floods.findIndex(
      (rule) => (rule.method === undefined ? isSending : rule.method === method) && (rule.chatId === undefined || rule.chatId === chatId),
    );
    return index < 0 ? undefined : consume(this.floods, index).retryAfter;
  }
}

function consume<T extends { remaining: number }>(rules: T[], index: number): T {
  const rule = rules[index] as T;
  rule.remaining -= 1;
  if (rule.remaining <= 0) rules.splice(index, 1);
  return rule;
}
