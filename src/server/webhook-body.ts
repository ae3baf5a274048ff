import type { IncomingMessage, ServerResponse } from "node:http";
import type { Update } from "grammy/types";

/**
 * The largest webhook body read. Telegram's updates are small (a message holds at most 4,096
 * characters of text, and the largest update is a few tens of kilobytes); anything bigger is not
 * Telegram's, even with the right secret, and is refused with 413 before it is held in memory.
 */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

/** What grammY's webhookCallback asks an adapter for (its ReqResHandler, which grammY does not export). */
interface WebhookExchange {
  readonly update: Promise<Update>;
  header?: string | undefined;
  end(): void;
  respond(json: string): unknown;
  unauthorized(): unknown;
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`webhook body over ${limit} bytes`);
  }
}

/**
 * grammY's "http" adapter with a cap on the body: the same secret check (grammY asks for the body
 * only once the secret matched), the body read up to `maxBytes` and the rest drained unread.
 */
export function cappedHttpAdapter(maxBytes = MAX_WEBHOOK_BODY_BYTES) {
  return (req: IncomingMessage, res: ServerResponse): WebhookExchange => {
    const secret = req.headers["x-telegram-bot-api-secret-token"];
    return {
      get update() {
        return readJson(req, maxBytes);
      },
      header: Array.isArray(secret) ? secret[0] : secret,
      end: () => res.end(),
      respond: (json: string) => res.writeHead(200, { "Content-Type": "application/json" }).end(json),
      unauthorized: () => res.writeHead(401).end("secret token is wrong"),
    };
  };
}

function readJson(req: IncomingMessage, maxBytes: number): Promise<Update> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > maxBytes) {
      req.resume(); // drained, never kept
      reject(new BodyTooLargeError(maxBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off("data", onData);
        chunks.length = 0;
        req.resume();
        reject(new BodyTooLargeError(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => {
      if (size > maxBytes) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Update);
      } catch (err) {
        reject(err);
      }
    });
    req.once("error", reject);
  });
}
