import type { Composer } from "grammy";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { staffCommand } from "../filters/staff-guard.js";
import { show } from "../send-view.js";
import { type StatusReport, statusView } from "../views/status.js";

/**
 * /status (owners, in the private chat: it lists recent errors): how this instance is doing.
 * `report` is the app's; it reads the process and the database, never the update.
 */
export function statusFeature(report: () => Promise<StatusReport>): Composer<BotContext> {
  const feature = new FeatureComposer<BotContext>();
  staffCommand(feature, "status", { need: "owner", ownersOnly: "status-owners-only", privateOnly: "cl-private-only" }, async (ctx) =>
    show(ctx, statusView(renderContextOf(ctx), await report())),
  );
  return feature;
}
