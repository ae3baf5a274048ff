import { type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Composer, type Middleware } from "grammy";
import type { Db } from "../../db/handle.js";
import { removeLicense } from "../../domain/license-records.js";
import { staffRole } from "../../domain/staff.js";
import type { Clock } from "../../lib/clock.js";
import { onButton, staleAnswer } from "../buttons.js";
import { undoLicenseButton } from "../callback-data/add-license.js";
import { refreshStaffCommands } from "../command-menus.js";
import { type BotContext, renderContextOf } from "../context.js";
import { ADD_LICENSE, addLicense } from "../conversations/add-license.js";
import { EDIT_LICENSE, editLicense } from "../conversations/edit-license.js";
import { CONVERSATIONS_VERSION, conversationStorage } from "../conversations/storage.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { show } from "../send-view.js";
import { messageView } from "../views/view.js";

type StaffContext = ConversationFlavor<BotContext>;

const isStaff = async (ctx: BotContext) => ctx.from !== undefined && (await ctx.staffIds.get()).has(ctx.from.id);

/**
 * The staff conversations (/addlicense, /editlicense), their storage in the database, and Undo.
 * `plugins` give the conversation's own context objects the dependencies the bot's middleware
 * gives the others: the plugin builds those objects itself.
 */
export function staffConversationsFeature(opts: {
  db: Db;
  clock: Clock;
  plugins: Middleware<BotContext>[];
  /** One update of a chat at a time across instances (Database.serialize); without it, only within this one. */
  serialize?: <T>(key: string, fn: () => Promise<T>) => Promise<T>;
}): Composer<BotContext> {
  const { plugins } = opts;
  const feature = new Composer<BotContext>();
  // The plugin reads its storage on every update it sees, so only staff in private chats reach it.
  const staff = feature.filter(async (ctx) => ctx.chat?.type === "private" && (await isStaff(ctx))) as unknown as Composer<StaffContext>;
  // The plugin reads a chat's state, replays, and writes it back: two instances doing that at once
  // for one chat (a quick double tap reaching two webhook instances) would lose one of the answers.
  const serialize = opts.serialize;
  if (serialize) staff.use((ctx, next) => serialize(`staff-conversation:${ctx.chat!.id}`, next));
  staff.use(
    conversations<BotContext, BotContext>({
      storage: { type: "key", version: CONVERSATIONS_VERSION, prefix: "staff:", adapter: conversationStorage(opts.db, opts.clock) },
      plugins,
    }),
  );
  staff.use(createConversation<BotContext, BotContext>(addLicense, { id: ADD_LICENSE, plugins }));
  staff.command("addlicense", (ctx) => ctx.conversation.enter(ADD_LICENSE));
  staff.use(createConversation<BotContext, BotContext>(editLicense, { id: EDIT_LICENSE, plugins }));
  // The id after the command goes in as typed (a string): the plugin stores it as JSON for replays.
  staff.command("editlicense", (ctx) => ctx.conversation.enter(EDIT_LICENSE, commandArgument(ctx).trim()));
  // A staff member's first /start is when Telegram first knows a chat to give them their menu in.
  staff.command("start", async (ctx, next) => {
    const role = await staffRole(ctx.db, ctx.from!.id);
    if (role)
      void refreshStaffCommands(ctx.api, ctx.i18n, ctx.from!.id, role).catch((err: unknown) =>
        ctx.logger.warn({ err }, "could not set the staff command menu"),
      );
    return next();
  });

  // Everyone else: fans are told the commands are for staff, staff in a group to go private.
  for (const [command, inPrivate] of [
    ["addlicense", "al-private-only"],
    ["editlicense", "cl-private-only"],
  ] as const) {
    feature.command(command, async (ctx) => {
      const rc = renderContextOf(ctx);
      await show(ctx, (await isStaff(ctx)) ? messageView(rc, inPrivate, { command: `/${command}` }) : messageView(rc, "staff-only"));
    });
  }

  onButton(feature, undoLicenseButton, async (ctx, data) => {
    if (!(await isStaff(ctx))) return staleAnswer(ctx);
    const outcome = await removeLicense(ctx.readModel, ctx.from!.id, data.licenseId, ctx.clock(), "license.undo");
    ctx.logger.info({ licenseId: data.licenseId, by: ctx.from!.id, outcome }, "license undo pressed");
    const rc = renderContextOf(ctx);
    if (!outcome.removed) return ctx.i18n.t(ctx.lang, "al-undo-gone", { id: data.licenseId });
    await show(ctx, messageView(rc, "al-undone", { id: data.licenseId, alert: outcome.alert, sent: outcome.sent }));
  });
  return feature;
}
