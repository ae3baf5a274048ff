import { afterAll, beforeAll, expect, test } from "vitest";
import {
  countConversations,
  deleteConversationState,
  purgeConversationStates,
  readConversationState,
  writeConversationState,
} from "../../src/domain/conversation-state.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
});
afterAll(async () => database?.close());

const t0 = new Date("2026-12-01T22:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

test("state round-trips as stored, is replaced on write, and deleted", async () => {
  const state = { version: [0, 1], state: { interrupts: [], replay: { send: ["<b>x</b>", "💥", "'; drop"] } } };
  expect(await readConversationState(database.db, "chat:1")).toBeUndefined();
  await writeConversationState(database.db, "chat:1", state, t0);
  expect(await readConversationState(database.db, "chat:1")).toEqual(state);
  await writeConversationState(database.db, "chat:1", { version: [0, 2], state: {} }, minutes(1));
  expect(await readConversationState(database.db, "chat:1")).toEqual({ version: [0, 2], state: {} });
  await deleteConversationState(database.db, "chat:1");
  expect(await readConversationState(database.db, "chat:1")).toBeUndefined();
});

test("stale conversations are purged; fresh ones stay", async () => {
  await writeConversationState(database.db, "chat:2", { a: 1 }, t0);
  await writeConversationState(database.db, "chat:3", { a: 2 }, minutes(40));
  expect(await purgeConversationStates(database.db, minutes(30))).toBe(1);
  expect(await readConversationState(database.db, "chat:2")).toBeUndefined();
  expect(await readConversationState(database.db, "chat:3")).toEqual({ a: 2 });
  expect(await countConversations(database.db)).toBe(1);
});
