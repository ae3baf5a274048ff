import { callbackData, choice, optionalId } from "./codec.js";

/** What an alert is about: a result, a license (both of a sport) or the countdown. */
export type AlertSubjectType = "result" | "license" | "countdown";

/**
 * What the button under an alert does to the chat's subscription: stop what the alert is about, or
 * (once stopped) bring it back as it was. "parent": the sport a discipline belongs to, when that is
 * what the chat follows; "medals" and "results": result alerts, medals only or every result.
 */
export const ALERT_OPS = [
  "stop-sport",
  "stop-parent",
  "stop-medals",
  "stop-results",
  "stop-licenses",
  "stop-countdown",
  "resume-sport",
  "resume-parent",
  "resume-medals",
  "resume-results",
  "resume-licenses",
  "resume-milestones",
  "resume-weekly",
  "resume-daily",
] as const;
export type AlertOp = (typeof ALERT_OPS)[number];

/**
 * alc:<r|l|c>:<op>:<sportId or 0>: the stop (or undo) button under an alert. It acts on the chat it
 * is pressed in, as that chat's subscription stands at the press.
 */
export const alertControlButton = callbackData("alc", {
  subject: choice<AlertSubjectType>({ result: "r", license: "l", countdown: "c" }),
  op: choice<AlertOp>({
    "stop-sport": "s",
    "stop-parent": "p",
    "stop-medals": "m",
    "stop-results": "r",
    "stop-licenses": "l",
    "stop-countdown": "c",
    "resume-sport": "S",
    "resume-parent": "P",
    "resume-medals": "M",
    "resume-results": "R",
    "resume-licenses": "L",
    "resume-milestones": "1",
    "resume-weekly": "2",
    "resume-daily": "3",
  }),
  sportId: optionalId,
});

/** als: the settings button under an alert: the settings menu as a message of its own, the alert kept. */
export const alertSettingsButton = callbackData("als", {});
