import { callbackData, choice } from "./codec.js";

export const MENU_ITEMS = ["licenses", "medals", "schedule", "countdown", "subscriptions", "language"] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

/** m:<l|d|s|c|u|g>: a main menu button; each feature answers its own item. */
export const menuButton = callbackData("m", {
  item: choice<MenuItem>({ licenses: "l", medals: "d", schedule: "s", countdown: "c", subscriptions: "u", language: "g" }),
});
