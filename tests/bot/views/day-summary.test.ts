/**
 * During a Games the pushed countdown is the day's summary (broadcast-content.ts renders it as the
 * sender does), from the seeded data at pinned days of Paris 2024: the day, the team's results of
 * the host's day, what is on. Outside a Games it is the countdown as before.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { medalsButton } from "../../../src/bot/callback-data/medals.js";
import { todayScheduleButton } from "../../../src/bot/callback-data/schedule.js";
import { createI18n } from "../../../src/bot/i18n.js";
import { countdownView } from "../../../src/bot/views/countdown.js";
import { renderContext } from "../../../src/bot/views/render-context.js";
import type { View } from "../../../src/bot/views/view.js";
import type { Database } from "../../../src/db/client.js";
import { type FanData, findGames, loadFanData } from "../../../src/domain/fan-data.js";
import { upcomingGames } from "../../../src/domain/games.js";
import type { Games } from "../../../src/domain/types.js";
import { renderBroadcast } from "../../../src/jobs/broadcast-content.js";
import type { Lang } from "../../../src/lib/languages.js";
import { addDays } from "../../../src/lib/zoned-time.js";
import { createTestDatabase } from "../../helpers/db.js";

const i18n = createI18n();
let database: Database;
let data: FanData;
let paris: Games;
beforeAll(async () => {
  database = await createTestDatabase();
  data = await loadFanData(database.db);
  paris = findGames(data, "paris-2024-olympic")!;
});
afterAll(async () => {
  await database.close();
});

/** The pushed countdown of the Games on now or next, as the sender renders it for a chat in `lang`. */
function pushed(lang: Lang, at: string, fanData: FanData = data): View {
  const rc = renderContext(i18n, lang, { displayTz: "Asia/Almaty" }, new Date(at));
  const view = renderBroadcast(fanData, { gamesIds: upcomingGames(fanData.catalog.games, rc.now).map((g) => g.id) }, rc);
  if (!view) throw new Error("nothing rendered");
  return view;
}
/** Under every pushed countdown: stop it in this chat, and the settings (views/alert-controls.ts). */
const COUNTDOWN_CONTROLS = [
  { text: "🔕 Stop the countdown", data: "alc:c:c:0" },
  { text: "⚙️ Settings", data: "als" },
];
const buttons = (v: View) =>
  (v.keyboard?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: "callback_data" in b ? b.callback_data : undefined }));

// 27 July 2024, 18:00 in Paris (21:00 in Almaty): day 2 of the Paris Olympics, the day of
// Smetov's gold and Le and Satpayev's bronze (docs/sources.md, "results.ts").
const SMETOV_DAY = "2024-07-27T16:00:00Z";

describe("the day's summary during a Games", () => {
  it("en: the day, its medals gold first, what is on by name, the schedule and the medals a tap away", () => {
    const view = pushed("en", SMETOV_DAY);
    const text = view.text.value;
    expect(text).toMatch(/^🏟 <b>Today at the Games<\/b>\n\n<b>Paris 2024 Olympic Games<\/b>: day 2 of 17, 27 July \(Paris time\)\.\n/);
    expect(text).toContain(
      "<b>Today's results</b>\n🥇 <b>Yeldos Smetov</b> — Judo, −60 kg\n🥉 <b>Alexandra Le, Islam Satpayev</b> — Shooting, 10 m air rifle mixed team\n",
    );
    // A medal of another day is not today's.
    expect(text).not.toContain("Kyrgyzbayev");
    // Every sport on that day (25 in the seeded schedule), by name, in one line.
    expect(text).toContain("<b>On today</b>\nArchery, Artistic gymnastics, Badminton, Basketball, Beach volleyball, Boxing, ");
    expect(text).toContain(", Judo, ");
    expect(text).toContain(", Water polo.\n");
    // The Paralympic Games are still ahead: their countdown, as before.
    expect(text).toContain("<b>Paris 2024 Paralympic Games</b>:");
    expect(text).toContain("to go.");
    expect(buttons(view)).toEqual([
      { text: "📅 Today's schedule", data: todayScheduleButton.encode({}) },
      { text: "🥇 Paris 2024: medals", data: medalsButton.encode({ gamesId: paris.id }) },
      ...COUNTDOWN_CONTROLS,
    ]);
  });

  it("ru and kk: the same day in the reader's language", () => {
    const ru = pushed("ru", SMETOV_DAY).text.value;
    expect(ru).toContain("🏟 <b>Сегодня на Играх</b>");
    expect(ru).toContain("день 2 из 17, 27 июля по местному времени (Париж).");
    expect(ru).toContain("<b>Результаты дня</b>\n🥇 <b>Елдос Сметов</b> — дзюдо, до 60 кг\n🥉 <b>");
    expect(ru).toContain("<b>Сегодня в программе</b>\n");
    expect(ru).toContain("<b>Сегодня в программе</b>\nАкадемическая гребля, бадминтон, баскетбол, ");
    const kk = pushed("kk", SMETOV_DAY).text.value;
    expect(kk).toContain("🏟 <b>Бүгін Ойындарда</b>");
    expect(kk).toContain("17 күннің 2-күні, 27 шілде, жергілікті уақыт бойынша (Париж).");
    expect(kk).toContain("<b>Бүгінгі нәтижелер</b>\n🥇 <b>Елдос Сметов</b> — дзюдо, 60 кг-ға дейін\n🥉 <b>");
    expect(kk).toContain("<b>Бүгінгі бағдарламада</b>\n");
    expect(kk).not.toMatch(/[A-Za-z]{4}/); // no English name of a sport or month
  });

  it("today is the host's day: at 01:00 in Almaty on 28 July it is still 27 July in Paris", () => {
    const text = pushed("en", "2024-07-27T20:00:00Z").text.value;
    expect(text).toContain("day 2 of 17, 27 July (Paris time)");
    expect(text).toContain("Yeldos Smetov");
  });

  it("a day without results says so in a line", () => {
    for (const [lang, line] of [
      ["en", "<b>Today's results</b>\nNo results of the team today yet.\n"],
      ["ru", "<b>Результаты дня</b>\nСегодня результатов у команды пока нет.\n"],
      ["kk", "<b>Бүгінгі нәтижелер</b>\nБүгін құраманың нәтижелері әзірге жоқ.\n"],
    ] as const) {
      expect(pushed(lang, "2024-07-29T10:00:00Z").text.value).toContain(line);
    }
  });

  it("a window starting today with a known time shows it in the host's and the reader's zone", () => {
    // A start time made up for this test only (the seeded Paris windows have none).
    const withStart: FanData = {
      ...data,
      windows: data.windows.map((w) =>
        w.gamesId === paris.id && w.sport.slug === "judo" ? { ...w, startsAt: new Date("2024-07-27T08:00:00Z") } : w,
      ),
    };
    expect(pushed("en", SMETOV_DAY, withStart).text.value).toContain(
      "• Judo — first start: 10:00 Paris time (UTC+2) · 13:00 Kazakhstan time (UTC+5)",
    );
    expect(pushed("en", SMETOV_DAY, withStart).text.value).not.toContain(", Judo,"); // not named twice
    // The next day judo goes on; its first start is behind it.
    expect(pushed("en", "2024-07-28T10:00:00Z", withStart).text.value).toContain(", Judo, ");
  });

  it("every day of the Paris Olympics fits one message in every language", () => {
    for (let day = paris.opensOn; day <= paris.closesOn; day = addDays(day, 1)) {
      for (const lang of ["en", "ru", "kk"] as const) {
        const text = pushed(lang, `${day}T12:00:00Z`).text.value;
        expect(text.length, `${lang} ${day}`).toBeLessThanOrEqual(4096);
        expect(text, `${lang} ${day}`).not.toMatch(/\d{4}-\d{2}-\d{2}|Europe\//);
      }
    }
  });
});

describe("outside a Games", () => {
  it("the pushed countdown is the countdown as before", () => {
    for (const at of ["2024-07-01T06:00:00Z", "2026-12-06T06:00:00Z"]) {
      const rc = renderContext(i18n, "en", { displayTz: "Asia/Almaty" }, new Date(at));
      const view = pushed("en", at);
      expect(view.text.value).toMatch(/^⏳ <b>Countdown<\/b>/);
      expect(view.text.value).not.toContain("Today");
      expect(buttons(view)).toEqual([{ text: "🔄 Refresh", data: "m:c" }, ...COUNTDOWN_CONTROLS]);
      // Only the licenses line sets it apart from /countdown.
      expect(view.text.value.startsWith(countdownView(rc, upcomingGames(data.catalog.games, rc.now)).text.value.split("\n\n")[0]!)).toBe(
        true,
      );
    }
  });
});
