import { InlineKeyboard } from "grammy";
import {
  type AlertFollowing,
  type CountdownCadence,
  followsSport,
  type ResultAlerts,
  type Subscription,
} from "../../domain/subscriptions.js";
import type { Sport } from "../../domain/types.js";
import { type AlertOp, alertControlButton, alertSettingsButton } from "../callback-data/alert-controls.js";
import { clip } from "../render/html.js";
import { sportNameMid } from "./games.js";
import type { RenderContext } from "./render-context.js";

/** What an alert is about: a result or a license of a sport (a discipline's parent named too), or the countdown. */
export type AlertSubject = { type: "result" | "license"; sport: Sport; parent: Sport | null } | { type: "countdown" };

/** The subject of a result's or a license's alert: its sport, and the sport a discipline belongs to. */
export function sportSubject(type: "result" | "license", sport: Sport, sportsById: ReadonlyMap<number, Sport>): AlertSubject {
  return { type, sport, parent: sport.parentId === null ? null : (sportsById.get(sport.parentId) ?? null) };
}

/** What a chat gets, as far as an alert's button is concerned. */
export interface ControlState {
  following: AlertFollowing;
  countdown: CountdownCadence;
  /** How the chat follows the alert's sport when its alerts cover chosen sports. */
  follows: "sport" | "parent" | "none";
}

/**
 * What the sender knows of a chat: what its alerts cover, not which sports it chose. It sends the
 * alert because the chat wants it, so the chat follows the alert's sport (or wants the countdown).
 */
export function sentState(following: AlertFollowing | null): ControlState {
  return { following: following ?? { alerts: "chosen", results: "medals" }, countdown: "milestones", follows: "sport" };
}

/** A chat's subscription as it stands at a press. */
export function pressState(sub: Subscription, subject: AlertSubject): ControlState {
  return { following: sub, countdown: sub.countdown, follows: subject.type === "countdown" ? "none" : followsSport(sub, subject.sport) };
}

/**
 * What an undo brings back: the countdown's cadence and the result alerts as they were before the
 * stop, and whether the sport stopped was the one the alert's discipline belongs to.
 */
export interface Previous {
  cadence: CountdownCadence;
  results: ResultAlerts;
  parent: boolean;
}

const DEFAULT_PREVIOUS: Previous = { cadence: "milestones", results: "medals", parent: false };

/**
 * The one button under an alert that changes what it is about, for a chat in this state: a chat
 * that follows chosen sports stops the alert's sport (or the sport it belongs to, if that is what
 * it follows); one that gets every sport stops this kind of alert (medals, results, licenses); the
 * countdown stops. Once stopped, the button brings it back as it was (`previous`).
 */
export function alertOp(subject: AlertSubject, state: ControlState, previous: Previous = DEFAULT_PREVIOUS): AlertOp {
  if (subject.type === "countdown") {
    if (state.countdown !== "off") return "stop-countdown";
    const cadence = previous.cadence === "off" ? "milestones" : previous.cadence;
    return `resume-${cadence}`;
  }
  const { alerts, results } = state.following;
  if (alerts === "chosen") return state.follows === "none" && previous.parent ? "resume-parent" : SPORT_OPS[state.follows];
  if (subject.type === "license") return LICENSE_OPS[alerts];
  return results === "off" ? RESUME_RESULTS[previous.results] : STOP_RESULTS[results];
}

// What each state calls for (tables rather than conditions: the ops are not locale keys).
const SPORT_OPS = { sport: "stop-sport", parent: "stop-parent", none: "resume-sport" } as const;
const LICENSE_OPS = { all: "stop-licenses", off: "resume-licenses" } as const;
const STOP_RESULTS = { medals: "stop-medals", all: "stop-results" } as const;
const RESUME_RESULTS = { medals: "resume-medals", all: "resume-results", off: "resume-medals" } as const;

type What = "sport" | "parent" | "medals" | "results" | "licenses" | "countdown";

/** What a stop or undo is about (an undo of the countdown names its cadence). */
function whatOf(op: AlertOp): What {
  const what = op.slice(op.indexOf("-") + 1);
  return what === "milestones" || what === "weekly" || what === "daily" ? "countdown" : (what as What);
}

/** The words of a stop or undo, as the locale files' `$what` and `$sport` name them. */
function args(rc: Pick<RenderContext, "lang">, subject: AlertSubject, op: AlertOp): Record<string, string> {
  const what = whatOf(op);
  const sport = subject.type === "countdown" ? null : what === "parent" ? subject.parent : what === "sport" ? subject.sport : null;
  return { what: what === "parent" ? "sport" : what, sport: sport ? sportNameMid(rc, sport) : "" };
}

export function isResume(op: AlertOp): boolean {
  return op.startsWith("resume-");
}

/** The stop that `op` undoes, or the undo of a stop: both name the same alerts. */
export function sameAlerts(a: AlertOp, b: AlertOp): boolean {
  const target = (op: AlertOp) => (whatOf(op) === "medals" || whatOf(op) === "results" ? "results" : whatOf(op));
  return target(a) === target(b);
}

/**
 * The button under an alert, and under it the way to every setting (a message of its own). The
 * button names the alert's own sport (a "-parent" op acts on the sport it belongs to).
 */
export function alertControlsKeyboard(rc: RenderContext, subject: AlertSubject, op: AlertOp): InlineKeyboard {
  const sportId = subject.type === "countdown" ? null : subject.sport.id;
  return new InlineKeyboard()
    .text(
      rc.t(isResume(op) ? "alert-resume" : "alert-stop", args(rc, subject, op)),
      alertControlButton.encode({ subject: subject.type, op, sportId }),
    )
    .row()
    .text(rc.t("alert-settings"), alertSettingsButton.encode({}));
}

/** The line added under an alert once what it is about is stopped (the button below brings it back). */
export function stoppedNote(rc: RenderContext, subject: AlertSubject, undo: AlertOp): string {
  return rc.t("alert-stopped", args(rc, subject, undo));
}

/** Telegram shows at most 200 characters of a press's answer (UTF-16 units; an emoji takes two). */
const MAX_PRESS_ANSWER = 190;

/** What a press answers: done, already so, or why the button changed instead. */
export function pressAnswer(
  rc: RenderContext,
  subject: AlertSubject,
  pressed: AlertOp,
  outcome: "done" | "already" | "changed" | "parent",
): string {
  let text: string;
  if (outcome === "changed") text = rc.t("alert-changed");
  else if (outcome === "parent") text = rc.t("alert-parent", args(rc, subject, "stop-parent"));
  else if (outcome === "already") text = rc.t(isResume(pressed) ? "alert-already-on" : "alert-already-off");
  else text = rc.t(isResume(pressed) ? "alert-resumed" : "alert-stopped", args(rc, subject, pressed));
  return clip(text, MAX_PRESS_ANSWER);
}
