import { callbackData, choice, id } from "./codec.js";

export type SportSubscriptionOp = "subscribe" | "unsubscribe";

/**
 * ssp:<a|r>:<sportId>: a "did you mean" choice after /subscribe or /unsubscribe with a sport name
 * that matched no single sport; a press adds (a) or removes (r) that sport's alerts.
 */
export const sportSubscriptionButton = callbackData("ssp", {
  op: choice<SportSubscriptionOp>({ subscribe: "a", unsubscribe: "r" }),
  sportId: id,
});

/** A group of sports in the settings' list of sports: a kind of Games and a season. */
export const SPORT_GROUPS = ["olympic-summer", "olympic-winter", "paralympic-summer", "paralympic-winter"] as const;
export type SportGroup = (typeof SPORT_GROUPS)[number];

/** A page of the settings' list of sports: which group, which page of it. */
export interface SportsPage {
  group: SportGroup;
  page: number;
}

const GROUP_CODES: Record<SportGroup, string> = {
  "olympic-summer": "os",
  "olympic-winter": "ow",
  "paralympic-summer": "ps",
  "paralympic-winter": "pw",
};

/** A page as the settings menu's buttons carry it (a @grammyjs/menu payload: no "/"): "os0", "pw1". */
export const SPORTS_PAGE_PATTERN = "(?:os|ow|ps|pw)(?:0|[1-9][0-9]?)";

export function encodeSportsPage(at: SportsPage): string {
  return `${GROUP_CODES[at.group]}${at.page}`;
}

/** null for anything encodeSportsPage does not write. */
export function decodeSportsPage(payload: unknown): SportsPage | null {
  if (typeof payload !== "string" || !new RegExp(`^${SPORTS_PAGE_PATTERN}$`).test(payload)) return null;
  const group = SPORT_GROUPS.find((g) => GROUP_CODES[g] === payload.slice(0, 2));
  return group ? { group, page: Number(payload.slice(2)) } : null;
}
