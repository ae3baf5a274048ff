import type { IncomingMessage } from "node:http";
import { badRequest } from "./errors.js";
import type { Params } from "./validation.js";

/**
 * Request parameters as Telegram accepts them: query string, JSON,
 * application/x-www-form-urlencoded or multipart/form-data (what grammY sends
 * when a payload contains files). Files are kept as their size and name only.
 */
export interface UploadedFile {
  filename: string;
  size: number;
}

const MAX_BODY_BYTES = 50 * 1024 * 1024;

export async function readParams(req: IncomingMessage, query: string): Promise<Params> {
  const params: Params = query ? Object.fromEntries(new URLSearchParams(query)) : {};
  if (req.method === "GET" || req.method === "HEAD") return params;
  const body = await readBody(req);
  if (body.length === 0) return params;
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw badRequest("can't parse JSON encoded request");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw badRequest("can't parse JSON encoded request");
    }
    return Object.assign(params, parsed);
  }
  if (type.startsWith("application/x-www-form-urlencoded")) {
    return Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
  }
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers["content-type"] ?? "");
    const value = boundary?.[1] ?? boundary?.[2];
    if (!value) throw badRequest("can't parse multipart/form-data request");
    return Object.assign(params, parseMultipart(body, value.trim()));
  }
  return params;
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(badRequest("request entity is too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseMultipart(body: Buffer, boundary: string): Params {
  const params: Params = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let position = body.indexOf(delimiter);
  while (position >= 0) {
    const start = position + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    // Each part: CRLF, headers, CRLF CRLF, content, CRLF.
    const part = body.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const content = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      if (name !== undefined) {
        params[name] = filename !== undefined ? ({ filename, size: content.length } satisfies UploadedFile) : content.toString("utf8");
      }
    }
    position = next;
  }
  return params;
}
