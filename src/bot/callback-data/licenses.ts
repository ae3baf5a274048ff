import { callbackData, id, page } from "./codec.js";

/** ls:<gamesId>: the license summary of one Games. */
export const summaryButton = callbackData("ls", { gamesId: id });

/** lic:<gamesId>:<sportId>:<page>: the licenses in one sport. */
export const sportButton = callbackData("lic", { gamesId: id, sportId: id, page });
