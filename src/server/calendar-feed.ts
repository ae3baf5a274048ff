// The subscribable calendars: GET /calendar/<games slug>/<sport slug>.ics (or .../all.ics for the
// whole Games), ?lang=en|ru|kk. The same file "Add to calendar" sends, rendered from the read model
// on each request, so a staff change shows up at the calendar app's next refresh.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { I18n } from "@grammyjs/i18n";
import { ALL_SPORTS_SLUG, calendarFileName, renderCalendarIcs } from "../bot/views/calendar.js";
import { renderContext } from "../bot/views/render-context.js";
import { gamesCalendar } from "../domain/calendar.js";
import type { FanData } from "../domain/fan-data.js";
import type { Clock } from "../lib/clock.js";
import { DEFAULT_LANG, isLang, LANGS, type Lang } from "../lib/languages.js";
import type { HttpRoute } from "./http.js";

export interface CalendarFeedOptions {
  /** The read model (ReadModel.current): rebuilt on any staff write. */
  current(): Promise<FanData>;
  i18n: I18n;
  clock: Clock;
  /** Unused by the file itself (it is zoned in the host's zone); a render context needs one. */
  displayTz: string;
}

const PREFIX = "/calendar/";
const FEED_PATH = /^\/calendar\/([a-z0-9-]{1,100})\/([a-z0-9-]{1,100})\.ics$/;

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers }).end(`${text}\n`);
}

/**
 * ?lang= when given; else the first of ours in Accept-Language (a browser opening the link);
 * else the bot's default, English. The bot's own links always carry ?lang=, the chat's language.
 */
function feedLang(url: URL, req: IncomingMessage): Lang | null {
  const asked = url.searchParams.get("lang");
  if (asked !== null) return isLang(asked) ? asked : null;
  const accepted = (req.headers["accept-language"] ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { lang: tag.toLowerCase().split("-")[0] ?? "", q: q === undefined ? 1 : Number(q) };
    })
    .filter((a) => isLang(a.lang) && a.q > 0)
    .sort((a, b) => b.q - a.q);
  return (accepted[0]?.lang as Lang | undefined) ?? DEFAULT_LANG;
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks for it). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export function calendarFeedRoute(opts: CalendarFeedOptions): HttpRoute {
  return {
    match: (path) => path.startsWith(PREFIX),
    async handle(req, res, url) {
      const m = FEED_PATH.exec(url.pathname);
      if (!m)
        return sendText(
          res,
          404,
          "Not found: calendars are at /calendar/<games>/<sport>.ics, e.g. /calendar/paris-2024-olympic/boxing.ics or /calendar/paris-2024-olympic/all.ics",
        );
      const lang = feedLang(url, req);
      if (lang === null) return sendText(res, 400, `Unknown language: use ?lang=${LANGS.join(", ?lang=")}`);
      const [, gamesSlug = "", sportSlug = ""] = m;
      const data = await opts.current();
      const games = data.catalog.games.find((g) => g.slug === gamesSlug);
      if (!games) return sendText(res, 404, `No such Games: ${gamesSlug}`);
      const sport = sportSlug === ALL_SPORTS_SLUG ? null : data.sports.find((s) => s.slug === sportSlug && s.kind === games.kind);
      if (sport === undefined) return sendText(res, 404, `No such sport at ${gamesSlug}: ${sportSlug}`);
      const now = opts.clock();
      const cal = gamesCalendar(data, games.id, sport?.id ?? null, now);
      if (!cal) return sendText(res, 404, `No calendar for ${gamesSlug}/${sportSlug}`);
      const body = renderCalendarIcs(renderContext(opts.i18n, lang, { displayTz: opts.displayTz }, now), cal);
      // The data version, and a digest of the text but its DTSTAMPs (which are "now"): a new
      // deployment's wording changes it too. Weak, since the stamps differ byte for byte.
      const digest = createHash("sha256")
        .update(body.replace(/^DTSTAMP:.*$/gm, ""))
        .digest("base64url")
        .slice(0, 16);
      const etag = `W/"v${data.version}-${lang}-${digest}"`;
      const headers: Record<string, string> = {
        etag,
        // Calendar apps and proxies must ask again each time (cheap with the ETag): staff changes show at once.
        "cache-control": "no-cache",
        ...(url.searchParams.has("lang") ? {} : { vary: "Accept-Language" }),
      };
      if (matches(req.headers["if-none-match"], etag)) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, {
        ...headers,
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `inline; filename="${calendarFileName(games, sport)}"`,
        "content-length": String(Buffer.byteLength(body, "utf8")),
      });
      res.end(req.method === "HEAD" ? undefined : body);
    },
  };
}
