// What the staff conversations share: the clock and messages as external operations, and taking
// one answer (with the 30-minute idle end).
import type { Conversation } from "@grammyjs/conversations";
import type { BotContext } from "../context.js";
import { reply } from "../send-view.js";
import type { View } from "../views/view.js";

export type StaffConversation = Conversation<BotContext, BotContext>;

/** A conversation left this long ends when its staff member next writes. */
export const IDLE_MS = 30 * 60_000;

export interface StaffTurns {
  /** The bot's clock, read once and replayed as read. */
  clock(): Promise<number>;
  /**
   * Sends through the current update's context, as an external operation: once, through the
   * bot's outgoing budget, and never again when the plugin replays the steps before.
   */
  send(view: View): Promise<void>;
  /** The next update: its text or button data, or `idle` when it came after IDLE_MS (`since`: the last answer). */
  answer(since: number): Promise<Answer>;
}

export type Answer =
  | { idle: true; now: number }
  | { idle: false; now: number; ctx: BotContext; text: string | undefined; press: string | undefined };

export function staffTurns(conversation: StaffConversation): StaffTurns {
  const clock = () => conversation.external((o) => o.clock().getTime());
  return {
    clock,
    send: (view) => conversation.external((o) => reply(o, view)),
    async answer(since) {
      const ctx = await conversation.wait();
      const now = await clock();
      if (now - since > IDLE_MS) return { idle: true, now };
      const press = ctx.callbackQuery?.data;
      if (press !== undefined) await conversation.external((o) => o.answerCallbackQuery().catch(() => {}));
      return { idle: false, now, ctx, text: ctx.message?.text?.trim(), press };
    },
  };
}
