import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotMessage, LocalChat, LocalUser } from "../../local-api/index.js";
import { setChatLanguage } from "../../src/domain/chats.js";
import { ask, type BotHarness, eventually, pressAndEdit, startBotHarness } from "../helpers/bot.js";

const DURING_PARIS = "2024-07-28T10:00:00Z";

let h: BotHarness;
let aru: LocalUser;
let ivan: LocalUser;
let group: LocalChat;
let bot: string;

/** Sends something the bot must ignore, then proves it did by getting an answer to a command. */
async function expectIgnored(user: LocalUser, text: string, opts: { replyTo?: BotMessage } = {}): Promise<void> {
  const before = user.history({ chat: group }).length;
  await user.send(text, { chat: group, ...opts });
  const probe = await ask(user, `/countdown@${bot}`, { chat: group });
  expect(probe.text).toContain("Countdown");
  expect(user.history({ chat: group }).length).toBe(before + 1);
}

beforeAll(async () => {
  // Privacy mode off: the bot receives all group chatter and has to ignore it itself.
  h = await startBotHarness({ now: DURING_PARIS, privacyMode: false });
  bot = h.botUser.username;
  aru = h.api.createUser({ firstName: "Aru", languageCode: "en" });
  ivan = h.api.createUser({ firstName: "Ivan", languageCode: "en" });
  group = h.api.createGroup({ title: "Fans <Almaty>", members: [aru, ivan] });
});

afterAll(async () => {
  await h?.stop();
});

describe("groups", () => {
  it("answers commands addressed with @botname, as a reply to the command", async () => {
    const command = await aru.send(`/licenses@${bot} boxing`, { chat: group });
    const m = await aru.waitForMessage({ chat: group });
    expect(m.text).toContain("Boxing — Paris 2024 Olympic Games");
    expect(m.chat_id).toBe(group.id);
    // The call record is written just after the message appears: wait for it rather than read it.
    const call = await h.api.waitForCall({
      method: "sendMessage",
      chatId: group.id,
      where: (c) => c.ok && (c.result as { message_id: number }).message_id === m.message_id,
    });
    expect((call.params as { reply_parameters?: { message_id: number } }).reply_parameters?.message_id).toBe(command.message_id);
  });

  it("reads a command's argument without a mention of the bot (/licenses @bot boxing, /schedule @bot judo)", async () => {
    expect((await ask(aru, `/licenses @${bot} boxing`, { chat: group })).text).toContain("Boxing — Paris 2024 Olympic Games");
    expect((await ask(aru, `/schedule @${bot} judo`, { chat: group })).text).toContain("Judo — Paris 2024 Olympic Games");
    const today = (await ask(aru, `/schedule today`, { chat: group })).text;
    expect((await ask(aru, `/schedule@${bot} @${bot} today`, { chat: group })).text).toBe(today);
    expect((await ask(aru, `/licenses @${bot}`, { chat: group })).text).toContain("Listed here: 4 licenses");
    // Only this bot's mention goes: anything else is still part of the query.
    expect((await ask(aru, `/licenses @${bot}_fan boxing`, { chat: group })).text).toContain(`“@${bot}_fan boxing”`);
  });

  it("answers plain commands too", async () => {
    const m = await ask(aru, "/countdown", { chat: group });
    expect(m.text).toContain("Countdown");
  });

  it("records the group with its title", async () => {
    const row = await h.chatRow(group.id);
    expect(row).toMatchObject({ id: group.id, type: "group", title: "Fans <Almaty>", status: "active" });
  });

  it("ignores commands for other bots, unknown bare commands and chatter", async () => {
    await expectIgnored(aru, "/licenses@some_other_bot boxing");
    await expectIgnored(aru, "/weather");
    await expectIgnored(aru, "boxing is great");
    await expectIgnored(aru, "hello everyone");
    await expectIgnored(aru, "🥊🥊🥊");
    // Another user whose name starts with the bot's, and an e-mail address, are not mentions of it.
    await expectIgnored(aru, `@${bot}_fan boxing is great`);
    await expectIgnored(aru, `write to fans@${bot}.kz`);
    // The chatter did reach the bot (privacy mode is off), so ignoring it was the bot's decision.
    const delivered = h.api.calls({ method: "getUpdates" }).flatMap((c) => (Array.isArray(c.result) ? c.result : []));
    expect(JSON.stringify(delivered)).toContain("hello everyone");
  }, 60_000); // seven replies in one group, paced as Telegram paces a group (20 a minute): 21 s

  it("answers a reply to one of its messages like a private message", async () => {
    const prompt = await ask(aru, `/help@${bot}`, { chat: group });
    await aru.send("rowing", { chat: group, replyTo: prompt });
    const m = await aru.waitForMessage({ chat: group });
    expect(m.text).toContain("Vladislav Yakovlev");
    await aru.send("nonsense words", { chat: group, replyTo: prompt });
    expect((await aru.waitForMessage({ chat: group })).text).toContain("I found no sport or athlete called “nonsense words”.");
  });

  it("answers a mention naming a sport", async () => {
    await aru.send(`@${bot} badminton`, { chat: group });
    const m = await aru.waitForMessage({ chat: group });
    expect(m.text).toContain("Dmitry Panarin");
  });

  it("unknown commands addressed to the bot get a hint", async () => {
    const m = await ask(aru, `/weather@${bot}`, { chat: group });
    expect(m.text).toContain("I don't know that command");
  });

  it("another member's buttons work (the information is public)", async () => {
    const summary = await ask(aru, `/licenses@${bot}`, { chat: group });
    const edited = ivan.waitForEdit(summary);
    const answer = await ivan.press(summary, "Boxing · 2");
    expect(answer.text ?? "").toBe("");
    expect((await edited).text).toContain("Aibek Oralbay");
  });

  // Only administrators change a group's settings, its language included: Aru created the group,
  // Ivan is a member.
  it("a member who is not an administrator cannot change the group's language", async () => {
    const menu = await ask(aru, `/language@${bot}`, { chat: group });
    const answer = await ivan.press(menu, "Русский");
    expect(answer.text).toBe("Only administrators of this group can change its settings.");
    expect((await h.chatRow(group.id))?.language).toBeNull();
    expect(aru.messages({ chat: group }).find((m) => m.message_id === menu.message_id)?.text).toBe(menu.text);
  });

  it("the group's language applies to everyone in that group only", async () => {
    await setChatLanguage(h.db, group.id, "ru");
    // Written behind the bot's back: on PostgreSQL the bot hears of it by NOTIFY, a moment later.
    await eventually(async () => expect((await ask(aru, `/help@${bot}`, { chat: group })).text).toContain("Что я умею"));
    expect((await ask(ivan, `/help@${bot}`, { chat: group })).text).toContain("Что я умею");
    // Aru's private chat still follows her Telegram language.
    await aru.send("/help");
    expect((await aru.waitForMessage()).text).toContain("What I can do");
  });

  it("an administrator changes the group's language with the buttons", async () => {
    const menu = await ask(aru, `/language@${bot}`, { chat: group });
    const { message } = await pressAndEdit(aru, menu, "Қазақша");
    expect(message.text).toContain("қазақша"); // a language is a common noun mid-sentence
    expect((await h.chatRow(group.id))?.language).toBe("kk");
  });
});
