import type { InlineKeyboard } from "grammy";
import { type TArgs, t } from "../i18n.js";
import type { Html } from "../render/html.js";
import type { RenderContext } from "./render-context.js";

/** A rendered screen: HTML text plus an optional inline keyboard. */
export interface View {
  text: Html;
  keyboard?: InlineKeyboard;
}

/** A screen that is one message of the locale files and no buttons. */
export function messageView(rc: RenderContext, key: string, args?: TArgs): View {
  return { text: t(rc, key, args) };
}
