// /addlicense: the staff conversation that records a license, one step per field (staff-flow.ts
// handles the turns: Back, /cancel, idle, other commands, older messages). Each step asks its
// question and returns a typed value; the preview saves, or changes one field and shows itself again.
import { randomUUID } from "node:crypto";

import { getSport, licenseSummary, sportLicenses } from "../../domain/fan-data.js";
import { latestOverGames, upcomingGames } from "../../domain/games.js";
import { likelyDuplicates, type NewLicense, recordLicense } from "../../domain/license-records.js";
import { programmeOf } from "../../domain/programme.js";
import { qualifierById } from "../../domain/qualifiers.js";
import type { AthleteName, Games, Sport } from "../../domain/types.js";
import { LANGS, type Lang, type Translated } from "../../lib/languages.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import { isLatin } from "../../lib/transliterate.js";
import { hostDate } from "../../lib/zoned-time.js";
import {
  type DraftField,
  draftActionButton,
  draftAnswerButton,
  draftFieldButton,
  draftLanguageButton,
  draftSportsPageButton,
} from "../callback-data/add-license.js";
import { type BotContext, renderContextOf } from "../context.js";
import { gamesRef, gamesShortLabel } from "../views/games.js";
import {
  type Draft,
  type DraftGames,
  type DraftWho,
  defaultPlaces,
  draftPreviewView,
  draftQuestionView,
  draftSavedAlreadyView,
  draftSavedView,
  fieldPickerView,
  nameQuestionView,
  sportSuggestionsView,
  translationQuestionView,
} from "../views/license-draft.js";
import { renderContext } from "../views/render-context.js";
import { messageView } from "../views/view.js";
import {
  checkAthleteNames,
  checkPlaces,
  checkSource,
  checkText,
  checkWonOn,
  nameForm,
  otherScript,
  withOtherScript,
} from "./license-input.js";
import { readProgrammeSport, type SportState } from "./programme-sport.js";
import { again, type FlowTexts, hint, ok, type StaffFlow, type Step, staffConversation, staffId } from "./staff-flow.js";

export const ADD_LICENSE = "addlicense";

const TEXTS: FlowTexts = { idle: "al-idle", cancelled: "al-cancelled", busy: "al-busy", backFirst: "al-back-first", failed: "al-failed" };
const SPORTS_PER_PAGE = 8;

/**
 * `given`: what followed the command, as typed. `q12` (the button "Record a license won here" under a
 * qualification event) fills in its Games, sport and qualifier, and its last day as the date when
 * that day is not ahead.
 */
export const addLicense = staffConversation(TEXTS, async (flow, given = "") => {
  // The draft's identity, saved with the license: Save pressed twice, or replayed after a crash,
  // finds the license saved the first time instead of making a second one (and a second alert).
  const draftKey = await flow.external(() => randomUUID());
  const from = await flow.external((o) => fromQualifier(o, given));
  const games = from?.games ?? (await flow.ask(gamesStep()));
  const sport = from?.sport ?? (await flow.ask(sportStep(games)));
  const who = await askWho(flow, games, sport);
  const event = await askEvent(flow, games, sport);
  const howWon = await askHowWon(flow);
  const wonOn = from?.wonOn ?? (await flow.ask(dateStep(games)));
  const quotaPlaces = await flow.ask(placesStep(who));
  const source = await flow.ask(sourceStep());
  let draft: Draft = { games, sport, who, event, howWon, wonOn, quotaPlaces, source };

  // The preview, until saved; a changed field shows it again, in the language it was last shown in.
  let shownIn: Lang | null = null;
  for (;;) {
    const choice: PreviewChoice = await flow.ask(previewStep(draft, shownIn));
    shownIn = choice.lang;
    if (choice.kind === "change") {
      draft = await change(flow, draft, choice.field);
      continue;
    }
    const saving = await flow.attempt(async (o) => {
      const alertAfterMs = choice.alert ? o.config.alertDelaySec * 1000 : null;
      const license = { ...toNewLicense(o, draft), draftKey, qualifierId: from?.qualifierId ?? null };
      const recorded = await recordLicense(o.readModel, staffId(o), license, o.clock(), alertAfterMs);
      o.logger.info(
        { licenseId: recorded.licenseId, by: staffId(o), alert: recorded.alert !== null, already: recorded.already },
        "license recorded",
      );
      return recorded;
    });
    if (!saving.ok) {
      // Nothing was written (one transaction): the draft stays, and Save can be pressed again.
      await flow.say((o) => messageView(renderContextOf(o), "al-save-failed", { reason: saving.reason }));
      continue;
    }
    const saved = saving.value;
    await flow.say((o) =>
      saved.already
        ? draftSavedAlreadyView(renderContextOf(o), saved.licenseId)
        : draftSavedView(renderContextOf(o), saved.licenseId, saved.alert?.audienceSize ?? null, o.config.alertDelaySec),
    );
    return;
  }
});

/** One field asked again from the preview; a new Games needs its sport, athletes and event again. */
async function change(flow: StaffFlow, draft: Draft, field: DraftField): Promise<Draft> {
  switch (field) {
    case "games": {
      const games = await flow.ask(gamesStep());
      if (games.id === draft.games.id) return { ...draft, games };
      const sport = await flow.ask(sportStep(games));
      return { ...draft, games, sport, who: await askWho(flow, games, sport), event: await askEvent(flow, games, sport) };
    }
    case "sport":
      return { ...draft, sport: await flow.ask(sportStep(draft.games)) };
    case "athletes":
      return { ...draft, who: await askWho(flow, draft.games, draft.sport) };
    case "event":
      return { ...draft, event: await askEvent(flow, draft.games, draft.sport) };
    case "how":
      return { ...draft, howWon: await askHowWon(flow) };
    case "date":
      return { ...draft, wonOn: await flow.ask(dateStep(draft.games)) };
    case "places":
      return { ...draft, quotaPlaces: await flow.ask(placesStep(draft.who)) };
    case "source":
      return { ...draft, source: await flow.ask(sourceStep()) };
  }
}

// --- the steps -----------------------------------------------------------------------------

/** What a press on a step's own buttons says: an id it offered, or one of its actions. */
function pressed(turn: { press: string | undefined }, field: DraftField) {
  const answer = draftAnswerButton.decode(turn.press);
  return { picked: answer?.field === field ? answer.value : null, action: draftActionButton.decode(turn.press)?.action };
}

function gamesStep(): Step<DraftGames> {
  return {
    initial: null,
    async ask(o) {
      const { catalog } = await o.readModel.current();
      const now = o.clock();
      const next = upcomingGames(catalog.games, now);
      // The current or next Games of each kind, and the one after it; then the latest over, whose
      // licenses may still be recorded late (any other Games is found by its name typed).
      const after = next.flatMap((g) => catalog.games.filter((x) => x.kind === g.kind && x.opensOn > g.opensOn).slice(0, 1));
      const offered = [...next, ...after, ...latestOverGames(catalog.games, now)];
      return draftQuestionView(renderContextOf(o), "games", { games: offered.map(gamesRef) });
    },
    async read(o, turn) {
      const { catalog } = await o.readModel.current();
      const { picked } = pressed(turn, "games");
      const games =
        picked !== null ? catalog.games.find((g) => g.id === picked) : turn.text ? gamesByName(o, catalog.games, turn.text) : undefined;
      return games ? ok(gamesRef(games)) : hint("al-games-unknown");
    },
  };
}

/** A page of the sports, or the sports a typed name may mean. */
function sportStep(games: DraftGames): Step<Sport, SportState> {
  return {
    initial: { page: 0 },
    async ask(o, state) {
      const data = await o.readModel.current();
      const rc = renderContextOf(o);
      if (state.suggest) {
        const sports = state.suggest.sportIds.flatMap((id) => getSport(data, id) ?? []);
        return sportSuggestionsView(rc, state.suggest.key, { query: state.suggest.query }, sports);
      }
      // Sports with licenses at these Games first, then every other sport of its programme, by name.
      const withLicenses = licenseSummary(data, games.id)?.bySport.map((s) => s.sport) ?? [];
      const rest = programmeOf(data, games.id)
        .filter((s) => !withLicenses.some((w) => w.id === s.id))
        .sort((a, b) => a.name[o.lang].localeCompare(b.name[o.lang], o.lang));
      const all = [...withLicenses, ...rest];
      const pages = Math.max(1, Math.ceil(all.length / SPORTS_PER_PAGE));
      const page = Math.min(state.page, pages - 1);
      return draftQuestionView(rc, "sport", {
        sports: all.slice(page * SPORTS_PER_PAGE, (page + 1) * SPORTS_PER_PAGE),
        sportsPage: { page, pages },
      });
    },
    async read(o, turn, state) {
      const answer = { picked: pressed(turn, "sport").picked, page: draftSportsPageButton.decode(turn.press)?.page, text: turn.text };
      return readProgrammeSport(await o.readModel.current(), games, answer, state);
    },
  };
}

/** Who won it: a team, or athletes (known ones, and new names with their other script confirmed). */
async function askWho(flow: StaffFlow, games: DraftGames, sport: Sport): Promise<DraftWho> {
  const who = await flow.ask(athletesStep(games, sport));
  if (who.team) return who;
  const newAthletes: AthleteName[] = [];
  for (const name of who.newAthletes) newAthletes.push(await flow.ask(otherScriptStep(name)));
  return { ...who, newAthletes };
}

function athletesStep(games: DraftGames, sport: Sport): Step<DraftWho> {
  return {
    initial: null,
    async ask(o) {
      const licenses = sportLicenses(await o.readModel.current(), games.id, sport.id);
      const athletes = dedupeById(licenses.flatMap((l) => l.athletes)).slice(0, 8);
      return draftQuestionView(renderContextOf(o), "athletes", { athletes });
    },
    async read(o, turn) {
      const data = await o.readModel.current();
      const { picked, action } = pressed(turn, "athletes");
      if (action === "team") return ok({ team: true });
      if (picked !== null) {
        const known = data.athletes.get(picked);
        return known ? ok({ team: false, athletes: [known], newAthletes: [] }) : hint("al-athletes-none");
      }
      const checked = checkAthleteNames(turn.text, [...data.athletes.values()], o.lang);
      if (!checked.ok) return checked;
      return ok({
        team: false,
        athletes: dedupeById(checked.value.flatMap((n) => ("known" in n ? [n.known] : []))),
        newAthletes: checked.value.flatMap((n) => ("name" in n ? [n.name] : [])),
      });
    },
  };
}

function otherScriptStep(name: AthleteName): Step<AthleteName> {
  const { script, proposal } = otherScript(name);
  return {
    initial: null,
    ask: (o) => nameQuestionView(renderContextOf(o), name.en ?? name.ru ?? name.kk ?? "", script, proposal),
    read(_o, turn) {
      const { action } = pressed(turn, "athletes");
      return withOtherScript(name, { action: action === "skip" || action === "accept" ? action : null, text: turn.text });
    },
  };
}

/** A text typed in any of the three languages, or one already recorded, or skipped. */
type TextAnswer = { kind: "skip" } | { kind: "known"; text: Translated } | { kind: "typed"; form: Partial<Record<Lang, string>> };

async function askEvent(flow: StaffFlow, games: DraftGames, sport: Sport): Promise<Translated | null> {
  return translated(flow, "event", await flow.ask(textStep("event", games, sport)));
}

async function askHowWon(flow: StaffFlow): Promise<Translated | null> {
  return translated(flow, "how", await flow.ask(textStep("how")));
}

function textStep(field: "event" | "how", games?: DraftGames, sport?: Sport): Step<TextAnswer> {
  const recorded = async (o: BotContext) =>
    games && sport ? sportLicenses(await o.readModel.current(), games.id, sport.id).filter((l) => l.event) : [];
  return {
    initial: null,
    async ask(o) {
      const events = (await recorded(o)).map((l) => ({ licenseId: l.id, event: l.event?.[o.lang] ?? l.event?.en ?? "" }));
      return draftQuestionView(renderContextOf(o), field, { events: [...new Map(events.map((e) => [e.event, e])).values()].slice(0, 6) });
    },
    async read(o, turn) {
      const { picked, action } = pressed(turn, field);
      if (action === "skip") return ok({ kind: "skip" });
      if (picked !== null) {
        const event = (await recorded(o)).find((l) => l.id === picked)?.event;
        return event ? ok({ kind: "known", text: event }) : hint("al-text-empty");
      }
      const checked = checkText(turn.text);
      // The typist's language is the text's: Latin letters are English, Cyrillic Russian or Kazakh.
      return checked.ok ? ok({ kind: "typed", form: nameForm(checked.value, o.lang) }) : checked;
    },
  };
}

/** The other languages of a typed text: English is needed (every language falls back to it), the others optional. */
async function translated(flow: StaffFlow, field: "event" | "how", answer: TextAnswer): Promise<Translated | null> {
  if (answer.kind === "skip") return null;
  if (answer.kind === "known") return answer.text;
  const forms = { ...answer.form };
  const typed = Object.values(forms)[0] ?? "";
  for (const lang of LANGS) {
    if (forms[lang] !== undefined) continue;
    const value = await flow.ask(translationStep(field, lang, typed));
    if (value !== null) forms[lang] = value;
  }
  return { ...forms, en: forms.en ?? typed };
}

function translationStep(field: "event" | "how", lang: Lang, typed: string): Step<string | null> {
  const required = lang === "en";
  return {
    initial: null,
    ask: (o) => translationQuestionView(renderContextOf(o), field, lang, typed, required),
    read(_o, turn) {
      if (!required && pressed(turn, field).action === "skip") return ok(null);
      const checked = checkText(turn.text);
      if (!checked.ok) return checked;
      if (required && !isLatin(checked.value)) return hint("al-translation-en-bad");
      return ok(checked.value);
    },
  };
}

function dateStep(games: DraftGames): Step<string> {
  return {
    initial: null,
    ask: (o) => draftQuestionView(renderContextOf(o), "date", {}),
    read(o, turn) {
      const { action } = pressed(turn, "date");
      const relative = action === "today" || action === "yesterday" ? action : undefined;
      return checkWonOn({ text: turn.text, relative }, turn.now, o.config.displayTz, games.closesOn);
    },
  };
}

function placesStep(who: DraftWho): Step<number> {
  return {
    initial: null,
    ask: (o) => draftQuestionView(renderContextOf(o), "places", { places: defaultPlaces(who) }),
    read(_o, turn) {
      if (pressed(turn, "places").action === "places") return ok(defaultPlaces(who));
      return checkPlaces(turn.text);
    },
  };
}

function sourceStep(): Step<string | null> {
  return {
    initial: null,
    ask: (o) => draftQuestionView(renderContextOf(o), "source", {}),
    read(_o, turn) {
      if (pressed(turn, "source").action === "skip") return ok(null);
      return checkSource(turn.text);
    },
  };
}

/** What the preview led to: save (with an alert or not), or change a field. Either way in the language it was last shown in. */
type PreviewChoice = { kind: "save"; alert: boolean; lang: Lang } | { kind: "change"; field: DraftField; lang: Lang };
type PreviewState = { lang: Lang | null; picking: boolean };

function previewStep(draft: Draft, shownIn: Lang | null): Step<PreviewChoice, PreviewState> {
  return {
    initial: { lang: shownIn, picking: false },
    async ask(o, state) {
      const rc = renderContextOf(o);
      if (state.picking) return fieldPickerView(rc);
      const data = await o.readModel.current();
      const summary = licenseSummary(data, draft.games.id);
      const athleteIds = draft.who.team ? [] : draft.who.athletes.map((a) => a.id);
      const duplicates = await likelyDuplicates(o.db, { gamesId: draft.games.id, sportId: draft.sport.id, event: draft.event, athleteIds });
      const shown = renderContext(o.i18n, state.lang ?? o.lang, o.config, rc.now);
      return draftPreviewView(rc, shown, draft, {
        listed: { licenses: summary?.licenseCount ?? 0, places: summary?.totalPlaces ?? 0 },
        duplicates,
      });
    },
    read(o, turn, state) {
      const lang = state.lang ?? o.lang;
      const language = draftLanguageButton.decode(turn.press)?.lang;
      if (language) return again({ lang: language, picking: false });
      const field = draftFieldButton.decode(turn.press)?.field;
      if (field) return ok({ kind: "change", field, lang });
      const { action } = pressed(turn, "source");
      if (action === "change") return again({ ...state, picking: true });
      if (action === "alert" || action === "quiet") return ok({ kind: "save", alert: action === "alert", lang });
      return hint(TEXTS.busy);
    },
  };
}

// --- helpers -------------------------------------------------------------------------------

/** The fields a qualification event named as `q<id>` fills in; null for anything else (or an event gone). */
async function fromQualifier(
  o: BotContext,
  given: string,
): Promise<{ qualifierId: number; games: DraftGames; sport: Sport; wonOn: string | null } | null> {
  const id = /^q(\d{1,9})$/.exec(given.trim())?.[1];
  const data = await o.readModel.current();
  const q = id === undefined ? null : qualifierById(data, Number(id));
  const games = q ? data.catalog.games.find((g) => g.id === q.gamesId) : undefined;
  if (!q || !games) return null;
  const today = hostDate(o.clock(), o.config.displayTz);
  return { qualifierId: q.id, games: gamesRef(games), sport: q.sport, wonOn: q.lastDay <= today ? q.lastDay : null };
}

/** A Games by a typed name: its city and year in any language ("LA 2028", "Лос-Анджелес 2028"); the Olympic one unless "para" is said. */
export function gamesByName(o: BotContext, games: readonly Games[], text: string): Games | undefined {
  const q = normaliseTerm(text);
  if (q.length < 4) return undefined;
  const matches = games.filter((g) =>
    LANGS.some((lang) => {
      const rc = { lang, t: (key: string, args?: Record<string, unknown>) => o.i18n.t(lang, key, args as never) };
      const label = normaliseTerm(gamesShortLabel(rc, g));
      // "Los Angeles 2028", "Лос-Анджелес 2028", or the slug's start: "LA 2028".
      return label.includes(q) || q.includes(label) || normaliseTerm(g.slug).startsWith(q);
    }),
  );
  const olympic = matches.filter((g) => g.kind === "olympic");
  return matches.length === 1 ? matches[0] : /para|пара/i.test(text) ? matches.find((g) => g.kind === "paralympic") : olympic[0];
}

function dedupeById<T extends { id: number }>(items: readonly T[]): T[] {
  return [...new Map(items.map((i) => [i.id, i])).values()];
}

/** The draft as the domain records it. A team license is named as a team in every language (the flow asks no team name). */
function toNewLicense(o: BotContext, d: Draft): NewLicense {
  const team = d.who.team ? (Object.fromEntries(LANGS.map((l) => [l, o.i18n.t(l, "al-team-name")])) as Translated) : null;
  return {
    gamesId: d.games.id,
    sportId: d.sport.id,
    athleteIds: d.who.team ? [] : d.who.athletes.map((a) => a.id),
    newAthletes: d.who.team ? [] : d.who.newAthletes,
    team,
    event: d.event,
    howWon: d.howWon,
    wonOn: d.wonOn,
    quotaPlaces: d.quotaPlaces,
    source: d.source,
  };
}
