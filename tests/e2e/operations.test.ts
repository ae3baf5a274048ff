/**
 * Running the bot as a service, polling mode with HTTP_PORT: liveness, readiness, Prometheus
 * metrics that follow what the bot does (a reply, a 429 held, a broadcast delivered, a database
 * outage), the bearer token, the owners' /status. Flood limits on, as on Telegram.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBroadcast } from "../../src/domain/broadcasts.js";
import { findGames, loadFanData } from "../../src/domain/fan-data.js";
import { addEditor } from "../../src/domain/staff.js";
import { updateSubscription } from "../../src/domain/subscriptions.js";
import { ask, type BotHarness, eventually, startBotHarness } from "../helpers/bot.js";
import { parseMetrics, type Sample, sampleValue, scrape } from "../helpers/metrics.js";

const METRICS_TOKEN = "metrics-token-for-tests_0123456789";
const OWNER_ID = 1000001;
const OWNER_RU = 1000002;
const OWNER_KK = 1000003;

let h: BotHarness;
let base: string;
const metrics = () => scrape(base, METRICS_TOKEN);

beforeAll(async () => {
  h = await startBotHarness({
    now: "2026-11-25T04:00:00Z",
    http: true,
    env: { METRICS_TOKEN, BOT_OWNER_IDS: `${OWNER_ID},${OWNER_RU},${OWNER_KK}` },
  });
  base = `http://127.0.0.1:${h.app.port}`;
});
afterAll(async () => h?.stop());

/** Each fan a user of their own, so per-chat flood limits of one test do not slow another. */
let seq = 0;
const fans: { id: number; username: string }[] = [];
const fan = (languageCode = "en") => {
  const user = h.api.createUser({ firstName: `Fan ${++seq}`, username: `fan_user_${seq}`, languageCode });
  fans.push({ id: user.id, username: `fan_user_${seq}` });
  return user;
};

describe("/metrics", () => {
  it("refuses a scrape without the token or with a wrong one, and serves it with the right one", async () => {
    for (const headers of [
      {} as Record<string, string>,
      { authorization: "Bearer wrong-token-0123456789abcdef" },
      { authorization: `Basic ${METRICS_TOKEN}` },
      { authorization: `Bearer ${METRICS_TOKEN}x` },
    ]) {
      const res = await fetch(`${base}/metrics`, { headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await res.text()).not.toContain("olympic_bot_");
    }
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseMetrics(await res.text());
    // The default process metrics, and ours.
    expect(samples.some((s) => s.name === "process_cpu_user_seconds_total")).toBe(true);
    expect(samples.some((s) => s.name === "nodejs_eventloop_lag_seconds")).toBe(true);
    expect(sampleValue(samples, "olympic_bot_sender_leader")).toBe(1);
  });

  it("counts a reply: the update by kind and outcome, its latency, the sendMessage, the statements it ran", async () => {
    const before = await metrics();
    const aru = fan();
    expect((await ask(aru, "/licenses boxing paris")).text).toContain("Aibek Oralbay");
    await eventually(async () => {
      const after = await metrics();
      const grew = (name: string, labels: Record<string, string> = {}) =>
        sampleValue(after, name, labels) - sampleValue(before, name, labels);
      expect(grew("olympic_bot_updates_total", { kind: "message", outcome: "ok" })).toBe(1);
      expect(grew("olympic_bot_update_duration_seconds_count", { kind: "message" })).toBe(1);
      expect(grew("olympic_bot_telegram_calls_total", { method: "sendMessage", lane: "reply", result: "sent" })).toBeGreaterThanOrEqual(1);
      expect(grew("olympic_bot_db_query_duration_seconds_count", { op: "query" })).toBeGreaterThan(0);
      // Aru's chat is new: one more chat active in the last hour (the pinned clock's hour).
      expect(grew("olympic_bot_chats_active_last_hour")).toBe(1);
      expect(sampleValue(after, "olympic_bot_outgoing_queue_depth")).toBe(0);
    });
  });

  it("shows a reply held back by a 429: the 429 counted, the time asked for, the call waiting in the queue", async () => {
    const before = await metrics();
    const bek = fan();
    h.api.faults.flood({ chatId: bek.id, retryAfter: 2 });
    await bek.send("/licenses boxing paris");
    // While Telegram's retry_after runs, the reply waits in the send budget.
    await eventually(async () => {
      const during = await metrics();
      expect(
        sampleValue(during, "olympic_bot_telegram_calls_total", { method: "sendMessage", lane: "reply", result: "429" }) -
          sampleValue(before, "olympic_bot_telegram_calls_total", { method: "sendMessage", lane: "reply", result: "429" }),
      ).toBe(1);
      expect(sampleValue(during, "olympic_bot_outgoing_queue_depth")).toBeGreaterThanOrEqual(1);
    });
    expect((await bek.waitForMessage()).text).toContain("Aibek Oralbay");
    const after = await metrics();
    expect(
      sampleValue(after, "olympic_bot_telegram_flood_wait_seconds_total", { scope: "chat" }) -
        sampleValue(before, "olympic_bot_telegram_flood_wait_seconds_total", { scope: "chat" }),
    ).toBe(2);
    await eventually(async () => expect(sampleValue(await metrics(), "olympic_bot_outgoing_queue_depth")).toBe(0));
  });

  it("counts a broadcast delivered by this instance, the sender leader; the pending count falls back to 0", async () => {
    const la2028 = (await findGames(await loadFanData(h.db), "la-2028-olympic"))!.id;
    const subscriber = fan("ru");
    await ask(subscriber, "/start");
    await updateSubscription(h.db, subscriber.id, { countdown: "daily" }, h.clock());
    const before = await metrics();
    const b = await createBroadcast(
      h.db,
      {
        dedupeKey: "countdown:metrics-test:daily",
        kind: "countdown",
        payload: { gamesIds: [la2028] },
        audience: { type: "countdown", cadence: "daily" },
      },
      h.clock(),
    );
    expect(b.audienceSize).toBe(1);
    expect((await subscriber.waitForMessage()).text).toContain("Обратный отсчёт");
    await eventually(async () => {
      const after = await metrics();
      expect(
        sampleValue(after, "olympic_bot_broadcast_deliveries_total", { outcome: "sent" }) -
          sampleValue(before, "olympic_bot_broadcast_deliveries_total", { outcome: "sent" }),
      ).toBe(1);
      expect(
        sampleValue(after, "olympic_bot_telegram_calls_total", { method: "sendMessage", lane: "broadcast", result: "sent" }) -
          sampleValue(before, "olympic_bot_telegram_calls_total", { method: "sendMessage", lane: "broadcast", result: "sent" }),
      ).toBe(1);
      expect(sampleValue(after, "olympic_bot_broadcast_deliveries_pending")).toBe(0);
      expect(sampleValue(after, "olympic_bot_broadcast_deliveries_due")).toBe(0);
      expect(sampleValue(after, "olympic_bot_sender_leader")).toBe(1);
    });
  });

  it("exports no secret and no user's id or name, and only label values from fixed sets", async () => {
    const samples = await metrics();
    const body = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    const secrets = [h.botUser.token, h.botUser.token.split(":")[1]!, METRICS_TOKEN];
    for (const secret of secrets) expect(body).not.toContain(secret);
    expect(fans.length).toBeGreaterThan(2);
    for (const u of fans) {
      expect(body).not.toContain(String(u.id));
      expect(body).not.toContain(u.username);
    }
    const allowed: Record<string, RegExp> = {
      kind: /^(message|edited_message|callback_query|inline_query|chosen_inline_result|my_chat_member|chat_member|other)$/,
      outcome: /^(ok|error|database_unavailable|chat_unreachable|sent|blocked|failed|retry|moved)$/,
      method: /^([a-z][A-Za-z]+|other)$/,
      lane: /^(reply|broadcast)$/,
      result: /^(sent|429|4xx|5xx|network)$/,
      scope: /^(chat|all)$/,
      op: /^(query|transaction)$/,
      le: /^([0-9.]+|\+Inf)$/,
    };
    const ours = samples.filter((s: Sample) => s.name.startsWith("olympic_bot_"));
    expect(ours.length).toBeGreaterThan(10);
    for (const s of ours) {
      for (const [label, value] of Object.entries(s.labels)) {
        expect(allowed[label], `${s.name}: label ${label}`).toBeDefined();
        expect(value, `${s.name}{${label}}`).toMatch(allowed[label]!);
      }
    }
  });
});

describe("readiness through a database outage", () => {
  it("/readyz turns 503 while the database is down and 200 once it is back; /healthz and /metrics keep answering", async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const before = await metrics();
    h.dbFaults.outage("refused");
    try {
      const down = await fetch(`${base}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ ok: false, mode: "polling", database: "down", migrations: "applied", updates: "running" });
      const alive = await fetch(`${base}/healthz`);
      expect(alive.status).toBe(200);
      expect(await alive.json()).toEqual({ ok: true, mode: "polling", updates: "running" });
      // A fan asks meanwhile: told the database is unavailable, and the metrics say so.
      const cara = fan();
      await cara.send("/start");
      await cara.waitForMessage();
      const during = await metrics();
      expect(sampleValue(during, "olympic_bot_db_query_errors_total", { op: "query" })).toBeGreaterThan(
        sampleValue(before, "olympic_bot_db_query_errors_total", { op: "query" }),
      );
      await eventually(async () =>
        expect(sampleValue(await metrics(), "olympic_bot_updates_total", { kind: "message", outcome: "database_unavailable" })).toBe(
          sampleValue(before, "olympic_bot_updates_total", { kind: "message", outcome: "database_unavailable" }) + 1,
        ),
      );
      expect(sampleValue(during, "olympic_bot_ready")).toBe(0);
      // What is read from the database at scrape time is unknown, not 0.
      expect(sampleValue(during, "olympic_bot_broadcast_deliveries_pending")).toBeNaN();
    } finally {
      h.dbFaults.restore();
    }
    const back = await fetch(`${base}/readyz`);
    expect(back.status).toBe(200);
    expect(await back.json()).toMatchObject({ ok: true, database: "up" });
    const after = await metrics();
    expect(sampleValue(after, "olympic_bot_broadcast_deliveries_pending")).toBe(0);
    expect(sampleValue(after, "olympic_bot_ready")).toBe(1);
  });
});

describe("/status", () => {
  it("tells an owner the version, uptime, mode, database, leadership, queue, pending deliveries and the latest errors", async () => {
    const owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", languageCode: "en" });
    const text = (await ask(owner, "/status")).text;
    expect(text).toContain("Bot status");
    expect(text).toMatch(/Version: \d+\.\d+\.\d+/);
    expect(text).toMatch(/Up for: 0 d 0 h \d+ min/);
    expect(text).toContain("Updates by: polling");
    expect(text).toMatch(/Database: (embedded \(PGlite\)|PostgreSQL)/);
    expect(text).toContain("Broadcast sender: this instance");
    expect(text).toContain("Bot API calls waiting here: 0");
    expect(text).toContain("Deliveries waiting to be sent: 0");
    // The outage above: the fan's failed update.
    expect(text).toContain("Latest errors");
    expect(text).toMatch(/update: .*ECONNREFUSED/);
    expect(text).not.toContain(h.botUser.token.split(":")[1]!);
    expect(text.length).toBeLessThanOrEqual(4096);
    // Staff get their menu at /start: the owners' has /status.
    await ask(owner, "/start");
    await eventually(() => expect(owner.commandMenu().map((c) => c.command)).toContain("status"));
  });

  it("answers in the owner's language", async () => {
    const ru = h.api.createUser({ id: OWNER_RU, firstName: "Владелец", languageCode: "ru" });
    const ruText = (await ask(ru, "/status")).text;
    expect(ruText).toContain("Состояние бота");
    expect(ruText).toContain("Обновления: опрос (polling)");
    expect(ruText).toContain("Рассылки отправляет: этот экземпляр");
    const kk = h.api.createUser({ id: OWNER_KK, firstName: "Иесі", languageCode: "kk" });
    const kkText = (await ask(kk, "/status")).text;
    expect(kkText).toContain("Боттың жай-күйі");
    expect(kkText).toContain("Таратылымдарды жіберетін: осы дана");
  });

  it("refuses fans and editors", async () => {
    expect((await ask(fan(), "/status")).text).toBe("This command is for the team's staff.");
    const editor = fan();
    await ask(editor, "/start");
    await addEditor(h.db, OWNER_ID, editor.id, h.clock());
    expect((await ask(editor, "/status")).text).toBe("Only owners see the bot's status.");
  });
});

describe("liveness once polling stops for good", () => {
  it("a second poller with the same token takes the updates: the first one's /healthz turns 503, the second's is 200", async () => {
    const second = await h.startAnother();
    try {
      await eventually(async () => {
        const first = await fetch(`${base}/healthz`);
        expect(first.status).toBe(503);
        expect(await first.json()).toEqual({ ok: false, mode: "polling", updates: "failed" });
      }, 10_000);
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      const other = await fetch(`http://127.0.0.1:${second.port}/healthz`);
      expect(other.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${second.port}/readyz`)).status).toBe(200);
      // Leadership is per instance: on PostgreSQL the lock is the first one's (PGlite, one process
      // per database, grants it to every app in this test process).
      if (h.database.kind === "postgres") {
        expect(sampleValue(await metrics(), "olympic_bot_sender_leader")).toBe(1);
        expect(sampleValue(await scrape(`http://127.0.0.1:${second.port}`, METRICS_TOKEN), "olympic_bot_sender_leader")).toBe(0);
      }
    } finally {
      await second.stop();
    }
  });
});
