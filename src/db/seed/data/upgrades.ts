// Versioned changes of the reference data, for databases seeded by an earlier version of these files.
// Version 1 is the data as first shipped (tests/fixtures/seeded-v1.sql is a database it seeded).
//
// A change names an item by its seed key and lists, in `was`, what that version wrote into every column
// the change touches: it is applied only where the row still holds exactly that (a row staff edited keeps
// the edit). Not listed: Russian/Kazakh translations of an English text that stayed the same (a null
// translation column is filled when the English still equals the data's English). New items (new Games,
// sports, programme rows, windows, licenses, athletes, results, aliases) need no entry: their new keys
// are inserted. An alias the data drops is removed by a `remove` change with its key
// ("alias:<sport>:<normalised alias>") and an empty `was`.

/** A change to an item seeded before, applied once, only where the row still holds what that version wrote. */
export type SeedChange =
  | { key: string; was: Record<string, string | number | boolean | null> } // set the columns named in `was` to the current data's values
  | { key: string; remove: true; was: Record<string, string | number | boolean | null> }; // delete the row (an alias: `was` is {}, the row is all key)

export interface SeedUpgrade {
  version: number;
  summary: string;
  changes: SeedChange[];
}

const v1OpeningTimeUnconfirmed = "Opening ceremony time not confirmed yet; count down to the date in the host time zone.";

export const upgrades: SeedUpgrade[] = [
  {
    version: 2,
    summary:
      "Facts in three languages; confirmed opening ceremonies (Paris 2024 Paralympics, Milano Cortina 2026, " +
      "LA 2028); Paris 2024 medal table places and the 'more than 90' target; surfing ended on 5 Aug; " +
      "license places as city + country; standard Kazakh sport names; the three para swimmers as three licenses.",
    changes: [
      // Games
      {
        key: "games:paris-2024-olympic",
        was: {
          licenseTargetAbove: false,
          medalRank: null,
          noteEn:
            "Target reported as more than 90 licenses (traditionally 23–26 sports). " +
            "Closing ceremony on 11 Aug, start time unconfirmed. 329 medal events in 32 sports.",
          noteRu: null,
          noteKk: null,
        },
      },
      {
        key: "games:paris-2024-paralympic",
        was: {
          opensAt: null,
          medalRank: null,
          noteEn: "Opening ceremony 28 Aug, closing 8 Sep; clock times not confirmed. 22 sports, 549 events.",
          noteRu: null,
          noteKk: null,
        },
      },
      {
        key: "games:milano-cortina-2026-olympic",
        was: { opensAt: null, noteEn: v1OpeningTimeUnconfirmed, noteRu: null, noteKk: null },
      },
      {
        key: "games:milano-cortina-2026-paralympic",
        was: { opensAt: null, noteEn: v1OpeningTimeUnconfirmed, noteRu: null, noteKk: null },
      },
      {
        key: "games:la-2028-olympic",
        was: { opensAt: null, competitionStartsOn: null, noteEn: v1OpeningTimeUnconfirmed, noteRu: null, noteKk: null },
      },

      // Sports: Kazakh names replaced by the standard terms (the old names stay as aliases)
      { key: "sport:canoe", was: { nameKk: "Байдарка және каноэде есу" } },
      { key: "sport:canoe-slalom", was: { nameKk: "Байдарка және каноэде есу: слалом" } },
      { key: "sport:canoe-sprint", was: { nameKk: "Байдарка және каноэде есу: спринт" } },
      { key: "sport:cycling-bmx-freestyle", was: { nameKk: "Велоспорт: ВМХ-фристайл" } },
      { key: "sport:cycling-bmx-racing", was: { nameKk: "Велоспорт: ВМХ-рейсинг" } },
      { key: "sport:fencing", was: { nameKk: "Қылышпен сайыс" } },
      { key: "sport:modern-pentathlon", was: { nameKk: "Заманауи бессайыс" } },
      { key: "sport:rowing", was: { nameKk: "Академиялық есу" } },
      { key: "sport:trampoline", was: { nameKk: "Батут" } },
      { key: "sport:para-rowing", was: { nameKk: "Пара академиялық есу" } },
      { key: "sport:para-wheelchair-fencing", was: { nameKk: "Арбадағы қылышпен сайыс" } },

      // Competition windows
      {
        key: "window:paris-2024-olympic:surfing",
        was: {
          lastDay: "2024-08-04",
          noteEn: "Held in Tahiti; includes reserve days; finals date unconfirmed.",
          noteRu: null,
          noteKk: null,
        },
      },

      // Licenses
      {
        key: "license:paris-2024-olympic:rowing:yakovlev",
        was: { whereWonEn: "Chungju, South Korea", whereWonRu: null, whereWonCountry: null },
      },
      {
        key: "license:paris-2024-olympic:badminton:panarin",
        was: { howWonEn: "Olympic rankings (31st)", howWonRu: null, howWonKk: null },
      },
      {
        key: "license:paris-2024-olympic:boxing:nurbek-oralbay",
        was: {
          noteEn:
            "Weight division not given in the 2024-04-21 report; twin brother Aibek qualified in a separate division. " +
            "At the Games he boxed at 80 kg (silver).",
          noteRu: null,
          noteKk: null,
        },
      },
      {
        key: "license:paris-2024-paralympic:para-rowing:daiyrbek",
        was: { whereWonEn: "Chungju, South Korea", whereWonRu: null, whereWonCountry: null },
      },
      // Replaced by the three licenses paris-2024-paralympic:para-swimming:swimmer-1, -2 and -3.
      {
        key: "license:paris-2024-paralympic:para-swimming:three-swimmers",
        remove: true,
        was: { quotaPlaces: 3, noteEn: "Three para swimmers qualified; their names are not given in the report." },
      },
    ],
  },
  {
    version: 3,
    summary:
      "Winter sports and each Games' programme: the bare 'хоккей' no longer finds field hockey alone, " +
      "since ice hockey's name has the word too. Weight classes as Russian and Kazakh write them: «до 80 кг», «80 кг-ға дейін».",
    changes: [
      // Field hockey's alias "хоккей": with ice hockey in the data, it names two sports.
      { key: "alias:hockey:хоккей", remove: true, was: {} },
      // Results: weight classes named by their upper limit ("до 80 кг"), as Russian and Kazakh write them
      {
        key: "result:paris-2024-olympic:boxing:nurbek-oralbay",
        was: { eventRu: "80 кг", eventKk: "80 кг" },
      },
      {
        key: "result:paris-2024-olympic:wrestling:zhadrayev",
        was: { eventRu: "Греко-римская борьба, 77 кг", eventKk: "Грек-рим күресі, 77 кг" },
      },
      {
        key: "result:paris-2024-olympic:boxing:kyzaibay",
        was: { eventRu: "50 кг, женщины", eventKk: "50 кг, әйелдер" },
      },
    ],
  },
];
