import { describe, expect, it } from "vitest";
import { parseGamesQuery } from "../../src/domain/games-query.js";
import { buildModel } from "../helpers/fixtures.js";

const { games } = buildModel();
const NOW = new Date("2026-12-06T12:00:00Z");

function parsed(text: string) {
  const q = parseGamesQuery(games, text, NOW);
  return {
    games: q.games?.slug ?? null,
    kind: q.kind,
    rest: q.rest,
    notUnderstood: q.notUnderstood,
  };
}

describe("parseGamesQuery: the Games a fan names", () => {
  it.each([
    // English
    ["paris", "paris-2024-olympic", null, ""],
    ["Paris 2024", "paris-2024-olympic", null, ""],
    ["paris paralympic", "paris-2024-paralympic", "paralympic", ""],
    ["2026", "milano-cortina-2026-olympic", null, ""],
    ["2026 paralympics", "milano-cortina-2026-paralympic", "paralympic", ""],
    ["milano", "milano-cortina-2026-olympic", null, ""],
    ["milan", "milano-cortina-2026-olympic", null, ""],
    ["Milano Cortina", "milano-cortina-2026-olympic", null, ""],
    ["cortina", "milano-cortina-2026-olympic", null, ""],
    ["la 2028", "la-2028-olympic", null, ""],
    ["LA", "la-2028-olympic", null, ""],
    ["L.A. 2028", "la-2028-olympic", null, ""],
    ["Los Angeles", "la-2028-olympic", null, ""],
    ["french alps", "french-alps-2030-olympic", null, ""],
    ["alps 2030 paralympic", "french-alps-2030-paralympic", "paralympic", ""],
    ["brisbane", "brisbane-2032-olympic", null, ""],
    ["Olympic Games Paris 2024", "paris-2024-olympic", "olympic", ""],
    ["boxing paris", "paris-2024-olympic", null, "boxing"],
    ["Nurbek Oralbay la 2028", "la-2028-olympic", null, "Nurbek Oralbay"],
    // Russian, with case endings
    ["париж", "paris-2024-olympic", null, ""],
    ["бокс париж", "paris-2024-olympic", null, "бокс"],
    ["бокс в Париже", "paris-2024-olympic", null, "бокс"],
    ["милан", "milano-cortina-2026-olympic", null, ""],
    ["в Милане", "milano-cortina-2026-olympic", null, ""],
    ["Милан — Кортина-д’Ампеццо 2026", "milano-cortina-2026-olympic", null, ""],
    ["кортина", "milano-cortina-2026-olympic", null, ""],
    ["лос-анджелес", "la-2028-olympic", null, ""],
    ["Лос Анджелес 2028", "la-2028-olympic", null, ""],
    ["в Лос-Анджелесе", "la-2028-olympic", null, ""],
    ["л.а.", "la-2028-olympic", null, ""],
    ["альпы", "french-alps-2030-olympic", null, ""],
    ["Французские Альпы 2030", "french-alps-2030-olympic", null, ""],
    ["брисбен", "brisbane-2032-olympic", null, ""],
    ["паралимпиада 2024", "paris-2024-paralympic", "paralympic", ""],
    ["Паралимпийские игры 2026", "milano-cortina-2026-paralympic", "paralympic", ""],
    ["олимпиада 2024 года", "paris-2024-olympic", "olympic", ""],
    ["Олимпийские игры в Париже", "paris-2024-olympic", "olympic", ""],
    ["2024 г.", "paris-2024-olympic", null, ""],
    // Kazakh
    ["Парижде", "paris-2024-olympic", null, ""],
    ["Миланда", "milano-cortina-2026-olympic", null, ""],
    ["Лос-Анджелесте", "la-2028-olympic", null, ""],
    ["Француз Альпілері", "french-alps-2030-olympic", null, ""],
    ["2024 жылғы паралимпиада", "paris-2024-paralympic", "paralympic", ""],
    ["паралимпиялық ойындар 2024", "paris-2024-paralympic", "paralympic", ""],
    ["олимпиада ойындары 2028", "la-2028-olympic", "olympic", ""],
    ["бокс 2024-жылы", "paris-2024-olympic", null, "бокс"],
    // What old Share buttons typed, and what the new ones type
    ["бокс paris-2024-olympic", "paris-2024-olympic", "olympic", "бокс"],
    ["бокс PARIS-2024-PARALYMPIC", "paris-2024-paralympic", "paralympic", "бокс"],
    ["milano-cortina-2026-paralympic", "milano-cortina-2026-paralympic", "paralympic", ""],
    ["la-2028-olympic", "la-2028-olympic", "olympic", ""],
    ["Бокс Париж 2024 (Паралимпиада)", "paris-2024-paralympic", "paralympic", "Бокс"],
    ["Boxing Milan–Cortina d’Ampezzo 2026", "milano-cortina-2026-olympic", null, "Boxing"],
    ["Бокс Милан — Кортина-д’Ампеццо 2026", "milano-cortina-2026-olympic", null, "Бокс"],
  ])("%j → %s (%s), rest %j", (text, slug, kind, rest) => {
    expect(parsed(text)).toEqual({ games: slug, kind, rest, notUnderstood: [] });
  });

  it("a kind word alone names no Games, only the kind", () => {
    expect(parsed("paralympic")).toEqual({ games: null, kind: "paralympic", rest: "", notUnderstood: [] });
    expect(parsed("паралимпиада")).toEqual({ games: null, kind: "paralympic", rest: "", notUnderstood: [] });
    expect(parsed("паралимпиялық")).toEqual({ games: null, kind: "paralympic", rest: "", notUnderstood: [] });
    expect(parsed("олимпиада")).toEqual({ games: null, kind: "olympic", rest: "", notUnderstood: [] });
    expect(parsed("para")).toEqual({ games: null, kind: "paralympic", rest: "", notUnderstood: [] });
    expect(parsed("когда олимпиада?")).toEqual({ games: null, kind: "olympic", rest: "когда", notUnderstood: [] });
  });

  it("a season word narrows without naming", () => {
    const q = parseGamesQuery(games, "зимняя олимпиада", NOW);
    expect({ games: q.games, kind: q.kind, season: q.season, rest: q.rest }).toEqual({
      games: null,
      kind: "olympic",
      season: "winter",
      rest: "",
    });
    expect(parseGamesQuery(games, "қысқы 2026", NOW).games?.slug).toBe("milano-cortina-2026-olympic");
    expect(parseGamesQuery(games, "summer paralympics", NOW).season).toBe("summer");
  });

  it("the rest keeps the kind word for a sport whose name holds one", () => {
    const q = parseGamesQuery(games, "para judo paris", NOW);
    expect(q).toMatchObject({ rest: "judo", restWithKind: "para judo" });
    expect(q.games?.slug).toBe("paris-2024-paralympic");
    expect(parseGamesQuery(games, "Пара-дзюдо 2024", NOW)).toMatchObject({ rest: "дзюдо", restWithKind: "Пара-дзюдо" });
  });

  it("words that name no Games are reported, never dropped", () => {
    expect(parsed("2025")).toEqual({ games: null, kind: null, rest: "", notUnderstood: ["2025"] });
    expect(parseGamesQuery(games, "2025", NOW).yearWithoutGames).toBe(2025);
    expect(parsed("paris 2026")).toEqual({ games: null, kind: null, rest: "", notUnderstood: ["paris", "2026"] });
    expect(parseGamesQuery(games, "paris 2026", NOW).yearWithoutGames).toBeNull();
    expect(parsed("бокс 1996")).toEqual({ games: null, kind: null, rest: "бокс", notUnderstood: ["1996"] });
    expect(parsed("паралимпиада 2025")).toEqual({ games: null, kind: "paralympic", rest: "", notUnderstood: ["2025"] });
    expect(parsed("зимний париж")).toEqual({ games: null, kind: null, rest: "", notUnderstood: ["зимний", "париж"] });
  });

  it("text without a Games is left as it was", () => {
    expect(parsed("")).toEqual({ games: null, kind: null, rest: "", notUnderstood: [] });
    expect(parsed("бокс")).toEqual({ games: null, kind: null, rest: "бокс", notUnderstood: [] });
    expect(parsed("  Nurbek Oralbay ")).toEqual({ games: null, kind: null, rest: "Nurbek Oralbay", notUnderstood: [] });
    expect(parsed("'; DROP TABLE licenses; --")).toEqual({
      games: null,
      kind: null,
      rest: "'; DROP TABLE licenses; --",
      notUnderstood: [],
    });
    // Filler words stay when no Games is named: they may be part of what was asked.
    expect(parsed("прыжки в воду")).toEqual({ games: null, kind: null, rest: "прыжки в воду", notUnderstood: [] });
    expect(parsed("BMX-фристайл")).toEqual({ games: null, kind: null, rest: "BMX-фристайл", notUnderstood: [] });
    // A sport's name is not a host: "альпийские лыжи" is alpine skiing, not the French Alps.
    expect(parsed("альпийские лыжи")).toEqual({ games: null, kind: null, rest: "альпийские лыжи", notUnderstood: [] });
    expect(parsed("alpine skiing")).toEqual({ games: null, kind: null, rest: "alpine skiing", notUnderstood: [] });
  });
});
