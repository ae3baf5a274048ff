import { Composer, InlineKeyboard } from "grammy";
import { findGames } from "../../domain/games.js";
import { licenseSummary, sportLicenses } from "../../domain/licenses.js";
import { getSport } from "../../domain/sports.js";
import type { Games, License, Sport } from "../../domain/types.js";
import { encodeCallback } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { addGamesSwitch, defaultLicenseGames, loadCatalog, type Catalog } from "../games-choice.js";
import { t } from "../i18n.js";
import { addPager } from "../keyboards/pager.js";
import { formatDate } from "../render/format.js";
import { gamesTitle, sportName } from "../render/games.js";
import { clampPage, html, joinHtml, paginate, type Html } from "../render/html.js";
import { show, type View } from "../render/respond.js";
import { lookupSport } from "../sport-lookup.js";
import { onCallback } from "./callbacks.js";

export const licensesFeature = new Composer<BotContext>();

licensesFeature.command("licenses", async (ctx) => {
  const cat = await loadCatalog(ctx);
  const query = ctx.match.trim();
  if (query === "") return showDefaultSummary(ctx, cat);
  await showSportByName(ctx, cat, query);
});

onCallback(licensesFeature, "summary", async (ctx, data) => {
  const cat = await loadCatalog(ctx);
  const games = cat.games.find((g) => g.id === data.gamesId);
  if (!games) return ctx.t("button-stale");
  await show(ctx, await summaryView(ctx, cat, games));
});

onCallback(licensesFeature, "sport", async (ctx, data) => {
  const [games, sport] = await Promise.all([findGames(ctx.db, data.gamesId), getSport(ctx.db, data.sportId)]);
  if (!games || !sport || games.kind !== sport.kind) return ctx.t("button-stale");
  await show(ctx, await sportView(ctx, games, sport, data.page));
});

export async function showDefaultSummary(ctx: BotContext, cat: Catalog): Promise<void> {
  const games = defaultLicenseGames(cat, ctx.clock());
  if (!games) return show(ctx, { text: t(ctx, "no-games") });
  await show(ctx, await summaryView(ctx, cat, games));
}

/** `/licenses <sport>` and a plain message naming a sport. */
export async function showSportByName(ctx: BotContext, cat: Catalog, query: string): Promise<void> {
  const found = await lookupSport(ctx, cat, query, "licenses");
  if ("view" in found) return show(ctx, found.view);
  await showSport(ctx, cat, found.sport);
}

export async function showSport(ctx: BotContext, cat: Catalog, sport: Sport): Promise<void> {
  const games = defaultLicenseGames(cat, ctx.clock(), sport.kind);
  if (!games) return show(ctx, { text: t(ctx, "no-games") });
  await show(ctx, await sportView(ctx, games, sport, 0));
}

async function summaryView(ctx: BotContext, cat: Catalog, games: Games): Promise<View> {
  const summary = await licenseSummary(ctx.db, games.id);
  const lines: Html[] = [t(ctx, "licenses-header", { games: gamesTitle(ctx, games) })];

  if (summary.licenseCount === 0) {
    lines.push(t(ctx, "licenses-none-yet"));
  } else {
    lines.push(
      t(ctx, "licenses-listed", { places: summary.totalPlaces, licenses: summary.licenseCount, sports: summary.sportCount }),
    );
  }
  const reported = summary.reported;
  if (summary.target !== null) {
    // Progress counts the official figure when the listed licenses are not all of them yet.
    const won = Math.max(summary.totalPlaces, reported?.licenses ?? 0);
    lines.push(t(ctx, "licenses-target", { places: won, target: summary.target }));
  }
  if (reported && reported.licenses > summary.totalPlaces) {
    const sports = reported.sports ?? 0;
    lines.push(
      t(ctx, "licenses-reported", {
        licenses: reported.licenses,
        sports,
        date: formatDate(reported.asOf, ctx.lang),
        source: reported.source,
      }),
    );
  }
  const keyboard = new InlineKeyboard();
  if (summary.bySport.length > 0) {
    lines.push(html``);
    for (const s of summary.bySport) {
      lines.push(t(ctx, "licenses-sport-line", { sport: sportName(ctx, s.sport), places: s.places }));
    }
    lines.push(html``, t(ctx, "licenses-tap-sport"));
    summary.bySport.forEach((s, i) => {
      keyboard.text(
        ctx.t("licenses-sport-button", { sport: sportName(ctx, s.sport), places: s.places }),
        encodeCallback({ type: "sport", gamesId: games.id, sportId: s.sport.id, page: 0 }),
      );
      if (i % 2 === 1) keyboard.row();
    });
    keyboard.row();
  }
  addGamesSwitch(keyboard, ctx, cat, games, ctx.clock(), (gamesId) => encodeCallback({ type: "summary", gamesId }));
  return { text: joinHtml(lines, "\n"), keyboard };
}

async function sportView(ctx: BotContext, games: Games, sport: Sport, requestedPage: number): Promise<View> {
  const licenses = await sportLicenses(ctx.db, games.id, sport.id);
  const name = sportName(ctx, sport);
  const title = gamesTitle(ctx, games);
  // Every sport screen ends with its schedule and a way back to all sports.
  const addFooter = (keyboard: InlineKeyboard) =>
    keyboard
      .text(
        ctx.t("button-sport-schedule", { sport: name }),
        encodeCallback({ type: "schedule", gamesId: games.id, sportId: sport.id, page: 0 }),
      )
      .row()
      .text(ctx.t("button-all-sports"), encodeCallback({ type: "summary", gamesId: games.id }));

  if (licenses.length === 0) {
    return {
      text: t(ctx, "licenses-sport-none", { sport: name, games: title }),
      keyboard: addFooter(new InlineKeyboard()),
    };
  }

  const places = licenses.reduce((n, l) => n + l.quotaPlaces, 0);
  const entries = licenses.map((l, i) => licenseEntry(ctx, l, i + 1, sport));
  const pages = paginate(entries, { maxItems: 8 });
  const page = clampPage(requestedPage, pages.length);
  const text = joinHtml(
    [
      t(ctx, "licenses-sport-header", { sport: name, games: title }),
      t(ctx, "licenses-sport-count", { licenses: licenses.length, places }),
      html``,
      joinHtml(pages[page] ?? [], "\n\n"),
    ],
    "\n",
  );
  const keyboard = addFooter(
    addPager(new InlineKeyboard(), page, pages.length, (p) =>
      encodeCallback({ type: "sport", gamesId: games.id, sportId: sport.id, page: p }),
    ),
  );
  return { text, keyboard };
}

function licenseEntry(ctx: BotContext, l: License, n: number, selected: Sport): Html {
  const who =
    l.athletes.length > 0 ? l.athletes.join(", ") : l.team ?? ctx.t("license-unnamed");
  const lines: Html[] = [t(ctx, "license-who", { n, who })];
  if (l.sport.id !== selected.id) lines.push(t(ctx, "license-discipline", { sport: sportName(ctx, l.sport) }));
  if (l.team && l.athletes.length > 0) lines.push(t(ctx, "license-team", { team: l.team }));
  if (l.event) lines.push(t(ctx, "license-event", { event: l.event }));
  if (l.quotaPlaces !== 1) lines.push(t(ctx, "license-places", { places: l.quotaPlaces }));
  if (l.wonOn) lines.push(t(ctx, "license-won-on", { date: formatDate(l.wonOn, ctx.lang) }));
  const how = [l.howWon, l.whereWon].filter((s): s is string => !!s).join(" — ");
  if (how) lines.push(t(ctx, "license-how", { how }));
  if (l.note) lines.push(t(ctx, "license-note", { note: l.note }));
  if (l.source) lines.push(t(ctx, "license-source", { source: l.source }));
  return joinHtml(lines, "\n");
}
