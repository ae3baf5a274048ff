import { describe, expect, it } from "vitest";
import { readZoneInput, zoneOfCity } from "../../src/lib/zone-input.js";
import { hostDate } from "../../src/lib/zoned-time.js";

describe("a host's zone as staff give it", () => {
  it("finds the zone named for a city, however it is written", () => {
    expect(zoneOfCity("Tashkent")).toBe("Asia/Tashkent");
    expect(zoneOfCity("los angeles")).toBe("America/Los_Angeles");
    expect(zoneOfCity("  Paris ")).toBe("Europe/Paris");
    // Doha has no zone of its own name (Asia/Qatar): the offset is typed instead.
    expect(zoneOfCity("Doha")).toBeNull();
    expect(zoneOfCity("Testville")).toBeNull();
  });

  it("reads a whole-hour offset as the fixed zone of that offset, and IANA zones as typed", () => {
    for (const typed of ["UTC+3", "utc +3", "GMT+3", "+3", "+03:00", "+0300"]) expect(readZoneInput(typed), typed).toBe("Etc/GMT-3");
    expect(readZoneInput("UTC-5")).toBe("Etc/GMT+5");
    expect(readZoneInput("UTC−5")).toBe("Etc/GMT+5"); // a typographic minus
    expect(readZoneInput("UTC+14")).toBe("Etc/GMT-14");
    expect(readZoneInput("UTC")).toBe("Etc/UTC");
    expect(readZoneInput("UTC+0")).toBe("Etc/UTC");
    expect(readZoneInput("Asia/Qatar")).toBe("Asia/Qatar");
    for (const bad of ["UTC+15", "UTC-13", "Mars/Olympus", "", "Доха", "'; DROP TABLE x; --"]) expect(readZoneInput(bad), bad).toBeNull();
  });

  it("puts a late evening in a UTC+5 host on its own day", () => {
    // 20:00 UTC on 8 December is 01:00 on the 9th at UTC+5, 15:00 on the 8th at UTC-5.
    const at = new Date("2026-12-08T20:00:00Z");
    expect(hostDate(at, readZoneInput("UTC+5")!)).toBe("2026-12-09");
    expect(hostDate(at, readZoneInput("UTC-5")!)).toBe("2026-12-08");
  });
});
