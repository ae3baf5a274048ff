import { cancelBroadcast, recentBroadcasts } from "../../domain/broadcasts.js";
import { broadcastListButton, cancelBroadcastButton } from "../callback-data/broadcasts.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { staffButton, staffCommand } from "../filters/staff-guard.js";
import { show } from "../send-view.js";
import { broadcastsView } from "../views/broadcasts.js";

/** Staff and owners: recent broadcasts with their counts, and cancelling one still sending. */
export const broadcastsFeature = new FeatureComposer<BotContext>();

const STAFF = { need: "staff" } as const;

const showList = async (ctx: BotContext) => {
  const [list, data] = await Promise.all([recentBroadcasts(ctx.db, 10), ctx.readModel.current()]);
  await show(ctx, broadcastsView(renderContextOf(ctx), list, ctx.config.broadcastRate, data));
};

// Private only: the list names what staff sent and to how many chats.
staffCommand(broadcastsFeature, "broadcasts", { ...STAFF, privateOnly: "cl-private-only" }, showList);

staffButton(broadcastsFeature, broadcastListButton, STAFF, showList);

staffButton(broadcastsFeature, cancelBroadcastButton, STAFF, async (ctx, data, member) => {
  const cancelled = await cancelBroadcast(ctx.db, data.broadcastId, ctx.clock());
  ctx.logger.info({ broadcastId: data.broadcastId, by: member.id, cancelled }, "broadcast cancel pressed");
  await showList(ctx);
  return ctx.i18n.t(ctx.lang, cancelled ? "broadcasts-cancelled" : "broadcasts-not-sending", { id: data.broadcastId });
});
