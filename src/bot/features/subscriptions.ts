import { Menu, type MenuFlavor, type MenuRange } from "@grammyjs/menu";
import type { MiddlewareFn } from "grammy";
import { getSport, resolveSport } from "../../domain/fan-data.js";
import { currentOrNextGames, upcomingGames } from "../../domain/games.js";
import {
  type CountdownCadence,
  chooseSport,
  getSubscription,
  type ResultAlerts,
  type Subscription,
  subscribeToSport,
  unsubscribeFromSport,
  updateSubscription,
} from "../../domain/subscriptions.js";
import type { GamesKind, Sport } from "../../domain/types.js";
import { LANGS, type Lang } from "../../lib/languages.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { answerButton, onButton, onMenuItem, settingsRefusalText, staleAnswer } from "../buttons.js";
import { alertSettingsButton } from "../callback-data/alert-controls.js";
import {
  decodeSportsPage,
  encodeSportsPage,
  SPORTS_PAGE_PATTERN,
  type SportsPage,
  sportSubscriptionButton,
} from "../callback-data/subscriptions.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { negotiateLang } from "../i18n.js";
import { html } from "../render/html.js";
import { reply, show, showWithMenu } from "../send-view.js";
import { countdownView } from "../views/countdown.js";
import type { RenderContext } from "../views/render-context.js";
import {
  cadenceUnknownView,
  groupSports,
  languageMenuRows,
  type SettingsAction,
  type SettingsButton,
  type SettingsState,
  type SubscriptionNote,
  settingsMenuRows,
  settingsMenuText,
  sportSubscriptionChoiceView,
  sportsPageCount,
  sportsPickerRows,
  sportsPickerText,
  subscriptionReplyView,
} from "../views/subscriptions.js";

/**
 * What a chat gets pushed: new-license and result alerts (every sport or chosen ones, ticked in a
 * list of sports; Olympic and/or Paralympic; medals or every result), the countdown's cadence, and
 * the chat's language, in one inline menu (@grammyjs/menu, grammY's own menu plugin) opened by
 * /subscribe or /settings, plus shortcuts: /subscribe <sport> | all | medals | results | countdown
 * [milestones|weekly|daily], /unsubscribe <sport> | medals | results | countdown | all.
 * Anyone may look; in groups only administrators change anything (filters/is-chat-admin.ts).
 */
export const subscriptionsFeature = new FeatureComposer<BotContext>();

type MenuContext = BotContext & MenuFlavor;

const MAIN_MENU = "sub";
const LANGUAGE_MENU = "sub-lng";
const SPORTS_MENU = "sub-sp";

// The subscription (and its sports) read once per update: the menu renders its buttons when it
// checks a press and again when it shows the result, and a change replaces what was read.
// Keyed by the update's context, so nothing outlives the update.
const perUpdate = new WeakMap<BotContext, Promise<{ sub: Subscription; sports: Sport[] }>>();

async function withSports(ctx: BotContext, sub: Subscription): Promise<{ sub: Subscription; sports: Sport[] }> {
  if (sub.sportIds.length === 0) return { sub, sports: [] };
  const sports = (await ctx.readModel.current()).sports.filter((s) => sub.sportIds.includes(s.id));
  return { sub, sports };
}

function chatIdOf(ctx: BotContext): number {
  if (!ctx.chat) throw new Error("subscription settings need a chat");
  return ctx.chat.id;
}

async function settingsOf(ctx: BotContext): Promise<SettingsState> {
  let stored = perUpdate.get(ctx);
  if (!stored) {
    stored = getSubscription(ctx.db, chatIdOf(ctx)).then((sub) => withSports(ctx, sub));
    perUpdate.set(ctx, stored);
  }
  return { ...(await stored), language: ctx.chatPrefs?.language ?? null, group: ctx.chat?.type !== "private" };
}

async function changed(ctx: BotContext, sub: Subscription): Promise<SettingsState> {
  perUpdate.set(ctx, withSports(ctx, sub));
  return settingsOf(ctx);
}

// ---- the menu --------------------------------------------------------------------------------

/** A press on a menu shown before the settings changed: say so, and show them as they are now. */
async function onOutdated(ctx: MenuContext): Promise<void> {
  await showSettings(ctx);
  await answerButton(ctx, ctx.i18n.t(ctx.lang, "button-sub-outdated"));
}

/** The same for the list of sports: redrawn at the page the press was on. */
async function onSportsOutdated(ctx: MenuContext): Promise<void> {
  await showSports(ctx);
  await answerButton(ctx, ctx.i18n.t(ctx.lang, "button-sub-outdated"));
}

// Presses are answered by the handlers (autoAnswer off): a refusal or a hint goes in the answer.
const menuOptions = { autoAnswer: false, onMenuOutdated: onOutdated } as const;
const settingsMenu = new Menu<BotContext>(MAIN_MENU, menuOptions);
const languageMenu = new Menu<BotContext>(LANGUAGE_MENU, menuOptions);
const sportsMenu = new Menu<BotContext>(SPORTS_MENU, { autoAnswer: false, onMenuOutdated: onSportsOutdated });

function addButtons(range: MenuRange<BotContext>, rows: SettingsButton[][]): void {
  rows.forEach((row, i) => {
    if (i > 0) range.row();
    for (const button of row) {
      range.text({ text: button.label, ...(button.payload ? { payload: button.payload } : {}) }, (ctx) => onAction(ctx, button.action));
    }
  });
}

settingsMenu.dynamic(async (ctx, range) => addButtons(range, settingsMenuRows(renderContextOf(ctx), await settingsOf(ctx))));
languageMenu.dynamic(async (ctx, range) => addButtons(range, languageMenuRows(renderContextOf(ctx), await settingsOf(ctx))));
sportsMenu.dynamic(async (ctx, range) => {
  const { rc, at, sports } = await sportsPage(ctx);
  addButtons(range, sportsPickerRows(rc, await settingsOf(ctx), sports, at));
});
settingsMenu.register([languageMenu, sportsMenu]);

/** The settings screen: edited in place after a press, else (or `asNew`) a new message. */
async function showSettings(ctx: BotContext, asNew = false): Promise<void> {
  await showWithMenu(ctx, settingsMenuText(renderContextOf(ctx), await settingsOf(ctx)), settingsMenu, asNew);
}

/**
 * The page of the list of sports this update shows: the one its menu button carries (ctx.match,
 * @grammyjs/menu's payload), or the one a press turned to; at first the group of the Games on now
 * or next (the Olympic ones, unless the chat follows only the Paralympics), first page.
 */
async function sportsPage(ctx: BotContext): Promise<{ rc: RenderContext; at: SportsPage; sports: Sport[] }> {
  const rc = renderContextOf(ctx);
  const data = await ctx.readModel.current();
  let at = decodeSportsPage(ctx.match);
  if (!at) {
    const { sub } = await settingsOf(ctx);
    const kind: GamesKind = !sub.olympic && sub.paralympic ? "paralympic" : "olympic";
    const season = currentOrNextGames(data.catalog.games, rc.now, kind)?.season ?? "summer";
    at = { group: `${kind}-${season}`, page: 0 };
  }
  const sports = groupSports(rc, data.sports, at.group);
  return { rc, at: { ...at, page: Math.min(at.page, sportsPageCount(sports.length) - 1) }, sports };
}

async function showSports(ctx: BotContext): Promise<void> {
  await showWithMenu(ctx, sportsPickerText(renderContextOf(ctx), await settingsOf(ctx)), sportsMenu);
}

async function onAction(ctx: MenuContext, action: SettingsAction): Promise<void> {
  // Moving between the menus and pages changes nothing: anyone may.
  switch (action.type) {
    case "open-languages":
      ctx.menu.nav(LANGUAGE_MENU);
      return answerButton(ctx);
    case "back":
      await showSettings(ctx);
      return answerButton(ctx);
    case "sports-page":
      ctx.match = encodeSportsPage(action.at);
      await showSports(ctx);
      return answerButton(ctx);
    case "page-number":
      return answerButton(ctx, ctx.i18n.t(ctx.lang, "pager-indicator"));
  }
  const refusal = await settingsRefusalText(ctx);
  if (refusal) return answerButton(ctx, refusal);
  const chatId = chatIdOf(ctx);
  const now = ctx.clock();
  const { sub, sports } = await settingsOf(ctx);
  let countdownTurnedOn = false;
  switch (action.type) {
    case "alerts":
      if (action.alerts === "chosen") {
        // The list of sports, to choose them. With some chosen, the alerts become theirs at once;
        // with none yet, the first one ticked does that (until then nothing changes).
        if (sub.alerts !== "chosen" && sports.length > 0)
          await changed(ctx, await updateSubscription(ctx.db, chatId, { alerts: "chosen" }, now));
        await showSports(ctx);
        return answerButton(ctx);
      }
      if (sub.alerts === action.alerts) break;
      await changed(ctx, await updateSubscription(ctx.db, chatId, { alerts: action.alerts }, now));
      break;
    case "sport": {
      const sport = getSport(await ctx.readModel.current(), action.sportId);
      if (sport) await changed(ctx, await chooseSport(ctx.db, chatId, sport, action.chosen, now));
      await showSports(ctx);
      return answerButton(ctx);
    }
    case "games": {
      const on = !sub[action.kind];
      const other = action.kind === "olympic" ? sub.paralympic : sub.olympic;
      // Alerts for neither kind of Games would be "no alerts" in disguise.
      if (!on && !other) return answerButton(ctx, ctx.i18n.t(ctx.lang, "button-sub-keep-one"));
      await changed(ctx, await updateSubscription(ctx.db, chatId, action.kind === "olympic" ? { olympic: on } : { paralympic: on }, now));
      break;
    }
    case "countdown":
      if (sub.countdown === action.cadence) break;
      countdownTurnedOn = sub.countdown === "off";
      await changed(ctx, await updateSubscription(ctx.db, chatId, { countdown: action.cadence }, now));
      break;
    case "results":
      if (sub.results === action.results) break;
      await changed(ctx, await updateSubscription(ctx.db, chatId, { results: action.results }, now));
      break;
    case "language":
      await ctx.chats.setLanguage(chatId, action.language);
      ctx.chatPrefs = { status: ctx.chatPrefs?.status ?? "active", language: action.language };
      ctx.lang = negotiateLang(action.language, ctx.from?.language_code);
      break;
  }
  // Back to the main menu (after a language choice), with the summary as it now stands.
  await showSettings(ctx);
  await answerButton(ctx);
  if (countdownTurnedOn) await showCountdown(ctx, "reply");
}

/**
 * Installs the menu for this composer's updates. Presses whose data names one of these menus but
 * is not exactly what the menu writes (forged or mangled) never reach the plugin, which would
 * throw on them; the stale-button handler answers those.
 */
const MENU_IDS = new Set([MAIN_MENU, LANGUAGE_MENU, SPORTS_MENU]);
const MENU_DATA = new RegExp(
  `^(?:(?:sub|sub-lng)/[0-9a-f]{1,2}/[0-9a-f]{1,2}/|sub-sp/[0-9a-f]{1,2}/[0-9a-f]{1,2}/${SPORTS_PAGE_PATTERN})/[hf][\\s\\S]{1,8}$`,
);
const menuMiddleware = settingsMenu.middleware();
const menuGate: MiddlewareFn<BotContext> = (ctx, next) => {
  const data = ctx.callbackQuery?.data;
  if (data !== undefined && MENU_IDS.has(data.split("/")[0] ?? "") && (!MENU_DATA.test(data) || !ctx.chat)) return next();
  return menuMiddleware(ctx, next);
};
subscriptionsFeature.use(menuGate);

// ---- commands ----------------------------------------------------------------------------------

subscriptionsFeature.command("settings", (ctx) => showSettings(ctx));
// The main menu's Subscriptions button opens the same screen.
onMenuItem(subscriptionsFeature, "subscriptions", (ctx) => showSettings(ctx));

type Shortcut =
  | { type: "menu" }
  | { type: "all" }
  | { type: "countdown"; cadence: CountdownCadence | null | "unknown" }
  | { type: "results"; results: Exclude<ResultAlerts, "off"> }
  | { type: "sport"; query: string };

/**
 * The words that follow /subscribe and /unsubscribe, in any of the bot's languages. A locale's
 * word may list other forms after "|" ("medals|medal").
 */
function shortcutWords(ctx: BotContext) {
  const inEvery = (text: (lang: Lang) => string) => LANGS.flatMap((lang) => text(lang).split("|").map(normaliseTerm));
  return {
    all: inEvery((lang) => ctx.i18n.t(lang, "sub-word-all")),
    medals: inEvery((lang) => ctx.i18n.t(lang, "sub-word-medals")),
    results: inEvery((lang) => ctx.i18n.t(lang, "sub-word-results")),
    countdown: inEvery((lang) => ctx.i18n.t(lang, "sub-word-countdown")),
    cadences: [
      ["milestones", inEvery((lang) => ctx.i18n.t(lang, "sub-word-milestones"))],
      ["weekly", inEvery((lang) => ctx.i18n.t(lang, "sub-word-weekly"))],
      ["daily", inEvery((lang) => ctx.i18n.t(lang, "sub-word-daily"))],
    ] as const,
  };
}

/**
 * "all", "medals", "results", "countdown [cadence]" (case, spaces and punctuation aside), else a
 * sport name: these words are read before any sport is looked up, so "медали" is never a sport.
 */
function parseShortcut(ctx: BotContext, query: string): Shortcut {
  if (query === "") return { type: "menu" };
  const words = shortcutWords(ctx);
  const term = normaliseTerm(query);
  if (term !== "" && words.all.includes(term)) return { type: "all" };
  if (term !== "" && words.medals.includes(term)) return { type: "results", results: "medals" };
  if (term !== "" && words.results.includes(term)) return { type: "results", results: "all" };
  const countdownWord = words.countdown.find((w) => w !== "" && term.startsWith(w));
  if (countdownWord !== undefined) {
    const rest = term.slice(countdownWord.length);
    if (rest === "") return { type: "countdown", cadence: null };
    const cadence = words.cadences.find(([, names]) => names.includes(rest));
    return { type: "countdown", cadence: cadence ? cadence[0] : "unknown" };
  }
  return { type: "sport", query };
}

/** Replies with the refusal and returns true when the sender may not change this chat's settings. */
async function refused(ctx: BotContext): Promise<boolean> {
  const refusal = await settingsRefusalText(ctx);
  if (!refusal) return false;
  await show(ctx, { text: html`${refusal}` });
  return true;
}

async function replyWith(ctx: BotContext, note: SubscriptionNote): Promise<void> {
  await show(ctx, subscriptionReplyView(renderContextOf(ctx), await settingsOf(ctx), note));
}

/** Today's countdown: after a command as its answer, after a menu press as a message of its own below the menu. */
async function showCountdown(ctx: BotContext, how: "show" | "reply"): Promise<void> {
  const rc = renderContextOf(ctx);
  const view = countdownView(rc, upcomingGames((await ctx.readModel.current()).catalog.games, rc.now));
  await (how === "show" ? show(ctx, view) : reply(ctx, view));
}

/** Alerts for one more sport (and for its kind of Games, should the chat have turned that off). */
async function subscribeSport(ctx: BotContext, sport: Sport): Promise<SubscriptionNote> {
  const chatId = chatIdOf(ctx);
  const now = ctx.clock();
  const before = await getSubscription(ctx.db, chatId);
  let sub = await subscribeToSport(ctx.db, chatId, sport.id, now);
  if (!sub[sport.kind])
    sub = await updateSubscription(ctx.db, chatId, sport.kind === "olympic" ? { olympic: true } : { paralympic: true }, now);
  await changed(ctx, sub);
  return { type: before.alerts === "all" ? "sportInAll" : "sportAdded", sport };
}

/**
 * Medal alerts (or every result's). A chat that gets every result already gets the medals, and
 * keeps that. Their sports are those of the license alerts; a chat whose chosen sports are all
 * gone gets them for every sport, as the words say (its license alerts stay off).
 */
async function subscribeResults(ctx: BotContext, results: Exclude<ResultAlerts, "off">): Promise<SubscriptionNote> {
  const chatId = chatIdOf(ctx);
  const before = await getSubscription(ctx.db, chatId);
  if (results === "medals" && before.results === "all") {
    await changed(ctx, before);
    return { type: "resultsInAll" };
  }
  const everySport = before.alerts === "chosen" && before.sportIds.length === 0 ? { alerts: "off" as const } : {};
  await changed(ctx, await updateSubscription(ctx.db, chatId, { results, ...everySport }, ctx.clock()));
  return { type: "resultsOn", results };
}

/** No more alerts for a sport; a chat that gets every sport keeps getting it, and is told so. */
async function unsubscribeSport(ctx: BotContext, sport: Sport): Promise<SubscriptionNote> {
  const chatId = chatIdOf(ctx);
  const before = await getSubscription(ctx.db, chatId);
  if (!before.sportIds.includes(sport.id)) {
    await changed(ctx, before);
    return { type: before.alerts === "all" ? "sportKeptByAll" : "sportNotChosen", sport };
  }
  await changed(ctx, await unsubscribeFromSport(ctx.db, chatId, sport.id, ctx.clock()));
  return { type: before.alerts === "all" ? "sportKeptByAll" : "sportRemoved", sport };
}

subscriptionsFeature.command("subscribe", async (ctx) => {
  const query = commandArgument(ctx);
  const shortcut = parseShortcut(ctx, query);
  if (shortcut.type === "menu") return showSettings(ctx);
  if (await refused(ctx)) return;
  const chatId = chatIdOf(ctx);
  const now = ctx.clock();
  const rc = renderContextOf(ctx);
  switch (shortcut.type) {
    case "all":
      await changed(ctx, await updateSubscription(ctx.db, chatId, { alerts: "all", olympic: true, paralympic: true }, now));
      return replyWith(ctx, { type: "allAdded" });
    case "results":
      return replyWith(ctx, await subscribeResults(ctx, shortcut.results));
    case "countdown": {
      if (shortcut.cadence === "unknown") return show(ctx, cadenceUnknownView(rc, query));
      const current = (await getSubscription(ctx.db, chatId)).countdown;
      // A bare "countdown" keeps the cadence the chat has, else the milestones.
      const cadence = shortcut.cadence ?? (current === "off" ? "milestones" : current);
      await changed(ctx, await updateSubscription(ctx.db, chatId, { countdown: cadence }, now));
      await replyWith(ctx, { type: "countdownOn" });
      return showCountdown(ctx, "show");
    }
    case "sport": {
      const match = resolveSport(await ctx.readModel.current(), shortcut.query);
      if (match.type !== "found") return show(ctx, sportSubscriptionChoiceView(rc, shortcut.query, match, "subscribe"));
      return replyWith(ctx, await subscribeSport(ctx, match.sport));
    }
  }
});

subscriptionsFeature.command("unsubscribe", async (ctx) => {
  const query = commandArgument(ctx);
  const shortcut = parseShortcut(ctx, query);
  if (shortcut.type === "menu") return showSettings(ctx);
  if (await refused(ctx)) return;
  const chatId = chatIdOf(ctx);
  const now = ctx.clock();
  switch (shortcut.type) {
    case "all":
      // Everything off; the chosen sports are kept, should the chat turn "chosen sports" back on.
      await changed(ctx, await updateSubscription(ctx.db, chatId, { alerts: "off", results: "off", countdown: "off" }, now));
      return replyWith(ctx, { type: "allOff" });
    case "results":
      // "/unsubscribe medals" as "/unsubscribe results": no result alerts (placings come only with medals).
      await changed(ctx, await updateSubscription(ctx.db, chatId, { results: "off" }, now));
      return replyWith(ctx, { type: "resultsOff" });
    case "countdown":
      await changed(ctx, await updateSubscription(ctx.db, chatId, { countdown: "off" }, now));
      return replyWith(ctx, { type: "countdownOff" });
    case "sport": {
      const match = resolveSport(await ctx.readModel.current(), shortcut.query);
      if (match.type !== "found") {
        return show(ctx, sportSubscriptionChoiceView(renderContextOf(ctx), shortcut.query, match, "unsubscribe"));
      }
      return replyWith(ctx, await unsubscribeSport(ctx, match.sport));
    }
  }
});

// A "did you mean" choice after /subscribe or /unsubscribe: the answer replaces the question.
onButton(subscriptionsFeature, sportSubscriptionButton, async (ctx, data) => {
  if (!ctx.chat) return staleAnswer(ctx);
  const refusal = await settingsRefusalText(ctx);
  if (refusal) return refusal;
  const sport = getSport(await ctx.readModel.current(), data.sportId);
  if (!sport) return staleAnswer(ctx);
  const note = data.op === "subscribe" ? await subscribeSport(ctx, sport) : await unsubscribeSport(ctx, sport);
  await show(ctx, subscriptionReplyView(renderContextOf(ctx), await settingsOf(ctx), note));
});

// The settings button under an alert: the menu as a message of its own, below the alert it keeps.
onButton(subscriptionsFeature, alertSettingsButton, async (ctx) => {
  if (!ctx.chat) return staleAnswer(ctx);
  await showSettings(ctx, true);
});
