import { callbackData } from "./codec.js";

/** nop: a button that does nothing when pressed (a page indicator). */
export const inertButton = callbackData("nop", {});
