import { run } from "@grammyjs/runner";
import { Bot, GrammyError, type Middleware } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { eventually } from "../helpers/wait.js";
import { expectApiError, type Fixture, startFixture } from "./support.js";

let f: Fixture;
let aru: LocalUser;

beforeEach(async () => {
  f = await startFixture();
  aru = f.api.createUser({ firstName: "Aru", languageCode: "kk" });
});

afterEach(async () => {
  await f.api.stop();
});

function echoBot(before?: Middleware): Bot {
  const bot = new Bot(f.bot.token, { client: { apiRoot: f.api.url } });
  if (before) bot.use(before);
  bot.command("start", (ctx) => ctx.reply(`Hello, ${ctx.from?.first_name}! (${ctx.match || "no args"})`));
  bot.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
  return bot;
}

describe("grammY long polling", () => {
  it("bot.start() receives commands with their bot_command entity and answers", async () => {
    const seen: unknown[] = [];
    const bot = echoBot((ctx, next) => {
      seen.push(ctx.message?.entities);
      return next();
    });
    const running = bot.start();
    await aru.send("/start@kz_licenses_bot boxing");
    expect((await aru.waitForMessage()).text).toBe("Hello, Aru! (boxing)");
    expect(seen).toEqual([[{ type: "bot_command", offset: 0, length: 22 }]]);
    await bot.stop();
    await running;
  });

  it("bot.stop() confirms what was handled: a restarted bot gets nothing twice", async () => {
    const first = echoBot();
    const running = first.start();
    await aru.send("one");
    expect((await aru.waitForMessage()).text).toBe("echo: one");
    await first.stop();
    await running;

    await aru.send("two");
    const handled: string[] = [];
    const second = echoBot((ctx, next) => {
      handled.push(ctx.message?.text ?? "");
      return next();
    });
    const again = second.start();
    expect((await aru.waitForMessage()).text).toBe("echo: two");
    await second.stop();
    await again;
    expect(handled).toEqual(["two"]);
    // Stopping aborts a long poll and polls once more; that must not look like a 409 conflict.
    expect(f.api.calls({ ok: false })).toEqual([]);
  });

  it("@grammyjs/runner handles several users concurrently", async () => {
    const users = ["Aru", "Bek", "Dana", "Erlan"].map((name, i) => (i === 0 ? aru : f.api.createUser({ firstName: name })));
    const runner = run(echoBot());
    await Promise.all(users.map((user) => user.send(`hi from ${user.firstName}`)));
    const replies = await Promise.all(users.map((user) => user.waitForMessage()));
    expect(replies.map((m) => m.text)).toEqual(users.map((user) => `echo: hi from ${user.firstName}`));
    await runner.stop();
  });
});

describe("getUpdates", () => {
  it("numbers updates consecutively and drops them only once confirmed by offset", async () => {
    for (const text of ["a", "b", "c"]) await aru.send(text);
    const all = await f.client.getUpdates();
    expect(all.map((u) => u.message?.text)).toEqual(["a", "b", "c"]);
    const [a, b, c] = all.map((u) => u.update_id) as [number, number, number];
    expect([b - a, c - b]).toEqual([1, 1]);
    // Not confirmed yet: the same updates again.
    expect((await f.client.getUpdates()).map((u) => u.update_id)).toEqual([a, b, c]);
    expect((await f.client.getUpdates({ offset: b })).map((u) => u.update_id)).toEqual([b, c]);
    expect(await f.client.getUpdates({ offset: c + 1 })).toEqual([]);
    expect(await f.client.getUpdates()).toEqual([]);
  });

  it("loses nothing and repeats nothing across many batches", async () => {
    const texts = Array.from({ length: 250 }, (_, i) => `m${i}`);
    for (const text of texts) await aru.send(text);
    const received: string[] = [];
    const ids = new Set<number>();
    let offset = 0;
    for (;;) {
      const batch = await f.client.getUpdates({ offset, limit: 100 });
      if (batch.length === 0) break;
      expect(batch.length).toBeLessThanOrEqual(100);
      for (const update of batch) {
        expect(ids.has(update.update_id)).toBe(false);
        ids.add(update.update_id);
        received.push(update.message?.text ?? "");
      }
      offset = (batch.at(-1)?.update_id ?? 0) + 1;
    }
    expect(received).toEqual(texts);
  });

  it("keeps only the last -offset updates for a negative offset", async () => {
    for (const text of ["a", "b", "c"]) await aru.send(text);
    expect((await f.client.getUpdates({ offset: -1 })).map((u) => u.message?.text)).toEqual(["c"]);
    expect((await f.client.getUpdates()).map((u) => u.message?.text)).toEqual(["c"]);
  });

  it("clamps limit to 1..100", async () => {
    for (const text of ["a", "b"]) await aru.send(text);
    expect(await f.client.getUpdates({ limit: 1 })).toHaveLength(1);
    expect(await f.client.getUpdates({ limit: 0 })).toHaveLength(1);
    expect(await f.client.getUpdates({ limit: 1000 })).toHaveLength(2);
  });

  it("long-polls: a waiting request returns as soon as an update arrives", async () => {
    const poll = f.client.getUpdates({ timeout: 30 });
    await f.api.waitForLongPoll();
    await aru.send("wake up");
    // Woken by the update, not ended by its own 30 s timeout: the server answers it long before that.
    const answered = await f.api.waitForCall({ method: "getUpdates", ok: true, timeoutMs: 10_000 });
    expect((answered.result as Array<{ message?: { text?: string } }>).map((u) => u.message?.text)).toEqual(["wake up"]);
    expect((await poll).map((u) => u.message?.text)).toEqual(["wake up"]);
  });

  it("answers an empty list when the long-poll timeout passes", async () => {
    expect(await f.client.getUpdates({ timeout: 1 })).toEqual([]);
  });

  it("answers the older of two concurrent long polls with 409 Conflict", async () => {
    expect(f.api.openLongPolls()).toBe(0);
    const older = f.client.getUpdates({ timeout: 30 });
    const conflict = older.catch((error: unknown) => error);
    await f.api.waitForLongPoll();
    expect(f.api.openLongPolls()).toBe(1);
    const newer = f.client.getUpdates({ timeout: 30 });
    // Cut off, the older one is still open (its 409 comes a moment later) beside the newer one.
    await eventually(() => expect(f.api.openLongPolls()).toBe(2));
    const error = await conflict;
    expect(f.api.openLongPolls()).toBe(1);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).error_code).toBe(409);
    expect((error as GrammyError).description).toBe(
      "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    );
    await aru.send("for the newer one");
    expect((await newer).map((u) => u.message?.text)).toEqual(["for the newer one"]);
    expect(f.api.openLongPolls()).toBe(0);
  });

  it("refuses getUpdates while a webhook is set", async () => {
    await f.client.setWebhook("http://127.0.0.1:9/hook");
    await expectApiError(
      f.client.getUpdates(),
      409,
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );
    await f.client.deleteWebhook();
    expect(await f.client.getUpdates()).toEqual([]);
  });

  it("honours allowed_updates from the next update on, and remembers them", async () => {
    await f.client.getUpdates({ allowed_updates: ["callback_query"] });
    await aru.send("ignored");
    const menu = await f.client.sendMessage(aru.id, "menu", { reply_markup: { inline_keyboard: [[{ text: "Go", callback_data: "go" }]] } });
    void aru.press(aru.messages().at(-1)!, "Go", { timeoutMs: 200 }).catch(() => undefined);
    const updates = await f.client.getUpdates({ timeout: 5 });
    expect(updates.map((u) => Object.keys(u)[1])).toEqual(["callback_query"]);
    expect(updates[0]?.callback_query?.message?.message_id).toBe(menu.message_id);
  });

  it("sends my_chat_member by default but not chat_member", async () => {
    await aru.block();
    const [update] = await f.client.getUpdates();
    expect(update?.my_chat_member).toMatchObject({
      chat: { id: aru.id, type: "private" },
      from: { id: aru.id },
      old_chat_member: { status: "member", user: { id: f.bot.id } },
      new_chat_member: { status: "kicked", user: { id: f.bot.id } },
    });
  });

  it("ends a pending long poll promptly when the server stops", async () => {
    const poll = f.client.getUpdates({ timeout: 30 });
    let answered = false;
    void poll.then(
      () => (answered = true),
      () => (answered = true),
    );
    await f.api.waitForLongPoll();
    let stopped = false;
    void f.api.stop().then(() => (stopped = true));
    // Ended by stop(), not by its own 30 s timeout: both settle long before that.
    await eventually(() => expect({ stopped, answered }).toEqual({ stopped: true, answered: true }), 10_000);
    expect(await poll).toEqual([]);
  });
});
