import { callbackData, id, page } from "./codec.js";

/** md:<gamesId>: the team's medals at one Games. */
export const medalsButton = callbackData("md", { gamesId: id });

/** mdp:<gamesId>:<page>: another page of a long medals screen (medals, then placings). */
export const medalsPageButton = callbackData("mdp", { gamesId: id, page });

/** mc:<resultId>: a medal's card, sent as a photo to share. */
export const medalCardButton = callbackData("mc", { resultId: id });
