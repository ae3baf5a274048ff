// lookUp (src/domain/fan-lookup.ts) on the shipped reference data: which sport or athlete a fan's text
// means, through the sport matcher (src/domain/sport-match.ts) and the athlete matcher under it. The
// measured table of queries is tests/domain/lookup-table.test.ts; these are the cases that explain it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { athletes as athletesTable } from "../../src/db/schema.js";
import { athletes as seedAthletes, sports as seedSports } from "../../src/db/seed/data/index.js";
import { type FanData, loadFanData } from "../../src/domain/fan-data.js";
import { type FanLookUp, lookUp, resolveSportWords } from "../../src/domain/fan-lookup.js";
import { indexSports, matchSport } from "../../src/domain/sport-match.js";
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
  // A name two sports share is the Olympic sport's: its Paralympic counterpart (Para alpine skiing,
  // "Горнолыжный спорт" in Russian too) is found with "пара".
  const olympicOf = (s: (typeof seedSports)[number], lang: "en" | "ru" | "kk") =>
    seedSports.find((o) => o !== s && o.kind === "olympic" && o.name[lang] === s.name[lang] && s.kind === "paralympic") ?? s;
  it.each(["en", "ru", "kk"] as const)("every sport's %s name finds that sport", (lang) => {
    const expected = seedSports.map((s) => [s.name[lang], `sport:${olympicOf(s, lang).slug}`]);
    expect(seedSports.map((s) => [s.name[lang], find(s.name[lang])])).toEqual(expected);
  });

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

  // A typo is judged in the word it is in: one slip in a surname or given name of 4–9 letters.
  it.each([
    ["Smetof", "yeldos-smetov"],
    ["Сметоф", "yeldos-smetov"],
    ["Панарн", "dmitry-panarin"],
    ["Давыд", "davyd-degtyarev"],
  ])("%j (one slip in a word of a longer name) finds %s", (query, key) => {
    expect(find(query)).toBe(`athletes:${key}`);
  });

  // Two slips in a word of 7–9 letters are too many: real names lie that close (биатлон/триатлон).
  it.each([["bexign"], ["Сметофф"], ["Габассов"]])("%j (two slips in a short word) finds nothing", (query) => {
    expect(find(query)).toMatch(/^unknown:/);
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
    // Latin diacritics are letters of their own, not folded: "épée" is two letters off "epee", too
    // far for four letters even to suggest
    ["epee", "sport:fencing"],
    ["épée", "unknown:"],
    ["Épée", "unknown:"],
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
    // Milano Cortina 2026 medallists, in the reference data since version 3
    ["Shaidorov", "athletes:mikhail-shaidorov"],
    ["Шайдоров", "athletes:mikhail-shaidorov"],
    ["Хамитов", "athletes:yerbol-khamitov"],
    // a real name that is not in the data
    ["Иванов", "unknown:"],
  ])("%j: %s", (query, expected) => {
    expect(find(query)).toBe(expected);
  });
});

describe("other ways of writing a name", () => {
  it.each([
    // no Latin form is stored for her (the sources give only the surname in Latin letters): the
    // Latin letters read as Russian find the Russian one
    ["Nauatbek", "athletes:akmaral-nauatbek"],
    // a whole name in either order: "Spatay Bibarys" is how the report printed it; Russian puts the surname first
    ["Spatay Bibarys", "athletes:bibarys-spatay"],
    ["Oralbay Nurbek", "athletes:nurbek-oralbay"],
    ["Сметов Елдос", "athletes:yeldos-smetov"],
    // Russian names in Latin letters
    ["boks", "sport:boxing"],
    ["biatlon", "sport:biathlon"],
    ["figurnoe katanie", "sport:figure-skating"],
    // Kazakh letters typed as Russian ones
    ["Кырызбаев", "athletes:gusman-kyrgyzbayev"],
    ["манерлеп сырганау", "sport:figure-skating"],
  ])("%j: %s", (query, expected) => {
    expect(find(query)).toBe(expected);
  });
});

describe("ambiguous queries", () => {
  it.each([
    // a word of several sports' names, and none's whole name; a sport stands for its Paralympic
    // counterpart (Rowing for Para rowing), which "пара" finds
    ["гребля", "ambiguous:canoe,rowing"],
    ["есу", "ambiguous:canoe,rowing"],
    ["ескек", "sport:rowing"],
    ["пара гребля", "sport:para-rowing"],
    ["хоккей", "ambiguous:hockey,ice-hockey"],
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
    ["nur", "athletes:nurbek-oralbay,nurlan-dombaev,nurdaulet-zhumagali"],
    ["Нур", "athletes:nurbek-oralbay,nurlan-dombaev,nurdaulet-zhumagali"],
    ["нұр", "athletes:nurbek-oralbay,nurlan-dombaev,nurdaulet-zhumagali"],
  ])("%j: %s", (query, expected) => {
    expect(find(query)).toBe(expected);
  });
});

describe("winter sports, and the summer names one slip away from them", () => {
  // Names from docs/sources.md, "Winter sports' names".
  it.each([
    ["Figure skating", "sport:figure-skating"],
    ["мәнерлеп сырғанау", "sport:figure-skating"],
    ["Speed skating", "sport:speed-skating"],
    ["шорт-трек", "sport:short-track"],
    ["лыжные гонки", "sport:cross-country-skiing"],
    ["шаңғы жарыстары", "sport:cross-country-skiing"],
    ["сноуборд", "sport:snowboard"],
    ["Luge", "sport:luge"],
    ["шана спорты", "sport:luge"],
    ["бобслей", "sport:bobsleigh"],
    ["Skeleton", "sport:skeleton"],
    ["Ice hockey", "sport:ice-hockey"],
    ["шайбалы хоккей", "sport:ice-hockey"],
    ["Ski jumping", "sport:ski-jumping"],
    ["Para ice hockey", "sport:para-ice-hockey"],
    ["Curling", "sport:curling"],
    ["фигурное катание", "sport:figure-skating"],
    ["хоккей с шайбой", "sport:ice-hockey"],
    ["ски-альпинизм", "sport:ski-mountaineering"],
    ["керлинг на колясках", "sport:para-wheelchair-curling"],
    // LA 2028's additions, by the words a fan types
    ["крикет", "sport:cricket"],
    ["бейсбол", "sport:baseball-softball"],
    ["сквош", "sport:squash"],
  ])("%j: %s", (query, expected) => {
    expect(find(query)).toBe(expected);
  });

  // Each of these was once answered with the summer sport one or two letters away.
  it.each([
    ["Biathlon", "sport:biathlon"],
    ["biathlon", "sport:biathlon"],
    ["биатлон", "sport:biathlon"],
    ["Para biathlon", "sport:para-biathlon"],
    ["пара биатлон", "sport:para-biathlon"],
    ["парабиатлон", "sport:para-biathlon"],
    ["санный спорт", "sport:luge"],
    ["керлинг", "sport:curling"],
    ["кёрлинг", "sport:curling"],
    ["қоссайыс", "sport:nordic-combined"],
    ["фристайл", "sport:freestyle-skiing"],
    ["freestyle", "ambiguous:cycling-bmx-freestyle,freestyle-skiing"],
    ["хоккей", "ambiguous:hockey,ice-hockey"],
  ])("%j is not the summer sport one slip away: %s", (query, expected) => {
    expect(find(query)).toBe(expected);
  });

  // The same slips, with the winter sport (and its Paralympic form) left out of the data, as a real
  // sport the data does not have: a suggestion, never "found".
  it.each([
    ["биатлон", "biathlon", "triathlon"],
    ["biathlon", "biathlon", "triathlon"],
    ["санный спорт", "luge", "equestrian"],
    ["керлинг", "curling", "surfing"],
    ["скелетон", "skeleton", "skateboarding"],
  ])("%j without %s in the data is not %s", (query, left, near) => {
    const index = indexSports(
      data.sportIndex.entries
        .filter((e) => !e.sport.slug.includes(left))
        .map((e) => ({ sport: e.sport, terms: e.terms.map((t) => t.term) })),
    );
    const match = matchSport(query, index);
    expect(match.type).not.toBe("found");
    expect(match.type === "found" ? match.sport.slug : "").not.toBe(near);
  });
});

describe("a sport named in a question, with a case ending (resolveSportWords)", () => {
  const sportOf = (text: string) => {
    const match = resolveSportWords(data, [text]);
    return match.type === "found"
      ? `sport:${match.sport.slug}`
      : `${match.type}:${(match.type === "ambiguous" ? match.candidates : match.suggestions).map((s) => s.slug).join(",")}`;
  };

  it.each([
    ["боксу", "sport:boxing"],
    ["борьбе", "sport:wrestling"],
    ["фехтованию", "sport:fencing"],
    ["академической гребле", "sport:rowing"],
    ["тяжёлой атлетике", "sport:weightlifting"],
    ["бокстан", "sport:boxing"],
    ["күрестен", "sport:wrestling"],
    ["дзюдодан", "sport:judo"],
    ["семсерлесуден", "sport:fencing"],
    ["ауыр атлетикадан", "sport:weightlifting"],
    // the name as it is, and a typo, as the lookup reads them
    ["boxing", "sport:boxing"],
    ["boxng", "sport:boxing"],
  ])("%j: %s", (text, expected) => {
    expect(sportOf(text)).toBe(expected);
  });

  it.each(["армию", "юниоров", "🥊", "'; drop table sports; --", "x".repeat(5000)])("%j names no sport: nothing is guessed", (text) => {
    expect(sportOf(text)).toMatch(/^(unknown|ambiguous):/);
  });
});
