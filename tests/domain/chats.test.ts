import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { auditLog, chats, staff } from "../../src/db/schema.js";
import { setChatLanguage, setChatStatus, touchChat } from "../../src/domain/chats.js";
import { ensureOwners, isStaff, staffRole } from "../../src/domain/staff.js";
import { createTestDatabase } from "../helpers/db.js";

const NOW = new Date("2026-12-01T10:00:00Z");

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const stored = async (id: number) => (await database.db.select().from(chats).where(eq(chats.id, id)))[0];

describe("chats", () => {
  test("the first touch records the chat; language follows Telegram until chosen", async () => {
    const now = new Date("2024-07-26T10:00:00Z");
    expect(await touchChat(database.db, { id: 111, type: "private", username: "fan" }, now)).toEqual({
      language: null,
      status: "active",
    });
    expect(await stored(111)).toMatchObject({
      type: "private",
      username: "fan",
      title: null,
      language: null,
      status: "active",
      createdAt: now,
      lastSeenAt: now,
    });
  });

  test("the chosen language is returned by every later touch; null goes back to Telegram's", async () => {
    await touchChat(database.db, { id: 222, type: "private" }, NOW);
    await setChatLanguage(database.db, 222, "kk");
    expect((await touchChat(database.db, { id: 222, type: "private" }, NOW)).language).toBe("kk");
    await setChatLanguage(database.db, 222, "ru");
    expect((await touchChat(database.db, { id: 222, type: "private" }, NOW)).language).toBe("ru");
    await setChatLanguage(database.db, 222, null);
    expect((await touchChat(database.db, { id: 222, type: "private" }, NOW)).language).toBeNull();
  });

  test("the sender's Telegram language is kept for broadcasts; an update without one keeps the last", async () => {
    await touchChat(database.db, { id: 333, type: "private", telegramLanguage: "kk" }, NOW);
    expect((await stored(333))?.telegramLanguage).toBe("kk");
    await touchChat(database.db, { id: 333, type: "private" }, NOW);
    expect((await stored(333))?.telegramLanguage).toBe("kk");
    await touchChat(database.db, { id: 333, type: "private", telegramLanguage: "ru" }, NOW);
    expect((await stored(333))?.telegramLanguage).toBe("ru");
    // The chosen language is separate and stays unset.
    expect((await stored(333))?.language).toBeNull();
  });

  test("a later touch refreshes title, username and last seen, keeps created", async () => {
    const id = -1001234567890; // supergroup ids exceed 32 bits
    const first = new Date("2024-07-01T00:00:00Z");
    const later = new Date("2024-07-02T00:00:00Z");
    await touchChat(database.db, { id, type: "group", title: "Fans" }, first);
    await touchChat(database.db, { id, type: "supergroup", title: "Fans of KZ", username: "kzfans" }, later);
    expect(await stored(id)).toMatchObject({
      id,
      type: "supergroup",
      title: "Fans of KZ",
      username: "kzfans",
      createdAt: first,
      lastSeenAt: later,
    });
  });

  test("a blocked chat that talks again is active again", async () => {
    await touchChat(database.db, { id: 333, type: "private" }, NOW);
    await setChatStatus(database.db, 333, "blocked");
    expect((await stored(333))?.status).toBe("blocked");
    expect((await touchChat(database.db, { id: 333, type: "private" }, NOW)).status).toBe("active");
    await setChatStatus(database.db, 333, "kicked");
    expect((await stored(333))?.status).toBe("kicked");
  });

  test("hostile titles are stored verbatim; unknown chat types are refused", async () => {
    const title = `<b>'; drop table chats; --</b> 🥊 ${"x".repeat(5000)}`;
    await touchChat(database.db, { id: 444, type: "channel", title }, NOW);
    expect((await stored(444))?.title).toBe(title);
    await expect(touchChat(database.db, { id: 445, type: "sender" }, NOW)).rejects.toThrow(RangeError);
    expect(await stored(445)).toBeUndefined();
  });
});

describe("staff", () => {
  test("owners from the configuration become staff once, with an audit row each", async () => {
    expect(await isStaff(database.db, 5001)).toBe(false);
    await ensureOwners(database.db, [5001, 5002, 5001], NOW);
    await ensureOwners(database.db, [5001, 5002], NOW);
    expect(await isStaff(database.db, 5001)).toBe(true);
    expect(await staffRole(database.db, 5002)).toBe("owner");
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.action, "staff.owner"));
    expect(audits.map((a) => a.entityId).sort()).toEqual(["5001", "5002"]);
    expect(audits[0]?.payload).toEqual({ source: "BOT_OWNER_IDS" });
  });

  test("an editor listed as owner is promoted; owners left out of the list are kept", async () => {
    await database.db.insert(staff).values({ userId: 6001, role: "editor", addedBy: 5001, addedAt: NOW });
    await ensureOwners(database.db, [6001], NOW);
    expect(await staffRole(database.db, 6001)).toBe("owner");
    expect(await staffRole(database.db, 5002)).toBe("owner");
    await ensureOwners(database.db, [], NOW);
    expect(await isStaff(database.db, 5001)).toBe(true);
  });

  test("ids that cannot be Telegram users are ignored", async () => {
    await ensureOwners(database.db, [0, -5, Number.NaN, 2 ** 60], NOW);
    expect(await isStaff(database.db, 0)).toBe(false);
    expect(await isStaff(database.db, Number.NaN)).toBe(false);
    expect(await database.db.$count(staff)).toBe(3);
  });
});
