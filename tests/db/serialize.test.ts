// Database.serialize: one at a time per key (across instances on PostgreSQL), keys apart run together.
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { eventually } from "../helpers/wait.js";

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

/** A task that records its start and end and ends when the test says; `release` ends it. */
function gated(events: string[], name: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const task = async () => {
    events.push(`${name}:start`);
    await gate;
    events.push(`${name}:end`);
    return name;
  };
  return { task, release };
}

/**
 * Resolves once a serialize() call made before it had its chance to start: on PostgreSQL its
 * session is seen waiting for the advisory lock; on PGlite (one process, the key's queue in
 * memory) a task on another key, queued after it, has run to its end.
 */
async function hadItsChance(): Promise<void> {
  if (!first.url) {
    await second.serialize("staff-conversation:elsewhere", async () => {});
    return;
  }
  const admin = postgres(first.url, { max: 1, onnotice: () => {} });
  try {
    await eventually(async () => {
      const [row] = await admin<{ n: number }[]>`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`;
      expect(row?.n).toBeGreaterThan(0);
    }, 10_000);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

test("the same key: one after the other, across instances, each result its own", async () => {
  const events: string[] = [];
  const a = gated(events, "a");
  const b = gated(events, "b");
  const runA = first.serialize("staff-conversation:1", a.task);
  // a holds the key once it has started (a fresh pool connects first, which can take a while)
  await eventually(() => expect(events).toEqual(["a:start"]), 10_000);
  const runB = second.serialize("staff-conversation:1", b.task);
  await hadItsChance();
  expect(events).toEqual(["a:start"]); // b waits while a holds the key
  a.release();
  b.release();
  expect(await Promise.all([runA, runB])).toEqual(["a", "b"]);
  expect(events).toEqual(["a:start", "a:end", "b:start", "b:end"]);
});

test("different keys run at the same time", async () => {
  const events: string[] = [];
  const a = gated(events, "a");
  const b = gated(events, "b");
  const both = Promise.all([first.serialize("staff-conversation:2", a.task), second.serialize("staff-conversation:3", b.task)]);
  // Both start while neither has ended: one waiting for the other would never start.
  await eventually(() => expect([...events].sort()).toEqual(["a:start", "b:start"]), 10_000);
  a.release();
  b.release();
  expect(await both).toEqual(["a", "b"]);
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
        await first.db.execute(sql`select 2`);
        return 1;
      }),
    ),
  );
  expect(results).toEqual(keys.map(() => 1));
}, 60_000);
