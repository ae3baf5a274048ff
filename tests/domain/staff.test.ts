import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { auditLog } from "../../src/db/schema.js";
import { touchChat } from "../../src/domain/chats.js";
import { addEditor, ensureOwners, listStaff, removeEditor, staffRole, userIdByUsername } from "../../src/domain/staff.js";
import { createTestDatabase } from "../helpers/db.js";

const OWNER = 1001;
const EDITOR = 2002;
const FAN = 3003;
const now = new Date("2026-12-01T10:00:00Z");

let database: Database;
beforeEach(async () => {
  database = await createTestDatabase({ seed: false });
  await ensureOwners(database.db, [OWNER], now);
});
afterEach(async () => {
  await database?.close();
});

const audit = () => database.db.select().from(auditLog).where(eq(auditLog.entity, "staff"));

describe("staff roles", () => {
  test("an owner adds an editor once, audited; a second add says so and writes nothing", async () => {
    expect(await addEditor(database.db, OWNER, EDITOR, now)).toBe("added");
    expect(await staffRole(database.db, EDITOR)).toBe("editor");
    expect(await addEditor(database.db, OWNER, EDITOR, now)).toBe("already");
    const rows = (await audit()).filter((r) => r.action === "staff.add");
    expect(rows).toEqual([
      expect.objectContaining({ actorId: OWNER, entityId: String(EDITOR), payload: { role: "editor" }, createdAt: now }),
    ]);
  });

  test("an editor or a fan cannot add or remove anyone, and nothing is audited", async () => {
    await addEditor(database.db, OWNER, EDITOR, now);
    const before = await audit();
    expect(await addEditor(database.db, EDITOR, FAN, now)).toBe("not-owner");
    expect(await addEditor(database.db, FAN, FAN, now)).toBe("not-owner");
    expect(await removeEditor(database.db, EDITOR, EDITOR, now)).toBe("not-owner");
    expect(await removeEditor(database.db, FAN, EDITOR, now)).toBe("not-owner");
    expect(await staffRole(database.db, FAN)).toBeNull();
    expect(await staffRole(database.db, EDITOR)).toBe("editor");
    expect(await audit()).toEqual(before);
  });

  test("owners are neither added as editors nor removed in chat", async () => {
    expect(await addEditor(database.db, OWNER, OWNER, now)).toBe("is-owner");
    expect(await removeEditor(database.db, OWNER, OWNER, now)).toBe("is-owner");
    expect(await staffRole(database.db, OWNER)).toBe("owner");
  });

  test("an owner removes an editor, audited; removing a non-member says so", async () => {
    await addEditor(database.db, OWNER, EDITOR, now);
    expect(await removeEditor(database.db, OWNER, EDITOR, now)).toBe("removed");
    expect(await staffRole(database.db, EDITOR)).toBeNull();
    expect(await removeEditor(database.db, OWNER, EDITOR, now)).toBe("not-staff");
    expect((await audit()).filter((r) => r.action === "staff.remove")).toEqual([
      expect.objectContaining({ actorId: OWNER, entityId: String(EDITOR), payload: { role: "editor" } }),
    ]);
  });

  test("bad ids change nothing", async () => {
    for (const id of [0, -5, 1.5, Number.NaN, 2 ** 60]) expect(await addEditor(database.db, OWNER, id, now)).toBe("not-staff");
    expect(await listStaff(database.db)).toHaveLength(1);
  });

  test("the list: owners first, with the username of those who started the bot", async () => {
    await touchChat(database.db, { id: EDITOR, type: "private", username: "Dana_Editor" }, now);
    await addEditor(database.db, OWNER, EDITOR, now);
    expect(await listStaff(database.db)).toEqual([
      expect.objectContaining({ userId: OWNER, role: "owner", username: null }),
      expect.objectContaining({ userId: EDITOR, role: "editor", addedBy: OWNER, username: "Dana_Editor" }),
    ]);
  });

  test("an @username resolves to a user who started the bot, case-insensitively; groups and junk do not", async () => {
    await touchChat(database.db, { id: EDITOR, type: "private", username: "Dana_Editor" }, now);
    await touchChat(database.db, { id: -100123, type: "supergroup", username: "fans_group", title: "Fans" }, now);
    expect(await userIdByUsername(database.db, "@dana_editor")).toBe(EDITOR);
    expect(await userIdByUsername(database.db, "DANA_EDITOR")).toBe(EDITOR);
    expect(await userIdByUsername(database.db, "@fans_group")).toBeNull();
    expect(await userIdByUsername(database.db, "@nobody_here")).toBeNull();
    expect(await userIdByUsername(database.db, "'; drop table staff; --")).toBeNull();
    expect(await userIdByUsername(database.db, "a".repeat(5000))).toBeNull();
  });
});
