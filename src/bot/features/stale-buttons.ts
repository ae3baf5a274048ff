import { Composer } from "grammy";
import { answerButton, staleAnswer } from "../buttons.js";
import { inertButton } from "../callback-data/inert.js";
import type { BotContext } from "../context.js";

/** Installed after every feature: inert buttons, and data that is stale, forged or from another bot. */
export const staleButtonsFeature = new Composer<BotContext>();

staleButtonsFeature.callbackQuery(inertButton.pattern, (ctx) => answerButton(ctx));
staleButtonsFeature.on("callback_query", (ctx) => answerButton(ctx, staleAnswer(ctx)));
