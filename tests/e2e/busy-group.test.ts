/**
 * A busy group: its replies are paced at Telegram's 20 a minute, so a queue builds up; a button
 * pressed meanwhile must still stop spinning in time (Telegram stops taking an answer after about
 * 15 seconds), rather than wait behind the group's queued updates and their replies.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalChat, LocalUser } from "../../local-api/index.js";
import { type BotHarness, eventually, startBotHarness } from "../helpers/bot.js";

let h: BotHarness;
let aru: LocalUser;
let group: LocalChat;
beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-01T21:00:00Z" });
  aru = h.api.createUser({ firstName: "Aru", languageCode: "en" });
  group = h.api.createGroup({ title: "Busy fans", members: [aru] });
});
afterAll(async () => h?.stop());

describe("a button pressed in a busy group", () => {
  it("is answered within seconds though the group's replies wait their turn", async () => {
    const menu = await aru.send("/start", { chat: group }).then(() => aru.waitForMessage({ chat: group }));
    // Twenty more commands: past the group's burst, each reply now waits about 3 s for the last.
    for (let i = 0; i < 20; i++) await aru.send("/countdown", { chat: group });
    await eventually(() => expect(aru.messages({ chat: group }).length).toBeGreaterThanOrEqual(3), 20_000);
    // The press comes after the twenty: its update waits behind theirs, and its edit behind their replies.
    const answer = await aru.press(menu, "⏳ Countdown", { timeoutMs: 6_000 });
    expect(answer.text ?? "").toBe("");
  }, 60_000);
});
