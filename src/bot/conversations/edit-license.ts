// /editlicense: the staff conversation that corrects one field of a license, or one form of an
// athlete's name, one step at a time (staff-flow.ts handles the turns): the license, the field
// (and for a name, which form), the new value (checked as /addlicense checks it), then before →
// after and Save. A correction never re-alerts; one that someone else made meanwhile is never
// overwritten (the license is shown again as it is now).
import { applyLicenseEdit, editedPart, type LicenseEdit, recentLicenses, renameAthleteForm } from "../../domain/license-corrections.js";
import { findLicense } from "../../domain/licenses.js";
import type { Athlete } from "../../domain/types.js";
import type { Lang } from "../../lib/languages.js";
import { isLatin } from "../../lib/transliterate.js";
import {
  type EditAction,
  type EditField,
  editActionButton,
  editAthleteButton,
  editFieldButton,
  editNameFormButton,
  editPickButton,
} from "../callback-data/license-corrections.js";
import { type BotContext, renderContextOf } from "../context.js";
import {
  cardOf,
  editConfirmView,
  editFieldsView,
  editNameFormView,
  editPickView,
  editValueView,
  fieldsOf,
  fieldValue,
  type LicenseCard,
  type NewValue,
  type Target,
  textOf,
} from "../views/license-corrections.js";
import { messageView } from "../views/view.js";
import { checkAthleteNames, checkName, checkPlaces, checkSource, checkText, checkWonOn } from "./license-input.js";
import { givenRow, type RowPick, rowStep } from "./pick-row.js";
import { type FlowTexts, hint, ok, type Reading, type Step, staffConversation, staffId } from "./staff-flow.js";

export const EDIT_LICENSE = "editlicense";

const TEXTS: FlowTexts = { idle: "el-idle", cancelled: "el-cancelled", busy: "el-busy", backFirst: "el-back-first", failed: "el-failed" };

/**
 * `given`: what followed the command (`/editlicense 42`, `#42`), as typed: a string, so the plugin
 * stores and replays it as it is (JSON has no NaN).
 */
export const editLicense = staffConversation(TEXTS, async (flow, given = "") => {
  const licenseId = (await givenRow(flow, given, LICENSE_PICK)) ?? (await flow.ask(rowStep(LICENSE_PICK)));
  for (;;) {
    // Read again each time: what the editor picks from is the license as it is now.
    const card = await flow.external((o) => loadCard(o, licenseId));
    if (!card) return flow.end("cl-gone", { id: String(licenseId) });
    const picked = await flow.ask(targetStep(card));
    const target: Target = picked.kind === "name" ? { ...picked, form: await flow.ask(formStep(card, picked.athleteId)) } : picked;
    const value = await flow.ask(valueStep(card, target));
    const action = await flow.ask(confirmStep(card, target, value));
    const result = await flow.external(async (o) => {
      const outcome = await save(o, card, target, value, action);
      o.logger.info({ licenseId, by: staffId(o), target, result: outcome }, "license correction");
      return outcome;
    });
    const id = String(licenseId);
    if (result === "saved") return flow.end("el-saved", { id });
    if (result === "gone") return flow.end(target.kind === "name" ? "el-athlete-gone" : "cl-gone", { id });
    // Someone changed it since it was shown (or left the athlete nameless): the license as it is now.
    await flow.say((o) => messageView(renderContextOf(o), result === "empty" ? "el-name-empty" : "el-changed", { id }));
  }
});

/** The license to correct, with its Games, read fresh; null when there is none (or it was removed). */
async function loadCard(o: BotContext, licenseId: number): Promise<LicenseCard | null> {
  const found = await findLicense(o.db, licenseId);
  return found ? cardOf(found) : null;
}

const athleteOf = (card: LicenseCard, target: Target): Athlete | undefined =>
  target.kind === "name" ? card.license.athletes.find((a) => a.id === target.athleteId) : undefined;

// --- the steps -----------------------------------------------------------------------------

/** Which license: one of the latest as buttons, or its id. */
const LICENSE_PICK: RowPick = {
  ask: async (o) => editPickView(renderContextOf(o), (await recentLicenses(o.db, 8)).map(cardOf)),
  pressed: (data) => editPickButton.decode(data)?.licenseId,
  exists: async (o, id) => (await loadCard(o, id)) !== null,
  hints: { bad: "el-id-bad", missing: "cl-not-found", busy: TEXTS.busy },
};

type Picked = { kind: "field"; field: EditField } | { kind: "name"; athleteId: number };

function targetStep(card: LicenseCard): Step<Picked> {
  return {
    initial: null,
    ask: (o) => editFieldsView(renderContextOf(o), card),
    read(_o, turn) {
      const field = editFieldButton.decode(turn.press)?.field;
      if (field !== undefined) return fieldsOf(card.license).includes(field) ? ok({ kind: "field", field }) : hint("el-needs-english");
      const athleteId = editAthleteButton.decode(turn.press)?.athleteId;
      if (athleteId !== undefined && card.license.athletes.some((a) => a.id === athleteId)) return ok({ kind: "name", athleteId });
      return hint("el-pick-field-hint");
    },
  };
}

function formStep(card: LicenseCard, athleteId: number): Step<Lang> {
  const athlete = card.license.athletes.find((a) => a.id === athleteId);
  return {
    initial: null,
    ask: (o) => (athlete ? editNameFormView(renderContextOf(o), athlete) : messageView(renderContextOf(o), "el-athlete-gone")),
    read(_o, turn) {
      const form = editNameFormButton.decode(turn.press)?.form;
      return form === undefined ? hint("el-pick-form-hint") : ok(form);
    },
  };
}

function valueStep(card: LicenseCard, target: Target): Step<NewValue> {
  return {
    initial: null,
    ask: (o) => editValueView(renderContextOf(o), card, target, athleteOf(card, target)),
    read: (o, turn) => readValue(o, card, target, turn.text, turn.press, turn.now),
  };
}

type SaveAction = Extract<EditAction, "save" | "keep" | "drop">;

function confirmStep(card: LicenseCard, target: Target, value: NewValue): Step<SaveAction> {
  return {
    initial: null,
    ask(o) {
      const rc = renderContextOf(o);
      const athlete = athleteOf(card, target);
      const before = target.kind === "name" ? (athlete?.name[target.form ?? "en"] ?? "—") : fieldValue(rc, card.license, target.field);
      return editConfirmView(rc, card, target, athlete, before, value);
    },
    read(_o, turn) {
      const action = editActionButton.decode(turn.press)?.action;
      return action === "save" || action === "keep" || action === "drop" ? ok(action) : hint(TEXTS.busy);
    },
  };
}

// --- reading a value, and saving it --------------------------------------------------------

async function readValue(
  o: BotContext,
  card: LicenseCard,
  target: Target,
  text: string | undefined,
  press: string | undefined,
  now: number,
): Promise<Reading<NewValue, null>> {
  const action = editActionButton.decode(press)?.action;
  if (press !== undefined && action === undefined) return hint(TEXTS.busy);
  const toConfirm = (value: NewValue, before: unknown, after: unknown): Reading<NewValue, null> =>
    JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? hint("el-same") : ok(value);

  if (target.kind === "name") {
    const athlete = athleteOf(card, target);
    const form = target.form ?? "en";
    if (!athlete) return hint("el-athlete-gone");
    if (action === "clear") {
      const others = (["en", "ru", "kk"] as const).filter((f) => f !== form && athlete.name[f]);
      if (others.length === 0) return hint("el-name-empty");
      return toConfirm({ kind: "text", value: null }, athlete.name[form], null);
    }
    const checked = checkName(text);
    if (!checked.ok) return checked;
    return toConfirm({ kind: "text", value: checked.value }, athlete.name[form], checked.value);
  }

  const field = target.field;
  const license = card.license;
  const translated = textOf(field);
  if (translated) {
    if (translated.lang !== "en" && !license[translated.key]) return hint("el-needs-english");
    const before = license[translated.key]?.[translated.lang];
    if (action === "clear") return toConfirm({ kind: "text", value: null }, before, null);
    const checked = checkText(text);
    if (!checked.ok) return checked;
    // The English is what every language falls back to: Latin letters, as /addlicense asks.
    if (translated.lang === "en" && !isLatin(checked.value)) return hint("al-translation-en-bad");
    return toConfirm({ kind: "text", value: checked.value }, before, checked.value);
  }
  switch (field) {
    case "date": {
      const relative = action === "today" || action === "yesterday" ? action : undefined;
      const checked = checkWonOn({ text, relative }, now, o.config.displayTz, card.games.closesOn);
      if (!checked.ok) return checked;
      return toConfirm({ kind: "date", value: checked.value }, license.wonOn, checked.value);
    }
    case "places": {
      const checked = checkPlaces(text);
      if (!checked.ok) return checked;
      return toConfirm({ kind: "places", value: checked.value }, license.quotaPlaces, checked.value);
    }
    case "source": {
      if (action === "clear") return toConfirm({ kind: "text", value: null }, license.source, null);
      const checked = checkSource(text, "el-source-bad");
      if (!checked.ok) return checked;
      return toConfirm({ kind: "text", value: checked.value }, license.source, checked.value);
    }
    default: {
      const before = license.athletes.map((a) => a.id);
      if (action === "team") return toConfirm({ kind: "athletes", value: [] }, before, []);
      const checked = checkAthleteNames(text, [...(await o.readModel.current()).athletes.values()], o.lang);
      if (!checked.ok) return checked;
      const value = checked.value.map((a) => ("known" in a ? a.known : { id: null, name: a.name }));
      const after = value.some((a) => a.id === null) ? null : value.map((a) => a.id);
      return toConfirm({ kind: "athletes", value }, before, after);
    }
  }
}

/** Saves the correction, if the license (or name) still holds what the editor saw. */
function save(o: BotContext, card: LicenseCard, target: Target, value: NewValue, action: SaveAction) {
  const at = o.clock();
  if (target.kind === "name") {
    const athlete = athleteOf(card, target);
    if (!athlete) return "gone" as const;
    const text = value.kind === "text" ? value.value : null;
    return renameAthleteForm(o.readModel, staffId(o), athlete.id, target.form ?? "en", text, athlete.name, at);
  }
  const edit = toEdit(target.field, value, action === "keep");
  return applyLicenseEdit(o.readModel, staffId(o), card.license.id, edit, editedPart(card.license, edit.field), at);
}

/** A field and its new value as the domain's correction. */
function toEdit(field: EditField, value: NewValue, keepTranslations: boolean): LicenseEdit {
  const text = textOf(field);
  if (text) return { field: text.key, lang: text.lang, value: value.kind === "text" ? value.value : null, keepTranslations };
  switch (field) {
    case "date":
      return { field: "wonOn", value: value.kind === "date" ? value.value : "" };
    case "places":
      return { field: "quotaPlaces", value: value.kind === "places" ? value.value : 0 };
    case "source":
      return { field: "source", value: value.kind === "text" ? value.value : null };
    default:
      return {
        field: "athletes",
        athletes: value.kind === "athletes" ? value.value.map((a) => (a.id === null ? { name: a.name } : { id: a.id })) : [],
      };
  }
}
