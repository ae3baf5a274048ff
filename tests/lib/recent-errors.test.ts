import { describe, expect, it } from "vitest";
import { RecentErrors } from "../../src/lib/recent-errors.js";

const scrub = (text: string) => text.split("123:SECRET").join("[redacted]");

describe("RecentErrors", () => {
  it("keeps the latest few, newest first, scrubbed and clipped", () => {
    let t = 0;
    const errors = new RecentErrors<"update" | "sender">({ size: 3, scrub, now: () => new Date(t++ * 1000) });
    errors.record("update", new Error("request to https://api.telegram.org/bot123:SECRET/sendMessage failed"));
    errors.record("sender", "plain text");
    errors.record("update", new TypeError("x".repeat(2000)));
    errors.record("sender", new RangeError("fourth"));
    const list = errors.list();
    expect(list.map((e) => e.source)).toEqual(["sender", "update", "sender"]);
    expect(list[0]).toEqual({ at: new Date(3000), source: "sender", message: "RangeError: fourth", count: 1 });
    expect(list[1]!.message.length).toBe(500);
    expect(list[2]!.message).toBe("plain text");
    const first = new RecentErrors<"update">({ size: 1, scrub, now: () => new Date("2026-12-01T00:00:00Z") });
    first.record("update", new Error("request to https://api.telegram.org/bot123:SECRET/getMe failed"));
    expect(first.list()[0]!.message).toBe("Error: request to https://api.telegram.org/bot[redacted]/getMe failed");
  });

  it("counts the same failure in a row as one entry, at its latest time", () => {
    let t = 0;
    const errors = new RecentErrors<"update" | "sender">({ size: 3, scrub, now: () => new Date(t++ * 1000) });
    for (let i = 0; i < 50; i++) errors.record("update", new Error("connect ECONNREFUSED"));
    errors.record("sender", new Error("connect ECONNREFUSED"));
    errors.record("sender", new Error("connect ECONNREFUSED"));
    expect(errors.list()).toEqual([
      { at: new Date(51_000), source: "sender", message: "Error: connect ECONNREFUSED", count: 2 },
      { at: new Date(49_000), source: "update", message: "Error: connect ECONNREFUSED", count: 50 },
    ]);
  });

  it("tells a failed query by its driver's error, never its statement or parameters", () => {
    const errors = new RecentErrors<"update">({ size: 2, scrub, now: () => new Date("2026-12-01T00:00:00Z") });
    const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    errors.record("update", new Error("Failed query: select * from chats where username = $1\nparams: fan_alice", { cause }));
    errors.record("update", new Error("Failed query: insert into x values ($1)\nparams: secret-ish"));
    const [second, first] = errors.list();
    expect(first!.message).toBe("Error: connect ECONNREFUSED 127.0.0.1:5432");
    expect(second!.message).toBe("Error: a query failed");
  });
});
