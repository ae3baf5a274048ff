import { callbackData, id, optionalId, page } from "./codec.js";

/** qu:<gamesId>:<sportId|0>:<page>: the qualification events of one Games (0 = every sport). */
export const qualifiersButton = callbackData("qu", { gamesId: id, sportId: optionalId, page });
