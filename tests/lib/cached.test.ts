import { describe, expect, test } from "vitest";
import { cached } from "../../src/lib/cached.js";

describe("cached", () => {
  test("loads once within the TTL, again after it, and at once after invalidate()", async () => {
    let now = 0;
    let loads = 0;
    const value = cached(
      async () => ++loads,
      1_000,
      () => now,
    );
    expect(await value.get()).toBe(1);
    now = 999;
    expect(await value.get()).toBe(1);
    now = 1_000;
    expect(await value.get()).toBe(2);
    value.invalidate();
    expect(await value.get()).toBe(3);
  });

  test("callers during a load share it", async () => {
    let loads = 0;
    let release!: () => void;
    const value = cached(() => new Promise<number>((resolve) => (release = () => resolve(++loads))), 1_000);
    const both = Promise.all([value.get(), value.get()]);
    release();
    expect(await both).toEqual([1, 1]);
    expect(loads).toBe(1);
  });

  test("a failed load is not kept: the next call tries again", async () => {
    let calls = 0;
    const value = cached(async () => {
      calls++;
      if (calls === 1) throw new Error("database down");
      return "sports";
    }, 60_000);
    await expect(value.get()).rejects.toThrow("database down");
    expect(await value.get()).toBe("sports");
  });
});
