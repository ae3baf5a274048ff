import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../../src/db/errors.js";

/** An error as postgres.js raises it for a server-side failure: a message and the SQLSTATE in `code`. */
const pgError = (code: string) => Object.assign(new Error(`server said ${code}`), { code, severity: "FATAL" });

describe("isDatabaseUnavailable", () => {
  it("is true for PostgreSQL's connection exceptions (08xxx), shutdowns (57P01-57P03) and too many connections (53300)", () => {
    for (const code of ["08000", "08001", "08003", "08004", "08006", "08007", "57P01", "57P02", "57P03", "53300"]) {
      expect(isDatabaseUnavailable(pgError(code)), code).toBe(true);
    }
  });

  it("is false for errors in the query or the data, which retrying later would not fix", () => {
    // unique violation, undefined table, bad input syntax, query cancelled, out of memory, division by zero
    for (const code of ["23505", "42P01", "22P02", "57014", "53200", "22012", "0800", "080001", "57P0"]) {
      expect(isDatabaseUnavailable(pgError(code)), code).toBe(false);
    }
  });

  it("is true for socket errors and postgres.js's own connection errors", () => {
    for (const code of [
      "ECONNREFUSED",
      "ECONNRESET",
      "ETIMEDOUT",
      "EPIPE",
      "CONNECT_TIMEOUT",
      "CONNECTION_CLOSED",
      "CONNECTION_DESTROYED",
    ]) {
      expect(isDatabaseUnavailable(pgError(code)), code).toBe(true);
    }
  });

  it("looks through the cause chain (drizzle wraps driver errors) and survives a cycle in it", () => {
    const wrapped = new Error("Failed query: select 1", { cause: pgError("57P01") });
    expect(isDatabaseUnavailable(new Error("outer", { cause: wrapped }))).toBe(true);
    const a: Error & { cause?: unknown } = new Error("a");
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });

  it("knows a closed PGlite and a terminated connection by their messages; anything else is not an outage", () => {
    expect(isDatabaseUnavailable(new Error("PGlite is closed"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    for (const e of [new Error("syntax error at or near"), "ECONNREFUSED", null, undefined, 42, { code: 8006 }]) {
      expect(isDatabaseUnavailable(e), String(e)).toBe(false);
    }
  });
});
