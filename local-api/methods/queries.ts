import type { InlineQueryResult } from "@grammyjs/types";
import { badRequest, CALLBACK_QUERY_INVALID } from "../errors.js";
import { topics } from "../signals.js";
import type { CallbackAnswer, InlineAnswer } from "../state.js";
import { formatText, isObject, readBool, readInt, readJson, readReplyMarkup, readString } from "../validation.js";
import type { MethodHandler } from "./context.js";

/** answerCallbackQuery and answerInlineQuery: they complete what a user's press or inline query started. */

const RESULT_TYPES = new Set([
  "article", "photo", "gif", "mpeg4_gif", "video", "audio", "voice", "document", "location", "venue",
  "contact", "game", "sticker",
]);

function validateResults(value: unknown, findUser: Parameters<typeof formatText>[1]): InlineQueryResult[] {
  if (!Array.isArray(value)) throw badRequest("can't parse inline query results JSON object");
  if (value.length > 50) throw badRequest("RESULTS_TOO_MUCH");
  const ids = new Set<string>();
  for (const result of value) {
    const fail = (detail: string) => badRequest(`can't parse InlineQueryResult: ${detail}`);
    if (!isObject(result)) throw fail("expected an Object");
    if (typeof result.type !== "string" || !RESULT_TYPES.has(result.type)) throw fail("Unsupported type specified");
    const id = result.id === undefined ? "" : String(result.id);
    if (id === "" || Buffer.byteLength(id, "utf8") > 64) throw badRequest("RESULT_ID_INVALID");
    if (ids.has(id)) throw badRequest("RESULT_ID_DUPLICATE");
    ids.add(id);
    if (result.type === "article") {
      if (typeof result.title !== "string") throw fail(`Can't find field "title"`);
      if (!isObject(result.input_message_content)) throw fail(`Can't find field "input_message_content"`);
    }
    if (isObject(result.input_message_content) && "message_text" in result.input_message_content) {
      formatText(result.input_message_content, findUser, { text: "message_text", entities: "entities" });
    }
    readReplyMarkup(result);
  }
  return value as InlineQueryResult[];
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
    const results = validateResults(
      readJson(params, "results", "can't parse inline query results JSON object"),
      core.state.findUser,
    );
    const query = bot.inlineQueries.get(id);
    if (!query || query.answer) throw badRequest(CALLBACK_QUERY_INVALID);
    const nextOffset = readString(params, "next_offset");
    if (nextOffset !== undefined && Buffer.byteLength(nextOffset, "utf8") > 64) throw badRequest("NEXT_OFFSET_INVALID");
    const answer: InlineAnswer = { results };
    const cacheTime = readInt(params, "cache_time");
    if (cacheTime !== undefined) answer.cache_time = cacheTime;
    if (readBool(params, "is_personal")) answer.is_personal = true;
    if (nextOffset) answer.next_offset = nextOffset;
    query.answer = answer;
    core.state.signals.emit(topics.inline(id));
    return true;
  },
};
