import { Composer } from "grammy";
import { isAddressedToBot, stripMention } from "../addressed.js";
import type { BotContext } from "../context.js";
import { loadCatalog } from "../games-choice.js";
import { resolveTypedSport } from "../sport-lookup.js";
import { t } from "../i18n.js";
import { show } from "../render/respond.js";
import { showSport } from "./licenses.js";

/**
 * Last in line: a plain message that names a sport gets that sport's licenses; anything else
 * addressed to the bot gets a short hint. Group chatter not meant for the bot is ignored.
 */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on("message", async (ctx) => {
  if (!isAddressedToBot(ctx)) return;
  const text = ctx.message.text;
  if (text !== undefined && !text.startsWith("/")) {
    const query = stripMention(text, ctx.me.username);
    const match = query === "" ? null : await resolveTypedSport(ctx, query);
    if (match?.type === "found") return showSport(ctx, await loadCatalog(ctx), match.sport);
  }
  const key = text?.startsWith("/") ? "unknown-command" : "hint";
  await show(ctx, { text: t(ctx, key) });
});
