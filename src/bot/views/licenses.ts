import { InlineKeyboard } from "grammy";
import { type GamesCatalog, type GamesFilter, isQualifyingFor, latestGamesWithLicenses } from "../../domain/catalog.js";
import { gamesPhase } from "../../domain/games.js";
import { type LicenseSummary, type ReportedTotal, reportedBy } from "../../domain/licenses.js";
import type { Games, License, Place, Sport, Translated } from "../../domain/types.js";
import { inLang, type Lang } from "../../lib/languages.js";
import { hostDate } from "../../lib/zoned-time.js";
import { sportButton, summaryButton } from "../callback-data/licenses.js";
import { medalsButton } from "../callback-data/medals.js";
import { qualifiersButton } from "../callback-data/qualifiers.js";
import { scheduleButton } from "../callback-data/schedule.js";
import { t } from "../i18n.js";
import { addGamesSwitch } from "../keyboards/games-switch.js";
import { addPager } from "../keyboards/pager.js";
import { countryName, formatDate, sourceTitle } from "../render/format.js";
import { type Html, html, joinHtml } from "../render/html.js";
import { clampPage, ONE_PAGE, paginate } from "../render/paginate.js";
import { gamesShortLabel, gamesTitle, type SharedOption, shareQuery, sportName, sportNameMid } from "./games.js";
import type { RenderContext } from "./render-context.js";
import { medalCount, resultLine, whoText } from "./results.js";
import type { View } from "./view.js";

const LICENSES_PER_PAGE = 8;

/**
 * "Listed here: 14 licenses in 4 sports" — licenses, with their quota places only when those
 * differ (one license may hold several quota places).
 */
function listedLine(rc: RenderContext, summary: LicenseSummary): Html {
  const args = { licenses: summary.licenseCount, sports: summary.sportCount };
  return summary.totalPlaces === summary.licenseCount
    ? t(rc, "licenses-listed", args)
    : t(rc, "licenses-listed-places", { ...args, places: summary.totalPlaces });
}

/** "Not all of them are listed here" (or that more are), when the latest official figure differs from the list. */
function gapLine(rc: RenderContext, summary: LicenseSummary, over: boolean): Html | null {
  const reported = summary.reported;
  if (!reported || reported.licenses === summary.licenseCount) return null;
  if (reported.licenses < summary.licenseCount) return t(rc, "licenses-reported-exceeded");
  // Once the Games are over, nothing more is coming: no "yet".
  return t(rc, over ? "licenses-reported-incomplete-over" : "licenses-reported-incomplete");
}

/** The args of one official figure: 0 sports selects the wording without a number of sports (the report gave none). */
function figureArgs(rc: RenderContext, total: ReportedTotal) {
  return {
    licenses: total.licenses,
    sports: total.sports ?? 0,
    date: formatDate(total.asOf, rc.lang),
    source: sourceTitle(total.source, rc.lang),
  };
}

/**
 * The official figures beside what is listed. One figure is shown only when it differs from the
 * list; several are shown over time, oldest first, each with its date and source, the latest with
 * its note.
 */
function reportedLines(rc: RenderContext, summary: LicenseSummary, over: boolean): (Html | null)[] {
  const { history, reported } = summary;
  if (!reported) return [];
  const note = reported.note ? t(rc, "licenses-reported-note", { note: inLang(reported.note, rc.lang) }) : null;
  if (history.length <= 1) {
    if (reported.licenses === summary.licenseCount) return [];
    const figure = t(rc, "licenses-reported", figureArgs(rc, reported));
    return [html`${figure} ${gapLine(rc, summary, over) ?? html``}`, note];
  }
  return [
    t(rc, "licenses-reported-history"),
    ...history.map((total) => t(rc, "licenses-reported-entry", figureArgs(rc, total))),
    note,
    gapLine(rc, summary, over),
  ];
}

/**
 * "Target: more than 90 licenses — 43 as of 21 April 2024": progress counts the reported figure
 * (with its date) when it is the larger, else the listed licenses as of today in the display zone.
 */
function targetLine(rc: RenderContext, summary: LicenseSummary): Html | null {
  if (summary.target === null) return null;
  const reported = summary.reported;
  const official = reported !== null && reported.licenses > summary.licenseCount;
  const count = official ? reported.licenses : summary.licenseCount;
  const date = official ? formatDate(reported.asOf, rc.lang) : formatDate(hostDate(rc.now, rc.displayTz), rc.lang);
  // "More than" belongs to the Games' own stated target; a reported target is shown as reported.
  const above = summary.games.licenseTarget !== null && summary.games.licenseTargetAbove;
  return t(rc, above ? "licenses-target-above" : "licenses-target", { target: summary.target, count, date });
}

/**
 * /licenses: what is listed against the target and the reported total, per sport, and buttons to
 * drill in or change Games. Games that are over are spoken of in the past, with the team's result.
 */
export function licenseSummaryView(rc: RenderContext, cat: GamesCatalog, full: LicenseSummary, opts: SharedOption = {}): View {
  // Only what was reported by the viewer's today.
  const summary = reportedBy(full, hostDate(rc.now, rc.displayTz));
  const games = summary.games;
  const over = gamesPhase(games, rc.now) === "after";
  const lines: (Html | null)[] = [t(rc, "licenses-header", { games: gamesTitle(rc, games) })];

  if (over) {
    lines.push(t(rc, "licenses-over", { games: gamesTitle(rc, games), date: formatDate(games.closesOn, rc.lang) }));
    lines.push(resultLine(rc, games, summary.medals, true));
    if (games.note) lines.push(t(rc, "games-note", { note: inLang(games.note, rc.lang) }));
    lines.push(html``);
  }
  lines.push(summary.licenseCount === 0 ? noLicensesLine(rc, cat, games) : listedLine(rc, summary));
  lines.push(...reportedLines(rc, summary, over), targetLine(rc, summary));

  const keyboard = new InlineKeyboard();
  if (summary.bySport.length > 0) {
    lines.push(html``);
    for (const s of summary.bySport) {
      const sport = sportName(rc, s.sport);
      lines.push(
        s.places === s.licenses
          ? t(rc, "licenses-sport-line", { sport, licenses: s.licenses })
          : t(rc, "licenses-sport-line-places", { sport, licenses: s.licenses, places: s.places }),
      );
    }
    if (!opts.shared) lines.push(html``, t(rc, "licenses-tap-sport"));
    summary.bySport.forEach((s, i) => {
      keyboard.text(
        rc.t("licenses-sport-button", { sport: sportName(rc, s.sport), licenses: s.licenses }),
        sportButton.encode({ gamesId: games.id, sportId: s.sport.id, page: 0 }),
      );
      if (i % 2 === 1) keyboard.row();
    });
    keyboard.row();
  }
  if (over || medalCount(summary.medals) > 0) {
    keyboard.text(rc.t("button-medals"), medalsButton.encode({ gamesId: games.id })).row();
  }
  // Nothing recorded here (LA 2028 while its qualification runs): the latest Games that has some.
  const earlier = summary.licenseCount === 0 ? latestGamesWithLicenses(cat, games.kind, games) : null;
  if (earlier) {
    keyboard
      .text(rc.t("button-games-licenses", { games: gamesShortLabel(rc, earlier) }), summaryButton.encode({ gamesId: earlier.id }))
      .row();
  }
  keyboard.switchInline(rc.t("button-share"), shareQuery(rc, games)).row();
  addGamesSwitch(keyboard, rc, cat, games, (gamesId) => summaryButton.encode({ gamesId }));
  return { text: joinHtml(lines, "\n"), keyboard };
}

/**
 * Why a Games lists no licenses: it is over without any recorded, its qualification is under way
 * (the next Games of its kind), or they are simply not recorded yet.
 */
function noLicensesLine(rc: RenderContext, cat: GamesCatalog, games: Games): Html {
  const phase = gamesPhase(games, rc.now);
  if (phase === "after") return t(rc, "licenses-none");
  return t(rc, isQualifyingFor(cat, games, rc.now) ? "licenses-qualifying" : "licenses-none-yet");
}

/** What a sport's license screen is told besides its licenses. */
export interface SportLicensesOptions extends SharedOption {
  /** The Games contesting the sport, for the switch between Games (all of its kind when not given). */
  contests?: GamesFilter;
  /** The latest other Games with licenses in the sport: where its empty screen points. */
  withLicensesAt?: Games | null;
  /**
   * The sport's qualification events at these Games, when it has any: the line on its next chance
   * (views/qualifiers.ts nextChanceLine; null when none is ahead), and a button to them all.
   */
  qualifiers?: { nextChance: Html | null };
}

/** Every license in one sport at one Games, eight to a page, with the sport's schedule a tap away. */
export function sportLicensesView(
  rc: RenderContext,
  cat: GamesCatalog,
  games: Games,
  sport: Sport,
  licenses: readonly License[],
  requestedPage: number,
  opts: SportLicensesOptions = {},
): View {
  const name = sportName(rc, sport);
  const title = gamesTitle(rc, games);
  // Every sport screen ends with its schedule, sharing, a way back to all sports, and the same sport at other Games.
  const addFooter = (keyboard: InlineKeyboard) => {
    if (opts.qualifiers) {
      keyboard
        .text(rc.t("button-sport-qualifiers", { sport: name }), qualifiersButton.encode({ gamesId: games.id, sportId: sport.id, page: 0 }))
        .row();
    }
    keyboard
      .text(rc.t("button-sport-schedule", { sport: name }), scheduleButton.encode({ gamesId: games.id, sportId: sport.id, page: 0 }))
      .row()
      .switchInline(rc.t("button-share"), shareQuery(rc, games, name))
      .text(rc.t("button-all-sports"), summaryButton.encode({ gamesId: games.id }))
      .row();
    return addGamesSwitch(keyboard, rc, cat, games, (gamesId) => sportButton.encode({ gamesId, sportId: sport.id, page: 0 }), {
      filter: opts.contests ?? ((g) => g.kind === sport.kind),
      otherKind: (gamesId) => summaryButton.encode({ gamesId }),
    });
  };

  const over = gamesPhase(games, rc.now) === "after";
  if (licenses.length === 0) {
    const keyboard = new InlineKeyboard();
    const earlier = opts.withLicensesAt;
    if (earlier) {
      keyboard
        .text(
          rc.t("button-sport-games-licenses", { sport: name, games: gamesShortLabel(rc, earlier) }),
          sportButton.encode({ gamesId: earlier.id, sportId: sport.id, page: 0 }),
        )
        .row();
    }
    const phase = gamesPhase(games, rc.now);
    const key =
      phase === "after"
        ? "licenses-sport-none-over"
        : phase === "before" && isQualifyingFor(cat, games, rc.now)
          ? "licenses-sport-qualifying"
          : "licenses-sport-none";
    const text = t(rc, key, { sport: sportNameMid(rc, sport), games: title });
    const next = opts.qualifiers?.nextChance;
    return { text: next ? joinHtml([text, next], "\n\n") : text, keyboard: addFooter(keyboard) };
  }

  const places = licenses.reduce((n, l) => n + l.quotaPlaces, 0);
  const count =
    places === licenses.length
      ? t(rc, "licenses-sport-count", { licenses: licenses.length })
      : t(rc, "licenses-sport-count-places", { licenses: licenses.length, places });
  const entries = licenses.map((l, i) => licenseEntry(rc, l, i + 1, sport));
  const pages = paginate(entries, opts.shared ? ONE_PAGE : { maxItems: LICENSES_PER_PAGE });
  const page = clampPage(requestedPage, pages.length);
  const next = opts.qualifiers?.nextChance;
  const text = joinHtml(
    [
      t(rc, "licenses-sport-header", { sport: name, games: title }),
      count,
      ...(next ? [next] : []),
      html``,
      joinHtml(pages[page] ?? [], "\n\n"),
    ],
    "\n",
  );
  const keyboard = addFooter(
    addPager(new InlineKeyboard(), page, pages.length, (p) => sportButton.encode({ gamesId: games.id, sportId: sport.id, page: p })),
  );
  return { text, keyboard };
}

/**
 * "Chungju, South Korea": the city as printed, in the reader's language where translated, and the
 * country by Intl. A Kazakh reader without a Kazakh form gets the Russian (Cyrillic) one, as with
 * athletes' names: "Чунджу", never the Latin "Chungju" in Kazakh text.
 */
export function placeText(rc: Pick<RenderContext, "lang">, place: Place): string {
  return [place.city ? cityName(place.city, rc.lang) : null, place.country ? countryName(place.country, rc.lang) : null]
    .filter((part): part is string => !!part)
    .join(", ");
}

function cityName(city: Translated, lang: Lang): string {
  return lang === "kk" ? city.kk || city.ru || city.en : inLang(city, lang);
}

/** One license as a numbered entry; its discipline is named when it is not `selected`. */
export function licenseEntry(rc: RenderContext, l: License, n: number, selected: Sport): Html {
  const lines: Html[] = [t(rc, "license-who", { n, who: whoText(rc, l.athletes, l.team) })];
  if (l.sport.id !== selected.id) lines.push(t(rc, "license-discipline", { sport: sportName(rc, l.sport) }));
  if (l.team && l.athletes.length > 0) lines.push(t(rc, "license-team", { team: inLang(l.team, rc.lang) }));
  if (l.event) lines.push(t(rc, "license-event", { event: inLang(l.event, rc.lang) }));
  if (l.quotaPlaces !== 1) lines.push(t(rc, "license-places", { places: l.quotaPlaces }));
  if (l.wonOn) lines.push(t(rc, "license-won-on", { date: formatDate(l.wonOn, rc.lang) }));
  const how = [l.howWon ? inLang(l.howWon, rc.lang) : null, l.whereWon ? placeText(rc, l.whereWon) : null]
    .filter((s): s is string => !!s)
    .join(" — ");
  if (how) lines.push(t(rc, "license-how", { how }));
  if (l.note) lines.push(t(rc, "license-note", { note: inLang(l.note, rc.lang) }));
  if (l.source) lines.push(t(rc, "license-source", { source: sourceTitle(l.source, rc.lang) }));
  return joinHtml(lines, "\n");
}
