import type { File } from "@grammyjs/types";
import { isUploadedFile, type UploadedFile } from "../body.js";
import { badRequest } from "../errors.js";
import { documentOf, MAX_UPLOAD_BYTES, type StoredFile } from "../files.js";
import { formatCaption, type Params, readChatId, readReplyMarkup, readString } from "../validation.js";
import type { MethodContext, MethodHandler } from "./context.js";
import { assertCanSend, readReplyTarget, rejectUnmodelledTargets } from "./messages.js";

/** sendDocument (an upload, or a file_id the server knows) and getFile. */

type DocumentSource = { upload: UploadedFile } | { fileId: string } | { url: string };

/**
 * telegram-bot-api's get_input_file: a file part named like the field, `attach://<part>`, or any
 * other string as a file_id or URL (resolved later, once the chat is known).
 */
function readDocumentSource(params: Params): DocumentSource {
  const value = params.document;
  if (isUploadedFile(value)) return { upload: value };
  const text = typeof value === "string" ? value.trim() : "";
  if (text.startsWith("attach://")) {
    const part = params[text.slice("attach://".length)];
    if (isUploadedFile(part)) return { upload: part };
  } else if (text !== "") {
    return /^https?:\/\//i.test(text) ? { url: text } : { fileId: text };
  }
  throw badRequest("there is no document in the request");
}

function resolveFile(context: MethodContext, source: DocumentSource): StoredFile {
  const { core, bot } = context;
  if ("url" in source) {
    // Telegram would download it; this server has no network to do so (see README).
    throw badRequest("failed to get HTTP URL content: the local Bot API server does not fetch URLs, upload the file instead");
  }
  if ("fileId" in source) {
    const known = core.state.files.find(bot.id, source.fileId);
    if (!known) throw badRequest("wrong file identifier/HTTP URL specified");
    return known;
  }
  const { upload } = source;
  if (upload.size === 0) throw badRequest("file must be non-empty");
  if (upload.size > MAX_UPLOAD_BYTES) throw badRequest("file is too big");
  return core.state.files.add(bot.id, upload.filename || "document", upload.bytes, upload.contentType);
}

export const documentMethods: Record<string, MethodHandler> = {
  sendDocument(context, params) {
    const { core, bot } = context;
    const source = readDocumentSource(params);
    const caption = formatCaption(params, core.state.findUser);
    const markup = readReplyMarkup(params).inline;
    const chatRef = readChatId(params);
    rejectUnmodelledTargets(params);
    const chat = core.state.resolveChat(bot, chatRef, "write");
    context.chatId = chat.id;
    const replyTo = readReplyTarget(context, chat, params);
    const file = resolveFile(context, source);
    assertCanSend(context, chat);
    return core.state.addBotMessage(bot, chat, { document: documentOf(file), ...(caption ? { caption } : {}) }, markup, replyTo).message;
  },

  getFile(context, params) {
    const fileId = readString(params, "file_id")?.trim() ?? "";
    if (fileId === "") throw badRequest("file_id not specified");
    const file = context.core.state.files.find(context.bot.id, fileId);
    if (!file) throw badRequest("invalid file_id");
    return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.bytes.length, file_path: file.path } satisfies File;
  },
};
