// The first question of a staff flow that works on one row that exists (/editlicense, /editresult):
// which one, named with the command (`/editresult 20`, `#20`), typed, or tapped among the latest.
// An id that names nothing (mistyped, removed meanwhile, a forged button) is refused with a hint.
import { parseRowId } from "../../domain/ids.js";
import { type BotContext, renderContextOf } from "../context.js";
import type { TArgs } from "../i18n.js";
import { messageView, type View } from "../views/view.js";
import { hint, ok, type StaffFlow, type Step } from "./staff-flow.js";

/** How a flow finds its row: its buttons, and whether an id names one. */
export interface RowPick {
  /** The latest rows as buttons. */
  ask(o: BotContext): View | Promise<View>;
  /** The id one of those buttons carries; undefined for any other press. */
  pressed(data: string | undefined): number | undefined;
  /** Whether the row is there now (not removed). */
  exists(o: BotContext, id: number): Promise<boolean>;
  /** Why a row that is there may not be picked (a hint and its arguments); null when it may. */
  refusal?(o: BotContext, id: number): Promise<Refusal | null>;
  /** The hints: not an id at all; no row with that `id`; a press of some other button. */
  hints: { bad: string; missing: string; busy: string };
}

export type Refusal = { key: string; args: TArgs };

/** The hint for an id that names no row, or one that may not be picked; null when it may. */
async function refusalOf(o: BotContext, pick: RowPick, id: number): Promise<Refusal | null> {
  if (!(await pick.exists(o, id))) return { key: pick.hints.missing, args: { id: String(id) } };
  return (await pick.refusal?.(o, id)) ?? null;
}

const typedId = (text: string) => parseRowId(text.trim().replace(/^#/, ""));

/** The row named with the command, if it is there; otherwise says why and returns null (the flow then asks). */
export async function givenRow(flow: StaffFlow, given: string, pick: RowPick): Promise<number | null> {
  if (given.trim() === "") return null;
  const id = typedId(given);
  const refused = id === null ? { key: pick.hints.bad, args: {} } : await flow.external((o) => refusalOf(o, pick, id));
  if (!refused) return id;
  await flow.say((o) => messageView(renderContextOf(o), refused.key, refused.args));
  return null;
}

/** Which row: one of the buttons, or its id typed. */
export function rowStep(pick: RowPick): Step<number> {
  return {
    initial: null,
    ask: (o) => pick.ask(o),
    async read(o, turn) {
      const id = pick.pressed(turn.press) ?? (turn.text !== undefined ? typedId(turn.text) : null);
      if (id === null) return hint(turn.press !== undefined ? pick.hints.busy : pick.hints.bad);
      const refused = await refusalOf(o, pick, id);
      return refused ? hint(refused.key, refused.args) : ok(id);
    },
  };
}
