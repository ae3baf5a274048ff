import { GrammyError } from "grammy";

/** 403 from Telegram: the user blocked the bot, or the bot was removed from the group. */
export function isForbidden(error: unknown): error is GrammyError {
  return error instanceof GrammyError && error.error_code === 403;
}

export function isBadRequest(error: unknown): error is GrammyError {
  return error instanceof GrammyError && error.error_code === 400;
}

/** The edit would leave the message as it is (the same button pressed twice): nothing to do. */
export function isNotModified(error: unknown): boolean {
  return isBadRequest(error) && /message is not modified/i.test(error.description);
}
