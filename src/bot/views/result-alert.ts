import type { Games, Result, Sport } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import { t } from "../i18n.js";
import { formatDate, midSentence } from "../render/format.js";
import { type Html, joinHtml } from "../render/html.js";
import { type GamesName, gamesTitle, sportNameMid } from "./games.js";
import type { RenderContext } from "./render-context.js";
import { MEDAL_ICONS, whoText } from "./results.js";
import type { View } from "./view.js";

/**
 * Telegram's limit for a photo's caption. The alert is short by design (a few names, a sport, an
 * event): it fits, and the sender sends it as a text message when it does not.
 */
export const MAX_CAPTION_LENGTH = 1024;

/** "🥇 Gold! Mikhail Shaidorov — figure skating, men's singles" and the Games and day under it. */
function resultLines(rc: RenderContext, games: GamesName, r: Result): Html[] {
  const args = {
    who: whoText(rc, r.athletes, r.team),
    sport: sportNameMid(rc, r.sport),
    event: midSentence(inLang(r.event, rc.lang), rc.lang),
  };
  const head =
    r.medal !== null
      ? t(rc, "alert-result-medal", { ...args, icon: MEDAL_ICONS[r.medal], medal: rc.t("card-medal", { medal: r.medal }) })
      : t(rc, "alert-result-placing", { ...args, placing: inLang(r.placing ?? { en: "" }, rc.lang) });
  const where = r.wonOn
    ? t(rc, "alert-result-games-date", { games: gamesTitle(rc, games), date: formatDate(r.wonOn, rc.lang) })
    : t(rc, "alert-result-games", { games: gamesTitle(rc, games) });
  return [head, where];
}

/** A result as its alert and its medal card's caption say it: who won what, the Games and the day. */
export function resultText(rc: RenderContext, games: GamesName, result: Result): Html {
  return joinHtml(resultLines(rc, games, result), "\n");
}

/**
 * The push a subscriber gets when staff record a result: the caption of the medal card, or a text
 * message. Its buttons (stop these alerts, settings) are the sender's: they depend on the chat.
 */
export function resultAlertView(rc: RenderContext, games: GamesName, result: Result): View {
  return { text: resultText(rc, games, result) };
}

/** What the chats that got a result's alert are told after staff corrected it: the result as it is now. */
export function resultCorrectionView(rc: RenderContext, games: GamesName, result: Result): View {
  return { text: joinHtml([t(rc, "alert-result-correction"), ...resultLines(rc, games, result)], "\n") };
}

/** …or after staff removed it: that the result they were sent is withdrawn. */
export function resultWithdrawnView(rc: RenderContext, games: Games, sport: Sport): View {
  return {
    text: t(rc, "alert-result-withdrawn", { sport: sportNameMid(rc, sport), games: gamesTitle(rc, games) }),
  };
}
