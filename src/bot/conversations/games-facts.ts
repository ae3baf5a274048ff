// /games (staff): where a Games' facts are kept. The Games (a button, or its name typed, or given
// with the command: /games paris), its card with every fact as stored now, the fact to change, the
// new value (one step function per fact, checked there), before → after, and Save; staff-flow.ts
// handles the turns (Back, /cancel, idle, other commands, older messages). Saved changes are audited
// and undoable (features/games-facts.ts); one that someone else made meanwhile is never
// overwritten (the card is shown again as it is now).
import {
  type FactChange,
  type GamesFacts,
  type GamesField,
  gamesFacts,
  MAX_LICENSE_TARGET,
  MAX_MEDAL_RANK,
  MAX_NOTE,
  setGamesFact,
} from "../../domain/games-facts.js";
import { stableJson } from "../../domain/license-corrections.js";
import { parseDateInput } from "../../lib/date-input.js";
import type { Lang, Translated } from "../../lib/languages.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { isLatin } from "../../lib/transliterate.js";
import { hostTime, zonedInstant } from "../../lib/zoned-time.js";
import { gamesFactActionButton, gamesFieldButton, gamesNoteLangButton, gamesPickButton } from "../callback-data/games-facts.js";
import { type GamesSection, gamesSectionButton } from "../callback-data/games-programme.js";
import { type BotContext, renderContextOf } from "../context.js";
import { formatDate } from "../render/format.js";
import {
  factConfirmView,
  factQuestionView,
  factSavedView,
  type GamesCard,
  gamesCardView,
  gamesPickView,
  noteQuestionView,
  typedDate,
  type ValueField,
} from "../views/games-facts.js";
import { resultGamesRef } from "../views/result-draft.js";
import { messageView } from "../views/view.js";
import { gamesByName } from "./add-license.js";
import { cardSections, SECTIONS } from "./games-programme.js";
import { checkText } from "./license-input.js";
import { resultsBegun } from "./result-input.js";
import { again, type FlowTexts, hint, ok, type Reading, type StaffFlow, type Step, staffConversation, staffId } from "./staff-flow.js";

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
    // The programme and the windows have screens of their own (games-programme.ts).
    if (isSection(field)) {
      if (await SECTIONS[field](flow, card.games)) return;
      continue;
    }
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

const isSection = (picked: GamesField | GamesSection): picked is GamesSection => picked in SECTIONS;

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
  return games && facts ? { games: resultGamesRef(games), facts, sections: cardSections(await o.readModel.current(), gamesId) } : null;
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

function fieldStep(card: GamesCard): Step<GamesField | GamesSection> {
  return {
    initial: null,
    ask: (o) => gamesCardView(renderContextOf(o), card),
    read(_o, turn) {
      const section = gamesSectionButton.decode(turn.press)?.section;
      if (section !== undefined) return ok(section);
      const field = gamesFieldButton.decode(turn.press)?.field;
      return field === undefined ? hint("gf-pick-field-hint") : ok(field);
    },
  };
}

/** The step that asks each fact's new value and checks it. */
const VALUE_STEPS: { [F in GamesField]: (card: GamesCard) => Step<FactChange, StepState<F>> } = {
  medalRank: (card) => valueStep(card, "medalRank", readMedalRank),
  licenseTarget: (card) => valueStep(card, "licenseTarget", readLicenseTarget),
  opensAt: (card) => valueStep(card, "opensAt", readOpening),
  note: noteStep,
};

/** Only a note's step has a state: the language being written, once picked. */
type StepState<F extends GamesField> = F extends "note" ? NoteState : null;

/** Words that clear a value, in each language (case and spaces do not matter). */
const NONE_WORDS = new Set(["none", "нет", "жоқ"]);

/** How a fact's typed value is read: its value, or the hint that says what is wrong. */
type ValueReader<F extends ValueField> = (typed: string, card: GamesCard, now: number, lang: Lang) => Reading<GamesFacts[F], null>;

/** A change to `after`, or "that is what it is already". */
function changeTo<F extends GamesField>(card: GamesCard, field: F, after: GamesFacts[F]): Reading<FactChange, never> {
  const before = card.facts[field];
  return stableJson(after) === stableJson(before) ? hint("el-same") : ok({ field, before, after } as FactChange);
}

/** The question for one value: typed and checked by `read`; Clear, "none", "нет" or "жоқ" clear it. */
function valueStep<F extends ValueField>(card: GamesCard, field: F, read: ValueReader<F>): Step<FactChange> {
  return {
    initial: null,
    ask: (o) => factQuestionView(renderContextOf(o), card, field),
    read(o, turn) {
      if (gamesFactActionButton.decode(turn.press)?.action === "clear") return changeTo(card, field, null);
      if (turn.press !== undefined) return hint(TEXTS.busy);
      const typed = turn.text ?? "";
      if (NONE_WORDS.has(normaliseTerm(typed))) return changeTo(card, field, null);
      const value = read(typed, card, turn.now, o.lang);
      return value.ok ? changeTo(card, field, value.value) : value;
    },
  };
}

const readMedalRank: ValueReader<"medalRank"> = (typed, card, now) => {
  const max = { max: MAX_MEDAL_RANK };
  if (!/^[+-]?\d{1,6}$/.test(typed)) return hint("gf-rank-bad", max);
  const rank = Number(typed);
  if (rank < 1 || rank > MAX_MEDAL_RANK) return hint("gf-rank-range", max);
  // A Games not begun has no medal table yet (clearing one is always possible).
  if (!resultsBegun(card.games, now)) return hint("gf-rank-ahead");
  return ok(rank);
};

/**
 * A target as it was stated: "90", or "more than 90" in any of the three languages (">90",
 * "более 90", "больше 90", "свыше 90", "90-нан астам", "90-нан көп"; the Kazakh ablative ending
 * follows the number: 80-нен, 100-ден).
 */
const TARGET_FORMS: readonly { re: RegExp; above: boolean }[] = [
  { re: /^(\d{1,6})$/, above: false },
  { re: /^(?:>|more than|over|более|больше|свыше) ?(\d{1,6})$/, above: true },
  { re: /^(\d{1,6}) ?-? ?(?:нан|нен|дан|ден|тан|тен) (?:астам|көп|артық)$/, above: true },
];

export const readLicenseTarget: ValueReader<"licenseTarget"> = (typed) => {
  const text = typed.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  const max = { max: MAX_LICENSE_TARGET };
  for (const { re, above } of TARGET_FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const count = Number(m[1]);
    return count >= 1 && count <= MAX_LICENSE_TARGET ? ok({ count, above }) : hint("gf-target-range", max);
  }
  return hint("gf-target-bad", max);
};

/**
 * The opening ceremony's start, typed as the host's wall clock on the Games' opening day
 * ("14.07.2028 17:00", or the time alone), stored as the instant it is.
 */
export const readOpening: ValueReader<"opensAt"> = (typed, card, _now, lang) => {
  const { games } = card;
  const example = { example: typedDate(games.opensOn) };
  const m = /^(?:(.+?)[ ,]+)?(\d{1,2}):(\d{2})$/.exec(typed.trim());
  if (!m || Number(m[2]) > 23 || Number(m[3]) > 59) return hint("gf-opening-bad", example);
  let date = games.opensOn;
  if (m[1] !== undefined) {
    // A day without a year is the opening's year (the latest such day up to the opening day).
    const parsed = parseDateInput(m[1], games.opensOn);
    if (!parsed.ok) return hint("gf-opening-bad", example);
    date = parsed.date;
  }
  // The ceremony is on the Games' opening day: the countdown, the calendar and the schedule count from it.
  if (date !== games.opensOn) return hint("gf-opening-day", { day: formatDate(games.opensOn, lang), ...example });
  const time = `${m[2]?.padStart(2, "0")}:${m[3]}`;
  const at = zonedInstant(games.opensOn, games.hostTz, time);
  // A time a clock change skips (02:30 when clocks go from 02:00 to 03:00) never shows on the host's clocks.
  if (hostTime(at, games.hostTz) !== time) return hint("gf-opening-no-such-time", { time });
  return ok(at.toISOString());
};

/** The note's language, once picked; then its text. */
interface NoteState {
  lang: Lang | null;
}

/**
 * A note is written one language at a time. The English is what fans of every language read when
 * theirs has none, so Russian and Kazakh come after it, and it is cleared only after them.
 */
function noteStep(card: GamesCard): Step<FactChange, NoteState> {
  const before = card.facts.note;
  return {
    initial: { lang: null },
    ask: (o, state) => noteQuestionView(renderContextOf(o), card, state.lang),
    read(_o, turn, state) {
      const { lang } = state;
      if (lang === null) {
        const picked = gamesNoteLangButton.decode(turn.press)?.lang;
        if (picked === undefined) return hint("gf-note-lang-hint");
        return picked !== "en" && !before ? hint("gf-note-english-first") : again({ lang: picked });
      }
      const cleared = (): Reading<FactChange, NoteState> => {
        if (lang !== "en")
          return changeTo(card, "note", before && (Object.fromEntries(Object.entries(before).filter(([l]) => l !== lang)) as Translated));
        return Object.keys(before ?? {}).length > 1 ? hint("gf-note-english-last") : changeTo(card, "note", null);
      };
      if (gamesFactActionButton.decode(turn.press)?.action === "clear") return cleared();
      if (turn.press !== undefined) return hint(TEXTS.busy);
      if (NONE_WORDS.has(normaliseTerm(turn.text ?? ""))) return cleared();
      const checked = checkText(turn.text, MAX_NOTE);
      if (!checked.ok) return checked.hint === "al-text-empty" ? hint("gf-note-empty") : checked;
      // The English in Latin letters, as /addlicense asks it.
      if (lang === "en" && !isLatin(checked.value)) return hint("al-translation-en-bad");
      return changeTo(card, "note", { ...(before ?? {}), [lang]: checked.value } as Translated);
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
