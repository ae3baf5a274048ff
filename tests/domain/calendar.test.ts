// The calendar (domain/calendar.ts) and its .ics (bot/views/calendar.ts), read back with ical.js and
// compared with the schedule the bot shows: all-day dates on host dates, timed instants across
// zones and DST, ceremonies, medals, each language, escaping.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../../src/bot/i18n.js";
import { zoneWords } from "../../src/bot/render/format.js";
import { calendarCaption, calendarFeedPath, calendarFileName, renderCalendarIcs } from "../../src/bot/views/calendar.js";
import { renderContext } from "../../src/bot/views/render-context.js";
import { athleteName } from "../../src/domain/athletes.js";
import { gamesCalendar, UID_DOMAIN } from "../../src/domain/calendar.js";
import { type FanData, findGames, gamesResults, loadFanData, scheduleFor } from "../../src/domain/fan-data.js";
import type { CompetitionWindow, Games, Sport } from "../../src/domain/types.js";
import { LANGS, type Lang } from "../../src/lib/languages.js";
import { addDays } from "../../src/lib/zoned-time.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { bySlug } from "../helpers/fixtures.js";
import { type ParsedEvent, parseIcs } from "../helpers/ics.js";

const i18n = createI18n();
const STAMP = new Date("2024-07-20T08:15:00Z");
const rcOf = (lang: Lang) => renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, STAMP);

let database: TestDatabase;
let data: FanData;
const games = (slug: string): Games => findGames(data, slug)!;
const sport = (slug: string): Sport => bySlug(data.sports, slug);

function ics(lang: Lang, gamesSlug: string, sportSlug: string | null, d: FanData = data): string {
  const cal = gamesCalendar(d, games(gamesSlug).id, sportSlug === null ? null : sport(sportSlug).id, STAMP);
  if (!cal) throw new Error(`no calendar for ${gamesSlug}/${sportSlug}`);
  return renderCalendarIcs(rcOf(lang), cal);
}

const byUid = (events: ParsedEvent[], prefix: string) => events.filter((e) => e.uid.startsWith(prefix));
const one = (events: ParsedEvent[], uid: string) => {
  const found = events.filter((e) => e.uid === uid);
  expect(found, uid).toHaveLength(1);
  return found[0]!;
};

/** The snapshot with some windows changed: test data for what the seed does not have (clock times, awkward notes). */
function withWindows(d: FanData, change: (w: CompetitionWindow) => CompetitionWindow, extra: CompetitionWindow[] = []): FanData {
  return { ...d, windows: [...d.windows.map(change), ...extra] };
}

beforeAll(async () => {
  database = await createTestDatabase();
  data = await loadFanData(database.db);
});

afterAll(async () => {
  await database?.close();
});

describe("a sport's calendar, parsed back", () => {
  it("has every competition window as all-day events on the host's dates, DTEND the day after the last", () => {
    const paris = games("paris-2024-olympic");
    for (const slug of ["boxing", "judo", "athletics", "trampoline", "surfing"]) {
      const parsed = parseIcs(ics("en", "paris-2024-olympic", slug));
      const windows = byUid(parsed.events, "window.");
      const schedule = scheduleFor(data, paris.id, sport(slug).id);
      expect(schedule.length, slug).toBeGreaterThan(0);
      expect(windows.map((e) => [e.allDay, e.startDate, e.endDate])).toEqual(
        schedule.map((w) => [true, w.firstDay, addDays(w.lastDay, 1)]),
      );
    }
    // Boxing as the schedule view shows it: 27 July to 10 August, Paris dates.
    const boxing = one(parseIcs(ics("en", "paris-2024-olympic", "boxing")).events, `window.paris-2024-olympic.boxing@${UID_DOMAIN}`);
    expect([boxing.startDate, boxing.endDate, boxing.summary]).toEqual(["2024-07-27", "2024-08-11", "Boxing: competition days"]);
    // A one-day window (trampoline, 2 August) is one day long.
    const trampoline = byUid(parseIcs(ics("en", "paris-2024-olympic", "trampoline")).events, "window.")[0]!;
    expect([trampoline.startDate, trampoline.endDate]).toEqual(["2024-08-02", "2024-08-03"]);
  });

  it("a sport takes in its disciplines' windows (cycling: road, mountain bike, BMX, track)", () => {
    const parsed = parseIcs(ics("en", "paris-2024-olympic", "cycling"));
    const windows = byUid(parsed.events, "window.");
    expect(windows.length).toBe(scheduleFor(data, games("paris-2024-olympic").id, sport("cycling").id).length);
    expect(windows.length).toBeGreaterThanOrEqual(4);
  });

  it("has both ceremonies: Paris's opening timed at 19:30 CEST in Europe/Paris, its closing all-day (time unknown)", () => {
    const paris = games("paris-2024-olympic");
    const parsed = parseIcs(ics("en", "paris-2024-olympic", "boxing"));
    expect(parsed.timezones).toEqual(["Europe/Paris"]);
    expect(parsed.wrTimezone).toBe("Europe/Paris");
    const opening = one(parsed.events, `opening.paris-2024-olympic@${UID_DOMAIN}`);
    expect(opening).toMatchObject({ allDay: false, tzid: "Europe/Paris", offset: "+02:00", wallTime: "19:30", hasEnd: false });
    expect(opening.start!.toISOString()).toBe(paris.opensAt!.toISOString());
    expect(opening.start!.toISOString()).toBe("2024-07-26T17:30:00.000Z");
    expect(opening.summary).toBe("Opening ceremony — Paris 2024 Olympic Games");
    expect(opening.description).toContain("Only the start is known");
    const closing = one(parsed.events, `closing.paris-2024-olympic@${UID_DOMAIN}`);
    expect(closing).toMatchObject({ allDay: true, startDate: "2024-08-11", endDate: "2024-08-12" });
    expect(closing.description).toContain("The start time is not known yet.");
  });

  it("winter (Milano Cortina, CET) and Los Angeles (PDT) openings land on the right instant", () => {
    const milano = parseIcs(ics("en", "milano-cortina-2026-olympic", null));
    expect(milano.timezones).toEqual(["Europe/Rome"]);
    const mo = one(milano.events, `opening.milano-cortina-2026-olympic@${UID_DOMAIN}`);
    expect(mo).toMatchObject({ tzid: "Europe/Rome", offset: "+01:00", wallTime: "20:00" });
    expect(mo.start!.toISOString()).toBe("2026-02-06T19:00:00.000Z");
    // No windows for these Games: the ceremonies and Shaidorov's gold on its day.
    expect(milano.events.map((e) => e.uid.split(".")[0])).toEqual(["opening", "closing", "medal"]);

    const la = parseIcs(ics("en", "la-2028-olympic", null));
    const lo = one(la.events, `opening.la-2028-olympic@${UID_DOMAIN}`);
    expect(lo).toMatchObject({ tzid: "America/Los_Angeles", offset: "-07:00", wallTime: "17:00" });
    // 17:00 in Los Angeles is already the next day in UTC (and in Almaty).
    expect(lo.start!.toISOString()).toBe("2028-07-15T00:00:00.000Z");
    // LA Paralympics: no ceremony time known, so both ceremonies are all-day on their dates.
    const lap = parseIcs(ics("en", "la-2028-paralympic", null));
    expect(lap.timezones).toEqual([]);
    expect(lap.events.map((e) => [e.uid.split(".")[0], e.allDay, e.startDate])).toEqual([
      ["opening", true, "2028-08-15"],
      ["closing", true, "2028-08-27"],
    ]);
  });

  it("a known first start is a timed event (no end) beside the all-day span, right across DST", () => {
    // Test data: the seed has no clock times for windows. Boxing's first start at 11:00 Paris
    // (CEST), and an invented window either side of Europe/Rome's spring-forward (29 March 2026).
    const paris = games("paris-2024-olympic");
    const rome = games("milano-cortina-2026-paralympic");
    const rowing = sport("para-rowing");
    const changed = withWindows(
      data,
      (w) => (w.gamesId === paris.id && w.sport.slug === "boxing" ? { ...w, startsAt: new Date("2024-07-27T11:00:00+02:00") } : w),
      [
        {
          gamesId: rome.id,
          sport: rowing,
          firstDay: "2026-03-28",
          lastDay: "2026-03-29",
          startsAt: new Date("2026-03-29T03:30:00+02:00"),
          note: null,
        },
      ],
    );
    const boxing = parseIcs(ics("en", "paris-2024-olympic", "boxing", changed));
    const first = one(boxing.events, `first-start.paris-2024-olympic.boxing@${UID_DOMAIN}`);
    expect(first).toMatchObject({
      allDay: false,
      tzid: "Europe/Paris",
      offset: "+02:00",
      wallTime: "11:00",
      hasEnd: false,
      summary: "Boxing: first start",
    });
    expect(first.start!.toISOString()).toBe("2024-07-27T09:00:00.000Z");
    expect(one(boxing.events, `window.paris-2024-olympic.boxing@${UID_DOMAIN}`)).toMatchObject({ allDay: true, startDate: "2024-07-27" });

    const spring = parseIcs(ics("en", "milano-cortina-2026-paralympic", "para-rowing", changed));
    const after = one(spring.events, `first-start.milano-cortina-2026-paralympic.para-rowing@${UID_DOMAIN}`);
    // 03:30 on the morning the clocks went forward: CEST, UTC+2, 01:30 UTC.
    expect(after).toMatchObject({ tzid: "Europe/Rome", offset: "+02:00", wallTime: "03:30" });
    expect(after.start!.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // The Paralympic opening three weeks earlier, in the same file and zone, is still CET.
    const opening = one(spring.events, `opening.milano-cortina-2026-paralympic@${UID_DOMAIN}`);
    expect(opening).toMatchObject({ offset: "+01:00", wallTime: "20:00" });
    expect(opening.start!.toISOString()).toBe("2026-03-06T19:00:00.000Z");
  });

  it("writes the same digits whatever the process's own time zone", () => {
    const saved = process.env.TZ;
    const render = () => ics("en", "la-2028-olympic", null).replace(/^DTSTAMP.*$/gm, "");
    try {
      process.env.TZ = "UTC";
      const utc = render();
      for (const tz of ["America/Los_Angeles", "Asia/Almaty", "Pacific/Kiritimati", "Europe/Paris"]) {
        process.env.TZ = tz;
        // The zone did change for this process (else this test could not fail).
        expect(new Date("2024-07-27T00:00:00Z").getTimezoneOffset(), tz).not.toBe(0);
        expect(render(), tz).toBe(utc);
        expect(ics("en", "paris-2024-olympic", "judo")).toContain("DTSTART;VALUE=DATE:20240727");
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("has the team's medals on the day won, where that day is known", () => {
    const paris = games("paris-2024-olympic");
    const judo = parseIcs(ics("en", "paris-2024-olympic", "judo"));
    const medals = byUid(judo.events, "medal.");
    const known = gamesResults(data, paris.id).filter((r) => r.sport.slug === "judo" && r.wonOn);
    expect(medals.map((m) => [m.startDate, m.endDate])).toEqual(
      [...known].sort((a, b) => a.wonOn!.localeCompare(b.wonOn!)).map((r) => [r.wonOn, addDays(r.wonOn!, 1)]),
    );
    expect(medals.map((m) => m.summary)).toEqual(["🥇 Yeldos Smetov — gold, Judo, −60 kg", "🥉 Gusman Kyrgyzbayev — bronze, Judo, −66 kg"]);
    // Boxing's two medals have no recorded day: not put on a guessed one, but listed in the boxing window.
    const boxing = parseIcs(ics("en", "paris-2024-olympic", "boxing"));
    expect(byUid(boxing.events, "medal.")).toEqual([]);
    expect(one(boxing.events, `window.paris-2024-olympic.boxing@${UID_DOMAIN}`).description.split("\n").slice(-3)).toEqual([
      "The team's medals in this sport (the day is not recorded):",
      "🥈 Nurbek Oralbay — silver, Boxing, 80 kg",
      "🥉 Nazym Kyzaibay — bronze, Boxing, Women's 50 kg",
    ]);
    // Judo's are all dated: its window lists none.
    expect(one(judo.events, `window.paris-2024-olympic.judo@${UID_DOMAIN}`).description).not.toContain("not recorded");
    // The whole Games: every dated medal, and the mixed team named by both athletes.
    const all = parseIcs(ics("en", "paris-2024-olympic", null));
    expect(byUid(all.events, "medal.")).toHaveLength(gamesResults(data, paris.id).filter((r) => r.wonOn).length);
    expect(all.events.map((e) => e.summary)).toContain("🥉 Alexandra Le, Islam Satpayev — bronze, Shooting, 10 m air rifle mixed team");
  });

  it("the whole Games: ceremonies and every window, each event once with a unique, stable UID and the stamp passed in", () => {
    const paris = games("paris-2024-olympic");
    const parsed = parseIcs(ics("en", "paris-2024-olympic", null));
    expect(byUid(parsed.events, "window.")).toHaveLength(scheduleFor(data, paris.id).length);
    const uids = parsed.events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const e of parsed.events) expect(e.stamp.toISOString()).toBe(STAMP.toISOString());
    // None of it marks the fan busy.
    expect(new Set(parsed.events.map((e) => e.transp))).toEqual(new Set(["TRANSPARENT"]));
    // Another language, another day: the same events (so an import updates them).
    const later = gamesCalendar(data, paris.id, null, new Date("2024-08-01T00:00:00Z"))!;
    expect(parseIcs(renderCalendarIcs(rcOf("kk"), later)).events.map((e) => e.uid)).toEqual(uids);
    // The sport's file names its events as the whole Games' file does.
    const boxingUids = parseIcs(ics("ru", "paris-2024-olympic", "boxing")).events.map((e) => e.uid);
    for (const uid of boxingUids) expect(uids).toContain(uid);
  });

  it("refuses an unknown Games and a sport of the other kind", () => {
    expect(gamesCalendar(data, 999_999, null, STAMP)).toBeNull();
    expect(gamesCalendar(data, games("paris-2024-olympic").id, sport("para-judo").id, STAMP)).toBeNull();
    expect(gamesCalendar(data, games("paris-2024-olympic").id, 999_999, STAMP)).toBeNull();
  });
});

describe("the calendar in each language", () => {
  const expected: Record<Lang, { name: string; window: string; opening: string; medal: string; days: string }> = {
    en: {
      name: "Judo — Paris 2024 Olympic Games",
      window: "Judo: competition days",
      opening: "Opening ceremony — Paris 2024 Olympic Games",
      medal: "🥇 Yeldos Smetov — gold, Judo, −60 kg",
      days: "Dates are Paris time.",
    },
    ru: {
      name: "Дзюдо — Олимпийские игры «Париж 2024»",
      window: "Дзюдо: дни соревнований",
      opening: "Церемония открытия — Олимпийские игры «Париж 2024»",
      medal: "🥇 Елдос Сметов — золото, дзюдо, до 60 кг",
      days: "Даты указаны по парижскому времени.",
    },
    kk: {
      name: "Дзюдо — «Париж 2024» Олимпиада ойындары",
      window: "Дзюдо: жарыс күндері",
      opening: "Ашылу салтанаты — «Париж 2024» Олимпиада ойындары",
      medal: "🥇 Елдос Сметов — алтын, дзюдо, 60 кг-ға дейін",
      days: "Күндер Париж уақытымен көрсетілген.",
    },
  };

  for (const lang of LANGS) {
    it(`${lang}: names, titles and descriptions, athletes in the reader's script`, () => {
      const parsed = parseIcs(ics(lang, "paris-2024-olympic", "judo"));
      const e = expected[lang];
      expect(parsed.name).toBe(e.name);
      expect(parsed.prodId).toBe(`-//olympic-licenses-bot//calendar//${lang.toUpperCase()}`);
      expect(parsed.method).toBe("PUBLISH");
      expect(one(parsed.events, `window.paris-2024-olympic.judo@${UID_DOMAIN}`)).toMatchObject({ summary: e.window });
      expect(one(parsed.events, `window.paris-2024-olympic.judo@${UID_DOMAIN}`).description).toContain(e.days);
      expect(one(parsed.events, `opening.paris-2024-olympic@${UID_DOMAIN}`).summary).toBe(e.opening);
      expect(parsed.events.map((x) => x.summary)).toContain(e.medal);
      const smetov = data.athletes.get([...data.athletes.values()].find((a) => a.name.en === "Yeldos Smetov")!.id)!;
      expect(e.medal).toContain(athleteName(smetov.name, lang));
    });
  }
});

describe("awkward text", () => {
  it("commas, semicolons, backslashes, newlines, HTML and emoji in a note come back exactly", () => {
    const note = 'Finals moved; see "Arena, Hall 2"\\n? Line two <b>bold</b> & 🥊 <a href="x">link</a>\nLine three';
    const paris = games("paris-2024-olympic");
    const changed = withWindows(data, (w) =>
      w.gamesId === paris.id && w.sport.slug === "archery" ? { ...w, note: { en: note, ru: note } } : w,
    );
    for (const lang of ["en", "ru", "kk"] as const) {
      const text = ics(lang, "paris-2024-olympic", "archery", changed);
      // Folded to 75 octets, CRLF line ends, nothing escaped as HTML.
      for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
      expect(text).not.toContain("&lt;");
      expect(text).not.toContain("&amp;");
      const archery = one(parseIcs(text).events, `window.paris-2024-olympic.archery@${UID_DOMAIN}`);
      expect(archery.description.split("\n").slice(-2)).toEqual([
        `${i18n.t(lang, "calendar-ics-note", { note: "" })}${note.split("\n")[0]}`,
        "Line three",
      ]);
    }
  });

  it("the surfing note (an apostrophe, a comma) survives as the schedule shows it", () => {
    const surfing = one(parseIcs(ics("en", "paris-2024-olympic", "surfing")).events, `window.paris-2024-olympic.surfing@${UID_DOMAIN}`);
    expect(surfing.description).toContain("Note: Held at Teahupo'o, Tahiti; it ended on Monday 5 Aug with both finals.");
  });
});

describe("file names, feed paths and the caption", () => {
  it("are stable, URL-safe slugs", () => {
    const paris = games("paris-2024-olympic");
    expect(calendarFileName(paris, sport("boxing"))).toBe("paris-2024-olympic-boxing.ics");
    expect(calendarFileName(paris, null)).toBe("paris-2024-olympic.ics");
    expect(calendarFeedPath(paris, sport("boxing"))).toBe("/calendar/paris-2024-olympic/boxing.ics");
    expect(calendarFeedPath(paris, null)).toBe("/calendar/paris-2024-olympic/all.ics");
    for (const s of data.sports) expect(s.slug).toMatch(/^[a-z0-9-]+$/);
    expect(data.sports.some((s) => s.slug === "all")).toBe(false);
  });

  it("the caption names the calendar, the count and the zone, the feed only when given, within 1,024 characters", () => {
    for (const lang of LANGS) {
      for (const g of data.catalog.games) {
        for (const s of [null, ...data.sports.filter((x) => x.kind === g.kind)]) {
          const cal = gamesCalendar(data, g.id, s?.id ?? null, STAMP)!;
          const url = `https://example.org${calendarFeedPath(g, s)}?lang=${lang}`;
          const caption = calendarCaption(rcOf(lang), cal, url).value;
          expect(caption.length).toBeLessThanOrEqual(1024);
          expect(caption).toContain(zoneWords(g.hostTz, lang));
          expect(caption).not.toContain(g.hostTz);
          expect(caption).toContain(url);
          expect(calendarCaption(rcOf(lang), cal, null).value).not.toContain("https://");
        }
      }
    }
    const cal = gamesCalendar(data, games("paris-2024-olympic").id, sport("judo").id, STAMP)!;
    expect(calendarCaption(rcOf("en"), cal, null).value).toBe(
      `🗓 <b>Judo — Paris 2024 Olympic Games</b>: ${cal.events.length} events. Open the file to add them to your calendar.\n` +
        "Dates are Paris time; times show in your calendar's own time zone.",
    );
  });
});
