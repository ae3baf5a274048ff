import { type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import type { Composer, Middleware } from "grammy";
import type { Db } from "../../db/handle.js";
import type { Clock } from "../../lib/clock.js";
import { recordLicenseButton } from "../callback-data/qualifier-staff.js";
import { refreshStaffCommands } from "../command-menus.js";
import { type BotContext, renderContextOf } from "../context.js";
import { ADD_LICENSE, addLicense } from "../conversations/add-license.js";
import { ADD_RESULT, addResult } from "../conversations/add-result.js";
import { EDIT_LICENSE, editLicense } from "../conversations/edit-license.js";
import { EDIT_RESULT, editResult } from "../conversations/edit-result.js";
import { GAMES_FACTS, gamesFactsFlow } from "../conversations/games-facts.js";
import {
  ADD_QUALIFIER,
  addQualifierFlow,
  CLOSE_QUALIFIER,
  closeQualifierFlow,
  EDIT_QUALIFIER,
  editQualifierFlow,
} from "../conversations/qualifier-flows.js";
import { CONVERSATIONS_VERSION, conversationStorage } from "../conversations/storage.js";
import { FeatureComposer } from "../feature-composer.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { type Guard, roleOf, staffButton, staffCommand } from "../filters/staff-guard.js";
import { show } from "../send-view.js";
import { messageView } from "../views/view.js";

type StaffContext = ConversationFlavor<BotContext>;

interface StaffFlowEntry {
  command: string;
  id: string;
  builder: typeof addLicense;
  guard: Guard;
}

/** The staff flows: the command that opens each, and who may. */
const FLOWS: readonly StaffFlowEntry[] = [
  { command: "addlicense", id: ADD_LICENSE, builder: addLicense, guard: { need: "staff", privateOnly: "al-private-only" } },
  { command: "editlicense", id: EDIT_LICENSE, builder: editLicense, guard: { need: "staff", privateOnly: "cl-private-only" } },
  { command: "addresult", id: ADD_RESULT, builder: addResult, guard: { need: "staff", privateOnly: "ar-private-only" } },
  { command: "editresult", id: EDIT_RESULT, builder: editResult, guard: { need: "staff", privateOnly: "cl-private-only" } },
  { command: "addqualifier", id: ADD_QUALIFIER, builder: addQualifierFlow, guard: { need: "staff", privateOnly: "cl-private-only" } },
  { command: "editqualifier", id: EDIT_QUALIFIER, builder: editQualifierFlow, guard: { need: "staff", privateOnly: "cl-private-only" } },
  { command: "closequalifier", id: CLOSE_QUALIFIER, builder: closeQualifierFlow, guard: { need: "staff", privateOnly: "cl-private-only" } },
  { command: "games", id: GAMES_FACTS, builder: gamesFactsFlow, guard: { need: "staff", privateOnly: "cl-private-only" } },
];

/**
 * The staff conversations (/addlicense, /editlicense, /addresult, /editresult, the qualification events', /games) and their storage in the database.
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
  const feature = new FeatureComposer<BotContext>();
  // The plugin reads its storage on every update it sees, so only staff in private chats reach it
  // (by the cached staff list: a fan's message costs no database read here).
  const staff = feature.filter(
    async (ctx) => ctx.chat?.type === "private" && ctx.from !== undefined && (await ctx.staffIds.get()).has(ctx.from.id),
  ) as unknown as Composer<StaffContext>;
  // The plugin reads a chat's state, replays, and writes it back: two instances doing that at once
  // for one chat (a quick double tap reaching two webhook instances) would lose one of the answers.
  const serialize = opts.serialize;
  if (serialize) staff.use((ctx, next) => serialize(`staff-conversation:${ctx.chat?.id}`, next));
  staff.use(
    conversations<BotContext, BotContext>({
      storage: { type: "key", version: CONVERSATIONS_VERSION, prefix: "staff:", adapter: conversationStorage(opts.db, opts.clock) },
      plugins,
    }),
  );
  for (const flow of FLOWS) {
    staff.use(createConversation<BotContext, BotContext>(flow.builder, { id: flow.id, plugins }));
    // What follows the command (`/editlicense 42`) goes in as typed: the plugin stores it as JSON for replays.
    staffCommand(staff as unknown as Composer<BotContext>, flow.command, flow.guard, (ctx) =>
      (ctx as StaffContext).conversation.enter(flow.id, commandArgument(ctx).trim()),
    );
  }
  // "Record a license won here" under a qualification event just closed: /addlicense, its fields filled in.
  staffButton(staff as unknown as Composer<BotContext>, recordLicenseButton, { need: "staff" }, async (ctx, { qualifierId }) => {
    try {
      await (ctx as StaffContext).conversation.enter(ADD_LICENSE, `q${qualifierId}`);
    } catch (err) {
      // Another conversation is open: it is theirs to finish or cancel first.
      ctx.logger.info({ err }, "record a license from a qualifier: another conversation is open");
      return ctx.i18n.t(ctx.lang, "cq-record-busy");
    }
  });
  // A staff member's first /start is when Telegram first knows a chat to give them their menu in.
  staff.command("start", async (ctx, next) => {
    const userId = ctx.from?.id;
    const role = await roleOf(ctx);
    if (userId !== undefined && role) {
      void refreshStaffCommands(ctx.api, ctx.i18n, userId, role).catch((err: unknown) =>
        ctx.logger.warn({ err }, "could not set the staff command menu"),
      );
    }
    return next();
  });

  // Everyone else: fans are refused, staff in a group sent to the private chat. Staff in their
  // private chat reach this only while the cached staff list lags behind (just added, elsewhere).
  for (const flow of FLOWS) {
    staffCommand(feature, flow.command, flow.guard, async (ctx) => {
      ctx.staffIds.invalidate();
      await show(ctx, messageView(renderContextOf(ctx), "staff-just-added"));
    });
  }
  staffButton(feature, recordLicenseButton, { need: "staff" }, async (ctx) =>
    ctx.i18n.t(ctx.lang, "cl-private-only", { command: "/addlicense" }),
  );
  return feature;
}
