import type { InlineKeyboard } from "grammy";
import { inertButton } from "../callback-data/inert.js";

/** Appends "◀️ 2/5 ▶️" for a list longer than one page; `dataFor(page)` builds the button data. */
export function addPager(keyboard: InlineKeyboard, page: number, pageCount: number, dataFor: (page: number) => string): InlineKeyboard {
  if (pageCount <= 1) return keyboard;
  if (page > 0) keyboard.text("◀️", dataFor(page - 1));
  keyboard.text(`${page + 1}/${pageCount}`, inertButton.encode({}));
  if (page < pageCount - 1) keyboard.text("▶️", dataFor(page + 1));
  return keyboard.row();
}
