// Qualification events as fans see them: /qualifiers (a Games' events, ahead first, then those over
// with what was won there), a sport's next chance, and the pushes to a sport's subscribers (the
// reminder the day before one starts, the summary once staff closed it). Dates are the venue's
// (the host's calendar, as organisers print them); how soon one starts is counted in the viewer's zone.
import { InlineKeyboard } from "grammy";
import { defaultLicenseGames, type GamesCatalog, type GamesFilter } from "../../domain/catalog.js";
import type { FanData } from "../../domain/fan-data.js";
import { contesting, sportLicenseGames } from "../../domain/fan-games.js";
import { resolveSportWords } from "../../domain/fan-lookup.js";
import { gamesPhase } from "../../domain/games.js";
import { parseGamesQuery, seasonFilter } from "../../domain/games-query.js";
import { catalogForSport } from "../../domain/programme.js";
import { gamesQualifiers, nextChance, type QualifierList, qualifierPhase, qualifierWindow } from "../../domain/qualifiers.js";
import type { Games, GamesKind, Qualifier, Sport } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import { daysBetween, hostDate } from "../../lib/zoned-time.js";
import { sportButton } from "../callback-data/licenses.js";
import { qualifiersButton } from "../callback-data/qualifiers.js";
import { t } from "../i18n.js";
import { addGamesSwitch } from "../keyboards/games-switch.js";
import { addPager } from "../keyboards/pager.js";
import { formatDateRange, sourceTitle } from "../render/format.js";
import { type Html, html, joinHtml } from "../render/html.js";
import { clampPage, ONE_PAGE, paginate } from "../render/paginate.js";
import { gamesTitle, type SharedOption, sportName, sportNameMid } from "./games.js";
import { queryNotice, sportAtNamedGames, withNotice } from "./games-query.js";
import { placeText } from "./licenses.js";
import type { RenderContext } from "./render-context.js";
import { whoText } from "./results.js";
import { sportChoiceView } from "./sport-choice.js";
import { messageView, type View } from "./view.js";

/** Events on one page of /qualifiers (an event takes three to six lines). */
const QUALIFIERS_PAGE = { maxItems: 6, maxChars: 3000 };

/** "12 – 19 May", with the year when it is not the viewer's this year (or the event spans two). */
export function qualifierDates(rc: RenderContext, q: Pick<Qualifier, "firstDay" | "lastDay">): string {
  const year = hostDate(rc.now, rc.displayTz).slice(0, 4);
  const withYear = q.firstDay.slice(0, 4) !== year || q.lastDay.slice(0, 4) !== year;
  return formatDateRange(q.firstDay, q.lastDay, rc.lang, withYear);
}

/** "World Championships in Doha, Qatar" (a dash in Russian and Kazakh: no case ending on a name from the data). */
function nameAndPlace(rc: RenderContext, q: Qualifier): string {
  const name = inLang(q.name, rc.lang);
  const place = q.place ? placeText(rc, q.place) : "";
  return place ? rc.t("qualifier-name-place", { name, place }) : name;
}

/** Days until it starts, counted in the viewer's calendar (0: today). */
function daysToStart(rc: RenderContext, q: Qualifier): number {
  return daysBetween(hostDate(rc.now, rc.displayTz), hostDate(qualifierWindow(q).start, rc.displayTz));
}

/** "12 – 19 May · starts in 5 days", "· on now", or the days alone once it is over. */
function whenLine(rc: RenderContext, q: Qualifier): Html {
  const dates = qualifierDates(rc, q);
  const phase = qualifierPhase(q, rc.now);
  if (phase === "before") return t(rc, "qualifier-starts", { dates, days: Math.max(0, daysToStart(rc, q)) });
  if (phase === "during") return t(rc, "qualifier-on-now", { dates });
  return t(rc, "qualifier-dates", { dates });
}

/** What was won there: the licenses, that none was, or (over but not closed) that it is not recorded yet. */
function outcomeLine(rc: RenderContext, q: Qualifier): Html | null {
  if (q.licenses.length > 0) {
    const who = q.licenses.map((l) => whoText(rc, l.athletes, l.team)).join("; ");
    return t(rc, "qualifier-won", { licenses: q.licenses.length, who });
  }
  if (q.closedAt !== null) return t(rc, "qualifier-won-none");
  return qualifierPhase(q, rc.now) === "after" ? t(rc, "qualifier-outcome-unknown") : null;
}

/** One event: name and place, days, its sport (in a list of every sport), events, entries, quota, source, outcome. */
export function qualifierEntry(rc: RenderContext, q: Qualifier, listedSport: Sport | null): Html {
  const lines: (Html | null)[] = [t(rc, "qualifier-title", { name: nameAndPlace(rc, q) }), whenLine(rc, q)];
  if (listedSport === null || q.sport.id !== listedSport.id) lines.push(t(rc, "qualifier-sport", { sport: sportName(rc, q.sport) }));
  if (q.event) lines.push(t(rc, "qualifier-event", { event: inLang(q.event, rc.lang) }));
  if (q.athletes.length > 0) lines.push(t(rc, "qualifier-entries", { who: whoText(rc, q.athletes, null) }));
  if (q.quotaPlaces !== null) lines.push(t(rc, "qualifier-quota", { places: q.quotaPlaces }));
  if (q.source) lines.push(t(rc, "qualifier-source", { source: sourceTitle(q.source, rc.lang) }));
  lines.push(outcomeLine(rc, q));
  return joinHtml(
    lines.filter((l): l is Html => l !== null),
    "\n",
  );
}

/** What a /qualifiers screen is told besides its events. */
export interface QualifiersOptions extends SharedOption {
  /** With a sport: the Games contesting it, for the switch between Games. */
  contests?: GamesFilter;
}

/** /qualifiers: a Games' qualification events (or a sport's there), ahead first by date, then those over; paged. */
export function qualifiersView(
  rc: RenderContext,
  cat: GamesCatalog,
  games: Games,
  sport: Sport | null,
  list: QualifierList,
  requestedPage: number,
  opts: QualifiersOptions = {},
): View {
  const title = gamesTitle(rc, games);
  const head: Html[] = [
    sport ? t(rc, "qualifiers-sport-header", { sport: sportName(rc, sport), games: title }) : t(rc, "qualifiers-header", { games: title }),
  ];
  const entries = [
    ...list.upcoming.map((q, i) =>
      i === 0 ? joinHtml([t(rc, "qualifiers-upcoming"), qualifierEntry(rc, q, sport)], "\n") : qualifierEntry(rc, q, sport),
    ),
    ...list.past.map((q, i) =>
      i === 0 ? joinHtml([t(rc, "qualifiers-past"), qualifierEntry(rc, q, sport)], "\n") : qualifierEntry(rc, q, sport),
    ),
  ];
  const pages = paginate(entries, opts.shared ? ONE_PAGE : QUALIFIERS_PAGE);
  const page = clampPage(requestedPage, pages.length);
  const over = gamesPhase(games, rc.now) === "after";
  const body =
    entries.length === 0
      ? [
          sport
            ? t(rc, over ? "qualifiers-sport-none-over" : "qualifiers-sport-none", { sport: sportNameMid(rc, sport) })
            : t(rc, over ? "qualifiers-none-over" : "qualifiers-none"),
        ]
      : [t(rc, "qualifiers-dates-note"), html``, joinHtml(pages[page] ?? [], "\n\n")];

  const keyboard = addPager(new InlineKeyboard(), page, pages.length, (p) =>
    qualifiersButton.encode({ gamesId: games.id, sportId: sport?.id ?? null, page: p }),
  );
  if (sport) {
    keyboard
      .text(
        rc.t("button-sport-licenses", { sport: sportName(rc, sport) }),
        sportButton.encode({ gamesId: games.id, sportId: sport.id, page: 0 }),
      )
      .row()
      .text(rc.t("button-all-qualifiers"), qualifiersButton.encode({ gamesId: games.id, sportId: null, page: 0 }))
      .row();
    addGamesSwitch(keyboard, rc, cat, games, (gamesId) => qualifiersButton.encode({ gamesId, sportId: sport.id, page: 0 }), {
      filter: opts.contests ?? ((g) => g.kind === sport.kind),
      otherKind: (gamesId) => qualifiersButton.encode({ gamesId, sportId: null, page: 0 }),
    });
  } else {
    addGamesSwitch(keyboard, rc, cat, games, (gamesId) => qualifiersButton.encode({ gamesId, sportId: null, page: 0 }));
  }
  return { text: joinHtml([...head, html``, ...body], "\n"), keyboard };
}

/** The qualifiers screen of a Games (a sport's there, when given) from the read model. */
export function qualifiersScreen(
  rc: RenderContext,
  data: FanData,
  games: Games,
  sport: Sport | null,
  page: number,
  opts: SharedOption = {},
): View {
  const list = gamesQualifiers(data, games.id, rc.now, sport?.id);
  return qualifiersView(rc, data.catalog, games, sport, list, page, { ...opts, ...(sport ? { contests: contesting(data, sport) } : {}) });
}

/**
 * What `/qualifiers <words>` and a question in plain words ("отбор на Олимпиаду по боксу") answer:
 * the Games named (else the one being qualified for now, of `kind`), a sport found in the rest,
 * which may carry a case ending ("по боксу", "бокстан"); a sport not found for sure is offered as
 * buttons or said back, never guessed.
 */
export function qualifiersAnswer(rc: RenderContext, data: FanData, query: string, kind: GamesKind | null = null): View {
  const cat = data.catalog;
  const q = parseGamesQuery(cat.games, query, rc.now);
  const notice = queryNotice(rc, cat, q);
  if (q.rest === "") {
    const games = q.games ?? defaultLicenseGames(cat, rc.now, q.kind ?? kind ?? "olympic", seasonFilter(q));
    return withNotice(games ? qualifiersScreen(rc, data, games, null, 0) : messageView(rc, "no-games"), notice);
  }
  const match = resolveSportWords(data, q.restWithKind !== q.rest ? [q.restWithKind, q.rest] : [q.rest]);
  if (match.type !== "found") {
    return withNotice(
      sportChoiceView(rc, cat, q.rest, match, "qualifiers", (s) => catalogForSport(data, s.id)),
      notice,
    );
  }
  const { named, elsewhere } = sportAtNamedGames(rc, data, match.sport, q);
  const games = named ?? sportLicenseGames(data, match.sport, rc.now);
  if (!games) return withNotice(messageView(rc, "no-games"), notice, elsewhere);
  return withNotice(qualifiersScreen(rc, data, games, match.sport, 0), notice, elsewhere);
}

/** "🎯 Next chance: World Championships in Doha, Qatar, 12 – 19 May": on a sport's licenses screen and in the summary. */
export function nextChanceLine(rc: RenderContext, q: Qualifier): Html {
  return t(rc, "qualifier-next-chance", { what: nameAndPlace(rc, q), dates: qualifierDates(rc, q) });
}

/**
 * What a sport's licenses screen says of its qualification events at these Games (licenses.ts
 * SportLicensesOptions.qualifiers): undefined when it has none recorded there.
 */
export function sportQualifiersNote(rc: RenderContext, data: FanData, games: Games, sport: Sport): { nextChance: Html | null } | undefined {
  const list = gamesQualifiers(data, games.id, rc.now, sport.id);
  if (list.upcoming.length + list.past.length === 0) return undefined;
  const next = nextChance(data, games.id, sport, rc.now);
  return { nextChance: next ? nextChanceLine(rc, next) : null };
}

/** The buttons under a push about an event: its sport's events and its licenses. */
function pushKeyboard(rc: RenderContext, games: Games, q: Qualifier): InlineKeyboard {
  const sport = sportName(rc, q.sport);
  return new InlineKeyboard()
    .text(rc.t("button-sport-qualifiers", { sport }), qualifiersButton.encode({ gamesId: games.id, sportId: q.sport.id, page: 0 }))
    .row()
    .text(rc.t("button-sport-licenses", { sport }), sportButton.encode({ gamesId: games.id, sportId: q.sport.id, page: 0 }));
}

/** The reminder the day before an event starts, to the chats that follow its sport. */
export function qualifierReminderView(rc: RenderContext, games: Games, q: Qualifier): View {
  const lines: Html[] = [
    t(rc, "qualifier-reminder", { sport: sportName(rc, q.sport), games: gamesTitle(rc, games) }),
    qualifierEntry(rc, q, q.sport),
  ];
  return { text: joinHtml(lines, "\n\n"), keyboard: pushKeyboard(rc, games, q) };
}

/**
 * The summary once staff closed an event: the licenses won there ("2 licenses won"), or that none
 * was this time and the sport's next chance (or that none is recorded yet).
 */
export function qualifierSummaryView(rc: RenderContext, games: Games, q: Qualifier, next: Qualifier | null): View {
  const lines: Html[] = [
    t(rc, "qualifier-summary-header", { name: nameAndPlace(rc, q), sport: sportName(rc, q.sport), games: gamesTitle(rc, games) }),
  ];
  if (q.licenses.length > 0) {
    lines.push(t(rc, "qualifier-summary-won", { licenses: q.licenses.length }));
    for (const l of q.licenses) {
      const who = whoText(rc, l.athletes, l.team);
      lines.push(
        l.event
          ? t(rc, "qualifier-summary-license-event", { who, event: inLang(l.event, rc.lang) })
          : t(rc, "qualifier-summary-license", { who }),
      );
    }
  } else {
    lines.push(t(rc, "qualifier-summary-none"));
  }
  if (next) lines.push(nextChanceLine(rc, next));
  else if (q.licenses.length === 0) lines.push(t(rc, "qualifier-summary-no-next"));
  return { text: joinHtml(lines, "\n"), keyboard: pushKeyboard(rc, games, q) };
}
