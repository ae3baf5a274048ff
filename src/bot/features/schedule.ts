import { Composer, InlineKeyboard } from "grammy";
import { countdown } from "../../domain/countdown.js";
import { gamesPhase, gamesWindow } from "../../domain/games.js";
import { getSport } from "../../domain/sports.js";
import { hostDate, onDay, scheduleFor } from "../../domain/schedule.js";
import type { CompetitionWindow, Games, Sport } from "../../domain/types.js";
import { encodeCallback } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { addGamesSwitch, defaultScheduleGames, loadCatalog, type Catalog } from "../games-choice.js";
import { t } from "../i18n.js";
import { addPager } from "../keyboards/pager.js";
import { formatDate, formatDateRange } from "../render/format.js";
import { clockTimes, gamesTitle, instantWithZones, sportName } from "../render/games.js";
import { clampPage, html, joinHtml, paginate, type Html } from "../render/html.js";
import { show, type View } from "../render/respond.js";
import { lookupSport } from "../sport-lookup.js";
import { onCallback } from "./callbacks.js";

export const scheduleFeature = new Composer<BotContext>();

/** "/schedule today" in each interface language. */
const TODAY = new Set(["today", "сегодня", "бүгін"]);

scheduleFeature.command("schedule", async (ctx) => {
  const cat = await loadCatalog(ctx);
  const query = ctx.match.trim();
  if (query === "") return showDefaultSchedule(ctx, cat);
  if (TODAY.has(query.toLowerCase())) return show(ctx, await todayView(ctx, cat));
  const found = await lookupSport(ctx, cat, query, "schedule");
  if ("view" in found) return show(ctx, found.view);
  const games = defaultScheduleGames(cat, ctx.clock(), found.sport.kind);
  if (!games) return show(ctx, { text: t(ctx, "no-games") });
  await show(ctx, await scheduleView(ctx, cat, games, found.sport, 0));
});

onCallback(scheduleFeature, "schedule", async (ctx, data) => {
  const [cat, sport] = await Promise.all([loadCatalog(ctx), data.sportId === null ? null : getSport(ctx.db, data.sportId)]);
  const games = cat.games.find((g) => g.id === data.gamesId);
  if (!games || (data.sportId !== null && (!sport || sport.kind !== games.kind))) return ctx.t("button-stale");
  await show(ctx, await scheduleView(ctx, cat, games, sport, data.page));
});

export async function showDefaultSchedule(ctx: BotContext, cat: Catalog): Promise<void> {
  const games = defaultScheduleGames(cat, ctx.clock());
  if (!games) return show(ctx, { text: t(ctx, "no-games") });
  await show(ctx, await scheduleView(ctx, cat, games, null, 0));
}

/** Where the Games stand now: over, on (day N of M) or ahead. */
function phaseLine(ctx: BotContext, games: Games, now: Date): Html {
  const c = countdown(games, now);
  if (c.phase === "during") return t(ctx, "schedule-during", { day: c.day, of: c.of });
  if (c.phase === "after") return t(ctx, "games-over", { games: gamesTitle(ctx, games), date: formatDate(games.closesOn, ctx.lang) });
  return t(ctx, "schedule-before", { date: formatDate(games.opensOn, ctx.lang) });
}

function windowEntry(ctx: BotContext, w: CompetitionWindow, games: Games): Html {
  const lines: Html[] = [
    t(ctx, "schedule-line", { sport: sportName(ctx, w.sport), dates: formatDateRange(w.firstDay, w.lastDay, ctx.lang) }),
  ];
  if (w.startsAt) lines.push(t(ctx, "schedule-starts", { times: clockTimes(ctx, w.startsAt, games.hostTz) }));
  if (w.note) lines.push(t(ctx, "schedule-note", { note: w.note }));
  return joinHtml(lines, "\n");
}

async function scheduleView(ctx: BotContext, cat: Catalog, games: Games, sport: Sport | null, requestedPage: number): Promise<View> {
  const now = ctx.clock();
  const windows = await scheduleFor(ctx.db, games.id, sport?.id);
  const title = gamesTitle(ctx, games);
  const head: Html[] = [
    sport ? t(ctx, "schedule-sport-header", { sport: sportName(ctx, sport), games: title }) : t(ctx, "schedule-header", { games: title }),
    phaseLine(ctx, games, now),
  ];
  if (games.opensAt && !sport) head.push(t(ctx, "schedule-opening", { when: instantWithZones(ctx, games.opensAt, games.hostTz) }));

  const pages = paginate(
    windows.map((w) => windowEntry(ctx, w, games)),
    { maxItems: 40, maxChars: 3000 },
  );
  const page = clampPage(requestedPage, pages.length);
  const body =
    windows.length === 0
      ? [html``, sport ? t(ctx, "schedule-sport-none", { sport: sportName(ctx, sport), games: title }) : t(ctx, "schedule-none")]
      : [
          t(ctx, "schedule-dates-in", { city: games.hostCity[ctx.lang], zone: games.hostTz }),
          html``,
          joinHtml(pages[page] ?? [], "\n"),
        ];

  const keyboard = addPager(new InlineKeyboard(), page, pages.length, (p) =>
    encodeCallback({ type: "schedule", gamesId: games.id, sportId: sport?.id ?? null, page: p }),
  );
  if (sport) {
    keyboard
      .text(ctx.t("button-sport-licenses", { sport: sportName(ctx, sport) }), encodeCallback({ type: "sport", gamesId: games.id, sportId: sport.id, page: 0 }))
      .row()
      .text(ctx.t("button-full-schedule"), encodeCallback({ type: "schedule", gamesId: games.id, sportId: null, page: 0 }));
  } else {
    addGamesSwitch(keyboard, ctx, cat, games, now, (gamesId) => encodeCallback({ type: "schedule", gamesId, sportId: null, page: 0 }));
  }
  return { text: joinHtml([...head, ...body], "\n"), keyboard };
}

/** `/schedule today`: what is on at every Games running now, in each host's calendar. */
async function todayView(ctx: BotContext, cat: Catalog): Promise<View> {
  const now = ctx.clock();
  const running = cat.games.filter((g) => gamesPhase(g, now) === "during");
  const blocks: Html[] = [];
  for (const games of running) {
    const day = hostDate(now, games.hostTz);
    const windows = onDay(await scheduleFor(ctx.db, games.id), day);
    const c = countdown(games, now);
    const lines: Html[] = [
      t(ctx, "today-header", {
        games: gamesTitle(ctx, games),
        date: formatDate(day, ctx.lang),
        city: games.hostCity[ctx.lang],
        day: c.phase === "during" ? c.day : 1,
        of: c.phase === "during" ? c.of : 1,
      }),
    ];
    if (windows.length === 0) lines.push(t(ctx, "today-nothing"));
    for (const w of windows) lines.push(windowEntry(ctx, w, games));
    blocks.push(joinHtml(lines, "\n"));
  }
  if (blocks.length > 0) return { text: joinHtml(blocks, "\n\n") };

  const lines: Html[] = [t(ctx, "today-no-games")];
  const past = cat.games
    .filter((g) => gamesPhase(g, now) === "after")
    .sort((a, b) => gamesWindow(b).end.getTime() - gamesWindow(a).end.getTime())[0];
  if (past) lines.push(t(ctx, "games-over", { games: gamesTitle(ctx, past), date: formatDate(past.closesOn, ctx.lang) }));
  const next = cat.games
    .filter((g) => gamesPhase(g, now) === "before")
    .sort((a, b) => gamesWindow(a).start.getTime() - gamesWindow(b).start.getTime())[0];
  if (next) lines.push(t(ctx, "next-games", { games: gamesTitle(ctx, next), date: formatDate(next.opensOn, ctx.lang) }));
  return { text: joinHtml(lines, "\n") };
}
