import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { t } from "../i18n.js";
import { show } from "../render/respond.js";

export const helpFeature = new Composer<BotContext>();

helpFeature.command("help", (ctx) => show(ctx, { text: t(ctx, "help-text", { bot: ctx.me.username }) }));
