import type { MessageEntity, User } from "@grammyjs/types";
import { checkLink } from "./links.js";

/**
 * Telegram's `parse_mode: "HTML"` parser, following tdlib's `parse_html`
 * (td/telegram/MessageEntity.cpp): the same tag set, the same attribute rules,
 * the same error texts with UTF-8 byte offsets. Offsets of the produced
 * entities are in UTF-16 code units, which is what a JS string index is.
 */
export class EntityParseError extends Error {}

const SUPPORTED_TAGS = new Set([
  "a",
  "b",
  "strong",
  "i",
  "em",
  "s",
  "strike",
  "del",
  "u",
  "ins",
  "tg-spoiler",
  "tg-emoji",
  "span",
  "pre",
  "code",
  "blockquote",
]);

/** Custom emoji ids are positive 64-bit integers written in decimal. */
export const isCustomEmojiId = (id: string): boolean => /^\d{1,19}$/.test(id) && BigInt(id) !== 0n && BigInt(id) <= 9223372036854775807n;

/** Tags that map straight to an entity without attributes. */
const SIMPLE_TAGS: Record<string, MessageEntity.CommonMessageEntity["type"]> = {
  i: "italic",
  em: "italic",
  b: "bold",
  strong: "bold",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  u: "underline",
  ins: "underline",
  "tg-spoiler": "spoiler",
  span: "spoiler",
};

interface OpenTag {
  tag: string;
  argument: string;
  expandable: boolean;
  offset: number;
}

/** Pending entity: `code` may carry a language until it is merged into a surrounding `pre`. */
type Draft = MessageEntity & { language?: string };

export interface ParsedText {
  text: string;
  entities: MessageEntity[];
}

export interface HtmlParseOptions {
  /** Resolves `tg://user?id=` links to a user; unknown ids drop the link as Telegram does. */
  findUser?: (id: number) => User | undefined;
}

const isSpace = (c: string | undefined): boolean =>
  c === undefined || c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\v" || c === "\0";
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isHexDigit = (c: string | undefined): boolean => c !== undefined && /[0-9a-fA-F]/.test(c);
const isAlpha = (c: string | undefined): boolean => c !== undefined && /[a-zA-Z]/.test(c);
const isAlnum = (c: string | undefined): boolean => isDigit(c) || isAlpha(c);

const NAMED_ENTITIES: Record<string, number> = { lt: 60, gt: 62, amp: 38, quot: 34 };

/** Decodes `&lt;`-style and numeric references; returns [code point, next index] or undefined. */
function decodeHtmlEntity(s: string, pos: number): [number, number] | undefined {
  let end = pos + 1;
  let code = 0;
  if (s[pos + 1] === "#") {
    end++;
    if (s[pos + 2] === "x") {
      end++;
      while (isHexDigit(s[end])) code = code * 16 + parseInt(s[end++] as string, 16);
    } else {
      while (isDigit(s[end])) code = code * 10 + (s.charCodeAt(end++) - 48);
    }
    if (code === 0 || code >= 0x10ffff || end - pos >= 10) return undefined;
  } else {
    while (isAlpha(s[end])) end++;
    code = NAMED_ENTITIES[s.slice(pos + 1, end)] ?? 0;
    if (code === 0) return undefined;
  }
  if (s[end] === ";") end++;
  return [code, end];
}

// tdlib's sort order: offset ascending, longer first, then a fixed per-type priority.
const TYPE_PRIORITY: Record<string, number> = {
  blockquote: 0,
  expandable_blockquote: 0,
  pre: 11,
  code: 20,
  text_link: 49,
  text_mention: 49,
  bold: 90,
  italic: 91,
  underline: 92,
  strikethrough: 93,
  spoiler: 94,
  custom_emoji: 99,
};

export function sortEntities<T extends MessageEntity>(entities: T[]): T[] {
  return entities.sort(
    (a, b) => a.offset - b.offset || b.length - a.length || (TYPE_PRIORITY[a.type] ?? 50) - (TYPE_PRIORITY[b.type] ?? 50),
  );
}

export function parseHtml(html: string, options: HtmlParseOptions = {}): ParsedText {
  const n = html.length;
  const at = (i: number): string => (i < n ? (html[i] as string) : "\0");
  const byteOffset = (i: number): number => Buffer.byteLength(html.slice(0, i), "utf8");
  const fail = (message: string): never => {
    throw new EntityParseError(message);
  };

  const chunks: string[] = [];
  let length = 0; // UTF-16 length of the text produced so far
  const append = (s: string): void => {
    chunks.push(s);
    length += s.length;
  };
  const textSoFar = (): string => {
    const text = chunks.join("");
    chunks.length = 0;
    chunks.push(text);
    return text;
  };
  const entities: Draft[] = [];
  const stack: OpenTag[] = [];
  let i = 0;

  while (i < n) {
    const c = html[i];
    if (c === "&") {
      const decoded = decodeHtmlEntity(html, i);
      if (decoded) {
        append(String.fromCodePoint(decoded[0]));
        i = decoded[1];
        continue;
      }
    }
    if (c !== "<") {
      let j = i + 1;
      while (j < n && html[j] !== "<" && html[j] !== "&") j++;
      append(html.slice(i, j));
      i = j;
      continue;
    }

    const begin = i++;
    if (at(i) !== "/") {
      while (!isSpace(at(i)) && at(i) !== ">") i++;
      if (i >= n) fail(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
      const tag = html.slice(begin + 1, i).toLowerCase();
      if (!SUPPORTED_TAGS.has(tag)) fail(`Unsupported start tag "${tag}" at byte offset ${byteOffset(begin)}`);

      let argument = "";
      let expandable = false;
      while (at(i) !== ">") {
        while (i < n && isSpace(html[i])) i++;
        if (at(i) === ">") break;
        const attributeBegin = i;
        while (!isSpace(at(i)) && at(i) !== "=" && at(i) !== ">") i++;
        const attribute = html.slice(attributeBegin, i);
        if (!attribute) fail(`Empty attribute name in the tag "${tag}" at byte offset ${byteOffset(begin)}`);
        while (i < n && isSpace(html[i])) i++;
        if (at(i) !== "=") {
          // The only valueless attribute Telegram accepts: <blockquote expandable>.
          if (tag === "blockquote" && attribute === "expandable") {
            expandable = true;
            continue;
          }
          fail(`Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${byteOffset(begin)}`);
        }
        i++;
        while (i < n && isSpace(html[i])) i++;
        if (i >= n) fail(`Unclosed start tag "${tag}" at byte offset ${byteOffset(begin)}`);

        let value = "";
        const quote = html[i];
        if (quote !== "'" && quote !== '"') {
          const tokenBegin = i;
          while (isAlnum(at(i)) || at(i) === "." || at(i) === "-") i++;
          value = html.slice(tokenBegin, i).toLowerCase();
          if (!isSpace(at(i)) && at(i) !== ">") fail(`Unexpected end of name token at byte offset ${byteOffset(tokenBegin)}`);
        } else {
          i++;
          while (i < n && html[i] !== quote) {
            if (html[i] === "&") {
              const decoded = decodeHtmlEntity(html, i);
              if (decoded) {
                value += String.fromCodePoint(decoded[0]);
                i = decoded[1];
                continue;
              }
            }
            value += html[i++];
          }
          if (html[i] === quote) i++;
        }
        if (i >= n) fail(`Unclosed start tag at byte offset ${byteOffset(begin)}`);

        if (tag === "a" && attribute === "href") argument = value;
        else if (tag === "code" && attribute === "class" && value.startsWith("language-")) argument = value.slice(9);
        else if (tag === "span" && attribute === "class" && value.startsWith("tg-")) argument = value.slice(3);
        else if (tag === "tg-emoji" && attribute === "emoji-id") argument = value;
      }
      if (tag === "span" && argument !== "spoiler") {
        fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(begin)}`);
      }
      stack.push({ tag, argument, expandable, offset: length });
      i++; // past '>'
      continue;
    }

    // An end tag.
    if (stack.length === 0) fail(`Unexpected end tag at byte offset ${byteOffset(begin)}`);
    while (!isSpace(at(i)) && at(i) !== ">") i++;
    const endTag = html.slice(begin + 2, i).toLowerCase();
    while (i < n && isSpace(html[i])) i++;
    if (at(i) !== ">") fail(`Unclosed end tag at byte offset ${byteOffset(begin)}`);
    i++;
    const open = stack[stack.length - 1] as OpenTag;
    if (endTag && endTag !== open.tag) {
      fail(`Unmatched end tag at byte offset ${byteOffset(begin)}, expected "</${open.tag}>", found "</${endTag}>"`);
    }
    stack.pop();
    if (length > open.offset) {
      closeEntity(open, open.offset, length - open.offset, textSoFar, entities, options);
    }
  }

  const unclosed = stack[stack.length - 1];
  if (unclosed) fail(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);

  // A language only survives inside <pre>; a lone <code class="language-x"> drops it.
  const result: MessageEntity[] = entities.map((entity) => {
    if (entity.type !== "code") return entity;
    const { language: _dropped, ...code } = entity;
    return code;
  });
  return { text: chunks.join(""), entities: sortEntities(result) };
}

function closeEntity(
  open: OpenTag,
  offset: number,
  length: number,
  textSoFar: () => string,
  entities: Draft[],
  options: HtmlParseOptions,
): void {
  const last = entities[entities.length - 1];
  const sameSpan = last !== undefined && last.offset === offset && last.length === length;
  const simple = SIMPLE_TAGS[open.tag];
  if (simple) {
    entities.push({ type: simple, offset, length });
    return;
  }
  switch (open.tag) {
    case "blockquote":
      entities.push({ type: open.expandable ? "expandable_blockquote" : "blockquote", offset, length });
      return;
    case "tg-emoji": {
      const id = open.argument;
      if (!isCustomEmojiId(id)) {
        throw new EntityParseError("Invalid custom emoji identifier specified");
      }
      entities.push({ type: "custom_emoji", offset, length, custom_emoji_id: id });
      return;
    }
    case "a": {
      const href = open.argument || textSoFar().slice(offset, offset + length);
      const userId = /^tg:(?:\/\/)?user\/?\?id=(\d+)/i.exec(href)?.[1];
      if (userId !== undefined) {
        const user = options.findUser?.(Number(userId));
        if (user) entities.push({ type: "text_mention", offset, length, user });
        return;
      }
      const checked = checkLink(href);
      if (checked.ok) entities.push({ type: "text_link", offset, length, url: checked.url });
      return;
    }
    case "pre":
      if (sameSpan && last.type === "code" && last.language) {
        entities[entities.length - 1] = { type: "pre", offset, length, language: last.language };
      } else {
        entities.push({ type: "pre", offset, length });
      }
      return;
    case "code":
      if (sameSpan && last.type === "pre" && open.argument) {
        entities[entities.length - 1] = { type: "pre", offset, length, language: open.argument };
      } else {
        entities.push(open.argument ? { type: "code", offset, length, language: open.argument } : { type: "code", offset, length });
      }
      return;
  }
}
