import { Composer } from "grammy";
import { cancelBroadcast, recentBroadcasts } from "../../domain/broadcasts.js";
import { isStaff } from "../../domain/staff.js";
import { onButton, staleAnswer } from "../buttons.js";
import { broadcastListButton, cancelBroadcastButton } from "../callback-data/broadcasts.js";
import { type BotContext, renderContextOf } from "../context.js";
import { show } from "../send-view.js";
import { broadcastsView } from "../views/broadcasts.js";
import { messageView } from "../views/view.js";

/** Staff and owners: recent broadcasts with their counts, and cancelling one still sending. */
export const broadcastsFeature = new Composer<BotContext>();

const showList = async (ctx: BotContext) =>
  show(ctx, broadcastsView(renderContextOf(ctx), await recentBroadcasts(ctx.db, 10), ctx.config.broadcastRate));

const staff = (ctx: BotContext) => ctx.from !== undefined && isStaff(ctx.db, ctx.from.id);

broadcastsFeature.command("broadcasts", async (ctx) => {
  if (!(await staff(ctx))) return show(ctx, messageView(renderContextOf(ctx), "staff-only"));
  await showList(ctx);
});

onButton(broadcastsFeature, broadcastListButton, async (ctx) => {
  if (!(await staff(ctx))) return staleAnswer(ctx);
  await showList(ctx);
});

onButton(broadcastsFeature, cancelBroadcastButton, async (ctx, data) => {
  if (!(await staff(ctx))) return staleAnswer(ctx);
  const cancelled = await cancelBroadcast(ctx.db, data.broadcastId);
  ctx.logger.info({ broadcastId: data.broadcastId, by: ctx.from?.id, cancelled }, "broadcast cancel pressed");
  await showList(ctx);
  return ctx.i18n.t(ctx.lang, cancelled ? "broadcasts-cancelled" : "broadcasts-not-sending", { id: data.broadcastId });
});
