// lookUp (src/domain/fan-lookup.ts) on the shipped reference data: which sport or athlete a fan's text
// means, through the sport matcher (src/domain/sport-match.ts) and the athlete matcher under it. Every
// case asserts what the lookup does today. A case where it answers confidently with the wrong thing is
// an it.todo with what it answers now: the fix belongs to another issue, not to these tests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { athletes as athletesTable } from "../../src/db/schema.js";
import { athletes as seedAthletes, sports as seedSports } from "../../src/db/seed/data/index.js";
import { type FanData, loadFanData } from "../../src/domain/fan-data.js";
import { type FanLookUp, lookUp, splitGamesSlug } from "../../src/domain/fan-lookup.js";
import { createTestDatabase } from "../helpers/db.js";

let database: Database;
let data: FanData;
/** Athlete row id → its seed key ("nurbek-oralbay"), so outcomes read as the data files do. */
let seedKeyOf: Map<number, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  data = await loadFanData(database.db);
  const rows = await database.db.select({ id: athletesTable.id, seedKey: athletesTable.seedKey }).from(athletesTable);
  seedKeyOf = new Map(rows.map((r) => [r.id, r.seedKey ?? `#${r.id}`]));
});
afterAll(async () => {
  await database?.close();
});

/**
 * The whole outcome as one string, so a failure shows it: "sport:boxing",
 * "athletes:aibek-oralbay,nurbek-oralbay", "ambiguous:canoe,para-rowing,rowing" (the candidates), or
 * "unknown:boxing" (nothing found; the suggestions, if any).
 */
function outcome(found: FanLookUp): string {
  if (found.type === "sport") return `sport:${found.sport.slug}`;
  if (found.type === "athletes") return `athletes:${found.athletes.map((a) => seedKeyOf.get(a.id)).join(",")}`;
  const { match } = found;
  if (match.type === "ambiguous") return `ambiguous:${match.candidates.map((s) => s.slug).join(",")}`;
  return `unknown:${match.suggestions.map((s) => s.slug).join(",")}`;
}

const find = (query: string): string => outcome(lookUp(data, query));

describe("a sport by its exact name", () => {
  it.each(["en", "ru", "kk"] as const)(
    "every sport's %s name finds that sport, or offers it where another sport has that name too",
    (lang) => {
      const sharing = (name: string) => seedSports.filter((s) => s.name[lang] === name).map((s) => s.slug);
      const expected = seedSports.map((s) => {
        const same = sharing(s.name[lang]);
        return [s.name[lang], same.length === 1 ? `sport:${s.slug}` : `ambiguous:${same.sort().join(",")}`];
      });
      const got = seedSports.map((s) => {
        const found = find(s.name[lang]);
        // Candidates in the order the matcher gives them: sorted here, so only the set is compared.
        return [s.name[lang], found.startsWith("ambiguous:") ? `ambiguous:${found.slice(10).split(",").sort().join(",")}` : found];
      });
      expect(got).toEqual(expected);
      // The one name two sports share today: alpine skiing and para alpine skiing in Russian.
      expect(seedSports.filter((s) => sharing(s.name[lang]).length > 1).map((s) => s.slug)).toEqual(
        lang === "ru" ? ["alpine-skiing", "para-alpine-skiing"] : [],
      );
    },
  );

  it("every sport's slug finds that sport", () => {
    expect(seedSports.map((s) => [s.slug, find(s.slug)])).toEqual(seedSports.map((s) => [s.slug, `sport:${s.slug}`]));
  });

  // A name that is also a word of longer names (Tennis, Table tennis, Wheelchair tennis) is that sport,
  // not an ambiguity; a sport named with its disciplines is the sport.
  it.each([
    ["Tennis", "tennis"],
    ["Теннис", "tennis"],
    ["Үстел теннисі", "table-tennis"],
    ["Volleyball", "volleyball"],
    ["Пляжный волейбол", "beach-volleyball"],
    ["Отырып ойнайтын волейбол", "para-sitting-volleyball"],
    ["Basketball", "basketball"],
    ["Wheelchair basketball", "para-wheelchair-basketball"],
    ["Football", "football"],
    ["Соқырлар футболы", "para-blind-football"],
    ["Swimming", "swimming"],
    ["Пара жүзу", "para-swimming"],
    ["Гимнастика", "gymnastics"],
    ["Спортивная гимнастика", "artistic-gymnastics"],
    ["Велоспорт", "cycling"],
    ["Велоспорт: трек", "cycling-track"],
    ["Para cycling", "para-cycling"],
    ["Hockey", "hockey"],
    ["Шөп үстіндегі хоккей", "hockey"],
    ["Shooting Para sport", "para-shooting"],
    ["Оқ ату", "shooting"],
  ])("%j finds %s", (query, slug) => {
    expect(find(query)).toBe(`sport:${slug}`);
  });
});

describe("a sport by an alias", () => {
  it("every alias finds its sport", () => {
    const aliases = seedSports.flatMap((s) => s.aliases.map((alias) => ({ alias, slug: s.slug })));
    expect(aliases.map(({ alias }) => [alias, find(alias)])).toEqual(aliases.map(({ alias, slug }) => [alias, `sport:${slug}`]));
  });

  it.each([
    ["soccer", "football"],
    ["ping pong", "table-tennis"],
    ["пинг-понг", "table-tennis"],
    ["tkd", "taekwondo"],
    ["таэквондо", "taekwondo"],
    ["ватерполо", "water-polo"],
    ["стритбол", "basketball-3x3"],
    ["3х3", "basketball-3x3"], // with a Cyrillic х
    ["pommel horse", "artistic-gymnastics"],
    ["greco-roman", "wrestling"],
    ["mtb", "cycling-mountain-bike"],
    ["powerlifting", "para-powerlifting"],
    ["murderball", "para-wheelchair-rugby"],
    // Kazakh names replaced by the standard terms still find the sport.
    ["Қылышпен сайыс", "fencing"],
    ["Академиялық есу", "rowing"],
    ["Велоспорт: ВМХ-рейсинг", "cycling-bmx-racing"], // Cyrillic look-alikes of BMX
  ])("%j finds %s", (query, slug) => {
    expect(find(query)).toBe(`sport:${slug}`);
  });
});

describe("a typo of one letter", () => {
  it.each([
    // a letter missing, wrong, added, or two swapped
    ["boxng", "sport:boxing"],
    ["archrey", "sport:archery"],
    ["fensing", "sport:fencing"],
    ["swiming", "sport:swimming"],
    ["voleyball", "sport:volleyball"],
    ["equestrain", "sport:equestrian"],
    ["Tenis", "sport:tennis"],
    ["бкос", "sport:boxing"],
    ["плаванье", "sport:swimming"],
    ["фехтованье", "sport:fencing"],
    ["гольв", "sport:golf"],
    ["Гандбл", "sport:handball"],
    ["дзюда", "sport:judo"],
    ["Садақ ат", "sport:archery"],
    ["Күрсе", "sport:wrestling"],
    ["үстел тенисі", "sport:table-tennis"],
    ["yakovlv", "athletes:vladislav-yakovlev"],
    ["Яковлеф", "athletes:vladislav-yakovlev"],
    ["Degtyarov", "athletes:davyd-degtyarev"],
    ["Kurbanow", "athletes:nariman-kurbanov"],
    ["Dombayev", "athletes:nurlan-dombaev"],
    ["Gabasov", "athletes:erkin-gabbasov"],
    ["Габасов", "athletes:erkin-gabbasov"],
    ["oralbai", "athletes:aibek-oralbay,nurbek-oralbay"],
  ])("%j: %s", (query, expected) => {
    expect(find(query)).toBe(expected);
  });

  // Today's limit, not a requirement: a word of 4–6 letters allows one typo, but a typo in one word
  // of a longer name ranks a step below a typo of a whole name, past what that length allows. So a
  // one-letter slip in a short surname or given name finds nothing (7 letters and more allow two).
  it.each([["Smetof"], ["Сметоф"], ["Панарн"], ["Давыд"]])("%j (a short word of a longer name) finds nothing today", (query) => {
    expect(find(query)).toBe("unknown:");
  });

  it.each([
    ["jdo", "unknown:judo,para-judo"], // three letters allow no typo: suggested only
    ["boxxinngg", "unknown:boxing"], // three edits: too far to find, close enough to suggest
  ])("%j is too far off: %s", (query, expected) => {
    expect(find(query)).toBe(expected);
  });
});

describe("case, spacing, punctuation and diacritics", () => {
  it.each([
    ["BOXING", "sport:boxing"],
    ["бОкС", "sport:boxing"],
    ["ＢＯＸＩＮＧ", "sport:boxing"], // full-width letters (NFKC)
    ["  b o x i n g  ", "sport:boxing"],
    ["NURBEK ORALBAY", "athletes:nurbek-oralbay"],
    ["Nurbek-Oralbay", "athletes:nurbek-oralbay"],
    ["Нурбек-Оралбай", "athletes:nurbek-oralbay"],
    ["ҚҰРБАНОВ", "athletes:nariman-kurbanov"],
    // ё and е are one letter
    ["Тяжёлая атлетика", "sport:weightlifting"],
    ["тяжелая атлетика", "sport:weightlifting"],
    ["Сёрфинг", "sport:surfing"],
    ["Дегтярев", "athletes:davyd-degtyarev"],
    // Kazakh letters typed without their marks: one letter off each
    ["жузу", "sport:swimming"],
    ["курес", "sport:wrestling"],
    ["ок ату", "sport:shooting"],
    ["Садак ату", "sport:archery"],
    ["жеңил атлетика", "sport:athletics"],
    ["Нурдәулет", "athletes:nurdaulet-zhumagali"],
    // a Latin look-alike inside a Cyrillic word: one letter off
    ["Фехтовани\u0065", "sport:fencing"],
    ["Дегтяр\u0065в", "athletes:davyd-degtyarev"],
    ["Өмір\u0259лі", "athletes:nyshan-omirali"], // Latin ə for Kazakh ә
    // Latin diacritics are letters of their own, not folded: "épée" is two letters off "epee"
    ["epee", "sport:fencing"],
    ["épée", "unknown:fencing"],
    ["Épée", "unknown:fencing"],
  ])("%j: %s", (query, expected) => {
    expect(find(query)).toBe(expected);
  });
});

describe("an athlete by each form of their name", () => {
  it("every name form (Latin, Russian, Kazakh) of every athlete finds that athlete alone", () => {
    const forms = seedAthletes.flatMap((a) => Object.values(a.name).map((form) => ({ form: form ?? "", key: a.key })));
    expect(forms.map(({ form }) => [form, find(form)])).toEqual(forms.map(({ form, key }) => [form, `athletes:${key}`]));
  });

  it.each([
    // a given name or a surname alone, in each script
    ["Nurbek", "nurbek-oralbay"],
    ["нурбек", "nurbek-oralbay"],
    ["Нұрбек", "nurbek-oralbay"],
    ["Smetov", "yeldos-smetov"],
    ["Сметов", "yeldos-smetov"],
    ["Kurbanov", "nariman-kurbanov"],
    ["Курбанов", "nariman-kurbanov"],
    ["Құрбанов", "nariman-kurbanov"],
    ["Жадраев", "demeu-zhadrayev"],
    ["Жадыраев", "demeu-zhadrayev"],
    ["Satpayev", "islam-satpayev"],
    ["Сәтпаев", "islam-satpayev"],
    ["Омирали", "nyshan-omirali"],
    ["Өмірәлі", "nyshan-omirali"],
    ["Ғаббасов", "erkin-gabbasov"],
    ["Bibarys", "bibarys-spatay"],
    ["Spatay", "bibarys-spatay"],
    ["Науатбек", "akmaral-nauatbek"],
    ["Жумагали", "nurdaulet-zhumagali"],
    ["Жұмағали", "nurdaulet-zhumagali"],
    ["Alexandra", "alexandra-le"],
  ])("%j finds %s", (query, key) => {
    expect(find(query)).toBe(`athletes:${key}`);
  });

  it("a whole word of an athlete's name beats a sport matched only loosely", () => {
    // "Еркін" (Erkin Gabbasov's Kazakh given name) is also the start of the alias "еркін күрес"
    // (freestyle wrestling): the athlete, named by a whole word, wins ...
    expect(find("Еркін")).toBe("athletes:erkin-gabbasov");
    // ... while a prefix of both is the sport's.
    expect(find("Еркі")).toBe("sport:wrestling");
  });
});

describe("queries that find nothing", () => {
  it.each([
    ["", "unknown:"],
    ["   ", "unknown:"],
    ["🥊", "unknown:"],
    ["'; drop table athletes; --", "unknown:"],
    ["xyz", "unknown:"],
    ["quidditch", "unknown:"],
    ["Kazakhstan", "unknown:"],
    // two letters: too short to look for an athlete (Alexandra Le's surname alone)
    ["Le", "unknown:"],
    ["Ле", "unknown:"],
    // no Latin form is stored for her (the sources give only the surname in Latin letters)
    ["Nauatbek", "unknown:"],
    // a whole name matches only in the order stored; "Spatay Bibarys" is how the report printed it
    ["Spatay Bibarys", "unknown:"],
    ["Oralbay Nurbek", "unknown:"],
    // Milano Cortina 2026 medallists, in the reference data since version 3
    ["Shaidorov", "athletes:mikhail-shaidorov"],
    ["Шайдоров", "athletes:mikhail-shaidorov"],
    ["Хамитов", "athletes:yerbol-khamitov"],
  ])("%j: %s", (query, expected) => {
    expect(find(query)).toBe(expected);
  });
});

describe("ambiguous queries", () => {
  it.each([
    // a word of several sports' names, and none's whole name
    ["гребля", "ambiguous:canoe,para-rowing,rowing"],
    ["есу", "ambiguous:canoe,para-rowing,rowing"],
    ["ескек", "ambiguous:para-rowing,rowing"],
    ["bmx", "ambiguous:cycling-bmx-freestyle,cycling-bmx-racing"],
    [
      "wheelchair",
      "ambiguous:para-wheelchair-basketball,para-wheelchair-curling,para-wheelchair-fencing,para-wheelchair-rugby,para-wheelchair-tennis",
    ],
    // at most eight candidates, by English name
    [
      "para",
      "ambiguous:para-blind-football,para-boccia,para-goalball,para-alpine-skiing,para-archery,para-athletics,para-badminton,para-biathlon",
    ],
    // a surname or a prefix shared by several athletes: all of them, in the order recorded
    ["oralbay", "athletes:aibek-oralbay,nurbek-oralbay"],
    ["Оралбай", "athletes:aibek-oralbay,nurbek-oralbay"],
    ["oral", "athletes:aibek-oralbay,nurbek-oralbay"],
    ["nur", "athletes:nurbek-oralbay,nurlan-dombaev"],
    ["Нур", "athletes:nurbek-oralbay,nurlan-dombaev,nurdaulet-zhumagali"],
    ["нұр", "athletes:nurbek-oralbay,nurdaulet-zhumagali"],
  ])("%j: %s", (query, expected) => {
    expect(find(query)).toBe(expected);
  });
});

describe("winter sports", () => {
  // Names from docs/sources.md, "Winter sports".
  it.each([
    ["Figure skating", "sport:figure-skating"],
    ["мәнерлеп сырғанау", "sport:figure-skating"],
    ["фигурное катание", "sport:figure-skating"],
    ["Speed skating", "sport:speed-skating"],
    ["шорт-трек", "sport:short-track"],
    ["лыжные гонки", "sport:cross-country-skiing"],
    ["шаңғы жарыстары", "sport:cross-country-skiing"],
    ["сноуборд", "sport:snowboard"],
    ["Luge", "sport:luge"],
    ["шана спорты", "sport:luge"],
    ["санный спорт", "sport:luge"],
    ["бобслей", "sport:bobsleigh"],
    ["Skeleton", "sport:skeleton"],
    ["Ice hockey", "sport:ice-hockey"],
    ["шайбалы хоккей", "sport:ice-hockey"],
    ["хоккей с шайбой", "sport:ice-hockey"],
    ["Ski jumping", "sport:ski-jumping"],
    ["Para ice hockey", "sport:para-ice-hockey"],
    ["Curling", "sport:curling"],
    ["керлинг", "sport:curling"],
    ["кёрлинг", "sport:curling"],
    ["Biathlon", "sport:biathlon"],
    ["биатлон", "sport:biathlon"],
    ["пара биатлон", "sport:para-biathlon"],
    ["парабиатлон", "sport:para-biathlon"],
    ["фристайл", "sport:freestyle-skiing"],
    ["ски-альпинизм", "sport:ski-mountaineering"],
    ["керлинг на колясках", "sport:para-wheelchair-curling"],
    // LA 2028's additions, by the words a fan types
    ["крикет", "sport:cricket"],
    ["бейсбол", "sport:baseball-softball"],
    ["сквош", "sport:squash"],
  ])("%j: %s", (query, expected) => {
    expect(find(query)).toBe(expected);
  });

  // Without a Games, "хоккей" is a word of field hockey's, ice hockey's and para ice hockey's names.
  it("хоккей is not answered with field Hockey alone", () => {
    expect(find("хоккей")).toMatch(/^ambiguous:/);
    expect(find("хоккей").slice(10).split(",").sort()).toEqual(["hockey", "ice-hockey", "para-ice-hockey"]);
  });

  // Answered confidently with another sport still (the matcher's business, not the data's):
  // "қоссайыс" (Kazakh for "combined", as in шаңғы қоссайысы, Nordic combined) → sport:modern-pentathlon:
  // two letters off "бессайыс".
  it.todo("қоссайыс (Nordic combined) is not answered with Modern pentathlon");
});

describe("splitGamesSlug: a Games slug at the end of the query (what a Share button types)", () => {
  it.each([
    ["бокс paris-2024-olympic", "бокс", "paris-2024-olympic"],
    ["  Nurbek Oralbay   la-2028-olympic ", "Nurbek Oralbay", "la-2028-olympic"],
    ["бокс PARIS-2024-OLYMPIC", "бокс", "paris-2024-olympic"],
    ["paris-2024-olympic", "", "paris-2024-olympic"],
    ["бокс paris", "бокс paris", null],
    ["paris-2024-olympic бокс", "paris-2024-olympic бокс", null],
    ["", "", null],
  ])("%j → %j and %s", (query, rest, slug) => {
    const split = splitGamesSlug(data, query);
    expect({ query: split.query, games: split.games?.slug ?? null }).toEqual({ query: rest, games: slug });
  });
});
