import { callbackData, choice, id } from "./codec.js";

/** The parts of a Games' card with screens of their own: its programme and its competition windows. */
export type GamesSection = "programme" | "windows";

/** gfs:<section>: a Games' programme or windows, from its card (inside /games). */
export const gamesSectionButton = callbackData("gfs", { section: choice<GamesSection>({ programme: "p", windows: "w" }) });

export type ProgrammeAction =
  | "add"
  | "remove"
  | "create"
  | "names"
  | "skip"
  | "keep"
  | "save"
  | "window-add"
  | "days"
  | "time"
  | "drop"
  | "no-time";

/** gpx:<action>: the other buttons of the programme and window steps. */
export const programmeActionButton = callbackData("gpx", {
  action: choice<ProgrammeAction>({
    add: "a",
    remove: "r",
    create: "n",
    names: "m",
    skip: "k",
    keep: "e",
    save: "s",
    "window-add": "w",
    days: "d",
    time: "t",
    drop: "x",
    "no-time": "z",
  }),
});

/** gpk:<sportId>: a sport tapped (to add to the programme, remove from it, or change its window). */
export const programmeSportButton = callbackData("gpk", { sportId: id });

/** gpu:<auditId>: Undo a programme change just saved (works after the conversation, on any instance). */
export const undoProgrammeButton = callbackData("gpu", { auditId: id });

/** gnu:<auditId>: Undo a sport's names just saved. */
export const undoSportNamesButton = callbackData("gnu", { auditId: id });

/** gwu:<auditId>: Undo a window change just saved. */
export const undoWindowButton = callbackData("gwu", { auditId: id });
