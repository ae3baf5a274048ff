// Codes that mean "the database cannot be reached right now" rather than "this query is wrong":
// socket errors (Node), postgres.js connection errors, and PostgreSQL's connection-exception
// (08xxx), operator-intervention (57P0x) and too-many-connections classes; and a lock that waited
// past its timeout (55P03): to the person waiting it is the same "try again soon".
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
]);
const SQLSTATE_RE = /^(08\d{3}|57P0[1-3]|53300|55P03)$/;

function* causes(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && !seen.has(current)) {
    seen.add(current);
    yield current;
    current = (current as { cause?: unknown }).cause;
  }
}

/** True when the error (or anything in its cause chain) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of causes(error)) {
    if (typeof e !== "object" || e === null) continue;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (NETWORK_CODES.has(code) || SQLSTATE_RE.test(code))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && /PGlite is closed|Connection terminated/i.test(message)) return true;
  }
  return false;
}
