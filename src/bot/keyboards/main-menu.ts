import { InlineKeyboard } from "grammy";
import { encodeCallback } from "../callback-data.js";
import type { BotContext } from "../context.js";

export function mainMenuKeyboard(ctx: Pick<BotContext, "t">): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("menu-licenses"), encodeCallback({ type: "menu", item: "licenses" }))
    .text(ctx.t("menu-schedule"), encodeCallback({ type: "menu", item: "schedule" }))
    .row()
    .text(ctx.t("menu-countdown"), encodeCallback({ type: "menu", item: "countdown" }))
    .text(ctx.t("menu-language"), encodeCallback({ type: "menu", item: "language" }));
}
