import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, MISSING_TOKEN_HELP, MissingTokenError } from "../../src/config/index.js";

const TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-ab";

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN });
    expect(config).toEqual({
      botToken: TOKEN,
      botApiRoot: "https://api.telegram.org",
      databaseUrl: undefined,
      dataDir: "./data",
      mode: "polling",
      webhook: undefined,
      http: undefined,
      ownerIds: [],
      displayTz: "Asia/Almaty",
      logLevel: "info",
      telegramGlobalRate: 30,
      chatActionRate: 30,
      countdownCron: "0 9 * * *",
      broadcast: { rate: 25, paid: false },
      alertDelaySec: 60,
      chatWriteBehindMs: 1000,
    });
  });

  it('TELEGRAM_CHAT_ACTION_RATE: "typing…" a second beside the messages, by default the global rate; 0 turns it off', () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_GLOBAL_RATE: "40" }).chatActionRate).toBe(40);
    expect(loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_CHAT_ACTION_RATE: "0" }).chatActionRate).toBe(0);
    expect(loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_CHAT_ACTION_RATE: "60" }).chatActionRate).toBe(60);
    expect(() => loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_CHAT_ACTION_RATE: "-1" })).toThrow("TELEGRAM_CHAT_ACTION_RATE must be 0 or more");
  });

  it("ALERT_DELAY: whole seconds from 0 to an hour", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, ALERT_DELAY: "0" }).alertDelaySec).toBe(0);
    expect(loadConfig({ BOT_TOKEN: TOKEN, ALERT_DELAY: "300" }).alertDelaySec).toBe(300);
    for (const bad of ["-1", "1.5", "3601", "soon"])
      expect(() => loadConfig({ BOT_TOKEN: TOKEN, ALERT_DELAY: bad }), bad).toThrow(/ALERT_DELAY/);
  });

  it("CHAT_WRITE_BEHIND_MS: whole milliseconds from 50 to a minute", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, CHAT_WRITE_BEHIND_MS: "250" }).chatWriteBehindMs).toBe(250);
    for (const bad of ["0", "49", "1.5", "60001", "fast"]) {
      expect(() => loadConfig({ BOT_TOKEN: TOKEN, CHAT_WRITE_BEHIND_MS: bad }), bad).toThrow(/CHAT_WRITE_BEHIND_MS/);
    }
  });

  it("reads every variable", () => {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: "http://127.0.0.1:8081/",
      DATABASE_URL: "postgres://u:p@db:5432/bot",
      DATA_DIR: "/var/lib/bot",
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.com/tg/hook?x=1",
      WEBHOOK_SECRET: "s3cr3t_-X0123456789",
      PORT: "3000",
      BOT_OWNER_IDS: " 12345, 678 ,12345",
      DISPLAY_TZ: "Europe/Paris",
      LOG_LEVEL: "debug",
    });
    expect(config).toMatchObject({
      botApiRoot: "http://127.0.0.1:8081",
      databaseUrl: "postgres://u:p@db:5432/bot",
      dataDir: "/var/lib/bot",
      mode: "webhook",
      webhook: { url: "https://bot.example.com/tg/hook?x=1", path: "/tg/hook", secret: "s3cr3t_-X0123456789" },
      http: { port: 3000 },
      ownerIds: [12345, 678],
      displayTz: "Europe/Paris",
      logLevel: "debug",
    });
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: "", BOT_MODE: " ", PORT: "" })).toMatchObject({
      databaseUrl: undefined,
      mode: "polling",
      http: undefined,
    });
  });

  it("without a token throws MissingTokenError, whose help names @BotFather and npm run chat", () => {
    expect(() => loadConfig({})).toThrow(MissingTokenError);
    expect(() => loadConfig({ BOT_TOKEN: "" })).toThrow(MissingTokenError);
    expect(MISSING_TOKEN_HELP).toContain("@BotFather");
    expect(MISSING_TOKEN_HELP).toContain("npm run chat");
    expect(loadConfig({}, { requireToken: false }).botToken).toBe("");
  });

  it("lists every bad value at once, each with a clear message", () => {
    const found = problems({
      BOT_TOKEN: "not-a-token",
      BOT_API_ROOT: "ftp://x",
      DATABASE_URL: "mysql://x",
      BOT_MODE: "push",
      PORT: "70000",
      BOT_OWNER_IDS: "12,-3,abc",
      DISPLAY_TZ: "Asia/Atlantis",
      LOG_LEVEL: "verbose",
    });
    expect(found).toHaveLength(8);
    for (const name of ["BOT_TOKEN", "BOT_API_ROOT", "DATABASE_URL", "BOT_MODE", "PORT", "BOT_OWNER_IDS", "DISPLAY_TZ", "LOG_LEVEL"]) {
      expect(
        found.some((p) => p.startsWith(name)),
        name,
      ).toBe(true);
    }
  });

  it("requires WEBHOOK_URL and WEBHOOK_SECRET in webhook mode and validates them", () => {
    expect(problems({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook" })).toEqual([
      expect.stringContaining("WEBHOOK_URL"),
      expect.stringContaining("WEBHOOK_SECRET"),
    ]);
    const bad = problems({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "bot.example.com", WEBHOOK_SECRET: "has space!" });
    expect(bad).toHaveLength(2);
    expect(problems({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://x.y/h", WEBHOOK_SECRET: "a".repeat(257) })).toHaveLength(
      1,
    );
    expect(
      loadConfig({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "http://127.0.0.1:9/h", WEBHOOK_SECRET: "a".repeat(256) }).webhook
        ?.path,
    ).toBe("/h");
  });

  it("refuses a WEBHOOK_SECRET shorter than 16 characters, which could be guessed", () => {
    const webhook = { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://x.y/h" };
    for (const secret of ["a", "abc", "s3cr3t_-X", "a".repeat(15)]) {
      expect(problems({ ...webhook, WEBHOOK_SECRET: secret }), secret).toEqual([
        "WEBHOOK_SECRET must be at least 16 characters: a short one can be guessed (make one with: openssl rand -hex 32)",
      ]);
    }
    expect(loadConfig({ ...webhook, WEBHOOK_SECRET: "a".repeat(16) }).webhook?.secret).toBe("a".repeat(16));
    // One message per problem: a short secret with a bad character is told about the character.
    expect(problems({ ...webhook, WEBHOOK_SECRET: "no way!" })).toEqual(["WEBHOOK_SECRET may contain only A-Z, a-z, 0-9, _ and -"]);
    expect(problems({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://x.y/h" })).toEqual([
      "BOT_MODE=webhook needs WEBHOOK_SECRET (16-256 characters of A-Z, a-z, 0-9, _ and -)",
    ]);
  });

  it("keeps broadcasts within the global rate unless they are paid, which may go to 1,000 a second", () => {
    const env = { BOT_TOKEN: TOKEN };
    expect(() => loadConfig({ ...env, BROADCAST_RATE: "40" })).toThrow(
      "BROADCAST_RATE (40/s) is above TELEGRAM_GLOBAL_RATE (30/s); only paid broadcasts (BROADCAST_PAID=true) may go faster",
    );
    expect(loadConfig({ ...env, BROADCAST_RATE: "1000", BROADCAST_PAID: "true" }).broadcast).toEqual({ rate: 1000, paid: true });
    expect(loadConfig({ ...env, BROADCAST_RATE: "30", TELEGRAM_GLOBAL_RATE: "30" }).broadcast.rate).toBe(30);
    expect(() => loadConfig({ ...env, BROADCAST_PAID: "yes" })).toThrow('BROADCAST_PAID must be "true" or "false"');
    expect(() => loadConfig({ ...env, BROADCAST_RATE: "1001", BROADCAST_PAID: "true" })).toThrow("BROADCAST_RATE must be at most 1000");
  });

  it("METRICS_TOKEN: optional; a bearer token of 16 to 256 characters", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN }).metricsToken).toBeUndefined();
    expect(loadConfig({ BOT_TOKEN: TOKEN, METRICS_TOKEN: "  " }).metricsToken).toBeUndefined();
    expect(loadConfig({ BOT_TOKEN: TOKEN, METRICS_TOKEN: "0123456789abcdef" }).metricsToken).toBe("0123456789abcdef");
    expect(loadConfig({ BOT_TOKEN: TOKEN, METRICS_TOKEN: "a+b/c-d_e.f~0123==" }).metricsToken).toBe("a+b/c-d_e.f~0123==");
    expect(problems({ BOT_TOKEN: TOKEN, METRICS_TOKEN: "short" })).toEqual([
      expect.stringMatching(/METRICS_TOKEN must be at least 16 characters/),
    ]);
    expect(problems({ BOT_TOKEN: TOKEN, METRICS_TOKEN: "has spaces in the middle" })).toEqual([
      expect.stringMatching(/METRICS_TOKEN may contain only/),
    ]);
    expect(problems({ BOT_TOKEN: TOKEN, METRICS_TOKEN: "x".repeat(257) })).toEqual([expect.stringMatching(/at most 256/)]);
  });

  it("ignores webhook settings in polling mode", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://x.y/h" }).webhook).toBeUndefined();
  });

  it("HTTP_PORT runs the HTTP server in polling mode (0: any free port); webhook mode serves on PORT", () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, HTTP_PORT: "9100" }).http).toEqual({ port: 9100 });
    expect(loadConfig({ BOT_TOKEN: TOKEN, HTTP_PORT: "0" }).http).toEqual({ port: 0 });
    expect(loadConfig({ BOT_TOKEN: TOKEN, PORT: "9100" }).http).toBeUndefined();
    for (const bad of ["-1", "65536", "1.5", "web"])
      expect(problems({ BOT_TOKEN: TOKEN, HTTP_PORT: bad }), bad).toEqual([expect.stringContaining("HTTP_PORT")]);
  });

  it("rejects non-integer and zero ports and owner ids", () => {
    expect(problems({ BOT_TOKEN: TOKEN, PORT: "80.5" })).toEqual([expect.stringContaining("PORT")]);
    expect(problems({ BOT_TOKEN: TOKEN, PORT: "0" })).toEqual([expect.stringContaining("PORT")]);
    expect(problems({ BOT_TOKEN: TOKEN, BOT_OWNER_IDS: "0" })).toEqual([expect.stringContaining("BOT_OWNER_IDS")]);
    expect(problems({ BOT_TOKEN: TOKEN, BOT_OWNER_IDS: "1,,2" })).toEqual([expect.stringContaining("BOT_OWNER_IDS")]);
  });
});
