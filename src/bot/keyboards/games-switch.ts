import type { InlineKeyboard } from "grammy";
import { counterpart, type GamesCatalog, neighbours } from "../../domain/catalog.js";
import type { Games } from "../../domain/types.js";
import { gamesShortLabel } from "../views/games.js";
import type { RenderContext } from "../views/render-context.js";

/**
 * Buttons to move to the other kind of the same Games and to the previous/next Games of the
 * same kind; `dataFor` builds the callback data for the target Games.
 */
export function addGamesSwitch(
  keyboard: InlineKeyboard,
  rc: RenderContext,
  cat: GamesCatalog,
  g: Games,
  dataFor: (gamesId: number) => string,
): InlineKeyboard {
  const { prev, next } = neighbours(cat, g);
  if (prev) keyboard.text(`◀️ ${gamesShortLabel(rc, prev)}`, dataFor(prev.id));
  if (next) keyboard.text(`${gamesShortLabel(rc, next)} ▶️`, dataFor(next.id));
  if (prev || next) keyboard.row();
  const other = counterpart(cat, g, rc.now);
  if (other && other.id !== g.id) {
    keyboard.text(rc.t("switch-kind", { kind: other.kind }), dataFor(other.id)).row();
  }
  return keyboard;
}
