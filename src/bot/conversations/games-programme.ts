// From a Games' card in /games (games-facts.ts): its programme and its competition windows, each a
// straight run of steps on the staff flow (Back, /cancel, idle and failures are staff-flow.ts's).
// Programme: add a sport (typed as fans type it, or tapped), remove one, create a new sport with
// its names and aliases, or give a sport of the programme its names and aliases (the same steps);
// windows: a sport's days in the host's calendar and its first start, added, changed or removed.
// Each ends in before → after and Save; what was saved is audited and undoable
// (features/games-programme.ts). A change someone else made meanwhile is never overwritten: the
// card is shown again as it is now.
import { type FanData, resolveSport, scheduleFor } from "../../domain/fan-data.js";
import { hasConfirmedProgramme, inProgramme, programmeOf } from "../../domain/programme.js";
import {
  checkSportName,
  MAX_ALIASES,
  MAX_SPORT_NAME,
  type NameCheck,
  type NewSport,
  type ProgrammePlan,
  planProgrammeEdit,
  saveProgrammeEdit,
} from "../../domain/programme-edits.js";
import { aliasList, type SportNames, sameNames, saveSportNames, sportNamesOf } from "../../domain/sport-names.js";
import type { Sport } from "../../domain/types.js";
import { saveWindowChange, type WindowChange, type WindowDays } from "../../domain/window-edits.js";
import { parseClockTime, parseDayRange } from "../../lib/day-range-input.js";
import type { Lang } from "../../lib/languages.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { addDays, hostTime, zonedInstant } from "../../lib/zoned-time.js";
import type { GamesSection } from "../callback-data/games-programme.js";
import { programmeActionButton, programmeSportButton } from "../callback-data/games-programme.js";
import { type BotContext, renderContextOf } from "../context.js";
import { formatDate } from "../render/format.js";
import { reply } from "../send-view.js";
import { sportName } from "../views/games.js";
import {
  type CardSections,
  daysQuestionView,
  namesSportView,
  newSportQuestionView,
  type PlanNames,
  pickSportView,
  programmePreviewView,
  programmeSavedView,
  programmeView,
  type SportWindow,
  sportNamesPreviewView,
  sportNamesSavedView,
  sportSuggestionsView,
  timeQuestionView,
  windowActionsView,
  windowPreviewView,
  windowSavedView,
  windowSportView,
  windowsView,
} from "../views/games-programme.js";
import type { RenderContext } from "../views/render-context.js";
import type { ResultGames } from "../views/result-draft.js";
import { messageView, type View } from "../views/view.js";
import { readProgrammeSport, type SportState } from "./programme-sport.js";
import { again, hint, ok, type Reading, type StaffFlow, type Step, staffId, type Turn } from "./staff-flow.js";

/** What the card says of the programme and the windows. */
export function cardSections(data: FanData, gamesId: number): CardSections {
  return {
    listed: data.programmes.get(gamesId)?.size ?? 0,
    offered: programmeOf(data, gamesId).length,
    windows: scheduleFor(data, gamesId).length,
  };
}

/** A section of the card, run to its end: true when something was saved, false when the card is to be shown again. */
export const SECTIONS: { [S in GamesSection]: (flow: StaffFlow, games: ResultGames) => Promise<boolean> } = {
  programme: programmeSection,
  windows: windowsSection,
};

const BUSY = "gf-busy";
/** Words that mean "none" in each language (case and spaces do not matter). */
const NONE_WORDS = new Set(["none", "нет", "жоқ"]);

/** Why a sport cannot be added or removed, as staff are told. */
const REFUSED = {
  gone: "gp-refused-gone",
  "other-kind": "gp-refused-other-kind",
  "other-season": "gp-refused-other-season",
  "already-in": "gp-refused-already-in",
  "not-in": "gp-refused-not-in",
  last: "gp-refused-last",
  "in-use": "gp-refused-in-use",
} as const;
const NAME_HINTS = { empty: "gp-name-empty", chars: "gp-name-chars", latin: "gp-name-latin" } as const;
const DAYS_HINTS = { format: "gw-days-format", "no-such-day": "gw-days-no-such-day", order: "gw-days-order" } as const;

const pressed = (turn: Turn) => programmeActionButton.decode(turn.press)?.action;
const current = async (o: BotContext) => o.readModel.current();

/** Sends a view made from what is read now (the read model after a save). */
function sayNow(flow: StaffFlow, view: (o: BotContext) => Promise<View>): Promise<void> {
  return flow.external(async (o) => {
    await reply(o, await view(o));
  });
}

// --- the programme -------------------------------------------------------------------------

async function programmeSection(flow: StaffFlow, games: ResultGames): Promise<boolean> {
  const chosen = await flow.ask(programmeStep(games));
  if (chosen === "names") return namesSection(flow, games);
  const picked = chosen === "create" ? "create" : await flow.ask(pickStep(games, chosen));
  const plan = picked === "create" ? await planOrEnd(flow, games, { kind: "create", sport: await askNewSport(flow, games) }) : picked;
  await flow.ask(saveStep(async (o) => programmePreviewView(renderContextOf(o), games, plan, planNames(await current(o), plan))));
  const saved = await flow.external(async (o) => {
    const outcome = await saveProgrammeEdit(o.readModel, staffId(o), plan, o.clock());
    o.logger.info({ gamesId: games.id, by: staffId(o), edit: plan.edit, outcome }, "games programme change");
    return outcome;
  });
  if (saved.outcome === "saved") {
    await sayNow(flow, async (o) => programmeSavedView(renderContextOf(o), games, plan, planNames(await current(o), plan), saved.auditId));
    return true;
  }
  if (saved.outcome === "gone") return flow.end("gf-gone");
  if (saved.outcome === "taken") await sayTaken(flow, saved);
  else await flow.say((o) => messageView(renderContextOf(o), "gp-changed"));
  return false;
}

/** A new sport's plan (nothing can refuse it but the Games gone). */
async function planOrEnd(flow: StaffFlow, games: ResultGames, edit: { kind: "create"; sport: NewSport }): Promise<ProgrammePlan> {
  const plan = await flow.external(async (o) => planProgrammeEdit(await current(o), games.id, edit));
  return "refused" in plan ? flow.end("gf-gone") : plan;
}

function planNames(data: FanData, plan: ProgrammePlan): PlanNames {
  const known = <T>(byId: ReadonlyMap<number, T>, ids: readonly number[]) =>
    new Map(
      ids.flatMap((id): [number, T][] => {
        const item = byId.get(id);
        return item === undefined ? [] : [[id, item]];
      }),
    );
  return {
    sports: known(data.sportsById, [...plan.added, ...plan.removed, ...plan.windowsRemoved.map((w) => w.sportId)]),
    games: known(data.games, plan.alsoOfferedAt),
  };
}

function programmeStep(games: ResultGames): Step<"add" | "remove" | "create" | "names"> {
  return {
    initial: null,
    async ask(o) {
      const data = await current(o);
      return programmeView(renderContextOf(o), games, programmeOf(data, games.id), hasConfirmedProgramme(data, games.id));
    },
    read(_o, turn) {
      const action = pressed(turn);
      return action === "add" || action === "remove" || action === "create" || action === "names" ? ok(action) : hint("gp-pick-hint");
    },
  };
}

type Suggested = { suggest: { key: string; query: string; sportIds: number[] } } | null;

/** The sport to add or remove, tapped or typed; its plan, or a hint saying why it cannot be (already in, has licenses…). */
function pickStep(games: ResultGames, edit: "add" | "remove"): Step<ProgrammePlan | "create", Suggested> {
  // Add: the sports of its kind and season it does not hold yet; remove: the ones it holds.
  const candidates = (data: FanData) => {
    const offered = new Set(programmeOf(data, games.id).map((s) => s.id));
    return data.sports.filter((s) =>
      edit === "remove" ? offered.has(s.id) : s.kind === games.kind && s.season === games.season && !offered.has(s.id),
    );
  };
  return {
    initial: null,
    async ask(o, state) {
      const data = await current(o);
      const rc = renderContextOf(o);
      if (!state) return pickSportView(rc, games, edit, candidates(data));
      const sports = state.suggest.sportIds.flatMap((id) => data.sportsById.get(id) ?? []);
      return sportSuggestionsView(rc, state.suggest.key, state.suggest.query, sports, edit === "add");
    },
    async read(o, turn) {
      if (edit === "add" && pressed(turn) === "create") return ok("create");
      const data = await current(o);
      let sportId = programmeSportButton.decode(turn.press)?.sportId;
      if (sportId === undefined) {
        if (!turn.text) return hint(BUSY);
        const query = turn.text.slice(0, 64);
        const match = resolveSport(data, turn.text, { kind: games.kind });
        if (match.type !== "found") {
          const allowed = new Set(candidates(data).map((s) => s.id));
          const offered = (match.type === "ambiguous" ? match.candidates : match.suggestions).filter((s) => allowed.has(s.id));
          if (offered.length === 0) return hint(edit === "add" ? "gp-sport-unknown-add" : "gp-sport-unknown-remove", { query });
          const key = match.type === "ambiguous" ? "sport-ambiguous" : "sport-did-you-mean";
          return again({ suggest: { key, query, sportIds: offered.map((s) => s.id) } });
        }
        sportId = match.sport.id;
      }
      const plan = planProgrammeEdit(data, games.id, { kind: edit, sportId });
      if (!("refused" in plan)) return ok(plan);
      if (plan.refused === "gone") return hint("gp-refused-gone");
      const sport = data.sportsById.get(plan.sportId);
      const args = {
        sport: sport ? sportName(renderContextOf(o), sport) : "",
        ...("licenses" in plan ? { licenses: plan.licenses, results: plan.results, qualifiers: plan.qualifiers } : {}),
      };
      return hint(REFUSED[plan.refused], args);
    },
  };
}

/** A sport's names, as it has them now (kept with a button), and which sport it is (its own names are no clash). */
type Renaming = SportNames & { sportId: number };

/**
 * A new sport's names in the three languages (Russian and Kazakh may be skipped), then its aliases;
 * or, `renaming` a sport, the same steps, each showing what it is now.
 */
async function askNewSport(flow: StaffFlow, games: ResultGames, renaming: Renaming | null = null): Promise<NewSport> {
  const en = (await flow.ask(nameStep(games, "en", null, renaming))) ?? "";
  const ru = await flow.ask(nameStep(games, "ru", en, renaming));
  const kk = await flow.ask(nameStep(games, "kk", en, renaming));
  const aliases = await flow.ask(aliasesStep(games, en, renaming));
  return { name: { en, ru, kk }, aliases };
}

/** A sport of the programme, then its names and aliases: before → after, Save; audited, undoable (features/games-programme.ts). */
async function namesSection(flow: StaffFlow, games: ResultGames): Promise<boolean> {
  const sportId = await flow.ask(namesSportStep(games));
  const before = await flow.external(async (o) => sportNamesOf(o.readModel.db, sportId));
  if (!before) return flow.end("gf-gone");
  const { name, aliases } = await askNewSport(flow, games, { ...before, sportId });
  const rename = {
    gamesId: games.id,
    sportId,
    before,
    after: { name: { en: name.en, ru: name.ru ?? name.en, kk: name.kk ?? name.en }, aliases: aliasList(aliases) },
  };
  if (sameNames(before, rename.after)) {
    await flow.say((o) => messageView(renderContextOf(o), "gn-unchanged"));
    return false;
  }
  await flow.ask(saveStep(async (o) => sportNamesPreviewView(renderContextOf(o), games, rename)));
  const saved = await flow.external(async (o) => {
    const outcome = await saveSportNames(o.readModel, staffId(o), rename, o.clock());
    o.logger.info({ gamesId: games.id, sportId, by: staffId(o), outcome }, "sport names change");
    return outcome;
  });
  if (saved.outcome === "saved") {
    await flow.say((o) => sportNamesSavedView(renderContextOf(o), games, rename, saved.auditId));
    return true;
  }
  if (saved.outcome === "gone") return flow.end("gf-gone");
  if (saved.outcome === "taken") await sayTaken(flow, saved);
  else await flow.say((o) => messageView(renderContextOf(o), "gn-changed"));
  return false;
}

/** A name that, meanwhile, came to name another sport: nothing was saved. */
function sayTaken(flow: StaffFlow, taken: { name: string; sportId: number }): Promise<void> {
  return sayNow(flow, async (o) => {
    const sport = (await current(o)).sportsById.get(taken.sportId);
    return messageView(renderContextOf(o), "gp-taken-now", { name: taken.name, sport: sport ? sportName(renderContextOf(o), sport) : "" });
  });
}

function namesSportStep(games: ResultGames): Step<number, SportState> {
  return {
    initial: { page: 0 },
    ask: (o, state) => askSport(o, state, (rc, data) => namesSportView(rc, games, programmeOf(data, games.id))),
    read: (o, turn, state) => readWindowSport(o, games, turn, state),
  };
}

/** The hint for a name that does not fit, naming the sport that already has it. */
function nameHint(o: BotContext, data: FanData, typed: string, check: Exclude<NameCheck, { ok: true }>) {
  if (check.reason === "too-long") return hint("gp-name-too-long", { length: check.length, max: MAX_SPORT_NAME });
  if (check.reason !== "taken") return hint(NAME_HINTS[check.reason]);
  const taken = data.sportsById.get(check.sportId);
  return hint("gp-name-taken", { name: typed, sport: taken ? sportName(renderContextOf(o), taken) : "" });
}

/** English (required, Latin letters), Russian or Kazakh (Skip: fans reading it see the English one; Keep: as it is). */
function nameStep(games: ResultGames, lang: Lang, en: string | null, renaming: Renaming | null): Step<string | null> {
  return {
    initial: null,
    ask: (o) => newSportQuestionView(renderContextOf(o), games, lang, en, renaming),
    async read(o, turn) {
      if (renaming && pressed(turn) === "keep") return ok(renaming.name[lang]);
      if (!renaming && lang !== "en" && pressed(turn) === "skip") return ok(null);
      if (!turn.text) return hint(BUSY);
      const data = await current(o);
      const check = checkSportName(data.sportIndex, turn.text, { latin: lang === "en", renaming: renaming?.sportId });
      return check.ok ? ok(check.value) : nameHint(o, data, turn.text, check);
    },
  };
}

/** Other names fans may type, a comma between two; or none (Skip, or typed "none"); or, renaming, Keep. */
function aliasesStep(games: ResultGames, en: string, renaming: Renaming | null): Step<string[]> {
  return {
    initial: null,
    ask: (o) => newSportQuestionView(renderContextOf(o), games, "aliases", en, renaming),
    async read(o, turn) {
      if (renaming && pressed(turn) === "keep") return ok(renaming.aliases);
      if (pressed(turn) === "skip" || (turn.text && NONE_WORDS.has(normaliseTerm(turn.text)))) return ok([]);
      if (!turn.text) return hint(BUSY);
      const typed = [...new Map(turn.text.split(/[,;\n]+/).map((a) => [normaliseTerm(a), a.trim()] as const)).values()].filter(
        (a) => a !== "",
      );
      if (typed.length > MAX_ALIASES) return hint("gp-aliases-too-many", { max: MAX_ALIASES });
      const data = await current(o);
      const aliases: string[] = [];
      for (const alias of typed) {
        const check = checkSportName(data.sportIndex, alias, { renaming: renaming?.sportId });
        if (!check.ok) return nameHint(o, data, alias, check);
        aliases.push(check.value);
      }
      return aliases.length > 0 ? ok(aliases) : hint("gp-name-empty");
    },
  };
}

/** A preview with Save. */
function saveStep(view: (o: BotContext) => Promise<View>): Step<true> {
  return {
    initial: null,
    ask: view,
    read: (_o, turn) => (pressed(turn) === "save" ? ok(true) : hint(BUSY)),
  };
}

// --- the windows ---------------------------------------------------------------------------

async function windowsSection(flow: StaffFlow, games: ResultGames): Promise<boolean> {
  const chosen = await flow.ask(windowsStep(games));
  const sportId = chosen === "add" ? await flow.ask(windowSportStep(games)) : chosen.sportId;
  // The window as it is now: the one the change is made over.
  const seen = await flow.external(async (o) => sportWindow(await current(o), games.id, sportId));
  if (!seen) return flow.end("gf-gone");
  const after = await askWindow(flow, games, seen);
  const change: WindowChange = { gamesId: games.id, sportId, before: seen.days, after };
  await flow.ask(saveStep(async (o) => windowPreviewView(renderContextOf(o), games, seen.sport, change)));
  const saved = await flow.external(async (o) => {
    const outcome = await saveWindowChange(o.readModel, staffId(o), change, o.clock());
    o.logger.info({ gamesId: games.id, by: staffId(o), change, outcome }, "games window change");
    return outcome;
  });
  if (saved.outcome === "saved") {
    await flow.say((o) => windowSavedView(renderContextOf(o), games, seen.sport, change, saved.auditId));
    return true;
  }
  if (saved.outcome === "gone") return flow.end("gf-gone");
  await flow.say((o) =>
    saved.outcome === "not-in-programme"
      ? messageView(renderContextOf(o), "gw-not-in-programme", { sport: sportName(renderContextOf(o), seen.sport) })
      : messageView(renderContextOf(o), "gw-changed"),
  );
  return false;
}

/** The window as it is to be: a new one's days and first start, or an existing one's days, first start, or none. */
async function askWindow(flow: StaffFlow, games: ResultGames, seen: SportWindow): Promise<WindowDays | null> {
  const now = seen.days;
  if (now === null) {
    const days = await flow.ask(daysStep(games, seen));
    return { ...days, startsAt: await flow.ask(timeStep(games, seen.sport, days.firstDay, null)) };
  }
  const what = await flow.ask(windowActionStep(games, seen));
  if (what === "drop") return null;
  if (what === "time") return { ...now, startsAt: await flow.ask(timeStep(games, seen.sport, now.firstDay, now)) };
  const days = await flow.ask(daysStep(games, seen));
  // The first start keeps its clock time, on the new first day.
  const time = now.startsAt === null ? null : hostTime(new Date(now.startsAt), games.hostTz);
  return { ...days, startsAt: time === null ? null : zonedInstant(days.firstDay, games.hostTz, time).toISOString() };
}

/** A sport's window at a Games as the read model has it; null when there is no such sport. */
function sportWindow(data: FanData, gamesId: number, sportId: number): SportWindow | null {
  const sport = data.sportsById.get(sportId);
  if (!sport) return null;
  const w = data.windows.find((x) => x.gamesId === gamesId && x.sport.id === sportId);
  return { sport, days: w ? { firstDay: w.firstDay, lastDay: w.lastDay, startsAt: w.startsAt?.toISOString() ?? null } : null };
}

/** A sport typed or tapped for a window: one of the Games' programme (a sport outside it is named). */
async function readWindowSport(o: BotContext, games: ResultGames, turn: Turn, state: SportState): Promise<Reading<number, SportState>> {
  const data = await current(o);
  const picked = programmeSportButton.decode(turn.press)?.sportId ?? null;
  if (picked === null && turn.text) {
    const match = resolveSport(data, turn.text, { kind: games.kind });
    if (match.type === "found" && !inProgramme(data, games.id, match.sport.id))
      return hint("gw-not-in-programme", { sport: sportName(renderContextOf(o), match.sport) });
  }
  if (picked === null && !turn.text) return hint(BUSY);
  const read = readProgrammeSport(data, games, { picked, page: undefined, text: turn.text }, state);
  return read.ok ? ok(read.value.id) : read;
}

/** A sport step's question: the likely sports for what was typed, or the step's own screen. */
async function askSport(o: BotContext, state: SportState, own: (rc: RenderContext, data: FanData) => View): Promise<View> {
  const data = await current(o);
  const rc = renderContextOf(o);
  const s = state.suggest;
  if (!s) return own(rc, data);
  return sportSuggestionsView(
    rc,
    s.key,
    s.query,
    s.sportIds.flatMap((id) => data.sportsById.get(id) ?? []),
    false,
  );
}

function windowsStep(games: ResultGames): Step<{ sportId: number } | "add", SportState> {
  return {
    initial: { page: 0 },
    ask: (o, state) =>
      askSport(o, state, (rc, data) =>
        windowsView(
          rc,
          games,
          scheduleFor(data, games.id).flatMap((w) => sportWindow(data, games.id, w.sport.id) ?? []),
        ),
      ),
    async read(o, turn, state) {
      if (pressed(turn) === "window-add") return ok("add");
      // A window's button stands for its window, even of a sport no longer in the programme.
      const tapped = programmeSportButton.decode(turn.press)?.sportId;
      if (tapped !== undefined && (await current(o)).windows.some((w) => w.gamesId === games.id && w.sport.id === tapped))
        return ok({ sportId: tapped });
      const read = await readWindowSport(o, games, turn, state);
      return read.ok ? ok({ sportId: read.value }) : read;
    },
  };
}

function windowSportStep(games: ResultGames): Step<number, SportState> {
  return {
    initial: { page: 0 },
    ask: (o, state) =>
      askSport(o, state, (rc, data) => {
        const withWindow = new Set(scheduleFor(data, games.id).map((w) => w.sport.id));
        return windowSportView(
          rc,
          games,
          programmeOf(data, games.id).filter((s) => !withWindow.has(s.id)),
        );
      }),
    read: (o, turn, state) => readWindowSport(o, games, turn, state),
  };
}

function windowActionStep(games: ResultGames, w: SportWindow): Step<"days" | "time" | "drop"> {
  return {
    initial: null,
    ask: (o) => windowActionsView(renderContextOf(o), games, w),
    read(_o, turn) {
      const action = pressed(turn);
      return action === "days" || action === "time" || action === "drop" ? ok(action) : hint("gf-pick-field-hint");
    },
  };
}

/** The window's days, typed as the official schedule prints them, in the host's calendar. */
function daysStep(games: ResultGames, w: SportWindow): Step<{ firstDay: string; lastDay: string }> {
  // From two weeks before the opening (some sports start before it: football, cricket) to the closing day.
  const from = addDays(games.opensOn, -14);
  const to = games.closesOn;
  return {
    initial: null,
    ask: (o) => daysQuestionView(renderContextOf(o), games, w),
    read(o, turn) {
      if (!turn.text) return hint(BUSY);
      const typed = parseDayRange(turn.text, games.year);
      if (!typed.ok) return hint(DAYS_HINTS[typed.reason]);
      const { lang } = renderContextOf(o);
      if (typed.first < from || typed.last > to) return hint("gw-days-range", { from: formatDate(from, lang), to: formatDate(to, lang) });
      if (w.days && w.days.firstDay === typed.first && w.days.lastDay === typed.last) return hint("el-same");
      return ok({ firstDay: typed.first, lastDay: typed.last });
    },
  };
}

/** The first start's clock time in the host's zone on the first day (an instant), or none. */
function timeStep(games: ResultGames, sport: Sport, firstDay: string, now: WindowDays | null): Step<string | null> {
  const to = (startsAt: string | null): Reading<string | null, null> => (now && now.startsAt === startsAt ? hint("el-same") : ok(startsAt));
  return {
    initial: null,
    ask: (o) => timeQuestionView(renderContextOf(o), games, sport, firstDay, now),
    read(_o, turn) {
      if (pressed(turn) === "no-time") return to(null);
      if (!turn.text) return hint(BUSY);
      if (NONE_WORDS.has(normaliseTerm(turn.text))) return to(null);
      const time = parseClockTime(turn.text);
      return time === null ? hint("gw-time-bad") : to(zonedInstant(firstDay, games.hostTz, time).toISOString());
    },
  };
}
