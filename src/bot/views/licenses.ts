import { InlineKeyboard } from "grammy";
import type { GamesCatalog } from "../../domain/catalog.js";
import type { LicenseSummary } from "../../domain/licenses.js";
import type { Games, License, Sport } from "../../domain/types.js";
import { scheduleButton } from "../callback-data/schedule.js";
import { sportButton, summaryButton } from "../callback-data/licenses.js";
import { t } from "../i18n.js";
import { addGamesSwitch } from "../keyboards/games-switch.js";
import { addPager } from "../keyboards/pager.js";
import { formatDate } from "../render/format.js";
import { html, joinHtml, type Html } from "../render/html.js";
import { clampPage, paginate } from "../render/paginate.js";
import { gamesTitle, sportName } from "./games.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

const LICENSES_PER_PAGE = 8;

/** /licenses: the total against the target, per sport, and buttons to drill in or change Games. */
export function licenseSummaryView(rc: RenderContext, cat: GamesCatalog, summary: LicenseSummary): View {
  const games = summary.games;
  const lines: Html[] = [t(rc, "licenses-header", { games: gamesTitle(rc, games) })];

  if (summary.licenseCount === 0) {
    lines.push(t(rc, "licenses-none-yet"));
  } else {
    lines.push(
      t(rc, "licenses-listed", { places: summary.totalPlaces, licenses: summary.licenseCount, sports: summary.sportCount }),
    );
  }
  const reported = summary.reported;
  if (summary.target !== null) {
    // Progress counts the official figure when the listed licenses are not all of them yet.
    const won = Math.max(summary.totalPlaces, reported?.licenses ?? 0);
    lines.push(t(rc, "licenses-target", { places: won, target: summary.target }));
  }
  if (reported && reported.licenses > summary.totalPlaces) {
    lines.push(
      t(rc, "licenses-reported", {
        licenses: reported.licenses,
        sports: reported.sports ?? 0,
        date: formatDate(reported.asOf, rc.lang),
        source: reported.source,
      }),
    );
  }
  const keyboard = new InlineKeyboard();
  if (summary.bySport.length > 0) {
    lines.push(html``);
    for (const s of summary.bySport) {
      lines.push(t(rc, "licenses-sport-line", { sport: sportName(rc, s.sport), places: s.places }));
    }
    lines.push(html``, t(rc, "licenses-tap-sport"));
    summary.bySport.forEach((s, i) => {
      keyboard.text(
        rc.t("licenses-sport-button", { sport: sportName(rc, s.sport), places: s.places }),
        sportButton.encode({ gamesId: games.id, sportId: s.sport.id, page: 0 }),
      );
      if (i % 2 === 1) keyboard.row();
    });
    keyboard.row();
  }
  addGamesSwitch(keyboard, rc, cat, games, (gamesId) => summaryButton.encode({ gamesId }));
  return { text: joinHtml(lines, "\n"), keyboard };
}

/** Every license in one sport at one Games, eight to a page, with the sport's schedule a tap away. */
export function sportLicensesView(
  rc: RenderContext,
  games: Games,
  sport: Sport,
  licenses: readonly License[],
  requestedPage: number,
): View {
  const name = sportName(rc, sport);
  const title = gamesTitle(rc, games);
  // Every sport screen ends with its schedule and a way back to all sports.
  const addFooter = (keyboard: InlineKeyboard) =>
    keyboard
      .text(rc.t("button-sport-schedule", { sport: name }), scheduleButton.encode({ gamesId: games.id, sportId: sport.id, page: 0 }))
      .row()
      .text(rc.t("button-all-sports"), summaryButton.encode({ gamesId: games.id }));

  if (licenses.length === 0) {
    return { text: t(rc, "licenses-sport-none", { sport: name, games: title }), keyboard: addFooter(new InlineKeyboard()) };
  }

  const places = licenses.reduce((n, l) => n + l.quotaPlaces, 0);
  const entries = licenses.map((l, i) => licenseEntry(rc, l, i + 1, sport));
  const pages = paginate(entries, { maxItems: LICENSES_PER_PAGE });
  const page = clampPage(requestedPage, pages.length);
  const text = joinHtml(
    [
      t(rc, "licenses-sport-header", { sport: name, games: title }),
      t(rc, "licenses-sport-count", { licenses: licenses.length, places }),
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

/** One license as a numbered entry; its discipline is named when it is not `selected`. */
export function licenseEntry(rc: RenderContext, l: License, n: number, selected: Sport): Html {
  const who = l.athletes.length > 0 ? l.athletes.join(", ") : (l.team ?? rc.t("license-unnamed"));
  const lines: Html[] = [t(rc, "license-who", { n, who })];
  if (l.sport.id !== selected.id) lines.push(t(rc, "license-discipline", { sport: sportName(rc, l.sport) }));
  if (l.team && l.athletes.length > 0) lines.push(t(rc, "license-team", { team: l.team }));
  if (l.event) lines.push(t(rc, "license-event", { event: l.event }));
  if (l.quotaPlaces !== 1) lines.push(t(rc, "license-places", { places: l.quotaPlaces }));
  if (l.wonOn) lines.push(t(rc, "license-won-on", { date: formatDate(l.wonOn, rc.lang) }));
  const how = [l.howWon, l.whereWon].filter((s): s is string => !!s).join(" — ");
  if (how) lines.push(t(rc, "license-how", { how }));
  if (l.note) lines.push(t(rc, "license-note", { note: l.note }));
  if (l.source) lines.push(t(rc, "license-source", { source: l.source }));
  return joinHtml(lines, "\n");
}
