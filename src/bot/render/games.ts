import type { Games, Sport } from "../../domain/types.js";
import { hostDate } from "../../lib/zoned-time.js";
import type { BotContext } from "../context.js";
import { t } from "../i18n.js";
import type { Html } from "./html.js";
import { formatDateIn, formatTime, zoneLabel } from "./format.js";

type Ctx = Pick<BotContext, "t" | "lang">;

function gamesArgs(ctx: Ctx, g: Games) {
  // The year goes in as a string: Fluent would format a number as "2,024".
  return { kind: g.kind, season: g.season, city: g.hostCity[ctx.lang], year: String(g.year) };
}

/** "Paris 2024 Olympic Games" as HTML (city names come from the database). */
export function gamesTitle(ctx: Ctx, g: Games): Html {
  return t(ctx, "games-title", gamesArgs(ctx, g));
}

/** "Paris 2024" as plain text, for buttons. */
export function gamesShortLabel(ctx: Ctx, g: Games): string {
  return ctx.t("games-short", gamesArgs(ctx, g));
}

export function sportName(ctx: Pick<BotContext, "lang">, sport: Sport): string {
  return sport.name[ctx.lang];
}

/**
 * "19:30 Europe/Paris (UTC+2) · 22:30 Asia/Almaty (UTC+5)": an instant in the host's zone and in
 * the viewer's, each zone named. One zone only when both are the same. When the viewer's clock
 * is already on another day ("20:00 Europe/Rome · 7 February, 00:00 Asia/Almaty"), that day is named.
 */
export function clockTimes(ctx: Ctx & Pick<BotContext, "config">, at: Date, hostTz: string): Html {
  const display = ctx.config.displayTz;
  const host = t(ctx, "time-in-zone", { time: formatTime(at, hostTz, ctx.lang), zone: zoneLabel(hostTz, at) });
  if (display === hostTz) return host;
  const localTime = formatTime(at, display, ctx.lang);
  const time =
    hostDate(at, display) === hostDate(at, hostTz)
      ? localTime
      : t(ctx, "date-time", { date: formatDateIn(at, display, ctx.lang, false), times: localTime });
  const local = t(ctx, "time-in-zone", { time, zone: zoneLabel(display, at) });
  return t(ctx, "time-pair", { host, local });
}

/** "26 July 2024, 19:30 Europe/Paris (UTC+2) · 22:30 Asia/Almaty (UTC+5)". */
export function instantWithZones(ctx: Ctx & Pick<BotContext, "config">, at: Date, hostTz: string): Html {
  return t(ctx, "date-time", { date: formatDateIn(at, hostTz, ctx.lang), times: clockTimes(ctx, at, hostTz) });
}
