import type { IncomingMessage, ServerResponse } from "node:http";

/** A GET (and HEAD) endpoint beside the built-in ones, e.g. a calendar feed. */
export interface HttpRoute {
  /** Whether this route serves the request's pathname. */
  match(path: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): void | Promise<void>;
}
