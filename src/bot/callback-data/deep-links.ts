import { id, optionalId, startPayload } from "./codec.js";

/**
 * Deep links (`https://t.me/<bot>?start=<payload>`): shared cards and "open in the bot" buttons
 * lead straight to a screen. Each feature answers its own, as with buttons.
 */

/** lic-<gamesId>-<sportId>: the licenses in one sport. */
export const sportLicensesLink = startPayload("lic", { gamesId: id, sportId: id });

/** ls-<gamesId>: the license summary of one Games. */
export const summaryLink = startPayload("ls", { gamesId: id });

/** sch-<gamesId>-<sportId, 0 = every sport>: the schedule. */
export const scheduleLink = startPayload("sch", { gamesId: id, sportId: optionalId });

/** qu-<gamesId>-<sportId, 0 = every sport>: the qualification events. */
export const qualifiersLink = startPayload("qu", { gamesId: id, sportId: optionalId });

/** ath-<athleteId>: one athlete's licenses and medals. */
export const athleteLink = startPayload("ath", { athleteId: id });

/** md-<gamesId>: the team's medals at one Games (a shared medal card's "open in the bot"). */
export const medalsLink = startPayload("md", { gamesId: id });

/** cd: the countdown. */
export const countdownLink = startPayload("cd", {});

/** The plain start screen (the inline answers' "open the bot" button). */
export const MENU_PAYLOAD = "menu";

/** The link that opens the bot with `payload`, as `/start <payload>`. */
export function deepLink(botUsername: string, payload: string): string {
  return `https://t.me/${botUsername}?start=${payload}`;
}
