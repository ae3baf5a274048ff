// Who may use the staff's commands and buttons: one check for every one of them, naming the role
// it needs. The role is read from the database at the moment of the command or press (not the
// cached directory that only routes updates to the staff conversations), so an editor removed a
// second ago is refused at once. Anyone else gets one clear answer and nothing changes.
import type { CommandContext, Composer } from "grammy";
import { type StaffRole, staffRole } from "../../domain/staff.js";
import { onButton } from "../buttons.js";
import type { CallbackCodec } from "../callback-data/codec.js";
import { type BotContext, renderContextOf } from "../context.js";
import { show } from "../send-view.js";
import { messageView } from "../views/view.js";

/** "staff": editors and owners; "owner": owners only. */
export type Need = "staff" | "owner";

export interface Guard {
  need: Need;
  /** An editor's refusal where owners are needed (e.g. "audit-owners-only"). */
  ownersOnly?: string;
  /**
   * Commands that work only in the private chat with the bot (their replies name staff, or they
   * open a conversation): elsewhere staff are sent there with this text (it gets `command`).
   */
  privateOnly?: string;
}

/** The sender's role now; null for anyone not staff (and for updates without a sender). */
export function roleOf(ctx: BotContext): Promise<StaffRole | null> {
  return ctx.from ? staffRole(ctx.db, ctx.from.id) : Promise.resolve(null);
}

/** The staff member behind an update that passed the guard. */
export interface StaffMember {
  id: number;
  role: StaffRole;
}

/** Why the sender may not go on (a locale key), or who they are when they may. */
async function check(ctx: BotContext, guard: Guard): Promise<StaffMember | { refusal: string }> {
  const role = await roleOf(ctx);
  if (role === null || !ctx.from) return { refusal: "staff-only" };
  if (guard.need === "owner" && role !== "owner") return { refusal: guard.ownersOnly ?? "staff-owners-only" };
  return { id: ctx.from.id, role };
}

/** A staff command: refused with a message to anyone without the role, and outside the private chat when `privateOnly`. */
export function staffCommand(
  composer: Composer<BotContext>,
  command: string,
  guard: Guard,
  handler: (ctx: CommandContext<BotContext>, member: StaffMember) => Promise<unknown>,
): void {
  composer.command(command, async (ctx) => {
    const rc = renderContextOf(ctx);
    const checked = await check(ctx, guard);
    if ("refusal" in checked) return show(ctx, messageView(rc, checked.refusal));
    if (guard.privateOnly && ctx.chat.type !== "private") return show(ctx, messageView(rc, guard.privateOnly, { command: `/${command}` }));
    await handler(ctx, checked);
  });
}

/** A staff button: the press of anyone without the role is answered with why, and changes nothing. */
export function staffButton<T>(
  composer: Composer<BotContext>,
  codec: CallbackCodec<T>,
  guard: Guard,
  // biome-ignore lint/suspicious/noConfusingVoidType: as onButton: most handlers return nothing, some a text
  handler: (ctx: BotContext, data: T, member: StaffMember) => Promise<string | void>,
): void {
  onButton(composer, codec, async (ctx, data) => {
    const checked = await check(ctx, guard);
    if ("refusal" in checked) {
      ctx.logger.warn({ by: ctx.from?.id, data: ctx.callbackQuery?.data }, "a staff button pressed by someone without the role");
      return ctx.i18n.t(ctx.lang, checked.refusal);
    }
    return handler(ctx, data, checked);
  });
}
