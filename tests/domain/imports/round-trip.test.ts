import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCsv } from "../../../src/domain/imports/export.js";
import { checkImport } from "../../../src/domain/imports/plan.js";
import { IMPORT_KINDS } from "../../../src/domain/imports/registry.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.js";

let database: TestDatabase;
const now = new Date("2026-12-06T10:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

describe("export → import of the reference data", () => {
  for (const kind of IMPORT_KINDS) {
    it(`${kind.name}: every row unchanged`, async () => {
      const file = await exportCsv(database.db, kind);
      const check = await checkImport(database.db, file.bytes, { lang: "en", now });
      if (check.status !== "ready") console.log(JSON.stringify(check, null, 1).slice(0, 3000));
      expect(check.status).toBe("ready");
      if (check.status !== "ready") return;
      expect(check.plan.counts).toEqual({ new: 0, changed: 0, unchanged: file.rows });
      expect(check.plan.newAthletes).toEqual([]);
    });
  }
});
