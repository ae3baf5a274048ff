import { callbackData, id, optionalId, page } from "./codec.js";

/** sch:<gamesId>:<sportId|0>:<page>: the schedule of one Games (0 = all sports). */
export const scheduleButton = callbackData("sch", { gamesId: id, sportId: optionalId, page });

/** tdy: what is on today at every Games running when it is pressed (`/schedule today`). */
export const todayScheduleButton = callbackData("tdy", {});
