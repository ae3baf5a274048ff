import type { I18n } from "@grammyjs/i18n";
import { sequentialize } from "@grammyjs/runner";
import { Bot, GrammyError } from "grammy";
import type { Logger } from "pino";
import type { Db } from "../db/handle.js";
import type { ChatDirectory } from "../domain/chat-directory.js";
import type { ReadModel } from "../domain/read-model.js";
import { listStaff, staffDirectory } from "../domain/staff.js";
import type { Clock } from "../lib/clock.js";
import { refreshStaffCommands, setFanCommands } from "./command-menus.js";
import type { BotContext, BotSettings } from "./context.js";
import { FeatureComposer } from "./feature-composer.js";
import { alertControlsFeature } from "./features/alert-controls.js";
import { auditFeature } from "./features/audit.js";
import { broadcastsFeature } from "./features/broadcasts.js";
import { calendarFeature } from "./features/calendar.js";
import { chatMemberFeature } from "./features/chat-member.js";
import { countdownFeature } from "./features/countdown.js";
import { fallbackFeature } from "./features/fallback.js";
import { gamesFactsFeature } from "./features/games-facts.js";
import { gamesProgrammeFeature } from "./features/games-programme.js";
import { helpFeature } from "./features/help.js";
import { importsFeature } from "./features/imports.js";
import { inlineFeature } from "./features/inline.js";
import { languageFeature } from "./features/language.js";
import { licenseRemovalFeature } from "./features/license-removal.js";
import { licensesFeature } from "./features/licenses.js";
import { medalCardsFeature } from "./features/medal-cards.js";
import { medalsFeature } from "./features/medals.js";
import { qualifierStaffFeature } from "./features/qualifier-staff.js";
import { qualifiersFeature } from "./features/qualifiers.js";
import { questionsFeature } from "./features/questions.js";
import { resultRemovalFeature } from "./features/result-removal.js";
import { scheduleFeature } from "./features/schedule.js";
import { staffFeature } from "./features/staff.js";
import { staffConversationsFeature } from "./features/staff-conversations.js";
import { staleButtonsFeature } from "./features/stale-buttons.js";
import { startFeature } from "./features/start.js";
import { statusFeature } from "./features/status.js";
import { subscriptionsFeature } from "./features/subscriptions.js";
import { createAdminCache } from "./filters/is-chat-admin.js";
import { attachDeps } from "./middlewares/attach-deps.js";
import { chatRecord } from "./middlewares/chat-record.js";
import { handleUpdateError } from "./middlewares/error-boundary.js";
import type { InFlight } from "./middlewares/in-flight.js";
import { ignoreOwnInlineMessages } from "./middlewares/own-inline-messages.js";
import { answerPressesPromptly } from "./middlewares/prompt-press-answers.js";
import type { UpdateInbox } from "./middlewares/update-inbox.js";
import { type UpdateObserver, UpdateOutcomes } from "./middlewares/update-outcomes.js";
import { type CallObserver, outgoingTransformer } from "./outgoing/api-transformer.js";
import { MedalCardPhotos } from "./outgoing/medal-card-photos.js";
import type { SendBudget } from "./outgoing/send-budget.js";
import type { StatusReport } from "./views/status.js";

export interface CreateBotOptions {
  token: string;
  apiRoot?: string;
  db: Db;
  /** The fans' in-process read model over `db` (one per process, shared with the sender). */
  readModel: ReadModel;
  /** The chats this process has seen (one per process). */
  chats: ChatDirectory;
  /** The process's medal cards as photos (shared with the broadcast sender); a bot of its own by default. */
  medalCards?: MedalCardPhotos;
  config: BotSettings;
  logger: Logger;
  clock: Clock;
  /** The one outgoing budget of this process (shared with the broadcast sender). */
  budget: SendBudget;
  /** The locale texts (createI18n), shared with whatever else renders messages. */
  i18n: I18n;
  /** Database reachability, used to tell an outage from a bug when an error is ambiguous. */
  ping?: () => Promise<boolean>;
  /** Counts updates in flight, for a graceful shutdown. */
  inFlight?: InFlight;
  /** Webhook mode: claims each update in the database so a redelivery is answered once. */
  inbox?: UpdateInbox;
  /** Runs a staff conversation's updates of one chat one at a time across instances (Database.serialize). */
  serialize?: <T>(key: string, fn: () => Promise<T>) => Promise<T>;
  /** Skips the getMe call at init (tests and benchmarks that already know the bot). */
  botInfo?: Bot<BotContext>["botInfo"];
  /** Operations: what metrics and the owners' /status hear of (src/app/bot.ts wires them). */
  ops?: BotOps;
}

export interface BotOps {
  updates?: UpdateObserver;
  calls?: CallObserver;
  /** Each failure the error boundary handles. */
  onFailure?: (error: unknown) => void;
  /** Serves /status for owners. */
  status?: () => Promise<StatusReport>;
}

export function createBot(opts: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(opts.token, {
    client: { apiRoot: opts.apiRoot ?? "https://api.telegram.org" },
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
  });
  // Every call goes through the one outgoing budget: paced, 429s waited out, errors retried.
  bot.api.config.use(outgoingTransformer(opts.budget, "reply", opts.ops?.calls));
  // A fan whose reply is held back sees the bot typing, not silence (best effort; a 429 is told
  // to the budget, which then sends fewer).
  opts.budget.onWaiting = (chatId) =>
    bot.api.sendChatAction(chatId, "typing").then(
      () => undefined,
      (error: unknown) =>
        error instanceof GrammyError && error.error_code === 429 ? (error.parameters.retry_after ?? 1) * 1000 : undefined,
    );

  const outcomes = opts.ops?.updates ? new UpdateOutcomes(opts.ops.updates) : undefined;
  const onError = handleUpdateError({
    i18n: opts.i18n,
    logger: opts.logger,
    ...(opts.ping ? { ping: opts.ping } : {}),
    onFailure: (update, outcome, error) => {
      outcomes?.failed(update, outcome);
      if (outcome !== "chat_unreachable") opts.ops?.onFailure?.(error);
    },
  });

  // Last line of defence: whatever escapes the boundary below is logged, never rethrown.
  bot.catch(async (err) => {
    opts.logger.error({ err: err.error, updateId: err.ctx.update.update_id }, "unhandled error in update");
  });

  // First: its time is the update's whole time in the bot.
  if (outcomes) bot.use(outcomes.middleware());
  if (opts.inFlight) bot.use(opts.inFlight.middleware());
  if (opts.inbox) bot.use(opts.inbox.middleware());
  // Who administers which group, per bot: settings changes in groups ask Telegram at most once a minute per member.
  // On the bot's clock, like every other delay: tests pin it.
  const admins = createAdminCache({ now: () => opts.clock().getTime() });
  const staffIds = staffDirectory(opts.db);
  const deps = attachDeps({
    db: opts.db,
    clock: opts.clock,
    config: opts.config,
    logger: opts.logger,
    i18n: opts.i18n,
    readModel: opts.readModel,
    chats: opts.chats,
    admins,
    staffIds,
    medalCards: opts.medalCards ?? new MedalCardPhotos({ store: opts.readModel, clock: opts.clock, logger: opts.logger }),
  });
  bot.use(deps);
  // The features run flat (FeatureComposer): every update passes through most of them.
  const safe = new FeatureComposer<BotContext>();
  bot.errorBoundary(onError, safe);
  // Before the per-chat queue: a press is answered in time even while its chat's replies wait.
  safe.use(answerPressesPromptly());
  // One update at a time per chat, so a quick double tap cannot interleave two edits.
  safe.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  safe.use(chatRecord());
  safe.use(ignoreOwnInlineMessages());
  safe.use(
    chatMemberFeature,
    // First among the features: a staff member's answer in a conversation ("boxing") is theirs, not a fan query.
    staffConversationsFeature({
      db: opts.db,
      clock: opts.clock,
      ...(opts.serialize ? { serialize: opts.serialize } : {}),
      // The conversation's own context objects get the dependencies too. They send nothing
      // themselves: the conversation sends through the update's own context (see add-license.ts).
      plugins: [deps],
    }),
    helpFeature,
    // Before the lookup of plain text: "когда олимпиада?" is a question, not a name.
    questionsFeature,
    licensesFeature,
    medalsFeature,
    medalCardsFeature,
    scheduleFeature,
    qualifiersFeature,
    calendarFeature,
    countdownFeature,
    inlineFeature,
    // After the features that answer their own deep links (`/start lic-1-5`).
    startFeature,
    // Holds the settings menu (@grammyjs/menu), which must come after @grammyjs/conversations (conversations#119).
    subscriptionsFeature,
    alertControlsFeature,
    languageFeature,
    broadcastsFeature,
    staffFeature,
    ...(opts.ops?.status ? [statusFeature(opts.ops.status)] : []),
    licenseRemovalFeature,
    resultRemovalFeature,
    qualifierStaffFeature,
    gamesFactsFeature,
    gamesProgrammeFeature,
    // Before the fallback, which would answer a staff member's CSV file with the fans' hint.
    importsFeature,
    auditFeature,
    staleButtonsFeature,
    fallbackFeature,
  );
  return bot;
}

/** The command menus: the fans' for everyone, and each staff member's own. */
export async function setCommands(bot: Bot<BotContext>, i18n: I18n, db: Db): Promise<void> {
  await setFanCommands(bot.api, i18n);
  // Only those who started the bot: for anyone else Telegram knows no chat to scope a menu to
  // (they get theirs at their /start).
  for (const member of await listStaff(db)) {
    if (member.startedBot) await refreshStaffCommands(bot.api, i18n, member.userId, member.role);
  }
}
