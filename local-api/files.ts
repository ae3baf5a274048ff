import { randomBytes } from "node:crypto";
import type { Document, PhotoSize } from "@grammyjs/types";
import type { ImageSize } from "./images.js";

/**
 * Files bots uploaded, by the `file_id` Telegram hands back and by the
 * `file_path` getFile reveals for the download endpoint. A file_id belongs to
 * the bot that uploaded it (Telegram's ids are bot-specific too).
 */
export interface StoredFile {
  botId: number;
  fileId: string;
  fileUniqueId: string;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  /** Relative path under /file/bot<token>/, like Telegram's `documents/file_3.ics`. */
  path: string;
  /** Set for a file sent as a photo (sendPhoto): its size in pixels. */
  photo?: ImageSize;
}

/** Telegram's upload limit for bots on the cloud Bot API. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** What a bot may download (getFile) through the cloud Bot API. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

/** Telegram's limit for a photo (sendPhoto); larger pictures go as documents. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/**
 * Telegram ignores the part's `application/octet-stream` (what grammY always sends) and guesses
 * the type from the name; this covers the files this project sends and a few common ones.
 */
const MIME_BY_EXTENSION: Record<string, string> = {
  ics: "text/calendar",
  txt: "text/plain",
  csv: "text/csv",
  html: "text/html",
  json: "application/json",
  pdf: "application/pdf",
  zip: "application/zip",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function guessMimeType(fileName: string, declared?: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const known = extension ? MIME_BY_EXTENSION[extension] : undefined;
  if (known) return known;
  if (declared && declared.toLowerCase() !== "application/octet-stream") return declared;
  return "application/octet-stream";
}

export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();
  private nextNumber = 0;

  add(botId: number, fileName: string, bytes: Buffer, declaredType?: string, photo?: ImageSize): StoredFile {
    const extension = /\.([A-Za-z0-9]{1,10})$/.exec(fileName)?.[1]?.toLowerCase();
    const file: StoredFile = {
      botId,
      // Shaped like Telegram's (a base64url blob; documents start with "BQAC", photos with "AgAC"), opaque all the same.
      fileId: `${photo ? "AgAC" : "BQAC"}AgIAAxkBAA${randomBytes(48).toString("base64url")}`,
      fileUniqueId: `AgAD${randomBytes(9).toString("base64url")}`,
      fileName,
      mimeType: guessMimeType(fileName, declaredType),
      bytes,
      path: `${photo ? "photos" : "documents"}/file_${this.nextNumber++}${extension ? `.${extension}` : ""}`,
      ...(photo ? { photo } : {}),
    };
    this.byId.set(file.fileId, file);
    this.byPath.set(file.path, file);
    return file;
  }

  find(botId: number, fileId: string): StoredFile | undefined {
    const file = this.byId.get(fileId);
    return file?.botId === botId ? file : undefined;
  }

  findByPath(botId: number, path: string): StoredFile | undefined {
    const file = this.byPath.get(path);
    return file?.botId === botId ? file : undefined;
  }

  /** Any bot's file, for the user face (a user downloads what reached them, whoever sent it). */
  findAny(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }
}

export function documentOf(file: StoredFile): Document {
  return {
    file_id: file.fileId,
    file_unique_id: file.fileUniqueId,
    file_name: file.fileName,
    mime_type: file.mimeType,
    file_size: file.bytes.length,
  };
}

/**
 * The sizes a photo message lists. Telegram stores a photo in several scaled copies (thumbnails
 * up to 1280 px); this server keeps the picture as uploaded, so it lists that one size.
 */
export function photoSizesOf(file: StoredFile): PhotoSize[] {
  const size = file.photo ?? { width: 0, height: 0 };
  return [
    { file_id: file.fileId, file_unique_id: file.fileUniqueId, width: size.width, height: size.height, file_size: file.bytes.length },
  ];
}
