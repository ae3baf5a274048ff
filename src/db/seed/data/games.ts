import type { Localized, SeedGames, SeedText } from "./types.js";

// Sources: docs/sources.md, "games.ts". Clock times are set only where the facts confirm them;
// otherwise countdowns run to the date in the host's time zone.

const paris: Localized = { en: "Paris", ru: "Париж", kk: "Париж" };
const milanoCortina: Localized = {
  en: "Milan–Cortina d’Ampezzo",
  ru: "Милан — Кортина-д’Ампеццо",
  kk: "Милан — Кортина-д’Ампеццо",
};
const losAngeles: Localized = { en: "Los Angeles", ru: "Лос-Анджелес", kk: "Лос-Анджелес" };
const frenchAlps: Localized = { en: "French Alps", ru: "Французские Альпы", kk: "Француз Альпілері" };
const brisbane: Localized = { en: "Brisbane", ru: "Брисбен", kk: "Брисбен" };

const openingTimeUnconfirmed: SeedText = {
  en: "Opening ceremony time not confirmed yet; count down to the date in the host time zone.",
  ru: "Время церемонии открытия пока не подтверждено; обратный отсчёт идёт до даты по местному времени.",
  kk: "Ашылу салтанатының уақыты әлі расталмаған; кері санақ жергілікті уақыт бойынша сол күнге дейін жүреді.",
};

export const games: SeedGames[] = [
  {
    slug: "paris-2024-olympic",
    kind: "olympic",
    season: "summer",
    year: 2024,
    hostCity: paris,
    hostTz: "Europe/Paris",
    opensOn: "2024-07-26",
    closesOn: "2024-08-11",
    opensAt: "2024-07-26T19:30:00+02:00",
    competitionStartsOn: "2024-07-24",
    licenseTarget: 90, // "more than 90 licenses"
    licenseTargetAbove: true,
    medalRank: 43,
    note: {
      en:
        "Closing ceremony on 11 Aug, start time unconfirmed. The final team size differs by source: " +
        "78–80 athletes, while “92 licenses in 25 sports” is also reported.",
      ru:
        "Церемония закрытия 11 августа, время начала не подтверждено. Итоговый состав команды в источниках " +
        "разнится: 78–80 спортсменов; сообщалось также о «92 лицензиях в 25 видах спорта».",
      kk:
        "Жабылу салтанаты 11 тамызда, басталу уақыты расталмаған. Команданың соңғы құрамы дереккөздерде " +
        "әртүрлі: 78–80 спортшы; «25 спорт түрінде 92 лицензия» деген дерек те бар.",
    },
  },
  {
    slug: "paris-2024-paralympic",
    kind: "paralympic",
    season: "summer",
    year: 2024,
    hostCity: paris,
    hostTz: "Europe/Paris",
    opensOn: "2024-08-28",
    closesOn: "2024-09-08",
    opensAt: "2024-08-28T20:00:00+02:00",
    competitionStartsOn: "2024-08-29",
    medalRank: 39,
    note: {
      en: "Opening ceremony on the Place de la Concorde; closing ceremony on 8 Sep, start time unconfirmed. 22 sports, 549 events.",
      ru:
        "Церемония открытия — на площади Согласия; церемония закрытия 8 сентября, время начала не подтверждено. " +
        "22 вида спорта, 549 видов программы.",
      kk:
        "Ашылу салтанаты Конкорд алаңында; жабылу салтанаты 8 қыркүйекте, басталу уақыты расталмаған. " + "22 спорт түрі, 549 жарыс түрі.",
    },
  },
  {
    slug: "milano-cortina-2026-olympic",
    kind: "olympic",
    season: "winter",
    year: 2026,
    hostCity: milanoCortina,
    hostTz: "Europe/Rome",
    opensOn: "2026-02-06",
    closesOn: "2026-02-22",
    opensAt: "2026-02-06T20:00:00+01:00",
    note: {
      en: "Opening ceremony at San Siro, Milan.",
      ru: "Церемония открытия — на стадионе «Сан-Сиро» в Милане.",
      kk: "Ашылу салтанаты Милан қаласындағы «Сан-Сиро» стадионында.",
    },
  },
  {
    slug: "milano-cortina-2026-paralympic",
    kind: "paralympic",
    season: "winter",
    year: 2026,
    hostCity: milanoCortina,
    hostTz: "Europe/Rome",
    opensOn: "2026-03-06",
    closesOn: "2026-03-15",
    opensAt: "2026-03-06T20:00:00+01:00",
    note: {
      en: "Opening ceremony at the Arena di Verona.",
      ru: "Церемония открытия — в амфитеатре «Арена ди Верона».",
      kk: "Ашылу салтанаты «Арена ди Верона» амфитеатрында.",
    },
  },
  {
    slug: "la-2028-olympic",
    kind: "olympic",
    season: "summer",
    year: 2028,
    hostCity: losAngeles,
    hostTz: "America/Los_Angeles",
    opensOn: "2028-07-14",
    closesOn: "2028-07-30",
    opensAt: "2028-07-14T17:00:00-07:00",
    competitionStartsOn: "2028-07-12",
    note: {
      en: "Some competitions start on 12 Jul, before the opening ceremony.",
      ru: "Некоторые соревнования начинаются 12 июля, до церемонии открытия.",
      kk: "Кейбір жарыстар 12 шілдеде, ашылу салтанатына дейін басталады.",
    },
  },
  {
    slug: "la-2028-paralympic",
    kind: "paralympic",
    season: "summer",
    year: 2028,
    hostCity: losAngeles,
    hostTz: "America/Los_Angeles",
    opensOn: "2028-08-15",
    closesOn: "2028-08-27",
    note: openingTimeUnconfirmed,
  },
  {
    slug: "french-alps-2030-olympic",
    kind: "olympic",
    season: "winter",
    year: 2030,
    hostCity: frenchAlps,
    hostTz: "Europe/Paris",
    opensOn: "2030-02-01",
    closesOn: "2030-02-17",
    note: {
      en: "Proposed dates (olympics.com, “French Alps 2030: top facts”). Opening ceremony time not confirmed yet.",
      ru: "Предлагаемые даты (olympics.com, «French Alps 2030: top facts»). Время церемонии открытия пока не подтверждено.",
      kk: "Ұсынылған күндер (olympics.com, «French Alps 2030: top facts»). Ашылу салтанатының уақыты әлі расталмаған.",
    },
  },
  {
    slug: "french-alps-2030-paralympic",
    kind: "paralympic",
    season: "winter",
    year: 2030,
    hostCity: frenchAlps,
    hostTz: "Europe/Paris",
    opensOn: "2030-03-01",
    closesOn: "2030-03-10",
    note: {
      en: "Proposed dates (olympics.com); other sources give different dates. Opening ceremony time not confirmed yet.",
      ru: "Предлагаемые даты (olympics.com); в других источниках даты иные. Время церемонии открытия пока не подтверждено.",
      kk: "Ұсынылған күндер (olympics.com); басқа дереккөздерде күндері басқаша. Ашылу салтанатының уақыты әлі расталмаған.",
    },
  },
  {
    slug: "brisbane-2032-olympic",
    kind: "olympic",
    season: "summer",
    year: 2032,
    hostCity: brisbane,
    hostTz: "Australia/Brisbane",
    opensOn: "2032-07-23",
    closesOn: "2032-08-08",
    note: openingTimeUnconfirmed,
  },
  {
    slug: "brisbane-2032-paralympic",
    kind: "paralympic",
    season: "summer",
    year: 2032,
    hostCity: brisbane,
    hostTz: "Australia/Brisbane",
    opensOn: "2032-08-24",
    closesOn: "2032-09-05",
    note: openingTimeUnconfirmed,
  },
];
