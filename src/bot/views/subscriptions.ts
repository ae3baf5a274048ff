import { MILESTONE_DAYS } from "../../domain/countdown-broadcasts.js";
import type { SportMatch } from "../../domain/sports.js";
import type { AlertScope, CountdownCadence, ResultAlerts, Subscription } from "../../domain/subscriptions.js";
import type { GamesKind, Sport } from "../../domain/types.js";
import { LANGS, type Lang } from "../../lib/languages.js";
import {
  encodeSportsPage,
  SPORT_GROUPS,
  type SportGroup,
  type SportSubscriptionOp,
  type SportsPage,
} from "../callback-data/subscriptions.js";
import { t } from "../i18n.js";
import { sportSubscriptionChoicesKeyboard } from "../keyboards/sport-choices.js";
import { midSentence } from "../render/format.js";
import { clip, type Html, html, joinHtml } from "../render/html.js";
import { sportName, sportNameMid } from "./games.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

/** What the settings screen shows: the chat's subscription, its chosen sports and its language. */
export interface SettingsState {
  sub: Subscription;
  /** The sports of `sub.sportIds`, as rows (their names in every language). */
  sports: readonly Sport[];
  /** The language chosen for the chat; null = each sender's Telegram language. */
  language: Lang | null;
  /** In a group only administrators change settings, and the screen says so. */
  group: boolean;
}

/** Longest query echoed back to the user. */
const ECHO_MAX = 40;

type Rc = Pick<RenderContext, "t" | "lang">;

function gamesChoice(sub: Subscription): "both" | "olympic" | "paralympic" | "none" {
  if (sub.olympic && sub.paralympic) return "both";
  if (sub.olympic) return "olympic";
  return sub.paralympic ? "paralympic" : "none";
}

/** "Boxing, Judo" ("бокс, дзюдо": a list after a colon), in the chat's language and its alphabetical order. */
function sportList(rc: Rc, sports: readonly Sport[]): string {
  return sports
    .map((s) => sportNameMid(rc, s))
    .sort((a, b) => a.localeCompare(b, rc.lang))
    .join(", ");
}

/** What this chat is subscribed to: license alerts (and with them qualifiers'), results, the countdown and the language, one line each. */
export function settingsSummary(rc: Rc, state: SettingsState): Html {
  const { sub } = state;
  const games = rc.t("sub-games", { games: gamesChoice(sub) });
  let alerts: Html;
  if (sub.alerts === "all") alerts = t(rc, "sub-alerts-all", { games });
  else if (sub.alerts === "off") alerts = t(rc, "sub-alerts-off");
  else if (state.sports.length > 0) alerts = t(rc, "sub-alerts-chosen", { sports: sportList(rc, state.sports), games });
  else alerts = t(rc, "sub-alerts-none-chosen");
  // The same chats get a qualifier's reminder and summary (qualifier-reminders.ts): said here, or nobody knows.
  const qualifiers = sub.alerts === "all" || (sub.alerts === "chosen" && state.sports.length > 0);
  const language = midSentence(rc.t(`language-name-${rc.lang}`), rc.lang);
  return joinHtml(
    [
      t(rc, "sub-header"),
      alerts,
      ...(qualifiers ? [t(rc, "sub-qualifiers")] : []),
      resultsLine(rc, state, games),
      t(rc, "sub-countdown", { cadence: sub.countdown, days: MILESTONE_DAYS.filter((d) => d > 0).join(", ") }),
      state.language === null ? t(rc, "sub-language-auto", { language }) : t(rc, "sub-language", { language }),
    ],
    "\n",
  );
}

/** Result alerts: the license alerts' chosen sports when they are narrowed, else every sport (wantsResultAlert). */
function resultsLine(rc: Rc, state: SettingsState, games: string): Html {
  const { sub } = state;
  if (sub.results === "off") return t(rc, "sub-results-off");
  if (sub.alerts !== "chosen") return t(rc, "sub-results-all", { results: sub.results, games });
  if (state.sports.length === 0) return t(rc, "sub-results-none-chosen", { results: sub.results });
  return t(rc, "sub-results-chosen", { results: sub.results, sports: sportList(rc, state.sports), games });
}

/** The text above the settings menu: the summary and how to change it. */
export function settingsMenuText(rc: Rc, state: SettingsState): Html {
  return joinHtml([settingsSummary(rc, state), html``, t(rc, "sub-menu-footer"), state.group ? t(rc, "sub-admins-only") : null], "\n");
}

/** What a shortcut command (or a "did you mean" press) did, and where the chat stands now. */
export type SubscriptionNote =
  | { type: "sportAdded" | "sportInAll" | "sportRemoved" | "sportNotChosen" | "sportKeptByAll"; sport: Sport }
  | { type: "resultsOn"; results: Exclude<ResultAlerts, "off"> }
  | { type: "allAdded" | "countdownOn" | "countdownOff" | "allOff" | "resultsInAll" | "resultsOff" };

function noteText(rc: Rc, note: SubscriptionNote): Html {
  switch (note.type) {
    case "sportAdded":
      return t(rc, "sub-note-sport-added", { sport: sportNameMid(rc, note.sport) });
    case "sportInAll":
      return t(rc, "sub-note-sport-in-all", { sport: sportNameMid(rc, note.sport) });
    case "sportRemoved":
      return t(rc, "unsub-note-sport", { sport: sportNameMid(rc, note.sport) });
    case "sportNotChosen":
      return t(rc, "unsub-note-sport-not-chosen", { sport: sportNameMid(rc, note.sport) });
    case "sportKeptByAll":
      return t(rc, "unsub-note-sport-in-all", { sport: sportNameMid(rc, note.sport) });
    case "allAdded":
      return t(rc, "sub-note-all");
    case "countdownOn":
      return t(rc, "sub-note-countdown");
    case "countdownOff":
      return t(rc, "unsub-note-countdown");
    case "allOff":
      return t(rc, "unsub-note-all");
    case "resultsOn":
      return t(rc, "sub-note-results", { results: note.results });
    case "resultsInAll":
      return t(rc, "sub-note-results-in-all");
    case "resultsOff":
      return t(rc, "unsub-note-results");
  }
}

/** The answer to /subscribe … and /unsubscribe …: what happened, then what the chat is subscribed to. */
export function subscriptionReplyView(rc: Rc, state: SettingsState, note: SubscriptionNote): View {
  return { text: joinHtml([noteText(rc, note), html``, settingsSummary(rc, state), html``, t(rc, "sub-reply-footer")], "\n") };
}

/** `/subscribe countdown hourly`: the choices there are. */
export function cadenceUnknownView(rc: Rc, query: string): View {
  return { text: t(rc, "sub-cadence-unknown", { query: clip(query, ECHO_MAX) }) };
}

/** A sport name after /subscribe or /unsubscribe that matched no single sport: "did you mean" buttons, or "unknown". */
export function sportSubscriptionChoiceView(
  rc: Rc,
  query: string,
  match: Exclude<SportMatch, { type: "found" }>,
  op: SportSubscriptionOp,
): View {
  const options = match.type === "ambiguous" ? match.candidates : match.suggestions;
  const { keyboard, count } = sportSubscriptionChoicesKeyboard(rc, options, op);
  const echo = clip(query, ECHO_MAX) || "…";
  if (count === 0)
    return { text: t(rc, "sub-sport-unknown", { query: echo, command: op === "subscribe" ? "/subscribe" : "/unsubscribe" }) };
  return { text: t(rc, match.type === "ambiguous" ? "sport-ambiguous" : "sport-did-you-mean", { query: echo }), keyboard };
}

/** What a settings menu button does. */
export type SettingsAction =
  | { type: "alerts"; alerts: AlertScope }
  | { type: "games"; kind: GamesKind }
  | { type: "countdown"; cadence: CountdownCadence }
  | { type: "results"; results: ResultAlerts }
  | { type: "language"; language: Lang | null }
  | { type: "open-languages" }
  | { type: "back" }
  /** In the list of sports: tick (chosen) or untick a sport, turn to a page or group, or the page number. */
  | { type: "sport"; sportId: number; chosen: boolean }
  | { type: "sports-page"; at: SportsPage }
  | { type: "page-number" };

export interface SettingsButton {
  label: string;
  action: SettingsAction;
  /** What the menu's button carries besides its place (the list of sports: the page it is on). */
  payload?: string;
}

/** A choice among several: the current one ticked (as in the language choices). */
const pick = (selected: boolean, label: string) => (selected ? `✓ ${label}` : label);
/** A switch: on or off. */
const toggle = (on: boolean, label: string) => `${on ? "✅" : "⬜"} ${label}`;

/**
 * The settings menu, row by row: license alerts (all sports, chosen sports — the list of sports —,
 * none), which Games they cover, result alerts, the countdown's cadence, and a way to the language
 * choices. The labels carry the state, so a press on a menu shown before a change is recognised as
 * outdated (@grammyjs/menu compares the pressed label with the one it would show now).
 */
export function settingsMenuRows(rc: Rc, state: SettingsState): SettingsButton[][] {
  const { sub } = state;
  const alerts = (value: AlertScope, label: string): SettingsButton => ({
    label: pick(sub.alerts === value, label),
    action: { type: "alerts", alerts: value },
  });
  const cadence = (value: CountdownCadence, label: string): SettingsButton => ({
    label: pick(sub.countdown === value, label),
    action: { type: "countdown", cadence: value },
  });
  const results = (value: ResultAlerts, label: string): SettingsButton => ({
    label: pick(sub.results === value, label),
    action: { type: "results", results: value },
  });
  return [
    [
      alerts("all", rc.t("button-sub-alerts-all")),
      alerts("chosen", rc.t("button-sub-alerts-chosen", { count: state.sports.length })),
      alerts("off", rc.t("button-sub-alerts-off")),
    ],
    [
      { label: toggle(sub.olympic, rc.t("button-sub-olympic")), action: { type: "games", kind: "olympic" } },
      { label: toggle(sub.paralympic, rc.t("button-sub-paralympic")), action: { type: "games", kind: "paralympic" } },
    ],
    [
      results("medals", rc.t("button-sub-results-medals")),
      results("all", rc.t("button-sub-results-all")),
      results("off", rc.t("button-sub-results-off")),
    ],
    [cadence("milestones", rc.t("button-sub-countdown-milestones")), cadence("weekly", rc.t("button-sub-countdown-weekly"))],
    [cadence("daily", rc.t("button-sub-countdown-daily")), cadence("off", rc.t("button-sub-countdown-off"))],
    [{ label: rc.t("button-sub-language", { language: rc.t(`language-name-${rc.lang}`) }), action: { type: "open-languages" } }],
  ];
}

/** The language choices inside the settings menu: each language, "as in Telegram", and back. */
export function languageMenuRows(rc: Rc, state: SettingsState): SettingsButton[][] {
  return [
    LANGS.map((lang) => ({
      label: pick(state.language === lang, rc.t(`language-name-${lang}`)),
      action: { type: "language", language: lang },
    })),
    [{ label: pick(state.language === null, rc.t("language-auto")), action: { type: "language", language: null } }],
    [{ label: rc.t("button-back"), action: { type: "back" } }],
  ];
}

/** Sports a page of the list shows: two a row, six rows. */
const SPORTS_PER_PAGE = 12;

/** The sports of a group (a kind of Games and a season), by name in the viewer's language. */
export function groupSports(rc: Pick<RenderContext, "lang">, sports: readonly Sport[], group: SportGroup): Sport[] {
  return sports.filter((s) => `${s.kind}-${s.season}` === group).sort((a, b) => sportName(rc, a).localeCompare(sportName(rc, b), rc.lang));
}

/** How many pages a group's list has. */
export function sportsPageCount(count: number): number {
  return Math.max(1, Math.ceil(count / SPORTS_PER_PAGE));
}

/** The text above the list of sports: what ticking does, and what is ticked. */
export function sportsPickerText(rc: Rc, state: SettingsState): Html {
  const ticked = state.sports.length > 0 ? t(rc, "sub-sports-ticked", { sports: sportList(rc, state.sports) }) : t(rc, "sub-sports-none");
  return joinHtml(
    [
      t(rc, "sub-sports-header"),
      t(rc, "sub-sports-help"),
      state.sub.alerts === "chosen" ? null : t(rc, "sub-sports-narrows"),
      html``,
      ticked,
      state.group ? t(rc, "sub-admins-only") : null,
    ],
    "\n",
  );
}

/**
 * The list of sports, row by row: the four groups (☀️ summer, ❄️ winter; Olympic, Paralympic), a
 * page of the group's sports with a tick on those chosen, the pages, and Done. Every button carries
 * the page it is on (the payload), so a press is checked against that page as it is now.
 */
export function sportsPickerRows(rc: Rc, state: SettingsState, sports: readonly Sport[], at: SportsPage): SettingsButton[][] {
  const payload = encodeSportsPage(at);
  const button = (label: string, action: SettingsAction): SettingsButton => ({ label, action, payload });
  const groups = SPORT_GROUPS.map((group) =>
    button(`${group === at.group ? "▸ " : ""}${rc.t("button-sub-group", { group })}`, { type: "sports-page", at: { group, page: 0 } }),
  );
  const pages = sportsPageCount(sports.length);
  const shown = sports.slice(at.page * SPORTS_PER_PAGE, (at.page + 1) * SPORTS_PER_PAGE).map((sport) => {
    const chosen = state.sub.sportIds.includes(sport.id);
    return button(pick(chosen, sportName(rc, sport)), { type: "sport", sportId: sport.id, chosen: !chosen });
  });
  const rows: SettingsButton[][] = [groups.slice(0, 2), groups.slice(2)];
  for (let i = 0; i < shown.length; i += 2) rows.push(shown.slice(i, i + 2));
  if (pages > 1) {
    const nav: SettingsButton[] = [];
    if (at.page > 0) nav.push(button("◀️", { type: "sports-page", at: { ...at, page: at.page - 1 } }));
    nav.push(button(`${at.page + 1}/${pages}`, { type: "page-number" }));
    if (at.page < pages - 1) nav.push(button("▶️", { type: "sports-page", at: { ...at, page: at.page + 1 } }));
    rows.push(nav);
  }
  rows.push([button(rc.t("button-sub-done"), { type: "back" })]);
  return rows;
}
