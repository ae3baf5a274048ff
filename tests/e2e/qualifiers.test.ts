/**
 * Qualification events end to end, through the real bot and the local Bot API server: an event
 * staff add (through the domain function the staff conversation calls) is on /qualifiers in three
 * languages and two display zones, found by sport (commands and plain questions), on the sport's
 * licenses screen as its next chance, in inline mode and in the calendar feed; its reminder reaches
 * the sport's subscribers once across cron fires and a restart (and across three instances on
 * PostgreSQL); closing it with a license sends the license alert and then the summary. The events
 * are made up for the test ("Test …", "Testville"): no real event's days are invented.
 */
import type { ChildProcess } from "node:child_process";
import { and, count, eq, like, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type LocalBotApi, type LocalUser, startLocalBotApi } from "../../local-api/index.js";
import { openDatabase } from "../../src/db/client.js";
import { broadcasts, deliveries, qualificationEvents } from "../../src/db/schema.js";
import { findGames, loadFanData } from "../../src/domain/fan-data.js";
import { recordLicense } from "../../src/domain/license-records.js";
import { addQualifier, closeQualifier, type NewQualifier } from "../../src/domain/qualifier-records.js";
import type { FanStore } from "../../src/domain/read-model.js";
import { subscribeToSport } from "../../src/domain/subscriptions.js";
import { addDays, hostDate } from "../../src/lib/zoned-time.js";
import { ask, type BotHarness, buttonTexts, eventually, freePort, pressAndEdit, senderIdle, startBotHarness } from "../helpers/bot.js";
import { createEmptyPostgresDatabase, testDatabaseUrl } from "../helpers/db.js";
import { testLicenseWonAt, testQualifier } from "../helpers/fixtures.js";
import { parseIcs } from "../helpers/ics.js";
import { type BotProcess, spawnBot } from "../helpers/process.js";

const STAFF = 1000001;
// 13:00 in Almaty and 01:00 in Los Angeles on 11 May 2027; the event starts at midnight in Doha on
// 12 May (21:00 UTC on the 11th): tomorrow for Almaty, today (14:00) for Los Angeles.
const NOW = "2027-05-11T08:00:00Z";

interface Ids {
  la: number;
  boxing: number;
  judo: number;
}

async function idsOf(h: BotHarness): Promise<Ids> {
  const data = await loadFanData(h.db);
  const sport = (slug: string) => data.sports.find((s) => s.slug === slug && s.kind === "olympic")!.id;
  return { la: findGames(data, "la-2028-olympic")!.id, boxing: sport("boxing"), judo: sport("judo") };
}

const testEvent = (ids: Ids, extra: Partial<NewQualifier> = {}) => testQualifier({ gamesId: ids.la, sportId: ids.boxing }, extra);

/** A reply's text with Intl's narrow and thin spaces (English date ranges: "12 – 19 May") as plain ones. */
const textOf = (m: { text: string }) => m.text.replace(/[\u2009\u202f]/g, " ");

const storedEvents = async (h: BotHarness) => (await h.db.select({ n: count() }).from(qualificationEvents))[0]?.n ?? 0;

describe("what fans see (Kazakhstan time)", () => {
  let h: BotHarness;
  let ids: Ids;
  const users = {} as Record<"en" | "ru" | "kk", LocalUser>;
  beforeAll(async () => {
    h = await startBotHarness({ now: NOW, http: true });
    ids = await idsOf(h);
    for (const lang of ["en", "ru", "kk"] as const) users[lang] = h.api.createUser({ firstName: `Fan ${lang}`, languageCode: lang });
    await addQualifier(h.app.readModel, STAFF, testEvent(ids), new Date(NOW));
    // One over and closed without a license, so the list has both parts.
    const over = await addQualifier(
      h.app.readModel,
      STAFF,
      testEvent(ids, {
        name: { en: "Test Earlier Qualifier", ru: "Тестовый ранний турнир", kk: "Сынақ ерте жарыс" },
        firstDay: "2027-03-01",
        lastDay: "2027-03-05",
        newAthletes: [],
      }),
      new Date(NOW),
    );
    await closeQualifier(h.app.readModel, STAFF, over.qualifierId, new Date(NOW), { summaryAfterMs: null });
  });
  afterAll(async () => h?.stop());

  it.each([
    [
      "en",
      "🎯 Los Angeles 2028 Olympic Games\nQualification events: where the team can win licenses",
      "📍 Test Boxing Qualifier in Testville, Qatar\n🗓 12 – 19 May · starts tomorrow\n↳ Sport: Boxing\n↳ Events: Men's 51 kg\n↳ Team entries: Test Entrant\n↳ Quota places at stake: 36",
      "Over\n📍 Test Earlier Qualifier in Testville, Qatar\n🗓 1 – 5 March",
      "↳ No license won there.",
    ],
    [
      "ru",
      "🎯 Олимпийские игры «Лос-Анджелес 2028»\nОтборочные турниры: где сборная может завоевать лицензии",
      "📍 Тестовый отборочный турнир — Тествиль, Катар\n🗓 12–19 мая · начинается завтра\n↳ Вид спорта: Бокс\n↳ Дисциплины: До 51 кг\n↳ От сборной: Тест Участник\n↳ Всего квотных мест: 36",
      "Прошли\n📍 Тестовый ранний турнир — Тествиль, Катар\n🗓 1–5 марта",
      "↳ Лицензий на этом турнире не завоёвано.",
    ],
    [
      "kk",
      "🎯 «Лос-Анджелес 2028» Олимпиада ойындары\nІріктеу жарыстары: құрама лицензияны осы жерде жеңіп ала алады",
      "📍 Сынақ іріктеу жарысы — Тествиль, Катар\n🗓 12–19 мамыр · ертең басталады\n↳ Спорт түрі: Бокс\n↳ Жарыс түрлері: 51 кг-ға дейін\n↳ Құрамадан: Тест Қатысушы\n↳ Квоталық орындар: барлығы 36",
      "Өтіп кетті\n📍 Сынақ ерте жарыс — Тествиль, Катар\n🗓 1–5 наурыз",
      "↳ Бұл жарыста лицензия алынбады.",
    ],
  ] as const)(
    "%s: /qualifiers lists the Games being qualified for, ahead first, then over with what was won",
    async (lang, header, ahead, over, outcome) => {
      const text = textOf(await ask(users[lang], "/qualifiers"));
      expect(text.startsWith(header)).toBe(true);
      expect(text).toContain(ahead);
      expect(text).toContain(over);
      expect(text).toContain(outcome);
      expect(text.indexOf(ahead)).toBeLessThan(text.indexOf(over));
      expect(text).not.toMatch(/Asia\/|\d{4}-\d{2}-\d{2}/);
    },
  );

  it("/qualifiers boxing, a typo and plain questions in three languages find the sport; a name of no sport is said back, never guessed", async () => {
    const boxing = await ask(users.en, "/qualifiers boxng");
    expect(boxing.text).toContain("🎯 Boxing: qualification events\nLos Angeles 2028 Olympic Games");
    expect(boxing.text).toContain("Test Boxing Qualifier");
    expect(boxing.text).not.toContain("↳ Sport:");
    expect(buttonTexts(boxing)).toEqual(expect.arrayContaining(["🏅 Boxing: licenses", "🎯 All qualification events"]));

    const ru = await ask(users.ru, "отбор на Олимпиаду по боксу");
    expect(ru.text).toContain("🎯 Бокс: отборочные турниры");
    expect(ru.text).toContain("12–19 мая · начинается завтра");
    const kk = await ask(users.kk, "бокстан іріктеу");
    expect(kk.text).toContain("🎯 Бокс: іріктеу жарыстары");
    expect((await ask(users.ru, "отборочные")).text).toContain("Отборочные турниры: где сборная может завоевать лицензии");
    expect((await ask(users.kk, "іріктеу")).text).toContain("Іріктеу жарыстары:");

    const judo = await ask(users.en, "/qualifiers judo");
    expect(judo.text).toContain("No qualification events in Judo are recorded for these Games yet.");
    const unknown = await ask(users.en, "/qualifiers qwzx");
    expect(unknown.text).toBe("I don't know a sport called “qwzx”. Try /qualifiers without a name to see them all.");
    const hockey = await ask(users.en, "/qualifiers хоккей");
    expect(buttonTexts(hockey).length).toBeGreaterThanOrEqual(2);
  });

  it("bad input gets a clear reply and changes nothing", async () => {
    const before = await storedEvents(h);
    for (const text of [
      `/qualifiers ${"x".repeat(5000)}`,
      "/qualifiers <b>boxing</b><script>",
      "/qualifiers '; drop table qualification_events; --",
      "/qualifiers 🥊",
    ]) {
      const reply = await ask(users.en, text);
      expect(reply.text.length).toBeGreaterThan(0);
      expect(reply.text.length).toBeLessThanOrEqual(4096);
    }
    expect(await storedEvents(h)).toBe(before);
    // A forged button (a Games that does not exist) is answered as stale.
    const list = await ask(users.en, "/qualifiers");
    const answer = await users.en.press(list, { data: "qu:999999:0:0" });
    expect(answer.text).toBe("This button is out of date. Send /start for fresh ones.");
  });

  it("a sport's licenses screen names its next chance and opens its events", async () => {
    const screen = await ask(users.en, "/licenses boxing");
    expect(textOf(screen)).toContain("🎯 Next chance: Test Boxing Qualifier in Testville, Qatar, 12 – 19 May");
    const { message } = await pressAndEdit(users.en, screen, "🎯 Boxing: qualification");
    expect(message.text).toContain("🎯 Boxing: qualification events");
    const ru = await ask(users.ru, "/licenses бокс");
    expect(ru.text).toContain("🎯 Следующий шанс: Тестовый отборочный турнир — Тествиль, Катар, 12–19 мая");
    const kk = await ask(users.kk, "/licenses бокс");
    expect(kk.text).toContain("🎯 Келесі мүмкіндік: Сынақ іріктеу жарысы — Тествиль, Катар, 12–19 мамыр");
    // A sport without events says nothing of them.
    expect((await ask(users.en, "/licenses judo")).text).not.toContain("Next chance");
  });

  it("inline mode offers the sport's events as a card, and the calendar feed has them as all-day events", async () => {
    const answer = await users.ru.inlineAnswer("бокс");
    const card = answer.results.find((r) => r.id === `qu-${ids.la}-${ids.boxing}`);
    expect(card && "title" in card ? card.title : null).toBe("🎯 Бокс: отбор · Лос-Анджелес 2028");
    expect(card && "description" in card ? card.description : null).toBe("Следующий: Тестовый отборочный турнир, 12–19 мая");
    // No card where no event is recorded.
    expect((await users.en.inlineAnswer("judo")).results.map((r) => r.id)).not.toContain(`qu-${ids.la}-${ids.judo}`);

    const ics = parseIcs(await (await fetch(`http://127.0.0.1:${h.app.port}/calendar/la-2028-olympic/boxing.ics?lang=kk`)).text());
    const event = ics.events.find((e) => e.summary.includes("Сынақ іріктеу жарысы"));
    expect(event).toMatchObject({
      allDay: true,
      startDate: "2027-05-12",
      endDate: "2027-05-20",
      summary: "🎯 Іріктеу: Сынақ іріктеу жарысы (Бокс)",
    });
    expect(event?.description).toContain("Өтетін жері: Тествиль, Катар");
  });
});

describe("what fans see in another display zone (Los Angeles)", () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness({ now: NOW, displayTz: "America/Los_Angeles" });
    await addQualifier(h.app.readModel, STAFF, testEvent(await idsOf(h)), new Date(NOW));
  });
  afterAll(async () => h?.stop());

  it("the venue's dates stay; how soon it starts is counted in the viewer's calendar (14:00 today there)", async () => {
    const en = await ask(h.api.createUser({ firstName: "LA", languageCode: "en" }), "/qualifiers");
    expect(textOf(en)).toContain("🗓 12 – 19 May · starts today");
    const ru = await ask(h.api.createUser({ firstName: "ЛА", languageCode: "ru" }), "/qualifiers");
    expect(ru.text).toContain("🗓 12–19 мая · начинается сегодня");
    expect(ru.text).not.toMatch(/America\/|Asia\//);
  });
});

describe("the reminder the day before, and the summary when it is closed", () => {
  let h: BotHarness;
  let ids: Ids;
  // 09:00 in Almaty on 11 May: the day before the event starts. The cron fires every second of
  // real time; each fire sees the pinned day.
  const DAY_BEFORE = "2027-05-11T04:00:00Z";
  beforeAll(async () => {
    h = await startBotHarness({ now: DAY_BEFORE, env: { COUNTDOWN_CRON: "* * * * * *" } });
    ids = await idsOf(h);
  });
  afterAll(async () => h?.stop());

  /** Resolves after `n` more cron fires than now have looked for reminders (and found none new). */
  const fires = async (n: number) => {
    const seen = () => h.logs.filter((l) => l.includes("qualifier reminders: none new")).length;
    const from = seen();
    await eventually(() => expect(seen() - from).toBeGreaterThanOrEqual(n), 15_000);
  };

  async function subscriber(languageCode: string, sportId: number): Promise<LocalUser> {
    const user = h.api.createUser({ firstName: `Sub ${languageCode}`, languageCode });
    await ask(user, "/start");
    await subscribeToSport(h.db, user.id, sportId, h.clock());
    return user;
  }

  it("reaches the sport's subscribers once, in their language, across cron fires and a restart; closing with a license sends the alert, then the summary", async () => {
    const [ru, kk, en] = [await subscriber("ru", ids.boxing), await subscriber("kk", ids.boxing), await subscriber("en", ids.boxing)];
    const judoFan = await subscriber("en", ids.judo);
    const { qualifierId } = await addQualifier(h.app.readModel, STAFF, testEvent(ids), h.clock());

    const reminders = await Promise.all([ru, kk, en].map((u) => u.waitForMessage({ timeoutMs: 15_000 })));
    expect(reminders[0]!.text).toContain("⏰ Скоро отборочный турнир — Бокс, Олимпийские игры «Лос-Анджелес 2028»");
    expect(reminders[0]!.text).toContain("🗓 12–19 мая · начинается завтра");
    expect(reminders[1]!.text).toContain("⏰ Алда іріктеу жарысы — Бокс, «Лос-Анджелес 2028» Олимпиада ойындары");
    expect(reminders[1]!.text).toContain("🗓 12–19 мамыр · ертең басталады");
    expect(reminders[2]!.text).toContain("⏰ Qualification event ahead — Boxing, Los Angeles 2028 Olympic Games");
    expect(textOf(reminders[2]!)).toContain("📍 Test Boxing Qualifier in Testville, Qatar\n🗓 12 – 19 May · starts tomorrow");
    expect(buttonTexts(reminders[2]!)).toEqual(["🎯 Boxing: qualification", "🏅 Boxing: licenses", "🔕 Stop alerts: Boxing", "⚙️ Settings"]);

    // Two more fires, then a restart (whose start catches up on today's fire), then two more.
    await fires(2);
    await h.app.stop();
    const restarted = await h.startAnother();
    try {
      await fires(2);
      await senderIdle(h);
      for (const u of [ru, kk, en]) expect(u.history().filter((m) => m.text?.includes("12"))).toHaveLength(1);
      expect(judoFan.history()).toHaveLength(1); // its /start reply
      const made = await h.db
        .select({ id: broadcasts.id, audience: broadcasts.audienceSize })
        .from(broadcasts)
        .where(like(broadcasts.dedupeKey, `qualifier:${qualifierId}:reminder:%`));
      expect(made).toEqual([{ id: made[0]!.id, audience: 3 }]);
      const sent = await h.db.select({ status: deliveries.status }).from(deliveries).where(eq(deliveries.broadcastId, made[0]!.id));
      expect(sent.map((d) => d.status)).toEqual(["sent", "sent", "sent"]);

      // The event is over; staff record the license won there (its alert) and close it (the summary).
      h.clock.set("2027-05-20T06:00:00Z");
      const later = await addQualifier(
        restarted.readModel,
        STAFF,
        testEvent(ids, {
          name: { en: "Test Later Qualifier", ru: "Тестовый поздний турнир", kk: "Сынақ кейінгі жарыс" },
          firstDay: "2027-09-01",
          lastDay: "2027-09-05",
        }),
        h.clock(),
      );
      expect(later.already).toBe(false);
      await recordLicense(
        restarted.readModel,
        STAFF,
        testLicenseWonAt({ gamesId: ids.la, sportId: ids.boxing }, qualifierId, {
          en: "Test Winner",
          ru: "Тест Победитель",
          kk: "Тест Жеңімпаз",
        }),
        h.clock(),
        0,
      );
      const closed = await closeQualifier(restarted.readModel, STAFF, qualifierId, h.clock(), { summaryAfterMs: 0 });
      expect(closed).toMatchObject({ status: "closed", licenses: 1, summary: { audienceSize: 3 } });
      const [alert, summary] = await en.waitForMessages(2);
      expect(alert!.text).toContain("New license!");
      expect(alert!.text).toContain("Test Winner");
      expect(textOf(summary!)).toBe(
        "🏁 Test Boxing Qualifier in Testville, Qatar is over — Boxing, Los Angeles 2028 Olympic Games\n🏅 One license won there:\n• Test Winner — Men's 51 kg\n🎯 Next chance: Test Later Qualifier in Testville, Qatar, 1 – 5 September",
      );
      const [, ruSummary] = await ru.waitForMessages(2);
      expect(ruSummary!.text).toContain("🏅 Завоёвана 1 лицензия:\n• Тест Победитель — До 51 кг");
      const [, kkSummary] = await kk.waitForMessages(2);
      expect(kkSummary!.text).toContain("🏅 1 лицензия жеңіп алынды:");
      expect(kkSummary!.text).toContain("🎯 Келесі мүмкіндік: Сынақ кейінгі жарыс — Тествиль, Катар, 1–5 қыркүйек");

      // Closed without a license: "no license this time" and no next chance recorded.
      h.clock.set("2027-09-06T06:00:00Z");
      const lastOne = await closeQualifier(restarted.readModel, STAFF, later.qualifierId, h.clock(), { summaryAfterMs: 0 });
      expect(lastOne.status).toBe("closed");
      const none = await en.waitForMessage({ timeoutMs: 15_000 });
      expect(none.text).toContain("No license this time.\nThe next chance is not recorded yet.");
      expect(judoFan.history()).toHaveLength(1);
    } finally {
      await restarted.stop();
    }
  }, 90_000);
});

const children: ChildProcess[] = [];
describe.skipIf(!testDatabaseUrl)("three instances on one PostgreSQL database", () => {
  let api: LocalBotApi;
  const drops: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    api = await startLocalBotApi({ port: 0, floodLimits: false });
  });
  afterEach(() => {
    for (const c of children.splice(0)) c.kill("SIGKILL");
  });
  afterAll(async () => {
    await api?.stop();
    for (const drop of drops) await drop().catch(() => {});
  });

  it("make the reminder once however many fire, and a restarted one makes no second", async () => {
    const empty = await createEmptyPostgresDatabase(testDatabaseUrl!);
    drops.push(empty.drop);
    const bot = api.createBot({ username: "qualifier_instances_bot" });
    const fans = Array.from({ length: 6 }, (_, i) => api.createUser({ firstName: `Fan${i}` }));
    // The processes keep their own clock (the machine's): the event starts tomorrow in Almaty by it.
    const now = new Date();
    const tomorrow = addDays(hostDate(now, "Asia/Almaty"), 1);
    const database = await openDatabase({ url: empty.url, clock: () => now });
    const start = async (): Promise<BotProcess> => {
      const port = await freePort();
      const p = spawnBot({
        BOT_TOKEN: bot.token,
        BOT_API_ROOT: api.url,
        DATABASE_URL: empty.url,
        BOT_MODE: "webhook",
        WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`,
        WEBHOOK_SECRET: "qualifier-instances-secret",
        PORT: String(port),
        COUNTDOWN_CRON: "* * * * * *",
        LOG_LEVEL: "debug",
      });
      children.push(p.child);
      return p;
    };
    const checked = (p: BotProcess) =>
      p.logLines("qualifier reminders: none new").length + p.logLines("qualifier reminders created").length;
    try {
      const data = await loadFanData(database.db);
      const boxing = data.sports.find((s) => s.slug === "boxing" && s.kind === "olympic")!;
      const at = now.toISOString();
      await database.db.execute(
        sql`insert into chats (id, type, status, created_at, last_seen_at)
          select unnest(${sql.raw(`array[${fans.map((f) => f.id).join(",")}]::bigint[]`)}), 'private', 'active', ${at}::timestamptz, ${at}::timestamptz`,
      );
      for (const f of fans) await subscribeToSport(database.db, f.id, boxing.id, now);
      const store: FanStore = { db: database.db, changed: () => {} };
      const { qualifierId } = await addQualifier(
        store,
        STAFF,
        testEvent(
          { la: findGames(data, "la-2028-olympic")!.id, boxing: boxing.id, judo: 0 },
          { firstDay: tomorrow, lastDay: addDays(tomorrow, 2) },
        ),
        now,
      );

      const instances = await Promise.all([1, 2, 3].map(() => start()));
      await eventually(() => {
        for (const f of fans) expect(f.history({ bot }).length).toBe(1);
      }, 120_000);
      // Every instance has looked at least twice (its start's catch-up and fires) by now.
      await eventually(() => {
        for (const i of instances) expect(checked(i)).toBeGreaterThanOrEqual(2);
      }, 60_000);
      const creators = instances.filter((i) => i.output().includes("qualifier reminders created"));
      expect(creators).toHaveLength(1);

      // One instance restarts: its start catches up on today's fire, and fires go on.
      const [first] = instances;
      first!.child.kill("SIGTERM");
      expect(await first!.exit, first!.output()).toBe(0);
      const again = await start();
      await eventually(() => expect(checked(again)).toBeGreaterThanOrEqual(2), 120_000);
      const reminders = await database.db
        .select({ id: broadcasts.id })
        .from(broadcasts)
        .where(and(eq(broadcasts.kind, "qualifier"), like(broadcasts.dedupeKey, `qualifier:${qualifierId}:reminder:%`)));
      expect(reminders).toHaveLength(1);
      await eventually(async () => {
        const rows = await database.db
          .select({ status: deliveries.status })
          .from(deliveries)
          .where(eq(deliveries.broadcastId, reminders[0]!.id));
        expect(rows.map((r) => r.status)).toEqual(fans.map(() => "sent"));
      });
      for (const f of fans) expect(f.history({ bot })).toHaveLength(1);
      expect(again.output()).not.toContain("qualifier reminders created");

      for (const i of [...instances.slice(1), again]) i.child.kill("SIGTERM");
      for (const i of [...instances.slice(1), again]) expect(await i.exit, i.output()).toBe(0);
    } finally {
      await database.close();
    }
  }, 300_000);
});
