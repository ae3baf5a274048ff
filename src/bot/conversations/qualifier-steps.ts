// The questions of a qualification event, one step per field, shared by /addqualifier and
// /editqualifier (qualifier-flows.ts): the Games, the sport of its programme, the name and the place
// (typed in one language, the others asked by /addresult's own translation step), the host zone,
// the days, the quota places, the team's entries (/addresult's athletes step) and the source
// (/addresult's source step). staff-flow.ts handles the turns (Back, /cancel, idle, other commands).
import { upcomingGames } from "../../domain/games.js";
import { programmeOf } from "../../domain/programme.js";
import type { QualifierFields } from "../../domain/qualifier-records.js";
import { MAX_QUALIFIER_QUOTA, MAX_QUALIFIER_SPAN_DAYS } from "../../domain/qualifiers.js";
import type { AthleteName, Games, Qualifier, Sport } from "../../domain/types.js";
import { parseDayRange } from "../../lib/day-range-input.js";
import { oneLine } from "../../lib/echo-text.js";
import { inLang, type Translated } from "../../lib/languages.js";
import { readZoneInput, zoneOfCity } from "../../lib/zone-input.js";
import { addDays, hostDate } from "../../lib/zoned-time.js";
import {
  type QualifierField,
  qualifierActionButton,
  qualifierAnswerButton,
  qualifierFieldButton,
  qualifierSportsPageButton,
} from "../callback-data/qualifier-staff.js";
import { type BotContext, renderContextOf } from "../context.js";
import { t } from "../i18n.js";
import { utcOffset } from "../render/format.js";
import { gamesButtons, type QuestionButton, qualifierFieldsView, qualifierQuestionView, sportButtons } from "../views/qualifier-draft.js";
import { type ResultGames, type ResultWho, resultGamesRef, whoOf } from "../views/result-draft.js";
import { gamesByName } from "./add-license.js";
import { askTranslated, askWho, checkRequiredText, sourceStep, teamName } from "./add-result.js";
import { nameForm } from "./license-input.js";
import { readProgrammeSport, type SportState, suggestedSports } from "./programme-sport.js";
import { hint, ok, type StaffFlow, type Step } from "./staff-flow.js";

const SPORTS_PER_PAGE = 8;

/**
 * An event being recorded or changed, as the preview shows it; every value plain JSON. Its fields
 * are the stored event's (the events contested: an import may give them, the flows keep them as they
 * are), with the Games and the entries as the steps hold them.
 */
export type QualifierDraft = Pick<
  Qualifier,
  "sport" | "name" | "event" | "place" | "hostTz" | "firstDay" | "lastDay" | "quotaPlaces" | "source"
> & { games: ResultGames; who: ResultWho };

const answerOf = (turn: { press: string | undefined }, field: QualifierField) => {
  const a = qualifierAnswerButton.decode(turn.press);
  return a?.field === field ? a.value : null;
};
const actionOf = (turn: { press: string | undefined }) => qualifierActionButton.decode(turn.press)?.action;

export function gamesStep(): Step<ResultGames> {
  return {
    initial: null,
    async ask(o) {
      const { catalog } = await o.readModel.current();
      // The current or next Games of each kind, and the one after it (qualification for it may have begun).
      const next = upcomingGames(catalog.games, o.clock());
      const after = next.flatMap((g) => catalog.games.filter((x) => x.kind === g.kind && x.opensOn > g.opensOn).slice(0, 1));
      const rc = renderContextOf(o);
      return qualifierQuestionView(rc, "aq-games", {}, gamesButtons(rc, [...next, ...after]));
    },
    async read(o, turn) {
      const { catalog } = await o.readModel.current();
      const picked = answerOf(turn, "games");
      const games: Games | undefined =
        picked !== null ? catalog.games.find((g) => g.id === picked) : turn.text ? gamesByName(o, catalog.games, turn.text) : undefined;
      return games ? ok(resultGamesRef(games)) : hint("al-games-unknown");
    },
  };
}

export function sportStep(games: ResultGames): Step<Sport, SportState> {
  return {
    initial: { page: 0 },
    async ask(o, state) {
      const data = await o.readModel.current();
      const rc = renderContextOf(o);
      const suggested = suggestedSports(data, state);
      if (suggested && state.suggest)
        return qualifierQuestionView(rc, state.suggest.key, { query: state.suggest.query }, sportButtons(rc, suggested));
      const all = programmeOf(data, games.id).sort((a, b) => a.name[o.lang].localeCompare(b.name[o.lang], o.lang));
      const pages = Math.max(1, Math.ceil(all.length / SPORTS_PER_PAGE));
      const page = Math.min(state.page, pages - 1);
      return qualifierQuestionView(rc, "aq-sport", {}, sportButtons(rc, all.slice(page * SPORTS_PER_PAGE, (page + 1) * SPORTS_PER_PAGE)), {
        page,
        pages,
      });
    },
    async read(o, turn, state) {
      const answer = { picked: answerOf(turn, "sport"), page: qualifierSportsPageButton.decode(turn.press)?.page, text: turn.text };
      return readProgrammeSport(await o.readModel.current(), games, answer, state);
    },
  };
}

/** A text typed in any of the three languages (the name, the place's city), or skipped when `optional`. */
function typedStep(key: string, optional: boolean): Step<Partial<Translated> | null> {
  return {
    initial: null,
    ask: (o) => qualifierQuestionView(renderContextOf(o), key, {}, optional ? [{ text: o.i18n.t(o.lang, "al-skip"), action: "skip" }] : []),
    read(o, turn) {
      if (optional && actionOf(turn) === "skip") return ok(null);
      const checked = checkRequiredText(turn.text);
      return checked.ok ? ok(nameForm(checked.value, o.lang)) : checked;
    },
  };
}

export async function askName(flow: StaffFlow, current?: Translated): Promise<Translated> {
  const typed = await flow.ask(typedStep("aq-name", false));
  return askTranslated(flow, "qualifier", typed ?? {}, current);
}

export async function askPlace(flow: StaffFlow, current?: Translated | null): Promise<Translated | null> {
  const typed = await flow.ask(typedStep("aq-place", true));
  return typed === null ? null : askTranslated(flow, "place", typed, current);
}

/**
 * The host's zone, never as an identifier: the zone named for the city just typed and the Games'
 * own as buttons (the city and its offset), or an offset typed ("UTC+3") where no zone is named
 * for the city (Doha's is Asia/Qatar); an IANA zone typed still works.
 */
export function zoneStep(games: ResultGames, city: Translated | null | undefined): Step<string> {
  const cityZone = city ? zoneOfCity(city.en) : null;
  return {
    initial: null,
    ask(o) {
      const rc = renderContextOf(o);
      const button = (name: string, zone: string, action: "city" | "zone"): QuestionButton => ({
        text: o.i18n.t(o.lang, "aq-zone-button", { city: name, offset: utcOffset(zone, rc.now) }),
        action,
      });
      const buttons = [button(games.hostCity[o.lang], games.hostTz, "zone")];
      if (city && cityZone && cityZone !== games.hostTz) buttons.unshift(button(inLang(city, o.lang), cityZone, "city"));
      return qualifierQuestionView(rc, "aq-zone", {}, buttons);
    },
    read(_o, turn) {
      if (actionOf(turn) === "zone") return ok(games.hostTz);
      if (actionOf(turn) === "city" && cityZone) return ok(cityZone);
      const typed = readZoneInput(oneLine(turn.text ?? ""));
      return typed ? ok(typed) : hint("aq-zone-bad");
    },
  };
}

/** The first and last day, host dates, as /games reads a window's ("12–19.05.2027"); the year, where left out, is this one. */
export function readDays(text: string | undefined, today: string): { firstDay: string; lastDay: string } | { hint: string } {
  const days = parseDayRange(oneLine(text ?? ""), Number(today.slice(0, 4)));
  if (!days.ok) return { hint: days.reason === "order" ? "aq-days-order" : "aq-days-bad" };
  if (addDays(days.first, MAX_QUALIFIER_SPAN_DAYS) < days.last) return { hint: "aq-days-long" };
  return { firstDay: days.first, lastDay: days.last };
}

export function daysStep(): Step<{ firstDay: string; lastDay: string }> {
  return {
    initial: null,
    ask: (o) => qualifierQuestionView(renderContextOf(o), "aq-days", {}, []),
    read(o, turn) {
      const days = readDays(turn.text, hostDate(new Date(turn.now), o.config.displayTz));
      return "hint" in days ? hint(days.hint) : ok(days);
    },
  };
}

export function quotaStep(): Step<number | null> {
  return {
    initial: null,
    ask: (o) => qualifierQuestionView(renderContextOf(o), "aq-places", {}, [{ text: o.i18n.t(o.lang, "al-skip"), action: "skip" }]),
    read(_o, turn) {
      if (actionOf(turn) === "skip") return ok(null);
      const value = /^\d{1,3}$/.test(turn.text ?? "") ? Number(turn.text) : Number.NaN;
      return value >= 1 && value <= MAX_QUALIFIER_QUOTA ? ok(value) : hint("aq-places-bad", { max: MAX_QUALIFIER_QUOTA });
    },
  };
}

/** The team's entries: /addresult's athletes step, under a line saying whose; "Team" means none named yet. */
export function askEntries(flow: StaffFlow, games: ResultGames, sport: Sport): Promise<ResultWho> {
  return askWho(flow, games, sport, undefined, (rc) => t(rc, "aq-entries"));
}

/** One field asked again (from the preview, or in /editqualifier); the Games and sport stay. */
export async function askField(flow: StaffFlow, d: QualifierDraft, field: QualifierField): Promise<QualifierDraft> {
  switch (field) {
    case "name":
      return { ...d, name: await askName(flow, d.name) };
    case "place": {
      const city = await askPlace(flow, d.place?.city);
      return { ...d, place: city ? { city, country: d.place?.country ?? null } : null };
    }
    case "zone":
      return { ...d, hostTz: await flow.ask(zoneStep(d.games, d.place?.city)) };
    case "days":
      return { ...d, ...(await flow.ask(daysStep())) };
    case "places":
      return { ...d, quotaPlaces: await flow.ask(quotaStep()) };
    case "athletes":
      return { ...d, who: await askEntries(flow, d.games, d.sport) };
    case "source":
      return { ...d, source: await flow.ask(qualifierSourceStep()) };
    default:
      return d;
  }
}

/** Which field to change, under the event as it is (or, when `closable`, to close it). */
export function fieldStep(shown: (o: BotContext) => Qualifier | Promise<Qualifier>, key: string, closable = false): Step<QualifierField> {
  return {
    initial: null,
    ask: async (o) => qualifierFieldsView(renderContextOf(o), await shown(o), key, closable),
    read(_o, turn) {
      const field = qualifierFieldButton.decode(turn.press)?.field;
      return field ? ok(field) : hint("aq-pick-field");
    },
  };
}

/** /addresult's link step, asked as a qualifier's: no "7/7", no "the result". */
export const qualifierSourceStep = (): Step<string | null> => sourceStep(undefined, (rc) => t(rc, "aq-source"));

/** What the event fans see and the fields the domain records share. */
function shared(d: QualifierDraft) {
  const { name, event, place, hostTz, firstDay, lastDay, quotaPlaces, source } = d;
  return { name, event, place, hostTz, firstDay, lastDay, quotaPlaces, source };
}

/** The draft as fans will see the event (new athletes with stand-in ids). */
export function draftQualifier(o: BotContext, d: QualifierDraft, id = 0): Qualifier {
  return {
    id,
    gamesId: d.games.id,
    sport: d.sport,
    ...shared(d),
    athletes: d.who.team ? [] : whoOf(d.who, teamName(o)).athletes,
    closedAt: null,
    licenses: [],
  };
}

/** The draft as the domain records it. */
export function draftFields(d: QualifierDraft): QualifierFields & { newAthletes: AthleteName[] } {
  return {
    gamesId: d.games.id,
    sportId: d.sport.id,
    ...shared(d),
    athleteIds: d.who.team ? [] : d.who.athletes.map((a) => a.id),
    newAthletes: d.who.team ? [] : d.who.newAthletes,
  };
}

/** An event recorded, as a draft to change (its entries all known athletes). */
export function draftOf(q: Qualifier, games: Games): QualifierDraft {
  return {
    games: resultGamesRef(games),
    sport: q.sport,
    name: q.name,
    event: q.event,
    place: q.place,
    hostTz: q.hostTz,
    firstDay: q.firstDay,
    lastDay: q.lastDay,
    quotaPlaces: q.quotaPlaces,
    who: { team: false, athletes: q.athletes, newAthletes: [] },
    source: q.source,
  };
}
