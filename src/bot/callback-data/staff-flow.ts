import { callbackData, choice } from "./codec.js";

/** sfx:<action>: the buttons every step of a staff conversation has: Back (after the first step) and Cancel. */
export const flowButton = callbackData("sfx", { action: choice<"back" | "cancel">({ back: "b", cancel: "x" }) });
