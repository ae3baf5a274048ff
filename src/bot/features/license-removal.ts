import { parseRowId } from "../../domain/ids.js";
import { recentLicenses } from "../../domain/license-corrections.js";
import { removeLicense } from "../../domain/license-records.js";
import { findLicense } from "../../domain/licenses.js";
import { undoLicenseButton } from "../callback-data/add-license.js";
import { removeConfirmButton, removeKeepButton, removePickButton } from "../callback-data/license-corrections.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { staffButton, staffCommand } from "../filters/staff-guard.js";
import { show } from "../send-view.js";
import { cardOf, removeConfirmView, removePickView } from "../views/license-corrections.js";
import { messageView } from "../views/view.js";

/**
 * Removing a license (staff): /removelicense (pick or give an id, confirm; a soft delete that
 * stops its alert), and Undo under a license just recorded. Every press is checked again: a
 * fan's forged button, another staff member's confirmation or a license already gone get a clear
 * answer and change nothing.
 */
export const licenseRemovalFeature = new FeatureComposer<BotContext>();

const STAFF = { need: "staff" } as const;
const text = (ctx: BotContext, key: string, args?: Record<string, string | number>) => ctx.i18n.t(ctx.lang, key, args);

staffCommand(licenseRemovalFeature, "removelicense", { ...STAFF, privateOnly: "cl-private-only" }, async (ctx, member) => {
  const rc = renderContextOf(ctx);
  const arg = commandArgument(ctx).trim();
  if (arg === "") return show(ctx, removePickView(rc, (await recentLicenses(ctx.db, 8)).map(cardOf)));
  const id = parseRowId(arg.replace(/^#/, ""));
  if (id === null) return show(ctx, messageView(rc, "rl-id-bad"));
  const found = await findLicense(ctx.db, id);
  if (!found) return show(ctx, messageView(rc, "cl-not-found", { id: String(id) }));
  await show(ctx, removeConfirmView(rc, cardOf(found), member.id));
});

staffButton(licenseRemovalFeature, removePickButton, STAFF, async (ctx, data, member) => {
  const found = await findLicense(ctx.db, data.licenseId);
  if (!found) return text(ctx, "cl-gone-short", { id: String(data.licenseId) });
  await show(ctx, removeConfirmView(renderContextOf(ctx), cardOf(found), member.id));
});

staffButton(licenseRemovalFeature, removeConfirmButton, STAFF, async (ctx, data, member) => {
  const by = member.id;
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

staffButton(licenseRemovalFeature, removeKeepButton, STAFF, async (ctx, data) => {
  await show(ctx, messageView(renderContextOf(ctx), "rl-kept", { id: String(data.licenseId) }));
});

staffButton(licenseRemovalFeature, undoLicenseButton, STAFF, async (ctx, data, member) => {
  const outcome = await removeLicense(ctx.readModel, member.id, data.licenseId, ctx.clock(), "license.undo");
  ctx.logger.info({ licenseId: data.licenseId, by: member.id, outcome }, "license undo pressed");
  if (!outcome.removed) return text(ctx, "al-undo-gone", { id: data.licenseId });
  await show(ctx, messageView(renderContextOf(ctx), "al-undone", { id: data.licenseId, alert: outcome.alert, sent: outcome.sent }));
});
