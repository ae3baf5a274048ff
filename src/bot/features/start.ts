import { MENU_PAYLOAD } from "../callback-data/deep-links.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { show } from "../send-view.js";
import { startView, unknownLinkView } from "../views/start.js";

/**
 * /start, after the features that answer their own deep links (`/start lic-1-5`): what reaches
 * here is a bare /start, the menu link, or a payload nobody knows (forged or mistyped).
 */
export const startFeature = new FeatureComposer<BotContext>();

startFeature.command("start", (ctx) => {
  const rc = renderContextOf(ctx);
  const payload = ctx.match.trim();
  if (payload !== "" && payload !== MENU_PAYLOAD) {
    ctx.logger.info({ payload: payload.slice(0, 80) }, "unknown deep link");
    return show(ctx, unknownLinkView(rc));
  }
  return show(ctx, startView(rc, ctx.from?.first_name ?? ""));
});
