import { InlineKeyboard } from "grammy";
import { menuButton } from "../callback-data/menu.js";
import type { RenderContext } from "../views/render-context.js";

export function mainMenuKeyboard(rc: Pick<RenderContext, "t">): InlineKeyboard {
  return new InlineKeyboard()
    .text(rc.t("menu-licenses"), menuButton.encode({ item: "licenses" }))
    .text(rc.t("menu-medals"), menuButton.encode({ item: "medals" }))
    .row()
    .text(rc.t("menu-schedule"), menuButton.encode({ item: "schedule" }))
    .text(rc.t("menu-countdown"), menuButton.encode({ item: "countdown" }))
    .row()
    .text(rc.t("menu-subscriptions"), menuButton.encode({ item: "subscriptions" }))
    .text(rc.t("menu-language"), menuButton.encode({ item: "language" }));
}
