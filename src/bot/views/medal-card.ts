// The medal card's texts for one reader, from the same helpers the /medals screen uses, and what
// goes with the card when a fan shares it: its caption, its buttons.
import { InlineKeyboard } from "grammy";
import { athleteName } from "../../domain/athletes.js";
import type { MedalResult } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import { medalCardButton } from "../callback-data/medals.js";
import { formatDate } from "../render/format.js";
import type { MedalCardInput } from "../render/medal-card.js";
import { type GamesName, gamesShortLabel, gamesTitleText, shareQuery, sportName } from "./games.js";
import type { RenderContext } from "./render-context.js";
import { resultText } from "./result-alert.js";
import { MEDAL_ICONS, whoText } from "./results.js";
import type { View } from "./view.js";

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

/**
 * What a Share button under a card types after @bot: the first athlete's name (the sport for a
 * team named by no one) and the Games, as a fan would type them. The inline query reads it back
 * and offers this medal's card first among what it finds.
 */
export function medalShareQuery(rc: Pick<RenderContext, "t" | "lang">, games: GamesName, result: MedalResult): string {
  const [first] = result.athletes;
  return shareQuery(rc, games, first ? athleteName(first.name, rc.lang) : sportName(rc, result.sport));
}

/** The card sent in a chat: its caption says all the picture does, and a button shares it on. */
export function medalCardView(rc: RenderContext, games: GamesName, result: MedalResult): View {
  return {
    text: resultText(rc, games, result),
    keyboard: new InlineKeyboard().switchInline(rc.t("button-share"), medalShareQuery(rc, games, result)),
  };
}

/** "Figure skating · Milan 2026": which of an athlete's medals a card is. */
export function medalSportAtGames(rc: Pick<RenderContext, "t" | "lang">, games: GamesName, result: MedalResult): string {
  return rc.t("medal-card-sport-games", { sport: sportName(rc, result.sport), games: gamesShortLabel(rc, games) });
}

/** "🖼 Card: 🥇 Mikhail Shaidorov": the button that sends a medal's card; `what` tells the medals on a screen apart. */
export function cardButton(rc: Pick<RenderContext, "t">, result: MedalResult, what: string): { text: string; data: string } {
  return {
    text: rc.t("button-medal-card", { icon: MEDAL_ICONS[result.medal], what }),
    data: medalCardButton.encode({ resultId: result.id }),
  };
}
