// What the team won at a Games, as the summary, the countdown, the medals and the athlete screens say it.
import { athleteName } from "../../domain/athletes.js";
import { gamesPhase } from "../../domain/games.js";
import type { MedalTally } from "../../domain/licenses.js";
import type { Athlete, Games, Medal, Result, Translated } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import { t } from "../i18n.js";
import type { Html } from "../render/html.js";
import type { RenderContext } from "./render-context.js";

type Rc = Pick<RenderContext, "t" | "lang">;

export const MEDAL_ICONS: Record<Medal, string> = { gold: "🥇", silver: "🥈", bronze: "🥉" };

/** Counts of each medal among `results`. */
export function tallyOf(results: readonly Pick<Result, "medal">[]): MedalTally {
  const tally: MedalTally = { gold: 0, silver: 0, bronze: 0 };
  // A placing without a medal is no medal.
  for (const r of results) if (r.medal !== null) tally[r.medal]++;
  return tally;
}

export function medalCount(tally: MedalTally): number {
  return tally.gold + tally.silver + tally.bronze;
}

/** That no results are recorded here for these Games: "not yet" only while they may still come. */
export function noResultsLine(rc: Pick<RenderContext, "t" | "lang" | "now">, games: Games): Html {
  return t(rc, gamesPhase(games, rc.now) === "after" ? "results-none-over" : "results-none");
}

/**
 * "Result: 1 gold, 3 silver, 3 bronze — 43rd in the medal table." (the place only with `withRank`
 * and when staff set it), or that no results are recorded here for these Games. While the Games
 * are on, both are what stands so far ("currently 12th"): the tally and the place can still change.
 */
export function resultLine(rc: Pick<RenderContext, "t" | "lang" | "now">, games: Games, tally: MedalTally, withRank: boolean): Html {
  if (medalCount(tally) === 0) return noResultsLine(rc, games);
  const counts = { gold: tally.gold, silver: tally.silver, bronze: tally.bronze };
  const on = gamesPhase(games, rc.now) === "during";
  if (withRank && games.medalRank !== null)
    return t(rc, on ? "results-line-rank-now" : "results-line-rank", { ...counts, rank: games.medalRank });
  return t(rc, on ? "results-line-now" : "results-line", counts);
}

/** What a result without a medal was ("4th", "четвертьфинал"), in the reader's language. */
export function placingText(rc: Pick<RenderContext, "lang">, r: Pick<Result, "placing">): string {
  // results_medal_or_placing guarantees a placing where there is no medal.
  return r.placing ? inLang(r.placing, rc.lang) : "";
}

/** Athletes by name in the reader's script ("Alexandra Le, Islam Satpayev"), else the team, else "not named". */
export function whoText(rc: Rc, athletes: readonly Athlete[], team: Translated | null): string {
  if (athletes.length > 0) return athletes.map((a) => athleteName(a.name, rc.lang)).join(", ");
  if (team) return inLang(team, rc.lang);
  return rc.t("license-unnamed");
}
