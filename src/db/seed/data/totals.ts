import type { SeedReportedTotal } from "./types.js";

// Totals as reported (docs/sources.md, "totals.ts"), kept apart from the named licenses: the reports
// name only some of the licenses they count. Paris 2024 Olympic: the count over time, up to the final
// one. `source` is the publication as fans read it (no date: the row's date is `asOf`).
export const reportedTotals: SeedReportedTotal[] = [
  { games: "paris-2024-olympic", asOf: "2024-03-26", licenses: 31, sports: 11, source: "zakon.kz" },
  {
    games: "paris-2024-olympic",
    asOf: "2024-04-21",
    licenses: 43,
    sports: 14,
    target: 90,
    source: "Astana Times",
    note: {
      en: "More than 90 licenses targeted; traditionally 23–26 sports.",
      ru: "Цель — более 90 лицензий; традиционно 23–26 видов спорта.",
      kk: "Мақсат — 90-нан астам лицензия; дәстүрлі түрде 23–26 спорт түрі.",
    },
  },
  { games: "paris-2024-olympic", asOf: "2024-06-21", licenses: 78, sports: 22, source: "inform.kz" },
  // The final count was first reported in July 2024 (about the 9th: the reports carry no day), then
  // confirmed on the day of the opening ceremony: that confirmed day is the row's date, so no day is
  // shown that was not reported.
  {
    games: "paris-2024-olympic",
    asOf: "2024-07-26",
    licenses: 92,
    sports: 25,
    source: "sports.kz",
    note: {
      en: "The final count, first reported in July 2024 with a team of 80 athletes (azattyq-ruhy.kz, silkwaytv.kz) and confirmed on the day of the opening.",
      ru: "Итоговое число: впервые названо в июле 2024 г. вместе с составом из 80 спортсменов (azattyq-ruhy.kz, silkwaytv.kz), подтверждено в день открытия.",
      kk: "Соңғы сан: алғаш рет 2024 жылғы шілдеде 80 спортшыдан тұратын құраммен бірге аталды (azattyq-ruhy.kz, silkwaytv.kz), ашылу күні расталды.",
    },
  },
  {
    games: "paris-2024-paralympic",
    asOf: "2024-04-21",
    licenses: 12,
    source: "Astana Times",
  },
];
