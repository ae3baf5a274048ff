import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { t } from "../i18n.js";
import { mainMenuKeyboard } from "../keyboards/main-menu.js";
import { show, type View } from "../render/respond.js";

export const startFeature = new Composer<BotContext>();

startFeature.command("start", (ctx) => show(ctx, startView(ctx)));

export function startView(ctx: BotContext): View {
  return { text: t(ctx, "start-text", { name: ctx.from?.first_name ?? "" }), keyboard: mainMenuKeyboard(ctx) };
}
