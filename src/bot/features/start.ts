import { Composer } from "grammy";
import { renderContextOf, type BotContext } from "../context.js";
import { show } from "../send-view.js";
import { startView } from "../views/start.js";

export const startFeature = new Composer<BotContext>();

startFeature.command("start", (ctx) => show(ctx, startView(renderContextOf(ctx), ctx.from?.first_name ?? "")));
