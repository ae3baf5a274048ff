import type { GamesField } from "../../domain/games-facts.js";
import { callbackData, choice, id } from "./codec.js";

/** gfp:<gamesId>: the Games whose facts to see and change (inside /games). */
export const gamesPickButton = callbackData("gfp", { gamesId: id });

/** gff:<field>: the fact to change, on a Games' card. */
export const gamesFieldButton = callbackData("gff", { field: choice<GamesField>({ medalRank: "r" }) });

export type GamesFactAction = "clear" | "save";

/** gfx:<action>: a step's other buttons (clear the value, save the change). */
export const gamesFactActionButton = callbackData("gfx", { action: choice<GamesFactAction>({ clear: "c", save: "s" }) });

/** gfu:<auditId>: Undo a change just saved (works after the conversation, on any instance). */
export const undoGamesFactButton = callbackData("gfu", { auditId: id });
