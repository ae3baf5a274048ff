// The screens of /editresult: pick a result, what to correct (each part as it is now), the header
// above a question of /addresult asked again, before → after with what happens to its alert, and
// the reply once saved, with the correction button when its alert had reached chats. From plain
// data: the conversation keeps what they show as JSON, so they render again after a replay.
import { InlineKeyboard } from "grammy";
import type { ResultPart } from "../../domain/result-records.js";
import type { Result, Translated } from "../../domain/types.js";
import { editResultFieldButton, editResultPickButton, editResultSaveButton } from "../callback-data/add-result.js";
import { t } from "../i18n.js";
import { formatDate } from "../render/format.js";
import { clip, type Html, html, joinHtml } from "../render/html.js";
import { gamesTitle } from "./games.js";
import type { RenderContext } from "./render-context.js";
import { outcomeOf, type QuestionHeader, type ResultGames, type ResultOutcome, type ResultWho, whoOf } from "./result-draft.js";
import { correctionKeyboard, type ResultCard, resultLabel } from "./result-removal.js";
import { whoText } from "./results.js";
import type { View } from "./view.js";

/** A result as its editor sees it, with its Games' name, zone and days (plain JSON). */
export interface ResultEditCard {
  result: Result;
  games: ResultGames;
}

/** One part of a result with its new value, as the steps of /addresult read it. */
export type ResultChange =
  | { part: "outcome"; outcome: ResultOutcome }
  | { part: "event"; event: Translated }
  | { part: "who"; who: ResultWho }
  | { part: "wonOn"; wonOn: string }
  | { part: "source"; source: string | null }
  | { part: "note"; note: Translated | null };

/** The parts in the order they are offered. */
const RESULT_PARTS: readonly ResultPart[] = ["outcome", "event", "who", "wonOn", "source", "note"];

/** The parts a result's alert shows: only a correction of these is worth telling the chats it reached. */
const ALERT_PARTS: readonly ResultPart[] = ["outcome", "event", "who", "wonOn"];

/** How far the result's alert went (alertProgress); null when it has none. */
export type AlertProgress = { sent: number; waiting: number } | null;

/** The result with the change made (new athletes with stand-in ids, a team named as a team). */
export function changedResult(r: Result, change: ResultChange, teamName: Translated): Result {
  switch (change.part) {
    case "outcome":
      return { ...r, ...outcomeOf(change.outcome) };
    case "event":
      return { ...r, event: change.event };
    case "who":
      return { ...r, ...whoOf(change.who, teamName) };
    case "wonOn":
      return { ...r, wonOn: change.wonOn };
    case "source":
      return { ...r, source: change.source };
    case "note":
      return { ...r, note: change.note };
  }
}

const NONE = "—";

/** A text with its translations: "Men's singles (Russian: …; Kazakh: —)". */
function translatedValue(rc: RenderContext, text: Translated | null): string {
  if (!text) return NONE;
  return `${text.en} ${rc.t("cl-translations", { ru: text.ru ?? NONE, kk: text.kk ?? NONE })}`;
}

/** One part of a result as its editor reads it (plain text, escaped where it is shown). */
export function partValue(rc: RenderContext, r: Result, part: ResultPart): string {
  switch (part) {
    case "outcome":
      return r.medal !== null ? rc.t("ar-medal", { medal: r.medal }) : translatedValue(rc, r.placing);
    case "event":
      return translatedValue(rc, r.event);
    case "who":
      return whoText(rc, r.athletes, r.team);
    case "wonOn":
      return r.wonOn ? formatDate(r.wonOn, rc.lang) : NONE;
    case "source":
      return r.source ?? NONE;
    case "note":
      return translatedValue(rc, r.note);
  }
}

/** "Result #20 — Figure skating, Milan–Cortina d’Ampezzo 2026 Olympic Winter Games" (HTML). */
function heading(rc: RenderContext, card: ResultEditCard): Html {
  return t(rc, "er-result", { id: card.result.id, sport: card.result.sport.name[rc.lang], games: gamesTitle(rc, card.games) });
}

const partLine = (rc: RenderContext, r: Result, part: ResultPart) =>
  t(rc, "cl-field-value", { field: rc.t("er-field", { part }), value: clip(partValue(rc, r, part), 300) });

/** /editresult: the recent results as buttons, or an id typed. */
export function editResultPickView(rc: RenderContext, cards: readonly ResultCard[]): View {
  const keyboard = new InlineKeyboard();
  for (const card of cards) keyboard.text(resultLabel(rc, card), editResultPickButton.encode({ resultId: card.result.id })).row();
  return { text: t(rc, cards.length > 0 ? "er-pick" : "er-pick-none"), keyboard };
}

/** The result's every part as it is now, and a button per part. */
export function editResultFieldsView(rc: RenderContext, card: ResultEditCard): View {
  const lines = [heading(rc, card), ...RESULT_PARTS.map((part) => partLine(rc, card.result, part)), html``, t(rc, "er-pick-field")];
  const keyboard = new InlineKeyboard();
  RESULT_PARTS.forEach((part, i) => {
    keyboard.text(rc.t("er-field", { part }), editResultFieldButton.encode({ part }));
    if (i % 2 === 1) keyboard.row();
  });
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** Above the question a part is asked with again: the result, the part, and its value now. */
export function editResultHeader(card: ResultEditCard, part: ResultPart): QuestionHeader {
  return (rc) =>
    joinHtml(
      [
        html`${heading(rc, card)} · <b>${rc.t("er-field", { part })}</b>`,
        t(rc, "el-now", { value: clip(partValue(rc, card.result, part), 500) }),
      ],
      "\n",
    );
}

/**
 * What becomes of the alert: it reached chats (worth a correction when it shows the part), it
 * still waits (and will show the change), or no chat got it.
 */
function alertState(progress: AlertProgress, part: ResultPart): { state: "sent" | "unshown" | "waiting" | "none"; chats: number } {
  const shown = ALERT_PARTS.includes(part);
  if (progress && progress.sent > 0) return { state: shown ? "sent" : "unshown", chats: progress.sent };
  if (progress && progress.waiting > 0 && shown) return { state: "waiting", chats: progress.waiting };
  return { state: "none", chats: 0 };
}

/** Before → after, what happens to the alert, and Save. */
export function editResultConfirmView(
  rc: RenderContext,
  card: ResultEditCard,
  change: ResultChange,
  teamName: Translated,
  progress: AlertProgress,
): View {
  const after = changedResult(card.result, change, teamName);
  const lines = [
    html`${heading(rc, card)} · <b>${rc.t("er-field", { part: change.part })}</b>`,
    t(rc, "el-before", { value: clip(partValue(rc, card.result, change.part), 500) }),
    t(rc, "el-after", { value: clip(partValue(rc, after, change.part), 500) }),
    html``,
    t(rc, "er-confirm-alert", alertState(progress, change.part)),
  ];
  return { text: joinHtml(lines, "\n"), keyboard: new InlineKeyboard().text(rc.t("el-save"), editResultSaveButton.encode({})).row() };
}

/**
 * Saved, and what became of its alert: when it had reached chats and shows what changed, the
 * button that sends them a correction (once: result-removal.ts answers a second press).
 */
export function editResultSavedView(rc: RenderContext, resultId: number, part: ResultPart, progress: AlertProgress): View {
  const alert = alertState(progress, part);
  const text = joinHtml([t(rc, "er-saved", { id: resultId }), t(rc, "er-saved-alert", alert)], "\n");
  const keyboard = alert.state === "sent" ? correctionKeyboard(rc, resultId, alert.chats) : undefined;
  return keyboard ? { text, keyboard } : { text };
}
