import { HttpError, type Transformer } from "grammy";
import type { Lane, Outcome, SendBudget } from "./send-budget.js";

/** Calls Telegram counts against a chat's and the bot's message limits. */
function isPaced(method: string): boolean {
  return (
    (method.startsWith("send") && method !== "sendChatAction") ||
    method.startsWith("edit") ||
    method.startsWith("copyMessage") ||
    method.startsWith("forwardMessage")
  );
}

/** "typing…" is cosmetic: sent once, never retried nor paced. */
const PASS_THROUGH = new Set(["sendChatAction"]);

/** How one attempt at a call ended, as metrics count it: bounded, never Telegram's description. */
export type CallResult = "sent" | "429" | "4xx" | "5xx" | "network";

/** Told of every attempt (a call retried after a 429 is told twice). */
export type CallObserver = (method: string, lane: Lane, result: CallResult) => void;

type Call = Parameters<Transformer>;
type Response = Awaited<ReturnType<Transformer>>;

/**
 * A Bot API answer (or the network's failure) as the budget sees it. `retryTransient` false (the
 * broadcast lane): a 5xx or network error ends the call, and the sender puts the delivery back
 * in Postgres with a back-off of its own instead of holding it in memory.
 */
async function attempt(
  prev: Call[0],
  method: Call[1],
  payload: Call[2],
  signal: Call[3],
  retryTransient: boolean,
): Promise<Outcome<Response>> {
  try {
    const res = await prev(method, payload, signal);
    if (res.ok) return { kind: "done", value: res };
    if (res.error_code === 429) return { kind: "flood", retryAfterMs: Math.max(1, res.parameters?.retry_after ?? 1) * 1000 };
    if (res.error_code >= 500 && retryTransient) return { kind: "retry", error: res };
    // 400, 403 and the like: Telegram's final word; grammY turns it into a GrammyError.
    return { kind: "done", value: res };
  } catch (error) {
    // The call never got an answer (refused, reset, DNS): retried unless the bot is stopping.
    if (error instanceof HttpError && retryTransient && !signal?.aborted) return { kind: "retry", error };
    return { kind: "fail", error };
  }
}

/**
 * Puts every Bot API call of an Api instance through the one send budget: sends and edits are
 * paced per chat and for the whole bot in `lane`; other calls (answerCallbackQuery first of all)
 * go at once but are retried on the same terms. A 429 is waited out however long it says, a 5xx
 * or a network error retried with back-off up to 30 s apart: only a permanent answer ends a call.
 * This replaces auto-retry, which gives up after a few tries and retries every call on its own.
 */
export function outgoingTransformer(budget: SendBudget, lane: Lane, observe?: CallObserver): Transformer {
  return (prev, method, payload, signal) => {
    if (PASS_THROUGH.has(method)) {
      const call = prev(method, payload, signal);
      return observe ? observed(call, (result) => observe(method, lane, result)) : call;
    }
    const once = observe
      ? () =>
          attempt(prev, method, payload, signal, lane === "reply").then((outcome) => {
            observe(method, lane, resultOf(outcome));
            return outcome;
          })
      : () => attempt(prev, method, payload, signal, lane === "reply");
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (!isPaced(method) || (typeof chatId !== "number" && typeof chatId !== "string")) return budget.unpaced(once, signal);
    // Group and channel ids are negative (or a channel's @username).
    const group = typeof chatId === "string" ? !/^\d+$/.test(chatId) : chatId < 0;
    return budget.run({ chatId: String(chatId), group }, lane, once);
  };
}

function resultOf(outcome: Outcome<Response>): CallResult {
  if (outcome.kind === "flood") return "429";
  if (outcome.kind === "done") return statusResult(outcome.value);
  const error = outcome.error as { ok?: boolean; error_code?: number } | undefined;
  return error && error.ok === false && typeof error.error_code === "number" ? statusResult(error as Response) : "network";
}

function statusResult(res: Response): CallResult {
  if (res.ok) return "sent";
  if (res.error_code === 429) return "429";
  return res.error_code >= 500 ? "5xx" : "4xx";
}

function observed(call: Promise<Response>, tell: (result: CallResult) => void): Promise<Response> {
  return call.then(
    (res) => {
      tell(statusResult(res));
      return res;
    },
    (err: unknown) => {
      tell("network");
      throw err;
    },
  );
}
