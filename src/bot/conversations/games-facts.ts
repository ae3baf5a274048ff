// /games (staff): where a Games' facts are kept. The Games (a button, or its name typed, or given
// with the command: /games paris), its card with every fact as stored now, the fact to change, the
// new value (one step function per fact, checked there), before → after, and Save; staff-flow.ts
// handles the turns (Back, /cancel, idle, other commands, older messages). Saved changes are audited
// and undoable (features/games-facts.ts); one that someone else made meanwhile is never
// overwritten (the card is shown again as it is now).
import { type FactChange, type GamesField, gamesFacts, MAX_MEDAL_RANK, setGamesFact } from "../../domain/games-facts.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { gamesFactActionButton, gamesFieldButton, gamesPickButton } from "../callback-data/games-facts.js";
import { type BotContext, renderContextOf } from "../context.js";
import {
  factConfirmView,
  factSavedView,
  type GamesCard,
  gamesCardView,
  gamesPickView,
  medalRankQuestionView,
} from "../views/games-facts.js";
import { resultGamesRef } from "../views/result-draft.js";
import { messageView } from "../views/view.js";
import { gamesByName } from "./add-license.js";
import { resultsBegun } from "./result-input.js";
import { type FlowTexts, hint, ok, type Reading, type StaffFlow, type Step, staffConversation, staffId } from "./staff-flow.js";

export const GAMES_FACTS = "games";

const TEXTS: FlowTexts = { idle: "gf-idle", cancelled: "el-cancelled", busy: "gf-busy", backFirst: "al-back-first", failed: "gf-failed" };

/** `given`: what followed the command (`/games paris`), as typed, so the plugin stores and replays it as it is. */
export const gamesFactsFlow = staffConversation(TEXTS, async (flow, given = "") => {
  let gamesId = await givenGames(flow, given);
  gamesId ??= await flow.ask(pickStep());
  for (;;) {
    // Read again each time: what the editor changes is the Games as it is now.
    const card = await flow.external((o) => loadCard(o, gamesId));
    if (!card) return flow.end("gf-gone");
    const field = await flow.ask(fieldStep(card));
    const change = await flow.ask(VALUE_STEPS[field](card));
    await flow.ask(confirmStep(card, change));
    const saved = await flow.external(async (o) => {
      const outcome = await setGamesFact(o.readModel, staffId(o), card.games.id, change, o.clock());
      o.logger.info({ gamesId: card.games.id, by: staffId(o), change, outcome }, "games fact change");
      return outcome;
    });
    if (saved.outcome === "saved") {
      await flow.say((o) => factSavedView(renderContextOf(o), card.games, change, saved.auditId));
      return;
    }
    if (saved.outcome === "gone") return flow.end("gf-gone");
    // Someone changed it since it was shown: the card as it is now.
    await flow.say((o) => messageView(renderContextOf(o), "gf-changed"));
  }
});

/** The Games named with the command, if one is; otherwise says so and returns null (the flow then asks). */
async function givenGames(flow: StaffFlow, given: string): Promise<number | null> {
  const typed = given.trim();
  if (typed === "") return null;
  const found = await flow.external(async (o) => gamesByName(o, (await o.readModel.current()).catalog.games, typed)?.id ?? null);
  if (found === null) await flow.say((o) => messageView(renderContextOf(o), "ar-games-unknown"));
  return found;
}

/** The Games with its facts, read fresh; null when there is no such Games. */
async function loadCard(o: BotContext, gamesId: number): Promise<GamesCard | null> {
  const games = (await o.readModel.current()).games.get(gamesId);
  const facts = await gamesFacts(o.db, gamesId);
  return games && facts ? { games: resultGamesRef(games), facts } : null;
}

// --- the steps -----------------------------------------------------------------------------

function pickStep(): Step<number> {
  return {
    initial: null,
    ask: async (o) => gamesPickView(renderContextOf(o), (await o.readModel.current()).catalog.games),
    async read(o, turn) {
      const { catalog } = await o.readModel.current();
      const picked = gamesPickButton.decode(turn.press)?.gamesId;
      const games =
        picked !== undefined
          ? catalog.games.find((g) => g.id === picked)
          : turn.text
            ? gamesByName(o, catalog.games, turn.text)
            : undefined;
      return games ? ok(games.id) : hint("ar-games-unknown");
    },
  };
}

function fieldStep(card: GamesCard): Step<GamesField> {
  return {
    initial: null,
    ask: (o) => gamesCardView(renderContextOf(o), card),
    read(_o, turn) {
      const field = gamesFieldButton.decode(turn.press)?.field;
      return field === undefined ? hint("gf-pick-field-hint") : ok(field);
    },
  };
}

/** The step that asks each fact's new value and checks it: the next facts add theirs here. */
const VALUE_STEPS: { [F in GamesField]: (card: GamesCard) => Step<FactChange> } = {
  medalRank: medalRankStep,
};

/** Words that clear a value, in each language (case and spaces do not matter). */
const NONE_WORDS = new Set(["none", "нет", "жоқ"]);

function medalRankStep(card: GamesCard): Step<FactChange> {
  const before = card.facts.medalRank;
  const to = (after: number | null): Reading<FactChange, null> =>
    after === before ? hint("el-same") : ok({ field: "medalRank", before, after });
  return {
    initial: null,
    ask: (o) => medalRankQuestionView(renderContextOf(o), card),
    read(_o, turn) {
      if (gamesFactActionButton.decode(turn.press)?.action === "clear") return to(null);
      if (turn.press !== undefined) return hint(TEXTS.busy);
      const typed = turn.text ?? "";
      if (NONE_WORDS.has(normaliseTerm(typed))) return to(null);
      const max = { max: MAX_MEDAL_RANK };
      if (!/^[+-]?\d{1,6}$/.test(typed)) return hint("gf-rank-bad", max);
      const rank = Number(typed);
      if (rank < 1 || rank > MAX_MEDAL_RANK) return hint("gf-rank-range", max);
      // A Games not begun has no medal table yet (clearing one is always possible).
      if (!resultsBegun(card.games, turn.now)) return hint("gf-rank-ahead");
      return to(rank);
    },
  };
}

function confirmStep(card: GamesCard, change: FactChange): Step<true> {
  return {
    initial: null,
    ask: (o) => factConfirmView(renderContextOf(o), card, change),
    read(_o, turn) {
      return gamesFactActionButton.decode(turn.press)?.action === "save" ? ok(true) : hint(TEXTS.busy);
    },
  };
}
