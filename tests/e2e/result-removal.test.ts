/**
 * /removeresult end to end: a result whose alert reached two subscribers (a third chat, not
 * subscribed, got nothing) is removed by the owner, who is told the alert reached 2 chats and
 * offered a correction; pressing it tells exactly those two chats, in their language, and a second
 * press sends nothing more. A bad id and a result already removed get a clear reply.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { results } from "../../src/db/schema.js";
import { findGames, listSports, loadFanData } from "../../src/domain/fan-data.js";
import { recordResult } from "../../src/domain/result-records.js";
import { subscribeToSport, updateSubscription } from "../../src/domain/subscriptions.js";
import type { Sport } from "../../src/domain/types.js";
import { ask, type BotHarness, buttonTexts, eventually, pressAndEdit, senderIdle, startBotHarness } from "../helpers/bot.js";
import { testMedal } from "../helpers/fixtures.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS

let h: BotHarness;
let owner: LocalUser;
let milan: number;
let sports: Sport[];

beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-06T10:00:00Z" });
  const data = await loadFanData(h.db);
  milan = findGames(data, "milano-cortina-2026-olympic")!.id;
  sports = listSports(data);
  owner = h.api.createUser({ id: OWNER_ID, firstName: "Owner", languageCode: "en" });
  await ask(owner, "/start");
});
afterAll(async () => h?.stop());

async function fan(languageCode: string, subscribed: boolean): Promise<LocalUser> {
  const user = h.api.createUser({ firstName: `Fan ${languageCode}`, languageCode });
  await ask(user, "/start");
  if (subscribed) {
    await subscribeToSport(h.db, user.id, sports.find((s) => s.slug === "figure-skating")!.id, h.clock());
    await updateSubscription(h.db, user.id, { results: "medals" }, h.clock());
  }
  return user;
}

describe("/removeresult", () => {
  it("removes a result, offers its two chats a correction, sends it once to exactly them", async () => {
    const ru = await fan("ru", true);
    const kk = await fan("kk", true);
    const other = await fan("en", false);
    const saved = await recordResult(
      h.app.readModel,
      OWNER_ID,
      testMedal("e2e-remove", { gamesId: milan, sportId: sports.find((s) => s.slug === "figure-skating")!.id }),
      h.clock(),
      { alert: true, alertDelayMs: 0 },
    );
    const id = saved.resultId;
    // The first medal card this process renders loads its layout engine: a second alone, many more
    // on a machine busy with the broadcast-crash tests.
    for (const u of [ru, kk]) expect((await u.waitForMessage({ timeoutMs: 60_000 })).text).toContain("Аружан Тестова");
    await senderIdle(h);
    expect(other.history()).toHaveLength(1);

    // Without an id: the recent results as buttons.
    const pick = await ask(owner, "/removeresult");
    expect(pick.text).toContain("Remove a result.");
    const label = buttonTexts(pick).find((b) => b.startsWith(`#${id} `));
    expect(label).toBe(`#${id} 🥇 Aruzhan Testova · Figure skating · Milan–Cortina d’Ampezzo 2026`);

    const confirm = (await pressAndEdit(owner, pick, label!)).message;
    expect(confirm.text).toContain(`Remove result #${id}?`);
    expect(confirm.text).toContain("🥇 Gold! Aruzhan Testova — Figure skating, Test ice dance");
    expect(confirm.text).toContain("Its alert has already reached 2 chats");
    expect(buttonTexts(confirm)).toEqual(["🗑 Yes, remove it", "No, keep it"]);
    const kept = await pressAndEdit(owner, confirm, "No, keep it");
    expect(kept.message.text).toBe(`Kept: result #${id} was not removed.`);

    const again = await ask(owner, `/removeresult #${id}`);
    const removed = await pressAndEdit(owner, again, "🗑 Yes, remove it");
    expect(removed.message.text).toContain(`Removed result #${id}: fans no longer see it. Its alert reached 2 chats.`);
    expect(buttonTexts(removed.message)).toEqual(["✏️ Send them a correction (2)"]);
    const [row] = await h.db.select().from(results).where(eq(results.id, id));
    expect(row!.removedAt).not.toBeNull();

    const sent = await pressAndEdit(owner, removed.message, "✏️ Send them a correction (2)");
    expect(sent.message.text).toContain(`The correction for result #${id} is on its way to 2 chats`);
    expect((await ru.waitForMessage({ timeoutMs: 20_000 })).text).toContain("✏️ Исправление: результат");
    expect((await kk.waitForMessage({ timeoutMs: 20_000 })).text).toContain("✏️ Түзету: біз сізге бұрын жіберген нәтиже");

    // A second press sends nothing more, and says so.
    const second = await owner.press(sent.message, "✏️ Send them a correction (2)");
    expect(second.text).toBe("This correction was already sent (2); nothing was sent twice.");
    await senderIdle(h);
    await eventually(async () => {
      expect(ru.history()).toHaveLength(3);
      expect(kk.history()).toHaveLength(3);
    });
    expect(other.history()).toHaveLength(1);

    // Already removed, and a bad id: a clear reply, nothing changed.
    expect((await ask(owner, `/removeresult ${id}`)).text).toBe(
      `There is no result #${id}: it was removed already, or the id is mistyped. Nothing changed.`,
    );
    expect((await ask(owner, "/removeresult twenty")).text).toBe("That is not a result id: send e.g. /removeresult 20.");
    expect((await ask(owner, "/removeresult 99999")).text).toContain("There is no result #99999");
  }, 120_000);
});
