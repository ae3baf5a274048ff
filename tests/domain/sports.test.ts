import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "../../src/db/client.js";
import { sports as sportsTable } from "../../src/db/schema.js";
import { getSport, listSports, loadFanData, resolveSport } from "../../src/domain/fan-data.js";
import { editDistance, indexSports, matchSport, type SportCandidate, type SportMatch } from "../../src/domain/sports.js";
import type { Sport } from "../../src/domain/types.js";
import { normaliseTerm } from "../../src/lib/normalise-text.js";
import { createTestDatabase } from "../helpers/db.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** "found:boxing", "ambiguous:a,b", "unknown:x,y" — one string shows the whole outcome on failure. */
function outcome(m: SportMatch): string {
  if (m.type === "found") return `found:${m.sport.slug}`;
  if (m.type === "ambiguous") return `ambiguous:${m.candidates.map((s) => s.slug).join(",")}`;
  return `unknown:${m.suggestions.map((s) => s.slug).join(",")}`;
}

async function resolve(query: string, kind?: "olympic" | "paralympic"): Promise<string> {
  return outcome(await resolveSport(await loadFanData(database.db), query, kind ? { kind } : {}));
}

describe("resolveSport on the reference data", () => {
  test.each([["boxing"], ["Box"], ["BOXING!!"], ["бокс"], ["Бокс"], ["boxng"], ["  b o x i n g "], ["<b>boxing</b>"], ["боксшы"]])(
    "%j finds Boxing",
    async (query) => {
      expect(await resolve(query)).toBe("found:boxing");
    },
  );

  test("Kazakh names, with Kazakh letters, resolve", async () => {
    // The sheet's standard terms are the names now ...
    expect(await resolve("Академиялық ескек есу")).toBe("found:rowing");
    expect(await resolve("Семсерлесу")).toBe("found:fencing");
    expect(await resolve("Қазіргі бессайыс")).toBe("found:modern-pentathlon");
    expect(await resolve("Батутта секіру")).toBe("found:trampoline");
    expect(await resolve("Есу слаломы")).toBe("found:canoe-slalom");
    expect(await resolve("Арбадағы семсерлесу", "paralympic")).toBe("found:para-wheelchair-fencing");
    expect(await resolve("Велоспорт: BMX-фристайл")).toBe("found:cycling-bmx-freestyle");
    // ... and the names they replaced still find the sport.
    expect(await resolve("Академиялық есу")).toBe("found:rowing");
    expect(await resolve("Қылышпен сайыс")).toBe("found:fencing");
    expect(await resolve("Велоспорт: ВМХ-рейсинг")).toBe("found:cycling-bmx-racing");
    expect(await resolve("жүзу")).toBe("found:swimming");
    expect(await resolve("Күрес")).toBe("found:wrestling");
    // kk "Ауыр атлетика" differs from "Жеңіл атлетика" by one word, not a typo away
    expect(await resolve("ауыр атлетика")).toBe("found:weightlifting");
  });

  test("ё and е are the same letter", async () => {
    expect(await resolve("Тяжёлая атлетика")).toBe("found:weightlifting");
    expect(await resolve("тяжелая атлетика")).toBe("found:weightlifting");
  });

  test("the Games kind narrows the candidates", async () => {
    expect(await resolve("swimming", "paralympic")).toBe("found:para-swimming");
    expect(await resolve("гребля", "paralympic")).toBe("found:para-rowing");
    expect(await resolve("boxing", "paralympic")).not.toMatch(/^found/);
  });

  test("a word shared by several sports is ambiguous, with every candidate", async () => {
    // Rowing stands for Para rowing too ("пара гребля" finds that).
    expect(await resolve("гребля")).toBe("ambiguous:canoe,rowing");
    expect(await resolve("wheelchair")).toBe(
      "ambiguous:para-wheelchair-basketball,para-wheelchair-curling,para-wheelchair-fencing,para-wheelchair-rugby,para-wheelchair-tennis",
    );
    expect(await resolve("tennis", "paralympic")).toBe("ambiguous:para-table-tennis,para-wheelchair-tennis");
  });

  test("a sport named together with its disciplines means the sport", async () => {
    expect(await resolve("cycling")).toBe("found:cycling");
    expect(await resolve("cyc")).toBe("found:cycling");
    expect(await resolve("трек")).toBe("found:cycling-track");
  });

  test("a whole name beats a word of a longer one, a typo of a whole name beats a typo of a word", async () => {
    expect(await resolve("volleyball")).toBe("found:volleyball");
    expect(await resolve("плаванье")).toBe("found:swimming");
    expect(await resolve("taekwando")).toBe("found:taekwondo");
  });

  test.each([
    [""],
    ["   "],
    ["🥊"],
    ["🥊🥊🥊 🏅"],
    ["'; drop table licenses; --"],
    ["%' OR 1=1 --"],
    ["x".repeat(5000)],
    ["бокс".repeat(1250)],
    ["\u0000\u0001\u200b"],
  ])("garbage %# is unknown with no suggestions and breaks nothing", async (query) => {
    expect(await resolve(query)).toBe("unknown:");
    expect(await database.db.$count(sportsTable)).toBeGreaterThan(50);
  });

  test("unknown names get only close suggestions", async () => {
    expect(await resolve("bxo")).toBe("unknown:boxing");
    expect(await resolve("boxxinngg")).toBe("unknown:boxing"); // 3 edits: too far to match, close enough to suggest
    expect(await resolve("xyz")).toBe("unknown:");
    expect(await resolve("quidditch")).toBe("unknown:");
  });

  test("5,000 characters are cheap: only the first 64 are considered", async () => {
    // No timing (it would flake on a busy machine): what lies past the cut must not count, so the
    // work cannot grow with the input. "boxing judo" is unknown; past the cut, "judo" is ignored.
    expect(await resolve("boxing judo")).toBe("unknown:");
    expect(await resolve(`boxing${" ".repeat(4990)}judo`)).toBe("found:boxing");
    expect(await resolve(`boxing${" ".repeat(4990)}`)).toBe("found:boxing");
  });
});

describe("a prepared index (what the bot keeps) matches exactly like the raw candidates", () => {
  test.each(["boxing", "Box", "бокс", "boxng", "гребля", "cycling", "wheelchair", "", "zzzz", "'; drop table sports; --"])(
    "%j",
    async (query) => {
      // The raw candidates as the index is built from: every sport and its aliases.
      const data = await loadFanData(database.db);
      const candidates: SportCandidate[] = data.sportIndex.entries.map((e) => ({ sport: e.sport, terms: e.terms.map((t) => t.term) }));
      const index = indexSports(candidates);
      for (const kind of [undefined, "olympic", "paralympic"] as const) {
        expect(outcome(matchSport(query, index, kind))).toBe(outcome(matchSport(query, candidates, kind)));
        expect(outcome(matchSport(query, index, kind))).toBe(
          outcome(await resolveSport(await loadFanData(database.db), query, kind ? { kind } : {})),
        );
      }
    },
  );
});

describe("listSports and getSport", () => {
  test("lists by kind, ordered by English name, disciplines pointing at their sport", async () => {
    const olympic = await listSports(await loadFanData(database.db), { kind: "olympic" });
    const para = await listSports(await loadFanData(database.db), { kind: "paralympic" });
    expect(olympic.every((s) => s.kind === "olympic")).toBe(true);
    expect(para.every((s) => s.kind === "paralympic")).toBe(true);
    const names = olympic.map((s) => s.name.en);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    const cycling = olympic.find((s) => s.slug === "cycling");
    const track = olympic.find((s) => s.slug === "cycling-track");
    expect(track?.parentId).toBe(cycling?.id);
    expect((await listSports(await loadFanData(database.db))).length).toBe(olympic.length + para.length);
  });

  test("getSport by id; unknown and out-of-range ids are null", async () => {
    const [first] = await listSports(await loadFanData(database.db));
    expect(await getSport(await loadFanData(database.db), first!.id)).toEqual(first);
    expect(await getSport(await loadFanData(database.db), 999_999)).toBeNull();
    expect(await getSport(await loadFanData(database.db), 2 ** 40)).toBeNull();
    expect(await getSport(await loadFanData(database.db), -1)).toBeNull();
    expect(await getSport(await loadFanData(database.db), Number.NaN)).toBeNull();
  });
});

describe("matchSport (pure)", () => {
  const sport = (id: number, slug: string, en: string, parentId: number | null = null): Sport => ({
    id,
    slug,
    kind: "olympic",
    season: "summer",
    name: { en, ru: en, kk: en },
    parentId,
  });
  const boxing = sport(1, "boxing", "Boxing");
  const bowling = sport(2, "bowling", "Bowling");

  test("normaliseTerm folds case, ё, punctuation and spaces, and keeps Kazakh letters", () => {
    expect(normaliseTerm("  Тяжёлая-атлетика! ")).toBe("тяжелаяатлетика");
    expect(normaliseTerm("Қылышпен сайыс")).toBe("қылышпенсайыс");
    expect(normaliseTerm("ӘҒҚҢӨҰҮҺІ")).toBe("әғқңөұүһі");
    expect(normaliseTerm("Ｂｏｘｉｎｇ")).toBe("boxing"); // NFKC folds full-width letters
  });

  test("editDistance counts a transposition as one edit", () => {
    expect(editDistance("boxng", "boxing")).toBe(1);
    expect(editDistance("bxoing", "boxing")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("a".repeat(60), "boxing", 2)).toBe(3); // gives up early
  });

  test("typo tolerance scales with length", () => {
    const candidates = [{ sport: boxing, terms: [] }];
    expect(matchSport("boxin", candidates).type).toBe("found"); // prefix
    expect(matchSport("bexing", candidates).type).toBe("found"); // 1 edit, 6 letters
    expect(matchSport("bexign", candidates).type).toBe("unknown"); // 2 edits, 6 letters
    expect(matchSport("bo", candidates).type).toBe("unknown"); // prefixes need 3 letters
  });

  test("equally good candidates are ambiguous; aliases count like names", () => {
    const candidates = [
      { sport: boxing, terms: ["ring"] },
      { sport: bowling, terms: ["ring"] },
    ];
    expect(outcome(matchSport("ring", candidates))).toBe("ambiguous:bowling,boxing");
    expect(outcome(matchSport("ring", candidates, "paralympic"))).toBe("unknown:");
  });
});
