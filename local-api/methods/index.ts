import { botMethods } from "./bot.js";
import { chatMethods } from "./chats.js";
import type { MethodHandler } from "./context.js";
import { documentMethods } from "./documents.js";
import { messageMethods } from "./messages.js";
import { queryMethods } from "./queries.js";
import { updateMethods } from "./updates.js";

export type { MethodContext, MethodHandler } from "./context.js";

/** Telegram matches method names case-insensitively, so the registry is keyed in lower case. */
export const METHODS: ReadonlyMap<string, MethodHandler> = new Map(
  Object.entries({ ...botMethods, ...updateMethods, ...messageMethods, ...documentMethods, ...chatMethods, ...queryMethods }).map(
    ([name, handler]) => [name.toLowerCase(), handler],
  ),
);

/** Methods that put or change a message in a chat: the ones flood limits count. */
export const SENDING_METHODS: ReadonlySet<string> = new Set([
  "sendmessage",
  "senddocument",
  "sendphoto",
  "editmessagetext",
  "editmessagereplymarkup",
]);
