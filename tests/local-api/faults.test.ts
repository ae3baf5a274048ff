import { autoRetry } from "@grammyjs/auto-retry";
import { Api, HttpError } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { expectApiError, type Fixture, startFixture } from "./support.js";

let f: Fixture | undefined;

afterEach(async () => {
  await f?.api.stop();
  f = undefined;
});

describe("flood limits", () => {
  it("allows a small burst per private chat, then answers 429 with retry_after", async () => {
    f = await startFixture({ floodLimits: { privateChat: { burst: 3, perSecond: 1 } } });
    const aru = f.api.createUser({ firstName: "Aru" });
    const bek = f.api.createUser({ firstName: "Bek" });
    for (let i = 0; i < 3; i++) await f.client.sendMessage(aru.id, `burst ${i}`);
    const error = await expectApiError(f.client.sendMessage(aru.id, "one too many"), 429, "Too Many Requests: retry after 1");
    expect(error.parameters).toEqual({ retry_after: 1 });
    // Edits count too; other chats and non-sending methods do not.
    await expectApiError(f.client.editMessageText(aru.id, 1, "edited"), 429, "Too Many Requests: retry after 1");
    expect((await f.client.sendMessage(bek.id, "other chat")).text).toBe("other chat");
    expect(await f.client.sendChatAction(aru.id, "typing")).toBe(true);
    expect(aru.messages()).toHaveLength(3);
  });

  it("counts sendChatAction against the global rate only when asked to (chatActionsCount)", async () => {
    f = await startFixture({ floodLimits: { globalPerSecond: 3 } });
    const aru = f.api.createUser({ firstName: "Aru" });
    for (let i = 0; i < 10; i++) expect(await f.client.sendChatAction(aru.id, "typing")).toBe(true);
    await f.api.stop();
    f = await startFixture({ floodLimits: { globalPerSecond: 3, chatActionsCount: true } });
    const bek = f.api.createUser({ firstName: "Bek" });
    for (let i = 0; i < 3; i++) expect(await f.client.sendChatAction(bek.id, "typing")).toBe(true);
    await expectApiError(f.client.sendChatAction(bek.id, "typing"), 429, "Too Many Requests: retry after 1");
  });

  it("a normal conversation (one reply per message, several chats at once) stays under the defaults", async () => {
    f = await startFixture({ floodLimits: true });
    const users = Array.from({ length: 10 }, (_, i) => f!.api.createUser({ firstName: `Fan ${i}` }));
    await Promise.all(users.map((user) => f!.client.sendMessage(user.id, "welcome")));
    for (let i = 0; i < 5; i++) await f.client.sendMessage(users[0]!.id, `reply ${i}`);
    expect(f.api.calls({ ok: false })).toEqual([]);
  });

  it("limits a group to 20 messages a minute", async () => {
    f = await startFixture({ floodLimits: true });
    const group = f.api.createGroup({ title: "Fans", members: [f.api.createUser({ firstName: "Aru" })] });
    for (let i = 0; i < 20; i++) await f.client.sendMessage(group.id, `news ${i}`);
    await expectApiError(f.client.sendMessage(group.id, "21st"), 429, "Too Many Requests: retry after 3");
  });

  it("limits all sends of a bot globally, at a configurable rate", async () => {
    f = await startFixture({ floodLimits: true, globalRatePerSecond: 30 });
    f.api.faults.globalRatePerSecond = 4;
    const users = Array.from({ length: 5 }, (_, i) => f!.api.createUser({ firstName: `Fan ${i}` }));
    for (const user of users.slice(0, 4)) await f.client.sendMessage(user.id, "broadcast");
    await expectApiError(f.client.sendMessage(users[4]!.id, "broadcast"), 429, "Too Many Requests: retry after 1");
  });

  it("can be switched off (benchmarks)", async () => {
    f = await startFixture({ floodLimits: false });
    const aru = f.api.createUser({ firstName: "Aru" });
    for (let i = 0; i < 100; i++) await f.client.sendMessage(aru.id, `m${i}`);
    expect(aru.messages()).toHaveLength(100);
  });

  it("@grammyjs/auto-retry honours a forced 429 and the message arrives once", async () => {
    f = await startFixture();
    const aru = f.api.createUser({ firstName: "Aru" });
    f.api.faults.flood({ chatId: aru.id, retryAfter: 1 });
    const client = new Api(f.bot.token, { apiRoot: f.api.url });
    client.config.use(autoRetry({ maxRetryAttempts: 2 }));
    expect((await client.sendMessage(aru.id, "patience")).text).toBe("patience");
    const calls = f.api.calls({ method: "sendMessage" });
    expect(calls.map((c) => c.error?.error_code ?? "ok")).toEqual([429, "ok"]);
    // Honoured means the retry reached the server retry_after (1 s) after the 429, as the server recorded them.
    const [flooded, retried] = calls as [(typeof calls)[number], (typeof calls)[number]];
    expect(retried.at.getTime() - flooded.at.getTime()).toBeGreaterThanOrEqual(950);
    expect(aru.messages().map((m) => m.text)).toEqual(["patience"]);
  });

  it("@grammyjs/auto-retry rides out the real per-chat limit without losing or doubling messages", async () => {
    f = await startFixture({ floodLimits: { privateChat: { burst: 2, perSecond: 2 } } });
    const aru = f.api.createUser({ firstName: "Aru" });
    const client = new Api(f.bot.token, { apiRoot: f.api.url });
    client.config.use(autoRetry());
    for (const text of ["one", "two", "three"]) await client.sendMessage(aru.id, text);
    expect(aru.messages().map((m) => m.text)).toEqual(["one", "two", "three"]);
    expect(f.api.calls({ ok: false }).map((c) => c.error?.parameters)).toEqual([{ retry_after: 1 }]);
  });

  it("a forced flood only hits matching calls", async () => {
    f = await startFixture();
    const aru = f.api.createUser({ firstName: "Aru" });
    const bek = f.api.createUser({ firstName: "Bek" });
    f.api.faults.flood({ chatId: bek.id, retryAfter: 7 });
    await f.client.getChat(bek.id);
    await f.client.sendMessage(aru.id, "unaffected");
    await expectApiError(f.client.sendMessage(bek.id, "x"), 429, "Too Many Requests: retry after 7");
    await f.client.sendMessage(bek.id, "used up");
  });
});

describe("server faults", () => {
  it("fails the next call once with a 5xx", async () => {
    f = await startFixture();
    const aru = f.api.createUser({ firstName: "Aru" });
    f.api.faults.failNext("sendMessage", { status: 500 });
    f.api.faults.failNext("sendMessage", { status: 502 });
    await expectApiError(f.client.sendMessage(aru.id, "a"), 500, "Internal Server Error");
    await expectApiError(f.client.sendMessage(aru.id, "b"), 502, "Bad Gateway");
    expect((await f.client.sendMessage(aru.id, "c")).text).toBe("c");
    expect(aru.messages().map((m) => m.text)).toEqual(["c"]);
  });

  it("drops the connection without answering, before or after doing the work", async () => {
    f = await startFixture();
    const aru = f.api.createUser({ firstName: "Aru" });
    f.api.faults.failNext("sendMessage", { drop: true });
    await expect(f.client.sendMessage(aru.id, "lost")).rejects.toBeInstanceOf(HttpError);
    expect(aru.messages()).toEqual([]);
    // The nasty case: Telegram delivered the message but the bot saw a network error.
    f.api.faults.failNext("sendMessage", { drop: true, afterApply: true });
    await expect(f.client.sendMessage(aru.id, "delivered anyway")).rejects.toBeInstanceOf(HttpError);
    expect(aru.messages().map((m) => m.text)).toEqual(["delivered anyway"]);
  });

  it("fails only calls into the given chat, as many times as asked", async () => {
    f = await startFixture();
    const aru = f.api.createUser({ firstName: "Aru" });
    const bek = f.api.createUser({ firstName: "Bek" });
    f.api.faults.failNext("sendMessage", { chatId: bek.id, times: 2, status: 503 });
    await f.client.sendMessage(aru.id, "fine");
    await expectApiError(f.client.sendMessage(bek.id, "x"), 503, "Service Unavailable");
    await expectApiError(f.client.sendMessage(bek.id, "x"), 503, "Service Unavailable");
    expect((await f.client.sendMessage(bek.id, "third time")).text).toBe("third time");
  });
});
