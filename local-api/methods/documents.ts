import type { File } from "@grammyjs/types";
import { isUploadedFile, type UploadedFile } from "../body.js";
import { badRequest } from "../errors.js";
import { documentOf, MAX_DOWNLOAD_BYTES, MAX_PHOTO_BYTES, MAX_UPLOAD_BYTES, photoSizesOf, type StoredFile } from "../files.js";
import { imageSize } from "../images.js";
import { formatCaption, type Params, readChatId, readReplyMarkup, readString } from "../validation.js";
import type { MethodContext, MethodHandler } from "./context.js";
import { assertCanSend, readReplyTarget, rejectUnmodelledTargets } from "./messages.js";

/** sendDocument and sendPhoto (an upload, or a file_id the server knows) and getFile. */

type FileKind = "document" | "photo";

type DocumentSource = { upload: UploadedFile } | { fileId: string } | { url: string };

/**
 * telegram-bot-api's get_input_file: a file part named like the field, `attach://<part>`, or any
 * other string as a file_id or URL (resolved later, once the chat is known).
 */
function readFileSource(params: Params, kind: FileKind): DocumentSource {
  const value = params[kind];
  if (isUploadedFile(value)) return { upload: value };
  const text = typeof value === "string" ? value.trim() : "";
  if (text.startsWith("attach://")) {
    const part = params[text.slice("attach://".length)];
    if (isUploadedFile(part)) return { upload: part };
  } else if (text !== "") {
    return /^https?:\/\//i.test(text) ? { url: text } : { fileId: text };
  }
  throw badRequest(`there is no ${kind} in the request`);
}

function resolveFile(context: MethodContext, source: DocumentSource, kind: FileKind = "document"): StoredFile {
  const { core, bot } = context;
  if ("url" in source) {
    // Telegram would download it; this server has no network to do so (see README).
    throw badRequest("failed to get HTTP URL content: the local Bot API server does not fetch URLs, upload the file instead");
  }
  if ("fileId" in source) {
    const known = core.state.files.find(bot.id, source.fileId);
    if (!known) throw badRequest("wrong file identifier/HTTP URL specified");
    // A photo's file_id sends a photo, a document's a document.
    if ((known.photo !== undefined) !== (kind === "photo")) throw badRequest("type of file mismatch");
    return known;
  }
  const { upload } = source;
  if (upload.size === 0) throw badRequest("file must be non-empty");
  if (upload.size > (kind === "photo" ? MAX_PHOTO_BYTES : MAX_UPLOAD_BYTES)) throw badRequest("file is too big");
  if (kind === "document") return core.state.files.add(bot.id, upload.filename || "document", upload.bytes, upload.contentType);
  const size = imageSize(upload.bytes);
  if (!size) throw badRequest("IMAGE_PROCESS_FAILED");
  // Telegram's bounds for a photo: sides adding up to 10,000 px at most, one at most 20 times the other.
  if (size.width + size.height > 10_000 || Math.max(size.width, size.height) > 20 * Math.min(size.width, size.height)) {
    throw badRequest("PHOTO_INVALID_DIMENSIONS");
  }
  return core.state.files.add(bot.id, upload.filename || "photo.jpg", upload.bytes, upload.contentType, size);
}

export const documentMethods: Record<string, MethodHandler> = {
  sendDocument(context, params) {
    const { core, bot } = context;
    const source = readFileSource(params, "document");
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

  /** As sendDocument, for a picture: the message lists it as `photo` sizes (see photoSizesOf). */
  sendPhoto(context, params) {
    const { core, bot } = context;
    const source = readFileSource(params, "photo");
    const caption = formatCaption(params, core.state.findUser);
    const markup = readReplyMarkup(params).inline;
    const chatRef = readChatId(params);
    rejectUnmodelledTargets(params);
    const chat = core.state.resolveChat(bot, chatRef, "write");
    context.chatId = chat.id;
    // faults.refusePhotos: a chat where photos are not allowed (a group that restricts media).
    if (core.faults.refusesPhotos(chat.id)) throw badRequest("not enough rights to send photos to the chat");
    const replyTo = readReplyTarget(context, chat, params);
    const file = resolveFile(context, source, "photo");
    assertCanSend(context, chat);
    return core.state.addBotMessage(bot, chat, { photo: photoSizesOf(file), ...(caption ? { caption } : {}) }, markup, replyTo).message;
  },

  getFile(context, params) {
    const fileId = readString(params, "file_id")?.trim() ?? "";
    if (fileId === "") throw badRequest("file_id not specified");
    const file = context.core.state.files.find(context.bot.id, fileId);
    if (!file) throw badRequest("invalid file_id");
    // Bots download at most 20 MB through the cloud Bot API (a user may send far larger files).
    if (file.bytes.length > MAX_DOWNLOAD_BYTES) throw badRequest("file is too big");
    return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.bytes.length, file_path: file.path } satisfies File;
  },
};
