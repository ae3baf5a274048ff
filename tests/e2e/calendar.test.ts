// "Add to calendar" through the real bot and the local Bot API (sendDocument, then the user's
// download), and the subscribable feed over HTTP: parse-back, languages, 404s, ETag/304, and a
// staff change showing up in the next fetch.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zoneWords } from "../../src/bot/render/format.js";
import { competitionWindows } from "../../src/db/schema.js";
import { type FanData, findGames, loadFanData, scheduleFor } from "../../src/domain/fan-data.js";
import type { Lang } from "../../src/lib/languages.js";
import { addDays } from "../../src/lib/zoned-time.js";
import { ask, type BotHarness, buttonTexts, eventually, failedCalls, startBotHarness } from "../helpers/bot.js";
import { bySlug } from "../helpers/fixtures.js";
import { parseIcs } from "../helpers/ics.js";

const PUBLIC_URL = "https://kz-fans.example.org";
const NOW = "2024-07-20T10:00:00Z";

let h: BotHarness;
let base: string;
let data: FanData;

beforeAll(async () => {
  h = await startBotHarness({ now: NOW, http: true, env: { PUBLIC_URL } });
  base = `http://127.0.0.1:${h.app.port}`;
  data = await loadFanData(h.db);
});

afterAll(async () => {
  await h?.stop();
});

const LABEL: Record<Lang, string> = { en: "🗓 Add to calendar", ru: "🗓 Добавить в календарь", kk: "🗓 Күнтізбеге қосу" };
const BOXING: Record<Lang, string> = {
  en: "Boxing — Paris 2024 Olympic Games",
  ru: "Бокс — Олимпийские игры «Париж 2024»",
  kk: "Бокс — «Париж 2024» Олимпиада ойындары",
};
const STALE = "This button is out of date. Send /start for fresh ones.";

describe("Add to calendar in the chat", () => {
  for (const lang of ["ru", "kk", "en"] as const) {
    it(`${lang}: the sport's schedule sends its .ics, in ${lang}, with the zone and the feed link`, async () => {
      const fan = h.api.createUser({ firstName: `Fan-${lang}`, languageCode: lang });
      const schedule = await ask(fan, "/schedule boxing");
      expect(buttonTexts(schedule)).toContain(LABEL[lang]);
      const answer = await fan.press(schedule, LABEL[lang]);
      expect(answer.text).toBeUndefined();
      const doc = await fan.waitForMessage();
      expect(doc.document).toMatchObject({ file_name: "paris-2024-olympic-boxing.ics", mime_type: "text/calendar" });
      const feedUrl = `${PUBLIC_URL}/calendar/paris-2024-olympic/boxing.ics?lang=${lang}`;
      expect(doc.text).toContain(BOXING[lang]);
      expect(doc.text).toContain(zoneWords("Europe/Paris", lang));
      expect(doc.text).not.toContain("Europe/Paris");
      expect(doc.text).toContain(feedUrl);
      expect(doc.text.length).toBeLessThanOrEqual(1024);

      const file = await fan.download(doc);
      const parsed = parseIcs(file.text);
      expect(parsed.name).toBe(BOXING[lang]);
      const paris = findGames(data, "paris-2024-olympic")!;
      const boxing = bySlug(data.sports, "boxing");
      const windows = parsed.events.filter((e) => e.uid.startsWith("window."));
      expect(windows.map((e) => [e.startDate, e.endDate])).toEqual(
        scheduleFor(data, paris.id, boxing.id).map((w) => [w.firstDay, addDays(w.lastDay, 1)]),
      );
      const opening = parsed.events.find((e) => e.uid.startsWith("opening."))!;
      expect(opening.start!.toISOString()).toBe("2024-07-26T17:30:00.000Z");
      for (const e of parsed.events) expect(e.stamp.toISOString()).toBe(new Date(NOW).toISOString());

      // The file is what the feed serves for this language (same clock, same data).
      const feed = await fetch(`${base}/calendar/paris-2024-olympic/boxing.ics?lang=${lang}`);
      expect(await feed.text()).toBe(file.text);
    });
  }

  it("the full Games schedule has it too: the whole Games' file", async () => {
    const fan = h.api.createUser({ firstName: "Dana", languageCode: "en" });
    const schedule = await ask(fan, "/schedule");
    await fan.press(schedule, LABEL.en);
    const doc = await fan.waitForMessage();
    expect(doc.document?.file_name).toBe("paris-2024-olympic.ics");
    expect(doc.text).toContain(`${PUBLIC_URL}/calendar/paris-2024-olympic/all.ics?lang=en`);
    const parsed = parseIcs((await fan.download(doc)).text);
    const paris = findGames(data, "paris-2024-olympic")!;
    expect(parsed.events.filter((e) => e.uid.startsWith("window."))).toHaveLength(scheduleFor(data, paris.id).length);
    expect(parsed.events.some((e) => e.uid.startsWith("medal."))).toBe(true);
  });

  it("a stale or forged calendar button gets the polite stale answer and no document", async () => {
    const fan = h.api.createUser({ firstName: "Bek", languageCode: "en" });
    const schedule = await ask(fan, "/schedule boxing");
    const paris = findGames(data, "paris-2024-olympic")!;
    const paraJudo = bySlug(data.sports, "para-judo");
    const before = h.api.calls({ method: "sendDocument" }).length;
    for (const forged of ["cal:999999:0", `cal:${paris.id}:999999`, `cal:${paris.id}:${paraJudo.id}`]) {
      expect((await fan.press(schedule, { data: forged })).text, forged).toBe(STALE);
    }
    // Not even a well-formed prefix: the generic stale-buttons handler answers it the same way.
    expect((await fan.press(schedule, { data: "cal:01:0" })).text).toBe(STALE);
    expect(h.api.calls({ method: "sendDocument" }).length).toBe(before);
  });

  it("quick presses in one chat: each file goes out paced under the chat's limit, never refused with a 429", async () => {
    const fan = h.api.createUser({ firstName: "Quick", languageCode: "en" });
    const schedule = await ask(fan, "/schedule judo");
    const before = h.api.calls({ method: "sendDocument", chatId: fan.chat.id }).length;
    await Promise.all(Array.from({ length: 6 }, () => fan.press(schedule, LABEL.en)));
    await fan.waitForMessages(6);
    const sends = h.api.calls({ method: "sendDocument", chatId: fan.chat.id }).slice(before);
    expect(sends).toHaveLength(6);
    expect(sends.filter((c) => !c.ok).map((c) => c.error?.error_code)).toEqual([]);
    // Paced: six messages in a chat cannot all go out within one second.
    expect(sends.at(-1)!.at.getTime() - sends[0]!.at.getTime()).toBeGreaterThanOrEqual(1000);
    expect(failedCalls(h.api)).toEqual([]);
  }, 60_000);
});

describe("the feed over HTTP", () => {
  const url = (path: string) => `${base}${path}`;

  it("serves text/calendar that parses back to the schedule; HEAD without a body", async () => {
    const res = await fetch(url("/calendar/paris-2024-olympic/judo.ics"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("etag")).toMatch(/^W\/"v\d+-en-[\w-]+"$/);
    const parsed = parseIcs(await res.text());
    expect(parsed.name).toBe("Judo — Paris 2024 Olympic Games");
    expect(parsed.events.filter((e) => e.uid.startsWith("medal.")).map((e) => e.startDate)).toEqual(["2024-07-27", "2024-07-28"]);

    const head = await fetch(url("/calendar/paris-2024-olympic/judo.ics"), { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(res.headers.get("etag"));
    expect(await head.text()).toBe("");
  });

  it("speaks ?lang=, else Accept-Language, else English; refuses an unknown language", async () => {
    const name = async (path: string, headers: Record<string, string> = {}) =>
      parseIcs(await (await fetch(url(path), { headers })).text()).name;
    expect(await name("/calendar/paris-2024-olympic/boxing.ics?lang=ru")).toBe(BOXING.ru);
    expect(await name("/calendar/paris-2024-olympic/boxing.ics?lang=kk")).toBe(BOXING.kk);
    expect(await name("/calendar/paris-2024-olympic/boxing.ics", { "accept-language": "de-DE, kk;q=0.9, ru;q=0.8" })).toBe(BOXING.kk);
    expect(await name("/calendar/paris-2024-olympic/boxing.ics", { "accept-language": "fr" })).toBe(BOXING.en);
    expect(await name("/calendar/paris-2024-olympic/boxing.ics")).toBe(BOXING.en);
    expect((await fetch(url("/calendar/paris-2024-olympic/all.ics?lang=ru"))).status).toBe(200);
    const bad = await fetch(url("/calendar/paris-2024-olympic/boxing.ics?lang=de"));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("lang=ru");
  });

  it("answers 404 with a short text for unknown Games, sports, a sport of the other kind, and other paths", async () => {
    for (const [path, says] of [
      ["/calendar/paris-2028-olympic/boxing.ics", "No such Games"],
      ["/calendar/paris-2024-olympic/quidditch.ics", "No such sport"],
      ["/calendar/paris-2024-olympic/para-judo.ics", "No such sport"],
      ["/calendar/paris-2024-olympic/boxing", "Not found"],
      ["/calendar/1/2.ics", "No such Games"],
      ["/calendar/", "Not found"],
      ["/calendar/paris-2024-olympic/../boxing.ics", "Not found"],
    ] as const) {
      const res = await fetch(url(path));
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type"), path).toBe("text/plain; charset=utf-8");
      expect(await res.text(), path).toContain(says);
    }
  });

  it("answers 304 to its own ETag, per language, and follows a staff change at the next fetch", async () => {
    const path = url("/calendar/paris-2024-olympic/boxing.ics?lang=en");
    const first = await fetch(path);
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const again = await fetch(path, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await fetch(path, { headers: { "if-none-match": `"other", ${etag}` } })).status).toBe(304);
    const ru = await fetch(url("/calendar/paris-2024-olympic/boxing.ics?lang=ru"), { headers: { "if-none-match": etag } });
    expect(ru.status).toBe(200);
    expect(ru.headers.get("etag")).not.toBe(etag);

    // Staff move boxing's last day and learn its first start (test data, straight into the store):
    // the read model hears of it, and the feed serves the change with a new ETag.
    const paris = findGames(data, "paris-2024-olympic")!;
    const boxing = bySlug(data.sports, "boxing");
    await h.db
      .update(competitionWindows)
      .set({ lastDay: "2024-08-09", startsAt: new Date("2024-07-27T11:00:00+02:00") })
      .where(and(eq(competitionWindows.gamesId, paris.id), eq(competitionWindows.sportId, boxing.id)));
    const changed = await eventually(async () => {
      const res = await fetch(path, { headers: { "if-none-match": etag } });
      expect(res.status).toBe(200);
      return res;
    });
    expect(changed.headers.get("etag")).not.toBe(etag);
    const events = parseIcs(await changed.text()).events;
    expect(events.find((e) => e.uid === "window.paris-2024-olympic.boxing@olympic-licenses-bot")).toMatchObject({
      startDate: "2024-07-27",
      endDate: "2024-08-10",
    });
    expect(events.find((e) => e.uid === "first-start.paris-2024-olympic.boxing@olympic-licenses-bot")).toMatchObject({
      tzid: "Europe/Paris",
      wallTime: "11:00",
      start: new Date("2024-07-27T09:00:00Z"),
    });
    // ...and so does the bot's file.
    const fan = h.api.createUser({ firstName: "Aru", languageCode: "en" });
    const schedule = await ask(fan, "/schedule boxing");
    await fan.press(schedule, LABEL.en);
    const doc = await fan.waitForMessage();
    expect(parseIcs((await fan.download(doc)).text).events.some((e) => e.uid.startsWith("first-start."))).toBe(true);
  });
});

describe("without a public URL", () => {
  it("sends the file with no feed link", async () => {
    const quiet = await startBotHarness({ now: NOW });
    try {
      const fan = quiet.api.createUser({ firstName: "Aru", languageCode: "en" });
      const schedule = await ask(fan, "/schedule judo");
      await fan.press(schedule, LABEL.en);
      const doc = await fan.waitForMessage();
      expect(doc.document?.file_name).toBe("paris-2024-olympic-judo.ics");
      expect(doc.text).not.toContain("http");
      expect(doc.text).toContain("Paris time");
      expect(doc.text).not.toContain("Europe/Paris");
    } finally {
      await quiet.stop();
    }
  });
});

describe("in webhook mode", () => {
  it("links the feed on WEBHOOK_URL's origin, and the link serves the same file", async () => {
    const hook = await startBotHarness({ now: NOW, mode: "webhook" });
    try {
      const fan = hook.api.createUser({ firstName: "Aru", languageCode: "ru" });
      const schedule = await ask(fan, "/schedule бокс");
      await fan.press(schedule, LABEL.ru);
      const doc = await fan.waitForMessage();
      const link = `http://127.0.0.1:${hook.app.port}/calendar/paris-2024-olympic/boxing.ics?lang=ru`;
      expect(doc.text).toContain(link);
      const res = await fetch(link);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe((await fan.download(doc)).text);
    } finally {
      await hook.stop();
    }
  });
});
