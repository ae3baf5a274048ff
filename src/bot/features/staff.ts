import type { Message } from "grammy/types";
import { addEditor, listStaff, removeEditor, type StaffChange, userIdByUsername, usernameOf } from "../../domain/staff.js";
import { refreshStaffCommands } from "../command-menus.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { staffCommand } from "../filters/staff-guard.js";
import { show } from "../send-view.js";
import { staffListView, staffName } from "../views/staff.js";
import { messageView } from "../views/view.js";

/** /staff: the list for staff; owners add and remove editors (audited in the domain). */
export const staffFeature = new FeatureComposer<BotContext>();

// The list for any staff member; adding and removing is for owners (checked again in the domain).
staffCommand(staffFeature, "staff", { need: "staff" }, async (ctx, member) => {
  const rc = renderContextOf(ctx);
  const [verb, ...rest] = commandArgument(ctx).split(/\s+/).filter(Boolean);
  if (verb !== "add" && verb !== "remove") {
    // The list names every staff member (and their ids): in the private chat only. Adding one in
    // a group, as a reply to their message, stays where their message is.
    if (ctx.chat.type !== "private") return show(ctx, messageView(rc, "cl-private-only", { command: "/staff" }));
    return show(ctx, staffListView(rc, await listStaff(ctx.db), member.role === "owner"));
  }
  if (member.role !== "owner") return show(ctx, messageView(rc, "staff-owners-only"));
  const userId = await targetOf(ctx, rest.join(" "));
  if (userId === null) return show(ctx, messageView(rc, "staff-target-unknown"));
  const now = ctx.clock();
  const change = verb === "add" ? await addEditor(ctx.db, member.id, userId, now) : await removeEditor(ctx.db, member.id, userId, now);
  ctx.logger.info({ by: member.id, userId, verb, change }, "staff change");
  if (change === "added" || change === "removed") {
    ctx.staffIds.invalidate();
    await refreshStaffCommands(ctx.api, ctx.i18n, userId, change === "added" ? "editor" : null).catch((err: unknown) =>
      ctx.logger.warn({ err, userId }, "could not refresh the staff command menu"),
    );
  }
  const username = await usernameOf(ctx.db, userId);
  await show(ctx, messageView(rc, REPLY[change], { who: staffName({ userId, username }) }));
});

const REPLY: Record<StaffChange, string> = {
  added: "staff-added",
  removed: "staff-removed",
  already: "staff-already",
  "not-staff": "staff-not-staff",
  "is-owner": "staff-is-owner",
  "not-owner": "staff-owners-only",
};

/** Who `/staff add|remove` means: an id, an @username, or the author of the replied (or forwarded) message. */
async function targetOf(ctx: BotContext, arg: string): Promise<number | null> {
  if (/^\d{1,16}$/.test(arg)) {
    const id = Number(arg);
    return Number.isSafeInteger(id) && id > 0 ? id : null;
  }
  if (arg.startsWith("@")) return userIdByUsername(ctx.db, arg);
  if (arg !== "") return null;
  return authorOf(ctx.message?.reply_to_message, ctx.me.id);
}

function authorOf(message: Message | undefined, botId: number): number | null {
  if (!message) return null;
  const origin = message.forward_origin;
  if (origin?.type === "user") return origin.sender_user.id;
  if (origin) return null; // forwarded from a hidden user, a chat or a channel: nobody to name
  const from = message.from;
  return from && !from.is_bot && from.id !== botId ? from.id : null;
}
