import type { GamesCatalog } from "../../domain/catalog.js";
import type { FanData } from "../../domain/fan-data.js";
import { namedGamesFor } from "../../domain/fan-games.js";
import type { GamesQuery } from "../../domain/games-query.js";
import type { Games, GamesKind, Sport } from "../../domain/types.js";
import { t } from "../i18n.js";
import { type Html, html, joinHtml } from "../render/html.js";
import { gamesShortLabel, gamesTitle, sportName } from "./games.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

/** "Paris 2024, Milan–Cortina d’Ampezzo 2026, …": each host and year once, as the parser reads them back. */
function namesOfGames(rc: RenderContext, cat: GamesCatalog): string {
  const names = cat.games.map((g) => gamesShortLabel(rc, { ...g, kind: "olympic" }));
  return [...new Set(names)].join(", ");
}

/**
 * What the fan typed that named no Games ("2025", "paris 2026") or that the command cannot use,
 * said plainly, with the Games they can name; null when everything was understood. The screen
 * shown under it names its Games in its header.
 */
export function queryNotice(
  rc: RenderContext,
  cat: GamesCatalog,
  q: Pick<GamesQuery, "notUnderstood" | "yearWithoutGames">,
  unused: string | null = null,
): Html | null {
  const lines: Html[] = [];
  if (q.yearWithoutGames !== null) lines.push(t(rc, "query-no-games-year", { year: String(q.yearWithoutGames) }));
  else if (q.notUnderstood.length > 0) lines.push(t(rc, "query-no-games", { words: q.notUnderstood.join(" ") }));
  if (unused) lines.push(t(rc, "query-not-understood", { words: unused }));
  if (lines.length === 0) return null;
  lines.push(t(rc, "query-games-known", { list: namesOfGames(rc, cat) }));
  return joinHtml(lines, "\n");
}

/** "Boxing is not contested at Milan–Cortina d’Ampezzo 2026 Olympic Winter Games." */
function sportNotAtGames(rc: RenderContext, sport: Sport, games: Games): Html {
  return t(rc, "query-sport-not-at-games", { sport: sportName(rc, sport), games: gamesTitle(rc, games) });
}

/** "Boxing is not a Paralympic sport." */
function sportNotOfKind(rc: RenderContext, sport: Sport, kind: GamesKind): Html {
  return t(rc, "query-sport-not-of-kind", { sport: sportName(rc, sport), kind });
}

/** The view with the notices above it (a blank line between). */
export function withNotice(view: View, ...notices: (Html | null)[]): View {
  const said = notices.filter((n): n is Html => n !== null);
  if (said.length === 0) return view;
  return { ...view, text: joinHtml([...said, html``, view.text], "\n") };
}

/**
 * A sport asked for with a Games or a kind: the Games named, if it contests the sport (or its
 * counterpart does); else null and what to tell the fan ("no biathlon at LA 2028") above the
 * screen of the Games shown instead.
 */
export function sportAtNamedGames(
  rc: RenderContext,
  data: FanData,
  sport: Sport,
  q: Pick<GamesQuery, "games" | "kind">,
): { named: Games | null; elsewhere: Html | null } {
  if (q.games) {
    const named = namedGamesFor(data, q.games, sport, q.kind);
    return { named, elsewhere: named ? null : sportNotAtGames(rc, sport, q.games) };
  }
  return { named: null, elsewhere: q.kind !== null && q.kind !== sport.kind ? sportNotOfKind(rc, sport, q.kind) : null };
}
