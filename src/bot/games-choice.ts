import { InlineKeyboard } from "grammy";
import { currentOrNextGames, gamesPhase, pickDefaultGames } from "../domain/games.js";
import { gamesCatalog } from "../domain/licenses.js";
import type { Games, GamesKind } from "../domain/types.js";
import type { BotContext } from "./context.js";
import { gamesShortLabel } from "./render/games.js";

/** Every Games plus which of them have licenses: enough to pick defaults and build switch buttons. */
export interface Catalog {
  games: Games[];
  withLicenses: Set<number>;
}

export async function loadCatalog(ctx: Pick<BotContext, "db">): Promise<Catalog> {
  return gamesCatalog(ctx.db);
}

/** The Games /licenses shows when none is chosen (the latest with licenses, else the next). */
export function defaultLicenseGames(cat: Catalog, now: Date, kind: GamesKind = "olympic"): Games | null {
  return pickDefaultGames(cat.games, cat.withLicenses, now, kind);
}

/** The Games /schedule shows when none is chosen: the one on now, else the same as /licenses. */
export function defaultScheduleGames(cat: Catalog, now: Date, kind: GamesKind = "olympic"): Games | null {
  const running = currentOrNextGames(cat.games, now, kind);
  if (running && gamesPhase(running, now) === "during") return running;
  return defaultLicenseGames(cat, now, kind);
}

/** Paris 2024 Olympic <-> Paris 2024 Paralympic; else the default Games of the other kind. */
export function counterpart(cat: Catalog, g: Games, now: Date): Games | null {
  const other: GamesKind = g.kind === "olympic" ? "paralympic" : "olympic";
  return (
    cat.games.find((x) => x.kind === other && x.year === g.year && x.season === g.season) ??
    defaultLicenseGames(cat, now, other)
  );
}

export function neighbours(cat: Catalog, g: Games): { prev: Games | null; next: Games | null } {
  const same = cat.games.filter((x) => x.kind === g.kind).sort((a, b) => a.opensOn.localeCompare(b.opensOn));
  const i = same.findIndex((x) => x.id === g.id);
  return { prev: same[i - 1] ?? null, next: same[i + 1] ?? null };
}

/**
 * Buttons to move to the other kind of the same Games and to the previous/next Games of the
 * same kind; `dataFor` builds the callback data for the target Games.
 */
export function addGamesSwitch(
  keyboard: InlineKeyboard,
  ctx: Pick<BotContext, "t" | "lang">,
  cat: Catalog,
  g: Games,
  now: Date,
  dataFor: (gamesId: number) => string,
): InlineKeyboard {
  const { prev, next } = neighbours(cat, g);
  if (prev) keyboard.text(`◀️ ${gamesShortLabel(ctx, prev)}`, dataFor(prev.id));
  if (next) keyboard.text(`${gamesShortLabel(ctx, next)} ▶️`, dataFor(next.id));
  if (prev || next) keyboard.row();
  const other = counterpart(cat, g, now);
  if (other && other.id !== g.id) {
    keyboard.text(ctx.t("switch-kind", { kind: other.kind }), dataFor(other.id)).row();
  }
  return keyboard;
}
