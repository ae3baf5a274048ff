import { Composer } from "grammy";
import { parseRowId } from "../../domain/ids.js";
import { recentLicenses } from "../../domain/license-corrections.js";
import { auditTrail, removeLicense } from "../../domain/license-records.js";
import { findLicense } from "../../domain/licenses.js";
import { type StaffRole, staffRole, usernameOf } from "../../domain/staff.js";
import { onButton } from "../buttons.js";
import { auditPageButton, removeConfirmButton, removeKeepButton, removePickButton } from "../callback-data/license-corrections.js";
import { type BotContext, renderContextOf } from "../context.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { type AuditRow, auditView } from "../views/audit.js";
import { cardOf, removeConfirmView, removePickView } from "../views/license-corrections.js";
import { messageView } from "../views/view.js";

/**
 * /removelicense (staff: pick or give an id, confirm, a soft delete that stops its alert) and
 * /audit (owners: the latest changes). /editlicense is a conversation (staff-conversations.ts).
 * Every press is checked again: a fan's forged button, another staff member's confirmation or a
 * license already gone get a clear answer and change nothing.
 */
export const licenseCorrectionsFeature = new Composer<BotContext>();

const AUDIT_ENTRIES = 100;

/** The sender's role, read from the database at the moment of the command or press (not the cached directory). */
const roleOf = (ctx: BotContext): Promise<StaffRole | null> => (ctx.from ? staffRole(ctx.db, ctx.from.id) : Promise.resolve(null));

const text = (ctx: BotContext, key: string, args?: Record<string, string | number>) => ctx.i18n.t(ctx.lang, key, args);

licenseCorrectionsFeature.command("removelicense", async (ctx) => {
  const rc = renderContextOf(ctx);
  if (!(await roleOf(ctx))) return show(ctx, messageView(rc, "staff-only"));
  if (ctx.chat.type !== "private") return show(ctx, messageView(rc, "cl-private-only", { command: "/removelicense" }));
  const arg = commandArgument(ctx).trim();
  if (arg === "") return show(ctx, removePickView(rc, (await recentLicenses(ctx.db, 8)).map(cardOf)));
  const id = parseRowId(arg.replace(/^#/, ""));
  if (id === null) return show(ctx, messageView(rc, "rl-id-bad"));
  const found = await findLicense(ctx.db, id);
  if (!found) return show(ctx, messageView(rc, "cl-not-found", { id: String(id) }));
  await show(ctx, removeConfirmView(rc, cardOf(found), ctx.from!.id));
});

onButton(licenseCorrectionsFeature, removePickButton, async (ctx, data) => {
  if (!(await roleOf(ctx))) return text(ctx, "staff-only");
  const found = await findLicense(ctx.db, data.licenseId);
  if (!found) return text(ctx, "cl-gone-short", { id: String(data.licenseId) });
  await show(ctx, removeConfirmView(renderContextOf(ctx), cardOf(found), ctx.from!.id));
});

onButton(licenseCorrectionsFeature, removeConfirmButton, async (ctx, data) => {
  const by = ctx.from?.id;
  if (!(await roleOf(ctx))) {
    ctx.logger.warn({ by, licenseId: data.licenseId }, "license removal pressed by someone not staff");
    return text(ctx, "staff-only");
  }
  if (data.userId !== by) {
    ctx.logger.warn({ by, licenseId: data.licenseId, askedBy: data.userId }, "license removal confirmed by someone who did not ask");
    return text(ctx, "rl-not-yours", { id: String(data.licenseId) });
  }
  const outcome = await removeLicense(ctx.readModel, by, data.licenseId, ctx.clock(), "license.remove");
  ctx.logger.info({ licenseId: data.licenseId, by, outcome }, "license removed");
  const rc = renderContextOf(ctx);
  const id = String(data.licenseId);
  if (!outcome.removed) {
    await show(ctx, messageView(rc, "rl-already", { id }));
    return text(ctx, "cl-gone-short", { id });
  }
  await show(ctx, messageView(rc, "rl-removed", { id, alert: outcome.alert, sent: outcome.sent }));
});

onButton(licenseCorrectionsFeature, removeKeepButton, async (ctx, data) => {
  if (!(await roleOf(ctx))) return text(ctx, "staff-only");
  await show(ctx, messageView(renderContextOf(ctx), "rl-kept", { id: String(data.licenseId) }));
});

/** The owners' refusal, or null when the sender is an owner. */
async function auditRefusal(ctx: BotContext): Promise<string | null> {
  const role = await roleOf(ctx);
  if (role === "owner") return null;
  return role === null ? "staff-only" : "audit-owners-only";
}

async function showAudit(ctx: BotContext, page: number): Promise<void> {
  const entries = await auditTrail(ctx.db, AUDIT_ENTRIES);
  const actors = [...new Set(entries.flatMap((e) => (e.actorId === null ? [] : [e.actorId])))];
  const usernames = new Map(await Promise.all(actors.map(async (id) => [id, await usernameOf(ctx.db, id)] as const)));
  const rows: AuditRow[] = entries.map((e) => ({ ...e, username: e.actorId === null ? null : (usernames.get(e.actorId) ?? null) }));
  await show(ctx, auditView(renderContextOf(ctx), rows, page));
}

licenseCorrectionsFeature.command("audit", async (ctx) => {
  const rc = renderContextOf(ctx);
  const refusal = await auditRefusal(ctx);
  if (refusal) return show(ctx, messageView(rc, refusal));
  if (ctx.chat.type !== "private") return show(ctx, messageView(rc, "cl-private-only", { command: "/audit" }));
  await showAudit(ctx, 0);
});

onButton(licenseCorrectionsFeature, auditPageButton, async (ctx, data) => {
  const refusal = await auditRefusal(ctx);
  if (refusal) return text(ctx, refusal);
  await showAudit(ctx, data.page);
});
