import type { InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity, User } from "@grammyjs/types";
import { badRequest } from "./errors.js";
import { EntityParseError, isCustomEmojiId, parseHtml, sortEntities } from "./html-entities.js";
import { checkLink } from "./links.js";

/**
 * Reading and validating Bot API parameters the way Telegram does. Bodies may be
 * JSON (typed values) or form-encoded (all strings, nested objects as JSON
 * text), so every reader accepts both.
 */
export type Params = Record<string, unknown>;

export const MAX_MESSAGE_LENGTH = 4096;
export const MAX_CALLBACK_DATA_BYTES = 64;

const isPresent = (value: unknown): boolean => value !== undefined && value !== null && value !== "";

export function readString(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : String(value);
}

export function readInt(params: Params, name: string): number | undefined {
  const value = params[name];
  if (!isPresent(value)) return undefined;
  const number = typeof value === "number" ? value : Number(value);
  return Number.isFinite(number) ? Math.trunc(number) : undefined;
}

export function readBool(params: Params, name: string): boolean {
  const value = params[name];
  return value === true || value === "true" || value === "1" || value === 1;
}

/** Objects arrive as JSON text in form bodies. */
export function readJson(params: Params, name: string, parseError: string): unknown {
  const value = params[name];
  if (!isPresent(value)) return undefined;
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    throw badRequest(parseError);
  }
}

export type ChatRef = number | string;

export function readChatId(params: Params, name = "chat_id"): ChatRef {
  const value = params[name];
  if (!isPresent(value)) throw badRequest(`${name} is empty`);
  if (typeof value === "number") return value;
  const text = String(value).trim();
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// ---------------------------------------------------------------------------
// Message text

export interface FormattedText {
  text: string;
  entities: MessageEntity[];
  /** The raw markup as the bot sent it, when a parse_mode was used. */
  html?: string;
}

export interface TextFieldNames {
  text: string;
  entities: string;
}

const ENTITY_TYPES = new Set([
  "mention",
  "hashtag",
  "cashtag",
  "bot_command",
  "url",
  "email",
  "phone_number",
  "bold",
  "italic",
  "underline",
  "strikethrough",
  "spoiler",
  "blockquote",
  "expandable_blockquote",
  "code",
  "pre",
  "text_link",
  "text_mention",
  "custom_emoji",
]);

/**
 * Parses `text` + `parse_mode`/`entities` into the text a user reads, then applies
 * Telegram's checks in its order: empty, parse errors, whitespace-only, length.
 */
export function formatText(
  params: Params,
  findUser: (id: number) => User | undefined,
  fields: TextFieldNames = { text: "text", entities: "entities" },
): FormattedText {
  const raw = readString(params, fields.text);
  if (raw === undefined || raw === "") throw badRequest("message text is empty");
  const trimmed = parseFormatted(params, raw, fields.entities, findUser);
  if (trimmed.text === "") throw badRequest("text must be non-empty");
  if (trimmed.text.length > MAX_MESSAGE_LENGTH) throw badRequest("message is too long");
  return trimmed;
}

export const MAX_CAPTION_LENGTH = 1024;

/**
 * A media caption: optional, so absent, empty or blank after parsing means no caption; parsed
 * with the same `parse_mode` / entities rules as message text, at most 1,024 characters.
 */
export function formatCaption(params: Params, findUser: (id: number) => User | undefined): FormattedText | undefined {
  const raw = readString(params, "caption");
  if (raw === undefined || raw === "") return undefined;
  const caption = parseFormatted(params, raw, "caption_entities", findUser);
  if (caption.text === "") return undefined;
  if (caption.text.length > MAX_CAPTION_LENGTH) throw badRequest("message caption is too long");
  return caption;
}

/** `raw` with `parse_mode` or the entities field applied, surrounding whitespace stripped. */
function parseFormatted(params: Params, raw: string, entitiesField: string, findUser: (id: number) => User | undefined): FormattedText {
  let parsed: FormattedText;
  const parseMode = readString(params, "parse_mode")?.trim().toLowerCase();
  const entities = readJson(params, entitiesField, "can't parse entities JSON object");
  if (parseMode) {
    if (parseMode === "html") {
      try {
        parsed = { ...parseHtml(raw, { findUser }), html: raw };
      } catch (error) {
        if (error instanceof EntityParseError) throw badRequest(`can't parse entities: ${error.message}`);
        throw error;
      }
    } else if (parseMode === "markdown" || parseMode === "markdownv2") {
      // Not modelled: the text is kept verbatim (see README).
      parsed = { text: raw, entities: [], html: raw };
    } else {
      throw badRequest("unsupported parse_mode");
    }
  } else if (entities !== undefined) {
    parsed = { text: raw, entities: validateEntities(raw, entities, findUser) };
  } else {
    parsed = { text: raw, entities: [] };
  }

  return trimFormatted(parsed);
}

/** Telegram strips leading and trailing whitespace, moving entities with the text. */
function trimFormatted(input: FormattedText): FormattedText {
  const { text } = input;
  const start = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (start === 0 && trimmed.length === text.length) return input;
  const end = trimmed.length;
  const entities: MessageEntity[] = [];
  for (const entity of input.entities) {
    const from = Math.max(entity.offset - start, 0);
    const to = Math.min(entity.offset + entity.length - start, end);
    if (to > from) entities.push({ ...entity, offset: from, length: to - from });
  }
  return { ...input, text: trimmed, entities };
}

function validateEntities(text: string, value: unknown, findUser: (id: number) => User | undefined): MessageEntity[] {
  if (!Array.isArray(value)) throw badRequest("can't parse entities JSON object");
  const result: MessageEntity[] = [];
  for (const item of value) {
    if (!isObject(item)) throw badRequest("can't parse MessageEntity: expected an Object");
    const type = item.type;
    if (typeof type !== "string" || !ENTITY_TYPES.has(type)) {
      throw badRequest("can't parse MessageEntity: Unsupported type specified");
    }
    const offset = Number(item.offset);
    const length = Number(item.length);
    if (!Number.isInteger(offset) || offset < 0) throw badRequest(`receive an entity with incorrect offset ${item.offset}`);
    if (!Number.isInteger(length) || length < 0) throw badRequest(`receive an entity with incorrect length ${item.length}`);
    if (offset > text.length) throw badRequest(`entity begins after the end of the text at UTF-16 offset ${offset}`);
    if (offset + length > text.length) {
      throw badRequest(`entity beginning at UTF-16 offset ${offset} ends after the end of the text at UTF-16 offset ${offset + length}`);
    }
    if (length === 0) continue;
    result.push(readEntityExtras(type, offset, length, item, findUser));
  }
  return sortEntities(result);
}

function readEntityExtras(
  type: string,
  offset: number,
  length: number,
  item: Record<string, unknown>,
  findUser: (id: number) => User | undefined,
): MessageEntity {
  switch (type) {
    case "text_link": {
      if (item.url === undefined) throw badRequest(`can't parse MessageEntity: Can't find field "url"`);
      const url = String(item.url);
      const checked = checkLink(url);
      if (!checked.ok) throw badRequest(`entity URL '${url}' is invalid: ${checked.reason}`);
      return { type, offset, length, url: checked.url };
    }
    case "text_mention": {
      if (!isObject(item.user)) throw badRequest(`can't parse MessageEntity: Can't find field "user"`);
      const user = findUser(Number(item.user.id));
      if (!user) throw badRequest("user not found");
      return { type, offset, length, user };
    }
    case "custom_emoji": {
      if (item.custom_emoji_id === undefined) {
        throw badRequest(`can't parse MessageEntity: Can't find field "custom_emoji_id"`);
      }
      const id = String(item.custom_emoji_id);
      if (!isCustomEmojiId(id)) {
        throw badRequest(`can't parse MessageEntity: Field "custom_emoji_id" must be a valid Number`);
      }
      return { type, offset, length, custom_emoji_id: id };
    }
    case "pre":
      return typeof item.language === "string" && item.language
        ? { type, offset, length, language: item.language }
        : { type, offset, length };
    default:
      return { type: type as MessageEntity.CommonMessageEntity["type"], offset, length };
  }
}

// ---------------------------------------------------------------------------
// Reply markup

export interface ReadMarkup {
  /** What the message carries afterwards: only inline keyboards are attached to messages. */
  inline?: InlineKeyboardMarkup;
}

const BUTTON_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

export function readReplyMarkup(params: Params, name = "reply_markup"): ReadMarkup {
  const value = readJson(params, name, "can't parse reply keyboard markup JSON object");
  if (value === undefined) return {};
  if (!isObject(value)) throw badRequest("can't parse reply keyboard markup JSON object");
  if (value.inline_keyboard !== undefined) return { inline: validateInlineKeyboard(value.inline_keyboard) };
  if (value.keyboard !== undefined) {
    validateReplyKeyboard(value);
    return {};
  }
  for (const flag of ["remove_keyboard", "force_reply"] as const) {
    if (value[flag] !== undefined) {
      if (typeof value[flag] !== "boolean") throw badRequest(`field "${flag}" must be of type Boolean`);
      return {};
    }
  }
  throw badRequest("can't parse reply keyboard markup JSON object");
}

export function validateInlineKeyboard(value: unknown): InlineKeyboardMarkup {
  if (!Array.isArray(value)) throw badRequest(`field "inline_keyboard" must be of type Array`);
  const rows: InlineKeyboardButton[][] = [];
  for (const row of value) {
    if (!Array.isArray(row)) throw badRequest(`field "inline_keyboard" must be of type Array`);
    rows.push(row.map(validateInlineButton));
  }
  return { inline_keyboard: rows };
}

const EMPTY_ALLOWED = new Set(["switch_inline_query", "switch_inline_query_current_chat"]);

function validateInlineButton(button: unknown): InlineKeyboardButton {
  const fail = (detail: string) => badRequest(`can't parse inline keyboard button: ${detail}`);
  if (!isObject(button)) throw fail("expected an Object");
  if (button.text === undefined) throw fail(`Can't find field "text"`);
  if (typeof button.text !== "string") throw fail(`Field "text" must be of type String`);
  if (button.text.trim() === "") throw badRequest("BUTTON_TEXT_INVALID");
  // An empty value counts as absent, so `callback_data: ""` is a "text button"; but an empty
  // inline query is one ("may be empty, in which case just the bot's username will be inserted").
  const action = BUTTON_ACTIONS.find((key) => isPresent(button[key]) || (EMPTY_ALLOWED.has(key) && button[key] === ""));
  if (!action) throw fail("Text buttons are unallowed in the inline keyboard");
  if (action === "callback_data") {
    const data = String(button.callback_data);
    if (Buffer.byteLength(data, "utf8") > MAX_CALLBACK_DATA_BYTES) throw badRequest("BUTTON_DATA_INVALID");
  }
  if (action === "url") {
    const url = String(button.url);
    const checked = checkLink(url);
    if (!checked.ok) throw badRequest(`inline keyboard button URL '${url}' is invalid: ${checked.reason}`);
  }
  if (action === "web_app") {
    const url = isObject(button.web_app) ? String(button.web_app.url) : "";
    if (!url.startsWith("https://")) {
      throw badRequest(`inline keyboard button Web App URL '${url}' is invalid: Only HTTPS links are allowed`);
    }
  }
  if (action === "copy_text") {
    const text = isObject(button.copy_text) ? String(button.copy_text.text ?? "") : "";
    if (text === "" || text.length > 256) throw badRequest("BUTTON_COPY_TEXT_INVALID");
  }
  if (action === "callback_game" || action === "pay") throw badRequest("BUTTON_TYPE_INVALID");
  return button as unknown as InlineKeyboardButton;
}

function validateReplyKeyboard(markup: Record<string, unknown>): void {
  if (!Array.isArray(markup.keyboard)) throw badRequest(`field "keyboard" must be of type Array`);
  for (const flag of ["resize_keyboard", "one_time_keyboard", "is_persistent", "selective"]) {
    if (markup[flag] !== undefined && typeof markup[flag] !== "boolean") {
      throw badRequest(`field "${flag}" must be of type Boolean`);
    }
  }
  for (const row of markup.keyboard) {
    if (!Array.isArray(row)) throw badRequest(`field "keyboard" must be of type Array`);
    for (const button of row) {
      const text = typeof button === "string" ? button : isObject(button) ? button.text : undefined;
      if (typeof text !== "string") throw badRequest(`can't parse keyboard button: Can't find field "text"`);
    }
  }
}

/** Structural equality for "message is not modified" checks (key order as sent is irrelevant). */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableStringify(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
