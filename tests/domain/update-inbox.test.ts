import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { inboundUpdates } from "../../src/db/schema.js";
import { claimAbandoned, claimUpdate, finishUpdate, pruneUpdates, renewClaims } from "../../src/domain/update-inbox.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
});
afterAll(async () => database?.close());

const payload = (id: number) => ({ update_id: id, message: { text: `/help ${id}` } });
/** Makes a claim look as if its instance stopped renewing it a while ago. */
const expire = (id: number) =>
  database.db.update(inboundUpdates).set({ leaseUntil: sql`now() - interval '1 second'` }).where(sql`update_id = ${id}`);

describe("update inbox", () => {
  test("an update is claimed once: a redelivery while it runs, and after it is done, is refused", async () => {
    expect(await claimUpdate(database.db, 1, payload(1), 60_000)).toBe(true);
    expect(await claimUpdate(database.db, 1, payload(1), 60_000)).toBe(false);
    await finishUpdate(database.db, 1);
    expect(await claimUpdate(database.db, 1, payload(1), 60_000)).toBe(false);
    await expire(1);
    expect(await claimUpdate(database.db, 1, payload(1), 60_000)).toBe(false); // done stays done
  });

  test("a claim whose instance died (lease ran out) can be taken over, by a redelivery or by the sweeper, once", async () => {
    await claimUpdate(database.db, 2, payload(2), 60_000);
    await claimUpdate(database.db, 3, payload(3), 60_000);
    await expire(2);
    await expire(3);
    expect(await claimUpdate(database.db, 2, payload(2), 60_000)).toBe(true);
    expect(await claimAbandoned(database.db, 10, 60_000)).toEqual([{ updateId: 3, payload: payload(3) }]);
    // Taken: neither comes back while the new claims live.
    expect(await claimAbandoned(database.db, 10, 60_000)).toEqual([]);
    expect(await claimUpdate(database.db, 3, payload(3), 60_000)).toBe(false);
  });

  test("renewing keeps a long-running update away from the sweeper; done updates are pruned after their age", async () => {
    await claimUpdate(database.db, 4, payload(4), 1);
    await renewClaims(database.db, [4], 60_000);
    expect((await claimAbandoned(database.db, 10, 60_000)).map((u) => u.updateId)).not.toContain(4);
    await finishUpdate(database.db, 4);
    expect(await pruneUpdates(database.db, 24 * 3_600_000)).toBe(0);
    await database.db.update(inboundUpdates).set({ doneAt: sql`now() - interval '2 days'` }).where(sql`update_id = 4`);
    expect(await pruneUpdates(database.db, 24 * 3_600_000)).toBe(1);
    const left = await database.db.select({ id: inboundUpdates.updateId }).from(inboundUpdates);
    expect(left.map((r) => r.id).sort()).toEqual([1, 2, 3]);
  });
});
