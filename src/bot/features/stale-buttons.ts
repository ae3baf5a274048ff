import { answerButton, staleAnswer } from "../buttons.js";
import { inertButton } from "../callback-data/inert.js";
import type { BotContext } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";

/** Installed after every feature: inert buttons, and data that is stale, forged or from another bot. */
export const staleButtonsFeature = new FeatureComposer<BotContext>();

// The page indicator ("2/5") turns no page: a press says so, and which buttons do, rather than nothing.
staleButtonsFeature.callbackQuery(inertButton.pattern, (ctx) => answerButton(ctx, ctx.i18n.t(ctx.lang, "pager-indicator")));
staleButtonsFeature.on("callback_query", (ctx) => answerButton(ctx, staleAnswer(ctx)));
