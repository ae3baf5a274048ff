// What staff see in /addqualifier, /editqualifier and /closequalifier: each question with its
// buttons, the event as fans will read it (the preview, and before → after), and the closing's
// summary as subscribers will get it. The event itself is drawn by the fans' own view (qualifiers.ts).
import { InlineKeyboard } from "grammy";
import type { Games, License, Qualifier, Sport } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import { zonedInstant } from "../../lib/zoned-time.js";
import {
  type QualifierField,
  qualifierActionButton,
  qualifierAnswerButton,
  qualifierFieldButton,
  qualifierSportsPageButton,
} from "../callback-data/qualifier-staff.js";
import type { TArgs } from "../i18n.js";
import { t } from "../i18n.js";
import { formatDate, utcOffset } from "../render/format.js";
import { clip, type Html, joinHtml } from "../render/html.js";
import { type GamesRef, gamesShortLabel } from "./games.js";
import { qualifierDates, qualifierEntry, qualifierSummaryView } from "./qualifiers.js";
import type { RenderContext } from "./render-context.js";
import { whoText } from "./results.js";
import type { View } from "./view.js";

/** A question's buttons: answers (an id), or the step's own actions. */
export type QuestionButton =
  | { text: string; field: QualifierField; value: number }
  | { text: string; action: "skip" | "zone" | "city" | "done" };

/** One question: its locale key and arguments, its buttons two a row, a page switch when the sports run over a page. */
export function qualifierQuestionView(
  rc: RenderContext,
  key: string,
  args: TArgs,
  buttons: readonly QuestionButton[],
  sportsPage?: { page: number; pages: number },
  header?: Html,
): View {
  const keyboard = new InlineKeyboard();
  buttons.forEach((b, i) => {
    keyboard.text(
      clip(b.text, 60),
      "action" in b ? qualifierActionButton.encode({ action: b.action }) : qualifierAnswerButton.encode({ field: b.field, value: b.value }),
    );
    if (i % 2 === 1) keyboard.row();
  });
  if (sportsPage && sportsPage.pages > 1) {
    keyboard.row();
    if (sportsPage.page > 0) keyboard.text("◀️", qualifierSportsPageButton.encode({ page: sportsPage.page - 1 }));
    if (sportsPage.page < sportsPage.pages - 1) keyboard.text("▶️", qualifierSportsPageButton.encode({ page: sportsPage.page + 1 }));
  }
  const question = t(rc, key, args);
  return { text: header ? joinHtml([header, question], "\n") : question, keyboard };
}

export const gamesButtons = (rc: RenderContext, games: readonly GamesRef[]): QuestionButton[] =>
  games.map((g) => ({ text: gamesShortLabel(rc, g), field: "games", value: g.id }));

export const sportButtons = (rc: RenderContext, sports: readonly Sport[]): QuestionButton[] =>
  sports.map((s) => ({ text: s.name[rc.lang], field: "sport", value: s.id }));

/** The event as fans will read it, with Save and Change. */
export function qualifierPreviewView(rc: RenderContext, q: Qualifier, games: GamesRef): View {
  const keyboard = new InlineKeyboard()
    .text(rc.t("aq-save"), qualifierActionButton.encode({ action: "save" }))
    .row()
    .text(rc.t("aq-change"), qualifierActionButton.encode({ action: "change" }));
  const text = joinHtml(
    [
      t(rc, "aq-preview", { games: gamesShortLabel(rc, games), zone: utcOffset(q.hostTz, zonedInstant(q.firstDay, q.hostTz, "12:00")) }),
      qualifierEntry(rc, q, null),
    ],
    "\n\n",
  );
  return { text, keyboard };
}

const EDITABLE: readonly QualifierField[] = ["name", "place", "zone", "days", "places", "athletes", "source"];

/** Which field to change: the event as it is, and a button for each field (and for closing it, when `closable`). */
export function qualifierFieldsView(rc: RenderContext, q: Qualifier, key = "eq-field", closable = false): View {
  const keyboard = new InlineKeyboard();
  const fields: readonly QualifierField[] = closable ? [...EDITABLE, "close"] : EDITABLE;
  fields.forEach((field, i) => {
    keyboard.text(rc.t("aq-field", { field }), qualifierFieldButton.encode({ field }));
    if (i % 2 === 1) keyboard.row();
  });
  return { text: joinHtml([t(rc, key, { id: q.id }), qualifierEntry(rc, q, null)], "\n\n"), keyboard };
}

/** The events staff may pick: the latest first, each by its name and days. */
export function qualifierPickView(rc: RenderContext, events: readonly Qualifier[], key: string): View {
  const keyboard = new InlineKeyboard();
  for (const q of events)
    keyboard
      .text(
        clip(`#${q.id} ${inLang(q.name, rc.lang)} · ${qualifierDates(rc, q)}`, 60),
        qualifierAnswerButton.encode({ field: "event", value: q.id }),
      )
      .row();
  return { text: t(rc, key), keyboard };
}

/** Before → after, and Save. */
export function qualifierConfirmView(rc: RenderContext, before: Qualifier, after: Qualifier): View {
  const keyboard = new InlineKeyboard().text(rc.t("aq-save"), qualifierActionButton.encode({ action: "save" }));
  return {
    text: joinHtml([t(rc, "eq-before"), qualifierEntry(rc, before, null), t(rc, "eq-after"), qualifierEntry(rc, after, null)], "\n\n"),
    keyboard,
  };
}

/** The licenses of the Games and sport to pick as won there: ticked ones marked, then Done. */
export function closeLicensesView(rc: RenderContext, q: Qualifier, licenses: readonly License[], picked: readonly number[]): View {
  const keyboard = new InlineKeyboard();
  for (const l of licenses) {
    const mark = picked.includes(l.id) ? "✅ " : "";
    const label = `${mark}${whoText(rc, l.athletes, l.team)}${l.wonOn ? ` · ${formatDate(l.wonOn, rc.lang)}` : ""}`;
    keyboard.text(clip(label, 60), qualifierAnswerButton.encode({ field: "license", value: l.id })).row();
  }
  keyboard.text(rc.t("cq-done", { picked: picked.length }), qualifierActionButton.encode({ action: "done" }));
  return { text: t(rc, "cq-licenses", { name: inLang(q.name, rc.lang), count: licenses.length }), keyboard };
}

/** cq-ahead's arguments: the event not begun yet, by its name and first day. */
export function closeAheadArgs(rc: RenderContext, q: Pick<Qualifier, "id" | "name" | "firstDay">): TArgs {
  return { id: q.id, name: inLang(q.name, rc.lang), day: formatDate(q.firstDay, rc.lang) };
}

/** The summary subscribers will get, and how many chats follow the sport; Close. */
export function closeConfirmView(rc: RenderContext, games: Games, after: Qualifier, next: Qualifier | null, chats: number): View {
  const summary = qualifierSummaryView(rc, games, after, next);
  const keyboard = new InlineKeyboard().text(rc.t("cq-close"), qualifierActionButton.encode({ action: "save" }));
  return { text: joinHtml([t(rc, "cq-preview", { chats }), summary.text], "\n\n"), keyboard };
}
