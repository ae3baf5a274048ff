import { resultById } from "../../domain/fan-data.js";
import { parseRowId } from "../../domain/ids.js";
import { alertedChatsOf, announceResultCorrection, recentResultIds, removeResult } from "../../domain/result-records.js";
import {
  removeResultConfirmButton,
  removeResultKeepButton,
  removeResultPickButton,
  resultCorrectionButton,
  undoResultButton,
} from "../callback-data/add-result.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { staffButton, staffCommand } from "../filters/staff-guard.js";
import { show } from "../send-view.js";
import {
  correctionSentView,
  type ResultCard,
  removeResultConfirmView,
  removeResultPickView,
  resultRemovedView,
} from "../views/result-removal.js";
import { messageView } from "../views/view.js";

/**
 * Removing a result (staff): /removeresult (pick or give an id, confirm; a soft delete that stops
 * its alert), and Undo under a result just recorded (/addresult; within ALERT_DELAY nobody hears of
 * it). When the alert had already reached chats, staff are offered a correction to exactly those
 * chats. Every press is checked again: a fan's forged button, another staff member's confirmation
 * or a result already gone get a clear answer and change nothing.
 */
export const resultRemovalFeature = new FeatureComposer<BotContext>();

const STAFF = { need: "staff" } as const;
const text = (ctx: BotContext, key: string, args?: Record<string, string | number>) => ctx.i18n.t(ctx.lang, key, args);

/** The result as fans see it now; null once removed (fans' data no longer holds it) or unknown. */
async function cardOf(ctx: BotContext, resultId: number): Promise<ResultCard | null> {
  return resultById(await ctx.readModel.current(), resultId);
}

async function confirmView(ctx: BotContext, card: ResultCard, userId: number) {
  return removeResultConfirmView(renderContextOf(ctx), card, await alertedChatsOf(ctx.db, card.result.id), userId);
}

staffCommand(resultRemovalFeature, "removeresult", { ...STAFF, privateOnly: "cl-private-only" }, async (ctx, member) => {
  const rc = renderContextOf(ctx);
  const arg = commandArgument(ctx).trim();
  if (arg === "") {
    const data = await ctx.readModel.current();
    const cards = (await recentResultIds(ctx.db, 8)).map((id) => resultById(data, id)).filter((c) => c !== null);
    return show(ctx, removeResultPickView(rc, cards));
  }
  const id = parseRowId(arg.replace(/^#/, ""));
  if (id === null) return show(ctx, messageView(rc, "rr-id-bad"));
  const card = await cardOf(ctx, id);
  if (!card) return show(ctx, messageView(rc, "rr-not-found", { id: String(id) }));
  await show(ctx, await confirmView(ctx, card, member.id));
});

staffButton(resultRemovalFeature, removeResultPickButton, STAFF, async (ctx, data, member) => {
  const card = await cardOf(ctx, data.resultId);
  if (!card) return text(ctx, "ar-undo-gone", { id: data.resultId });
  await show(ctx, await confirmView(ctx, card, member.id));
});

staffButton(resultRemovalFeature, removeResultConfirmButton, STAFF, async (ctx, data, member) => {
  const by = member.id;
  if (data.userId !== by) {
    ctx.logger.warn({ by, resultId: data.resultId, askedBy: data.userId }, "result removal confirmed by someone who did not ask");
    return text(ctx, "rr-not-yours", { id: data.resultId });
  }
  const outcome = await removeResult(ctx.readModel, by, data.resultId, ctx.clock(), "result.remove");
  ctx.logger.info({ resultId: data.resultId, by, outcome }, "result removed");
  const rc = renderContextOf(ctx);
  if (!outcome.removed) {
    await show(ctx, messageView(rc, "rr-already", { id: data.resultId }));
    return text(ctx, "ar-undo-gone", { id: data.resultId });
  }
  await show(ctx, resultRemovedView(rc, "rr-removed", { resultId: data.resultId, ...outcome }));
});

staffButton(resultRemovalFeature, removeResultKeepButton, STAFF, async (ctx, data) => {
  await show(ctx, messageView(renderContextOf(ctx), "rr-kept", { id: data.resultId }));
});

staffButton(resultRemovalFeature, undoResultButton, STAFF, async (ctx, data, member) => {
  const outcome = await removeResult(ctx.readModel, member.id, data.resultId, ctx.clock(), "result.undo");
  ctx.logger.info({ resultId: data.resultId, by: member.id, outcome }, "result undo pressed");
  if (!outcome.removed) return text(ctx, "ar-undo-gone", { id: data.resultId });
  await show(ctx, resultRemovedView(renderContextOf(ctx), "ar-undone", { resultId: data.resultId, ...outcome }));
});

// One correction per change: announceResultCorrection's dedupe key names the result's latest
// change, so a second press finds the broadcast the first made and sends nothing.
staffButton(resultRemovalFeature, resultCorrectionButton, STAFF, async (ctx, data, member) => {
  const sent = await announceResultCorrection(ctx.db, member.id, data.resultId, ctx.clock());
  ctx.logger.info({ resultId: data.resultId, by: member.id, sent }, "result correction pressed");
  if (sent === null || sent.audienceSize === 0) return text(ctx, "rr-correction-nobody", { id: data.resultId });
  await show(ctx, correctionSentView(renderContextOf(ctx), data.resultId, sent.audienceSize));
  if (!sent.created) return text(ctx, "rr-correction-already", { chats: sent.audienceSize });
});
