import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { FanData } from "../../domain/fan-data.js";
import {
  type CountdownCadence,
  getSubscription,
  type Subscription,
  subscribeToSport,
  unsubscribeFromSport,
  updateSubscription,
} from "../../domain/subscriptions.js";
import { onButton, settingsRefusalText, staleAnswer } from "../buttons.js";
import { type AlertOp, alertControlButton, alertSettingsButton } from "../callback-data/alert-controls.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { withNote } from "../render/message-note.js";
import { MAX_MESSAGE_LENGTH } from "../render/split-message.js";
import { isBadRequest, isNotModified } from "../telegram-errors.js";
import {
  type AlertSubject,
  alertControlsKeyboard,
  alertOp,
  isResume,
  type Previous,
  pressAnswer,
  pressState,
  sameAlerts,
  sportSubject,
  stoppedNote,
} from "../views/alert-controls.js";
import { MAX_CAPTION_LENGTH } from "../views/result-alert.js";

/**
 * The button under every alert (views/alert-controls.ts): it stops what the alert is about for the
 * chat it is pressed in (a sport, medals, results, licenses, the countdown), then brings it back
 * (undo). It acts only if it is still the button the chat's subscription calls for; otherwise
 * nothing changes and the button becomes the right one. In groups only administrators press it
 * to any effect. The alert keeps its text; a line under it says what is stopped.
 */
export const alertControlsFeature = new FeatureComposer<BotContext>();

/** Whether a button of an alert is one of its controls (views/alert-controls.ts). */
function isControl(button: InlineKeyboardButton): boolean {
  const data = "callback_data" in button ? button.callback_data : undefined;
  return alertControlButton.decode(data) !== null || alertSettingsButton.decode(data) !== null;
}

/** How the line a stop adds to an alert begins: the mark that finds it again to take it away. */
const NOTE_MARK = "🔕";

function subjectOf(data: FanData, type: AlertSubject["type"], sportId: number | null): AlertSubject | null {
  if (type === "countdown") return sportId === null ? { type } : null;
  const sport = sportId === null ? undefined : data.sportsById.get(sportId);
  return sport ? sportSubject(type, sport, data.sportsById) : null;
}

/** The sport a sport's button names: the alert's own, or (stop-parent, resume-parent) the one it belongs to. */
function sportOf(subject: AlertSubject, op: AlertOp): number | null {
  if (subject.type === "countdown") return null;
  return (op.endsWith("-parent") ? subject.parent : subject.sport)?.id ?? null;
}

/** Does what `op` says to the chat's subscription. */
async function apply(ctx: BotContext, chatId: number, subject: AlertSubject, op: AlertOp): Promise<Subscription> {
  const now = ctx.clock();
  const sportId = sportOf(subject, op);
  switch (op) {
    case "stop-sport":
    case "stop-parent":
      return sportId === null ? getSubscription(ctx.db, chatId) : unsubscribeFromSport(ctx.db, chatId, sportId, now);
    case "resume-sport":
    case "resume-parent":
      return sportId === null ? getSubscription(ctx.db, chatId) : subscribeToSport(ctx.db, chatId, sportId, now);
    case "stop-medals":
    case "stop-results":
      return updateSubscription(ctx.db, chatId, { results: "off" }, now);
    case "resume-medals":
      return updateSubscription(ctx.db, chatId, { results: "medals" }, now);
    case "resume-results":
      return updateSubscription(ctx.db, chatId, { results: "all" }, now);
    case "stop-licenses":
      return updateSubscription(ctx.db, chatId, { alerts: "off" }, now);
    case "resume-licenses":
      return updateSubscription(ctx.db, chatId, { alerts: "all" }, now);
    case "stop-countdown":
      return updateSubscription(ctx.db, chatId, { countdown: "off" }, now);
    case "resume-milestones":
    case "resume-weekly":
    case "resume-daily":
      return updateSubscription(ctx.db, chatId, { countdown: op.slice("resume-".length) as CountdownCadence }, now);
  }
}

/** What an undo brings back: the setting as it was before the stop, else what the pressed undo said. */
function previousOf(before: Subscription, pressed: AlertOp): Previous {
  const cadence = pressed.match(/^resume-(milestones|weekly|daily)$/)?.[1] as CountdownCadence | undefined;
  return {
    cadence: before.countdown !== "off" ? before.countdown : (cadence ?? "milestones"),
    results: before.results !== "off" ? before.results : pressed === "resume-results" ? "all" : "medals",
    parent: pressed.endsWith("-parent"),
  };
}

onButton(alertControlsFeature, alertControlButton, async (ctx, data) => {
  if (!ctx.chat) return staleAnswer(ctx);
  const subject = subjectOf(await ctx.readModel.current(), data.subject, data.sportId);
  if (!subject) return staleAnswer(ctx);
  const refusal = await settingsRefusalText(ctx);
  if (refusal) return refusal;
  const chatId = ctx.chat.id;
  const before = await getSubscription(ctx.db, chatId);
  const previous = previousOf(before, data.op);
  const current = alertOp(subject, pressState(before, subject), previous);
  let after = before;
  let outcome: "done" | "already" | "changed" | "parent";
  if (data.op === current) {
    after = await apply(ctx, chatId, subject, data.op);
    outcome = "done";
  } else if (sameAlerts(data.op, current) && isResume(data.op) !== isResume(current)) {
    outcome = "already";
  } else {
    // The chat's settings changed since the alert: the button becomes what applies now.
    outcome = data.op === "stop-sport" && current === "stop-parent" ? "parent" : "changed";
  }
  const rc = renderContextOf(ctx);
  const op = alertOp(subject, pressState(after, subject), previous);
  await showInPlace(ctx, isResume(op) ? stoppedNote(rc, subject, op) : null, alertControlsKeyboard(rc, subject, op));
  return pressAnswer(rc, subject, data.op, outcome);
});

/**
 * The pressed alert with its note (or none) and its new button: its text (or a medal card's
 * caption) as it was sent, with its formatting. A message whose text cannot be had (too old for
 * Telegram to include) or would grow past Telegram's limit changes its button only.
 */
async function showInPlace(ctx: BotContext, note: string | null, controls: InlineKeyboard): Promise<void> {
  const message = ctx.callbackQuery?.message;
  if (!message) return;
  // The alert's own buttons (a license's "all licenses") stay; the controls are replaced.
  const own = (message.reply_markup?.inline_keyboard ?? []).filter((row) => !row.some(isControl));
  const keyboard = new InlineKeyboard(own).append(controls);
  try {
    if ("text" in message && message.text !== undefined) {
      const edited = withNote({ text: message.text, entities: message.entities ?? [] }, NOTE_MARK, note);
      if (edited.text.length <= MAX_MESSAGE_LENGTH) {
        await ctx.editMessageText(edited.text, {
          entities: edited.entities,
          reply_markup: keyboard,
          link_preview_options: { is_disabled: true },
        });
        return;
      }
    } else if ("caption" in message && message.caption !== undefined) {
      const edited = withNote({ text: message.caption, entities: message.caption_entities ?? [] }, NOTE_MARK, note);
      if (edited.text.length <= MAX_CAPTION_LENGTH) {
        await ctx.editMessageCaption({ caption: edited.text, caption_entities: edited.entities, reply_markup: keyboard });
        return;
      }
    }
    await ctx.editMessageReplyMarkup({ reply_markup: keyboard });
  } catch (error) {
    // The press's answer says what happened; an alert Telegram will not edit keeps its old look.
    if (isNotModified(error)) return;
    if (!isBadRequest(error)) throw error;
    ctx.logger.debug({ err: error.description }, "alert not edited after its button was pressed");
  }
}
