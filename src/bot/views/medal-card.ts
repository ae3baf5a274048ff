// The medal card's texts for one reader, from the same helpers the /medals screen uses.
import type { MedalResult } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import { formatDate } from "../render/format.js";
import type { MedalCardInput } from "../render/medal-card.js";
import { type GamesName, gamesTitleText, sportName } from "./games.js";
import type { RenderContext } from "./render-context.js";
import { whoText } from "./results.js";

/**
 * What the card of `result` says to a reader of `rc.lang`: the athletes in the reader's script,
 * the sport (at the start of its line, so capitalised), the event, the Games and the day won.
 * The card is drawn from plain text: nothing here is HTML.
 */
export function medalCardInput(rc: Pick<RenderContext, "t" | "lang">, games: GamesName, result: MedalResult): MedalCardInput {
  return {
    lang: rc.lang,
    medal: result.medal,
    medalLabel: rc.t("card-medal", { medal: result.medal }),
    athletes: whoText(rc, result.athletes, result.team),
    sport: sportName(rc, result.sport),
    event: inLang(result.event, rc.lang),
    games: gamesTitleText(rc, games),
    date: result.wonOn ? formatDate(result.wonOn, rc.lang) : null,
    team: rc.t("card-team"),
  };
}
