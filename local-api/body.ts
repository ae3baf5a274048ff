import type { IncomingMessage } from "node:http";
import { ApiError, badRequest } from "./errors.js";
import type { Params } from "./validation.js";

/**
 * Request parameters as Telegram accepts them: query string, JSON,
 * application/x-www-form-urlencoded or multipart/form-data (what grammY sends
 * when a payload contains files). A file part keeps its bytes, for sendDocument.
 */
export interface UploadedFile {
  filename: string;
  size: number;
  bytes: Buffer;
  contentType?: string;
}

export const isUploadedFile = (value: unknown): value is UploadedFile =>
  typeof value === "object" && value !== null && Buffer.isBuffer((value as UploadedFile).bytes);

/** Uploads may be 50 MB; the rest of a request (other fields, part headers) gets some room on top. */
const MAX_BODY_BYTES = 51 * 1024 * 1024;

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
        reject(new ApiError(413, "Request Entity Too Large"));
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
      const name = dispositionValue(headers, "name");
      const filename = dispositionValue(headers, "filename");
      if (name !== undefined) {
        const contentType = /^content-type:\s*([^\r\n;]+)/im.exec(headers)?.[1]?.trim();
        params[name] =
          filename !== undefined
            ? ({
                filename,
                size: content.length,
                bytes: Buffer.from(content),
                ...(contentType ? { contentType } : {}),
              } satisfies UploadedFile)
            : content.toString("utf8");
      }
    }
    position = next;
  }
  return params;
}

/** `name="x"` or, as grammY writes file names, unquoted `filename=x.ics` up to the end of the line. */
function dispositionValue(headers: string, key: string): string | undefined {
  const match = new RegExp(`(?:^|[;\\s])${key}=(?:"([^"]*)"|([^;\\r\\n]*))`, "i").exec(headers);
  if (!match) return undefined;
  return match[1] ?? match[2]?.trim();
}
