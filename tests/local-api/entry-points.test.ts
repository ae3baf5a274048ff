import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { chatApiOptions } from "../../local-api/chat.js";
import { floodLimitsFromEnv } from "../../local-api/env.js";
import { type LocalBotApi, startLocalBotApi } from "../../local-api/index.js";

/**
 * Flood limits are on unless asked otherwise, as on Telegram, wherever the server starts:
 * startLocalBotApi, `npm run local-api` (cli.ts) and `npm run chat` (chat.ts).
 */

let api: LocalBotApi | undefined;
let child: ChildProcess | undefined;

afterEach(async () => {
  await api?.stop();
  api = undefined;
  if (child && child.exitCode === null) {
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
  }
  child = undefined;
});

/** Sends `count` messages to one private chat back to back; the HTTP statuses in order. */
async function burst(url: string, token: string, chatId: number, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${url}/bot${token}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ chat_id: chatId, text: `m${i}` }),
    });
    statuses.push(response.status);
    await response.body?.cancel();
  }
  return statuses;
}

// Telegram's default per private chat: a burst of 10, then 429.
const LIMITED = [...Array<number>(10).fill(200), 429];
const UNLIMITED = Array<number>(11).fill(200);

describe("flood limits by default", () => {
  it("startLocalBotApi enforces them unless floodLimits: false", async () => {
    api = await startLocalBotApi();
    expect(api.faults.floodLimits).toBe(true);
    let bot = api.createBot();
    let aru = api.createUser({ firstName: "Aru" });
    expect(await burst(api.url, bot.token, aru.id, 11)).toEqual(LIMITED);
    await api.stop();

    api = await startLocalBotApi({ floodLimits: false });
    bot = api.createBot();
    aru = api.createUser({ firstName: "Aru" });
    expect(await burst(api.url, bot.token, aru.id, 11)).toEqual(UNLIMITED);
  });

  it("npm run chat enforces them unless FLOOD_LIMITS=off", async () => {
    expect(chatApiOptions({ FLOOD_LIMITS: "off" })).toMatchObject({ floodLimits: false });
    api = await startLocalBotApi(chatApiOptions({}));
    const bot = api.createBot();
    const aru = api.createUser({ firstName: "Aru" });
    expect(await burst(api.url, bot.token, aru.id, 11)).toEqual(LIMITED);
  });

  it("FLOOD_LIMITS reads on/off, true/false, 1/0 and refuses anything else", () => {
    for (const on of [undefined, "", "on", "TRUE", "1"]) expect(floodLimitsFromEnv(on)).toBe(true);
    for (const off of ["off", "Off", "false", "0"]) expect(floodLimitsFromEnv(off)).toBe(false);
    expect(() => floodLimitsFromEnv("sometimes")).toThrow('FLOOD_LIMITS must be "on" or "off", not "sometimes"');
  });

  /** Starts `npm run local-api`'s entry point and reads the URL, token and user it prints. */
  async function startCli(env: Record<string, string>): Promise<{ url: string; token: string; userId: number; banner: string }> {
    child = spawn(process.execPath, ["--import", "tsx", "local-api/cli.ts"], {
      env: { ...process.env, PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let banner = "";
    let errors = "";
    child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    return new Promise((resolve, reject) => {
      child?.once("exit", (code) => reject(new Error(`cli.ts exited with ${code}: ${errors}`)));
      child?.stdout?.on("data", (chunk: Buffer) => {
        banner += chunk.toString();
        const url = /server: (http:\/\/\S+)/.exec(banner)?.[1];
        const token = /Bot token \(local only\): (\S+)/.exec(banner)?.[1];
        const userId = /Act as a user \(id (\d+)\)/.exec(banner)?.[1];
        if (url && token && userId && banner.includes("Ctrl+C")) resolve({ url, token, userId: Number(userId), banner });
      });
    });
  }

  it("npm run local-api enforces them unless FLOOD_LIMITS=off", async () => {
    const limited = await startCli({});
    expect(limited.banner).toContain("Flood limits: on");
    expect(await burst(limited.url, limited.token, limited.userId, 11)).toEqual(LIMITED);
    const exited = once(child as ChildProcess, "exit");
    child?.kill("SIGTERM");
    await exited;

    const unlimited = await startCli({ FLOOD_LIMITS: "off" });
    expect(unlimited.banner).toContain("Flood limits: off");
    expect(await burst(unlimited.url, unlimited.token, unlimited.userId, 11)).toEqual(UNLIMITED);
  });
});

describe("connections", () => {
  it("a client blocked longer than Node's default keep-alive (5 s) reuses its connection safely", async () => {
    api = await startLocalBotApi({ floodLimits: false });
    const bot = api.createBot();
    const aru = api.createUser({ firstName: "Aru" });
    const client = new Api(bot.token, { apiRoot: api.url });
    await client.sendMessage(aru.id, "before");
    // A synchronous step of the bot's own, in this same process (a card's first render on a busy
    // machine): no timer of the server's or the client's runs meanwhile.
    const until = Date.now() + 7_000;
    while (Date.now() < until) {}
    await client.sendMessage(aru.id, "after");
    expect(aru.messages().map((m) => m.text)).toEqual(["before", "after"]);
  });
});
