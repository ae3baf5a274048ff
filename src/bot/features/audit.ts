import { auditTrail } from "../../domain/license-records.js";
import { usernameOf } from "../../domain/staff.js";
import { auditPageButton } from "../callback-data/license-corrections.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { type Guard, staffButton, staffCommand } from "../filters/staff-guard.js";
import { show } from "../send-view.js";
import { type AuditRow, auditView } from "../views/audit.js";

/** /audit (owners, in the private chat: it names staff): the latest changes, who made them, before → after. */
export const auditFeature = new FeatureComposer<BotContext>();

const AUDIT_ENTRIES = 100;
const OWNERS: Guard = { need: "owner", ownersOnly: "audit-owners-only" };

async function showAudit(ctx: BotContext, page: number): Promise<void> {
  const entries = await auditTrail(ctx.db, AUDIT_ENTRIES);
  const actors = [...new Set(entries.flatMap((e) => (e.actorId === null ? [] : [e.actorId])))];
  const usernames = new Map(await Promise.all(actors.map(async (id) => [id, await usernameOf(ctx.db, id)] as const)));
  const rows: AuditRow[] = entries.map((e) => ({ ...e, username: e.actorId === null ? null : (usernames.get(e.actorId) ?? null) }));
  const data = await ctx.readModel.current();
  await show(ctx, auditView(renderContextOf(ctx), rows, page, data));
}

staffCommand(auditFeature, "audit", { ...OWNERS, privateOnly: "cl-private-only" }, (ctx) => showAudit(ctx, 0));

staffButton(auditFeature, auditPageButton, OWNERS, (ctx, data) => showAudit(ctx, data.page));
