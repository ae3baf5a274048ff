import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, type BotHarness, startBotHarness } from "../helpers/bot.js";

let h: BotHarness;
let base: string;

beforeAll(async () => {
  h = await startBotHarness({ now: "2024-07-28T10:00:00Z", http: true });
  base = `http://127.0.0.1:${h.app.port}`;
});

afterAll(async () => {
  await h?.stop();
});

describe("the HTTP server in polling mode (HTTP_PORT)", () => {
  it("serves /healthz and /readyz while the bot polls, and no webhook endpoint", async () => {
    expect(h.app.port).toBeGreaterThan(0);
    const aru = h.api.createUser({ firstName: "Aru", languageCode: "en" });
    expect((await ask(aru, "/licenses boxing")).text).toContain("Aibek Oralbay");
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, mode: "polling", updates: "running" });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, mode: "polling", database: "up", migrations: "applied", updates: "running" });
    expect((await fetch(`${base}/telegram/webhook`, { method: "POST", body: "{}" })).status).toBe(404);
    expect(h.api.calls({ method: "setWebhook" })).toHaveLength(0);
  });

  it("without HTTP_PORT, polling mode opens no port", async () => {
    const quiet = await startBotHarness({ now: "2024-07-28T10:00:00Z" });
    try {
      expect(quiet.app.port).toBeUndefined();
    } finally {
      await quiet.stop();
    }
  });
});
