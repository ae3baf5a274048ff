import type { SeedResult, SeedText } from "./types.js";

// Kazakhstan's Paris 2024 medals as given in docs/sources.md, "results.ts": 7 Olympic (1 gold,
// 3 silver, 3 bronze) and 9 Paralympic (2 gold, 3 silver, 4 bronze). Events say only what was recorded
// (no distance, class or men's/women's it does not give); wonOn is set only where it gives the day.
// No publication was recorded for the results, so none is given.

const olympic = "paris-2024-olympic";
const paralympic = "paris-2024-paralympic";

function result(
  games: string,
  sport: string,
  keyName: string,
  medal: SeedResult["medal"],
  event: SeedText,
  athletes: string[],
  extra: Partial<SeedResult> = {},
): SeedResult {
  return { key: `${games}:${sport}:${keyName}`, games, sport, medal, event, athletes, ...extra };
}

/** A weight category "−N kg" (up to N kg). */
const upTo = (kg: number, suffix = ""): SeedText => ({
  en: `−${kg} kg${suffix}`,
  ru: `до ${kg} кг${suffix}`,
  kk: `${kg} кг-ға дейін${suffix}`,
});

/**
 * A class named by its upper limit in English as the sources print it ("80 kg": boxing's and
 * wrestling's classes are upper limits), "до 80 кг" / "80 кг-ға дейін" as Russian and Kazakh write it.
 */
const upToNamed = (kg: number): SeedText => ({ en: `${kg} kg`, ru: `до ${kg} кг`, kk: `${kg} кг-ға дейін` });

export const olympicResults: SeedResult[] = [
  result(olympic, "judo", "smetov", "gold", upTo(60), ["yeldos-smetov"], { wonOn: "2024-07-27" }),
  result(
    olympic,
    "artistic-gymnastics",
    "kurbanov",
    "silver",
    { en: "Pommel horse", ru: "Упражнения на коне", kk: "Тұтқалы аттағы жаттығу" },
    ["nariman-kurbanov"],
  ),
  result(
    olympic,
    "wrestling",
    "zhadrayev",
    "silver",
    { en: "Greco-Roman 77 kg", ru: "Греко-римская борьба, до 77 кг", kk: "Грек-рим күресі, 77 кг-ға дейін" },
    ["demeu-zhadrayev"],
  ),
  result(olympic, "boxing", "nurbek-oralbay", "silver", upToNamed(80), ["nurbek-oralbay"]),
  result(
    olympic,
    "shooting",
    "le-satpayev",
    "bronze",
    {
      en: "10 m air rifle mixed team",
      ru: "Пневматическая винтовка, 10 м, смешанные команды",
      kk: "Пневматикалық мылтық, 10 м, аралас командалар",
    },
    ["alexandra-le", "islam-satpayev"],
    { wonOn: "2024-07-27" },
  ),
  result(olympic, "judo", "kyrgyzbayev", "bronze", upTo(66), ["gusman-kyrgyzbayev"], { wonOn: "2024-07-28" }),
  result(olympic, "boxing", "kyzaibay", "bronze", { en: "Women's 50 kg", ru: "до 50 кг, женщины", kk: "50 кг-ға дейін, әйелдер" }, [
    "nazym-kyzaibay",
  ]),
];

export const paralympicResults: SeedResult[] = [
  result(paralympic, "para-powerlifting", "degtyarev", "gold", upTo(54), ["davyd-degtyarev"]),
  result(paralympic, "para-judo", "nauatbek", "gold", upTo(48, ", J2"), ["akmaral-nauatbek"]),
  result(paralympic, "para-shooting", "gabbasov", "silver", { en: "Shooting", ru: "Стрельба", kk: "Оқ ату" }, ["erkin-gabbasov"], {
    note: {
      en: "The event is not named in our sources.",
      ru: "Дисциплина в наших источниках не названа.",
      kk: "Жарыс түрі біздің дереккөздерде аталмаған.",
    },
  }),
  result(paralympic, "para-judo", "shamey", "silver", upTo(73), ["ergali-shamey"]),
  result(paralympic, "para-swimming", "zhumagali", "silver", { en: "SB13", ru: "SB13", kk: "SB13" }, ["nurdaulet-zhumagali"]),
  result(paralympic, "para-athletics", "mukashbekov", "bronze", { en: "Shot put F36", ru: "Толкание ядра, F36", kk: "Ядро итеру, F36" }, [
    "dastan-mukashbekov",
  ]),
  result(paralympic, "para-judo", "fedosova", "bronze", upTo(57), ["dayana-fedosova"]),
  result(paralympic, "para-judo", "rayfova", "bronze", { en: "+70 kg", ru: "свыше 70 кг", kk: "70 кг-нан жоғары" }, ["zarina-rayfova"]),
  result(paralympic, "para-judo", "shukurbekov", "bronze", upTo(90), ["zhurkamyrza-shukurbekov"]),
];

export const results: SeedResult[] = [...olympicResults, ...paralympicResults];
