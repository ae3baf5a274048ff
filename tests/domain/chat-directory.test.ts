// The chats in memory: a known chat costs no query, its last-seen time is written behind in one
// batch, and whatever else changes (a new chat, a block, a language) is written at once.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { chats } from "../../src/db/schema.js";
import { ChatDirectory, type SeenChat } from "../../src/domain/chat-directory.js";
import { setChatLanguage } from "../../src/domain/chats.js";
import { injectDbFaults } from "../helpers/bot.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { eventually } from "../helpers/wait.js";

let database: TestDatabase;
let other: Database;
beforeAll(async () => {
  database = await createTestDatabase({ countQueries: true, seed: false });
  other = database.url ? await openDatabase({ url: database.url, seed: false }) : database;
});
afterAll(async () => {
  if (other !== database) await other?.close();
  await database?.close();
});

const HOUR = 3_600_000;
let nextId = 500;
const chat = (extra: Partial<SeenChat> = {}): SeenChat => ({
  id: nextId++,
  type: "private",
  title: null,
  username: "fan",
  telegramLanguage: "ru",
  ...extra,
});
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
const row = async (id: number) => (await database.db.select().from(chats).where(eq(chats.id, id)))[0];
const directory = (extra: Partial<ConstructorParameters<typeof ChatDirectory>[0]> = {}) =>
  new ChatDirectory({ db: database.db, flushEveryMs: HOUR, ...extra });

test("a new chat is written before the answer; a known one costs no query until the batch is written", async () => {
  const dir = directory();
  const c = chat();
  expect(await dir.touch(c, at(1))).toEqual({ language: null, status: "active" });
  expect(await row(c.id)).toMatchObject({ lastSeenAt: at(1), telegramLanguage: "ru" });

  const count = database.queryCount!();
  expect(await dir.touch({ ...c, telegramLanguage: "kk" }, at(2))).toEqual({ language: null, status: "active" });
  expect(await dir.touch({ ...c, telegramLanguage: null }, at(3))).toEqual({ language: null, status: "active" });
  expect(database.queryCount!() - count).toBe(0);
  expect(await row(c.id)).toMatchObject({ lastSeenAt: at(1), telegramLanguage: "ru" });
  expect(dir.waiting).toBe(1);

  await dir.flush();
  // The latest time; the last language an update had (one without keeps it).
  expect(await row(c.id)).toMatchObject({ lastSeenAt: at(3), telegramLanguage: "kk" });
  expect(dir.waiting).toBe(0);
});

test("a changed title or username, or a chat that was blocked, is written at once", async () => {
  const dir = directory();
  const c = chat({ type: "group", title: "Fans", username: null });
  await dir.touch(c, at(1));
  await dir.touch({ ...c, title: "Fans of the team" }, at(2));
  expect(await row(c.id)).toMatchObject({ title: "Fans of the team", lastSeenAt: at(2) });

  await dir.setStatus(c.id, "kicked");
  expect(await row(c.id)).toMatchObject({ status: "kicked" });
  // Talking again: active before the answer.
  expect(await dir.touch({ ...c, title: "Fans of the team" }, at(3))).toEqual({ language: null, status: "active" });
  expect(await row(c.id)).toMatchObject({ status: "active", lastSeenAt: at(3) });
});

test("a language chosen here is stored and answered from memory; one chosen on another instance is read again", async () => {
  const dir = directory({ listen: (channel, onNotify, onListen) => database.listen(channel, onNotify, onListen) });
  await dir.start();
  try {
    const c = chat();
    await dir.touch(c, at(1));
    await dir.setLanguage(c.id, "kk");
    expect(await row(c.id)).toMatchObject({ language: "kk" });
    expect(await dir.touch(c, at(2))).toEqual({ language: "kk", status: "active" });

    await setChatLanguage(other.db, c.id, "en");
    await eventually(async () => expect(await dir.touch(c, at(3))).toEqual({ language: "en", status: "active" }), 1_000);
  } finally {
    await dir.stop();
  }
});

test("a batch that fails to be written is kept for the next try; stop writes what is left", async () => {
  const dir = directory();
  const c = chat();
  await dir.touch(c, at(1));
  await dir.touch(c, at(5));
  const faults = injectDbFaults(database);
  faults.outage();
  try {
    await expect(dir.flush()).rejects.toThrow();
  } finally {
    faults.restore();
  }
  expect(dir.waiting).toBe(1);
  await dir.touch(c, at(6));
  await dir.stop();
  expect(await row(c.id)).toMatchObject({ lastSeenAt: at(6) });
});

test("a time already written is never moved back by an older batch", async () => {
  const dir = directory();
  const c = chat();
  await dir.touch(c, at(10));
  await dir.touch(c, at(11));
  // Another instance saw the chat later and wrote it first.
  await other.db
    .update(chats)
    .set({ lastSeenAt: at(30) })
    .where(eq(chats.id, c.id));
  await dir.flush();
  expect(await row(c.id)).toMatchObject({ lastSeenAt: at(30) });
});
