import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { loadCatalog } from "../games-choice.js";
import { show } from "../render/respond.js";
import { onCallback } from "./callbacks.js";
import { countdownView } from "./countdown.js";
import { languageView } from "./language.js";
import { showDefaultSummary } from "./licenses.js";
import { showDefaultSchedule } from "./schedule.js";

/** The /start buttons: each opens its screen in place of the menu message. */
export const menuFeature = new Composer<BotContext>();

onCallback(menuFeature, "menu", async (ctx, data) => {
  switch (data.item) {
    case "licenses":
      return showDefaultSummary(ctx, await loadCatalog(ctx));
    case "schedule":
      return showDefaultSchedule(ctx, await loadCatalog(ctx));
    case "countdown":
      return show(ctx, await countdownView(ctx));
    case "language":
      return show(ctx, languageView(ctx));
  }
});
