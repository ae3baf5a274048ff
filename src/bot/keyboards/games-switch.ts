import type { InlineKeyboard } from "grammy";
import { counterpart, type GamesCatalog, type GamesFilter, neighbours } from "../../domain/catalog.js";
import type { Games } from "../../domain/types.js";
import { gamesShortLabel } from "../views/games.js";
import type { RenderContext } from "../views/render-context.js";

export interface GamesSwitchOptions {
  /** Step only through the Games that pass (those contesting the screen's sport). */
  filter?: GamesFilter;
  /**
   * Where the Olympic/Paralympic button leads, when not to the same screen: a sport belongs to
   * one kind, so from a sport's screen it leads to the other kind's overview.
   */
  otherKind?: (gamesId: number) => string;
}

/**
 * Buttons to move to the previous/next Games of the same kind and to the other kind of the same
 * Games (Paris 2024 Olympic ⇄ Paralympic); `dataFor` builds the callback data for a target Games.
 */
export function addGamesSwitch(
  keyboard: InlineKeyboard,
  rc: RenderContext,
  cat: GamesCatalog,
  g: Games,
  dataFor: (gamesId: number) => string,
  opts: GamesSwitchOptions = {},
): InlineKeyboard {
  const { prev, next } = neighbours(cat, g, opts.filter);
  if (prev) keyboard.text(`◀️ ${gamesShortLabel(rc, prev)}`, dataFor(prev.id));
  if (next) keyboard.text(`${gamesShortLabel(rc, next)} ▶️`, dataFor(next.id));
  if (prev || next) keyboard.row();
  const other = counterpart(cat, g, rc.now);
  if (other && other.id !== g.id) {
    keyboard.text(rc.t("switch-kind", { kind: other.kind }), (opts.otherKind ?? dataFor)(other.id)).row();
  }
  return keyboard;
}
