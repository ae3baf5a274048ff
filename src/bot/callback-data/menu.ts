import { callbackData, choice } from "./codec.js";

export const MENU_ITEMS = ["licenses", "schedule", "countdown", "language"] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

/** m:<l|s|c|g>: a main menu button; each feature answers its own item. */
export const menuButton = callbackData("m", {
  item: choice<MenuItem>({ licenses: "l", schedule: "s", countdown: "c", language: "g" }),
});
