// What every staff conversation shares (@grammyjs/conversations v2): steps that ask one question
// each and return a typed value, and the turn handling every step needs, written once: the
// 30-minute idle end, /cancel and Cancel, /back and Back (to the previous step the staff member
// saw: each step starts at a plugin checkpoint, and Back rewinds to the one before), another
// command mid-flow, a press on an older message, and a failure that ends the flow with a message.
//
// The plugin replays a conversation from its start on every update, so everything that decides
// the flow comes from the updates or from `conversation.external`, which runs once and records
// what it returned: every database read and write, every clock reading, every message sent and
// every press answered. What `external` returns is made plain JSON at once, so a replay after a
// restart (which reads it back from JSON) sees the very same values.
//
// Nothing here calls the Bot API through the conversation's own context: every message goes out
// inside `external`, with the update's context. That keeps the flow clear of
// grammyjs/conversations#155 (2.1.1 included): an action of the replay engine that throws is never
// removed from its bookkeeping, the update never settles, and the chat's sequentialize lock is
// held for good. `external` catches what its task throws and stores it, so a failure here reaches
// the flow as a FlowFailure, ends it with a message, and the chat answers its next update.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { isDatabaseUnavailable } from "../../db/errors.js";
import { cleanTyped } from "../../lib/echo-text.js";
import { flowButton } from "../callback-data/staff-flow.js";
import { type BotContext, renderContextOf } from "../context.js";
import type { TArgs } from "../i18n.js";
import { reply } from "../send-view.js";
import { messageView, type View } from "../views/view.js";

export type StaffConversation = Conversation<BotContext, BotContext>;
type Checkpoint = ReturnType<StaffConversation["checkpoint"]>;

/** A conversation left this long ends when its staff member next writes. */
export const IDLE_MS = 30 * 60_000;

/** One answer: what was typed (trimmed) or the data of the button pressed, and when. */
export interface Turn {
  text: string | undefined;
  press: string | undefined;
  now: number;
}

/** What an answer means to a step: its value; a hint, then the question again; or the question in another state. */
export type Reading<T, S> = { ok: true; value: T } | { ok: false; hint: string; args?: TArgs } | { ok: false; again: S };

/**
 * One question of a flow. Both functions run inside `external` with the update's own context, so
 * they may read the database and the clock; what `read` returns must be plain JSON.
 */
export interface Step<T, S = null> {
  /** The state the question is first asked in (a page, a preview's language); null for most steps. */
  initial: S;
  ask(o: BotContext, state: S): View | Promise<View>;
  read(o: BotContext, turn: Turn, state: S): Reading<T, S> | Promise<Reading<T, S>>;
}

/** The locale keys a flow speaks with (each flow has its own wording). */
export interface FlowTexts {
  /** Ended after IDLE_MS without an answer. */
  idle: string;
  cancelled: string;
  /** Another command, or something that is not an answer, mid-flow. */
  busy: string;
  /** /back on the first step. */
  backFirst: string;
  /** Something failed: the flow ended and nothing was saved. */
  failed: string;
}

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const hint = (key: string, args?: TArgs): { ok: false; hint: string; args?: TArgs } =>
  args ? { ok: false, hint: key, args } : { ok: false, hint: key };
export const again = <S>(state: S): { ok: false; again: S } => ({ ok: false, again: state });

/** Who is recording: every staff update has a sender (the conversations run in staff's private chats only). */
export function staffId(o: BotContext): number {
  if (!o.from) throw new Error("a staff conversation's update has no sender");
  return o.from.id;
}

const plain = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** Why a step failed, as the staff member is told it: the database was unreachable, or something else. */
export type FailureReason = "database" | "other";

/**
 * A failure inside `external`, as the plugin stores it (plain JSON, like every result): an Error
 * would lose its code on the way, and with it whether the database was the cause.
 */
export class FlowFailure extends Error {
  constructor(readonly reason: FailureReason) {
    super(`staff flow step failed (${reason})`);
  }
}

/** Runs `fn` once with the update's context, logging a failure where it happened; replays get the stored result. */
function once<T>(conversation: StaffConversation, fn: (o: BotContext) => T | Promise<T>): Promise<T> {
  return conversation.external({
    task: async (o: BotContext) => {
      try {
        return plain(await fn(o));
      } catch (err) {
        o.logger.error({ err }, "a step of a staff conversation failed");
        throw err;
      }
    },
    beforeStoreError: (err: unknown): FailureReason => (isDatabaseUnavailable(err) ? "database" : "other"),
    afterLoadError: (reason: unknown) => new FlowFailure(reason === "database" ? "database" : "other"),
  });
}

export class StaffFlow {
  /** The checkpoint each step began at, in the order the staff member saw them. */
  private readonly steps: Checkpoint[] = [];

  constructor(
    private readonly conversation: StaffConversation,
    private readonly texts: FlowTexts,
  ) {}

  /** Runs `fn` once with the update's context (a database call, the clock); replays get its plain-JSON result. */
  external<T>(fn: (o: BotContext) => T | Promise<T>): Promise<T> {
    return once(this.conversation, fn);
  }

  /** As `external`, but a failure is returned (why it failed) rather than thrown, for a step that can be tried again. */
  async attempt<T>(fn: (o: BotContext) => T | Promise<T>): Promise<{ ok: true; value: T } | { ok: false; reason: FailureReason }> {
    try {
      return { ok: true, value: await this.external(fn) };
    } catch (err) {
      if (err instanceof FlowFailure) return { ok: false, reason: err.reason };
      throw err;
    }
  }

  /** Sends a view once, through the bot's outgoing budget (the update's own context). */
  async say(view: (o: BotContext) => View): Promise<void> {
    await this.external(async (o) => {
      await reply(o, view(o));
    });
  }

  /** Sends a message of the locale files and ends the conversation. */
  async end(key: string, args?: TArgs): Promise<never> {
    await this.say((o) => messageView(renderContextOf(o), key, args));
    return this.conversation.halt();
  }

  /** Asks `step`'s question until an answer fits, and returns its value. */
  async ask<T, S>(step: Step<T, S>): Promise<T> {
    const index = this.steps.push(this.conversation.checkpoint()) - 1;
    let state = step.initial;
    let pending: { hint: string; args?: TArgs } | null = null;
    for (;;) {
      const hintToSend = pending;
      pending = null;
      const asked = await this.attempt(async (o) => {
        // Read before sending: once the question is out, the answer (and the clock) may move on.
        const rc = renderContextOf(o);
        if (hintToSend) await reply(o, messageView(rc, hintToSend.hint, hintToSend.args));
        const id = await reply(o, withFlowButtons(rc, await step.ask(o, state), index > 0));
        return { messageId: id ?? null, at: rc.now.getTime() };
      });
      // A failure keeps the draft: the staff member is told, and the step goes on from their next message.
      const shown = asked.ok ? asked.value : await this.failed("flow-ask-failed", asked.reason);
      const turn = await this.answer(shown, index);
      if (!asked.ok) continue; // whatever they sent: the question, again
      if ("notAnswer" in turn) {
        pending = { hint: turn.notAnswer };
        continue;
      }
      const read = await this.attempt((o) => step.read(o, turn, state));
      if (!read.ok) {
        pending = { hint: "flow-read-failed", args: { reason: read.reason } };
        continue;
      }
      const reading = read.value;
      if (reading.ok) return reading.value;
      if ("again" in reading) state = reading.again;
      else pending = reading;
    }
  }

  /** Tells the staff member a step failed (their draft is kept); as a question shown, for the idle clock. */
  private failed(key: string, reason: FailureReason): Promise<{ messageId: number | null; at: number }> {
    return this.external(async (o) => {
      const rc = renderContextOf(o);
      await reply(o, messageView(rc, key, { reason }));
      return { messageId: null, at: rc.now.getTime() };
    });
  }

  /**
   * Waits for an answer to the question shown (message `messageId`, at `at`): the flow's own
   * buttons and commands are handled here, everything else is the step's to read. Something that
   * is not an answer (another command, a sticker, Back on the first step) gets a hint and the
   * question again.
   */
  private async answer(shown: { messageId: number | null; at: number }, index: number): Promise<Turn | { notAnswer: string }> {
    const ctx = await this.conversation.wait();
    const press = ctx.callbackQuery?.data;
    // A press on an earlier message (an older question, a saved license's Undo) is not an
    // answer: the rest of the bot handles it, as if no conversation were open. (A newer one is:
    // the question was asked again while the database could not store that it was.)
    const pressedOn = ctx.callbackQuery?.message?.message_id;
    if (pressedOn !== undefined && shown.messageId !== null && pressedOn < shown.messageId) await this.conversation.skip({ next: true });
    const now = await this.external((o) => o.clock().getTime());
    if (now - shown.at > IDLE_MS) await this.end(this.texts.idle);
    // Telegram shows a spinner until a press is answered: at once, and once.
    if (press !== undefined)
      await this.external((o) =>
        o.answerCallbackQuery().then(
          () => {},
          () => {},
        ),
      );
    // Cleaned once, here, for every step: no bidi controls or control characters reach a fan's alert.
    const typed = ctx.message?.text;
    const text = typed === undefined ? undefined : cleanTyped(typed);
    const action = flowButton.decode(press)?.action;
    if (text === "/cancel" || action === "cancel") await this.end(this.texts.cancelled);
    if (text === "/back" || action === "back") {
      const previous = this.steps[index - 1];
      if (previous) await this.conversation.rewind(previous);
      return { notAnswer: this.texts.backFirst };
    }
    if (text?.startsWith("/") || (text === undefined && press === undefined)) return { notAnswer: this.texts.busy };
    return { text, press, now };
  }
}

/** Back (after the first step) and Cancel under every question. */
function withFlowButtons(rc: ReturnType<typeof renderContextOf>, view: View, back: boolean): View {
  const keyboard = new InlineKeyboard(view.keyboard?.inline_keyboard.filter((row) => row.length > 0) ?? []).row();
  if (back) keyboard.text(rc.t("flow-back"), flowButton.encode({ action: "back" }));
  keyboard.text(rc.t("flow-cancel"), flowButton.encode({ action: "cancel" }));
  return { ...view, keyboard };
}

/**
 * A staff conversation's builder: `body` runs with a flow; a failure inside it (the database
 * down, Telegram refusing a message) ends the conversation with the flow's own message rather
 * than an error thrown into the plugin, so the chat answers the next update at once.
 */
export function staffConversation<A extends string[]>(
  texts: FlowTexts,
  body: (flow: StaffFlow, ...args: A) => Promise<void>,
): (conversation: StaffConversation, ctx: BotContext, ...args: A) => Promise<void> {
  return async (conversation, _ctx, ...args) => {
    const flow = new StaffFlow(conversation, texts);
    try {
      await body(flow, ...args);
    } catch (err) {
      const reason: FailureReason = err instanceof FlowFailure ? err.reason : "other";
      // Telling them may fail too (Telegram refusing every message): the conversation ends either way.
      await once(conversation, async (o) => {
        if (!(err instanceof FlowFailure)) o.logger.error({ err }, "a staff conversation failed");
        await reply(o, messageView(renderContextOf(o), texts.failed, { reason }));
      }).catch(() => {});
    }
  };
}
