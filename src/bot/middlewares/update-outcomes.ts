import type { Context, MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";

/** How handling an update ended: what the error boundary made of it, or "ok". */
export type UpdateOutcome = "ok" | "error" | "database_unavailable" | "chat_unreachable";

/** The update kinds a metric label may take; anything else is "other" (labels must stay bounded). */
const KINDS = new Set([
  "message",
  "edited_message",
  "callback_query",
  "inline_query",
  "chosen_inline_result",
  "my_chat_member",
  "chat_member",
]);

export function updateKind(update: Update): string {
  const kind = Object.keys(update).find((key) => key !== "update_id");
  return kind !== undefined && KINDS.has(kind) ? kind : "other";
}

export type UpdateObserver = (kind: string, outcome: UpdateOutcome, seconds: number) => void;

/**
 * Times every update and reports how it ended. The error boundary swallows failures (the fan gets
 * an apology, the update counts as handled), so it tells this of them through `failed()`.
 */
export class UpdateOutcomes {
  private readonly failures = new WeakMap<Update, UpdateOutcome>();

  constructor(private readonly observe: UpdateObserver) {}

  failed(update: Update, outcome: Exclude<UpdateOutcome, "ok">): void {
    this.failures.set(update, outcome);
  }

  middleware(): MiddlewareFn<Context> {
    return async (ctx, next) => {
      const started = performance.now();
      let outcome: UpdateOutcome = "ok";
      try {
        await next();
      } catch (err) {
        outcome = "error";
        throw err;
      } finally {
        outcome = this.failures.get(ctx.update) ?? outcome;
        this.observe(updateKind(ctx.update), outcome, (performance.now() - started) / 1000);
      }
    };
  }
}
