import { Composer } from "grammy";
import { staffRole } from "../../domain/staff.js";
import { type BotContext, renderContextOf } from "../context.js";
import { show } from "../send-view.js";
import { type StatusReport, statusView } from "../views/status.js";
import { messageView } from "../views/view.js";

/**
 * /status (owners, in the private chat: it lists recent errors): how this instance is doing.
 * `report` is the app's; it reads the process and the database, never the update.
 */
export function statusFeature(report: () => Promise<StatusReport>): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("status", async (ctx) => {
    const rc = renderContextOf(ctx);
    const role = ctx.from ? await staffRole(ctx.db, ctx.from.id) : null;
    if (role === null) return show(ctx, messageView(rc, "staff-only"));
    if (role !== "owner") return show(ctx, messageView(rc, "status-owners-only"));
    if (ctx.chat.type !== "private") return show(ctx, messageView(rc, "cl-private-only", { command: "/status" }));
    await show(ctx, statusView(rc, await report()));
  });
  return feature;
}
