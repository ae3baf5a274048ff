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
