import { callbackData, id } from "./codec.js";

/** md:<gamesId>: the team's medals at one Games. */
export const medalsButton = callbackData("md", { gamesId: id });
