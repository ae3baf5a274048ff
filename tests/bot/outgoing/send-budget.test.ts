import { describe, expect, it } from "vitest";
import { type Outcome, SendBudget, type SendBudgetOptions, type Timers } from "../../../src/bot/outgoing/send-budget.js";

/** A clock and timers the test moves by hand: time is an input. */
function fakeTime(): Timers & { now(): number; advance(ms: number): Promise<void> } {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  };
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advance(ms) {
      const until = now + ms;
      await settle();
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!next || next[1].at > until) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
        await settle();
      }
      now = until;
      await settle();
    },
  };
}

function setup(options: Partial<SendBudgetOptions> = {}) {
  const time = fakeTime();
  const budget = new SendBudget({ globalPerSecond: 30, now: time.now, timers: time, ...options });
  const sent: { chat: string; label: string; at: number }[] = [];
  const send = (chat: string, label: string, lane: "reply" | "broadcast" = "reply", outcomes: Outcome<string>[] = []) =>
    budget.run({ chatId: chat, group: chat.startsWith("-") }, lane, async () => {
      const next = outcomes.shift();
      if (next && next.kind !== "done") return next;
      sent.push({ chat, label, at: time.now() });
      return { kind: "done", value: label };
    });
  return { time, budget, sent, send };
}

describe("SendBudget", () => {
  it("a private chat: a small burst, then one a second, in order", async () => {
    const { time, sent, send } = setup();
    const all = Promise.all(["a", "b", "c", "d", "e"].map((l) => send("1", l)));
    await time.advance(2_100);
    expect(sent.map((s) => [s.label, s.at])).toEqual([
      ["a", 0],
      ["b", 0],
      ["c", 0],
      ["d", 1000],
      ["e", 2000],
    ]);
    expect(await all).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("a group: 20 a minute after its burst", async () => {
    const { time, sent, send } = setup();
    for (let i = 0; i < 6; i++) void send("-100", String(i));
    await time.advance(10_000);
    expect(sent.map((s) => s.at)).toEqual([0, 0, 0, 3000, 6000, 9000]);
  });

  it("the whole bot stays under the global rate, whatever the number of chats", async () => {
    const { time, sent, send } = setup({ globalPerSecond: 30 });
    for (let chat = 1; chat <= 200; chat++) void send(String(chat), "x");
    await time.advance(1_000);
    const inFirstSecond = sent.length;
    await time.advance(10_000);
    expect(sent).toHaveLength(200);
    // A burst of a third of a second's worth, then 30 a second: no second holds more than 40,
    // and 200 take (200 - 10) / 30 s.
    expect(inFirstSecond).toBe(10 + 30);
    for (const s of sent) expect(sent.filter((o) => o.at >= s.at && o.at < s.at + 1000).length).toBeLessThanOrEqual(40);
    for (let i = 20; i < sent.length; i++) expect(sent[i]!.at - sent[i - 10]!.at).toBeGreaterThanOrEqual(333);
    expect(sent.at(-1)!.at).toBeGreaterThanOrEqual(6_300);
    expect(sent.at(-1)!.at).toBeLessThanOrEqual(6_400);
  });

  it("replies go before broadcasts that were queued earlier", async () => {
    const { time, sent, send } = setup({ globalPerSecond: 1 });
    for (let chat = 1; chat <= 3; chat++) void send(String(chat), `broadcast ${chat}`, "broadcast");
    void send("9", "reply");
    await time.advance(5_000);
    expect(sent.map((s) => s.label)).toEqual(["broadcast 1", "reply", "broadcast 2", "broadcast 3"]);
  });

  it("a 429 holds back only its chat, for retry_after, then the same call goes again, before what came after it", async () => {
    const { time, sent, send } = setup();
    const first = send("1", "first", "reply", [{ kind: "flood", retryAfterMs: 90_000 }]);
    void send("1", "second");
    void send("2", "other chat");
    await time.advance(1_000);
    expect(sent.map((s) => s.label)).toEqual(["other chat"]);
    await time.advance(88_000);
    expect(sent.map((s) => s.label)).toEqual(["other chat"]);
    await time.advance(2_000);
    expect(sent.map((s) => [s.label, s.at])).toEqual([
      ["other chat", 0],
      ["first", 90_000],
      ["second", 90_000],
    ]);
    expect(await first).toBe("first");
  });

  it("429s in two chats within a second hold back the whole bot", async () => {
    const floods: string[] = [];
    const { time, sent, send } = setup({ onFlood: (chat, ms, scope) => floods.push(`${chat}:${ms}:${scope}`) });
    void send("1", "a", "reply", [{ kind: "flood", retryAfterMs: 5_000 }]);
    void send("2", "b", "reply", [{ kind: "flood", retryAfterMs: 5_000 }]);
    await time.advance(100);
    void send("3", "c");
    await time.advance(4_000);
    expect(sent).toEqual([]);
    await time.advance(1_500);
    expect(sent.map((s) => s.label).sort()).toEqual(["a", "b", "c"]);
    expect(floods).toEqual(["1:5000:chat", "2:5000:all"]);
  });

  it("never gives up on a 429, however many in a row; a 5xx or network error is retried with bounded back-off", async () => {
    const { time, sent, send } = setup();
    const floods: Outcome<string>[] = Array.from({ length: 8 }, () => ({ kind: "flood", retryAfterMs: 61_000 }));
    const flooded = send("1", "patient", "reply", floods);
    const errors: Outcome<string>[] = Array.from({ length: 12 }, () => ({ kind: "retry", error: new Error("502") }));
    const retried = send("2", "stubborn", "reply", errors);
    await time.advance(8 * 61_000 + 1_000);
    expect(await flooded).toBe("patient");
    expect(await retried).toBe("stubborn");
    // 0.5 + 1 + 2 + 4 + 8 + 16 s, then 30 s apart (the bound): 31.5 + 6 × 30 s.
    expect(sent.find((s) => s.label === "stubborn")!.at).toBe(31_500 + 6 * 30_000);
  });

  it("a permanent refusal ends the call with its error and the chat goes on", async () => {
    const { time, sent, send } = setup();
    const refused = send("1", "x", "reply", [{ kind: "fail", error: new Error("403: bot was blocked") }]);
    const outcome = refused.then(
      () => "sent",
      (e: Error) => e.message,
    );
    const next = send("1", "y");
    await time.advance(10);
    expect(await outcome).toBe("403: bot was blocked");
    expect(await next).toBe("y");
    expect(sent.map((s) => s.label)).toEqual(["y"]);
  });

  it("a fan whose reply is held back sees typing after a second, and again every few seconds", async () => {
    const { time, budget, send } = setup();
    const typing: number[] = [];
    budget.onWaiting = () => {
      typing.push(time.now());
      return undefined;
    };
    void send("1", "held", "reply", [{ kind: "flood", retryAfterMs: 12_000 }]);
    await time.advance(15_000);
    expect(typing).toEqual([1_000, 5_500, 10_000]);
    expect(budget.pending).toBe(0);
  });

  it("a crowd held back by the bot's rate sees typing on its own allowance, newest first, and the replies lose nothing to it", async () => {
    const { time, budget, send, sent } = setup({ globalPerSecond: 3, chatActionsPerSecond: 3 });
    const typing: { chat: string; at: number }[] = [];
    budget.onWaiting = (chat) => {
      typing.push({ chat, at: time.now() });
      return undefined;
    };
    const all = Promise.all(Array.from({ length: 30 }, (_, i) => send(String(100 + i), `reply ${i}`)));
    await time.advance(10_500);
    await all;
    // At the bot's rate, as if "typing" did not exist: 3 a second (the first one at once).
    expect(sent.at(-1)?.at).toBeLessThanOrEqual(10_000);
    // The fan who wrote last waits longest: after the first fan due (alone in line at that
    // moment), the first signs go to the end of the line first, one fan each, before any repeat.
    const firsts = typing.filter((t, i) => typing.findIndex((u) => u.chat === t.chat) === i).map((t) => t.chat);
    expect(firsts).toEqual(["103", ...Array.from({ length: 13 }, (_, i) => String(129 - i))]);
    expect(typing.slice(0, firsts.length).map((t) => t.chat)).toEqual(firsts);
    // None after its chat's reply.
    for (const t of typing) expect(t.at).toBeLessThan(sent.find((s) => s.chat === t.chat)!.at);
  });

  it("without an allowance of its own, typing only takes what the replies leave over: a crowd sees none", async () => {
    const { time, budget, send, sent } = setup({ globalPerSecond: 3, chatActionsPerSecond: 0 });
    const typing: string[] = [];
    budget.onWaiting = (chat) => {
      typing.push(chat);
      return undefined;
    };
    const all = Promise.all(Array.from({ length: 30 }, (_, i) => send(String(100 + i), `reply ${i}`)));
    await time.advance(10_500);
    await all;
    expect(typing).toEqual([]);
    expect(sent.at(-1)?.at).toBeLessThanOrEqual(10_000);
  });

  it("a 429 answered to typing sends it back to what the replies leave over, for ten minutes", async () => {
    const { time, budget, send } = setup({ globalPerSecond: 3, chatActionsPerSecond: 3 });
    const typing: number[] = [];
    budget.onWaiting = () => {
      typing.push(time.now());
      return Promise.resolve(typing.length === 1 ? 5_000 : undefined);
    };
    const all = Promise.all(Array.from({ length: 30 }, (_, i) => send(String(100 + i), `reply ${i}`)));
    await time.advance(10_500);
    await all;
    expect(typing).toEqual([1_000]);
    // Ten minutes later, a new crowd sees it again.
    await time.advance(10 * 60_000);
    const again = Promise.all(Array.from({ length: 30 }, (_, i) => send(String(200 + i), `again ${i}`)));
    await time.advance(10_500);
    await again;
    expect(typing.length).toBeGreaterThan(1);
  });

  it("a 429 for the whole bot just after typing on its own allowance is blamed on typing", async () => {
    const { time, budget, send } = setup({ globalPerSecond: 3, chatActionsPerSecond: 3 });
    const typing: number[] = [];
    budget.onWaiting = () => {
      typing.push(time.now());
      return undefined;
    };
    const crowd = Array.from({ length: 30 }, (_, i) => {
      // Two chats' replies at 1.2 s meet a 429: Telegram counted the typing sent at 1 s.
      const outcomes: Outcome<string>[] = i === 3 || i === 4 ? [{ kind: "flood", retryAfterMs: 1_000 }] : [];
      return { chat: String(100 + i), outcomes };
    });
    await time.advance(1);
    const all = Promise.all(crowd.map(({ chat, outcomes }) => send(chat, chat, "reply", outcomes)));
    await time.advance(12_000);
    await all;
    const before = typing.filter((t) => t <= 1_400).length;
    expect(before).toBeGreaterThan(0);
    expect(typing.filter((t) => t > 1_400)).toEqual([]);
  });

  it("typing goes with capacity the replies leave over: a chat held by its own limit sees it", async () => {
    const { time, budget, send } = setup({ globalPerSecond: 30, chatActionsPerSecond: 0 });
    const typing: { chat: string; at: number }[] = [];
    budget.onWaiting = (chat) => {
      typing.push({ chat, at: time.now() });
      return undefined;
    };
    // Six replies in one chat: a burst of three, then one a second; the rest wait on the chat.
    const all = Promise.all(["a", "b", "c", "d", "e", "f"].map((l) => send("7", l)));
    await time.advance(4_000);
    await all;
    expect(typing).toEqual([{ chat: "7", at: 1_000 }]);
  });

  it("a reply refused with a 429 keeps its turn, ahead of the fans who wrote after it", async () => {
    const { time, send, sent } = setup({ globalPerSecond: 3 });
    const first = send("100", "first", "reply", [{ kind: "flood", retryAfterMs: 500 }]);
    const rest = Array.from({ length: 9 }, (_, i) => send(String(101 + i), `later ${i}`));
    await time.advance(4_000);
    await Promise.all([first, ...rest]);
    // Without its turn kept, it would go after all nine (at 3 a second, after 3 s).
    expect(sent.findIndex((s) => s.label === "first")).toBeLessThanOrEqual(3);
  });

  it("idle() resolves once everything queued has been sent", async () => {
    const { time, budget, send, sent } = setup();
    for (const l of ["a", "b", "c", "d"]) void send("1", l);
    let idle = false;
    void budget.idle().then(() => (idle = true));
    await time.advance(500);
    expect(idle).toBe(false);
    await time.advance(1_000);
    expect(idle).toBe(true);
    expect(sent).toHaveLength(4);
  });

  it("no more calls in flight than a third of a second's worth, so a stalled process cannot release a clump", async () => {
    const time = fakeTime();
    const budget = new SendBudget({ globalPerSecond: 30, now: time.now, timers: time });
    let inFlight = 0;
    let most = 0;
    const slow = () =>
      budget.run({ chatId: String(Math.random()), group: false }, "reply", async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise<void>((r) => time.setTimeout(r, 2_000)); // Telegram (or our own loop) is slow
        inFlight--;
        return { kind: "done", value: null };
      });
    const all = Promise.all(Array.from({ length: 60 }, slow));
    await time.advance(20_000);
    await all;
    expect(most).toBe(10);
  });
});
