/**
 * The database goes away in the middle of a broadcast (PostgreSQL): the sender's lock session is
 * gone and every statement fails for longer than the sender used to wait before giving up its
 * records. Once the database is back, every subscriber has the alert, and nobody has it twice:
 * the sender finishes recording what it had in flight before this instance sends again.
 */
import { desc } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { broadcasts } from "../../src/db/schema.js";
import { touchChat } from "../../src/domain/chats.js";
import { listSports, loadFanData } from "../../src/domain/fan-data.js";
import { recordLicense } from "../../src/domain/license-records.js";
import { subscribeToSport } from "../../src/domain/subscriptions.js";
import { type BotHarness, eventually, startBotHarness } from "../helpers/bot.js";
import { testDatabaseUrl } from "../helpers/db.js";

const OWNER_ID = 1000001; // the harness's BOT_OWNER_IDS
const FANS = 120;
/** The sender's leader lock (src/app/background-jobs.ts). */
const SENDER_LOCK_KEY = 720_720_251;

describe.skipIf(!testDatabaseUrl)("a database outage in the middle of a broadcast (PostgreSQL)", () => {
  let h: BotHarness;
  let fans: LocalUser[];
  beforeAll(async () => {
    h = await startBotHarness({ now: "2026-12-01T21:00:00Z" });
    const data = await loadFanData(h.db);
    const boxing = (await listSports(data)).find((s) => s.slug === "boxing");
    fans = Array.from({ length: FANS }, (_, i) => h.api.createUser({ firstName: `Fan ${i}`, languageCode: "en" }));
    for (const fan of fans) {
      await touchChat(h.db, { id: fan.id, type: "private" }, h.clock());
      await subscribeToSport(h.db, fan.id, boxing?.id ?? 0, h.clock());
    }
  });
  afterAll(async () => h?.stop());

  it("every subscriber gets the alert once", async () => {
    const data = await loadFanData(h.db);
    const games = data.catalog.games.find((g) => g.slug === "la-2028-olympic");
    const boxing = (await listSports(data)).find((s) => s.slug === "boxing");
    const alerted = (fan: LocalUser) => fan.history().filter((m) => m.text.includes("Outage Boxer")).length;
    await recordLicense(
      h.app.readModel,
      OWNER_ID,
      {
        gamesId: games?.id ?? 0,
        sportId: boxing?.id ?? 0,
        athleteIds: [],
        newAthletes: [{ en: "Outage Boxer" }],
        team: null,
        event: null,
        howWon: null,
        wonOn: "2026-12-01",
        quotaPlaces: 1,
        source: null,
      },
      h.clock(),
      0,
    );
    // Some way in, the database goes: statements fail, and the lock's session is ended.
    await eventually(() => expect(fans.filter((f) => alerted(f) > 0).length).toBeGreaterThanOrEqual(20), 30_000);
    h.dbFaults.outage("refused");
    // Only in this test's database: advisory locks are per database, and test files run side by
    // side on one server (ending every holder of the key once took down another file's sender).
    const admin = postgres(h.database.url ?? "", { max: 1, onnotice: () => {} });
    try {
      await admin`select pg_terminate_backend(pid) from pg_locks
                  where locktype = 'advisory' and objid = ${SENDER_LOCK_KEY} and granted
                    and database = (select oid from pg_database where datname = current_database())`;
    } finally {
      await admin.end({ timeout: 5 });
    }
    const lost = () => h.logs.some((l) => l.includes("broadcast sender: lost the lock"));
    const unrecorded = () => h.logs.some((l) => l.includes("could not record a delivery"));
    await eventually(() => expect(lost() && unrecorded()).toBe(true), 30_000);
    // The outage lasts 8 s (the fault itself, not a wait for a result): past the five seconds
    // after which the sender used to give up its records, and repeat those sends.
    await new Promise((r) => setTimeout(r, 8_000));
    h.dbFaults.restore();

    await eventually(() => expect(fans.filter((f) => alerted(f) > 0)).toHaveLength(FANS), 90_000);
    // The sender has nothing left: the broadcast is done once every delivery is recorded.
    await eventually(async () => {
      const [row] = await h.db.select({ status: broadcasts.status }).from(broadcasts).orderBy(desc(broadcasts.id)).limit(1);
      expect(row?.status).toBe("done");
    }, 60_000);
    expect(fans.filter((f) => alerted(f) > 1).map((f) => f.firstName)).toEqual([]);
  }, 240_000);
});
