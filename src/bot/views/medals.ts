import { InlineKeyboard } from "grammy";
import { defaultMedalsGames, type GamesCatalog } from "../../domain/catalog.js";
import { type FanData, gamesResults } from "../../domain/fan-data.js";
import { gamesPhase } from "../../domain/games.js";
import type { Games, GamesKind, MedalResult } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import { summaryButton } from "../callback-data/licenses.js";
import { medalsButton } from "../callback-data/medals.js";
import { t } from "../i18n.js";
import { addGamesSwitch } from "../keyboards/games-switch.js";
import { formatDate, midSentence, sourceTitle } from "../render/format.js";
import { type Html, html, joinHtml } from "../render/html.js";
import { gamesTitle, sportNameMid } from "./games.js";
import { cardButton } from "./medal-card.js";
import type { RenderContext } from "./render-context.js";
import { MEDAL_ICONS, noResultsLine, resultLine, tallyOf, whoText } from "./results.js";
import { messageView, type View } from "./view.js";

function medalArgs(rc: RenderContext, r: MedalResult) {
  return {
    icon: MEDAL_ICONS[r.medal],
    who: whoText(rc, r.athletes, r.team),
    // Mid-sentence, after the athletes' names: "— бокс, до 80 кг".
    sport: sportNameMid(rc, r.sport),
    event: midSentence(inLang(r.event, rc.lang), rc.lang),
  };
}

/** "🥇 Yeldos Smetov — judo, −60 kg": one medal in a line, without its date (the day's summary). */
export function medalHeadline(rc: RenderContext, r: MedalResult): Html {
  return t(rc, "medal-line", medalArgs(rc, r));
}

/** "🥇 Yeldos Smetov — Judo, −60 kg (27 July 2024)", its note and source under it. */
export function medalEntry(rc: RenderContext, r: MedalResult): Html {
  const args = medalArgs(rc, r);
  const lines: Html[] = [r.wonOn ? t(rc, "medal-line-date", { ...args, date: formatDate(r.wonOn, rc.lang) }) : t(rc, "medal-line", args)];
  if (r.team && r.athletes.length > 0) lines.push(t(rc, "medal-team", { team: inLang(r.team, rc.lang) }));
  if (r.note) lines.push(t(rc, "medal-note", { note: inLang(r.note, rc.lang) }));
  if (r.source) lines.push(t(rc, "medal-source", { source: sourceTitle(r.source, rc.lang) }));
  return joinHtml(lines, "\n");
}

/** /medals: the team's tally at one Games and each medal, gold first; other Games a tap away. */
export function medalsView(rc: RenderContext, cat: GamesCatalog, games: Games, results: readonly MedalResult[]): View {
  const lines: Html[] = [t(rc, "medals-header", { games: gamesTitle(rc, games) })];
  const phase = gamesPhase(games, rc.now);
  if (results.length === 0) {
    lines.push(phase === "before" ? t(rc, "medals-not-started") : phase === "during" ? t(rc, "medals-none-yet") : noResultsLine(rc, games));
  } else {
    // The place in the medal table is final only once the Games are over.
    lines.push(resultLine(rc, games, tallyOf(results), phase === "after"), html``);
    lines.push(
      joinHtml(
        results.map((r) => medalEntry(rc, r)),
        "\n",
      ),
    );
  }
  // Each medal's card, to share; then the other Games.
  const keyboard = new InlineKeyboard();
  for (const r of results) {
    const button = cardButton(rc, r, whoText(rc, r.athletes, r.team));
    keyboard.text(button.text, button.data).row();
  }
  addGamesSwitch(keyboard, rc, cat, games, (gamesId) => medalsButton.encode({ gamesId }));
  keyboard.text(rc.t("button-licenses"), summaryButton.encode({ gamesId: games.id }));
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** /medals with no Games named: the Games of the kind on now, else the latest that is over. */
export function defaultMedalsView(rc: RenderContext, data: FanData, kind: GamesKind): View {
  const games = defaultMedalsGames(data.catalog, rc.now, kind);
  return games ? medalsView(rc, data.catalog, games, gamesResults(data, games.id)) : messageView(rc, "no-games");
}
