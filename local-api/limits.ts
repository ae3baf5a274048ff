import { tooManyRequests } from "./errors.js";

/**
 * Telegram's flood limits as token buckets: per private chat about one message
 * a second with a small burst, per group 20 a minute, and a global rate per bot
 * (30/s by default). Only sending methods (messages and edits) are counted.
 */
export interface FloodLimitConfig {
  /** Private chats: bucket size and refill per second. */
  privateChat: { burst: number; perSecond: number };
  /** Groups and supergroups: bucket size and refill per minute. */
  group: { burst: number; perMinute: number };
  /** All sends of one bot together. */
  globalPerSecond: number;
  /**
   * Count sendChatAction ("typing…") against the global rate too. Telegram does not say it does;
   * a stricter stand-in (as an outside review used) does, and the benchmarks can ask for it.
   */
  chatActionsCount?: boolean;
}

export const DEFAULT_FLOOD_LIMITS: FloodLimitConfig = {
  privateChat: { burst: 10, perSecond: 1 },
  group: { burst: 20, perMinute: 20 },
  globalPerSecond: 30,
};

class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private capacity: number,
    private perMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  reconfigure(capacity: number, perMs: number): void {
    this.capacity = capacity;
    this.perMs = perMs;
    this.tokens = Math.min(this.tokens, capacity);
  }

  /** Milliseconds until one token is available (0 = available now). */
  waitMs(now: number): number {
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.perMs);
    this.updatedAt = now;
    return this.tokens >= 1 ? 0 : (1 - this.tokens) / this.perMs;
  }

  take(): void {
    this.tokens -= 1;
  }

  isFull(now: number): boolean {
    return this.waitMs(now) === 0 && this.tokens >= this.capacity;
  }
}

const MAX_TRACKED_CHATS = 50_000;

export class FloodLimiter {
  enabled: boolean;
  private readonly config: FloodLimitConfig;
  private readonly chats = new Map<string, TokenBucket>();
  private readonly globals = new Map<number, TokenBucket>();

  constructor(enabled: boolean, config: FloodLimitConfig) {
    this.enabled = enabled;
    this.config = { ...config, privateChat: { ...config.privateChat }, group: { ...config.group } };
  }

  get globalRatePerSecond(): number {
    return this.config.globalPerSecond;
  }

  set globalRatePerSecond(rate: number) {
    this.config.globalPerSecond = rate;
    for (const bucket of this.globals.values()) bucket.reconfigure(rate, rate / 1000);
  }

  /** Counts one send from `botId` into `chatId`, or throws 429 with `retry_after` (nothing is consumed then). */
  take(botId: number, chatId: number, isGroup: boolean, now: number): void {
    if (!this.enabled) return;
    const global = this.bucket(this.globals, botId, now, this.config.globalPerSecond, this.config.globalPerSecond / 1000);
    const chat = isGroup
      ? this.bucket(this.chats, `${botId}:${chatId}`, now, this.config.group.burst, this.config.group.perMinute / 60_000)
      : this.bucket(this.chats, `${botId}:${chatId}`, now, this.config.privateChat.burst, this.config.privateChat.perSecond / 1000);
    const waitMs = Math.max(global.waitMs(now), chat.waitMs(now));
    if (waitMs > 0) throw tooManyRequests(Math.max(1, Math.ceil(waitMs / 1000)));
    global.take();
    chat.take();
  }

  /** sendChatAction: counted against the bot's global rate only when `chatActionsCount` is set. */
  takeChatAction(botId: number, now: number): void {
    if (!this.enabled || !this.config.chatActionsCount) return;
    const global = this.bucket(this.globals, botId, now, this.config.globalPerSecond, this.config.globalPerSecond / 1000);
    const waitMs = global.waitMs(now);
    if (waitMs > 0) throw tooManyRequests(Math.max(1, Math.ceil(waitMs / 1000)));
    global.take();
  }

  private bucket<K>(map: Map<K, TokenBucket>, key: K, now: number, capacity: number, perMs: number): TokenBucket {
    let bucket = map.get(key);
    if (!bucket) {
      if (map.size >= MAX_TRACKED_CHATS) this.forgetIdle(map, now);
      bucket = new TokenBucket(capacity, perMs, now);
      map.set(key, bucket);
    }
    return bucket;
  }

  /** A full bucket holds no information, so it can be dropped to bound memory. */
  private forgetIdle<K>(map: Map<K, TokenBucket>, now: number): void {
    for (const [key, bucket] of map) if (bucket.isFull(now)) map.delete(key);
  }
}
