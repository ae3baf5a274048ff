// /editresult: the staff conversation that corrects one part of a result (the medal or placing,
// the event, who got it, the date, the source, the note), one step at a time (staff-flow.ts
// handles the turns): the result, the part, its new value asked by the very steps /addresult asks
// it with (add-result.ts), then before → after and Save. A correction someone else made meanwhile
// is never overwritten (the result is shown again as it is now). When the result's alert had
// already reached chats, the reply offers to send them a short correction (never a silent change);
// an alert still waiting carries the corrected result when it goes.

import { resultById } from "../../domain/fan-data.js";
import { stableJson } from "../../domain/license-corrections.js";
import {
  alertProgress,
  type ResultPart,
  type ResultPatch,
  recentResultIds,
  resultPart,
  editResult as saveEdit,
} from "../../domain/result-records.js";
import { editResultFieldButton, editResultPickButton, editResultSaveButton, resultActionButton } from "../callback-data/add-result.js";
import { type BotContext, renderContextOf } from "../context.js";
import {
  changedResult,
  editResultConfirmView,
  editResultFieldsView,
  editResultHeader,
  editResultPickView,
  editResultSavedView,
  type ResultChange,
  type ResultEditCard,
} from "../views/result-corrections.js";
import { outcomeOf, type QuestionHeader, resultGamesRef, resultQuestionView } from "../views/result-draft.js";
import { messageView } from "../views/view.js";
import {
  askOutcome,
  askTranslated,
  askWho,
  checkRequiredText,
  dateStep,
  sourceStep,
  type TypedText,
  teamName,
  typedTextStep,
  whoFields,
} from "./add-result.js";
import { MAX_NOTE, nameForm } from "./license-input.js";
import { givenRow, type RowPick, rowStep } from "./pick-row.js";
import { type FlowTexts, hint, ok, type StaffFlow, type Step, staffConversation, staffId } from "./staff-flow.js";

export const EDIT_RESULT = "editresult";

const TEXTS: FlowTexts = { idle: "er-idle", cancelled: "el-cancelled", busy: "er-busy", backFirst: "el-back-first", failed: "er-failed" };

/**
 * `given`: what followed the command (`/editresult 20`, `#20`), as typed: a string, so the plugin
 * stores and replays it as it is.
 */
export const editResult = staffConversation(TEXTS, async (flow, given = "") => {
  const resultId = (await givenRow(flow, given, RESULT_PICK)) ?? (await flow.ask(rowStep(RESULT_PICK)));
  const id = String(resultId);
  for (;;) {
    // Read again each time: what the editor picks from is the result as it is now.
    const card = await flow.external((o) => loadCard(o, resultId));
    if (!card) return flow.end("er-gone", { id });
    const part = await flow.ask(partStep(card));
    const change = await askChange(flow, card, part);
    const unchanged = await flow.external(
      (o) => stableJson(resultPart(changedResult(card.result, change, teamName(o)), part)) === stableJson(resultPart(card.result, part)),
    );
    if (unchanged) {
      await flow.say((o) => messageView(renderContextOf(o), "er-same"));
      continue;
    }
    await flow.ask(confirmStep(card, change));
    const saved = await flow.external(async (o) => {
      const outcome = await saveEdit(o.readModel, staffId(o), card.result.id, toPatch(o, change), o.clock(), {
        part,
        value: resultPart(card.result, part),
      });
      o.logger.info({ resultId: card.result.id, by: staffId(o), part, outcome }, "result correction");
      // Counted after the save: an alert still waiting may have gone to other chats since.
      return { outcome, progress: outcome === "saved" ? await alertProgress(o.db, card.result.id) : null };
    });
    if (saved.outcome === "saved") {
      await flow.say((o) => editResultSavedView(renderContextOf(o), card.result.id, part, saved.progress));
      return;
    }
    if (saved.outcome === "gone") return flow.end("er-gone", { id });
    // Someone changed it since it was shown: the result as it is now.
    await flow.say((o) => messageView(renderContextOf(o), "er-changed", { id }));
  }
});

/** The result to correct, as fans see it now, with its Games; null when there is none (or it was removed). */
async function loadCard(o: BotContext, resultId: number): Promise<ResultEditCard | null> {
  const found = resultById(await o.readModel.current(), resultId);
  return found ? { result: found.result, games: resultGamesRef(found.games) } : null;
}

// --- the steps -----------------------------------------------------------------------------

/** Which result: one of the latest as buttons, or its id. */
const RESULT_PICK: RowPick = {
  async ask(o) {
    const data = await o.readModel.current();
    const cards = (await recentResultIds(o.db, 8)).map((id) => resultById(data, id)).filter((c) => c !== null);
    return editResultPickView(renderContextOf(o), cards);
  },
  pressed: (data) => editResultPickButton.decode(data)?.resultId,
  exists: async (o, id) => (await loadCard(o, id)) !== null,
  hints: { bad: "er-id-bad", missing: "rr-not-found", busy: TEXTS.busy },
};

function partStep(card: ResultEditCard): Step<ResultPart> {
  return {
    initial: null,
    ask: (o) => editResultFieldsView(renderContextOf(o), card),
    read(_o, turn) {
      const part = editResultFieldButton.decode(turn.press)?.part;
      return part === undefined ? hint("er-pick-field-hint") : ok(part);
    },
  };
}

/** The new value of one part, asked by /addresult's own step for it, under what it is now. */
async function askChange(flow: StaffFlow, card: ResultEditCard, part: ResultPart): Promise<ResultChange> {
  const header = editResultHeader(card, part);
  const r = card.result;
  switch (part) {
    case "outcome":
      return { part, outcome: await askOutcome(flow, header, r.placing) };
    case "event":
      return { part, event: await askTranslated(flow, "event", await flow.ask(typedTextStep("event", header)), r.event) };
    case "who":
      return { part, who: await askWho(flow, card.games, r.sport, header) };
    case "wonOn":
      return { part, wonOn: await flow.ask(dateStep(card.games, header)) };
    case "source":
      return { part, source: await flow.ask(sourceStep({ header, current: r.source })) };
    case "note": {
      const typed = await flow.ask(noteStep(header, r.note !== null));
      return { part, note: typed === null ? null : await askTranslated(flow, "note", typed, r.note) };
    }
  }
}

/** The note (not asked by /addresult): typed in any of the three languages, or Clear to remove it. */
function noteStep(header: QuestionHeader, clearable: boolean): Step<TypedText | null> {
  return {
    initial: null,
    ask(o) {
      const rc = renderContextOf(o);
      return resultQuestionView(rc, "note", { header: header(rc), empty: clearable ? "clear" : "none" });
    },
    read(o, turn) {
      if (clearable && resultActionButton.decode(turn.press)?.action === "skip") return ok(null);
      const checked = checkRequiredText(turn.text, MAX_NOTE);
      return checked.ok ? ok(nameForm(checked.value, o.lang)) : checked;
    },
  };
}

function confirmStep(card: ResultEditCard, change: ResultChange): Step<true> {
  return {
    initial: null,
    async ask(o) {
      return editResultConfirmView(renderContextOf(o), card, change, teamName(o), await alertProgress(o.db, card.result.id));
    },
    read: (_o, turn) => (editResultSaveButton.decode(turn.press) ? ok(true) : hint(TEXTS.busy)),
  };
}

/** A change as the domain's patch. */
function toPatch(o: BotContext, change: ResultChange): ResultPatch {
  switch (change.part) {
    case "outcome":
      return outcomeOf(change.outcome);
    case "event":
      return { event: change.event };
    case "who":
      return whoFields(o, change.who);
    case "wonOn":
      return { wonOn: change.wonOn };
    case "source":
      return { source: change.source };
    case "note":
      return { note: change.note };
  }
}
