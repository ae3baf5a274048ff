import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_WEBHOOK_BODY_BYTES } from "../../src/server/webhook-body.js";
import { ask, type BotHarness, eventually, startBotHarness } from "../helpers/bot.js";
import { sampleValue, scrape } from "../helpers/metrics.js";

const DURING_PARIS = "2024-07-28T10:00:00Z";
const SECRET = "test-webhook-secret_123";
const METRICS_TOKEN = "webhook-metrics-token_0123456789";

let h: BotHarness;
let base: string;

function post(path: string, body: unknown, secret?: string): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  h = await startBotHarness({ now: DURING_PARIS, mode: "webhook", env: { METRICS_TOKEN } });
  base = `http://127.0.0.1:${h.app.port}`;
});

afterAll(async () => {
  await h?.stop();
});

describe("webhook mode", () => {
  it("registers the webhook with its secret and the updates it handles", () => {
    const [call] = h.api.calls({ method: "setWebhook" });
    expect(call?.ok).toBe(true);
    expect(call?.params).toMatchObject({
      url: `${base}/telegram/webhook`,
      secret_token: SECRET,
      allowed_updates: ["message", "callback_query", "my_chat_member", "inline_query", "chosen_inline_result"],
    });
    expect(h.api.calls({ method: "getUpdates" })).toHaveLength(0);
  });

  it("answers commands and buttons delivered by webhook", async () => {
    const aru = h.api.createUser({ firstName: "Aru", languageCode: "en" });
    const m = await ask(aru, "/licenses boxing");
    expect(m.text).toContain("Aibek Oralbay");
    const summary = await ask(aru, "/licenses");
    const edited = aru.waitForEdit(summary);
    await aru.press(summary, "Rowing · 1");
    expect((await edited).text).toContain("Vladislav Yakovlev");
  });

  it("GET /readyz follows database reachability; GET /healthz (liveness) stays up through an outage", async () => {
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, mode: "webhook", database: "up", migrations: "applied", updates: "running" });
    // Either kind of outage: the ping fails, whatever the error says.
    for (const kind of ["refused", "opaque"] as const) {
      h.dbFaults.outage(kind);
      try {
        const down = await fetch(`${base}/readyz`);
        expect(down.status, kind).toBe(503);
        expect(down.headers.get("content-type"), kind).toBe("application/json");
        expect(await down.json(), kind).toEqual({
          ok: false,
          mode: "webhook",
          database: "down",
          migrations: "applied",
          updates: "running",
        });
        expect((await fetch(`${base}/readyz`, { method: "HEAD" })).status, `${kind} HEAD`).toBe(503);
        // The process and its webhook are fine: restarting it would not bring the database back.
        const alive = await fetch(`${base}/healthz`);
        expect(alive.status, kind).toBe(200);
        expect(await alive.json(), kind).toEqual({ ok: true, mode: "webhook", updates: "running" });
      } finally {
        h.dbFaults.restore();
      }
      const back = await fetch(`${base}/readyz`);
      expect(back.status, kind).toBe(200);
      expect(await back.json(), kind).toMatchObject({ ok: true, database: "up" });
      expect((await fetch(`${base}/readyz`, { method: "HEAD" })).status, `${kind} HEAD`).toBe(200);
    }
  });

  it("GET /metrics: refuses a wrong token; counts the updates Telegram posts and the replies; no secret in it", async () => {
    const wrong = await fetch(`${base}/metrics`, { headers: { authorization: "Bearer not-the-token-0123456789" } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const before = await scrape(base, METRICS_TOKEN);
    const dana = h.api.createUser({ firstName: "Dana", username: "dana_webhook", languageCode: "en" });
    expect((await ask(dana, "/licenses boxing")).text).toContain("Aibek Oralbay");
    await eventually(async () => {
      const after = await scrape(base, METRICS_TOKEN);
      const grew = (name: string, labels: Record<string, string>) => sampleValue(after, name, labels) - sampleValue(before, name, labels);
      expect(grew("olympic_bot_updates_total", { kind: "message", outcome: "ok" })).toBe(1);
      expect(grew("olympic_bot_telegram_calls_total", { method: "sendMessage", lane: "reply", result: "sent" })).toBeGreaterThanOrEqual(1);
    });
    const body = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    for (const secret of [SECRET, METRICS_TOKEN, h.botUser.token.split(":")[1]!, String(dana.id), "dana_webhook"])
      expect(body).not.toContain(secret);
  });

  it("refuses updates without the right secret, and serves nothing else", async () => {
    const update = {
      update_id: 999_001,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 5, type: "private", first_name: "X" },
        from: { id: 5, is_bot: false, first_name: "X" },
        text: "/start",
      },
    };
    expect((await post("/telegram/webhook", update)).status).toBe(401);
    expect((await post("/telegram/webhook", update, "wrong-secret")).status).toBe(401);
    expect((await fetch(`${base}/telegram/webhook`)).status).toBe(405);
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await post("/other", update, SECRET)).status).toBe(404);
    expect(await h.chatRow(5)).toBeUndefined();
    const garbage = await fetch(`${base}/telegram/webhook`, {
      method: "POST",
      headers: { "x-telegram-bot-api-secret-token": SECRET },
      body: "{not json",
    });
    // An unreadable body is a failed request (src/server/http.ts): 500, so Telegram would deliver again.
    expect(garbage.status).toBe(500);
    expect(await garbage.json()).toEqual({ ok: false });
    // Over the cap, even with the right secret: refused unread (413), whether the length is
    // declared or the body streams without one; with a wrong secret it is never read at all.
    const huge = JSON.stringify({ ...update, update_id: 2, message: { ...update.message, text: "x".repeat(MAX_WEBHOOK_BODY_BYTES) } });
    const declared = await post("/telegram/webhook", JSON.parse(huge), SECRET);
    expect(declared.status).toBe(413);
    const streamed = await fetch(`${base}/telegram/webhook`, {
      method: "POST",
      headers: { "x-telegram-bot-api-secret-token": SECRET, "content-type": "application/json" },
      body: new Blob([huge]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await post("/telegram/webhook", JSON.parse(huge), "wrong-secret")).status).toBe(401);
    expect(await h.chatRow(5)).toBeUndefined();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("records the bot being removed from a group (my_chat_member)", async () => {
    const groupId = -100_777;
    const chat = { id: groupId, type: "supergroup", title: "Old fans" };
    const from = { id: 77, is_bot: false, first_name: "Admin" };
    const bot = { id: h.botUser.id, is_bot: true, first_name: "KZ Licenses", username: h.botUser.username };
    const change = (update_id: number, old: string, now: string) => ({
      update_id,
      my_chat_member: {
        chat,
        from,
        date: 1_722_160_800,
        old_chat_member: { status: old, user: bot },
        new_chat_member: now === "kicked" ? { status: now, user: bot, until_date: 0 } : { status: now, user: bot },
      },
    });
    expect((await post("/telegram/webhook", change(999_010, "left", "member"), SECRET)).status).toBe(200);
    expect(await h.chatRow(groupId)).toMatchObject({ type: "supergroup", title: "Old fans", status: "active" });
    expect((await post("/telegram/webhook", change(999_011, "member", "kicked"), SECRET)).status).toBe(200);
    expect((await h.chatRow(groupId))?.status).toBe("kicked");
    expect((await post("/telegram/webhook", change(999_012, "kicked", "left"), SECRET)).status).toBe(200);
    expect((await h.chatRow(groupId))?.status).toBe("left");
  });

  it("stop() lets an update in flight finish before the server closes", async () => {
    const slow = h.api.createUser({ firstName: "Slow", languageCode: "en" });
    // A 429 makes the reply wait a second in the outgoing budget: the update is in flight for that long.
    h.api.faults.flood({ chatId: slow.id, retryAfter: 1, method: "sendMessage" });
    await slow.send("/countdown");
    await eventually(() => expect(h.api.calls({ method: "sendMessage", chatId: slow.id })).toHaveLength(1));
    await h.app.stop();
    const sent = h.api.calls({ method: "sendMessage", chatId: slow.id });
    expect(sent.map((c) => c.ok)).toEqual([false, true]);
    expect(slow.messages()[0]?.text).toContain("Countdown");
    // The port is closed: the connection is refused, not answered.
    await expect(fetch(`${base}/healthz`)).rejects.toMatchObject({
      name: "TypeError",
      message: "fetch failed",
      cause: { code: "ECONNREFUSED" },
    });
  });
});
