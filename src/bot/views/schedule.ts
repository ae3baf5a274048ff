import { InlineKeyboard } from "grammy";
import type { GamesCatalog } from "../../domain/catalog.js";
import { countdown } from "../../domain/countdown.js";
import { gamesPhase, gamesWindow } from "../../domain/games.js";
import type { CompetitionWindow, Games, Sport } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import { hostDate } from "../../lib/zoned-time.js";
import { calendarButton } from "../callback-data/calendar.js";
import { sportButton } from "../callback-data/licenses.js";
import { scheduleButton } from "../callback-data/schedule.js";
import { t } from "../i18n.js";
import { addGamesSwitch } from "../keyboards/games-switch.js";
import { addPager } from "../keyboards/pager.js";
import { formatDate, formatDateRange, zoneWords } from "../render/format.js";
import { type Html, html, joinHtml } from "../render/html.js";
import { clampPage, ONE_PAGE, paginate } from "../render/paginate.js";
import {
  clockTimes,
  gamesOverLine,
  gamesTitle,
  instantWithZones,
  type SharedOption,
  shareQuery,
  sportName,
  sportNameMid,
} from "./games.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

/** Lines of windows on one page of /schedule (a window with a start time or a note takes two or three). */
const SCHEDULE_PAGE = { maxLines: 14, maxChars: 3000 };

/** Where the Games stand now: over, on (day N of M) or ahead. */
function phaseLine(rc: RenderContext, games: Games): Html {
  const c = countdown(games, rc.now);
  if (c.phase === "during") return t(rc, "schedule-during", { day: c.day, of: c.of });
  if (c.phase === "after") return gamesOverLine(rc, games);
  return t(rc, "schedule-before", { date: formatDate(games.opensOn, rc.lang) });
}

function windowEntry(rc: RenderContext, w: CompetitionWindow, games: Games): Html {
  const lines: Html[] = [t(rc, "schedule-line", { sport: sportName(rc, w.sport), dates: formatDateRange(w.firstDay, w.lastDay, rc.lang) })];
  if (w.startsAt) lines.push(t(rc, "schedule-starts", { times: clockTimes(rc, w.startsAt, games.hostTz) }));
  if (w.note) lines.push(t(rc, "schedule-note", { note: inLang(w.note, rc.lang) }));
  return joinHtml(lines, "\n");
}

/** No windows: "not known yet" for Games ahead, "not recorded here" for Games that are over. */
function noWindows(rc: RenderContext, games: Games, sport: Sport | null): Html {
  const over = gamesPhase(games, rc.now) === "after";
  if (!sport) return t(rc, over ? "schedule-none-over" : "schedule-none");
  return t(rc, over ? "schedule-sport-none-over" : "schedule-sport-none", { sport: sportNameMid(rc, sport), games: gamesTitle(rc, games) });
}

/** /schedule: the competition windows of one Games (or of one sport there), paged. */
export function scheduleView(
  rc: RenderContext,
  cat: GamesCatalog,
  games: Games,
  sport: Sport | null,
  windows: readonly CompetitionWindow[],
  requestedPage: number,
  opts: SharedOption = {},
): View {
  const title = gamesTitle(rc, games);
  const pages = paginate(
    windows.map((w) => windowEntry(rc, w, games)),
    // Shared, it is one message: the card cuts it short with a link to the rest. In the bot a page
    // is about a phone's screen: the head (4–6 lines) and up to 14 lines of windows.
    opts.shared ? ONE_PAGE : SCHEDULE_PAGE,
  );
  const page = clampPage(requestedPage, pages.length);

  const head: Html[] = [
    sport ? t(rc, "schedule-sport-header", { sport: sportName(rc, sport), games: title }) : t(rc, "schedule-header", { games: title }),
    phaseLine(rc, games),
  ];
  // The opening and the Games' note once, on the first page: the next pages continue the list.
  if (page === 0 && games.opensAt && !sport)
    head.push(t(rc, "schedule-opening", { when: instantWithZones(rc, games.opensAt, games.hostTz) }));
  if (page === 0 && games.note && !sport) head.push(t(rc, "games-note", { note: inLang(games.note, rc.lang) }));
  const body =
    windows.length === 0
      ? [html``, noWindows(rc, games, sport)]
      : [t(rc, "schedule-dates-in", { zone: zoneWords(games.hostTz, rc.lang) }), html``, joinHtml(pages[page] ?? [], "\n")];

  const keyboard = addPager(new InlineKeyboard(), page, pages.length, (p) =>
    scheduleButton.encode({ gamesId: games.id, sportId: sport?.id ?? null, page: p }),
  );
  if (sport) {
    keyboard
      .text(
        rc.t("button-sport-licenses", { sport: sportName(rc, sport) }),
        sportButton.encode({ gamesId: games.id, sportId: sport.id, page: 0 }),
      )
      .row()
      .switchInline(rc.t("button-share"), shareQuery(games, sportName(rc, sport)))
      .text(rc.t("button-full-schedule"), scheduleButton.encode({ gamesId: games.id, sportId: null, page: 0 }));
  } else {
    keyboard.switchInline(rc.t("button-share"), shareQuery(games)).row();
    addGamesSwitch(keyboard, rc, cat, games, (gamesId) => scheduleButton.encode({ gamesId, sportId: null, page: 0 }));
  }
  keyboard.row().text(rc.t("button-calendar"), calendarButton.encode({ gamesId: games.id, sportId: sport?.id ?? null }));
  return { text: joinHtml([...head, ...body], "\n"), keyboard };
}

/** The Games running now, each with the windows that include today in its host's calendar. */
export interface TodayAtGames {
  games: Games;
  windows: readonly CompetitionWindow[];
}

/** `/schedule today`: what is on at every Games running now; else the last and the next Games. */
export function todayView(rc: RenderContext, cat: GamesCatalog, running: readonly TodayAtGames[]): View {
  const blocks = running.map(({ games, windows }) => {
    const c = countdown(games, rc.now);
    const lines: Html[] = [
      t(rc, "today-header", {
        games: gamesTitle(rc, games),
        date: formatDate(hostDate(rc.now, games.hostTz), rc.lang),
        city: games.hostCity[rc.lang],
        day: c.phase === "during" ? c.day : 1,
        of: c.phase === "during" ? c.of : 1,
      }),
    ];
    if (windows.length === 0) lines.push(t(rc, "today-nothing"));
    for (const w of windows) lines.push(windowEntry(rc, w, games));
    return joinHtml(lines, "\n");
  });
  if (blocks.length > 0) return { text: joinHtml(blocks, "\n\n") };

  const lines: Html[] = [t(rc, "today-no-games")];
  const past = cat.games
    .filter((g) => gamesPhase(g, rc.now) === "after")
    .sort((a, b) => gamesWindow(b).end.getTime() - gamesWindow(a).end.getTime())[0];
  if (past) lines.push(gamesOverLine(rc, past));
  const next = cat.games
    .filter((g) => gamesPhase(g, rc.now) === "before")
    .sort((a, b) => gamesWindow(a).start.getTime() - gamesWindow(b).start.getTime())[0];
  if (next) lines.push(t(rc, "next-games", { games: gamesTitle(rc, next), date: formatDate(next.opensOn, rc.lang) }));
  return { text: joinHtml(lines, "\n") };
}
