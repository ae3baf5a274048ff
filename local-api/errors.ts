import type { ResponseParameters } from "@grammyjs/types";

/**
 * A Bot API failure in Telegram's envelope shape. Method handlers throw it; the
 * HTTP layer turns it into `{ ok: false, error_code, description, parameters? }`.
 */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
    this.name = "ApiError";
  }
}

/** Telegram's answer envelope. */
export type ApiResponse =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: ResponseParameters };

export function errorBody(error: ApiError): ApiResponse {
  const body: ApiResponse = { ok: false, error_code: error.code, description: error.description };
  if (error.parameters) body.parameters = error.parameters;
  return body;
}

export const badRequest = (message: string): ApiError => new ApiError(400, `Bad Request: ${message}`);

export const forbidden = (message: string): ApiError => new ApiError(403, `Forbidden: ${message}`);

export const conflict = (message: string): ApiError => new ApiError(409, `Conflict: ${message}`);

export const tooManyRequests = (retryAfter: number): ApiError =>
  new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });

export const notFound = (): ApiError => new ApiError(404, "Not Found");

export const unauthorized = (detail?: string): ApiError => new ApiError(401, detail ? `Unauthorized: ${detail}` : "Unauthorized");

const SERVER_ERROR_TEXT: Record<number, string> = {
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export const serverError = (status: number, description?: string): ApiError =>
  new ApiError(status, description ?? SERVER_ERROR_TEXT[status] ?? "Internal Server Error");

export const CALLBACK_QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid";
