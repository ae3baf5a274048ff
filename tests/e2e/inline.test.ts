/**
 * Inline mode, Share buttons and deep links, through the real bot and the local Bot API server
 * (flood limits on): the cards each language gets, what a picked card sends, and where its links
 * lead. Expectations come from the bot's own screens, so they follow the data.
 */

import type { InlineKeyboardButton, InlineQueryResult, InlineQueryResultArticle, InputTextMessageContent } from "@grammyjs/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotMessage, type LocalUser, parseHtml } from "../../local-api/index.js";
import { INLINE_CACHE_SECONDS } from "../../src/bot/features/inline.js";
import type { Lang } from "../../src/lib/languages.js";
import { ask, BOT_USERNAME, type BotHarness, failedCalls, startBotHarness } from "../helpers/bot.js";

// After Paris 2024 and Milano Cortina 2026, before Los Angeles 2028.
const AFTER = "2026-11-25T06:00:00Z";

let h: BotHarness;
const users = {} as Record<Lang, LocalUser>;

beforeAll(async () => {
  h = await startBotHarness({ now: AFTER });
  users.en = h.api.createUser({ firstName: "Dana", languageCode: "en" });
  users.ru = h.api.createUser({ firstName: "Aru", languageCode: "ru" });
  users.kk = h.api.createUser({ firstName: "Bek", languageCode: "kk" });
});

afterAll(async () => {
  await h?.stop();
});

const article = (r: InlineQueryResult | undefined) => {
  expect(r?.type).toBe("article");
  return r as InlineQueryResultArticle;
};
const messageOf = (r: InlineQueryResult | undefined) => article(r).input_message_content as InputTextMessageContent;
const buttonsOf = (r: InlineQueryResult | undefined): InlineKeyboardButton[] => (article(r).reply_markup?.inline_keyboard ?? []).flat();
const urlOf = (r: InlineQueryResult | undefined) => buttonsOf(r).find((b): b is InlineKeyboardButton.UrlButton => "url" in b)?.url;
const payloadOf = (url: string | undefined) => new URL(url ?? "https://t.me/").searchParams.get("start");
/** What a message reads as text: the HTML parsed as the local server parses a sent message. */
const plain = (htmlText: string) => parseHtml(htmlText).text;

describe("inline mode", () => {
  it.each([
    ["en", "boxing paris", "Boxing: licenses · Paris 2024", "Aibek Oralbay"],
    ["ru", "бокс в париже", "Бокс: лицензии · Париж 2024", "Айбек Оралбай"],
    ["kk", "бокс Париж 2024", "Бокс: лицензиялар · Париж 2024", "Айбек Оралбай"],
  ] as const)(
    "%s: a sport gives its licenses, its schedule and the countdown, each opening the same screen in the bot",
    async (lang, query, title, athlete) => {
      const user = users[lang];
      const answer = await user.inlineAnswer(query);
      expect(answer.results.map((r) => r.id)).toEqual([
        expect.stringMatching(/^lic-\d+-\d+$/),
        expect.stringMatching(/^sch-\d+-\d+$/),
        "cd",
      ]);
      const [licenses, schedule, countdown] = answer.results;
      expect(article(licenses).title).toBe(title);
      expect(messageOf(licenses).parse_mode).toBe("HTML");
      expect(messageOf(licenses).message_text).toContain(athlete);

      // Each card is the bot's own screen, and its button opens that screen in the bot.
      for (const card of [licenses, schedule, countdown]) {
        const url = urlOf(card);
        expect(url).toMatch(new RegExp(`^https://t\\.me/${BOT_USERNAME}\\?start=`));
        expect(payloadOf(url)).toBe(card!.id);
        const opened = await ask(user, `/start ${payloadOf(url)}`);
        expect(opened.text).toBe(plain(messageOf(card).message_text));
        // …and passes the query on for the next share.
        expect(buttonsOf(card)).toContainEqual(expect.objectContaining({ switch_inline_query: query }));
      }
    },
  );

  it("is cached per person (the answer is in their language) for five minutes, with a button to open the bot", async () => {
    const answer = await users.kk.inlineAnswer("");
    expect(answer).toMatchObject({ cache_time: INLINE_CACHE_SECONDS, is_personal: true });
    const call = h.api.calls({ method: "answerInlineQuery" }).at(-1);
    expect(call?.params.button).toEqual({ text: "Ботты ашу", start_parameter: "menu" });
    expect((await ask(users.kk, "/start menu")).text).toContain("Сәлеметсіз бе, Bek!");
  });

  it("@bot alone offers the countdown, the license summary and the schedule", async () => {
    const results = await users.ru.inlineQuery("");
    expect(results.map((r) => r.id)).toEqual(["cd", expect.stringMatching(/^ls-\d+$/), expect.stringMatching(/^sch-\d+-0$/)]);
    expect(article(results[0]).title).toBe("⏳ Обратный отсчёт");
    expect(article(results[0]).description).toContain("Лос-Анджелес 2028: осталось");
    // The summary of the Games whose licenses are being won now.
    expect(article(results[1]).title).toBe("Лицензии · Лос-Анджелес 2028");
    expect(messageOf(results[1]).message_text).toContain("Идёт отбор на эти Игры");
  });

  it("@bot with a Games offers its summary, its schedule and the countdown", async () => {
    const results = await users.ru.inlineQuery("париж");
    expect(results.map((r) => r.id)).toEqual([expect.stringMatching(/^ls-\d+$/), expect.stringMatching(/^sch-\d+-0$/), "cd"]);
    expect(article(results[0]).title).toBe("Лицензии · Париж 2024");
    // A shared summary has no "tap a sport" hint: its buttons are not there.
    expect(messageOf(results[0]).message_text).not.toContain("Нажмите");
    const opened = await ask(users.ru, `/start ${results[0]!.id}`);
    expect(opened.text).toContain("Нажмите");
    expect(plain(messageOf(results[0]).message_text)).toBe(opened.text.replace(/\n\n[^\n]*Нажмите[^\n]*$/, ""));
  });

  it("athlete names work as in the bot, in either script", async () => {
    const twins = await users.kk.inlineQuery("Оралбай");
    expect(twins.map((r) => article(r).title)).toEqual(["Айбек Оралбай", "Нұрбек Оралбай"]);
    expect(twins.map((r) => r.id)).toEqual([expect.stringMatching(/^ath-\d+$/), expect.stringMatching(/^ath-\d+$/)]);
    const one = await users.en.inlineQuery("yakovlv");
    expect(article(one[0]).title).toBe("Vladislav Yakovlev");
    expect(messageOf(one[0]).message_text).toContain("Rowing");
  });

  it("unknown, HTML-looking, SQL-looking, emoji and very long queries get one helpful card", async () => {
    for (const query of ["xyzzy", "<b>xyzzy</b>&", "'; DROP TABLE licenses; --", "🥊🥊🥊", "ы".repeat(256)]) {
      const results = await users.en.inlineQuery(query);
      expect(
        results.map((r) => r.id),
        query,
      ).toEqual(["none"]);
      expect(article(results[0]).title).toBe(`Nothing found for “${query.slice(0, 40)}”`);
      expect(messageOf(results[0]).message_text).toContain("Open the bot");
      expect(payloadOf(urlOf(results[0]))).toBe("menu");
    }
    expect(failedCalls(h.api)).toEqual([]);
  });

  it("cards of Games that are over (Milano Cortina 2026, named) say what is not listed without 'yet'", async () => {
    const cards: Record<Lang, [string, string[]]> = {
      en: ["figure skating 2026", ["No licenses listed", "Competition dates not recorded here"]],
      ru: ["фигурное катание милан", ["Лицензий в списке нет", "Даты соревнований здесь не внесены"]],
      kk: ["мәнерлеп сырғанау 2026", ["Лицензиялар тізімде жоқ", "Жарыс күндері мұнда енгізілмеген"]],
    };
    for (const lang of ["en", "ru", "kk"] as const) {
      const [query, expected] = cards[lang];
      const results = await users[lang].inlineQuery(query);
      const descriptions = results.map((r) => article(r).description ?? "");
      for (const line of expected) expect(descriptions, `${lang} ${query}`).toContain(line);
      expect(descriptions.join("\n"), lang).not.toMatch(/ yet\b|пока|әзірге/);
    }
  });

  it("a loose query offers the sports it may mean", async () => {
    const results = await users.en.inlineQuery("box");
    expect(article(results[0]).title).toBe("Boxing: licenses · Los Angeles 2028");
  });
});

describe("a picked card", () => {
  it.each(["en", "ru", "kk"] as const)(
    "%s: arrives in a group as the fan's message via the bot, and its link opens the screen in the bot",
    async (lang) => {
      const fan = users[lang];
      const friend = h.api.createUser({ firstName: "Friend", languageCode: "en" });
      const group = h.api.createGroup({ title: `Fans ${lang}`, members: [fan, friend] });
      const answer = await fan.inlineAnswer(lang === "en" ? "boxing" : "бокс", { chat: group });
      const arrived = friend.waitForChatMessage({ chat: group });
      const posted = await fan.chooseInlineResult(answer, 0, { chat: group });
      const seen = await arrived;
      expect(seen.message_id).toBe(posted.message_id);
      expect(seen.from?.id).toBe(fan.id);
      expect(seen.via_bot?.username).toBe(BOT_USERNAME);
      expect(seen.text).toBe(plain(messageOf(answer.results[0]).message_text));
      expect(seen.entities?.some((e) => e.type === "bold")).toBe(true);

      // The bot hears of the pick (chosen_inline_result), and does not answer its own card.
      const url = seen.reply_markup?.inline_keyboard.flat().find((b): b is InlineKeyboardButton.UrlButton => "url" in b)?.url;
      const opened = fan.waitForMessage();
      await fan.openLink(url!);
      expect((await opened).text).toBe(seen.text);
      expect(h.api.calls({ method: "sendMessage", chatId: group.id })).toEqual([]);
      expect(h.logs.some((line) => line.includes("inline result chosen"))).toBe(true);
    },
  );

  it("picked in the fan's own chat with the bot, the card is not taken for a question", async () => {
    const fan = users.en;
    const results = await fan.inlineQuery("boxing");
    const before = fan.messages().length;
    await fan.chooseInlineResult(results, 0, { chat: fan.id });
    // A question after it is answered first: nothing was sent about the card.
    const reply = await ask(fan, "/countdown");
    expect(reply.text).toContain("Countdown");
    expect(fan.messages().length).toBe(before + 1);
  });
});

describe("Share buttons", () => {
  const share = (m: BotMessage) =>
    m.reply_markup?.inline_keyboard.flat().find((b) => "switch_inline_query" in b) as InlineKeyboardButton.SwitchInlineButton | undefined;

  it("a sport's licenses and schedule share the card of the same sport and Games", async () => {
    for (const lang of ["en", "ru", "kk"] as const) {
      const licenses = await ask(users[lang], "/licenses boxing paris");
      const tapped = await users[lang].tap(licenses, `↗️ ${{ en: "Share", ru: "Поделиться", kk: "Бөлісу" }[lang]}`);
      expect(tapped).toMatchObject({ kind: "switchInline", currentChat: false });
      const query = share(licenses)?.switch_inline_query;
      expect(tapped).toMatchObject({ query });
      // The sport and the Games as a fan names them: no slug in the fan's input field.
      expect(query, lang).toBe({ en: "Boxing Paris 2024", ru: "Бокс Париж 2024", kk: "Бокс Париж 2024" }[lang]);
      const [card] = await users[lang].inlineQuery(query!);
      expect(payloadOf(urlOf(card))).toMatch(/^lic-/);
      expect(plain(messageOf(card).message_text)).toBe(licenses.text);
    }
    const schedule = await ask(users.en, "/schedule triathlon paris");
    const query = share(schedule)?.switch_inline_query;
    expect(query).toBe("Triathlon Paris 2024");
    const cards = await users.en.inlineQuery(query!);
    const card = cards.find((c) => c.id.startsWith("sch-"));
    expect(plain(messageOf(card).message_text)).toBe(schedule.text);
  });

  it("a summary of Games that are not the default shares those Games", async () => {
    const data = await h.app.readModel.current();
    const para = data.catalog.games.find((g) => g.slug === "paris-2024-paralympic")!;
    const summary = await ask(users.kk, `/start ls-${para.id}`);
    expect(share(summary)?.switch_inline_query).toBe("Париж 2024 (Паралимпиада)");
    const [card] = await users.kk.inlineQuery("Париж 2024 (Паралимпиада)");
    expect(card?.id).toBe(`ls-${para.id}`);
    expect(plain(messageOf(card).message_text)).toBe(summary.text.replace(/\n\n[^\n]*$/, ""));
  });

  it("the summary and the full schedule share their Games", async () => {
    const summary = await ask(users.ru, "/licenses");
    expect(share(summary)?.switch_inline_query).toBe("Лос-Анджелес 2028");
    const [card] = await users.ru.inlineQuery("Лос-Анджелес 2028");
    expect(card?.id).toMatch(/^ls-/);
    expect(article(card).title).toBe("Лицензии · Лос-Анджелес 2028");
  });

  it("what older Share buttons typed (a slug) still finds its Games", async () => {
    const [licenses] = await users.ru.inlineQuery("бокс paris-2024-olympic");
    expect(article(licenses).title).toBe("Бокс: лицензии · Париж 2024");
    const [summary] = await users.en.inlineQuery("paris-2024-paralympic");
    expect(article(summary).title).toBe("Licenses · Paris 2024 (Paralympic)");
  });
});

describe("deep links", () => {
  it("forged, stale and mistyped payloads get a polite answer and the main menu", async () => {
    for (const payload of [
      "lic-1-999999",
      "lic-999999-1",
      "sch-1-999999",
      "ath-999999",
      "ls-0",
      "cd-1",
      "lic-01-7",
      "x".repeat(64),
      "<b>hi</b>",
      "'; DROP TABLE chats; --",
    ]) {
      const reply = await ask(users.en, `/start ${payload}`);
      expect(reply.text, payload).toBe(
        "This link does not lead to anything I know: it may be old or mistyped. Here is what I can show you:",
      );
      expect(reply.buttons.flat().length, payload).toBeGreaterThan(0);
    }
    const kk = await ask(users.kk, "/start lic-1-999999");
    expect(kk.text).toContain("Бұл сілтеме ешқайда апармайды");
    expect(failedCalls(h.api)).toEqual([]);
  });

  it("a bare /start still greets", async () => {
    expect((await ask(users.ru, "/start")).text).toContain("Aru");
  });
});
