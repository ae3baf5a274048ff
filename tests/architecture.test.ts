/**
 * The layer rules (.dependency-cruiser.cjs) as a test, so CI and `npm test` enforce them: no import
 * cycles; lib/, config/ and db/ import nothing above them; domain/ no grammY; features never import
 * each other; views never the bot context; nothing in src/ the local Bot API server.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

interface CruiseResult {
  summary: {
    totalCruised: number;
    violations: { rule: { name: string }; from: string; to: string }[];
  };
}

describe("architecture", () => {
  it("every import follows the layer rules", async () => {
    const { stdout } = await promisify(execFile)(
      "node_modules/.bin/depcruise",
      ["src", "local-api", "--config", ".dependency-cruiser.cjs", "--output-type", "json"],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? "" })); // it exits non-zero on violations
    const result = JSON.parse(stdout) as CruiseResult;
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    expect(result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 60_000);
});
