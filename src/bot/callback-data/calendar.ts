import { callbackData, id, optionalId } from "./codec.js";

/** cal:<gamesId>:<sportId|0>: "Add to calendar" for one Games' schedule (0 = all sports). */
export const calendarButton = callbackData("cal", { gamesId: id, sportId: optionalId });
