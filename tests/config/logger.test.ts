import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { configSecrets, createLogger } from "../../src/config/logger.js";

const TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-ab";

describe("logger", () => {
  it("never writes the token or the webhook secret, wherever they appear", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "debug", secrets: [TOKEN, "hook-secret-123"], destination: { write: (l) => lines.push(l) } });
    logger.info({ config: { botToken: TOKEN, webhook: { secret: "hook-secret-123" } } }, "config");
    logger.error(`request to https://api.telegram.org/bot${TOKEN}/getMe failed`);
    const err = new GrammyError("Call to 'getMe' failed!", { ok: false, error_code: 401, description: "Unauthorized" }, "getMe", {});
    err.stack = `${err.stack}\n    at fetch (https://api.telegram.org/bot${TOKEN}/getMe)`;
    logger.error({ err, token: TOKEN, nested: { deep: [`x${TOKEN}y`] } }, "failed");
    const all = lines.join("");
    expect(lines).toHaveLength(3);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain("AAEhBOweik6ad9r");
    expect(all).not.toContain("hook-secret-123");
    expect(all).toContain("[redacted]");
    expect(all).toContain("Unauthorized");
  });

  it("redacts a secret however short, and is not thrown by an empty one", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "info", secrets: ["", "q7", "Z"], destination: { write: (l) => lines.push(l) } });
    logger.info({ header: "q7" }, "got Z and q7 back");
    const all = lines.join("");
    expect(all).not.toContain("q7");
    expect(all).not.toContain("Z");
    expect(all).toContain("got [redacted] and [redacted] back");
  });

  it("no secret of a loaded configuration reaches a log line", () => {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://x.y/h",
      WEBHOOK_SECRET: "hook_SECRET-0123456789",
      METRICS_TOKEN: "metrics_TOKEN-0123456789",
    });
    const lines: string[] = [];
    const logger = createLogger({ level: "debug", secrets: configSecrets(config), destination: { write: (l) => lines.push(l) } });
    logger.info({ config }, "config");
    logger.info(
      { env: { ...config } },
      `secret ${config.webhook?.secret}, token ${encodeURIComponent(TOKEN)}, metrics ${config.metricsToken}`,
    );
    const all = lines.join("");
    expect(all).not.toContain("hook_SECRET-0123456789");
    expect(all).not.toContain("metrics_TOKEN-0123456789");
    expect(all).not.toContain("AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-ab");
  });
});
