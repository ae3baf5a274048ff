import { InlineKeyboard } from "grammy";
import { defaultLicenseGames, defaultScheduleGames, type GamesCatalog } from "../../domain/catalog.js";
import type { Sport } from "../../domain/types.js";
import { sportButton } from "../callback-data/licenses.js";
import { qualifiersButton } from "../callback-data/qualifiers.js";
import { scheduleButton } from "../callback-data/schedule.js";
import { type SportSubscriptionOp, sportSubscriptionButton } from "../callback-data/subscriptions.js";
import { sportName } from "../views/games.js";
import type { RenderContext } from "../views/render-context.js";

/** Which screen a chosen sport opens. */
export type SportTarget = "licenses" | "schedule" | "qualifiers";

const MAX_CHOICES = 8;

/**
 * One button per sport (at most eight) that opens it in `target` at its default Games; sports
 * with no Games to show are left out. `count` says how many buttons there are. `catalogOf` narrows
 * the catalog to the Games that hold a sport (domain/programme.ts, catalogForSport), so a button
 * never opens a sport at a Games without it.
 */
export function sportChoicesKeyboard(
  rc: RenderContext,
  cat: GamesCatalog,
  sports: readonly Sport[],
  target: SportTarget,
  catalogOf: (sport: Sport) => GamesCatalog = () => cat,
): { keyboard: InlineKeyboard; count: number } {
  const keyboard = new InlineKeyboard();
  let count = 0;
  for (const sport of sports.slice(0, MAX_CHOICES)) {
    const own = catalogOf(sport);
    const games = target === "schedule" ? defaultScheduleGames(own, rc.now, sport.kind) : defaultLicenseGames(own, rc.now, sport.kind);
    if (!games) continue;
    const button = { licenses: sportButton, schedule: scheduleButton, qualifiers: qualifiersButton }[target];
    const data = button.encode({ gamesId: games.id, sportId: sport.id, page: 0 });
    keyboard.text(sportName(rc, sport), data).row();
    count++;
  }
  return { keyboard, count };
}

/** One button per sport (at most eight) that subscribes the chat to it, or unsubscribes it. */
export function sportSubscriptionChoicesKeyboard(
  rc: Pick<RenderContext, "lang">,
  sports: readonly Sport[],
  op: SportSubscriptionOp,
): { keyboard: InlineKeyboard; count: number } {
  const keyboard = new InlineKeyboard();
  const shown = sports.slice(0, MAX_CHOICES);
  for (const sport of shown) keyboard.text(sportName(rc, sport), sportSubscriptionButton.encode({ op, sportId: sport.id })).row();
  return { keyboard, count: shown.length };
}
