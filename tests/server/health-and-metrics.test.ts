/**
 * The HTTP server's own endpoints over real HTTP, without a bot: what /healthz and /readyz answer
 * in each state of the update source, and /metrics with and without a token.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/logger.js";
import type { UpdateSourceState } from "../../src/server/health.js";
import { createHttpServer, type HttpServer } from "../../src/server/http.js";
import { BotMetrics } from "../../src/server/metrics.js";
import { metricsRoute } from "../../src/server/metrics-route.js";
import { parseMetrics, sampleValue } from "../helpers/metrics.js";

const logger = createLogger({ level: "silent", secrets: [] });
let server: HttpServer | undefined;
afterEach(async () => server?.close());

async function start(opts: { state: () => UpdateSourceState; up: () => boolean; token?: string; metrics?: BotMetrics }): Promise<string> {
  const metrics =
    opts.metrics ??
    new BotMetrics({
      queueDepth: () => 3,
      leading: () => false,
      pendingDeliveries: async () => ({ pending: 7, due: 4 }),
      conversations: async () => 2,
      chatsLastHour: async () => 9,
      ready: async () => true,
    });
  server = createHttpServer({
    routes: [metricsRoute({ render: () => metrics.render(), ...(opts.token ? { token: opts.token } : {}) })],
    health: { mode: "polling", updates: opts.state, ping: async () => opts.up() },
    logger,
  });
  return `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
}

describe("/healthz and /readyz", () => {
  it("follow the update source and the database", async () => {
    let state: UpdateSourceState = "starting";
    let up = true;
    const base = await start({ state: () => state, up: () => up });
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    // Starting: alive, not ready yet.
    expect(await get("/healthz")).toEqual({ status: 200, body: { ok: true, mode: "polling", updates: "starting" } });
    expect(await get("/readyz")).toMatchObject({ status: 503, body: { ok: false, database: "up", updates: "starting" } });
    state = "running";
    expect(await get("/readyz")).toEqual({
      status: 200,
      body: { ok: true, mode: "polling", database: "up", migrations: "applied", updates: "running" },
    });
    up = false;
    expect(await get("/readyz")).toMatchObject({ status: 503, body: { ok: false, database: "down" } });
    expect((await get("/healthz")).status).toBe(200);
    up = true;
    state = "stopping";
    expect(await get("/readyz")).toMatchObject({ status: 503, body: { updates: "stopping" } });
    expect((await get("/healthz")).status).toBe(200);
    state = "failed";
    expect(await get("/healthz")).toEqual({ status: 503, body: { ok: false, mode: "polling", updates: "failed" } });
    expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(405);
  });

  it("a ping that throws counts as the database down", async () => {
    server = createHttpServer({
      health: { mode: "webhook", updates: () => "running", ping: () => Promise.reject(new Error("boom")) },
      logger,
    });
    const res = await fetch(`http://127.0.0.1:${await server.listen(0, "127.0.0.1")}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ database: "down" });
  });
});

describe("/metrics", () => {
  it("without METRICS_TOKEN anyone may scrape; the sources are read at scrape time", async () => {
    const base = await start({ state: () => "running", up: () => true });
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    const samples = parseMetrics(await res.text());
    expect(sampleValue(samples, "olympic_bot_outgoing_queue_depth")).toBe(3);
    expect(sampleValue(samples, "olympic_bot_broadcast_deliveries_pending")).toBe(7);
    expect(sampleValue(samples, "olympic_bot_broadcast_deliveries_due")).toBe(4);
    expect(sampleValue(samples, "olympic_bot_conversations")).toBe(2);
    expect(sampleValue(samples, "olympic_bot_chats_active_last_hour")).toBe(9);
    expect(sampleValue(samples, "olympic_bot_sender_leader")).toBe(0);
    expect(sampleValue(samples, "olympic_bot_ready")).toBe(1);
    expect((await fetch(`${base}/metrics`, { method: "HEAD" })).status).toBe(200);
  });

  it("with METRICS_TOKEN: 401 and WWW-Authenticate unless the bearer token matches", async () => {
    const token = "s3cret-token-0123456789";
    const base = await start({ state: () => "running", up: () => true, token });
    for (const authorization of [
      undefined,
      "Bearer",
      "Bearer ",
      `Bearer ${token.slice(0, -1)}`,
      `Bearer ${token}0`,
      `Token ${token}`,
      token,
    ]) {
      const res = await fetch(`${base}/metrics`, authorization === undefined ? {} : { headers: { authorization } });
      expect(res.status, String(authorization)).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    }
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    // The scheme is case-insensitive (RFC 7235).
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `bearer ${token}` } })).status).toBe(200);
  });

  it("a scrape-time database read that fails or hangs leaves NaN, and the scrape still answers", async () => {
    const metrics = new BotMetrics({
      queueDepth: () => 0,
      leading: () => true,
      pendingDeliveries: () => Promise.reject(new Error("down")),
      conversations: () => Promise.reject(new Error("down")),
      chatsLastHour: () => new Promise(() => {}),
      ready: async () => false,
    });
    const base = await start({ state: () => "running", up: () => false, metrics });
    const samples = parseMetrics(await (await fetch(`${base}/metrics`)).text());
    expect(sampleValue(samples, "olympic_bot_broadcast_deliveries_pending")).toBeNaN();
    expect(sampleValue(samples, "olympic_bot_broadcast_deliveries_due")).toBeNaN();
    expect(sampleValue(samples, "olympic_bot_conversations")).toBeNaN();
    // A read that never answers is given up after 2 s.
    expect(sampleValue(samples, "olympic_bot_chats_active_last_hour")).toBeNaN();
    expect(sampleValue(samples, "olympic_bot_sender_leader")).toBe(1);
    expect(sampleValue(samples, "olympic_bot_ready")).toBe(0);
  });

  it('maps a method outside the known list to "other"', async () => {
    const metrics = new BotMetrics({
      queueDepth: () => 0,
      leading: () => false,
      pendingDeliveries: async () => ({ pending: 0, due: 0 }),
      conversations: async () => 0,
      chatsLastHour: async () => 0,
      ready: async () => true,
    });
    metrics.apiCall("sendMessage", "reply", "sent");
    metrics.apiCall("someNewMethod/../x", "reply", "4xx");
    const samples = parseMetrics((await metrics.render()).body);
    expect(sampleValue(samples, "olympic_bot_telegram_calls_total", { method: "sendMessage", result: "sent" })).toBe(1);
    expect(sampleValue(samples, "olympic_bot_telegram_calls_total", { method: "other", result: "4xx" })).toBe(1);
  });
});
