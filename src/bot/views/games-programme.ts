// The screens of a Games' programme and competition windows (/games, staff): what the card says of
// them, the programme with its buttons, the sport to add or remove, a new sport's names, the
// windows, a window's days and first start, before → after, and what saving and Undo did. From
// plain data (the conversation keeps what they show as JSON), so they render the same on a replay.
import { InlineKeyboard } from "grammy";
import type { ProgrammePlan } from "../../domain/programme-edits.js";
import { MAX_ALIASES, MAX_SPORT_NAME } from "../../domain/programme-edits.js";
import type { SportNames, SportRename } from "../../domain/sport-names.js";
import type { Sport } from "../../domain/types.js";
import type { WindowChange, WindowDays } from "../../domain/window-edits.js";
import type { Lang, Localized } from "../../lib/languages.js";
import {
  gamesSectionButton,
  type ProgrammeAction,
  programmeActionButton,
  programmeSportButton,
  undoProgrammeButton,
  undoSportNamesButton,
  undoWindowButton,
} from "../callback-data/games-programme.js";
import { t } from "../i18n.js";
import { formatDate, formatDateRange, zoneWords } from "../render/format.js";
import { type Html, html, joinHtml, raw } from "../render/html.js";
import { clockTimes, type GamesName, gamesShortLabel, gamesTitle, sportName } from "./games.js";
import type { RenderContext } from "./render-context.js";
import type { ResultGames } from "./result-draft.js";
import type { View } from "./view.js";

/** What a Games' card says of its programme and windows. */
export interface CardSections {
  /** Programme rows; 0: not confirmed (fans are offered every sport of its kind and season, `offered`). */
  listed: number;
  offered: number;
  windows: number;
}

/** A sport's window as the flow keeps it: the sport and its days (null: it has none). */
export interface SportWindow {
  sport: Sport;
  days: WindowDays | null;
}

/** At most this many sports as buttons under one question (the rest are typed). */
const MAX_SPORT_BUTTONS = 60;

const action = (a: ProgrammeAction) => programmeActionButton.encode({ action: a });

function byName(rc: RenderContext, sports: readonly Sport[]): Sport[] {
  return [...sports].sort((a, b) => sportName(rc, a).localeCompare(sportName(rc, b), rc.lang));
}

/** Sports as buttons, two a row, by name in the reader's language. */
function sportButtons(rc: RenderContext, sports: readonly Sport[], keyboard = new InlineKeyboard()): InlineKeyboard {
  byName(rc, sports)
    .slice(0, MAX_SPORT_BUTTONS)
    .forEach((s, i) => {
      keyboard.text(sportName(rc, s), programmeSportButton.encode({ sportId: s.id }));
      if (i % 2 === 1) keyboard.row();
    });
  return keyboard.row();
}

const heading = (rc: RenderContext, games: GamesName, part: "programme" | "windows") =>
  html`🏟 ${gamesTitle(rc, games)} · <b>${rc.t("gp-part", { part })}</b>`;

// --- the card ------------------------------------------------------------------------------

/** The card's lines on the programme and the windows. */
export function sectionLines(rc: RenderContext, games: GamesName, s: CardSections): Html[] {
  return [
    s.listed > 0
      ? t(rc, "gp-card-programme", { count: s.listed })
      : t(rc, "gp-card-programme-open", { count: s.offered, kind: games.kind, season: games.season }),
    t(rc, "gp-card-windows", { count: s.windows }),
  ];
}

/** The card's buttons to the programme and the windows. */
export function addSectionButtons(rc: RenderContext, keyboard: InlineKeyboard): InlineKeyboard {
  return keyboard
    .text(rc.t("gp-button-programme"), gamesSectionButton.encode({ section: "programme" }))
    .text(rc.t("gp-button-windows"), gamesSectionButton.encode({ section: "windows" }))
    .row();
}

// --- the programme -------------------------------------------------------------------------

/** The sports a programme offers ("not confirmed": every sport of the Games' kind and season). */
function programmeStatus(rc: RenderContext, games: GamesName, listed: number, offered: number): Html {
  return listed > 0
    ? t(rc, "gp-confirmed", { count: listed })
    : t(rc, "gp-open", { count: offered, kind: games.kind, season: games.season });
}

/** The status as a line of its own: it is written to follow "Before: " mid-sentence. */
const upperFirst = (status: Html): Html => raw(status.value.charAt(0).toUpperCase() + status.value.slice(1));

/** A Games' programme: its sports, and what to do. */
export function programmeView(rc: RenderContext, games: ResultGames, offered: readonly Sport[], confirmed: boolean): View {
  const names = byName(rc, offered).map((s) => sportName(rc, s));
  const lines = [
    heading(rc, games, "programme"),
    html`${upperFirst(programmeStatus(rc, games, confirmed ? offered.length : 0, offered.length))}:`,
    html`${names.join(", ")}`,
    html``,
    t(rc, "gp-programme-pick"),
  ];
  const keyboard = new InlineKeyboard()
    .text(rc.t("gp-button-add"), action("add"))
    .text(rc.t("gp-button-remove"), action("remove"))
    .row()
    .text(rc.t("gp-button-create"), action("create"))
    .text(rc.t("gp-button-names"), action("names"));
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** The sport to add (those of its kind and season not in the programme as buttons) or to remove (the programme's). */
export function pickSportView(rc: RenderContext, games: ResultGames, edit: "add" | "remove", sports: readonly Sport[]): View {
  const keyboard = sportButtons(rc, sports);
  if (edit === "add") keyboard.text(rc.t("gp-button-create"), action("create"));
  return { text: joinHtml([heading(rc, games, "programme"), t(rc, edit === "add" ? "gp-ask-add" : "gp-ask-remove")], "\n"), keyboard };
}

/** A typed sport that named several, or none well: the likely ones as buttons. */
export function sportSuggestionsView(rc: RenderContext, key: string, query: string, sports: readonly Sport[], withCreate: boolean): View {
  const keyboard = sportButtons(rc, sports);
  if (withCreate) keyboard.text(rc.t("gp-button-create"), action("create"));
  return { text: t(rc, key, { query }), keyboard };
}

export type NewSportStep = Lang | "aliases";

const NAME_QUESTIONS: Record<NewSportStep, string> = {
  en: "gp-ask-name-en",
  ru: "gp-ask-name-ru",
  kk: "gp-ask-name-kk",
  aliases: "gp-ask-name-aliases",
};

/** The sport whose names to give: one of the programme's. */
export function namesSportView(rc: RenderContext, games: ResultGames, sports: readonly Sport[]): View {
  return { text: joinHtml([heading(rc, games, "programme"), t(rc, "gn-ask-sport")], "\n"), keyboard: sportButtons(rc, sports) };
}

const aliasesText = (aliases: readonly string[]) => (aliases.length > 0 ? aliases.join(", ") : "—");
const namesField = (names: SportNames, step: NewSportStep) => (step === "aliases" ? aliasesText(names.aliases) : names.name[step]);

/** A new sport's name in one language, or its aliases; or, `renaming` a sport, what it is now, and Keep. */
export function newSportQuestionView(
  rc: RenderContext,
  games: ResultGames,
  step: NewSportStep,
  en: string | null,
  renaming: SportNames | null = null,
): View {
  const lines = [heading(rc, games, "programme")];
  if (renaming) {
    lines.push(html`✏️ <b>${renaming.name[rc.lang]}</b>`);
    lines.push(t(rc, "gn-ask", { step, max: MAX_SPORT_NAME, aliases: MAX_ALIASES, now: namesField(renaming, step) }));
    return { text: joinHtml(lines, "\n"), keyboard: new InlineKeyboard().text(rc.t("gn-button-keep"), action("keep")) };
  }
  if (en !== null) lines.push(t(rc, "gp-new-sport", { name: en }));
  lines.push(t(rc, NAME_QUESTIONS[step], { max: MAX_SPORT_NAME, aliases: MAX_ALIASES, name: en ?? "" }));
  const keyboard = step === "en" ? undefined : new InlineKeyboard().text(rc.t("al-skip"), action("skip"));
  return keyboard ? { text: joinHtml(lines, "\n"), keyboard } : { text: joinHtml(lines, "\n") };
}

/** What a programme edit names, for its preview: the sports by id, and the Games a new sport is also offered at. */
export interface PlanNames {
  sports: ReadonlyMap<number, Sport>;
  games: ReadonlyMap<number, GamesName>;
}

const sportList = (rc: RenderContext, names: PlanNames, ids: readonly number[]) =>
  ids.flatMap((id) => {
    const s = names.sports.get(id);
    return s ? [sportName(rc, s)] : [];
  });

/** Before → after of a programme edit, and Save. */
export function programmePreviewView(rc: RenderContext, games: ResultGames, plan: ProgrammePlan, names: PlanNames): View {
  const confirmedAfter = plan.listedAfter.length + (plan.edit.kind === "create" ? 1 : 0);
  const lines: Html[] = [
    heading(rc, games, "programme"),
    t(rc, "el-before", { value: programmeStatus(rc, games, plan.listedBefore.length, plan.offered.length) }),
    t(rc, "el-after", { value: programmeStatus(rc, games, confirmedAfter, confirmedAfter) }),
  ];
  if (plan.edit.kind === "create") {
    const { name, aliases } = plan.edit.sport;
    lines.push(t(rc, "gp-preview-created", { en: name.en, ru: name.ru ?? name.en, kk: name.kk ?? name.en }));
    if (aliases.length > 0) lines.push(t(rc, "gp-preview-aliases", { aliases: aliases.join(", ") }));
  }
  for (const name of sportList(rc, names, plan.added)) lines.push(html`➕ ${name}`);
  for (const name of sportList(rc, names, plan.removed)) lines.push(html`➖ ${name}`);
  for (const w of plan.windowsRemoved) {
    const sport = names.sports.get(w.sportId);
    if (sport)
      lines.push(t(rc, "gp-preview-window", { sport: sportName(rc, sport), dates: formatDateRange(w.firstDay, w.lastDay, rc.lang) }));
  }
  if (plan.listedBefore.length === 0) lines.push(t(rc, "gp-preview-confirms", { count: plan.offered.length }));
  if (plan.alsoOfferedAt.length > 0) {
    const also = plan.alsoOfferedAt.flatMap((id) => {
      const g = names.games.get(id);
      return g ? [gamesShortLabel(rc, g)] : [];
    });
    lines.push(t(rc, "gp-preview-also-offered", { games: also.join(", ") }));
  }
  lines.push(t(rc, "gp-preview-note"));
  return { text: joinHtml(lines, "\n"), keyboard: new InlineKeyboard().text(rc.t("el-save"), action("save")) };
}

/** Saved: what changed, and Undo (which works after the conversation, from any instance). */
export function programmeSavedView(rc: RenderContext, games: GamesName, plan: ProgrammePlan, names: PlanNames, auditId: number): View {
  const { edit } = plan;
  const sports =
    edit.kind === "create"
      ? [edit.sport.name[rc.lang] ?? edit.sport.name.en]
      : sportList(rc, names, edit.kind === "add" ? plan.added : plan.removed);
  return {
    text: t(rc, "gp-saved", {
      games: gamesShortLabel(rc, games),
      edit: edit.kind,
      sports: sports.join(", "),
      windows: plan.windowsRemoved.length,
    }),
    keyboard: new InlineKeyboard().text(rc.t("al-undo"), undoProgrammeButton.encode({ auditId })),
  };
}

/** Undone: the programme is as it was; `sports` are the ones the edit had added or removed. */
export function programmeUndoneView(
  rc: RenderContext,
  games: GamesName,
  edit: "add" | "remove" | "create",
  sports: readonly Localized[],
): View {
  return { text: t(rc, "gp-undone", { games: gamesShortLabel(rc, games), edit, sports: sports.map((s) => s[rc.lang]).join(", ") }) };
}

const NAME_STEPS: readonly NewSportStep[] = ["en", "ru", "kk", "aliases"];

/** Each name (and the aliases) before and after: "Russian", "Cricket", "Крикет". */
const renameFields = (rc: RenderContext, rename: SportRename) =>
  NAME_STEPS.map((step) => ({
    field: rc.t("gn-field", { field: step }),
    before: namesField(rename.before, step),
    after: namesField(rename.after, step),
  }));

/** A sport's names before → after (those unchanged as they are), and Save. */
export function sportNamesPreviewView(rc: RenderContext, games: ResultGames, rename: SportRename): View {
  const lines: Html[] = [heading(rc, games, "programme"), html`✏️ <b>${rename.before.name[rc.lang]}</b>`];
  for (const { field, before, after } of renameFields(rc, rename))
    lines.push(before === after ? html`${field}: ${after}` : html`${field}: ${before} → <b>${after}</b>`);
  lines.push(t(rc, "gn-preview-note"));
  return { text: joinHtml(lines, "\n"), keyboard: new InlineKeyboard().text(rc.t("el-save"), action("save")) };
}

/** Saved: the names that changed, and Undo. */
export function sportNamesSavedView(rc: RenderContext, games: GamesName, rename: SportRename, auditId: number): View {
  const changes = renameFields(rc, rename)
    .filter((c) => c.before !== c.after)
    .map((c) => `${c.field}: ${c.before} → ${c.after}`);
  return {
    text: t(rc, "gn-saved", { games: gamesShortLabel(rc, games), sport: rename.after.name[rc.lang], changes: changes.join(". ") }),
    keyboard: new InlineKeyboard().text(rc.t("al-undo"), undoSportNamesButton.encode({ auditId })),
  };
}

/** Undone: the sport's names are as they were. */
export function sportNamesUndoneView(rc: RenderContext, games: GamesName, name: Localized): View {
  return { text: t(rc, "gn-undone", { games: gamesShortLabel(rc, games), sport: name[rc.lang] }) };
}

// --- the windows ---------------------------------------------------------------------------

/** "12–19 July · first start 09:30 Los Angeles time (UTC−7) · 21:30 Kazakhstan time (UTC+5)", or "no window". */
function daysText(rc: RenderContext, games: Pick<ResultGames, "hostTz">, days: WindowDays | null): Html {
  if (!days) return t(rc, "gw-none");
  const dates = formatDateRange(days.firstDay, days.lastDay, rc.lang);
  if (days.startsAt === null) return html`${dates}`;
  return t(rc, "gw-days-start", { dates, times: clockTimes(rc, new Date(days.startsAt), games.hostTz) });
}

/** The windows of a Games, and what to do. */
export function windowsView(rc: RenderContext, games: ResultGames, windows: readonly SportWindow[]): View {
  const lines: Html[] = [heading(rc, games, "windows")];
  if (windows.length === 0) lines.push(t(rc, "gw-list-none"));
  else {
    lines.push(t(rc, "schedule-dates-in", { zone: zoneWords(games.hostTz, rc.lang) }));
    for (const w of windows) lines.push(html`${sportName(rc, w.sport)} — ${daysText(rc, games, w.days)}`);
  }
  lines.push(html``, t(rc, "gw-pick"));
  const keyboard = sportButtons(
    rc,
    windows.map((w) => w.sport),
  ).text(rc.t("gw-button-add"), action("window-add"));
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** The sport a new window is for: the programme's sports without one as buttons. */
export function windowSportView(rc: RenderContext, games: ResultGames, sports: readonly Sport[]): View {
  return { text: joinHtml([heading(rc, games, "windows"), t(rc, "gw-ask-sport")], "\n"), keyboard: sportButtons(rc, sports) };
}

/** A sport's window: change its days or its first start, or remove it. */
export function windowActionsView(rc: RenderContext, games: ResultGames, w: SportWindow): View {
  const lines = [
    heading(rc, games, "windows"),
    html`<b>${sportName(rc, w.sport)}</b> — ${daysText(rc, games, w.days)}`,
    t(rc, "gw-ask-action"),
  ];
  const keyboard = new InlineKeyboard()
    .text(rc.t("gw-button-days"), action("days"))
    .text(rc.t("gw-button-time"), action("time"))
    .row()
    .text(rc.t("gw-button-drop"), action("drop"));
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** The window's days, typed in the host's calendar. */
export function daysQuestionView(rc: RenderContext, games: ResultGames, w: SportWindow): View {
  const lines = [
    heading(rc, games, "windows"),
    html`<b>${sportName(rc, w.sport)}</b> — ${daysText(rc, games, w.days)}`,
    t(rc, "gw-ask-days", { zone: zoneWords(games.hostTz, rc.lang), year: String(games.year) }),
  ];
  return { text: joinHtml(lines, "\n") };
}

/** The first start's clock time, in the host's zone, on the first day; or none. */
export function timeQuestionView(rc: RenderContext, games: ResultGames, sport: Sport, firstDay: string, now: WindowDays | null): View {
  const lines = [heading(rc, games, "windows"), html`<b>${sportName(rc, sport)}</b> — ${daysText(rc, games, now)}`];
  lines.push(t(rc, "gw-ask-time", { zone: zoneWords(games.hostTz, rc.lang), date: formatDate(firstDay, rc.lang, false) }));
  return { text: joinHtml(lines, "\n"), keyboard: new InlineKeyboard().text(rc.t("gw-button-no-time"), action("no-time")) };
}

/** Before → after of a window, and Save. */
export function windowPreviewView(rc: RenderContext, games: ResultGames, sport: Sport, change: WindowChange): View {
  const lines = [
    heading(rc, games, "windows"),
    html`<b>${sportName(rc, sport)}</b>`,
    t(rc, "el-before", { value: daysText(rc, games, change.before) }),
    t(rc, "el-after", { value: daysText(rc, games, change.after) }),
    t(rc, "gw-preview-note"),
  ];
  return { text: joinHtml(lines, "\n"), keyboard: new InlineKeyboard().text(rc.t("el-save"), action("save")) };
}

function windowChangeArgs(rc: RenderContext, games: GamesName & Pick<ResultGames, "hostTz">, sport: Localized, change: WindowChange) {
  return {
    games: gamesShortLabel(rc, games),
    sport: sport[rc.lang],
    before: daysText(rc, games, change.before),
    value: daysText(rc, games, change.after),
  };
}

/** Saved: before → after, and Undo. */
export function windowSavedView(
  rc: RenderContext,
  games: GamesName & Pick<ResultGames, "hostTz">,
  sport: Sport,
  change: WindowChange,
  auditId: number,
): View {
  return {
    text: t(rc, "gw-saved", windowChangeArgs(rc, games, sport.name, change)),
    keyboard: new InlineKeyboard().text(rc.t("al-undo"), undoWindowButton.encode({ auditId })),
  };
}

/** Undone: the window is as it was (`change` is the undo: its `after` is that). */
export function windowUndoneView(
  rc: RenderContext,
  games: GamesName & Pick<ResultGames, "hostTz">,
  sport: Localized,
  change: WindowChange,
): View {
  return { text: t(rc, "gw-undone", windowChangeArgs(rc, games, sport, change)) };
}
