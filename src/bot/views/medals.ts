import { InlineKeyboard } from "grammy";
import { defaultMedalsGames, type GamesCatalog } from "../../domain/catalog.js";
import { type FanData, resultsAt } from "../../domain/fan-data.js";
import { gamesPhase } from "../../domain/games.js";
import { isMedal } from "../../domain/results.js";
import type { Games, GamesKind, MedalResult, Result } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import { summaryButton } from "../callback-data/licenses.js";
import { medalsButton, medalsPageButton } from "../callback-data/medals.js";
import { t } from "../i18n.js";
import { addGamesSwitch } from "../keyboards/games-switch.js";
import { addPager } from "../keyboards/pager.js";
import { formatDate, midSentence, sourceTitle, zoneWords } from "../render/format.js";
import { type Html, html, joinHtml } from "../render/html.js";
import { clampPage, paginate } from "../render/paginate.js";
import { gamesTitle, sportNameMid } from "./games.js";
import { cardButton } from "./medal-card.js";
import type { RenderContext } from "./render-context.js";
import { MEDAL_ICONS, noResultsLine, placingText, resultLine, tallyOf, whoText } from "./results.js";
import { messageView, type View } from "./view.js";

function resultArgs(rc: RenderContext, r: Result) {
  return {
    who: whoText(rc, r.athletes, r.team),
    // Mid-sentence, after the athletes' names: "— бокс, до 80 кг".
    sport: sportNameMid(rc, r.sport),
    event: midSentence(inLang(r.event, rc.lang), rc.lang),
  };
}

function medalArgs(rc: RenderContext, r: MedalResult) {
  return { icon: MEDAL_ICONS[r.medal], ...resultArgs(rc, r) };
}

/** "🥇 Yeldos Smetov — judo, −60 kg": one medal in a line, without its date (the day's summary). */
export function medalHeadline(rc: RenderContext, r: MedalResult): Html {
  return t(rc, "medal-line", medalArgs(rc, r));
}

/** A result's line (`line`, given the day it was won, if known), then its team, note and source under it. */
function resultEntry(rc: RenderContext, r: Result, line: (date: string | null) => Html): Html {
  const lines: Html[] = [line(r.wonOn ? formatDate(r.wonOn, rc.lang) : null)];
  if (r.team && r.athletes.length > 0) lines.push(t(rc, "medal-team", { team: inLang(r.team, rc.lang) }));
  if (r.note) lines.push(t(rc, "medal-note", { note: inLang(r.note, rc.lang) }));
  if (r.source) lines.push(t(rc, "medal-source", { source: sourceTitle(r.source, rc.lang) }));
  return joinHtml(lines, "\n");
}

/** "🥇 Yeldos Smetov — Judo, −60 kg (27 July 2024)", its note and source under it. */
export function medalEntry(rc: RenderContext, r: MedalResult): Html {
  const args = medalArgs(rc, r);
  return resultEntry(rc, r, (date) => (date ? t(rc, "medal-line-date", { ...args, date }) : t(rc, "medal-line", args)));
}

/** "🔹 4th: Yeldos Smetov — judo, −60 kg (27 July 2024)": a result without a medal. */
function placingEntry(rc: RenderContext, r: Result): Html {
  const args = { ...resultArgs(rc, r), placing: placingText(rc, r) };
  return resultEntry(rc, r, (date) => (date ? t(rc, "placing-line-date", { ...args, date }) : t(rc, "placing-line", args)));
}

/** Lines of entries on one page of /medals (an entry with a team, note or source takes two to four). */
const MEDALS_PAGE = { maxLines: 20, maxItems: 20, maxChars: 3000 };

/**
 * /medals: the team's tally at one Games (with its place in the medal table, when staff set it),
 * each medal, gold first, then the placings without a medal in their own short section; paged
 * when long. Other Games a tap away.
 */
export function medalsView(rc: RenderContext, cat: GamesCatalog, games: Games, results: readonly Result[], requestedPage = 0): View {
  const medals = results.filter(isMedal);
  const placings = results.filter((r) => !isMedal(r));
  const lines: Html[] = [t(rc, "medals-header", { games: gamesTitle(rc, games) })];
  const phase = gamesPhase(games, rc.now);
  if (medals.length === 0) {
    if (phase === "before") lines.push(t(rc, "medals-not-started"));
    else if (phase === "during") lines.push(t(rc, "medals-none-yet"));
    else lines.push(placings.length > 0 ? t(rc, "medals-none-over") : noResultsLine(rc, games));
  } else {
    lines.push(resultLine(rc, games, tallyOf(medals), true));
  }
  // The placings' heading goes with the first of them, so a page never ends on it.
  const [first, ...rest] = placings;
  const section = first ? joinHtml([t(rc, "medals-placings"), placingEntry(rc, first)], "\n") : null;
  const medalEntries = medals.map((r) => ({ r, entry: medalEntry(rc, r) }));
  const entries = [...medalEntries.map((m) => m.entry), ...(section ? [section] : []), ...rest.map((r) => placingEntry(rc, r))];
  const pages = paginate(entries, MEDALS_PAGE);
  const page = clampPage(requestedPage, pages.length);
  // A blank line sets the section off from the medals above it on the same page.
  const shown = (pages[page] ?? []).map((e, i) => (e === section && i > 0 ? joinHtml([html``, e], "\n") : e));
  if (results.some((r) => r.wonOn !== null)) lines.push(t(rc, "schedule-dates-in", { zone: zoneWords(games.hostTz, rc.lang) }));
  if (shown.length > 0) lines.push(html``, joinHtml(shown, "\n"));

  // The card of each medal on this page, to share; then the pages and the other Games.
  const keyboard = new InlineKeyboard();
  const onPage = new Set(pages[page]);
  for (const { r, entry } of medalEntries) {
    if (!onPage.has(entry)) continue;
    const button = cardButton(rc, r, whoText(rc, r.athletes, r.team));
    keyboard.text(button.text, button.data).row();
  }
  addPager(keyboard, page, pages.length, (p) => medalsPageButton.encode({ gamesId: games.id, page: p }));
  addGamesSwitch(keyboard, rc, cat, games, (gamesId) => medalsButton.encode({ gamesId }));
  keyboard.text(rc.t("button-licenses"), summaryButton.encode({ gamesId: games.id }));
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** /medals with no Games named: the Games of the kind on now, else the latest that is over. */
export function defaultMedalsView(rc: RenderContext, data: FanData, kind: GamesKind): View {
  const games = defaultMedalsGames(data.catalog, rc.now, kind);
  return games ? medalsView(rc, data.catalog, games, resultsAt(data, games.id)) : messageView(rc, "no-games");
}
