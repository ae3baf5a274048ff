import type { SeedLicense } from "./types.js";

// Exactly the licenses named in the 2024-04-21 reports. The reports give no dates on which individual
// licenses were won, so wonOn is left unset everywhere rather than guessed; events are set only where named.

const olympicSource = "Astana Times, 2024-04-22: Kazakhstan secures 43 licenses 95 days ahead of Olympic Games";
const paralympicSource = "Tourism and Sports Ministry of Kazakhstan, 2024-04-21";

const olympic = "paris-2024-olympic";
const paralympic = "paris-2024-paralympic";

/** One athlete, one quota place: the common case in both reports. */
function single(
  games: string,
  sport: string,
  keyName: string,
  athlete: string,
  source: string,
  extra: Partial<SeedLicense> = {},
): SeedLicense {
  return { key: `${games}:${sport}:${keyName}`, games, sport, athletes: [athlete], quotaPlaces: 1, source, ...extra };
}

const boxingNote = (twin: string) =>
  `Weight division not given in the 2024-04-21 report; twin brother ${twin} qualified in a separate division.`;

export const olympicLicenses: SeedLicense[] = [
  single(olympic, "rowing", "yakovlev", "Vladislav Yakovlev", olympicSource, {
    event: "Men's single sculls",
    howWon: "Won the Asian Rowing Olympic Qualifiers 2024",
    whereWon: "Chungju, South Korea",
    note:
      "Kazakhstan's first-ever Olympic rowing license. Reported as the latest license on 2024-04-21; " +
      "the exact date it was won is not given.",
  }),
  single(olympic, "badminton", "panarin", "Dmitry Panarin", olympicSource, {
    howWon: "Olympic rankings (31st)",
    note:
      "Kazakhstan's first Olympic badminton berth. The report names no event; the same report prints " +
      "'25th in the national ranking', which is unclear and left out.",
  }),
  single(olympic, "boxing", "aibek-oralbay", "Aibek Oralbay", olympicSource, { note: boxingNote("Nurbek") }),
  single(olympic, "boxing", "nurbek-oralbay", "Nurbek Oralbay", olympicSource, {
    note: `${boxingNote("Aibek")} At the Games he boxed at 80 kg (silver).`,
  }),
];

export const paralympicLicenses: SeedLicense[] = [
  single(paralympic, "para-rowing", "daiyrbek", "Temirkhan Daiyrbek", paralympicSource, {
    howWon: "Gold at the Asian Para Rowing Championships",
    whereWon: "Chungju, South Korea",
    note:
      "Reported as the latest Paralympic license on 2024-04-21. The championships ran 18–21 Apr 2024; " +
      "the day of the final and the event are not given.",
  }),
  single(paralympic, "para-powerlifting", "degtyarev", "Davyd Degtyarev", paralympicSource),
  single(paralympic, "para-canoe", "bibarys", "Spatay Bibarys", paralympicSource),
  single(paralympic, "para-athletics", "mukashbekov", "Dastan Mukashbekov", paralympicSource),
  {
    key: `${paralympic}:para-sitting-volleyball:national-team`,
    games: paralympic,
    sport: "para-sitting-volleyball",
    athletes: [],
    team: "Kazakhstan national sitting volleyball team",
    quotaPlaces: 1,
    source: paralympicSource,
    note:
      "Team license: the report counts the team as one of the 12 licenses. " +
      "Team members and the men's/women's event are not named.",
  },
  single(paralympic, "para-shooting", "gabbasov", "Erkin Gabbasov", paralympicSource),
  {
    key: `${paralympic}:para-swimming:three-swimmers`,
    games: paralympic,
    sport: "para-swimming",
    athletes: [],
    quotaPlaces: 3,
    source: paralympicSource,
    note: "Three para swimmers qualified; their names are not given in the report.",
  },
  single(paralympic, "para-taekwondo", "dosmalova", "Kamilya Dosmalova", paralympicSource),
  single(paralympic, "para-taekwondo", "omirali", "Nyshan Omirali", paralympicSource),
  single(paralympic, "para-taekwondo", "dombaev", "Nurlan Dombaev", paralympicSource),
];

export const licenses: SeedLicense[] = [...olympicLicenses, ...paralympicLicenses];
