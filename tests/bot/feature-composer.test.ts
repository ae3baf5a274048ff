/**
 * FeatureComposer against grammY's own Composer: the same middleware, given the same updates, runs
 * in the same order with the same outcome. grammY's real Context and Api; nothing is sent.
 */
import { Api, Composer, Context, type MiddlewareFn } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { FeatureComposer } from "../../src/bot/feature-composer.js";

const ME = { id: 42, is_bot: true, first_name: "Bot", username: "kz_bot" } as UserFromGetMe;
const api = new Api("42:test", { apiRoot: "http://127.0.0.1:9" });

function message(text: string, id = 1): Context {
  const update = {
    update_id: id,
    message: {
      message_id: id,
      date: 0,
      chat: { id: 7, type: "private", first_name: "Aru" },
      from: { id: 7, is_bot: false, first_name: "Aru" },
      text,
      // A command is a command by its entity, as Telegram marks it.
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]?.length ?? 0 }] } : {}),
    },
  } as Update;
  return new Context(update, api, ME);
}

/** A small feature set, built on `make()`, that logs what ran. */
function features(make: () => Composer<Context>, log: string[]): MiddlewareFn<Context> {
  const root = make();
  const a = make();
  a.use(async (_ctx, next) => {
    log.push("a:before");
    await next();
    log.push("a:after");
  });
  a.command("help", (ctx) => {
    log.push(`help:${ctx.match}`);
  });
  a.on("message:text")
    .filter(async (ctx) => ctx.message.text.includes("?"))
    .use((ctx) => {
      log.push(`question:${ctx.message.text}`);
    });
  // Middleware added to a returned composer after the fact still runs.
  const late = a.on("message:text").filter((ctx) => ctx.message.text.startsWith("late"));
  const b = make();
  b.command("licenses", async (ctx, next) => {
    log.push(`licenses:${ctx.match}`);
    if (ctx.match === "more") await next();
  });
  b.branch(
    (ctx) => ctx.msg?.text === "branch",
    (_ctx) => {
      log.push("branch:yes");
    },
    (_ctx, next) => {
      log.push("branch:no");
      return next();
    },
  );
  b.drop(
    (ctx) => ctx.msg?.text === "dropped",
    () => {
      log.push("kept");
    },
  );
  root.use(a, b);
  root.use(() => {
    log.push("fallback");
  });
  late.use(() => {
    log.push("late");
  });
  return root.middleware();
}

async function trace(make: () => Composer<Context>, text: string): Promise<string[]> {
  const log: string[] = [];
  await features(make, log)(message(text), async () => {
    log.push("end");
  });
  return log;
}

describe("FeatureComposer", () => {
  it("runs what grammY's Composer runs, in the same order", async () => {
    expect(await trace(() => new FeatureComposer<Context>(), "/licenses more")).toEqual([
      "a:before",
      "licenses:more",
      "branch:no",
      "kept",
      "a:after",
    ]);
    for (const text of ["/help", "/help me", "why?", "late one", "/licenses boxing", "/licenses more", "branch", "dropped", "hello"]) {
      expect(await trace(() => new FeatureComposer<Context>(), text), text).toEqual(await trace(() => new Composer<Context>(), text));
    }
  });

  it("refuses next called twice, as grammY does", async () => {
    const composer = new FeatureComposer<Context>();
    composer.use(async (_ctx, next) => {
      await next();
      await next();
    });
    await expect(composer.middleware()(message("x"), async () => {})).rejects.toThrow("`next` already called before!");
  });

  it("turns a middleware's throw into a rejection", async () => {
    const composer = new FeatureComposer<Context>();
    composer.use((_ctx, next) => next());
    composer.use(() => {
      throw new Error("boom");
    });
    await expect(composer.middleware()(message("x"), async () => {})).rejects.toThrow("boom");
    const first = new FeatureComposer<Context>();
    first.use(() => {
      throw new Error("first");
    });
    const run = first.middleware()(message("x"), async () => {});
    expect(run).toBeInstanceOf(Promise);
    await expect(run).rejects.toThrow("first");
  });
});
