import type { ServerResponse } from "node:http";
import type { HttpRoute } from "./route.js";

/**
 * How the update source is doing: "starting" until polling runs or setWebhook has succeeded,
 * "stopping" once stop() began, "failed" when polling stopped for good (Telegram refused it).
 */
export type UpdateSourceState = "starting" | "running" | "stopping" | "failed";

export interface HealthChecks {
  mode: "polling" | "webhook";
  updates(): UpdateSourceState;
  /** Database reachability (Database.ping: `select 1` within a short timeout). */
  ping(): Promise<boolean>;
  /** When given, /healthz also reports `queries`: this count as the request arrived (the benchmarks). */
  queryCount?: () => number;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
}

/**
 * GET /healthz, liveness: the process answers and its update source has not failed for good. It
 * asks nothing of the database, so an outage does not get a healthy process restarted.
 *
 * GET /readyz, readiness: the database answers a ping and updates come in (polling runs, or the
 * webhook is set). Migrations are not checked here: the app starts its HTTP server only after
 * openDatabase has applied them, and a failed migration ends the start.
 */
export function healthRoutes(checks: HealthChecks): HttpRoute[] {
  return [
    {
      match: (path) => path === "/healthz",
      handle: (_req, res) => {
        const updates = checks.updates();
        const ok = updates !== "failed";
        const queries = checks.queryCount ? { queries: checks.queryCount() } : {};
        sendJson(res, ok ? 200 : 503, { ok, mode: checks.mode, updates, ...queries });
      },
    },
    {
      match: (path) => path === "/readyz",
      handle: async (_req, res) => {
        const up = await checks.ping().catch(() => false);
        // After the ping: a stop that began meanwhile is what the answer should say.
        const updates = checks.updates();
        const ok = up && updates === "running";
        sendJson(res, ok ? 200 : 503, { ok, mode: checks.mode, database: up ? "up" : "down", migrations: "applied", updates });
      },
    },
  ];
}
