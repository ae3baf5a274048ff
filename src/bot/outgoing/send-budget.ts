/**
 * One budget for everything the bot sends, shaped like Telegram's flood limits: a global rate
 * for the whole bot, about one message a second per private chat (with a small burst) and 20 a
 * minute per group. Calls into one chat run one at a time and in order; replies to fans go
 * before broadcasts, which get what is left. A 429 holds back the chat it covers (or, when
 * several chats hit one at once, everything) for `retry_after`, and the call is tried again: a
 * send is never dropped because of a 429.
 *
 * It knows nothing of grammY: an attempt reports an Outcome, and the transformer (api-transformer.ts)
 * turns Bot API answers into outcomes. Time is an input (`now`, `timers`), so tests pin it.
 */

export type Lane = "reply" | "broadcast";

export type Outcome<T> =
  | { kind: "done"; value: T }
  /** Telegram's 429: wait `retryAfterMs`, then try again. */
  | { kind: "flood"; retryAfterMs: number }
  /** A 5xx or a network error: try again after a back-off of our own. */
  | { kind: "retry"; error: unknown }
  /** A permanent refusal (400, 403): the send ends with this error. */
  | { kind: "fail"; error: unknown };

export interface ChatTarget {
  chatId: string;
  group: boolean;
}

/** What the budget needs of an AbortSignal (grammY passes its own shim's). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SendBudgetOptions {
  /** Messages a second for the whole bot (TELEGRAM_GLOBAL_RATE). */
  globalPerSecond: number;
  privateChat?: { perSecond: number; burst: number };
  group?: { perMinute: number; burst: number };
  /**
   * Paced calls in flight at once (default a third of a second's worth). Tokens are taken when a
   * call starts, but a busy process may write many started calls at once; capping them keeps
   * such a clump within what Telegram's own burst allowance absorbs.
   */
  maxInFlight?: number;
  /** Back-off after a 5xx or network error: doubles from `initialMs` up to `maxMs`, without end. */
  backoff?: { initialMs: number; maxMs: number };
  /**
   * A reply that has waited this long makes its chat see "typing…" (and again every few
   * seconds while it waits).
   */
  typingAfterMs?: number;
  /**
   * "typing…" calls a second on an allowance of their own (TELEGRAM_CHAT_ACTION_RATE; default the
   * global rate), beside whatever the messages leave over. Telegram documents its limits for
   * messages only; a 429 answered to "typing…", or one for the whole bot while it used this
   * allowance, takes the allowance away for a while (CHAT_ACTIONS_OFF_MS), so that if Telegram
   * does count them, a crowd's replies lose at most one retry_after to them. 0: leftover only.
   */
  chatActionsPerSecond?: number;
  /** Called once per 429, for logs and metrics. */
  onFlood?: (chatId: string | null, retryAfterMs: number, scope: "chat" | "all") => void;
  now?: () => number;
  timers?: Timers;
}

/** A call refused because the budget was closed before it went out: Telegram never saw it. */
export class NotSentError extends Error {
  override name = "NotSentError";
}

export const TELEGRAM_LIMITS = {
  privateChat: { perSecond: 1, burst: 3 },
  group: { perMinute: 20, burst: 3 },
} as const;

/** Two chats flooded within this long: the limit hit is the bot's, not a chat's. */
const GLOBAL_FLOOD_WINDOW_MS = 1_000;
/** Typing lasts about five seconds in Telegram's apps. */
const TYPING_REPEAT_MS = 4_500;
/** How long "typing…" goes back to leftover capacity only, once Telegram seems to count it. */
const CHAT_ACTIONS_OFF_MS = 10 * 60_000;
/** A 429 for the whole bot this soon after an own-allowance "typing…" is blamed on it. */
const CHAT_ACTION_BLAME_MS = 2_000;

class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly capacity: number,
    private readonly perMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.at = now;
  }

  /** Milliseconds until a token is there (0: now). */
  waitMs(now: number): number {
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.at) * this.perMs);
    this.at = now;
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.perMs);
  }

  take(): void {
    this.tokens -= 1;
  }

  full(now: number): boolean {
    return this.waitMs(now) === 0 && this.tokens >= this.capacity;
  }
}

interface Job {
  lane: Lane;
  attempt: () => Promise<Outcome<unknown>>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  notBefore: number;
  failures: number;
}

interface ChatQueue {
  target: ChatTarget;
  jobs: Job[];
  busy: boolean;
  heldUntil: number;
  bucket: TokenBucket;
  typingTimer?: unknown;
  /** This wait has shown "typing…" once already: the next is a repeat, served after first signs. */
  typingShown?: boolean;
  /** In the line for "typing…" (firstSigns or typingDue). */
  typingQueued?: boolean;
}

export class SendBudget {
  private readonly chats = new Map<string, ChatQueue>();
  /**
   * Chats whose reply has waited long enough to show "typing…" for the first time, served newest
   * first: in a crowd answered in order, the fan who wrote last waits longest, while the first
   * ones are answered before a sign sent in arrival order would reach them.
   */
  private readonly firstSigns: ChatQueue[] = [];
  /** Chats due to see "typing…" again, oldest first (after every first sign). */
  private readonly typingDue = new Set<ChatQueue>();
  /** The "typing…" allowance of its own (null: leftover only). */
  private readonly actions: TokenBucket | null;
  private actionsOffUntil = 0;
  private lastOwnActionAt = -Infinity;
  /** The chats with calls queued, in round-robin order: what pump() looks at (not every chat known). */
  private readonly waiting = new Map<string, ChatQueue>();
  /**
   * Chats whose next call comes back after a 429 or an error: they keep their turn, ahead of the
   * round robin, instead of waiting behind every chat that wrote after them.
   */
  private readonly retrying = new Map<string, ChatQueue>();
  private forgotAt = -Infinity;
  private readonly global: TokenBucket;
  private heldUntil = 0;
  /** A 429 on a broadcast pauses every broadcast (replies go on) for its retry_after. */
  private broadcastsHeldUntil = 0;
  private lastFlood: { chatId: string; at: number } | null = null;
  private timer: { handle: unknown; at: number } | null = null;
  private readonly now: () => number;
  private readonly timers: Timers;
  private readonly privateChat: { perSecond: number; burst: number };
  private readonly group: { perMinute: number; burst: number };
  private readonly backoff: { initialMs: number; maxMs: number };
  private readonly maxInFlight: number;
  private running = 0;
  private queued = 0;
  private closed: Error | null = null;
  private idleWaiters: (() => void)[] = [];
  /**
   * Called while a reply is held back, so the fan sees the bot is working on it (set by the bot:
   * it sends "typing"). It may resolve with a 429's retry_after in milliseconds.
   */
  onWaiting?: (chatId: string) => Promise<number | undefined> | undefined;

  constructor(private readonly options: SendBudgetOptions) {
    this.now = options.now ?? (() => performance.now());
    this.timers = options.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };
    this.privateChat = options.privateChat ?? TELEGRAM_LIMITS.privateChat;
    this.group = options.group ?? TELEGRAM_LIMITS.group;
    this.backoff = options.backoff ?? { initialMs: 500, maxMs: 30_000 };
    // A third of a second's worth at once: far below what Telegram tolerates, so the jitter of
    // requests on the way never adds up to a 429 while we send at the full rate.
    const rate = options.globalPerSecond;
    const third = Math.max(1, Math.floor(rate / 3));
    this.global = new TokenBucket(third, rate / 1000, this.now());
    this.maxInFlight = options.maxInFlight ?? third;
    const actionRate = options.chatActionsPerSecond ?? rate;
    this.actions = actionRate > 0 ? new TokenBucket(Math.max(1, Math.floor(actionRate / 3)), actionRate / 1000, this.now()) : null;
  }

  /** Calls waiting or in flight, over all chats. */
  get pending(): number {
    return this.running + this.queued;
  }

  /**
   * Runs `attempt` within the chat's and the bot's limits, again after a 429 or a transient
   * error, and settles with its value or its permanent error.
   */
  run<T>(target: ChatTarget, lane: Lane, attempt: () => Promise<Outcome<T>>): Promise<T> {
    if (this.closed) return Promise.reject(this.closed);
    return new Promise<T>((resolve, reject) => {
      let q = this.chats.get(target.chatId);
      if (!q) {
        q = { target, jobs: [], busy: false, heldUntil: 0, bucket: this.bucketFor(target) };
        this.chats.set(target.chatId, q);
      }
      const now = this.now();
      // A new wait for a reply: its first "typing…" is a first sign again.
      if (lane === "reply" && !this.waitsForReply(q)) q.typingShown = false;
      q.jobs.push({
        lane,
        attempt: attempt as () => Promise<Outcome<unknown>>,
        resolve: resolve as (v: unknown) => void,
        reject,
        notBefore: now,
        failures: 0,
      });
      this.queued++;
      if (this.waiting.get(target.chatId) !== q && !this.retrying.has(target.chatId)) this.waiting.set(target.chatId, q);
      this.pump();
      if (lane === "reply" && q.jobs.length > 0) this.watchTyping(q);
    });
  }

  /**
   * Retries a call that is not counted against a chat (answerCallbackQuery, getMe, ...) on the
   * same terms: after a 429 (and any hold on the whole bot) and with back-off after transient errors.
   */
  async unpaced<T>(attempt: () => Promise<Outcome<T>>, signal?: AbortSignalLike): Promise<T> {
    for (let failures = 0; ; ) {
      const wait = this.heldUntil - this.now();
      if (wait > 0) await this.sleep(wait, signal);
      const outcome = await attempt();
      if (outcome.kind === "done") return outcome.value;
      if (outcome.kind === "fail") throw outcome.error;
      await this.sleep(outcome.kind === "flood" ? outcome.retryAfterMs : this.backoffMs(failures++), signal);
    }
  }

  /**
   * Ends every call still waiting with `reason`, and any later one at once: what this process
   * could not send before stopping has been handed over, and must not go out after all. A call
   * waiting to be retried after a 5xx or a network error may have reached Telegram already: it
   * ends with a plain error instead, not claiming it was never sent.
   */
  close(reason: NotSentError): void {
    this.closed = reason;
    for (const q of this.chats.values()) {
      for (const job of q.jobs.splice(0)) {
        job.reject(job.failures === 0 ? reason : new Error(`${reason.message} (an earlier attempt may have reached Telegram)`));
      }
      if (q.typingTimer !== undefined) this.timers.clearTimeout(q.typingTimer);
      q.typingQueued = false;
    }
    this.typingDue.clear();
    this.firstSigns.length = 0;
    this.queued = 0;
    this.waiting.clear();
    this.retrying.clear();
    if (this.timer) this.timers.clearTimeout(this.timer.handle);
    this.timer = null;
  }

  /** Resolves once nothing waits or runs (graceful stop: queued replies are sent first). */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private bucketFor(target: ChatTarget): TokenBucket {
    const now = this.now();
    return target.group
      ? new TokenBucket(this.group.burst, this.group.perMinute / 60_000, now)
      : new TokenBucket(this.privateChat.burst, this.privateChat.perSecond / 1000, now);
  }

  private backoffMs(failures: number): number {
    return Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** failures);
  }

  /** Stopping the bot (the signal of a long poll) ends the wait with an error. */
  private sleep(ms: number, signal?: AbortSignalLike): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new Error("stopped while waiting to retry a Bot API call"));
      const aborted = () => {
        this.timers.clearTimeout(handle);
        reject(new Error("stopped while waiting to retry a Bot API call"));
      };
      const handle = this.timers.setTimeout(() => {
        signal?.removeEventListener("abort", aborted);
        resolve();
      }, ms);
      signal?.addEventListener("abort", aborted, { once: true });
    });
  }

  /** Starts every call that may go now, replies first, chats in turn; sets a timer for the next. */
  private pump(): void {
    const now = this.now();
    let wake = Infinity;
    let globalWait = this.global.waitMs(now);
    const heldAll = this.heldUntil > now;
    if (heldAll) wake = this.heldUntil;
    for (const lane of ["reply", "broadcast"] as const) {
      // "typing…" with what the replies leave over goes before the broadcasts.
      if (lane === "broadcast") this.startTyping(now, true);
      // A call finishing pumps again, so a full house needs no timer.
      if (heldAll || globalWait > 0 || this.running >= this.maxInFlight) break;
      if (lane === "broadcast" && this.broadcastsHeldUntil > now) {
        if (this.queued > 0) wake = Math.min(wake, this.broadcastsHeldUntil);
        break;
      }
      lines: for (const line of [this.retrying, this.waiting])
        for (const [chatId, q] of line) {
          const job = q.jobs[0];
          if (!job) {
            line.delete(chatId);
            continue;
          }
          if (q.busy || job.lane !== lane) continue;
          const readyAt = Math.max(job.notBefore, q.heldUntil, now + q.bucket.waitMs(now));
          if (readyAt > now) {
            wake = Math.min(wake, readyAt);
            continue;
          }
          globalWait = this.global.waitMs(now);
          if (globalWait > 0 || this.running >= this.maxInFlight) break lines;
          this.global.take();
          q.bucket.take();
          q.jobs.shift();
          this.queued--;
          q.busy = true;
          // Round robin: this chat goes to the back of the line.
          this.retrying.delete(chatId);
          this.waiting.delete(chatId);
          if (q.jobs.length > 0) this.waiting.set(chatId, q);
          void this.start(q, job);
        }
    }
    if (globalWait > 0 && this.queued > 0) wake = Math.min(wake, now + globalWait);
    // Its own allowance goes on whatever the replies are doing.
    wake = Math.min(wake, this.startTyping(now, false));
    this.forgetIdleChats(now);
    this.setTimer(wake);
  }

  private async start(q: ChatQueue, job: Job): Promise<void> {
    this.running++;
    let outcome: Outcome<unknown>;
    try {
      outcome = await job.attempt();
    } catch (error) {
      outcome = { kind: "fail", error };
    }
    this.running--;
    q.busy = false;
    const now = this.now();
    switch (outcome.kind) {
      case "done":
        job.resolve(outcome.value);
        break;
      case "fail":
        job.reject(outcome.error);
        break;
      case "flood":
        this.flooded(q, outcome.retryAfterMs, now);
        if (job.lane === "broadcast") this.broadcastsHeldUntil = Math.max(this.broadcastsHeldUntil, now + outcome.retryAfterMs);
        job.notBefore = now + outcome.retryAfterMs;
        break;
      case "retry":
        job.notBefore = now + this.backoffMs(job.failures++);
        break;
    }
    if (outcome.kind === "flood" || outcome.kind === "retry") {
      // Back to the head of its chat's line: what was sent after it still waits behind it.
      q.jobs.unshift(job);
      this.queued++;
      this.waiting.delete(q.target.chatId);
      this.retrying.set(q.target.chatId, q);
      if (job.lane === "reply") this.watchTyping(q);
    }
    this.pump();
    if (this.pending === 0) for (const done of this.idleWaiters.splice(0)) done();
  }

  private flooded(q: ChatQueue, retryAfterMs: number, now: number): void {
    const chatId = q.target.chatId;
    const other = this.lastFlood && this.lastFlood.chatId !== chatId && now - this.lastFlood.at < GLOBAL_FLOOD_WINDOW_MS;
    this.lastFlood = { chatId, at: now };
    q.heldUntil = Math.max(q.heldUntil, now + retryAfterMs);
    if (other) this.heldUntil = Math.max(this.heldUntil, now + retryAfterMs);
    if (other && now - this.lastOwnActionAt < CHAT_ACTION_BLAME_MS) this.actionsOffUntil = now + CHAT_ACTIONS_OFF_MS;
    this.options.onFlood?.(chatId, retryAfterMs, other ? "all" : "chat");
  }

  /**
   * While a reply waits in this chat, "typing…" after a moment, then every few seconds: each time
   * the chat joins the line for it, which pump() serves from the allowance of its own and with
   * what the replies leave over.
   */
  private watchTyping(q: ChatQueue, afterMs = this.options.typingAfterMs ?? 1_000): void {
    if (!this.onWaiting || q.typingTimer !== undefined || q.typingQueued) return;
    q.typingTimer = this.timers.setTimeout(() => {
      q.typingTimer = undefined;
      if (!this.waitsForReply(q)) return;
      if (q.typingShown) this.typingDue.add(q);
      else this.firstSigns.push(q);
      q.typingQueued = true;
      this.pump();
    }, afterMs);
  }

  private waitsForReply(q: ChatQueue): boolean {
    return q.jobs.some((j) => j.lane === "reply");
  }

  /**
   * Sends "typing…" to the chats due for it: first signs newest first, then repeats. `leftover`:
   * also with the bot's rate that no reply could use at that moment (pump() calls it after the
   * replies), so a crowd's replies are never slowed by it. Returns when the allowance of its own
   * has a token again for a chat still waiting (Infinity: none waits, or no allowance).
   */
  private startTyping(now: number, leftover: boolean): number {
    if (this.heldUntil > now) return Number.POSITIVE_INFINITY;
    const own = this.actions && this.actionsOffUntil <= now ? this.actions : null;
    for (;;) {
      const q = this.nextTyping();
      if (!q) return Number.POSITIVE_INFINITY;
      if (own && own.waitMs(now) === 0) {
        own.take();
        this.lastOwnActionAt = now;
      } else if (leftover && this.global.waitMs(now) === 0 && this.running < this.maxInFlight) {
        this.global.take();
      } else {
        return own ? now + own.waitMs(now) : Number.POSITIVE_INFINITY;
      }
      if (this.firstSigns.at(-1) === q) this.firstSigns.pop();
      else this.typingDue.delete(q);
      q.typingQueued = false;
      q.typingShown = true;
      void this.onWaiting?.(q.target.chatId)?.then((retryAfterMs) => {
        if (retryAfterMs !== undefined) this.chatActionFlooded(retryAfterMs);
      });
      this.watchTyping(q, TYPING_REPEAT_MS);
    }
  }

  /** The chat that should see "typing…" next, dropping those whose reply went out meanwhile. */
  private nextTyping(): ChatQueue | undefined {
    for (let q = this.firstSigns.at(-1); q; q = this.firstSigns.at(-1)) {
      if (this.waitsForReply(q)) return q;
      this.firstSigns.pop();
      q.typingQueued = false;
    }
    for (const q of this.typingDue) {
      if (this.waitsForReply(q)) return q;
      this.typingDue.delete(q);
      q.typingQueued = false;
    }
    return undefined;
  }

  /** Telegram refused a "typing…" (429): it counts them, so they go back to leftover capacity. */
  private chatActionFlooded(retryAfterMs: number): void {
    const now = this.now();
    this.actionsOffUntil = now + Math.max(CHAT_ACTIONS_OFF_MS, retryAfterMs);
  }

  /** A chat with nothing queued, no hold and a full bucket carries no state worth keeping. */
  private forgetIdleChats(now: number): void {
    // At most once a second: it walks every chat known.
    if (this.chats.size < 1_000 || now - this.forgotAt < 1_000) return;
    this.forgotAt = now;
    for (const [chatId, q] of this.chats) {
      if (!q.busy && q.jobs.length === 0 && q.heldUntil <= now && q.typingTimer === undefined && !q.typingQueued && q.bucket.full(now)) {
        this.chats.delete(chatId);
        this.waiting.delete(chatId);
        this.retrying.delete(chatId);
      }
    }
  }

  private setTimer(at: number): void {
    if (this.timer && this.timer.at <= at) return;
    if (this.timer) this.timers.clearTimeout(this.timer.handle);
    this.timer = null;
    if (at === Infinity) return;
    const handle = this.timers.setTimeout(
      () => {
        this.timer = null;
        this.pump();
      },
      Math.max(0, at - this.now()),
    );
    this.timer = { handle, at };
  }
}
