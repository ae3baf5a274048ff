import type { I18n } from "@grammyjs/i18n";
import type { RecentError } from "../bot/views/status.js";
import type { Config } from "../config/index.js";
import { configSecrets, type Logger, redactSecrets } from "../config/logger.js";
import type { Clock } from "../lib/clock.js";
import { RecentErrors } from "../lib/recent-errors.js";

/** How many of the latest errors an owner's /status lists. */
const RECENT_ERRORS = 10;

/** What every part of the app is made with. */
export interface AppBase {
  config: Config;
  logger: Logger;
  /** The one clock of the process: tests pin it. */
  clock: Clock;
  /** The locale texts, shared by everything that renders messages. */
  i18n: I18n;
  /** The latest errors of updates, the sender and polling, for an owner's /status. */
  errors: AppErrors;
}

export type AppErrors = RecentErrors<RecentError["source"]>;

/** The errors' list, secrets scrubbed from what it keeps. */
export function recentErrors(config: Config, clock: Clock): AppErrors {
  const secrets = configSecrets(config);
  return new RecentErrors({ size: RECENT_ERRORS, scrub: (text) => redactSecrets(text, secrets), now: clock });
}
