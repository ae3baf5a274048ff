import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { HttpRoute } from "./route.js";

export interface MetricsRouteOptions {
  render(): Promise<{ contentType: string; body: string }>;
  /** METRICS_TOKEN: when set, a scrape must send `Authorization: Bearer <token>`. */
  token?: string;
}

// Digests of equal length, so the comparison takes the same time whatever the guess's length.
const digest = (text: string) => createHash("sha256").update(text).digest();

function authorized(req: IncomingMessage, expected: Buffer): boolean {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
  return match !== null && timingSafeEqual(digest(match[1]!), expected);
}

function refuse(res: ServerResponse): void {
  res
    .writeHead(401, { "content-type": "text/plain; charset=utf-8", "www-authenticate": 'Bearer realm="metrics"' })
    .end("a bearer token is required\n");
}

/** GET /metrics in Prometheus's text format. */
export function metricsRoute(opts: MetricsRouteOptions): HttpRoute {
  const expected = opts.token ? digest(opts.token) : undefined;
  return {
    match: (path) => path === "/metrics",
    handle: async (req, res) => {
      if (expected && !authorized(req, expected)) return refuse(res);
      const { contentType, body } = await opts.render();
      if (res.headersSent) return;
      res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" }).end(body);
    },
  };
}
