// /editlicense: the staff conversation that corrects one field of a license, or one form of an
// athlete's name (@grammyjs/conversations v2, next to /addlicense and on the same storage).
//
// Replay safety, as in add-license.ts: the plugin replays this function from the start on every
// update, so everything that decides the flow comes from the updates themselves or from
// `conversation.external`, which records it: every database read and write, every clock reading,
// every message sent and every callback answered. What `external` returns is made plain JSON at
// once (`plain`), so a replay after a restart, which reads it back from JSON, sees the same values.
// The flow is a small state machine: pick a license, a field (and for a name, which form), the new
// value (checked as /addlicense checks it), then before → after and Save. /back pops the steps
// taken, /cancel leaves, 30 minutes without an answer end it. A correction never re-alerts.

import { parseRowId } from "../../domain/ids.js";
import { applyLicenseEdit, editedPart, type LicenseEdit, recentLicenses, renameAthleteForm } from "../../domain/license-corrections.js";
import { findLicense } from "../../domain/licenses.js";
import type { Athlete } from "../../domain/types.js";
import type { Lang } from "../../lib/languages.js";
import {
  type EditField,
  editActionButton,
  editAthleteButton,
  editFieldButton,
  editNameFormButton,
  editPickButton,
} from "../callback-data/license-corrections.js";
import type { BotContext } from "../context.js";
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
import { type RenderContext, renderContext } from "../views/render-context.js";
import { messageView } from "../views/view.js";
import { checkAthleteNames, checkName, checkPlaces, checkSource, checkText, checkWonOn } from "./license-input.js";
import { type StaffConversation, staffTurns } from "./staff-turns.js";

export const EDIT_LICENSE = "editlicense";

type Step = "license" | "field" | "form" | "value" | "confirm";

/** Everything the conversation knows so far; plain JSON. */
interface EditDraft {
  card: LicenseCard | null;
  target: Target | null;
  value: NewValue | null;
}

type Outcome = { next: Step; patch: Partial<EditDraft> } | { hint: string; args?: Record<string, string | number> };

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The license to correct, with its Games, read fresh; null when there is none (or it was removed). */
async function loadCard(o: BotContext, licenseId: number): Promise<LicenseCard | null> {
  const found = await findLicense(o.db, licenseId);
  return found ? plain(cardOf(found)) : null;
}

const athleteOf = (card: LicenseCard | null, target: Target | null): Athlete | undefined =>
  target?.kind === "name" ? card?.license.athletes.find((a) => a.id === target.athleteId) : undefined;

/**
 * `given`: what followed the command (`/editlicense 42`, `#42`), as typed: a string, so the
 * plugin stores and replays it as it is (JSON has no NaN).
 */
export async function editLicense(conversation: StaffConversation, ctx: BotContext, given = ""): Promise<void> {
  const env = await conversation.external((o) => ({ lang: o.lang, displayTz: o.config.displayTz, userId: o.from!.id }));
  const rcAt = (now: number): RenderContext => renderContext(ctx.i18n, env.lang as Lang, env, new Date(now));
  const turns = staffTurns(conversation);
  const { clock, send } = turns;

  const draft: EditDraft = { card: null, target: null, value: null };
  const history: Step[] = [];
  let step: Step = "license";
  let lastActive = await clock();

  if (given.trim() !== "") {
    const givenId = parseRowId(given.trim().replace(/^#/, ""));
    const card = givenId === null ? null : await conversation.external((o) => loadCard(o, givenId));
    if (card) {
      draft.card = card;
      step = "field";
    } else if (givenId === null) await send(messageView(rcAt(lastActive), "el-id-bad"));
    else await send(messageView(rcAt(lastActive), "cl-not-found", { id: String(givenId) }));
  }

  for (;;) {
    const rcNow = rcAt(lastActive);
    if (step === "license") {
      const cards = await conversation.external(async (o) => plain((await recentLicenses(o.db, 8)).map(cardOf)));
      await send(editPickView(rcNow, cards));
    } else if (step === "field") {
      // Read again each time: what the editor picks from is the license as it is now.
      const id = draft.card!.license.id;
      const card = await conversation.external((o) => loadCard(o, id));
      if (!card) {
        await send(messageView(rcNow, "cl-gone", { id: String(id) }));
        return;
      }
      draft.card = card;
      await send(editFieldsView(rcNow, card));
    } else if (step === "form") {
      await send(editNameFormView(rcNow, athleteOf(draft.card, draft.target)!));
    } else if (step === "value") {
      await send(editValueView(rcNow, draft.card!, draft.target!, athleteOf(draft.card, draft.target)));
    } else {
      await send(
        editConfirmView(rcNow, draft.card!, draft.target!, athleteOf(draft.card, draft.target), beforeText(rcNow, draft), draft.value!),
      );
    }

    const turn = await turns.answer(lastActive);
    if (turn.idle) {
      await send(messageView(rcAt(turn.now), "el-idle"));
      return;
    }
    const { now, text, press } = turn;
    lastActive = now;
    const rc = rcAt(now);
    const action = editActionButton.decode(press)?.action;

    if (text === "/cancel" || action === "cancel") {
      await send(messageView(rc, "el-cancelled"));
      return;
    }
    if (text === "/back") {
      const previous = history.pop();
      if (previous === undefined) await send(messageView(rc, "el-back-first"));
      else step = previous;
      continue;
    }
    if (text?.startsWith("/") || (text === undefined && press === undefined)) {
      await send(messageView(rc, "el-busy"));
      continue;
    }

    if (step === "confirm") {
      if (action !== "save" && action !== "keep" && action !== "drop") {
        await send(messageView(rc, "el-busy"));
        continue;
      }
      const card = draft.card!;
      const target = draft.target!;
      const value = draft.value!;
      const result = await conversation.external(async (o) => {
        const at = o.clock();
        if (target.kind === "name") {
          const athlete = athleteOf(card, target)!;
          const v = value.kind === "text" ? value.value : null;
          return renameAthleteForm(o.readModel, env.userId, athlete.id, target.form!, v, athlete.name, at);
        }
        return applyLicenseEdit(
          o.readModel,
          env.userId,
          card.license.id,
          toEdit(target.field, value, action === "keep"),
          expectedOf(card, target),
          at,
        );
      });
      await conversation.external((o) =>
        o.logger.info({ licenseId: card.license.id, by: env.userId, target, result }, "license correction"),
      );
      const id = String(card.license.id);
      if (result === "saved") {
        await send(messageView(rc, "el-saved", { id }));
        return;
      }
      if (result === "gone") {
        await send(messageView(rc, target.kind === "name" ? "el-athlete-gone" : "cl-gone", { id }));
        return;
      }
      if (result === "empty") {
        await send(messageView(rc, "el-name-empty"));
        step = "value";
        continue;
      }
      // Someone changed it since it was shown: show the license as it is now, and start from the field.
      await send(messageView(rc, "el-changed", { id }));
      history.length = 0;
      history.push("license");
      step = "field";
      continue;
    }

    const asked = step;
    const current = plain(draft);
    const outcome: Outcome = await conversation.external(
      async (o): Promise<Outcome> => plain(await answerStep(o, current, asked, text, press, now)),
    );
    if ("hint" in outcome) {
      await send(messageView(rc, outcome.hint, outcome.args));
      continue;
    }
    Object.assign(draft, outcome.patch);
    history.push(step);
    step = outcome.next;
  }
}

/** The field's value now, as the confirmation shows it. */
function beforeText(rc: RenderContext, draft: EditDraft): string {
  const target = draft.target!;
  if (target.kind === "name") return athleteOf(draft.card, target)?.name[target.form ?? "en"] ?? "—";
  return fieldValue(rc, draft.card!.license, target.field);
}

/** What the editor saw of the field, compared again when saving. */
function expectedOf(card: LicenseCard, target: { field: EditField }): unknown {
  return editedPart(card.license, toEdit(target.field, { kind: "text", value: null }, false).field);
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

/** Applies one answer, or says why it does not fit. */
async function answerStep(
  o: BotContext,
  draft: EditDraft,
  step: Exclude<Step, "confirm">,
  text: string | undefined,
  press: string | undefined,
  now: number,
): Promise<Outcome> {
  switch (step) {
    case "license": {
      const picked = editPickButton.decode(press)?.licenseId;
      const id = picked ?? (text !== undefined ? parseRowId(text.replace(/^#/, "")) : null);
      if (id === null || id === undefined) return { hint: press !== undefined ? "el-busy" : "el-id-bad" };
      const card = await loadCard(o, id);
      if (!card) return { hint: "cl-not-found", args: { id: String(id) } };
      return { next: "field", patch: { card, target: null, value: null } };
    }
    case "field": {
      const card = draft.card!;
      const field = editFieldButton.decode(press)?.field;
      if (field !== undefined) {
        if (!fieldsOf(card.license).includes(field)) return { hint: "el-needs-english" };
        return { next: "value", patch: { target: { kind: "field", field }, value: null } };
      }
      const athleteId = editAthleteButton.decode(press)?.athleteId;
      if (athleteId !== undefined && card.license.athletes.some((a) => a.id === athleteId)) {
        return { next: "form", patch: { target: { kind: "name", athleteId, form: null }, value: null } };
      }
      return { hint: "el-pick-field-hint" };
    }
    case "form": {
      const form = editNameFormButton.decode(press)?.form;
      if (form === undefined || draft.target?.kind !== "name") return { hint: "el-pick-form-hint" };
      return { next: "value", patch: { target: { ...draft.target, form }, value: null } };
    }
    case "value":
      return answerValue(o, draft, text, press, now);
  }
}

async function answerValue(
  o: BotContext,
  draft: EditDraft,
  text: string | undefined,
  press: string | undefined,
  now: number,
): Promise<Outcome> {
  const card = draft.card!;
  const target = draft.target!;
  const action = editActionButton.decode(press)?.action;
  if (press !== undefined && action === undefined) return { hint: "el-busy" };
  const toConfirm = (value: NewValue, before: unknown, after: unknown): Outcome =>
    JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? { hint: "el-same" } : { next: "confirm", patch: { value } };

  if (target.kind === "name") {
    const athlete = athleteOf(card, target);
    const form = target.form ?? "en";
    if (!athlete) return { hint: "el-athlete-gone" };
    if (action === "clear") {
      const others = (["en", "ru", "kk"] as const).filter((f) => f !== form && athlete.name[f]);
      if (others.length === 0) return { hint: "el-name-empty" };
      return toConfirm({ kind: "text", value: null }, athlete.name[form], null);
    }
    const checked = checkName(text);
    if (!checked.ok) return checked;
    return toConfirm({ kind: "text", value: checked.value }, athlete.name[form], checked.value);
  }

  const field = target.field;
  const license = card.license;
  const text_ = textOf(field);
  if (text_) {
    if (text_.lang !== "en" && !license[text_.key]) return { hint: "el-needs-english" };
    const before = license[text_.key]?.[text_.lang];
    if (action === "clear") return toConfirm({ kind: "text", value: null }, before, null);
    const checked = checkText(text);
    if (!checked.ok) return checked;
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
