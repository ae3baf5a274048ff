import { reopenQualifier } from "../../domain/qualifier-records.js";
import { reopenQualifierButton } from "../callback-data/qualifier-staff.js";
import type { BotContext } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { staffButton } from "../filters/staff-guard.js";

/**
 * Undo under a qualification event just closed (/closequalifier): opens it again and stops its
 * summary, unsent when pressed within ALERT_DELAY. Checked again on every press: a fan's forged
 * button changes nothing, and an event open already (Undo pressed twice) is said to be.
 */
export const qualifierStaffFeature = new FeatureComposer<BotContext>();

staffButton(qualifierStaffFeature, reopenQualifierButton, { need: "staff" }, async (ctx, { qualifierId }, member) => {
  const done = await reopenQualifier(ctx.readModel, member.id, qualifierId, ctx.clock());
  ctx.logger.info({ qualifierId, by: member.id, ...done }, "qualification event reopened");
  const key = !done.reopened ? "cq-undo-none" : done.summaryStopped ? "cq-undone" : "cq-undone-sent";
  return ctx.i18n.t(ctx.lang, key);
});
