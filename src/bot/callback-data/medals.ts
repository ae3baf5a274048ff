import { callbackData, id } from "./codec.js";

/** md:<gamesId>: the team's medals at one Games. */
export const medalsButton = callbackData("md", { gamesId: id });

/** mc:<resultId>: a medal's card, sent as a photo to share. */
export const medalCardButton = callbackData("mc", { resultId: id });
