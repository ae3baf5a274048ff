import { echoSafe } from "../../lib/echo-text.js";
import { t } from "../i18n.js";
import { mainMenuKeyboard } from "../keyboards/main-menu.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

export function startView(rc: RenderContext, firstName: string): View {
  return { text: t(rc, "start-text", { name: echoSafe(firstName) }), keyboard: mainMenuKeyboard(rc) };
}

export function helpView(rc: RenderContext, botUsername: string): View {
  return { text: t(rc, "help-text", { bot: botUsername }) };
}

/** A deep link whose payload leads nowhere (forged, mistyped, or to something since removed). */
export function unknownLinkView(rc: RenderContext): View {
  return { text: t(rc, "start-link-unknown"), keyboard: mainMenuKeyboard(rc) };
}
