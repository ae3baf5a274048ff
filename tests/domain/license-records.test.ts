import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { auditLog, broadcasts, deliveries, licenses } from "../../src/db/schema.js";
import { claimDueDeliveries, recordSent } from "../../src/domain/broadcasts.js";
import { touchChat } from "../../src/domain/chats.js";
import {
  athleteLicenses,
  findGames,
  licenseSummary,
  listAthletes,
  listSports,
  loadFanData,
  sportLicenses,
} from "../../src/domain/fan-data.js";
import {
  auditTrail,
  correctLicense,
  likelyDuplicates,
  type NewLicense,
  recentLicenseIds,
  recordLicense,
  removeLicense,
  renameAthlete,
} from "../../src/domain/license-records.js";
import { findLicense } from "../../src/domain/licenses.js";
import { unobserved } from "../../src/domain/read-model.js";
import { subscribeToSport } from "../../src/domain/subscriptions.js";
import type { Sport } from "../../src/domain/types.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { bySlug } from "../helpers/fixtures.js";

const STAFF = 7001;
const now = new Date("2028-03-10T21:30:00Z");
const MINUTE = 60_000;

let database: TestDatabase;
let sports: Sport[];
let la: number;
const sport = (slug: string) => bySlug(sports, slug);

beforeAll(async () => {
  database = await createTestDatabase();
  sports = await listSports(await loadFanData(database.db));
  la = (await findGames(await loadFanData(database.db), "la-2028-olympic"))!.id;
  for (const id of [501, 502, 503]) {
    await touchChat(database.db, { id, type: "private" }, now);
    await subscribeToSport(database.db, id, sport("boxing").id, now);
  }
});
afterAll(async () => database?.close());

function boxingLicense(extra: Partial<NewLicense> = {}): NewLicense {
  return {
    gamesId: la,
    sportId: sport("boxing").id,
    athleteIds: [],
    newAthletes: [{ en: "Test Boxer", ru: "Тест Боксёр" }],
    team: null,
    event: { en: "Men's 51 kg" },
    howWon: { en: "World qualifier, final" },
    wonOn: "2028-03-10",
    quotaPlaces: 1,
    source: "https://example.org/report",
    ...extra,
  };
}

const auditOf = (licenseId: number) =>
  database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, String(licenseId)));

describe("recording a license", () => {
  test("license, new athlete, links and audit in one go; fans read it at once", async () => {
    const { licenseId, alert } = await recordLicense(unobserved(database.db), STAFF, boxingLicense(), now, null);
    expect(alert).toBeNull();
    const found = await findLicense(database.db, licenseId);
    expect(found?.license).toMatchObject({
      event: { en: "Men's 51 kg" },
      athletes: [{ name: { en: "Test Boxer", ru: "Тест Боксёр" } }],
      wonOn: "2028-03-10",
      source: "https://example.org/report",
    });
    expect((await sportLicenses(await loadFanData(database.db), la, sport("boxing").id)).map((l) => l.id)).toContain(licenseId);
    const [row] = await database.db.select().from(licenses).where(eq(licenses.id, licenseId));
    expect(row).toMatchObject({ createdBy: STAFF, createdAt: now, seedKey: null });
    const athlete = (await listAthletes(await loadFanData(database.db))).find((a) => a.name.en === "Test Boxer")!;
    expect((await athleteLicenses(await loadFanData(database.db), athlete.id)).map((x) => x.license.id)).toEqual([licenseId]);
    const [entry] = await auditOf(licenseId);
    expect(entry).toMatchObject({ actorId: STAFF, action: "license.create", entity: "license" });
    expect((entry!.payload as { after: { event: unknown } }).after.event).toEqual({ en: "Men's 51 kg" });
  });

  test("with an alert: every subscriber of the sport gets a delivery, due after the delay", async () => {
    const { licenseId, alert } = await recordLicense(unobserved(database.db), STAFF, boxingLicense({ newAthletes: [] }), now, MINUTE);
    expect(alert).toMatchObject({ audienceSize: 3, notBefore: new Date(now.getTime() + MINUTE) });
    const [b] = await database.db
      .select()
      .from(broadcasts)
      .where(eq(broadcasts.dedupeKey, `license:${licenseId}`));
    expect(b).toMatchObject({ status: "sending", createdBy: STAFF });
    expect(await claimDueDeliveries(database.db, 10, now)).toEqual([]);
  });

  test("a likely duplicate: same Games, sport, event and athlete", async () => {
    const boxer = (await listAthletes(await loadFanData(database.db))).find((a) => a.name.en === "Test Boxer")!;
    const input = { gamesId: la, sportId: sport("boxing").id, event: { en: "men's 51 KG" }, athleteIds: [boxer.id] };
    expect((await likelyDuplicates(database.db, input)).length).toBeGreaterThan(0);
    expect(await likelyDuplicates(database.db, { ...input, event: { en: "Women's 51 kg" } })).toEqual([]);
    expect(await likelyDuplicates(database.db, { ...input, sportId: sport("judo").id })).toEqual([]);
  });
});

describe("undo and removal", () => {
  test("undo before the alert starts: the license is gone for fans and nobody gets the alert", async () => {
    const before = await licenseSummary(await loadFanData(database.db), la)!;
    const { licenseId } = await recordLicense(unobserved(database.db), STAFF, boxingLicense({ newAthletes: [] }), now, MINUTE);
    expect((await licenseSummary(await loadFanData(database.db), la)!).licenseCount).toBe(before.licenseCount + 1);

    const outcome = await removeLicense(unobserved(database.db), STAFF, licenseId, new Date(now.getTime() + 10_000), "license.undo");
    expect(outcome).toEqual({ removed: true, alert: "cancelled", sent: 0 });
    expect(await findLicense(database.db, licenseId)).toBeNull();
    expect((await licenseSummary(await loadFanData(database.db), la)!).licenseCount).toBe(before.licenseCount);
    expect(await claimDueDeliveries(database.db, 100, new Date(now.getTime() + 2 * MINUTE))).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ payload: { licenseId } })]),
    );
    expect((await auditOf(licenseId)).map((e) => e.action).sort()).toEqual(["license.create", "license.undo"]);
    // Twice is harmless.
    expect(await removeLicense(unobserved(database.db), STAFF, licenseId, now)).toEqual({ removed: false });
  });

  test("removal after some alerts went out stops the rest and says how many were sent", async () => {
    const { licenseId, alert } = await recordLicense(unobserved(database.db), STAFF, boxingLicense({ newAthletes: [] }), now, 0);
    const due = (await claimDueDeliveries(database.db, 100, now)).filter((d) => d.broadcastId === alert!.broadcastId);
    expect(due).toHaveLength(3);
    await recordSent(database.db, { broadcastId: due[0]!.broadcastId, chatId: due[0]!.chatId }, 9001, now);

    expect(await removeLicense(unobserved(database.db), STAFF, licenseId, now)).toEqual({ removed: true, alert: "stopped", sent: 3 });
    const [b] = await database.db.select().from(broadcasts).where(eq(broadcasts.id, alert!.broadcastId));
    expect(b?.status).toBe("cancelled");
    const sent = await database.db.select().from(deliveries).where(eq(deliveries.broadcastId, alert!.broadcastId));
    expect(sent.filter((d) => d.status === "sent")).toHaveLength(1);
  });

  test("bad ids remove nothing", async () => {
    for (const id of [0, -1, 1.5, 2 ** 60, 999_999])
      expect(await removeLicense(unobserved(database.db), STAFF, id, now)).toEqual({ removed: false });
  });
});

describe("corrections", () => {
  test("a correction changes only the named fields, audits before and after, and never re-alerts", async () => {
    const { licenseId } = await recordLicense(unobserved(database.db), STAFF, boxingLicense({ newAthletes: [] }), now, null);
    const later = new Date(now.getTime() + MINUTE);
    expect(
      await correctLicense(
        unobserved(database.db),
        STAFF,
        licenseId,
        { event: { en: "Men's 57 kg", ru: "До 57 кг" }, quotaPlaces: 2 },
        later,
      ),
    ).toBe(true);
    const found = await findLicense(database.db, licenseId);
    expect(found?.license).toMatchObject({ event: { en: "Men's 57 kg", ru: "До 57 кг" }, quotaPlaces: 2, wonOn: "2028-03-10" });
    const edit = (await auditOf(licenseId)).find((e) => e.action === "license.edit")!;
    const payload = edit.payload as { before: { event: unknown }; after: { event: unknown } };
    expect(payload.before.event).toEqual({ en: "Men's 51 kg" });
    expect(payload.after.event).toEqual({ en: "Men's 57 kg", ru: "До 57 кг" });
    expect(
      await database.db
        .select()
        .from(broadcasts)
        .where(eq(broadcasts.dedupeKey, `license:${licenseId}`)),
    ).toEqual([]);
    expect((await recentLicenseIds(database.db, 1))[0]).toBe(licenseId);
  });

  test("athlete names in another script, audited; a removed license cannot be corrected", async () => {
    const boxer = (await listAthletes(await loadFanData(database.db))).find((a) => a.name.en === "Test Boxer")!;
    expect(
      await renameAthlete(unobserved(database.db), STAFF, boxer.id, { en: "Test Boxer", ru: "Тест Боксёр", kk: "Тест Боксшы" }, now),
    ).toBe(true);
    expect((await listAthletes(await loadFanData(database.db))).find((a) => a.id === boxer.id)?.name.kk).toBe("Тест Боксшы");
    expect(await renameAthlete(unobserved(database.db), STAFF, boxer.id, {}, now)).toBe(false);

    const { licenseId } = await recordLicense(unobserved(database.db), STAFF, boxingLicense({ newAthletes: [] }), now, null);
    const last = new Date(now.getTime() + 5 * MINUTE);
    await removeLicense(unobserved(database.db), STAFF, licenseId, last);
    expect(await correctLicense(unobserved(database.db), STAFF, licenseId, { quotaPlaces: 3 }, last)).toBe(false);
    const trail = await auditTrail(database.db, 5);
    expect(trail[0]).toMatchObject({ action: "license.remove", entityId: String(licenseId) });
  });
});
