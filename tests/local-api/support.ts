import { Api, GrammyError } from "grammy";
import { expect } from "vitest";
import { type LocalBot, type LocalBotApi, type LocalBotApiOptions, startLocalBotApi } from "../../local-api/index.js";

/** A server with one bot and grammY's real API client pointed at it. */
export interface Fixture {
  api: LocalBotApi;
  bot: LocalBot;
  client: Api;
}

export async function startFixture(options: LocalBotApiOptions = {}): Promise<Fixture> {
  const api = await startLocalBotApi({ floodLimits: false, ...options });
  const bot = api.createBot({ username: "kz_licenses_bot", firstName: "KZ Licenses" });
  return { api, bot, client: new Api(bot.token, { apiRoot: api.url }) };
}

/** Asserts a call failed the way Telegram fails it: error code and exact description. */
export async function expectApiError(call: Promise<unknown>, code: number, description: string): Promise<GrammyError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected "${description}"`).toBeInstanceOf(GrammyError);
  expect({ code: (error as GrammyError).error_code, description: (error as GrammyError).description }).toEqual({ code, description });
  return error as GrammyError;
}

/** A raw HTTP call, for bodies grammY never sends (form-encoded) and for the envelope itself. */
export async function rawCall(
  api: LocalBotApi,
  path: string,
  body?: string | FormData,
  contentType?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${api.url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    ...(contentType ? { headers: { "content-type": contentType } } : {}),
    ...(body !== undefined ? { body } : {}),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
