import type { Core } from "../core.js";
import type { BotRecord } from "../state.js";
import type { Params } from "../validation.js";

/** What a Bot API method handler gets; `chatId` is filled in for the call log. */
export interface MethodContext {
  core: Core;
  bot: BotRecord;
  /** Aborted when the client gave up on the request (long polls end then). */
  signal: AbortSignal;
  chatId?: number;
}

export type MethodHandler = (context: MethodContext, params: Params) => unknown;
