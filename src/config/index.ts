import cron from "node-cron";
import { z } from "zod";
import { isValidTimeZone } from "../lib/zoned-time.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Every problem with the environment at once, so one restart fixes them all. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Thrown when BOT_TOKEN is absent: main.ts turns it into the "how to get a token" help. */
export class MissingTokenError extends ConfigError {
  constructor() {
    super(["BOT_TOKEN is not set"]);
    this.name = "MissingTokenError";
  }
}

// "123456789:AA...": numeric bot id, colon, secret part. The length of the secret part is not
// documented, so only its alphabet and a sane minimum are checked.
const TOKEN_RE = /^\d{1,20}:[A-Za-z0-9_-]{20,}$/;
// Telegram accepts 1-256 characters, but anyone who guesses the secret can post updates as
// Telegram: 16 characters of this alphabet are 96 bits when random.
const SECRET_CHARS_RE = /^[A-Za-z0-9_-]*$/;
const WEBHOOK_SECRET_MIN = 16;
const WEBHOOK_SECRET_MAX = 256;

function webhookSecretProblem(secret: string): string | undefined {
  if (!SECRET_CHARS_RE.test(secret)) return "WEBHOOK_SECRET may contain only A-Z, a-z, 0-9, _ and -";
  if (secret.length < WEBHOOK_SECRET_MIN) {
    return `WEBHOOK_SECRET must be at least ${WEBHOOK_SECRET_MIN} characters: a short one can be guessed (make one with: openssl rand -hex 32)`;
  }
  if (secret.length > WEBHOOK_SECRET_MAX) return `WEBHOOK_SECRET must be at most ${WEBHOOK_SECRET_MAX} characters (Telegram's limit)`;
  return undefined;
}

// A bearer token (RFC 6750's token68 alphabet); 16 characters at least, as for WEBHOOK_SECRET.
const METRICS_TOKEN_RE = /^[A-Za-z0-9._~+/-]+=*$/;
const METRICS_TOKEN_MIN = 16;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

function isHttpUrl(value: string, allowed: string[]): boolean {
  try {
    return allowed.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const envSchema = z.object({
  BOT_TOKEN: opt(
    z.string().trim().regex(TOKEN_RE, {
      message: 'BOT_TOKEN does not look like a bot token (expected "<digits>:<letters, digits, _ or ->" as given by @BotFather)',
    }),
  ),
  BOT_API_ROOT: opt(
    z
      .string()
      .trim()
      .refine((v) => isHttpUrl(v, ["http:", "https:"]), {
        message: "BOT_API_ROOT must be an http(s) URL, e.g. https://api.telegram.org",
      }),
  ),
  DATABASE_URL: opt(
    z
      .string()
      .trim()
      .refine((v) => isHttpUrl(v, ["postgres:", "postgresql:"]), {
        message: "DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for the embedded database)",
      }),
  ),
  DATA_DIR: opt(z.string()),
  BOT_MODE: opt(z.enum(["polling", "webhook"], { message: 'BOT_MODE must be "polling" or "webhook"' })),
  WEBHOOK_URL: opt(
    z
      .string()
      .trim()
      .refine((v) => isHttpUrl(v, ["http:", "https:"]), {
        message: "WEBHOOK_URL must be an https:// (or http://) URL",
      }),
  ),
  WEBHOOK_SECRET: opt(
    z.string().superRefine((secret, ctx) => {
      const message = webhookSecretProblem(secret);
      if (message) ctx.addIssue({ code: "custom", message });
    }),
  ),
  PORT: opt(
    z.coerce
      .number({ message: "PORT must be a number" })
      .int({ message: "PORT must be a whole number" })
      .min(1, { message: "PORT must be between 1 and 65535" })
      .max(65535, { message: "PORT must be between 1 and 65535" }),
  ),
  HTTP_PORT: opt(
    z.coerce
      .number({ message: "HTTP_PORT must be a number" })
      .int({ message: "HTTP_PORT must be a whole number" })
      .min(0, { message: "HTTP_PORT must be between 0 and 65535 (0: any free port)" })
      .max(65535, { message: "HTTP_PORT must be between 0 and 65535 (0: any free port)" }),
  ),
  PUBLIC_URL: opt(
    z
      .string()
      .trim()
      .refine((v) => isHttpUrl(v, ["http:", "https:"]) && !/[?#]/.test(v), {
        message: "PUBLIC_URL must be an http(s) URL without ? or #, e.g. https://bot.example.com (where the calendar feeds are reached)",
      }),
  ),
  METRICS_TOKEN: opt(
    z
      .string()
      .trim()
      .regex(METRICS_TOKEN_RE, { message: "METRICS_TOKEN may contain only A-Z, a-z, 0-9 and . _ ~ + / - (= at the end)" })
      .min(METRICS_TOKEN_MIN, {
        message: `METRICS_TOKEN must be at least ${METRICS_TOKEN_MIN} characters (make one with: openssl rand -hex 32)`,
      })
      .max(256, { message: "METRICS_TOKEN must be at most 256 characters" }),
  ),
  BOT_OWNER_IDS: opt(
    z.string().refine((v) => v.split(",").every((id) => /^\s*[1-9]\d{0,15}\s*$/.test(id)), {
      message: "BOT_OWNER_IDS must be comma-separated positive Telegram user ids, e.g. 12345,67890",
    }),
  ),
  DISPLAY_TZ: opt(
    z.string().trim().refine(isValidTimeZone, {
      message: "DISPLAY_TZ must be an IANA time zone, e.g. Asia/Almaty",
    }),
  ),
  TELEGRAM_GLOBAL_RATE: opt(
    z.coerce
      .number({ message: "TELEGRAM_GLOBAL_RATE must be a number of messages per second" })
      .positive({ message: "TELEGRAM_GLOBAL_RATE must be more than 0" })
      .max(1000, { message: "TELEGRAM_GLOBAL_RATE must be at most 1000 (Telegram's paid-broadcast ceiling)" }),
  ),
  TELEGRAM_CHAT_ACTION_RATE: opt(
    z.coerce
      .number({ message: 'TELEGRAM_CHAT_ACTION_RATE must be a number of "typing…" calls per second' })
      .min(0, { message: "TELEGRAM_CHAT_ACTION_RATE must be 0 or more" })
      .max(1000, { message: "TELEGRAM_CHAT_ACTION_RATE must be at most 1000" }),
  ),
  BROADCAST_RATE: opt(
    z.coerce
      .number({ message: "BROADCAST_RATE must be a number of messages per second" })
      .positive({ message: "BROADCAST_RATE must be more than 0" })
      .max(1000, { message: "BROADCAST_RATE must be at most 1000 (Telegram's paid-broadcast ceiling)" }),
  ),
  BROADCAST_PAID: opt(z.enum(["true", "false"], { message: 'BROADCAST_PAID must be "true" or "false"' }).transform((v) => v === "true")),
  ALERT_DELAY: opt(
    z.coerce
      .number({ message: "ALERT_DELAY must be a number of seconds" })
      .int({ message: "ALERT_DELAY must be a whole number of seconds" })
      .min(0, { message: "ALERT_DELAY must be 0 or more seconds" })
      .max(3600, { message: "ALERT_DELAY must be at most 3600 seconds (an hour)" }),
  ),
  CHAT_WRITE_BEHIND_MS: opt(
    z.coerce
      .number({ message: "CHAT_WRITE_BEHIND_MS must be a number of milliseconds" })
      .int({ message: "CHAT_WRITE_BEHIND_MS must be a whole number of milliseconds" })
      .min(50, { message: "CHAT_WRITE_BEHIND_MS must be at least 50" })
      .max(60_000, { message: "CHAT_WRITE_BEHIND_MS must be at most 60000 (a minute)" }),
  ),
  COUNTDOWN_CRON: opt(
    z
      .string()
      .trim()
      .refine((v) => cron.validate(v), {
        message:
          'COUNTDOWN_CRON must be a cron expression, e.g. "0 9 * * *" (minute hour day month weekday, an optional seconds field first)',
      }),
  ),
  LOG_LEVEL: opt(z.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}` })),
});

/** The environment, validated, as the bot's configuration. */
const configSchema = envSchema.transform((e) => {
  const mode = e.BOT_MODE ?? "polling";
  const port = e.PORT ?? 8080;
  return {
    botToken: e.BOT_TOKEN ?? "",
    botApiRoot: (e.BOT_API_ROOT ?? "https://api.telegram.org").replace(/\/+$/, ""),
    /** PostgreSQL; undefined = the embedded database in dataDir. */
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR ?? "./data",
    mode,
    /** Present exactly when mode is "webhook" (loadConfig refuses a webhook mode without its URL and secret). */
    webhook:
      mode === "webhook" && e.WEBHOOK_URL && e.WEBHOOK_SECRET
        ? {
            url: e.WEBHOOK_URL,
            /** Path part of `url`; the HTTP server accepts updates only there. */
            path: new URL(e.WEBHOOK_URL).pathname,
            secret: e.WEBHOOK_SECRET,
          }
        : undefined,
    /**
     * The HTTP server (health, calendar feeds; in webhook mode also the webhook). Webhook mode
     * always runs it, on PORT; polling mode only when HTTP_PORT is set, so a bot started
     * without it needs no free port.
     */
    http: mode === "webhook" ? { port } : e.HTTP_PORT !== undefined ? { port: e.HTTP_PORT } : undefined,
    /**
     * Where fans reach this server from outside (no trailing slash): the calendar feeds' links are
     * built on it. PUBLIC_URL, else in webhook mode WEBHOOK_URL's origin; undefined (no links) when
     * no HTTP server runs.
     */
    publicUrl:
      mode === "webhook" || e.HTTP_PORT !== undefined
        ? (e.PUBLIC_URL?.replace(/\/+$/, "") ?? (mode === "webhook" && e.WEBHOOK_URL ? new URL(e.WEBHOOK_URL).origin : undefined))
        : undefined,
    /** When set, GET /metrics wants `Authorization: Bearer <metricsToken>`. */
    metricsToken: e.METRICS_TOKEN,
    ownerIds: e.BOT_OWNER_IDS ? [...new Set(e.BOT_OWNER_IDS.split(",").map((id) => Number(id.trim())))] : [],
    displayTz: e.DISPLAY_TZ ?? "Asia/Almaty",
    /** Messages a second the bot sends in all (Telegram allows about 30). */
    telegramGlobalRate: e.TELEGRAM_GLOBAL_RATE ?? 30,
    /**
     * "typing…" a second beside the messages, for fans waiting in a crowd (default: the global
     * rate; Telegram documents no limit for them, and a 429 on one stops them for a while).
     */
    chatActionRate: e.TELEGRAM_CHAT_ACTION_RATE ?? e.TELEGRAM_GLOBAL_RATE ?? 30,
    /** When the daily countdown broadcasts are made, in displayTz. */
    countdownCron: e.COUNTDOWN_CRON ?? "0 9 * * *",
    broadcast: {
      /** Messages a second for broadcasts, within the global rate (replies go first). */
      rate: e.BROADCAST_RATE ?? 25,
      /** Telegram's paid broadcasts (allow_paid_broadcast): up to 1,000 a second, 0.1 Star each. */
      paid: e.BROADCAST_PAID ?? false,
    },
    /** Seconds a new-license alert waits before it starts: the window in which Undo cancels it whole. */
    alertDelaySec: e.ALERT_DELAY ?? 60,
    /** How often the chats' last-seen times and Telegram languages are written (a kill -9 loses at most this much of them). */
    chatWriteBehindMs: e.CHAT_WRITE_BEHIND_MS ?? 1_000,
    logLevel: e.LOG_LEVEL ?? "info",
  };
});

export type Config = z.output<typeof configSchema>;

export interface LoadConfigOptions {
  /** Tests and tools that never talk to Telegram may start without a token. Default true. */
  requireToken?: boolean;
}

export function loadConfig(env: Record<string, string | undefined>, opts: LoadConfigOptions = {}): Config {
  const parsed = configSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);

  // Cross-field rules look at the raw values so that every problem is reported in one go.
  const present = (name: string) => blankToUndefined(env[name]) !== undefined;
  if (blankToUndefined(env.BOT_MODE) === "webhook") {
    if (!present("WEBHOOK_URL")) problems.push("BOT_MODE=webhook needs WEBHOOK_URL (the public https URL Telegram posts updates to)");
    if (!present("WEBHOOK_SECRET"))
      problems.push(
        `BOT_MODE=webhook needs WEBHOOK_SECRET (${WEBHOOK_SECRET_MIN}-${WEBHOOK_SECRET_MAX} characters of A-Z, a-z, 0-9, _ and -)`,
      );
  }
  if (present("PUBLIC_URL") && blankToUndefined(env.BOT_MODE) !== "webhook" && !present("HTTP_PORT")) {
    problems.push(
      "PUBLIC_URL is set but no HTTP server runs to serve the calendar feeds: set HTTP_PORT too (polling mode), or unset PUBLIC_URL",
    );
  }
  const rate = Number(blankToUndefined(env.BROADCAST_RATE) ?? 25);
  const globalRate = Number(blankToUndefined(env.TELEGRAM_GLOBAL_RATE) ?? 30);
  if (blankToUndefined(env.BROADCAST_PAID) !== "true" && rate > globalRate) {
    problems.push(
      `BROADCAST_RATE (${rate}/s) is above TELEGRAM_GLOBAL_RATE (${globalRate}/s); only paid broadcasts (BROADCAST_PAID=true) may go faster`,
    );
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  if (!parsed.data.botToken && opts.requireToken !== false) throw new MissingTokenError();
  return parsed.data;
}

/** What `npm start` prints when there is no token: how to get one, and how to try the bot without one. */
export const MISSING_TOKEN_HELP = `BOT_TOKEN is not set, so the bot cannot connect to Telegram.

To run the real bot:
  1. Open Telegram, talk to @BotFather, send /newbot and follow the steps.
  2. Copy the token it gives you (it looks like 123456789:AAE...).
  3. Put it in a .env file next to package.json:  BOT_TOKEN=123456789:AAE...
     (see .env.example for every setting), then run  npm start  again.

To try the bot right now without Telegram:
  npm run chat     (starts a local Bot API server and lets you chat with the bot in this terminal)
`;
