/**
 * Result alerts end to end: a result saved through the domain (as the staff conversation saves it)
 * reaches the subscribers of its sport through the outbox and the one sender, as the medal card
 * with its caption in each chat's language; Undo within the delay means nobody hears of it; a chat
 * that takes no photos gets the text.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { broadcasts, deliveries } from "../../src/db/schema.js";
import { findGames, listSports, loadFanData } from "../../src/domain/fan-data.js";
import { announceResultCorrection, correctResult, type NewResult, recordResult, removeResult } from "../../src/domain/result-records.js";
import { getSubscription, subscribeToSport, updateSubscription } from "../../src/domain/subscriptions.js";
import type { Sport } from "../../src/domain/types.js";
import { ask, type BotHarness, eventually, press, pressAndEdit, senderIdle, startBotHarness } from "../helpers/bot.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
const DELAY = 60_000;

let h: BotHarness;
let milan: number;
let sports: Sport[];
const sport = (slug: string) => sports.find((s) => s.slug === slug)!;

beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-06T10:00:00Z" });
  const data = await loadFanData(h.db);
  milan = findGames(data, "milano-cortina-2026-olympic")!.id;
  sports = listSports(data);
});
afterAll(async () => h?.stop());

let seq = 0;
async function fan(languageCode: string, slug: string): Promise<LocalUser> {
  const user = h.api.createUser({ firstName: `Fan ${++seq}`, languageCode });
  await ask(user, "/start");
  await subscribeToSport(h.db, user.id, sport(slug).id, h.clock());
  await updateSubscription(h.db, user.id, { results: "medals" }, h.clock());
  return user;
}

function result(draftKey: string, medal: "gold" | "silver"): NewResult {
  return {
    draftKey,
    gamesId: milan,
    sportId: sport("figure-skating").id,
    medal,
    placing: null,
    event: { en: "Test ice dance", ru: "Тестовые танцы на льду", kk: "Мұз үстіндегі тест билері" },
    athleteIds: [],
    newAthletes: [{ en: "Aruzhan Testova", ru: "Аружан Тестова", kk: "Аружан Тестова" }],
    team: null,
    wonOn: "2026-02-16",
    source: null,
  };
}

const later = (ms: number) => h.clock.set(new Date(h.clock().getTime() + ms));

describe("result alerts", () => {
  it("8 figure-skating subscribers get the card once, captioned in their language; boxing subscribers nothing; a chat refusing photos gets the text", async () => {
    const langs = ["ru", "kk", "en", "ru", "kk", "en", "ru", "kk"];
    const skaters: LocalUser[] = [];
    for (const lang of langs) skaters.push(await fan(lang, "figure-skating"));
    const boxers = [await fan("ru", "boxing"), await fan("en", "boxing")];
    const noPhotos = await fan("kk", "figure-skating");
    h.api.faults.refusePhotos(noPhotos.id);

    const saved = await recordResult(h.app.readModel, OWNER_ID, result("e2e-gold", "gold"), h.clock(), {
      alert: true,
      alertDelayMs: DELAY,
    });
    expect(saved.broadcastId).not.toBeNull();
    const [b] = await h.db.select().from(broadcasts).where(eq(broadcasts.id, saved.broadcastId!));
    expect(b!.audienceSize).toBe(9);
    // Within the delay nothing goes out.
    await senderIdle(h);
    for (const u of [...skaters, noPhotos]) expect(u.history()).toHaveLength(1);

    later(DELAY + 1_000);
    const expected: Record<string, string[]> = {
      en: [
        "🥇 Gold! Aruzhan Testova — Figure skating, Test ice dance",
        "Milan–Cortina d’Ampezzo 2026 Olympic Winter Games · 16 February 2026",
      ],
      ru: ["🥇 Золото! Аружан Тестова — фигурное катание, тестовые танцы на льду", "Милан"],
      kk: ["🥇 Алтын! Аружан Тестова — мәнерлеп сырғанау, мұз үстіндегі тест билері", "Милан"],
    };
    const fileIds = new Map<string, Set<string>>();
    for (const [i, u] of skaters.entries()) {
      const m = await u.waitForMessage({ timeoutMs: 20_000 });
      const lang = langs[i]!;
      expect(m.photo, `chat ${u.id} (${lang}) gets the card`).toBeDefined();
      expect(m.photo!.at(-1)).toMatchObject({ width: 1200, height: 630 });
      for (const part of expected[lang]!) expect(m.text).toContain(part);
      // They follow figure skating: the button stops that sport's alerts; the other opens the settings.
      expect(m.buttons.flat().map((x) => x.text)).toEqual(
        {
          en: ["🔕 Stop alerts: Figure skating", "⚙️ Settings"],
          ru: ["🔕 Отключить: фигурное катание", "⚙️ Настройки"],
          kk: ["🔕 Өшіру: мәнерлеп сырғанау", "⚙️ Баптаулар"],
        }[lang],
      );
      const ids = fileIds.get(lang) ?? new Set();
      ids.add(m.photo!.at(-1)!.file_unique_id);
      fileIds.set(lang, ids);
    }
    // One picture per language: the first upload's file is what the other chats get.
    expect([...fileIds.values()].map((ids) => ids.size)).toEqual([1, 1, 1]);
    // Uploads name a multipart file (attach://…); the rest send the file_id of the first.
    const uploads = h.api.calls({ method: "sendPhoto", ok: true }).filter((c) => !/^AgAC/.test(String(c.params.photo)));
    expect(uploads).toHaveLength(3);

    const text = await noPhotos.waitForMessage({ timeoutMs: 20_000 });
    expect(text.photo).toBeUndefined();
    expect(text.text).toContain(expected.kk![0]);

    await eventually(async () => {
      const rows = await h.db.select().from(deliveries).where(eq(deliveries.broadcastId, saved.broadcastId!));
      expect(rows.map((r) => r.status)).toEqual(Array(9).fill("sent"));
    }, 20_000);
    await senderIdle(h);
    for (const u of [...skaters, noPhotos]) expect(u.history()).toHaveLength(2);
    for (const u of boxers) expect(u.history()).toHaveLength(1);

    // Corrected, then withdrawn: exactly the chats that got it hear of each, as text.
    await correctResult(h.app.readModel, OWNER_ID, saved.resultId, { wonOn: "2026-02-17" }, h.clock());
    const correction = await announceResultCorrection(h.db, OWNER_ID, saved.resultId, h.clock());
    expect(correction?.audienceSize).toBe(9);
    const fixed = await Promise.all(skaters.map((u) => u.waitForMessage({ timeoutMs: 20_000 })));
    expect(fixed[2]!.photo).toBeUndefined();
    expect(fixed[2]!.text).toContain("✏️ Correction to a result we sent you:");
    expect(fixed[2]!.text).toContain("17 February 2026");
    expect(fixed[0]!.text).toContain("✏️ Исправление результата");
    await removeResult(h.app.readModel, OWNER_ID, saved.resultId, h.clock());
    await announceResultCorrection(h.db, OWNER_ID, saved.resultId, h.clock());
    const withdrawn = await Promise.all(skaters.map((u) => u.waitForMessage({ timeoutMs: 20_000 })));
    expect(withdrawn[1]!.text).toContain("✏️ Түзету: біз сізге бұрын жіберген нәтиже");
    expect(withdrawn[2]!.text).toBe(
      "✏️ Correction: the result in Figure skating at the Milan–Cortina d’Ampezzo 2026 Olympic Winter Games that we sent you earlier has been withdrawn.",
    );
    await senderIdle(h);
    for (const u of [...skaters, noPhotos]) expect(u.history()).toHaveLength(4);
    for (const u of boxers) expect(u.history()).toHaveLength(1);
  });

  it("Undo right after a second save: nobody hears of it", async () => {
    const before = h.api.calls({ method: "sendPhoto" }).length + h.api.calls({ method: "sendMessage" }).length;
    const saved = await recordResult(h.app.readModel, OWNER_ID, result("e2e-silver", "silver"), h.clock(), {
      alert: true,
      alertDelayMs: DELAY,
    });
    const undone = await removeResult(h.app.readModel, OWNER_ID, saved.resultId, h.clock(), "result.undo");
    expect(undone).toEqual({ removed: true, cancelledBroadcast: true, alertedChats: 0 });
    later(DELAY + 1_000);
    await senderIdle(h);
    const rows = await h.db.select().from(deliveries).where(eq(deliveries.broadcastId, saved.broadcastId!));
    expect(rows.length).toBe(9);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["cancelled"]));
    expect(h.api.calls({ method: "sendPhoto" }).length + h.api.calls({ method: "sendMessage" }).length).toBe(before);
  });

  it("a fan turns medal alerts on in the settings menu; the alert's button leads back there to change or stop them", async () => {
    const aigul = h.api.createUser({ firstName: "Aigul", languageCode: "en" });
    const menu = await ask(aigul, "/settings");
    expect(menu.text).toContain("🥇 Results: no alerts.");
    const on = await pressAndEdit(aigul, menu, "🥇 Medals");
    expect(on.message.text).toContain("🥇 Results: medals, every sport (Olympic and Paralympic Games).");
    expect((await getSubscription(h.db, aigul.id)).results).toBe("medals");

    const saved = await recordResult(h.app.readModel, OWNER_ID, result("e2e-bronze", "gold"), h.clock(), { alert: true, alertDelayMs: 0 });
    const alert = await aigul.waitForMessage({ timeoutMs: 20_000 });
    expect(alert.photo).toBeDefined();
    // Medals of every sport: the button stops medal alerts (tests/e2e/alert-controls.test.ts).
    expect(alert.buttons.flat().map((x) => x.text)).toEqual(["🔕 Stop medal alerts", "⚙️ Settings"]);
    const settings = await press(aigul, alert, "⚙️ Settings");
    expect(settings.text).toContain("🥇 Results: medals, every sport");
    const off = await pressAndEdit(aigul, settings, "🥇 Off");
    expect(off.message.text).toContain("🥇 Results: no alerts.");
    expect((await getSubscription(h.db, aigul.id)).results).toBe("off");
    expect(saved.already).toBe(false);
  });
});
