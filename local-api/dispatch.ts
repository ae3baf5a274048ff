import type { Core } from "./core.js";
import { ApiError, type ApiResponse, errorBody, notFound, serverError, tooManyRequests, unauthorized } from "./errors.js";
import { METHODS, type MethodContext, SENDING_METHODS } from "./methods/index.js";
import type { Params } from "./validation.js";

/**
 * One Bot API call from token check to recorded result, independent of HTTP
 * (the webhook-reply path uses it too).
 */
export type DispatchOutcome = { kind: "answer"; status: number; body: ApiResponse } | { kind: "drop" };

const TOKEN_SHAPE = /^\d+:[A-Za-z0-9_-]+$/;

const answer = (result: unknown): DispatchOutcome => ({ kind: "answer", status: 200, body: { ok: true, result } });

const failure = (error: ApiError): DispatchOutcome => ({ kind: "answer", status: error.code, body: errorBody(error) });

/** Tokens not shaped like `123:abc` never reach the Bot API on Telegram either: a plain 404. */
export const isTokenShaped = (token: string): boolean => TOKEN_SHAPE.test(token);

export async function dispatch(
  core: Core,
  token: string,
  methodName: string,
  params: Params,
  signal: AbortSignal,
): Promise<DispatchOutcome> {
  if (!isTokenShaped(token)) return failure(notFound());
  const bot = core.state.botsByToken.get(token);
  if (!bot) return failure(unauthorized());
  const method = methodName.toLowerCase();
  const handler = METHODS.get(method);
  if (!handler) return failure(notFound());

  const chatId = numericChatId(params.chat_id);
  const context: MethodContext = { core, bot, signal, chatId };
  const record = (ok: boolean, result?: unknown, error?: ApiError): void => {
    // A long poll whose client already left was answered to no one.
    if (method === "getupdates" && signal.aborted) return;
    core.state.recordCall({
      method: methodName,
      params,
      ok,
      ...(ok ? { result } : {}),
      ...(error
        ? {
            error: {
              error_code: error.code,
              description: error.description,
              ...(error.parameters ? { parameters: error.parameters } : {}),
            },
          }
        : {}),
      at: new Date(core.now()),
      ...(context.chatId !== undefined ? { chatId: context.chatId } : {}),
      botId: bot.id,
    });
  };

  const fault = core.faults.takeFailure(method, chatId);
  if (fault && !fault.afterApply) {
    const error = serverError(fault.status, fault.description);
    record(false, undefined, error);
    return fault.drop ? { kind: "drop" } : failure(error);
  }
  const retryAfter = core.faults.takeFlood(method, chatId, SENDING_METHODS.has(method));
  if (retryAfter !== undefined) {
    const error = tooManyRequests(retryAfter);
    record(false, undefined, error);
    return failure(error);
  }

  let result: unknown;
  try {
    result = await handler(context, params);
  } catch (caught) {
    // Anything but an ApiError is a bug here; its message helps whoever reads the call log.
    const error =
      caught instanceof ApiError ? caught : serverError(500, `Internal Server Error: ${String((caught as Error)?.message ?? caught)}`);
    record(false, undefined, error);
    return failure(error);
  }
  record(true, result);
  if (fault) return fault.drop ? { kind: "drop" } : failure(serverError(fault.status, fault.description));
  return answer(result);
}

function numericChatId(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}
