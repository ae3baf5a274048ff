import type { MessageEntity } from "@grammyjs/types";
import type { BotMessage } from "./state.js";

/**
 * Renders a bot message for a terminal: entities as ANSI styles (or plain text
 * without colour), links as "text (url)", quotes with a bar.
 */

const STYLES: Partial<Record<MessageEntity["type"], [string, string]>> = {
  bold: ["\x1b[1m", "\x1b[22m"],
  italic: ["\x1b[3m", "\x1b[23m"],
  underline: ["\x1b[4m", "\x1b[24m"],
  strikethrough: ["\x1b[9m", "\x1b[29m"],
  code: ["\x1b[36m", "\x1b[39m"],
  pre: ["\x1b[36m", "\x1b[39m"],
  spoiler: ["\x1b[7m", "\x1b[27m"],
  text_link: ["\x1b[4;34m", "\x1b[24;39m"],
  text_mention: ["\x1b[34m", "\x1b[39m"],
};

const QUOTE_BAR = "▎ ";

/** A link whose text already is its address ("olympics.com" for https://olympics.com/) needs no "(url)". */
const bareAddress = (url: string): string =>
  url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/$/, "");
const namesUrl = (text: string, url: string): boolean => bareAddress(text) === bareAddress(url);

export function renderText(text: string, entities: MessageEntity[], color: boolean): string {
  const opens = new Map<number, MessageEntity[]>();
  const closes = new Map<number, MessageEntity[]>();
  for (const entity of entities) {
    opens.set(entity.offset, [...(opens.get(entity.offset) ?? []), entity]);
    const end = entity.offset + entity.length;
    closes.set(end, [entity, ...(closes.get(end) ?? [])]);
  }
  let quoteDepth = 0;
  let out = "";
  for (let i = 0; i <= text.length; i++) {
    for (const entity of closes.get(i) ?? []) {
      if (color) out += STYLES[entity.type]?.[1] ?? "";
      if (entity.type === "text_link" && !namesUrl(text.slice(entity.offset, i), entity.url)) out += ` (${entity.url})`;
      if (entity.type === "blockquote" || entity.type === "expandable_blockquote") quoteDepth--;
    }
    if (i === text.length) break;
    for (const entity of opens.get(i) ?? []) {
      if (entity.type === "blockquote" || entity.type === "expandable_blockquote") {
        quoteDepth++;
        out += QUOTE_BAR;
      }
      if (color) out += STYLES[entity.type]?.[0] ?? "";
    }
    const char = text[i] as string;
    out += char === "\n" && quoteDepth > 0 ? `\n${QUOTE_BAR}` : char;
  }
  return out;
}

/** One line per keyboard row: `[1] Boxing  [2] Judo`; numbers come from `number`. */
export function renderButtons(message: BotMessage, number: (row: number, col: number) => number | undefined): string[] {
  return message.buttons.map((row, r) =>
    row
      .map((button, c) => {
        const n = number(r, c);
        const label = button.url
          ? `${button.text} ↗ ${button.url}`
          : button.switchInline
            ? `${button.text} ↗ @${button.switchInline.query ? ` ${button.switchInline.query}` : ""}`
            : button.text;
        return n === undefined ? `[${label}]` : `[${n}] ${label}`;
      })
      .join("  "),
  );
}

/** File sizes as clients show them: 86 B, 2.1 kB, 3.4 MB (decimal units). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
