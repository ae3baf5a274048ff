import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Strings that must never reach a log line (bot token, webhook secret). */
  secrets: string[];
  /** Where lines go; stdout by default. Tests pass a collector. */
  destination?: { write(line: string): unknown };
}

/**
 * pino with two layers of secret protection: `redact` for the known config paths, and a
 * destination filter that replaces every secret in the finished line, because grammY errors can
 * carry the token inside URLs and messages that no redact path can name.
 */
export function createLogger(opts: LoggerOptions): Logger {
  // Every secret, however short (an empty string is no secret); the longest first, so one that
  // contains another (the token its secret half) goes as a whole.
  const secrets = [...new Set(opts.secrets.filter((s) => s !== ""))].sort((a, b) => b.length - a.length);
  const out = opts.destination ?? process.stdout;
  const destination: DestinationStream = {
    write(line: string) {
      out.write(redactSecrets(line, secrets));
    },
  };
  return pino(
    {
      level: opts.level,
      redact: {
        paths: [
          "config.botToken",
          "config.webhook.secret",
          "config.metricsToken",
          "metricsToken",
          "token",
          "*.token",
          "botToken",
          "secretToken",
          "*.secretToken",
          'req.headers["x-telegram-bot-api-secret-token"]',
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

/** The strings of a config that must never be logged: the token (and its secret half, in case it
 * shows up URL-encoded), the webhook secret and the metrics token. */
export function configSecrets(config: {
  botToken: string;
  webhook?: { secret: string } | undefined;
  metricsToken?: string | undefined;
}): string[] {
  const token = config.botToken;
  return [token, token.slice(token.indexOf(":") + 1), config.webhook?.secret ?? "", config.metricsToken ?? ""];
}

export function redactSecrets(text: string, secrets: string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret) result = result.split(secret).join("[redacted]");
  }
  return result;
}
