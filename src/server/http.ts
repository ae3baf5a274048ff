import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { type HealthChecks, healthRoutes } from "./health.js";
import type { HttpRoute } from "./route.js";
import { BodyTooLargeError } from "./webhook-body.js";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;

export type { HttpRoute };

export interface HttpServerOptions {
  /** Webhook mode: POST to `path` delivers an update (grammY's webhookCallback checks the secret token). */
  webhook?: { path: string; handler: RequestHandler };
  routes?: HttpRoute[];
  /** GET /healthz (liveness) and GET /readyz (readiness): see health.ts. */
  health: HealthChecks;
  logger: Logger;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

export interface HttpServer {
  server: Server;
  /** Resolves with the port actually bound (useful with port 0). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting requests and resolves once requests in flight have been answered. */
  close(): Promise<void>;
}

/** The health checks, the webhook endpoint (webhook mode) and the given routes; nothing else is served. */
export function createHttpServer(opts: HttpServerOptions): HttpServer {
  const routes = [...healthRoutes(opts.health), ...(opts.routes ?? [])];
  const inFlight = new Set<ServerResponse>();
  let closing = false;

  const server = createServer((req, res) => {
    inFlight.add(res);
    res.once("close", () => inFlight.delete(res));
    // While shutting down, no connection is kept alive for a next request.
    if (closing) res.setHeader("connection", "close");
    route(req, res);
  });

  const route = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    const reading = req.method === "GET" || req.method === "HEAD";
    if (opts.webhook && path === opts.webhook.path) {
      if (req.method !== "POST") return sendJson(res, 405, { ok: false, error: "method not allowed" });
      opts.webhook.handler(req, res).catch((err: unknown) => {
        if (err instanceof BodyTooLargeError) {
          opts.logger.warn({ limit: err.limit }, "webhook body too large; refused unread");
          return sendJson(res, 413, { ok: false, error: "body too large" });
        }
        // The bot's error boundary catches handler errors, so this is e.g. an unreadable body;
        // a 500 makes Telegram deliver the update again later.
        opts.logger.error({ err }, "webhook request failed");
        sendJson(res, 500, { ok: false });
      });
      return;
    }
    const extra = routes.find((r) => r.match(path));
    if (extra) {
      if (!reading) return sendJson(res, 405, { ok: false, error: "method not allowed" });
      Promise.resolve()
        .then(() => extra.handle(req, res, url))
        .catch((err: unknown) => {
          opts.logger.error({ err, path }, "HTTP request failed");
          sendJson(res, 500, { ok: false });
        });
      return;
    }
    sendJson(res, 404, { ok: false, error: "not found" });
  };

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    close: () =>
      new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        closing = true;
        server.close((err) => (err ? reject(err) : resolve()));
        // Idle keep-alive connections would hold close() open until they time out; busy ones
        // are closed as soon as their response is done.
        server.closeIdleConnections();
        for (const res of inFlight) res.once("finish", () => setImmediate(() => server.closeIdleConnections()));
      }),
  };
}
