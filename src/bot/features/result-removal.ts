import { Composer } from "grammy";
import { removeResult } from "../../domain/result-records.js";
import { undoResultButton } from "../callback-data/add-result.js";
import { type BotContext, renderContextOf } from "../context.js";
import { staffButton } from "../filters/staff-guard.js";
import { show } from "../send-view.js";
import { messageView } from "../views/view.js";

/**
 * Undo under a result just recorded (/addresult): it removes the result whole and cancels its
 * alert; within ALERT_DELAY nobody hears of it. Checked again at the press: a fan's forged button
 * or a result already gone get a clear answer and change nothing.
 */
export const resultRemovalFeature = new Composer<BotContext>();

staffButton(resultRemovalFeature, undoResultButton, { need: "staff" }, async (ctx, data, member) => {
  const outcome = await removeResult(ctx.readModel, member.id, data.resultId, ctx.clock(), "result.undo");
  ctx.logger.info({ resultId: data.resultId, by: member.id, outcome }, "result undo pressed");
  if (!outcome.removed) return ctx.i18n.t(ctx.lang, "ar-undo-gone", { id: data.resultId });
  const alert = outcome.alertedChats > 0 ? "sent" : outcome.cancelledBroadcast ? "cancelled" : "none";
  await show(ctx, messageView(renderContextOf(ctx), "ar-undone", { id: data.resultId, alert, chats: outcome.alertedChats }));
});
