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

/** Telegram's answers that mean the chat is gone for the bot, not that this message is wrong. */
export const CHAT_GONE = /chat not found|user is deactivated|bot was kicked|bot is not a member|have no rights to send/i;

/**
 * A photo refused for what it is, not for where it goes (a group that takes no photos: a 400 not
 * about the chat being gone or moved): the same text as a message goes through.
 */
export function isPhotoRefused(error: unknown): error is GrammyError {
  return isBadRequest(error) && !CHAT_GONE.test(error.description) && error.parameters.migrate_to_chat_id === undefined;
}
