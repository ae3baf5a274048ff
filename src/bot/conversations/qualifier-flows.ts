// /addqualifier, /editqualifier and /closequalifier: the staff conversations for qualification
// events (qualifier-steps.ts asks each field). Adding saves once per draft (Save pressed twice, or
// replayed after a crash, finds the event saved the first time); editing shows before → after and
// saves audited, unless someone changed the event meanwhile; closing picks the licenses won there,
// shows the summary subscribers will get and to how many chats, and closes it with Undo under it.
import { randomUUID } from "node:crypto";
import { InlineKeyboard } from "grammy";

import { countAudience } from "../../domain/broadcasts.js";
import { sportLicenses } from "../../domain/fan-data.js";
import { stableJson } from "../../domain/license-corrections.js";
import { addQualifier, closeQualifier, editQualifier } from "../../domain/qualifier-records.js";
import { closable, hasBegun, nextChance, qualifierById } from "../../domain/qualifiers.js";
import type { Games, Qualifier } from "../../domain/types.js";
import {
  type QualifierField,
  qualifierActionButton,
  qualifierAnswerButton,
  recordLicenseButton,
  reopenQualifierButton,
} from "../callback-data/qualifier-staff.js";
import { type BotContext, renderContextOf } from "../context.js";
import { type TArgs, t } from "../i18n.js";
import {
  closeAheadArgs,
  closeConfirmView,
  closeLicensesView,
  qualifierConfirmView,
  qualifierPickView,
  qualifierPreviewView,
} from "../views/qualifier-draft.js";
import { messageView } from "../views/view.js";
import { givenRow, type RowPick, rowStep } from "./pick-row.js";
import {
  askEntries,
  askField,
  askName,
  askPlace,
  daysStep,
  draftFields,
  draftOf,
  draftQualifier,
  fieldStep,
  gamesStep,
  type QualifierDraft,
  qualifierSourceStep,
  quotaStep,
  sportStep,
  zoneStep,
} from "./qualifier-steps.js";
import { again, type FlowTexts, hint, ok, type StaffFlow, type Step, staffConversation, staffId } from "./staff-flow.js";

export const ADD_QUALIFIER = "addqualifier";
export const EDIT_QUALIFIER = "editqualifier";
export const CLOSE_QUALIFIER = "closequalifier";

const TEXTS: FlowTexts = { idle: "aq-idle", cancelled: "aq-cancelled", busy: "aq-busy", backFirst: "al-back-first", failed: "aq-failed" };
const RECENT = 8;

export const addQualifierFlow = staffConversation(TEXTS, async (flow) => {
  const draftKey = await flow.external(() => randomUUID());
  const games = await flow.ask(gamesStep());
  const sport = await flow.ask(sportStep(games));
  const name = await askName(flow);
  const city = await askPlace(flow);
  const hostTz = await flow.ask(zoneStep(games, city));
  const days = await flow.ask(daysStep());
  const quotaPlaces = await flow.ask(quotaStep());
  const who = await askEntries(flow, games, sport);
  const source = await flow.ask(qualifierSourceStep());
  let draft: QualifierDraft = {
    games,
    sport,
    name,
    event: null,
    place: city ? { city, country: null } : null,
    hostTz,
    ...days,
    quotaPlaces,
    who,
    source,
  };
  for (;;) {
    const choice = await flow.ask(previewStep(draft));
    if (choice === "change") {
      const field = await flow.ask(fieldStep((o) => draftQualifier(o, draft), "aq-change-which"));
      draft = await askField(flow, draft, field);
      continue;
    }
    const saving = await flow.attempt(async (o) => {
      const saved = await addQualifier(o.readModel, staffId(o), { ...draftFields(draft), draftKey }, o.clock());
      o.logger.info({ ...saved, by: staffId(o) }, "qualification event added");
      return saved;
    });
    if (!saving.ok) {
      await flow.say((o) => messageView(renderContextOf(o), "aq-save-failed", { reason: saving.reason }));
      continue;
    }
    const { qualifierId, already } = saving.value;
    return flow.end(already ? "aq-saved-already" : "aq-saved", { id: qualifierId });
  }
});

function previewStep(draft: QualifierDraft): Step<"save" | "change"> {
  return {
    initial: null,
    ask(o) {
      return qualifierPreviewView(renderContextOf(o), draftQualifier(o, draft), draft.games);
    },
    read(_o, turn) {
      const action = qualifierActionButton.decode(turn.press)?.action;
      return action === "save" || action === "change" ? ok(action) : hint(TEXTS.busy);
    },
  };
}

// --- /editqualifier ----------------------------------------------------------------------------

/** An event as it is now, with its Games; null once removed or unknown. */
async function loadEvent(o: BotContext, id: number): Promise<{ qualifier: Qualifier; games: Games } | null> {
  const data = await o.readModel.current();
  const qualifier = qualifierById(data, id);
  const games = qualifier ? data.catalog.games.find((g) => g.id === qualifier.gamesId) : undefined;
  return qualifier && games ? { qualifier, games } : null;
}

/** Why an event may not be closed yet (the cq-ahead hint's arguments, in the staff member's language); null once it has begun. */
function notBegun(o: BotContext, q: Qualifier): TArgs | null {
  return hasBegun(q, o.clock()) ? null : closeAheadArgs(renderContextOf(o), q);
}

/** Which event: the latest added (or, to close, the latest open and begun), or its id. */
function eventPick(key: string, closing: boolean): RowPick {
  return {
    async ask(o) {
      const now = o.clock();
      const events = [...(await o.readModel.current()).qualifiers]
        .filter((q) => !closing || closable(q, now))
        .sort((a, b) => b.id - a.id)
        .slice(0, RECENT);
      return qualifierPickView(renderContextOf(o), events, events.length > 0 ? key : closing ? "cq-none" : "eq-none");
    },
    pressed: (data) => {
      const a = qualifierAnswerButton.decode(data);
      return a?.field === "event" && a.value !== null ? a.value : undefined;
    },
    exists: async (o, id) => (await loadEvent(o, id)) !== null,
    async refusal(o, id) {
      const shown = closing ? await loadEvent(o, id) : null;
      const args = shown && notBegun(o, shown.qualifier);
      return args ? { key: "cq-ahead", args } : null;
    },
    hints: { bad: "eq-id-bad", missing: "eq-missing", busy: TEXTS.busy },
  };
}

export const editQualifierFlow = staffConversation(TEXTS, async (flow, given = "") => {
  const pick = eventPick("eq-pick", false);
  const id = (await givenRow(flow, given, pick)) ?? (await flow.ask(rowStep(pick)));
  for (;;) {
    const shown = await flow.external((o) => loadEvent(o, id));
    if (!shown) return flow.end("eq-missing", { id });
    const before = shown.qualifier;
    const canClose = await flow.external((o) => closable(before, o.clock()));
    const field: QualifierField = await flow.ask(fieldStep(() => before, "eq-field", canClose));
    if (field === "close") return closeEvent(flow, id);
    const draft = await askField(flow, draftOf(before, shown.games), field);
    const after = await flow.external((o) => draftQualifier(o, draft, id));
    if (stableJson(draftFields(draft)) === stableJson(draftFields(draftOf(before, shown.games)))) {
      await flow.say((o) => messageView(renderContextOf(o), "eq-same"));
      continue;
    }
    await flow.ask(confirmStep(before, after));
    const saved = await flow.external(async (o) => {
      // Someone else's change since the event was shown is never overwritten: it is shown again as it is now.
      const now = await loadEvent(o, id);
      if (!now) return "gone";
      if (stableJson(now.qualifier) !== stableJson(before)) return "changed";
      const { gamesId: _g, sportId: _s, ...patch } = draftFields(draft);
      await editQualifier(o.readModel, staffId(o), id, patch, o.clock());
      o.logger.info({ qualifierId: id, by: staffId(o), field }, "qualification event edited");
      return "saved";
    });
    if (saved === "saved") return flow.end("eq-saved", { id });
    if (saved === "gone") return flow.end("eq-missing", { id });
    await flow.say((o) => messageView(renderContextOf(o), "eq-changed", { id }));
  }
});

function confirmStep(before: Qualifier, after: Qualifier): Step<true> {
  return {
    initial: null,
    ask: (o) => qualifierConfirmView(renderContextOf(o), before, after),
    read: (_o, turn) => (qualifierActionButton.decode(turn.press)?.action === "save" ? ok(true) : hint(TEXTS.busy)),
  };
}

// --- /closequalifier ---------------------------------------------------------------------------

export const closeQualifierFlow = staffConversation(TEXTS, async (flow, given = "") => {
  const pick = eventPick("cq-pick", true);
  const id = (await givenRow(flow, given, pick)) ?? (await flow.ask(rowStep(pick)));
  return closeEvent(flow, id);
});

/** Closing one event, from /closequalifier or from /editqualifier: the licenses won there, the summary previewed, Close, Undo. */
async function closeEvent(flow: StaffFlow, id: number) {
  const shown = await flow.external((o) => loadEvent(o, id));
  if (!shown) return flow.end("eq-missing", { id });
  if (shown.qualifier.closedAt !== null) return flow.end("cq-already", { id });
  // /editqualifier offers Close only once it has begun; a stale or forged press is refused here.
  const ahead = await flow.external((o) => notBegun(o, shown.qualifier));
  if (ahead) return flow.end("cq-ahead", ahead);
  const licenseIds = await flow.ask(licensesStep(shown.qualifier));
  await flow.ask(closeStep(shown.qualifier, shown.games, licenseIds));
  const closed = await flow.external(async (o) => {
    const outcome = await closeQualifier(o.readModel, staffId(o), id, o.clock(), {
      licenseIds,
      summaryAfterMs: o.config.alertDelaySec * 1000,
    });
    o.logger.info({ qualifierId: id, by: staffId(o), outcome }, "qualification event closed");
    return outcome;
  });
  if (closed.status === "ahead") {
    // Its first day was moved later since it was shown (by someone else, or an import): refused as above, with that day.
    const ahead = await flow.external((o) => closeAheadArgs(renderContextOf(o), { ...shown.qualifier, firstDay: closed.firstDay }));
    return flow.end("cq-ahead", ahead);
  }
  if (closed.status !== "closed") return flow.end(closed.status === "missing" ? "eq-missing" : "cq-already", { id });
  const chats = closed.summary?.audienceSize ?? 0;
  await flow.say((o) => {
    const rc = renderContextOf(o);
    const minutes = Math.ceil(o.config.alertDelaySec / 60);
    return {
      text: t(rc, "cq-closed", { id, licenses: closed.licenses, chats, minutes }),
      keyboard: new InlineKeyboard()
        .text(rc.t("cq-record"), recordLicenseButton.encode({ qualifierId: id }))
        .row()
        .text(rc.t("cq-undo"), reopenQualifierButton.encode({ qualifierId: id })),
    };
  });
}

/** The licenses of its Games and sport, to tick as won there (those linked already ticked); Done. */
function licensesStep(q: Qualifier): Step<number[], number[]> {
  const offered = async (o: BotContext) => sportLicenses(await o.readModel.current(), q.gamesId, q.sport.id).slice(0, 20);
  return {
    initial: q.licenses.map((l) => l.id),
    ask: async (o, picked) => closeLicensesView(renderContextOf(o), q, await offered(o), picked),
    async read(o, turn, picked) {
      if (qualifierActionButton.decode(turn.press)?.action === "done") return ok(picked);
      const a = qualifierAnswerButton.decode(turn.press);
      const licenseId = a?.field === "license" ? a.value : null;
      if (licenseId === null || !(await offered(o)).some((l) => l.id === licenseId)) return hint("cq-licenses-hint");
      return again(picked.includes(licenseId) ? picked.filter((x) => x !== licenseId) : [...picked, licenseId]);
    },
  };
}

/** The summary as subscribers will read it, and to how many chats; Close. */
function closeStep(q: Qualifier, games: Games, licenseIds: number[]): Step<true> {
  return {
    initial: null,
    async ask(o) {
      const data = await o.readModel.current();
      const licenses = data.licenses.filter((l) => licenseIds.includes(l.id));
      const next = nextChance(data, q.gamesId, q.sport, o.clock(), q.id);
      const chats = await countAudience(o.db, { type: "license", sport: q.sport, kind: games.kind });
      return closeConfirmView(renderContextOf(o), games, { ...q, licenses }, next, chats);
    },
    read: (_o, turn) => (qualifierActionButton.decode(turn.press)?.action === "save" ? ok(true) : hint(TEXTS.busy)),
  };
}
