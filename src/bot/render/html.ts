/**
 * The one place where text becomes Telegram HTML. Everything interpolated into `html` is
 * escaped unless it is already an `Html` fragment, so a value from a user or the database can
 * never turn into markup.
 */

export const MAX_MESSAGE_LENGTH = 4096;

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** Marks an already-rendered fragment (e.g. a Fluent message, which is trusted markup) as HTML. */
export function raw(fragment: string): Html {
  return new Html(fragment);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]) + (strings[i + 1] ?? "");
  }
  return new Html(out);
}

/** Joins fragments; null and undefined are left out (an empty fragment still takes its place, e.g. a blank line). */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ""): Html {
  const sep = render(separator);
  return new Html(parts.filter((p) => p !== null && p !== undefined).map(render).join(sep));
}

/** Shortens untrusted text before it is echoed back (e.g. a 5,000-character query). */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

// --- splitting ---------------------------------------------------------------------------

type Token = { kind: "open"; name: string; text: string } | { kind: "close"; name: string; text: string } | { kind: "text"; text: string };

const TOKEN_RE = /<\/?([a-zA-Z-]+)(?:\s[^>]*)?>|&[#a-zA-Z0-9]+;|[\s\S]/gu;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  for (const m of source.matchAll(TOKEN_RE)) {
    const text = m[0];
    if (m[1] !== undefined) {
      tokens.push({ kind: text.startsWith("</") ? "close" : "open", name: m[1].toLowerCase(), text });
    } else {
      tokens.push({ kind: "text", text });
    }
  }
  return tokens;
}

/**
 * Splits rendered HTML into messages of at most `limit` characters. Cuts prefer line breaks;
 * a tag open at a cut is closed at the end of one part and reopened at the start of the next,
 * and entities (&amp;) and surrogate pairs are never cut.
 */
export function splitMessage(message: Html | string, limit = MAX_MESSAGE_LENGTH): Html[] {
  const source = String(message);
  if (source.length <= limit) return [new Html(source)];
  type Open = Extract<Token, { kind: "open" }>;
  const closing = (stack: Open[]) => stack.map((t) => `</${t.name}>`).reverse().join("");
  const reopening = (stack: Open[]) => stack.map((t) => t.text).join("");
  const hasText = (s: string) => s.replace(/<[^>]*>/g, "").trim() !== "";

  const parts: Html[] = [];
  let open: Open[] = [];
  let current = "";
  let lastBreak = -1; // index in `current` just after the last newline
  let openAtBreak: Open[] = [];

  const cut = (at: number, stack: Open[]) => {
    const head = current.slice(0, at).replace(/\n+$/, "");
    if (hasText(head)) parts.push(new Html(head + closing(stack)));
    current = reopening(stack) + current.slice(at).replace(/^\n+/, "");
    lastBreak = -1;
    openAtBreak = [];
  };

  for (const token of tokenize(source)) {
    const after = token.kind === "open" ? [...open, token] : token.kind === "close" ? open.slice(0, -1) : open;
    const fits = () => current.length + token.text.length + closing(after).length <= limit;
    if (!fits() && lastBreak > 0) cut(lastBreak, openAtBreak);
    if (!fits()) cut(current.length, open);
    current += token.text;
    open = after;
    if (token.text === "\n") {
      lastBreak = current.length;
      openAtBreak = open;
    }
  }
  if (hasText(current)) parts.push(new Html(current));
  return parts;
}

// --- pagination --------------------------------------------------------------------------

export interface PageOptions {
  /** Characters left for the items on one page (header, footer and keyboard text excluded). */
  maxChars?: number;
  maxItems?: number;
}

/**
 * Groups list entries into pages that stay well below the message limit. An entry is never
 * split across pages; an entry that alone exceeds the budget is split by `splitMessage`.
 */
export function paginate(items: readonly Html[], opts: PageOptions = {}): Html[][] {
  const maxChars = opts.maxChars ?? 3500;
  const maxItems = opts.maxItems ?? 10;
  const pages: Html[][] = [];
  let page: Html[] = [];
  let size = 0;
  for (const item of items) {
    const pieces = item.value.length > maxChars ? splitMessage(item, maxChars) : [item];
    for (const piece of pieces) {
      const cost = piece.value.length + 2;
      if (page.length > 0 && (size + cost > maxChars || page.length >= maxItems)) {
        pages.push(page);
        page = [];
        size = 0;
      }
      page.push(piece);
      size += cost;
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
