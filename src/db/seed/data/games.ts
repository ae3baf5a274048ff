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
    // The Games are over: the note says what is known, not what is still unconfirmed. The license
    // totals over time, the final 92 among them, are in totals.ts.
    note: {
      en: "Closing ceremony on 11 Aug. Sources give a team of 78–80 athletes.",
      ru: "Церемония закрытия — 11 августа. По данным источников, в команде было 78–80 спортсменов.",
      kk: "Жабылу салтанаты — 11 тамызда. Дереккөздерге сәйкес, құрамада 78–80 спортшы болды.",
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
      en: "Opening ceremony on the Place de la Concorde; closing ceremony on 8 Sep. 22 sports, 549 events.",
      ru: "Церемония открытия — на площади Согласия; церемония закрытия — 8 сентября. 22 вида спорта, 549 видов программы.",
      kk: "Ашылу салтанаты Конкорд алаңында; жабылу салтанаты 8 қыркүйекте. 22 спорт түрі, 549 жарыс түрі.",
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
    medalRank: 19,
    // The team as reported: a note, since no column holds a team's size.
    note: {
      en: "Opening ceremony at San Siro, Milan. Team: 36 athletes (18 men, 18 women) in 10 sports.",
      ru: "Церемония открытия — на стадионе «Сан-Сиро» в Милане. Команда: 36 спортсменов (18 мужчин и 18 женщин) в 10 видах спорта.",
      kk: "Ашылу салтанаты Милан қаласындағы «Сан-Сиро» стадионында. Құрама: 10 спорт түрі бойынша 36 спортшы (18 ер, 18 әйел).",
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
    // No medal-table place: the final one is unconfirmed (only a mid-Games place was reported).
    note: {
      en: "Opening ceremony at the Arena di Verona. Team: 7 athletes in 2 sports, para cross-country skiing and para biathlon.",
      ru:
        "Церемония открытия — в амфитеатре «Арена ди Верона». Команда: 7 спортсменов в 2 видах спорта — " +
        "пара лыжные гонки и пара биатлон.",
      kk:
        "Ашылу салтанаты «Арена ди Верона» амфитеатрында. Құрама: 2 спорт түрі бойынша 7 спортшы — " +
        "пара шаңғы жарысы және пара биатлон.",
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
