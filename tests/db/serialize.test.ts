// Database.serialize: one at a time per key (across instances on PostgreSQL), keys apart run together.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

let first: TestDatabase;
let second: Database; // another instance: a second pool on PostgreSQL, the same object on PGlite
beforeAll(async () => {
  first = await createTestDatabase({ seed: false });
  second = first.url ? await openDatabase({ url: first.url, seed: false }) : first;
});
afterAll(async () => {
  if (second !== first) await second?.close();
  await first?.close();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function recorder() {
  const events: string[] = [];
  const task = (name: string, ms: number) => async () => {
    events.push(`${name}:start`);
    await pause(ms);
    events.push(`${name}:end`);
    return name;
  };
  return { events, task };
}

test("the same key: one after the other, across instances, each result its own", async () => {
  const { events, task } = recorder();
  const a = first.serialize("staff-conversation:1", task("a", 150));
  // a holds the key once it has started (a fresh pool connects first, which can take a while)
  while (!events.includes("a:start")) await pause(5);
  const b = second.serialize("staff-conversation:1", task("b", 10));
  expect(await Promise.all([a, b])).toEqual(["a", "b"]);
  expect(events).toEqual(["a:start", "a:end", "b:start", "b:end"]);
});

test("different keys run at the same time", async () => {
  const { events, task } = recorder();
  await Promise.all([first.serialize("staff-conversation:2", task("a", 100)), second.serialize("staff-conversation:3", task("b", 100))]);
  expect(events.slice(0, 2).sort()).toEqual(["a:start", "b:start"]);
});

test("a failure releases the key for the next one", async () => {
  const failing = first.serialize("staff-conversation:4", async () => {
    throw new Error("boom");
  });
  await expect(failing).rejects.toThrow("boom");
  expect(await second.serialize("staff-conversation:4", async () => "next")).toBe("next");
});

test("more keys at once than the database has connections: every one finishes, each running queries inside", async () => {
  // On PostgreSQL the lock was once held on a connection of the pool the work needed too: ten
  // keys at once took all ten connections and waited for an eleventh, for good.
  const keys = Array.from({ length: 30 }, (_, i) => `staff-conversation:many-${i}`);
  const results = await Promise.all(
    keys.map((key) =>
      first.serialize(key, async () => {
        await first.db.execute(sql`select 1`);
        await pause(20);
        return 1;
      }),
    ),
  );
  expect(results).toEqual(keys.map(() => 1));
}, 60_000);
