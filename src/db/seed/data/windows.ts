import type { SeedText, SeedWindow } from "./types.js";

// First and last competition day, host-local (Paris) dates, from the official schedule of April 2024
// as given in docs/sources.md, "windows.ts" (with its correction for surfing); LA 2028 from its
// published schedule (docs/sources.md, "LA 2028 competition windows"). Paralympic sports whose
// dates are unconfirmed (table tennis, wheelchair fencing, wheelchair tennis) are left out rather
// than guessed, as is every LA 2028 sport whose first or last day is not known (lacrosse; the other
// sports starting on 12 Jul).

type Row = [sport: string, firstDay: string, lastDay: string, note?: SeedText];

function windowsFor(games: string, rows: Row[]): SeedWindow[] {
  return rows.map(([sport, firstDay, lastDay, note]) =>
    note === undefined ? { games, sport, firstDay, lastDay } : { games, sport, firstDay, lastDay, note },
  );
}

export const windows: SeedWindow[] = [
  ...windowsFor("paris-2024-olympic", [
    ["archery", "2024-07-25", "2024-08-04"],
    ["swimming", "2024-07-27", "2024-08-04"],
    ["diving", "2024-07-27", "2024-08-10"],
    ["artistic-swimming", "2024-08-05", "2024-08-10"],
    ["marathon-swimming", "2024-08-08", "2024-08-09"],
    ["water-polo", "2024-07-27", "2024-08-11"],
    ["athletics", "2024-08-01", "2024-08-11"],
    ["badminton", "2024-07-27", "2024-08-05"],
    ["basketball", "2024-07-27", "2024-08-11"],
    ["basketball-3x3", "2024-07-30", "2024-08-05"],
    ["boxing", "2024-07-27", "2024-08-10"],
    ["breaking", "2024-08-09", "2024-08-10"],
    ["canoe-slalom", "2024-07-27", "2024-08-05"],
    ["canoe-sprint", "2024-08-06", "2024-08-10"],
    ["cycling-road", "2024-07-27", "2024-08-04"],
    ["cycling-mountain-bike", "2024-07-28", "2024-07-29"],
    ["cycling-bmx-freestyle", "2024-07-30", "2024-07-31"],
    ["cycling-bmx-racing", "2024-08-01", "2024-08-02"],
    ["cycling-track", "2024-08-05", "2024-08-11"],
    ["equestrian", "2024-07-27", "2024-08-06"],
    ["fencing", "2024-07-27", "2024-08-04"],
    ["football", "2024-07-24", "2024-08-10"],
    ["golf", "2024-08-01", "2024-08-10"],
    ["handball", "2024-07-25", "2024-08-11"],
    ["hockey", "2024-07-27", "2024-08-09"],
    ["judo", "2024-07-27", "2024-08-03"],
    ["modern-pentathlon", "2024-08-08", "2024-08-11"],
    ["rowing", "2024-07-27", "2024-08-03"],
    ["rugby-sevens", "2024-07-24", "2024-07-30"],
    ["sailing", "2024-07-28", "2024-08-08"],
    ["shooting", "2024-07-27", "2024-08-05"],
    ["skateboarding", "2024-07-27", "2024-08-07"],
    ["sport-climbing", "2024-08-05", "2024-08-10"],
    [
      "surfing",
      "2024-07-27",
      "2024-08-05",
      {
        en: "Held at Teahupo'o, Tahiti; it ended on Monday 5 Aug with both finals.",
        ru: "Соревнования прошли в Теахупоо (Таити) и завершились в понедельник, 5 августа, обоими финалами.",
        kk: "Жарыс Таитидегі Теахупоода өтіп, 5 тамызда, дүйсенбіде, екі финалмен аяқталды.",
      },
    ],
    ["table-tennis", "2024-07-27", "2024-08-10"],
    ["taekwondo", "2024-08-07", "2024-08-10"],
    ["tennis", "2024-07-27", "2024-08-04"],
    ["triathlon", "2024-07-30", "2024-08-05"],
    ["volleyball", "2024-07-27", "2024-08-11"],
    ["beach-volleyball", "2024-07-27", "2024-08-10"],
    ["weightlifting", "2024-08-07", "2024-08-11"],
    ["wrestling", "2024-08-05", "2024-08-11"],
    ["artistic-gymnastics", "2024-07-27", "2024-08-05"],
    ["trampoline", "2024-08-02", "2024-08-02"],
    ["rhythmic-gymnastics", "2024-08-08", "2024-08-10"],
  ]),
  ...windowsFor("paris-2024-paralympic", [
    ["para-archery", "2024-08-29", "2024-09-05"],
    ["para-athletics", "2024-08-30", "2024-09-08"],
    ["para-badminton", "2024-08-29", "2024-09-02"],
    ["para-blind-football", "2024-09-01", "2024-09-07"],
    ["para-boccia", "2024-08-29", "2024-09-05"],
    ["para-goalball", "2024-08-29", "2024-09-05"],
    ["para-canoe", "2024-09-06", "2024-09-08"],
    ["para-cycling-track", "2024-08-29", "2024-09-01"],
    ["para-cycling-road", "2024-09-04", "2024-09-07"],
    ["para-equestrian", "2024-09-03", "2024-09-07"],
    ["para-judo", "2024-09-05", "2024-09-07"],
    ["para-powerlifting", "2024-09-04", "2024-09-08"],
    ["para-rowing", "2024-08-30", "2024-09-01"],
    ["para-triathlon", "2024-09-01", "2024-09-02"],
    ["para-wheelchair-basketball", "2024-08-29", "2024-09-08"],
    ["para-wheelchair-rugby", "2024-08-29", "2024-09-02"],
    ["para-swimming", "2024-08-29", "2024-09-07"],
    [
      "para-shooting",
      "2024-08-30",
      "2024-09-05",
      { en: "Held in Châteauroux.", ru: "Соревнования прошли в Шатору.", kk: "Жарыс Шатору қаласында өтті." },
    ],
    ["para-sitting-volleyball", "2024-08-29", "2024-09-07"],
    ["para-taekwondo", "2024-08-29", "2024-08-31"],
  ]),
  // LA 2028 (host-local, Los Angeles dates): the July 2025 schedule by sport and session, and the
  // November 2025 one where it gives both ends.
  ...windowsFor("la-2028-olympic", [
    ["cricket", "2028-07-12", "2028-07-29"],
    // Starts 12 Jul, before the opening; semi-finals and finals 24–29 Jul.
    ["football", "2028-07-12", "2028-07-29"],
    ["flag-football", "2028-07-15", "2028-07-22"],
    ["athletics", "2028-07-15", "2028-07-24"],
    ["swimming", "2028-07-22", "2028-07-30"],
    // Starts 15 Jul; the men's champion is crowned on 24 Jul, after the women's on 23 Jul.
    ["squash", "2028-07-15", "2028-07-24"],
    // The November 2025 version gives both ends for baseball (13 Jul; gold-medal game 19 Jul). The
    // versions disagree, and neither gives softball's days: the note says both.
    [
      "baseball-softball",
      "2028-07-13",
      "2028-07-19",
      {
        en:
          "Baseball, as in the November 2025 schedule (gold-medal game on 19 Jul); the July 2025 version had 15–20 Jul. " +
          "Softball days not confirmed.",
        // The facts give no Russian or Kazakh name for baseball or softball: the English ones, as the sport's name shows.
        ru:
          "Baseball — по расписанию ноября 2025 года (матч за золото 19 июля); в версии июля 2025 года — 15–20 июля. " +
          "Дни Softball не подтверждены.",
        kk:
          "Baseball — 2025 жылғы қарашадағы кесте бойынша (алтын медаль үшін ойын 19 шілдеде); 2025 жылғы шілдедегі нұсқада — 15–20 шілде. " +
          "Softball күндері расталмаған.",
      },
    ],
  ]),
];
