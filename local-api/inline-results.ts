import { randomBytes } from "node:crypto";
import type { InlineQueryResult, Message, Update } from "@grammyjs/types";
import type { Core } from "./core.js";
import { photoSizesOf } from "./files.js";
import { assertNotMigrated } from "./group-actions.js";
import type { BotRecord, ChatRecord, InlineAnswer, PendingQuery, UserRecord } from "./state.js";
import { botSees, isInChat, markTurn, setBlocked } from "./user-actions.js";

/**
 * A user picking one of an inline query's results: the client posts the result's message (its
 * text, or the cached photo with its caption) in the chat the query was typed in, `from` the user
 * and `via_bot` the bot, and Telegram tells the bot (chosen_inline_result) only if inline feedback
 * is on.
 */

/** A result by id (a string) or by position in the answer (a number). */
export type ResultChoice = string | number;

function pickResult(answer: InlineAnswer, choice: ResultChoice): InlineQueryResult {
  const result = typeof choice === "number" ? answer.results[choice] : answer.results.find((candidate) => String(candidate.id) === choice);
  if (!result) {
    const ids = answer.results.map((candidate) => JSON.stringify(String(candidate.id))).join(", ") || "none";
    throw new Error(`no inline result ${JSON.stringify(choice)} in the answer to ${JSON.stringify(answer.query)}; result ids: ${ids}`);
  }
  return result;
}

/** An id shaped like Telegram's (a base64url blob), for the bot to edit the posted message with. */
const newInlineMessageId = (): string => randomBytes(18).toString("base64url");

export function chooseInlineResult(
  core: Core,
  bot: BotRecord,
  user: UserRecord,
  pending: PendingQuery<InlineAnswer>,
  choice: ResultChoice,
  chat: ChatRecord,
): Message {
  const answer = pending.answer;
  if (!answer) throw new Error(`inline query ${JSON.stringify(pending.query)} has no answer to choose from`);
  const result = pickResult(answer, choice);
  const id = String(result.id);
  const post = pending.posts?.get(id);
  if (!post) {
    throw new Error(
      `inline result ${JSON.stringify(id)} (${result.type}) posts nothing modelled: only input_message_content with message_text, and cached photos (photo_file_id), are`,
    );
  }
  if (!isInChat(user, chat)) throw new Error(`${user.user.first_name} cannot post in chat ${chat.id}: they are not in it`);
  assertNotMigrated(chat);
  if (chat.type === "private" && user.blocked.has(bot.id)) setBlocked(core, bot, user, false);
  markTurn(core, bot, user, chat);
  const markup = "reply_markup" in result && result.reply_markup ? result.reply_markup : undefined;
  const via = { via_bot: bot.user, ...(markup ? { reply_markup: markup } : {}) };
  const stored =
    "text" in post
      ? core.state.addUserMessage(bot, chat, user.user, post.text.text, post.text.entities, undefined, via)
      : core.state.addUserMessage(bot, chat, user.user, undefined, [], undefined, {
          ...via,
          photo: photoSizesOf(post.photo),
          ...(post.caption
            ? { caption: post.caption.text, ...(post.caption.entities.length ? { caption_entities: post.caption.entities } : {}) }
            : {}),
        });
  const inChat = chat.type === "private" || chat.botIds.has(bot.id);
  if (inChat && botSees(bot, chat, stored.message, [])) bot.feed.push({ message: stored.message as NonNullable<Update["message"]> });
  if (bot.inlineFeedback) {
    bot.feed.push({
      chosen_inline_result: {
        result_id: id,
        from: user.user,
        query: answer.query,
        // Telegram gives one only when the message has an inline keyboard, the only way to edit it later.
        ...(markup ? { inline_message_id: newInlineMessageId() } : {}),
      },
    });
  }
  return stored.message;
}
