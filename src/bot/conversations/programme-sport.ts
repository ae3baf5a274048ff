// The sport step both staff flows share (/addlicense, /addresult): a sport of the Games' programme,
// pressed or typed; a typed name that fits several, or none well, offers the likely ones there.
import { type FanData, getSport, resolveSport } from "../../domain/fan-data.js";
import { inProgramme, withinProgramme } from "../../domain/programme.js";
import type { Games, Sport } from "../../domain/types.js";
import { again, hint, ok, type Reading } from "./staff-flow.js";

/** A page of the Games' programme, or the sports a typed name may mean. */
export type SportState = { page: number; suggest?: { key: string; query: string; sportIds: number[] } };

/** What the staff member did at the sport step: a sport pressed, a page turned, or text typed. */
export interface SportAnswer {
  picked: number | null;
  page: number | undefined;
  text: string | undefined;
}

export function readProgrammeSport(
  data: FanData,
  games: Pick<Games, "id" | "kind">,
  answer: SportAnswer,
  state: SportState,
): Reading<Sport, SportState> {
  if (answer.page !== undefined) return again({ page: answer.page });
  const query = (answer.text ?? "").slice(0, 64);
  if (answer.picked !== null) {
    const sport = getSport(data, answer.picked);
    return sport && inProgramme(data, games.id, sport.id) ? ok(sport) : hint("al-sport-unknown", { query });
  }
  if (!answer.text) return hint("al-sport-unknown", { query });
  const match = resolveSport(data, answer.text, { kind: games.kind });
  // Only sports of these Games' programme: cricket for LA 2028, no breaking; no boxing at Milano Cortina.
  if (match.type === "found" && inProgramme(data, games.id, match.sport.id)) return ok(match.sport);
  const offered = match.type === "found" ? [] : match.type === "ambiguous" ? match.candidates : match.suggestions;
  const sports = withinProgramme(data, games.id, offered);
  if (sports.length === 0) return hint("al-sport-unknown", { query });
  // One left of several ("хоккей" at LA 2028: field hockey only) is a suggestion, not a choice between sports.
  const key = match.type === "ambiguous" && sports.length > 1 ? "sport-ambiguous" : "al-sport-unknown";
  return again({ page: state.page, suggest: { key, query, sportIds: sports.map((s) => s.id) } });
}

/** The sports a typed name may mean, as the step offers them again; null when it shows a page of the programme. */
export function suggestedSports(data: FanData, state: SportState): Sport[] | null {
  return state.suggest ? state.suggest.sportIds.flatMap((id) => getSport(data, id) ?? []) : null;
}
