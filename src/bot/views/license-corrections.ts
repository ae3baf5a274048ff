// The screens of /editlicense (pick a license, a field, the new value, confirm before → after)
// and /removelicense (pick, confirm), from plain data: the conversation keeps what they show as
// JSON, so the same screens render again after a replay or a restart.
import { InlineKeyboard } from "grammy";
import { athleteName } from "../../domain/athletes.js";
import type { Athlete, AthleteName, Games, License } from "../../domain/types.js";
import { inLang, type Lang, type Translated } from "../../lib/languages.js";
import {
  type EditAction,
  type EditField,
  editActionButton,
  editAthleteButton,
  editFieldButton,
  editNameFormButton,
  editPickButton,
  removeConfirmButton,
  removeKeepButton,
  removePickButton,
} from "../callback-data/license-corrections.js";
import { t } from "../i18n.js";
import { formatDate } from "../render/format.js";
import { clip, type Html, html, joinHtml } from "../render/html.js";
import { type GamesRef, gamesRef, gamesShortLabel, gamesTitle } from "./games.js";
import type { RenderContext } from "./render-context.js";
import { whoText } from "./results.js";
import type { View } from "./view.js";

/** A license as shown to the editor, with its Games. */
export interface LicenseCard {
  license: License;
  games: GamesRef;
}

export function cardOf(found: { license: License; games: Games }): LicenseCard {
  return { license: found.license, games: gamesRef(found.games) };
}

/** What is being corrected: a field of the license, or one form of an athlete's name (the form picked next). */
export type Target = { kind: "field"; field: EditField } | { kind: "name"; athleteId: number; form: Lang | null };

/** A new value, validated; null clears a text (or a form of a name). */
export type NewValue =
  | { kind: "text"; value: string | null }
  | { kind: "date"; value: string }
  | { kind: "places"; value: number }
  | { kind: "athletes"; value: (Athlete | { id: null; name: AthleteName })[] };

/** A text field's English and translations: "event-ru" → the event's Russian. */
export function textOf(field: EditField): { key: "event" | "howWon" | "note"; lang: Lang } | null {
  const [base, lang] = field.split("-") as [string, Lang | undefined];
  const key = base === "event" ? "event" : base === "how" ? "howWon" : base === "note" ? "note" : null;
  return key ? { key, lang: lang ?? "en" } : null;
}

/** The fields a license offers: translations only where the English text exists (a translation needs it). */
export function fieldsOf(license: License): EditField[] {
  const fields: EditField[] = ["event", "how", "date", "places", "source", "athletes", "note"];
  for (const [base, text] of [
    ["event", license.event],
    ["how", license.howWon],
    ["note", license.note],
  ] as const) {
    if (text) fields.push(`${base}-ru`, `${base}-kk`);
  }
  return fields;
}

/** "#42 Boxing · Nurbek Oralbay · Los Angeles 2028": a license as a button (plain text). */
export function licenseLabel(rc: RenderContext, card: LicenseCard): string {
  const who = clip(whoText(rc, card.license.athletes, card.license.team), 32);
  return rc.t("cl-license-button", {
    id: card.license.id,
    sport: card.license.sport.name[rc.lang],
    who,
    games: gamesShortLabel(rc, card.games),
  });
}

/** "License #42 — Boxing, Los Angeles 2028 Olympic Games" (HTML). */
export function licenseHeading(rc: RenderContext, card: LicenseCard): Html {
  return t(rc, "cl-license", { id: card.license.id, sport: card.license.sport.name[rc.lang], games: gamesTitle(rc, card.games) });
}

const action = (a: EditAction) => editActionButton.encode({ action: a });

function pickKeyboard(rc: RenderContext, cards: readonly LicenseCard[], data: (licenseId: number) => string): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const card of cards) keyboard.text(licenseLabel(rc, card), data(card.license.id)).row();
  return keyboard;
}

/** /editlicense: the recent licenses as buttons, or an id typed. */
export function editPickView(rc: RenderContext, cards: readonly LicenseCard[]): View {
  const keyboard = pickKeyboard(rc, cards, (licenseId) => editPickButton.encode({ licenseId }));
  return { text: t(rc, cards.length > 0 ? "el-pick" : "el-pick-none"), keyboard: keyboard };
}

const NONE = "—";

function textValue(text: Translated | null, lang: Lang): string {
  if (!text) return NONE;
  return text[lang] ?? NONE;
}

/** A field's value as the editor reads it (plain text, escaped where it is shown). */
export function fieldValue(rc: RenderContext, license: License, field: EditField): string {
  const text = textOf(field);
  if (text) return textValue(license[text.key], text.lang);
  switch (field) {
    case "date":
      return license.wonOn ? formatDate(license.wonOn, rc.lang) : NONE;
    case "places":
      return String(license.quotaPlaces);
    case "source":
      return license.source ?? NONE;
    default:
      return athletesValue(rc, license.athletes, license.team);
  }
}

function athletesValue(rc: RenderContext, athletes: readonly { name: AthleteName }[], team: Translated | null): string {
  if (athletes.length > 0) return athletes.map((a) => athleteName(a.name, rc.lang)).join(", ");
  return team ? inLang(team, rc.lang) : rc.t("cl-team");
}

/** A new value as the editor reads it. */
export function newValueText(rc: RenderContext, value: NewValue): string {
  switch (value.kind) {
    case "text":
      return value.value ?? NONE;
    case "date":
      return formatDate(value.value, rc.lang);
    case "places":
      return String(value.value);
    case "athletes":
      return athletesValue(rc, value.value, null);
  }
}

/** The license's every field as it is now, and a button per field (and per athlete, for their name). */
export function editFieldsView(rc: RenderContext, card: LicenseCard): View {
  const l = card.license;
  const translations = (key: "event" | "howWon" | "note") =>
    l[key] ? html` ${t(rc, "cl-translations", { ru: textValue(l[key], "ru"), kk: textValue(l[key], "kk") })}` : html``;
  const line = (field: EditField, extra: Html = html``) =>
    html`${t(rc, "cl-field-value", { field: rc.t("cl-field", { field }), value: fieldValue(rc, l, field) })}${extra}`;
  const lines = [
    licenseHeading(rc, card),
    line("athletes"),
    line("event", translations("event")),
    line("how", translations("howWon")),
    line("date"),
    line("places"),
    line("source"),
    line("note", translations("note")),
    html``,
    t(rc, "el-pick-field"),
  ];
  const keyboard = new InlineKeyboard();
  fieldsOf(l).forEach((field, i) => {
    keyboard.text(rc.t("cl-field", { field }), editFieldButton.encode({ field }));
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row();
  for (const a of l.athletes)
    keyboard
      .text(rc.t("el-name-button", { name: clip(athleteName(a.name, rc.lang), 40) }), editAthleteButton.encode({ athleteId: a.id }))
      .row();
  return { text: joinHtml(lines, "\n"), keyboard: keyboard };
}

/** Which form of an athlete's name: each as it is now. */
export function editNameFormView(rc: RenderContext, athlete: Athlete): View {
  const forms: Lang[] = ["en", "ru", "kk"];
  const lines = [
    t(rc, "el-name-forms", { name: athleteName(athlete.name, rc.lang) }),
    ...forms.map((form) => t(rc, "cl-field-value", { field: rc.t("cl-name-form", { form }), value: athlete.name[form] ?? NONE })),
  ];
  const keyboard = new InlineKeyboard();
  for (const form of forms) keyboard.text(rc.t("cl-name-form", { form }), editNameFormButton.encode({ form }));
  return { text: joinHtml(lines, "\n"), keyboard: keyboard.row() };
}

/** What is being changed, as a title: "Event (Russian)", "Latin name of Nurbek Oralbay". */
export function targetTitle(rc: RenderContext, target: Target, athlete: Athlete | undefined): string {
  if (target.kind === "field") return rc.t("cl-field", { field: target.field });
  return rc.t("cl-name-title", { form: target.form ?? "en", name: athlete ? athleteName(athlete.name, rc.lang) : "" });
}

/** The question for the new value, with the value now and the buttons the field takes. */
export function editValueView(rc: RenderContext, card: LicenseCard, target: Target, athlete: Athlete | undefined): View {
  const keyboard = new InlineKeyboard();
  let now: string;
  let ask: Html;
  if (target.kind === "name") {
    const form = target.form ?? "en";
    now = athlete?.name[form] ?? NONE;
    ask = t(rc, "el-ask-name", { form });
    const others = athlete ? (["en", "ru", "kk"] as const).filter((f) => f !== form && athlete.name[f]).length : 0;
    if (athlete?.name[form] && others > 0) keyboard.text(rc.t("el-clear"), action("clear")).row();
  } else {
    const field = target.field;
    now = fieldValue(rc, card.license, field);
    const text = textOf(field);
    if (text) {
      ask = t(rc, "el-ask-text", { lang: text.lang, max: 200 });
      if (card.license[text.key]?.[text.lang]) keyboard.text(rc.t("el-clear"), action("clear")).row();
    } else if (field === "date") {
      ask = t(rc, "el-ask-date");
      keyboard.text(rc.t("al-today"), action("today")).text(rc.t("al-yesterday"), action("yesterday")).row();
    } else if (field === "places") {
      ask = t(rc, "el-ask-places");
    } else if (field === "source") {
      ask = t(rc, "el-ask-source");
      if (card.license.source) keyboard.text(rc.t("el-clear"), action("clear")).row();
    } else {
      ask = t(rc, "el-ask-athletes");
      if (card.license.athletes.length > 0) keyboard.text(rc.t("cl-team"), action("team")).row();
    }
  }
  const lines = [
    html`${licenseHeading(rc, card)} · <b>${targetTitle(rc, target, athlete)}</b>`,
    t(rc, "el-now", { value: clip(now, 500) }),
    ask,
  ];
  return { text: joinHtml(lines, "\n"), keyboard: keyboard };
}

/**
 * Before → after, then Save. Replacing an English text that has translations asks whether they
 * stay (a small fix) or go (they translated the old text and would now say something else).
 */
export function editConfirmView(
  rc: RenderContext,
  card: LicenseCard,
  target: Target,
  athlete: Athlete | undefined,
  before: string,
  value: NewValue,
): View {
  const lines = [
    html`${licenseHeading(rc, card)} · <b>${targetTitle(rc, target, athlete)}</b>`,
    t(rc, "el-before", { value: clip(before, 500) }),
    t(rc, "el-after", { value: clip(newValueText(rc, value), 500) }),
  ];
  const keyboard = new InlineKeyboard();
  const text = target.kind === "field" ? textOf(target.field) : null;
  const current = text ? card.license[text.key] : null;
  const translated = text?.lang === "en" && current && (current.ru || current.kk) && value.kind === "text" && value.value !== null;
  if (translated) {
    lines.push(html``, t(rc, "el-translations-question", { ru: textValue(current, "ru"), kk: textValue(current, "kk") }));
    keyboard.text(rc.t("el-save-keep"), action("keep")).row().text(rc.t("el-save-drop"), action("drop")).row();
  } else {
    if (text?.lang === "en" && value.kind === "text" && value.value === null && current && (current.ru || current.kk)) {
      lines.push(t(rc, "el-clear-translations"));
    }
    keyboard.text(rc.t("el-save"), action("save")).row();
  }
  lines.push(t(rc, "el-no-alert"));
  return { text: joinHtml(lines, "\n"), keyboard: keyboard };
}

/** /removelicense: the recent licenses as buttons, or an id with the command. */
export function removePickView(rc: RenderContext, cards: readonly LicenseCard[]): View {
  if (cards.length === 0) return { text: t(rc, "rl-pick-none") };
  return { text: t(rc, "rl-pick"), keyboard: pickKeyboard(rc, cards, (licenseId) => removePickButton.encode({ licenseId })) };
}

/** "Remove license #42 …?" Yes / No; only `userId` may confirm. */
export function removeConfirmView(rc: RenderContext, card: LicenseCard, userId: number): View {
  const l = card.license;
  const lines = [
    t(rc, "rl-confirm", { id: l.id }),
    licenseHeading(rc, card),
    t(rc, "cl-field-value", { field: rc.t("cl-field", { field: "athletes" }), value: fieldValue(rc, l, "athletes") }),
  ];
  if (l.event) lines.push(t(rc, "cl-field-value", { field: rc.t("cl-field", { field: "event" }), value: inLang(l.event, rc.lang) }));
  if (l.wonOn) lines.push(t(rc, "cl-field-value", { field: rc.t("cl-field", { field: "date" }), value: formatDate(l.wonOn, rc.lang) }));
  lines.push(html``, t(rc, "rl-confirm-note"));
  const keyboard = new InlineKeyboard()
    .text(rc.t("rl-yes"), removeConfirmButton.encode({ licenseId: l.id, userId }))
    .text(rc.t("rl-no"), removeKeepButton.encode({ licenseId: l.id }));
  return { text: joinHtml(lines, "\n"), keyboard };
}
