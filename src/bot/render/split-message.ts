import { Html } from "./html.js";

/** Telegram's limit on a message's text once its HTML is parsed; measuring the HTML itself stays within it. */
export const MAX_MESSAGE_LENGTH = 4096;

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
  const closing = (stack: Open[]) =>
    stack
      .map((t) => `</${t.name}>`)
      .reverse()
      .join("");
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
