import { Core, type LocalBotApiOptions } from "./core.js";
import { dispatch } from "./dispatch.js";
import { close, createHttpServer, listen } from "./server.js";
import { topics, waitFor } from "./signals.js";
import { type LocalBotApi, UserFace } from "./user-face.js";

/**
 * A local Telegram Bot API server: the bot's test double and the engine of
 * `npm run chat`. grammY's real client talks to it with `apiRoot: api.url`.
 */
export async function startLocalBotApi(options: LocalBotApiOptions = {}): Promise<LocalBotApi> {
  // Webhook replies (a method call in the webhook's response body) run like any other call.
  const core: Core = new Core(options, (bot, body) => {
    void dispatch(core, bot.token, String(body.method), body, core.stopped.signal);
  });
  const face = new UserFace(core);
  const server = createHttpServer(core, face.handleHttp);
  const host = options.host ?? "127.0.0.1";
  const address = await listen(server, options.port ?? 0, host);
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  let stopping: Promise<void> | undefined;

  return {
    url,
    port: address.port,
    faults: core.faults,
    createBot: (bot) => face.createBot(bot),
    createUser: (user) => face.createUser(user),
    createGroup: (group) => face.createGroup(group),
    bots: () => face.bots(),
    users: () => face.users(),
    user: (id) => face.user(id),
    calls: (filter) => core.state.calls(filter),
    waitForCall: ({ where, timeoutMs, ...filter }) =>
      waitFor(core.state.signals, [topics.calls], () => core.state.calls(filter).find((call) => !where || where(call)), {
        timeoutMs: timeoutMs ?? core.defaultTimeoutMs,
        stopped: core.stopped.signal,
        describe: () => `no Bot API call matched ${JSON.stringify(filter)}`,
      }),
    waitForLongPoll: async ({ bot, timeoutMs } = {}) => {
      const record = face.bot(bot);
      await waitFor(core.state.signals, [topics.longPoll(record.id)], () => (record.feed.isLongPolling ? true : undefined), {
        timeoutMs: timeoutMs ?? core.defaultTimeoutMs,
        stopped: core.stopped.signal,
        describe: () => `bot ${record.user.username} is not long polling (is it started?)`,
      });
    },
    openLongPolls: ({ bot } = {}) => face.bot(bot).feed.openPolls,
    advanceClock: (ms) => face.advanceClock(ms),
    subscribe: (listener) => core.state.subscribe(listener),
    stop: () => {
      stopping ??= (async () => {
        core.stop();
        // Let answers to the long polls just ended go out before connections are cut.
        await new Promise((resolve) => setImmediate(resolve));
        await close(server);
      })();
      return stopping;
    },
  };
}

export type { LocalBotApiOptions } from "./core.js";
export type { FailNextOptions, Faults, FloodOptions } from "./faults.js";
export type { PromoteOptions } from "./group-actions.js";
export { parseHtml } from "./html-entities.js";
export type { ResultChoice } from "./inline-results.js";
export type { FloodLimitConfig } from "./limits.js";
export { ServerStoppedError, WaitTimeoutError } from "./signals.js";
export type {
  AdminRights,
  BotMessage,
  BotMessageEvent,
  CallbackAnswer,
  CallFilter,
  CallRecord,
  InlineAnswer,
  InlineChatType,
  NewBot,
  NewGroup,
  NewUser,
} from "./state.js";
export type { ButtonOutcome, PressTarget } from "./user-actions.js";
export type {
  ChatOptions,
  DownloadedFile,
  InlineQueryOptions,
  LocalBot,
  LocalBotApi,
  LocalChat,
  LocalUser,
  SendOptions,
  WaitOptions,
} from "./user-face.js";
