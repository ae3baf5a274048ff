import { createServer, type IncomingMessage, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "@grammyjs/types";
import { Bot, webhookCallback } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { eventually } from "../helpers/wait.js";
import { expectApiError, type Fixture, startFixture } from "./support.js";

let f: Fixture;
let aru: LocalUser;
const servers: Server[] = [];

beforeEach(async () => {
  f = await startFixture({ webhook: { timeoutMs: 300, retryInitialMs: 20, retryMaxMs: 100 } });
  aru = f.api.createUser({ firstName: "Aru" });
});

afterEach(async () => {
  await f.api.stop();
  // closeAllConnections: a delivery left hanging (a failed test) must not hold the hook up.
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.close(resolve);
          server.closeAllConnections();
        }),
    ),
  );
});

async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

/** grammY's own webhook adapter behind a node:http server, as an app would run it. */
async function serveBot(bot: Bot, secretToken?: string, spy?: (req: IncomingMessage) => void): Promise<string> {
  const handle = webhookCallback(bot, "http", { secretToken });
  return serve((req, res) => {
    spy?.(req);
    handle(req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
}

function readUpdate(req: IncomingMessage): Promise<Update> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString()) as Update));
  });
}

describe("webhook delivery", () => {
  it("POSTs updates to grammY's webhookCallback with the secret token header", async () => {
    const bot = new Bot(f.bot.token, { client: { apiRoot: f.api.url } });
    bot.on("message:text", (ctx) => ctx.reply(`got ${ctx.message.text}`));
    const headers: Array<string | string[] | undefined> = [];
    const url = await serveBot(bot, "s3cret_token-1", (req) => headers.push(req.headers["x-telegram-bot-api-secret-token"]));
    expect(await f.client.setWebhook(url, { secret_token: "s3cret_token-1" })).toBe(true);
    await aru.send("ping");
    expect((await aru.waitForMessage()).text).toBe("got ping");
    expect(headers).toEqual(["s3cret_token-1"]);
    expect(await f.client.getWebhookInfo()).toMatchObject({
      url,
      pending_update_count: 0,
      max_connections: 40,
      has_custom_certificate: false,
    });
  });

  it("keeps an update the bot rejects (wrong secret → 401) and delivers it once the webhook is fixed", async () => {
    const bot = new Bot(f.bot.token, { client: { apiRoot: f.api.url } });
    bot.on("message:text", (ctx) => ctx.reply("finally"));
    const url = await serveBot(bot, "right_secret");
    await f.client.setWebhook(url, { secret_token: "wrong_secret" });
    await aru.send("hello?");
    await expect
      .poll(() => f.client.getWebhookInfo(), { timeout: 2000, interval: 20 })
      .toMatchObject({ pending_update_count: 1, last_error_message: "Wrong response from the webhook: 401 Unauthorized" });
    await f.client.setWebhook(url, { secret_token: "right_secret" });
    expect((await aru.waitForMessage()).text).toBe("finally");
  });

  it("redelivers the same update after the bot fails (500) until it succeeds", async () => {
    const attempts: number[] = [];
    const bot = new Bot(f.bot.token, { client: { apiRoot: f.api.url } });
    bot.use(async (ctx, next) => {
      attempts.push(ctx.update.update_id);
      if (attempts.length < 3) throw new Error("database hiccup");
      await next();
    });
    bot.on("message:text", (ctx) => ctx.reply("handled"));
    await f.client.setWebhook(await serveBot(bot));
    await aru.send("retry me");
    expect((await aru.waitForMessage()).text).toBe("handled");
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts).size).toBe(1);
    expect((await f.client.getWebhookInfo()).last_error_message).toBe("Wrong response from the webhook: 500 Internal Server Error");
  });

  it("redelivers after a timeout (the bot never answered)", async () => {
    const seen: number[] = [];
    const url = await serve(async (req, res) => {
      const update = await readUpdate(req);
      seen.push(update.update_id);
      if (seen.length === 1) return; // hang: no answer
      res.end();
    });
    await f.client.setWebhook(url);
    await aru.send("slow");
    await eventually(() => expect(seen.length).toBe(2), 3000);
    expect(seen[0]).toBe(seen[1]);
    expect((await f.client.getWebhookInfo()).last_error_message).toBe("Read timeout expired");
  });

  it("keeps updates while the webhook is unreachable and hands them to getUpdates after deleteWebhook", async () => {
    const url = await serve((_req, res) => res.end());
    servers[0]?.close();
    await new Promise((resolve) => servers[0]?.once("close", resolve));
    await f.client.setWebhook(url);
    await aru.send("one");
    await aru.send("two");
    await expect
      .poll(async () => (await f.client.getWebhookInfo()).last_error_message, { timeout: 2000, interval: 20 })
      .toBe("Connection refused");
    await f.client.deleteWebhook();
    expect((await f.client.getUpdates()).map((u) => u.message?.text)).toEqual(["one", "two"]);
  });

  it("drops pending updates on request", async () => {
    await f.client.setWebhook("http://127.0.0.1:9/unreachable");
    await aru.send("lost on purpose");
    await f.client.deleteWebhook({ drop_pending_updates: true });
    expect(await f.client.getUpdates()).toEqual([]);
    expect((await f.client.getWebhookInfo()).url).toBe("");
  });

  it("delivers one chat's updates one at a time and in order, other chats in parallel", async () => {
    const bek = f.api.createUser({ firstName: "Bek" });
    const log: string[] = [];
    const release: Array<() => void> = [];
    const url = await serve(async (req, res) => {
      const update = await readUpdate(req);
      const text = update.message?.text ?? "";
      log.push(`start ${text}`);
      release.push(() => {
        log.push(`end ${text}`);
        res.end();
      });
    });
    await f.client.setWebhook(url);
    await aru.send("a1");
    await aru.send("a2");
    await bek.send("b1");
    await eventually(() => expect(log.length).toBe(2), 2000);
    expect(log).toEqual(["start a1", "start b1"]);
    release.shift()?.();
    await eventually(() => expect(log.includes("start a2")).toBe(true), 2000);
    expect(log.indexOf("end a1")).toBeLessThan(log.indexOf("start a2"));
    for (const done of release.splice(0)) done();
  });

  it("executes a method the bot returns in the webhook response (webhook reply)", async () => {
    const url = await serve(async (req, res) => {
      const update = await readUpdate(req);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ method: "sendMessage", chat_id: update.message?.chat.id, text: "replied inline" }));
    });
    await f.client.setWebhook(url);
    await aru.send("hi");
    expect((await aru.waitForMessage()).text).toBe("replied inline");
  });

  it("reports the settings in getWebhookInfo and validates setWebhook", async () => {
    await f.client.setWebhook("http://127.0.0.1:9/x", { max_connections: 5, allowed_updates: ["message"] });
    expect(await f.client.getWebhookInfo()).toMatchObject({
      url: "http://127.0.0.1:9/x",
      max_connections: 5,
      allowed_updates: ["message"],
    });
    await expectApiError(
      f.client.setWebhook("ftp://example.com/x"),
      400,
      "Bad Request: bad webhook: An HTTPS URL must be provided for webhook",
    );
    await expectApiError(
      f.client.setWebhook("http://127.0.0.1:9/x", { secret_token: "has spaces" }),
      400,
      "Bad Request: secret token contains unallowed characters",
    );
    expect(await f.client.setWebhook("")).toBe(true);
    expect((await f.client.getWebhookInfo()).url).toBe("");
  });

  it("stops retrying promptly when the server stops", async () => {
    // A read timeout far beyond the waits below: only stop() can cut the hanging delivery in time.
    await f.api.stop();
    f = await startFixture({ webhook: { timeoutMs: 60_000, retryInitialMs: 20, retryMaxMs: 100 } });
    aru = f.api.createUser({ firstName: "Aru" });
    const attempts: IncomingMessage[] = [];
    const url = await serve((req, res) => {
      attempts.push(req);
      if (attempts.length < 3) {
        res.statusCode = 500;
        res.end();
      }
      // The third attempt is never answered: it is still in flight when the server stops.
    });
    await f.client.setWebhook(url);
    await aru.send("never delivered");
    await eventually(() => expect(attempts.length).toBe(3), 2000);
    let aborted = false;
    attempts[2]!.socket.once("close", () => (aborted = true));
    let stopped = false;
    void f.api.stop().then(() => (stopped = true));
    // stop() returns and cuts the delivery in flight instead of waiting out its 60 s read timeout.
    await eventually(() => expect({ stopped, aborted }).toEqual({ stopped: true, aborted: true }), 5000);
    // "Never again" has no event to wait for, so this one sleep stays: retries still running would
    // try again within the longest backoff (100 ms); 1 s covers that ten times over.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(attempts).toHaveLength(3);
  });
});
