/**
 * Staff roles end to end: owners (BOT_OWNER_IDS) add and remove editors by id, @username or a reply;
 * everyone else is refused and changes nothing; the command menu follows the role, per language.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { auditLog } from "../../src/db/schema.js";
import { staffRole } from "../../src/domain/staff.js";
import { ask, type BotHarness, eventually, startBotHarness } from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS

let h: BotHarness;
let owner: LocalUser;
beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-01T21:00:00Z" });
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", username: "team_owner", languageCode: "ru" });
  await ask(owner, "/start");
});
afterAll(async () => h?.stop());

const staffAudit = () => h.db.select().from(auditLog).where(eq(auditLog.entity, "staff"));
const menu = (user: LocalUser) => user.commandMenu().map((c) => c.command);

describe("staff roles", () => {
  it("a fan is refused every staff command in their language, and nothing changes", async () => {
    const fan = h.api.createUser({ firstName: "Fan", languageCode: "kk" });
    await ask(fan, "/start");
    const before = await staffAudit();
    for (const command of ["/staff", `/staff add ${fan.id}`, `/staff remove ${OWNER_ID}`, "/broadcasts"]) {
      const reply = await ask(fan, command);
      expect(reply.text, command).toBe("Бұл команда құраманың қызметкерлеріне арналған.");
    }
    expect(await staffRole(h.db, fan.id)).toBeNull();
    expect(await staffAudit()).toEqual(before);
    expect(menu(fan)).not.toContain("staff");
  });

  it("an owner adds an editor by @username; the editor's menu gains the staff commands in their language", async () => {
    const dana = h.api.createUser({ firstName: "Dana", username: "dana_editor", languageCode: "en" });
    await ask(dana, "/start");
    expect(menu(dana)).not.toContain("staff");

    const reply = await ask(owner, "/staff add @Dana_Editor");
    expect(reply.text).toBe(`@dana_editor (id ${dana.id}) теперь редактор.`);
    expect(await staffRole(h.db, dana.id)).toBe("editor");
    await eventually(() => expect(menu(dana)).toEqual(expect.arrayContaining(["licenses", "staff", "broadcasts"])));
    expect(dana.commandMenu().find((c) => c.command === "staff")?.description).toBe("Staff: who may edit the data");
    expect((await staffAudit()).filter((r) => r.action === "staff.add" && r.entityId === String(dana.id))).toHaveLength(1);

    // An editor sees the list but may not change it.
    const list = await ask(dana, "/staff");
    expect(list.text).toContain("@team_owner (id 1000001) — owner");
    expect(list.text).toContain(`@dana_editor (id ${dana.id}) — editor`);
    expect(list.text).not.toContain("/staff add");
    const other = h.api.createUser({ firstName: "Other" });
    expect((await ask(dana, `/staff add ${other.id}`)).text).toBe("Only owners change who is staff.");
    expect(await staffRole(h.db, other.id)).toBeNull();

    // Removal: the menu goes back to the fans' one.
    expect((await ask(owner, `/staff remove ${dana.id}`)).text).toBe(`@dana_editor (id ${dana.id}) больше не в составе.`);
    expect(await staffRole(h.db, dana.id)).toBeNull();
    await eventually(() => expect(menu(dana)).not.toContain("staff"));
    expect((await ask(dana, "/staff")).text).toBe("This command is for the team's staff.");
  });

  it("by a reply in a group, by id; unclear targets, owners and repeats get a clear answer", async () => {
    const bek = h.api.createUser({ firstName: "Bek", languageCode: "ru" });
    const group = h.api.createGroup({ title: "Staff room", members: [owner, bek] });
    const said = await bek.send("I can help record licenses", { chat: group });
    await owner.send("/staff add", { chat: group, replyTo: said.message_id });
    await eventually(async () => expect(await staffRole(h.db, bek.id)).toBe("editor"));
    expect((await owner.waitForMessage({ chat: group })).text).toBe(`id ${bek.id} теперь редактор.`);
    // What names staff, or what they sent to how many, is not shown to a group's members.
    for (const command of ["/staff", "/broadcasts"]) {
      expect((await ask(owner, command, { chat: group })).text, command).toBe(
        `Это работает только в личном чате с ботом: откройте его и отправьте там ${command}.`,
      );
    }

    expect((await ask(owner, `/staff add ${bek.id}`)).text).toBe(`id ${bek.id} уже в составе.`);
    expect((await ask(owner, `/staff add ${OWNER_ID}`)).text).toContain("владелец");
    for (const bad of [
      "/staff add",
      "/staff add @nobody_knows_me",
      "/staff add <b>x</b>",
      "/staff add 99999999999999999999",
      `/staff add ${"9".repeat(5000)}`,
    ]) {
      expect((await ask(owner, bad.slice(0, 4000))).text, bad.slice(0, 40)).toBe(
        "Не понимаю, о ком речь. Укажите id пользователя, @username того, кто уже запускал бота, или ответьте на его сообщение.",
      );
    }
    expect((await ask(owner, "/staff remove 424242")).text).toBe("id 424242 не в составе.");
  });
});
