import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { expectApiError, rawCall, startFixture, type Fixture } from "./support.js";

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
      { chat: fans.chat, from: aru.user, date: expect.any(Number), old_chat_member: { user: f.bot.user, status: "left" }, new_chat_member: groupAdmin(f.bot.user) },
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
    await f.client.setMyCommands([{ command: "alerts", description: "Alerts" }], { scope: { type: "chat_administrators", chat_id: fans.id } });
    await aru.promote(fans, bek);
    expect(bek.commandMenu({ chat: fans }).map((c) => c.command)).toEqual(["alerts"]);
  });

  it("creates groups with admins and promotes over HTTP", async () => {
    const created = await post("groups", { title: "Fans", member_ids: `${aru.id},${bek.id}`, creator_id: bek.id, admin_ids: String(dana.id) });
    const fans = created.json.result as { id: number };
    expect(await f.client.getChatMember(fans.id, bek.id)).toMatchObject({ status: "creator" });
    expect(await f.client.getChatMember(fans.id, dana.id)).toMatchObject({ status: "administrator" });
    expect((await post("promote", { user_id: bek.id, chat_id: fans.id, member_id: aru.id, custom_title: "Captain", rights: { can_pin_messages: false } })).json).toEqual({
      ok: true,
      result: true,
    });
    expect(await f.client.getChatMember(fans.id, aru.id)).toEqual({ ...groupAdmin(aru.user), can_pin_messages: false, custom_title: "Captain" });
    expect((await post("demote", { user_id: bek.id, chat_id: fans.id, member_id: aru.id })).json).toEqual({ ok: true, result: true });
    expect(await f.client.getChatMember(fans.id, aru.id)).toMatchObject({ status: "member" });
    expect((await post("promote", { user_id: aru.id, chat_id: fans.id, member_id: dana.id })).json).toEqual({
      ok: false,
      error_code: 400,
      description: `Aru is not an administrator of chat ${fans.id}`,
    });
    expect((await post("demote", { user_id: bek.id, chat_id: fans.id })).json).toMatchObject({ ok: false, description: "member_id is required" });
  });
});
