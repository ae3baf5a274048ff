import { Api } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { expectApiError, type Fixture, rawCall, startFixture } from "./support.js";

let f: Fixture;
let aru: LocalUser;
let bek: LocalUser;
let dana: LocalUser;
let seenUpdates = 0;

beforeEach(async () => {
  f = await startFixture();
  aru = f.api.createUser({ firstName: "Aru", languageCode: "ru", username: "aru" });
  bek = f.api.createUser({ firstName: "Bek", languageCode: "kk" });
  dana = f.api.createUser({ firstName: "Dana", languageCode: "en" });
  seenUpdates = 0;
});

afterEach(async () => {
  await f.api.stop();
});

/** Updates the bot was sent since the last call (confirmed as read). */
async function newUpdates(): Promise<Update[]> {
  const updates = await f.client.getUpdates({ offset: seenUpdates + 1 });
  if (updates.length > 0) seenUpdates = updates.at(-1)!.update_id;
  return updates;
}

const post = (path: string, body: Record<string, unknown>) => rawCall(f.api, `/_user/${path}`, JSON.stringify(body), "application/json");

/** What getChatMember answers for an administrator promoted with a client's preselected rights. */
const groupAdmin = (user: LocalUser["user"]) => ({
  user,
  status: "administrator",
  can_be_edited: false,
  is_anonymous: false,
  can_manage_chat: true,
  can_delete_messages: true,
  can_manage_video_chats: true,
  can_manage_voice_chats: true,
  can_restrict_members: true,
  can_promote_members: false,
  can_change_info: true,
  can_invite_users: true,
  can_post_stories: true,
  can_edit_stories: true,
  can_delete_stories: true,
  can_pin_messages: true,
  can_manage_tags: false,
  can_send_welcome_messages: false,
});

describe("group administrators", () => {
  it("getChatMember answers creator, administrator, member and left in Telegram's shapes", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru, bek], admins: [dana] });
    expect(await f.client.getChatMember(fans.id, aru.id)).toEqual({ user: aru.user, status: "creator", is_anonymous: false });
    expect(await f.client.getChatMember(fans.id, dana.id)).toEqual(groupAdmin(dana.user));
    expect(await f.client.getChatMember(fans.id, bek.id)).toEqual({ user: bek.user, status: "member" });
    expect(await f.client.getChatMember(fans.id, f.bot.id)).toEqual({ user: f.bot.user, status: "member" });
    const outsider = f.api.createUser({ firstName: "Outsider" });
    expect(await f.client.getChatMember(fans.id, outsider.id)).toEqual({ user: outsider.user, status: "left" });

    // A supergroup's administrators also report can_manage_topics.
    const club = f.api.createGroup({ title: "Club", type: "supergroup", creator: bek, admins: [aru] });
    expect(await f.client.getChatMember(club.id, aru.id)).toEqual({ ...groupAdmin(aru.user), can_manage_topics: true });
    expect(await f.client.getChatMember(club.id, bek.id)).toMatchObject({ status: "creator" });
  });

  it("getChatMember refuses what Telegram refuses", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru] });
    await expectApiError(f.client.getChatMember(fans.id, 999_999_999), 400, "Bad Request: member not found");
    await expectApiError(f.client.getChatMember(fans.id, 0), 400, "Bad Request: invalid user_id specified");
    await expectApiError(f.client.getChatMember(fans.id, "bek" as unknown as number), 400, "Bad Request: invalid user_id specified");
    await expectApiError(f.client.getChatMember(-4_999_999_999, aru.id), 400, "Bad Request: chat not found");
    // In a private chat only its two sides are members.
    expect(await f.client.getChatMember(aru.id, aru.id)).toEqual({ user: aru.user, status: "member" });
    expect(await f.client.getChatMember(aru.id, f.bot.id)).toEqual({ user: f.bot.user, status: "member" });
    await expectApiError(f.client.getChatMember(aru.id, bek.id), 400, "Bad Request: member not found");
    expect(f.api.calls({ method: "getChatMember", chatId: fans.id }).map((call) => call.ok)).toEqual([false, false, false]);
  });

  it("getChatAdministrators lists the creator, then administrators as promoted; other bots only with the bot itself", async () => {
    const otherBot = f.api.createBot({ username: "other_bot" });
    const fans = f.api.createGroup({ title: "Fans", members: [aru, bek, dana] });
    await aru.promote(fans, dana);
    await aru.promote(fans, bek, { customTitle: "Coach" });
    await aru.promote(fans, otherBot);
    expect(await f.client.getChatAdministrators(fans.id)).toEqual([
      { user: aru.user, status: "creator", is_anonymous: false },
      groupAdmin(dana.user),
      { ...groupAdmin(bek.user), custom_title: "Coach" },
    ]);
    await aru.promote(fans, f.bot, { rights: { can_promote_members: true } });
    expect((await f.client.getChatAdministrators(fans.id)).map((m) => [m.user.id, m.status])).toEqual([
      [aru.id, "creator"],
      [dana.id, "administrator"],
      [bek.id, "administrator"],
      [f.bot.id, "administrator"],
    ]);
    await expectApiError(f.client.getChatAdministrators(aru.id), 400, "Bad Request: there are no administrators in the private chat");
  });

  it("promote and demote change a member's status; only the creator and admins who may add admins can", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru, bek, dana] });
    await expect(bek.promote(fans, dana)).rejects.toThrow(`Bek is not an administrator of chat ${fans.id}`);
    await aru.promote(fans, bek);
    await expect(bek.promote(fans, dana)).rejects.toThrow(`Bek is an administrator of chat ${fans.id} without the right to add new admins`);
    await aru.promote(fans, bek, { rights: { can_promote_members: true } });
    await bek.promote(fans, dana, { rights: { can_delete_messages: false } });
    expect(await f.client.getChatMember(fans.id, dana.id)).toEqual({ ...groupAdmin(dana.user), can_delete_messages: false });
    await bek.demote(fans, dana);
    expect(await f.client.getChatMember(fans.id, dana.id)).toEqual({ user: dana.user, status: "member" });
    await expect(bek.demote(fans, aru)).rejects.toThrow(`the creator of chat ${fans.id} cannot be demoted`);
    await expect(bek.demote(fans, dana)).rejects.toThrow(`${dana.id} is not an administrator of chat ${fans.id}`);
    await expect(aru.promote(fans, f.api.createUser({ firstName: "Outsider" }))).rejects.toThrow(/is not a member of chat/);
    await expect(aru.promote(aru.chat, bek)).rejects.toThrow(/only groups have administrators/);
  });

  it("a bot created an administrator of a group is announced as one", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru], admins: [f.bot] });
    expect((await newUpdates()).map((u) => u.my_chat_member)).toEqual([
      {
        chat: fans.chat,
        from: aru.user,
        date: expect.any(Number),
        old_chat_member: { user: f.bot.user, status: "left" },
        new_chat_member: groupAdmin(f.bot.user),
      },
    ]);
  });

  it("promoting and demoting the bot sends it my_chat_member, as Telegram does", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru] });
    await newUpdates(); // the bot was added
    await aru.promote(fans, f.bot);
    await aru.demote(fans, f.bot);
    const changes = (await newUpdates()).map((u) => u.my_chat_member);
    expect(changes).toEqual([
      {
        chat: fans.chat,
        from: aru.user,
        date: expect.any(Number),
        old_chat_member: { user: f.bot.user, status: "member" },
        new_chat_member: groupAdmin(f.bot.user),
      },
      {
        chat: fans.chat,
        from: aru.user,
        date: expect.any(Number),
        old_chat_member: groupAdmin(f.bot.user),
        new_chat_member: { user: f.bot.user, status: "member" },
      },
    ]);
  });

  it("lets the bot delete others' messages in a group once it is an administrator with that right", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru] });
    const first = await aru.send("/spam", { chat: fans });
    const second = await aru.send("/spam again", { chat: fans });
    await expectApiError(f.client.deleteMessage(fans.id, first.message_id), 400, "Bad Request: message can't be deleted");
    await aru.promote(fans, f.bot, { rights: { can_delete_messages: false } });
    await expectApiError(f.client.deleteMessage(fans.id, first.message_id), 400, "Bad Request: message can't be deleted");
    await aru.promote(fans, f.bot);
    expect(await f.client.deleteMessage(fans.id, first.message_id)).toBe(true);
    await aru.demote(fans, f.bot);
    await expectApiError(f.client.deleteMessage(fans.id, second.message_id), 400, "Bad Request: message can't be deleted");
  });

  it("shows administrators the commands scoped to administrators", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru, bek] });
    await f.client.setMyCommands([{ command: "licenses", description: "Licenses" }], { scope: { type: "all_group_chats" } });
    await f.client.setMyCommands([{ command: "settings", description: "Settings" }], { scope: { type: "all_chat_administrators" } });
    expect(aru.commandMenu({ chat: fans }).map((c) => c.command)).toEqual(["settings"]);
    expect(bek.commandMenu({ chat: fans }).map((c) => c.command)).toEqual(["licenses"]);
    await f.client.setMyCommands([{ command: "alerts", description: "Alerts" }], {
      scope: { type: "chat_administrators", chat_id: fans.id },
    });
    await aru.promote(fans, bek);
    expect(bek.commandMenu({ chat: fans }).map((c) => c.command)).toEqual(["alerts"]);
  });

  it("creates groups with admins and promotes over HTTP", async () => {
    const created = await post("groups", {
      title: "Fans",
      member_ids: `${aru.id},${bek.id}`,
      creator_id: bek.id,
      admin_ids: String(dana.id),
    });
    const fans = created.json.result as { id: number };
    expect(await f.client.getChatMember(fans.id, bek.id)).toMatchObject({ status: "creator" });
    expect(await f.client.getChatMember(fans.id, dana.id)).toMatchObject({ status: "administrator" });
    expect(
      (
        await post("promote", {
          user_id: bek.id,
          chat_id: fans.id,
          member_id: aru.id,
          custom_title: "Captain",
          rights: { can_pin_messages: false },
        })
      ).json,
    ).toEqual({
      ok: true,
      result: true,
    });
    expect(await f.client.getChatMember(fans.id, aru.id)).toEqual({
      ...groupAdmin(aru.user),
      can_pin_messages: false,
      custom_title: "Captain",
    });
    expect((await post("demote", { user_id: bek.id, chat_id: fans.id, member_id: aru.id })).json).toEqual({ ok: true, result: true });
    expect(await f.client.getChatMember(fans.id, aru.id)).toMatchObject({ status: "member" });
    expect((await post("promote", { user_id: aru.id, chat_id: fans.id, member_id: dana.id })).json).toEqual({
      ok: false,
      error_code: 400,
      description: `Aru is not an administrator of chat ${fans.id}`,
    });
    expect((await post("demote", { user_id: bek.id, chat_id: fans.id })).json).toMatchObject({
      ok: false,
      description: "member_id is required",
    });
  });
});

describe("removing the bot from a group", () => {
  it("sends my_chat_member → kicked, answers 403 to sends until a member adds the bot back", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru, bek] });
    const before = await f.client.sendMessage(fans.id, "Licenses: …");
    await newUpdates();
    await aru.removeBot(fans);
    expect((await newUpdates()).map((u) => u.my_chat_member)).toEqual([
      {
        chat: fans.chat,
        from: aru.user,
        date: expect.any(Number),
        old_chat_member: { user: f.bot.user, status: "member" },
        new_chat_member: { user: f.bot.user, status: "kicked", until_date: 0 },
      },
    ]);
    const kicked = "Forbidden: bot was kicked from the group chat";
    await expectApiError(f.client.sendMessage(fans.id, "news"), 403, kicked);
    await expectApiError(f.client.sendChatAction(fans.id, "typing"), 403, kicked);
    await expectApiError(f.client.editMessageText(fans.id, before.message_id, "edited"), 403, kicked);
    await expectApiError(f.client.deleteMessage(fans.id, before.message_id), 403, kicked);
    await expectApiError(f.client.getChatAdministrators(fans.id), 403, kicked);
    await expectApiError(f.client.getChatMember(fans.id, aru.id), 403, kicked);
    // Reading the chat and its own membership still works, as in telegram-bot-api's check_chat_access.
    expect(await f.client.getChat(fans.id)).toMatchObject({ id: fans.id, title: "Fans" });
    expect(await f.client.getChatMember(fans.id, f.bot.id)).toEqual({ user: f.bot.user, status: "kicked", until_date: 0 });
    // The group goes on without the bot: it sees nothing of it.
    await aru.send("/licenses boxing", { chat: fans });
    expect(await newUpdates()).toEqual([]);

    await bek.addBot(fans);
    expect((await newUpdates()).map((u) => u.my_chat_member)).toEqual([
      {
        chat: fans.chat,
        from: bek.user,
        date: expect.any(Number),
        old_chat_member: { user: f.bot.user, status: "kicked", until_date: 0 },
        new_chat_member: { user: f.bot.user, status: "member" },
      },
    ]);
    expect((await f.client.sendMessage(fans.id, "back")).text).toBe("back");
    await aru.send("/licenses judo", { chat: fans });
    expect((await newUpdates()).map((u) => u.message?.text)).toEqual(["/licenses judo"]);
  });

  it("removed without a ban the bot has left: 'not a member' instead of 'kicked'", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru] });
    await aru.promote(fans, f.bot);
    await newUpdates();
    await aru.removeBot(fans, { status: "left" });
    expect((await newUpdates()).map((u) => [u.my_chat_member?.old_chat_member.status, u.my_chat_member?.new_chat_member])).toEqual([
      ["administrator", { user: f.bot.user, status: "left" }],
    ]);
    await expectApiError(f.client.sendMessage(fans.id, "news"), 403, "Forbidden: bot is not a member of the group chat");
    expect(await f.client.getChatMember(fans.id, f.bot.id)).toEqual({ user: f.bot.user, status: "left" });
    await aru.addBot(fans);
    // Back as a plain member: its administrator rights went with it.
    expect(await f.client.getChatMember(fans.id, f.bot.id)).toEqual({ user: f.bot.user, status: "member" });
  });

  it("in supergroups a kicked bot cannot even read the chat; a bot that left can read a public one", async () => {
    const club = f.api.createGroup({ title: "Club", type: "supergroup", members: [aru] });
    const open = f.api.createGroup({ title: "Open", type: "supergroup", username: "open_club", members: [aru] });
    await aru.removeBot(club);
    await aru.removeBot(open, { status: "left" });
    await expectApiError(f.client.getChat(club.id), 403, "Forbidden: bot was kicked from the supergroup chat");
    await expectApiError(f.client.sendMessage(club.id, "news"), 403, "Forbidden: bot was kicked from the supergroup chat");
    expect(await f.client.getChat("@open_club")).toMatchObject({ id: open.id, type: "supergroup" });
    await expectApiError(f.client.sendMessage(open.id, "news"), 403, "Forbidden: bot is not a member of the supergroup chat");
    await aru.addBot(club, { bot: f.bot });
    expect((await f.client.sendMessage(club.id, "back")).chat.id).toBe(club.id);
    // Swapped: left a private supergroup, kicked from a public one.
    await aru.removeBot(club, { status: "left" });
    await aru.addBot(open);
    await aru.removeBot(open);
    await expectApiError(f.client.getChat(club.id), 403, "Forbidden: bot is not a member of the supergroup chat");
    await expectApiError(f.client.getChat(open.id), 403, "Forbidden: bot was kicked from the supergroup chat");
  });

  it("only the creator and administrators who may ban remove the bot; bots that cannot join groups are not added", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru, bek, dana] });
    await expect(bek.removeBot(fans)).rejects.toThrow(`Bek is not an administrator of chat ${fans.id}, so cannot remove the bot`);
    await aru.promote(fans, bek, { rights: { can_restrict_members: false } });
    await expect(bek.removeBot(fans)).rejects.toThrow(`Bek is an administrator of chat ${fans.id} without the right to remove members`);
    await aru.promote(fans, dana);
    await dana.removeBot(fans);
    await expect(dana.removeBot(fans)).rejects.toThrow(`@kz_licenses_bot is not in chat ${fans.id}`);
    await expect(f.api.createUser({ firstName: "Outsider" }).addBot(fans)).rejects.toThrow(/is not a member of chat/);
    const loner = f.api.createBot({ username: "loner_bot", canJoinGroups: false });
    await expect(aru.addBot(fans, { bot: loner })).rejects.toThrow("@loner_bot cannot be added to groups (can_join_groups is off)");
    await aru.addBot(fans);
    await expect(aru.addBot(fans)).rejects.toThrow(`@kz_licenses_bot is already in chat ${fans.id}`);
  });

  it("removes and adds the bot over HTTP", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru] });
    expect((await post("remove_bot", { user_id: aru.id, chat_id: fans.id, status: "left" })).json).toEqual({ ok: true, result: true });
    await expectApiError(f.client.sendMessage(fans.id, "news"), 403, "Forbidden: bot is not a member of the group chat");
    expect((await post("add_bot", { user_id: aru.id, chat_id: fans.id, bot_id: f.bot.id })).json).toEqual({ ok: true, result: true });
    expect((await f.client.sendMessage(fans.id, "back")).text).toBe("back");
    expect((await post("remove_bot", { user_id: aru.id, chat_id: fans.id, status: "banned" })).json).toEqual({
      ok: false,
      error_code: 400,
      description: `status must be "kicked" or "left"`,
    });
  });
});

describe("upgrading a group to a supergroup", () => {
  it("sends the migrate_to / migrate_from service messages, carries members over, and refuses sends to the old id", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru, bek], admins: [dana] });
    const old = await f.client.sendMessage(fans.id, "Licenses: …");
    await aru.send("/licenses", { chat: fans });
    await newUpdates();

    const club = await aru.migrateToSupergroup(fans);
    expect(club).toEqual({ id: club.id, type: "supergroup", title: "Fans", chat: { id: club.id, type: "supergroup", title: "Fans" } });
    expect(String(club.id)).toMatch(/^-100\d{10}$/);
    expect((await newUpdates()).map((u) => u.message)).toEqual([
      { message_id: 3, from: aru.user, chat: fans.chat, date: expect.any(Number), migrate_to_chat_id: club.id },
      { message_id: 1, from: aru.user, chat: club.chat, date: expect.any(Number), migrate_from_chat_id: fans.id },
    ]);

    const upgraded = "Bad Request: group chat was upgraded to a supergroup chat";
    const error = await expectApiError(f.client.sendMessage(fans.id, "news"), 400, upgraded);
    expect(error.parameters).toEqual({ migrate_to_chat_id: club.id });
    expect((await expectApiError(f.client.sendChatAction(fans.id, "typing"), 400, upgraded)).parameters).toEqual({
      migrate_to_chat_id: club.id,
    });
    await expectApiError(f.client.deleteMessage(fans.id, old.message_id), 400, upgraded);
    await expectApiError(f.client.getChatAdministrators(fans.id), 400, upgraded);
    expect(f.api.calls({ chatId: fans.id, ok: false }).at(-1)?.error).toEqual({
      error_code: 400,
      description: upgraded,
      parameters: { migrate_to_chat_id: club.id },
    });
    // The old group can still be read, and the bot's old messages there stay where they were.
    expect(await f.client.getChat(fans.id)).toMatchObject({ id: fans.id, type: "group" });
    expect(aru.messages({ chat: fans }).map((m) => m.text)).toEqual(["Licenses: …"]);
    // Edits there are not refused (telegram-bot-api checks only writes; what Telegram's servers say is a guess).
    await f.client.editMessageText(fans.id, old.message_id, "Licenses: (moved)");
    await expect(aru.send("hello?", { chat: fans })).rejects.toThrow(
      `group ${fans.id} was upgraded to supergroup ${club.id}; use that chat`,
    );

    // Members, the creator and administrators carry over.
    expect((await f.client.getChatAdministrators(club.id)).map((m) => [m.user.id, m.status])).toEqual([
      [aru.id, "creator"],
      [dana.id, "administrator"],
    ]);
    expect(await f.client.getChatMember(club.id, dana.id)).toEqual({ ...groupAdmin(dana.user), can_manage_topics: true });
    expect(await f.client.getChatMember(club.id, bek.id)).toEqual({ user: bek.user, status: "member" });
    expect((await f.client.sendMessage(club.id, "news")).chat).toEqual(club.chat);
    await bek.send("/licenses judo", { chat: club });
    expect((await newUpdates()).map((u) => [u.message?.chat.id, u.message?.text])).toEqual([[club.id, "/licenses judo"]]);
    expect(bek.messages({ chat: club }).map((m) => m.text)).toEqual(["news"]);
  });

  it("is the creator's to do, once, for basic groups only; bots removed before stay out", async () => {
    const otherBot = f.api.createBot({ username: "other_bot" });
    const fans = f.api.createGroup({ title: "Fans", members: [aru, bek], admins: [dana] });
    await aru.removeBot(fans, { bot: otherBot });
    await expect(dana.migrateToSupergroup(fans)).rejects.toThrow(
      `Dana did not create group ${fans.id}: only its creator can upgrade it to a supergroup`,
    );
    const club = await aru.migrateToSupergroup(fans);
    await expect(aru.migrateToSupergroup(fans)).rejects.toThrow(`group ${fans.id} was upgraded to supergroup ${club.id}; use that chat`);
    await expect(aru.migrateToSupergroup(club)).rejects.toThrow(
      `chat ${club.id} is a supergroup chat: only basic groups are upgraded to supergroups`,
    );
    await expect(aru.promote(fans, bek)).rejects.toThrow(/was upgraded to supergroup/);
    const other = new Api(otherBot.token, { apiRoot: f.api.url });
    await expectApiError(other.sendMessage(fans.id, "hi"), 403, "Forbidden: bot was kicked from the group chat");
    await expectApiError(other.sendMessage(club.id, "hi"), 403, "Forbidden: bot is not a member of the supergroup chat");
    expect(await other.getUpdates({ offset: -1 })).toMatchObject([{ my_chat_member: { new_chat_member: { status: "kicked" } } }]);
  });

  it("is done over HTTP with POST /_user/migrate", async () => {
    const fans = f.api.createGroup({ title: "Fans", members: [aru] });
    const answer = await post("migrate", { user_id: aru.id, chat_id: fans.id });
    const club = answer.json.result as { id: number; type: string };
    expect(club).toMatchObject({ type: "supergroup", title: "Fans" });
    expect(
      (await expectApiError(f.client.sendMessage(fans.id, "x"), 400, "Bad Request: group chat was upgraded to a supergroup chat"))
        .parameters,
    ).toEqual({
      migrate_to_chat_id: club.id,
    });
    expect((await post("migrate", { user_id: aru.id })).json).toMatchObject({ ok: false, description: "chat_id is required" });
  });
});

describe("deactivated users", () => {
  it("a deleted account answers 403 'user is deactivated' to sends, edits and actions; it can still be looked up", async () => {
    const welcome = await f.client.sendMessage(bek.id, "Welcome!");
    const fans = f.api.createGroup({ title: "Fans", members: [aru, bek] });
    await bek.deactivate();
    expect(bek.deactivated).toBe(true);
    const deactivated = "Forbidden: user is deactivated";
    await expectApiError(f.client.sendMessage(bek.id, "📣 News"), 403, deactivated);
    await expectApiError(f.client.sendChatAction(bek.id, "typing"), 403, deactivated);
    await expectApiError(f.client.editMessageText(bek.id, welcome.message_id, "edited"), 403, deactivated);
    await expectApiError(f.client.deleteMessage(bek.id, welcome.message_id), 403, deactivated);
    expect(await f.client.getChat(bek.id)).toMatchObject({ id: bek.id, type: "private" });
    // Deleted accounts stay in their groups, and other chats are unaffected.
    expect(await f.client.getChatMember(fans.id, bek.id)).toEqual({ user: bek.user, status: "member" });
    expect((await f.client.sendMessage(fans.id, "📣 News")).text).toBe("📣 News");
    expect((await f.client.sendMessage(aru.id, "📣 News")).text).toBe("📣 News");
    expect(bek.messages().map((m) => m.text)).toEqual(["Welcome!"]);
    expect(f.api.calls({ chatId: bek.id, ok: false }).map((c) => c.error?.description)).toEqual([
      deactivated,
      deactivated,
      deactivated,
      deactivated,
    ]);
  });

  it("wins over a block, and a deleted account does nothing any more", async () => {
    const message = await f.client.sendMessage(bek.id, "Pick", {
      reply_markup: { inline_keyboard: [[{ text: "OK", callback_data: "ok" }]] },
    });
    await bek.block();
    await expectApiError(f.client.sendMessage(bek.id, "x"), 403, "Forbidden: bot was blocked by the user");
    await bek.deactivate();
    await expectApiError(f.client.sendMessage(bek.id, "x"), 403, "Forbidden: user is deactivated");
    const gone = "Bek deleted their account";
    await expect(bek.send("/start")).rejects.toThrow(gone);
    await expect(bek.press(bek.messages().find((m) => m.message_id === message.message_id)!, "OK")).rejects.toThrow(gone);
    await expect(bek.unblock()).rejects.toThrow(gone);
    await expect(bek.inlineQuery("box")).rejects.toThrow(gone);
    await expect(bek.deactivate()).rejects.toThrow(gone);
    const fans = f.api.createGroup({ title: "Fans", members: [bek] });
    await expect(bek.removeBot(fans)).rejects.toThrow(gone);
  });

  it("is done over HTTP with POST /_user/deactivate; unknown chats stay 'chat not found'", async () => {
    expect((await post("deactivate", { user_id: dana.id })).json).toEqual({ ok: true, result: true });
    await expectApiError(f.client.sendMessage(dana.id, "x"), 403, "Forbidden: user is deactivated");
    expect((await post("send", { user_id: dana.id, text: "hi" })).json).toEqual({
      ok: false,
      error_code: 400,
      description: "Dana deleted their account",
    });
    await expectApiError(f.client.sendMessage(123_456, "x"), 400, "Bad Request: chat not found");
    await expectApiError(f.client.getChatAdministrators(-4_123_456_789), 400, "Bad Request: chat not found");
    await expectApiError(f.client.getChat("@nobody_here"), 400, "Bad Request: chat not found");
  });
});
