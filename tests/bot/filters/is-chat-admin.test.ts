/**
 * The group-admin check on its own. The local Bot API server has no getChatMember yet (another
 * branch adds it), so here grammY's real Context and Api are used with one transformer that
 * answers getChatMember from a table, as Telegram would, and counts the calls; every other
 * method would go to an address nothing listens on. The end-to-end group tests are in
 * tests/e2e/subscriptions.test.ts (the admin cases there wait for the local server's getChatMember).
 */
import { Api, Context } from "grammy";
import type { ChatMember, Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { type AdminCache, createAdminCache, settingsRefusal } from "../../../src/bot/filters/is-chat-admin.js";

const ME: UserFromGetMe = {
  id: 42,
  is_bot: true,
  first_name: "KZ Licenses",
  username: "kz_licenses_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

const GROUP = { id: -100123, type: "supergroup", title: "Fans" } as const;
const ARU = { id: 1001, is_bot: false, first_name: "Aru" };
const BEK = { id: 1002, is_bot: false, first_name: "Bek" };
/** Telegram's stand-in sender for anonymous group administrators. */
const GROUP_ANONYMOUS_BOT = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" };

type Status = ChatMember["status"];

/** A fake of Telegram's getChatMember: statuses per "chat:user", or an error. */
function telegram(statuses: Record<string, Status | "error">) {
  const calls: string[] = [];
  const api = new Api("123:abc", { apiRoot: "http://127.0.0.1:9" });
  api.config.use(async (prev, method, payload, signal) => {
    if (method !== "getChatMember") return prev(method, payload, signal);
    const { chat_id, user_id } = payload as { chat_id: number; user_id: number };
    const key = `${chat_id}:${user_id}`;
    calls.push(key);
    const status = statuses[key] ?? "left";
    if (status === "error") return { ok: false, error_code: 400, description: "Bad Request: user not found" } as never;
    return { ok: true, result: { status, user: { id: user_id, is_bot: false, first_name: "x" } } } as never;
  });
  return { api, calls };
}

function context(api: Api, admins: AdminCache, update: object): Context & { admins: AdminCache } {
  return Object.assign(new Context({ update_id: 1, ...update } as Update, api, ME), { admins });
}

const message = (chat: object, from: object, extra: object = {}) => ({
  message: { message_id: 5, date: 0, chat, from, text: "/subscribe all", ...extra },
});
const press = (chat: object, from: object) => ({
  callback_query: {
    id: "q1",
    from,
    chat_instance: "c",
    data: "sub/0/0//habcd",
    message: { message_id: 6, date: 0, chat, from: ME, text: "settings" },
  },
});

describe("settingsRefusal", () => {
  it("lets anyone change a private chat, without asking Telegram", async () => {
    const { api, calls } = telegram({});
    const ctx = context(api, createAdminCache(), message({ id: ARU.id, type: "private", first_name: "Aru" }, ARU));
    expect(await settingsRefusal(ctx)).toBeNull();
    expect(calls).toEqual([]);
  });

  it("in a group lets the creator and administrators through, and refuses everyone else", async () => {
    const statuses: Status[] = ["creator", "administrator", "member", "restricted", "left", "kicked"];
    const users = statuses.map((status, i) => ({ ...ARU, id: 2000 + i, status }));
    const { api, calls } = telegram(Object.fromEntries(users.map((u) => [`${GROUP.id}:${u.id}`, u.status])));
    const admins = createAdminCache();
    for (const u of users) {
      const expected = u.status === "creator" || u.status === "administrator" ? null : "not-admin";
      expect(await settingsRefusal(context(api, admins, message(GROUP, u))), u.status).toBe(expected);
      expect(await settingsRefusal(context(api, admins, press(GROUP, u))), `${u.status} pressing`).toBe(expected);
    }
    // One question per member: the press a moment later was answered from the cache.
    expect(calls).toEqual(users.map((u) => `${GROUP.id}:${u.id}`));
  });

  it("asks again after a minute, and per chat and member", async () => {
    const { api, calls } = telegram({ [`${GROUP.id}:${ARU.id}`]: "administrator", [`${GROUP.id}:${BEK.id}`]: "member" });
    let now = 0;
    const admins = createAdminCache({ now: () => now });
    const ask = (from: object, chat: object = GROUP) => settingsRefusal(context(api, admins, message(chat, from)));
    expect(await ask(ARU)).toBeNull();
    now = 59_999;
    expect(await ask(ARU)).toBeNull();
    expect(calls).toHaveLength(1);
    now = 60_000;
    expect(await ask(ARU)).toBeNull();
    expect(calls).toHaveLength(2);
    expect(await ask(BEK)).toBe("not-admin");
    expect(await ask(ARU, { id: -100999, type: "group", title: "Other" })).toBe("not-admin");
    expect(calls).toEqual([`${GROUP.id}:${ARU.id}`, `${GROUP.id}:${ARU.id}`, `${GROUP.id}:${BEK.id}`, `-100999:${ARU.id}`]);
  });

  it("refuses when Telegram will not say, and asks again next time", async () => {
    const { api, calls } = telegram({ [`${GROUP.id}:${ARU.id}`]: "error" });
    const admins = createAdminCache();
    expect(await settingsRefusal(context(api, admins, message(GROUP, ARU)))).toBe("admin-unknown");
    expect(await settingsRefusal(context(api, admins, press(GROUP, ARU)))).toBe("admin-unknown");
    expect(calls).toHaveLength(2);
  });

  it("lets an anonymous administrator (a message on behalf of the group) through, not another chat's", async () => {
    const { api, calls } = telegram({});
    const admins = createAdminCache();
    const anonymous = message(GROUP, GROUP_ANONYMOUS_BOT, { sender_chat: GROUP });
    expect(await settingsRefusal(context(api, admins, anonymous))).toBeNull();
    expect(calls).toEqual([]);
    const channel = { id: -100777, type: "channel", title: "Some channel" };
    const asChannel = message(GROUP, { id: 136817688, is_bot: true, first_name: "Channel" }, { sender_chat: channel });
    expect(await settingsRefusal(context(api, admins, asChannel))).toBe("not-admin");
  });

  it("lets a channel post through (only administrators post in a channel)", async () => {
    const { api, calls } = telegram({});
    const channel = { id: -100777, type: "channel", title: "News" };
    const post = { channel_post: { message_id: 1, date: 0, chat: channel, sender_chat: channel, text: "/subscribe all" } };
    expect(await settingsRefusal(context(api, createAdminCache(), post))).toBeNull();
    expect(calls).toEqual([]);
  });
});

describe("createAdminCache", () => {
  it("shares a lookup in flight, forgets a failed one, and keeps at most maxEntries", async () => {
    const cache = createAdminCache({ maxEntries: 2 });
    let asked = 0;
    let release!: (v: boolean) => void;
    const slow = () => {
      asked++;
      return new Promise<boolean>((resolve) => (release = resolve));
    };
    const both = Promise.all([cache.isAdmin(1, 1, slow), cache.isAdmin(1, 1, slow)]);
    release(true);
    expect(await both).toEqual([true, true]);
    expect(asked).toBe(1);

    await expect(cache.isAdmin(1, 2, () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(await cache.isAdmin(1, 2, async () => false)).toBe(false);

    await cache.isAdmin(1, 3, async () => true);
    expect(cache.size).toBe(2);
    // The oldest (1:1) went first: asking about it asks again.
    expect(await cache.isAdmin(1, 1, async () => false)).toBe(false);
  });
});
