import type { InlineQueryResult, InlineQueryResultsButton, User } from "@grammyjs/types";
import { ApiError, badRequest, CALLBACK_QUERY_INVALID } from "../errors.js";
import type { StoredFile } from "../files.js";
import { topics } from "../signals.js";
import type { CallbackAnswer, InlineAnswer, InlinePost } from "../state.js";
import {
  type FormattedText,
  formatCaption,
  formatText,
  isObject,
  type Params,
  readBool,
  readInt,
  readJson,
  readReplyMarkup,
  readString,
} from "../validation.js";
import type { MethodHandler } from "./context.js";

/** answerCallbackQuery and answerInlineQuery: they complete what a user's press or inline query started. */

type FindUser = (id: number) => User | undefined;
type FindFile = (fileId: string) => StoredFile | undefined;

const RESULT_TYPES = new Set([
  "article",
  "photo",
  "gif",
  "mpeg4_gif",
  "video",
  "audio",
  "voice",
  "document",
  "location",
  "venue",
  "contact",
  "game",
  "sticker",
]);

/** Telegram's default and ceiling for how long clients cache an answer; telegram-bot-api clamps into 0–86,400. */
const DEFAULT_CACHE_TIME = 300;
const MAX_CACHE_TIME = 24 * 60 * 60;
const START_PARAMETER = /^[A-Za-z0-9_-]*$/;

/** telegram-bot-api reads each result and prefixes what it cannot parse; the server's own codes stay bare. */
const resultError = (detail: string): ApiError => badRequest(`can't parse inline query result: ${detail}`);

/** A validator's `can't parse …` error re-worded the way telegram-bot-api nests it inside a result. */
function nested(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const detail = error.description.replace(/^Bad Request: /, "");
  if (!detail.startsWith("can't parse") || detail.startsWith("can't parse inline query result")) return error;
  return resultError(`C${detail.slice(1)}`);
}

function stringField(result: Record<string, unknown>, name: string): string | undefined {
  const value = result[name];
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

/**
 * Checks results in telegram-bot-api's order (type, id, content, caption, markup, title, file),
 * then what tdlib and Telegram's servers refuse; returns what each result posts when chosen, by
 * result id: its message text, or a cached photo (photo_file_id: a photo this bot uploaded) with
 * its caption.
 */
function validateResults(
  value: unknown,
  findUser: FindUser,
  findFile: FindFile,
): { results: InlineQueryResult[]; posts: Map<string, InlinePost> } {
  if (value === undefined || value === null) return { results: [], posts: new Map() };
  if (!Array.isArray(value)) throw badRequest("expected an Array of inline query results");
  if (value.length > 50) throw badRequest("too many inline query results specified");
  const texts = new Map<string, FormattedText>();
  const photos = new Map<string, { fileId: string; caption: FormattedText | undefined }>();
  for (const result of value) {
    if (!isObject(result)) throw resultError("Inline query result must be an object");
    const type = stringField(result, "type");
    if (type === undefined) throw resultError(`Can't find field "type"`);
    const id = stringField(result, "id");
    if (id === undefined) throw resultError(`Can't find field "id"`);
    const content = result.input_message_content;
    let text: FormattedText | undefined;
    let caption: FormattedText | undefined;
    try {
      if (isObject(content)) {
        if (typeof content.message_text === "string" && content.message_text !== "") {
          text = formatText(content, findUser, { text: "message_text", entities: "entities" });
        } else if (type.toLowerCase() === "article" && !("latitude" in content) && !("phone_number" in content)) {
          throw resultError("Input message content is not specified");
        }
      } else if (type.toLowerCase() === "article") {
        // The legacy form, message_text on the result itself, is what an article without content lacks.
        throw resultError(`Can't find field "message_text"`);
      }
      // Every result's caption is parsed, whether or not its type shows one.
      caption = formatCaption(result, findUser);
      if (result.reply_markup !== undefined) {
        if (!isObject(result.reply_markup)) throw resultError(`Field "reply_markup" must be of type Object`);
        readReplyMarkup(result);
      }
    } catch (error) {
      // Telegram's servers, not telegram-bot-api, measure a result's caption.
      if (error instanceof ApiError && /caption is too long/.test(error.description)) throw badRequest("MEDIA_CAPTION_TOO_LONG");
      throw nested(error);
    }
    if (!RESULT_TYPES.has(type.toLowerCase())) throw resultError(`type "${type}" is unsupported for the inline query result`);
    if (type.toLowerCase() === "article" && stringField(result, "title") === undefined) throw resultError(`Can't find field "title"`);
    // A photo by URL (which this server cannot fetch), else one uploaded before, by its file_id.
    if (type.toLowerCase() === "photo" && !stringField(result, "photo_url")) {
      const fileId = stringField(result, "photo_file_id");
      if (fileId === undefined) throw resultError(`Can't find field "photo_file_id"`);
      photos.set(id, { fileId, caption });
    }
    if (text) texts.set(id, text);
  }
  // What tdlib and Telegram's servers check once the request is well-formed.
  const ids = new Set<string>();
  const posts = new Map<string, InlinePost>();
  for (const result of value as Array<Record<string, unknown>>) {
    const id = String(result.id);
    if (id === "") throw badRequest("RESULT_ID_EMPTY");
    if (Buffer.byteLength(id, "utf8") > 64) throw badRequest("RESULT_ID_INVALID");
    if (ids.has(id)) throw badRequest("RESULT_ID_DUPLICATE");
    ids.add(id);
    if (String(result.type).toLowerCase() === "article" && String(result.title).trim() === "") throw badRequest("ARTICLE_TITLE_EMPTY");
    const text = texts.get(id);
    const photo = photos.get(id);
    if (photo) {
      const file = findFile(photo.fileId);
      if (!file) throw badRequest("wrong remote file identifier specified: can't unserialize it");
      if (!file.photo) throw badRequest("can't use file of type Document as Photo");
      // input_message_content, when given, is posted instead of the photo.
      if (!text) posts.set(id, { photo: file, ...(photo.caption ? { caption: photo.caption } : {}) });
    }
    if (text) posts.set(id, { text });
  }
  return { results: value as InlineQueryResult[], posts };
}

/** `button` (InlineQueryResultsButton), or the older switch_pm_text / switch_pm_parameter pair. */
function readResultsButton(params: Params): InlineQueryResultsButton | undefined {
  const raw = readJson(params, "button", "can't parse inline query results button JSON object");
  let button: InlineQueryResultsButton | undefined;
  if (raw !== undefined) {
    const fail = (detail: string) => badRequest(`can't parse inline query results button: ${detail}`);
    if (!isObject(raw)) throw fail("InlineQueryResultsButton must be an Object");
    if (typeof raw.text !== "string") throw fail(`Can't find field "text"`);
    if (raw.start_parameter !== undefined) {
      if (typeof raw.start_parameter !== "string") throw fail(`Field "start_parameter" must be of type String`);
      button = { text: raw.text, start_parameter: raw.start_parameter };
    } else if (raw.web_app !== undefined) {
      if (!isObject(raw.web_app)) throw fail(`Field "web_app" must be of type Object`);
      if (typeof raw.web_app.url !== "string") throw fail(`Can't find field "url"`);
      button = { text: raw.text, web_app: { url: raw.web_app.url } };
    } else {
      throw fail("InlineQueryResultsButton must have exactly one optional field");
    }
  } else {
    const text = readString(params, "switch_pm_text");
    if (text) button = { text, start_parameter: readString(params, "switch_pm_parameter") ?? "" };
  }
  // tdlib's checks of the start parameter, made before anything reaches Telegram.
  if (button && "start_parameter" in button) {
    const parameter = button.start_parameter ?? "";
    if (parameter === "") throw badRequest("can't use empty start_parameter");
    if (parameter.length > 64) throw badRequest("too long start_parameter specified");
    if (!START_PARAMETER.test(parameter)) throw badRequest("unallowed characters in start_parameter are used");
  }
  return button;
}

export const queryMethods: Record<string, MethodHandler> = {
  answerCallbackQuery(context, params) {
    const { bot, core } = context;
    const id = readString(params, "callback_query_id") ?? "";
    const query = bot.callbackQueries.get(id);
    if (!query || query.answer) throw badRequest(CALLBACK_QUERY_INVALID);
    context.chatId = query.chatId;
    const text = readString(params, "text");
    if (text !== undefined && text.length > 200) throw badRequest("MESSAGE_TOO_LONG");
    const answer: CallbackAnswer = {};
    if (text) answer.text = text;
    if (readBool(params, "show_alert")) answer.show_alert = true;
    const url = readString(params, "url");
    if (url) answer.url = url;
    const cacheTime = readInt(params, "cache_time");
    if (cacheTime !== undefined) answer.cache_time = cacheTime;
    query.answer = answer;
    core.state.signals.emit(topics.callback(id));
    return true;
  },

  answerInlineQuery(context, params) {
    const { bot, core } = context;
    const id = readString(params, "inline_query_id") ?? "";
    const cacheTime = Math.min(Math.max(readInt(params, "cache_time") ?? DEFAULT_CACHE_TIME, 0), MAX_CACHE_TIME);
    const nextOffset = readString(params, "next_offset") ?? "";
    const button = readResultsButton(params);
    const { results, posts } = validateResults(
      readJson(params, "results", "can't parse JSON encoded inline query results"),
      core.state.findUser,
      (fileId) => core.state.files.find(bot.id, fileId),
    );
    const query = bot.inlineQueries.get(id);
    // Answered already, or the user's client stopped waiting: Telegram no longer takes an answer.
    if (!query || query.answer || query.expired) throw badRequest(CALLBACK_QUERY_INVALID);
    if (Buffer.byteLength(nextOffset, "utf8") > 64) throw badRequest("NEXT_OFFSET_INVALID");
    const answer: InlineAnswer = {
      inline_query_id: id,
      query: query.query ?? "",
      results,
      cache_time: cacheTime,
      is_personal: readBool(params, "is_personal"),
      ...(nextOffset ? { next_offset: nextOffset } : {}),
      ...(button ? { button } : {}),
    };
    query.posts = posts;
    query.answer = answer;
    core.state.signals.emit(topics.inline(id));
    return true;
  },
};
