import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readParams } from "./body.js";
import type { Core } from "./core.js";
import { dispatch, isTokenShaped } from "./dispatch.js";
import { ApiError, errorBody, notFound, unauthorized } from "./errors.js";

/**
 * The HTTP side: `/bot<token>/<method>` speaks the Bot API, `/_user/...` is the
 * user face. Kept lean: one parse, one dispatch, one write per request.
 */
export type UserFaceHandler = (req: IncomingMessage, res: ServerResponse, path: string, query: string) => Promise<void>;

const BOT_PATH = /^\/bot([^/]*)\/([^/]+)$/;
const FILE_PATH = /^\/file\/bot([^/]*)\/(.+)$/;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
}

/**
 * How long an idle connection is kept for its next request. Node's default (5 s) is too short when
 * the bot under test shares this process: a synchronous step of its own longer than that (a medal
 * card's first render on a loaded machine) left its client reusing a connection the server was
 * closing at that moment, an ECONNRESET the bot retries only after a back-off on the test's
 * pinned clock. Below the 60 s headersTimeout, as Node wants.
 */
export const KEEP_ALIVE_MS = 30_000;

export function createHttpServer(core: Core, userFace: UserFaceHandler): http.Server {
  const server = http.createServer((req, res) => {
    void handle(core, userFace, req, res).catch((error: unknown) => {
      const apiError = error instanceof ApiError ? error : new ApiError(500, "Internal Server Error");
      if (!res.headersSent) sendJson(res, apiError.code, errorBody(apiError));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  return server;
}

async function handle(core: Core, userFace: UserFaceHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? "/";
  const queryAt = url.indexOf("?");
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const query = queryAt < 0 ? "" : url.slice(queryAt + 1);

  if (path.startsWith("/_user/")) return userFace(req, res, path, query);
  const download = FILE_PATH.exec(path);
  if (download) return serveFile(core, res, decodeURIComponent(download[1] ?? ""), decodeURIComponent(download[2] ?? ""));

  const match = BOT_PATH.exec(path);
  if (!match) {
    sendJson(res, 404, errorBody(notFound()));
    return;
  }
  const params = await readParams(req, query);
  // A client that gives up (aborted long poll) closes the connection before we answer.
  const aborted = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) aborted.abort();
  });
  const outcome = await dispatch(core, decodeURIComponent(match[1] ?? ""), match[2] ?? "", params, aborted.signal);
  if (outcome.kind === "drop") {
    req.socket.destroy();
    return;
  }
  if (!res.destroyed) sendJson(res, outcome.status, outcome.body);
}

/** The download endpoint getFile's `file_path` is for: the bytes, for the bot that owns the file. */
function serveFile(core: Core, res: ServerResponse, token: string, filePath: string): void {
  const bot = isTokenShaped(token) ? core.state.botsByToken.get(token) : undefined;
  if (!bot) {
    if (isTokenShaped(token)) sendJson(res, 401, errorBody(unauthorized()));
    else sendJson(res, 404, errorBody(notFound()));
    return;
  }
  const file = core.state.files.findByPath(bot.id, filePath);
  if (!file) {
    sendJson(res, 404, errorBody(notFound()));
    return;
  }
  res.writeHead(200, { "content-type": file.mimeType, "content-length": file.bytes.length });
  res.end(file.bytes);
}

export function listen(server: http.Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function close(server: http.Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}
