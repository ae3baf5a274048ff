/**
 * The countdown cron on a pinned clock during Paris 2024: the daily subscribers' countdown is the
 * day's summary, sent through the local Bot API in each chat's language; its buttons open today's
 * schedule and the medals. The cron fires every second of real time here, and each firing makes
 * the countdowns of the pinned day (once a day, by their keys): the test moves the clock.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { broadcasts } from "../../src/db/schema.js";
import { updateSubscription } from "../../src/domain/subscriptions.js";
import { ask, type BotHarness, buttonTexts, eventually, pressAndEdit, startBotHarness } from "../helpers/bot.js";

// 07:00 in Almaty on 26 July 2024, the day Paris opens (19:30 there): the day's countdowns are
// made at start (the cron's catch-up), before anyone below subscribes.
const BEFORE_OPENING = "2024-07-26T02:00:00Z";
// 09:00 in Almaty, 06:00 in Paris on 27 July 2024: day 2, Smetov's gold and Le and Satpayev's bronze.
const DAY_TWO = "2024-07-27T04:00:00Z";

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ now: BEFORE_OPENING, env: { COUNTDOWN_CRON: "* * * * * *" } });
  // The catch-up at start made 26 July's countdowns (to nobody yet).
  await eventually(async () =>
    expect(await countdownKeys()).toContain("countdown:paris-2024-olympic+paris-2024-paralympic:2024-07-26:daily"),
  );
});
afterAll(async () => h?.stop());

async function countdownKeys(): Promise<string[]> {
  const rows = await h.db.select({ key: broadcasts.dedupeKey }).from(broadcasts).where(eq(broadcasts.kind, "countdown"));
  return rows.map((r) => r.key);
}

let seq = 0;
async function subscriber(languageCode: string, countdown: "daily" | "weekly" | "off"): Promise<LocalUser> {
  const user = h.api.createUser({ firstName: `Fan ${++seq}`, languageCode });
  await ask(user, "/start");
  await updateSubscription(h.db, user.id, { countdown }, h.clock());
  return user;
}

describe("the day's summary, pushed", () => {
  it("daily subscribers get day 2 of Paris 2024 as its summary, in their language; its buttons open today's schedule and the medals", async () => {
    const [ru, kk, en] = [await subscriber("ru", "daily"), await subscriber("kk", "daily"), await subscriber("en", "daily")];
    // Weekly is due on days 1, 8 and 15 of a Games; off is off.
    const [weekly, off] = [await subscriber("en", "weekly"), await subscriber("en", "off")];

    h.clock.set(DAY_TWO);
    const enSummary = await en.waitForMessage({ timeoutMs: 15_000 });
    expect(enSummary.text).toContain("🏟 Today at the Games");
    expect(enSummary.text).toContain("Paris 2024 Olympic Games: day 2 of 17, 27 July (Paris time).");
    expect(enSummary.text).toContain(
      "Today's results\n🥇 Yeldos Smetov — Judo, −60 kg\n🥉 Alexandra Le, Islam Satpayev — Shooting, 10 m air rifle mixed team",
    );
    expect(enSummary.text).toContain("On today\nArchery, Artistic gymnastics, Badminton,");
    expect(buttonTexts(enSummary)).toEqual(["📅 Today's schedule", "🥇 Paris 2024: medals", "🔕 Stop the countdown", "⚙️ Settings"]);

    const ruSummary = await ru.waitForMessage({ timeoutMs: 15_000 });
    expect(ruSummary.text).toContain("Олимпийские игры «Париж 2024»: день 2 из 17, 27 июля по местному времени (Париж).");
    expect(ruSummary.text).toContain("Результаты дня\n🥇 Елдос Сметов — дзюдо, до 60 кг");
    const kkSummary = await kk.waitForMessage({ timeoutMs: 15_000 });
    expect(kkSummary.text).toContain("17 күннің 2-күні, 27 шілде, жергілікті уақыт бойынша (Париж).");
    expect(kkSummary.text).toContain("Бүгінгі нәтижелер\n🥇 Елдос Сметов — дзюдо, 60 кг-ға дейін");

    // One daily broadcast that day, and no weekly one (day 2).
    const keys = await countdownKeys();
    expect(keys.filter((k) => k.includes(":2024-07-27:"))).toEqual(["countdown:paris-2024-olympic+paris-2024-paralympic:2024-07-27:daily"]);
    const [made] = await h.db
      .select()
      .from(broadcasts)
      .where(and(eq(broadcasts.kind, "countdown"), eq(broadcasts.dedupeKey, keys.find((k) => k.includes(":2024-07-27:"))!)));
    expect(made?.audienceSize).toBe(3);
    expect(weekly.history()).toHaveLength(1); // the /start reply only
    expect(off.history()).toHaveLength(1);

    const schedule = await pressAndEdit(en, enSummary, "📅 Today's schedule");
    expect(schedule.message.text).toContain("Paris 2024 Olympic Games — today, 27 July 2024 (Paris time), day 2 of 17");
    expect(schedule.message.text).toContain("• Judo — 27 July");
    const medals = await pressAndEdit(ru, ruSummary, "🥇 Париж 2024: медали");
    expect(medals.message.text).toContain("🥇 Елдос Сметов — дзюдо, до 60 кг (27 июля 2024 г.)");
  });
});
