import type { Html } from "./html.js";
import { splitMessage } from "./split-message.js";

export interface PageOptions {
  /** Characters left for the items on one page (header, footer and keyboard text excluded). */
  maxChars?: number;
  maxItems?: number;
  /** Lines of text on one page, so a page fits a phone's screen (an entry may take several). */
  maxLines?: number;
}

/** Every entry on one page: a shared (inline) message, which has no pager and is cut short instead. */
export const ONE_PAGE: PageOptions = {
  maxChars: Number.POSITIVE_INFINITY,
  maxItems: Number.POSITIVE_INFINITY,
  maxLines: Number.POSITIVE_INFINITY,
};

/**
 * Groups list entries into pages that stay well below the message limit. An entry is never
 * split across pages; an entry that alone exceeds the budget is split by `splitMessage`.
 */
export function paginate(items: readonly Html[], opts: PageOptions = {}): Html[][] {
  const maxChars = opts.maxChars ?? 3500;
  const maxItems = opts.maxItems ?? 10;
  const maxLines = opts.maxLines ?? Number.POSITIVE_INFINITY;
  const pages: Html[][] = [];
  let page: Html[] = [];
  let size = 0;
  let lines = 0;
  for (const item of items) {
    const pieces = item.value.length > maxChars ? splitMessage(item, maxChars) : [item];
    for (const piece of pieces) {
      const cost = piece.value.length + 2;
      const height = piece.value.split("\n").length;
      if (page.length > 0 && (size + cost > maxChars || page.length >= maxItems || lines + height > maxLines)) {
        pages.push(page);
        page = [];
        size = 0;
        lines = 0;
      }
      page.push(piece);
      size += cost;
      lines += height;
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** Clamps a requested page number (which may come from stale button data) into range. */
export function clampPage(page: number, pageCount: number): number {
  if (!Number.isFinite(page) || page < 0) return 0;
  return Math.min(Math.floor(page), Math.max(0, pageCount - 1));
}
