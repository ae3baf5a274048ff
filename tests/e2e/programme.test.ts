/**
 * Each Games' programme as a fan meets it on 6 Dec 2026 (Milano Cortina 2026 over, LA 2028 next):
 * a sport screen opens at a Games that holds the sport, never at one without it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalUser } from "../../local-api/index.js";
import { ask, type BotHarness, startBotHarness } from "../helpers/bot.js";

let h: BotHarness;
let fan: LocalUser;
beforeAll(async () => {
  h = await startBotHarness({ now: "2026-12-06T09:00:00Z" });
  fan = h.api.createUser({ firstName: "Aru", languageCode: "en" });
  await ask(fan, "/start");
});
afterAll(async () => h?.stop());

describe("sport screens and each Games' programme", () => {
  it("/schedule cricket shows LA 2028's cricket window", async () => {
    const m = await ask(fan, "/schedule cricket");
    expect(m.text).toContain("Cricket — Los Angeles 2028");
    expect(m.text).toMatch(/Cricket — 12\D+29 July/);
  });

  it("a winter sport opens at a winter Games, not at LA 2028", async () => {
    for (const query of ["/schedule biathlon", "/licenses biathlon", "/schedule фигурное катание"]) {
      const m = await ask(fan, query);
      expect(m.text, query).not.toContain("Los Angeles");
      expect(m.text, query).toMatch(/Winter/);
    }
  });

  it("breaking opens at a Games that holds it, not LA 2028", async () => {
    const m = await ask(fan, "/schedule breaking");
    expect(m.text).not.toContain("Los Angeles");
  });
});
