import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { show } from "../send-view.js";
import { helpView } from "../views/start.js";

export const helpFeature = new FeatureComposer<BotContext>();

helpFeature.command("help", (ctx) => show(ctx, helpView(renderContextOf(ctx), ctx.me.username)));
