import { badRequest } from "../errors.js";
import { type Params, readBool, readInt, readJson, readString } from "../validation.js";
import type { MethodHandler } from "./context.js";

/** getUpdates, setWebhook, deleteWebhook, getWebhookInfo. */

function readAllowedUpdates(params: Params): string[] | undefined {
  const value = readJson(params, "allowed_updates", "can't parse allowed_updates JSON object");
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw badRequest("can't parse allowed_updates JSON object");
  return value.map(String);
}

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);

export const updateMethods: Record<string, MethodHandler> = {
  getUpdates(context, params) {
    return context.bot.feed.getUpdates(
      {
        offset: readInt(params, "offset") ?? 0,
        limit: clamp(readInt(params, "limit") ?? 100, 1, 100),
        timeoutSeconds: clamp(readInt(params, "timeout") ?? 0, 0, 3600),
        allowedUpdates: readAllowedUpdates(params),
      },
      context.signal,
    );
  },

  setWebhook(context, params) {
    const url = readString(params, "url")?.trim() ?? "";
    const dropPending = readBool(params, "drop_pending_updates");
    if (url === "") {
      context.bot.feed.deleteWebhook(dropPending);
      return true;
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw badRequest("bad webhook: Wrong HTTP URL specified");
    }
    // Telegram insists on HTTPS; a local test double has to accept plain HTTP.
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    const secretToken = readString(params, "secret_token");
    if (secretToken !== undefined && secretToken !== "" && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
      throw badRequest("secret token contains unallowed characters");
    }
    const maxConnections = readInt(params, "max_connections") ?? 40;
    context.bot.feed.setWebhook(
      {
        url,
        maxConnections: clamp(maxConnections, 1, 100),
        ...(secretToken ? { secretToken } : {}),
        ...(readAllowedUpdates(params) ? { allowedUpdates: readAllowedUpdates(params) } : {}),
        ...(readString(params, "ip_address") ? { ipAddress: readString(params, "ip_address") } : {}),
      },
      dropPending,
    );
    return true;
  },

  deleteWebhook(context, params) {
    context.bot.feed.deleteWebhook(readBool(params, "drop_pending_updates"));
    return true;
  },

  getWebhookInfo: (context) => context.bot.feed.webhookInfo(),
};
