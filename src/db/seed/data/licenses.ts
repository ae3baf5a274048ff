import type { SeedLicense, SeedPlace, SeedText } from "./types.js";

// Exactly the licenses named in the 2024-04-21 reports (docs/sources.md, "licenses.ts"). The reports
// give no dates on which individual licenses were won, so wonOn is left unset everywhere rather than
// guessed; events are set only where named. Athletes are keys of ./athletes.ts; what they won at the Games
// is in ./results.ts.

const olympicSource = "Astana Times, 2024-04-22: Kazakhstan secures 43 licenses 95 days ahead of Olympic Games";
const paralympicSource = "Tourism and Sports Ministry of Kazakhstan, 2024-04-21";

const olympic = "paris-2024-olympic";
const paralympic = "paris-2024-paralympic";

/**
 * Chungju, South Korea. The Kazakh form of the city is not given, so it is left out: Kazakh readers
 * get the Russian form (views/licenses.ts, placeText), as for athletes' names.
 */
const chungju: SeedPlace = { city: { en: "Chungju", ru: "Чунджу" }, country: "KR" };

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

const boxingNote = (twin: { en: string; ru: string; kk: string }): SeedText => ({
  en: `Weight division not given in the 2024-04-21 report; twin brother ${twin.en} qualified in a separate division.`,
  ru: `Весовая категория в отчёте от 21 апреля 2024 года не указана; брат-близнец ${twin.ru} получил лицензию в другой весовой категории.`,
  kk: `2024 жылғы 21 сәуірдегі есепте салмақ дәрежесі көрсетілмеген; егіз бауыры ${twin.kk} басқа салмақ дәрежесінде лицензия алды.`,
});

export const olympicLicenses: SeedLicense[] = [
  single(olympic, "rowing", "yakovlev", "vladislav-yakovlev", olympicSource, {
    event: { en: "Men's single sculls", ru: "Одиночка, мужчины", kk: "Ерлер арасындағы бір орынды қайық" },
    howWon: {
      en: "Won the Asian Rowing Olympic Qualifiers 2024",
      ru: "Победа на азиатской олимпийской квалификационной регате 2024 года",
      kk: "2024 жылғы Азиялық олимпиадалық іріктеу регатасындағы жеңіс",
    },
    whereWon: chungju,
    note: {
      en:
        "Kazakhstan's first-ever Olympic rowing license. Reported as the latest license on 2024-04-21; " +
        "the exact date it was won is not given.",
      ru:
        "Первая в истории Казахстана олимпийская лицензия в академической гребле. 21 апреля 2024 года " +
        "названа последней полученной лицензией; точная дата её завоевания не указана.",
      kk:
        "Қазақстанның академиялық ескек есуден тарихтағы алғашқы олимпиадалық лицензиясы. 2024 жылғы " +
        "21 сәуірде соңғы алынған лицензия ретінде аталды; нақты қай күні жеңіп алынғаны көрсетілмеген.",
    },
  }),
  single(olympic, "badminton", "panarin", "dmitry-panarin", olympicSource, {
    howWon: { en: "Olympic ranking, 31st", ru: "Олимпийский рейтинг, 31-е место", kk: "Олимпиадалық рейтинг, 31-орын" },
    note: {
      en:
        "Kazakhstan's first Olympic badminton berth. The report names no event; the same report prints " +
        "'25th in the national ranking', which is unclear and left out.",
      ru:
        "Первая олимпийская лицензия Казахстана в бадминтоне. Дисциплина в отчёте не названа; там же " +
        "напечатано «25-е место в национальном рейтинге» — смысл неясен, поэтому это не учтено.",
      kk:
        "Қазақстанның бадминтоннан алғашқы олимпиадалық жолдамасы. Есепте жарыс түрі аталмаған; сол есепте " +
        "«ұлттық рейтингте 25-орын» деп жазылған, мағынасы түсініксіз болғандықтан ескерілмеді.",
    },
  }),
  single(olympic, "boxing", "aibek-oralbay", "aibek-oralbay", olympicSource, {
    note: boxingNote({ en: "Nurbek", ru: "Нурбек", kk: "Нұрбек" }),
  }),
  single(olympic, "boxing", "nurbek-oralbay", "nurbek-oralbay", olympicSource, {
    note: boxingNote({ en: "Aibek", ru: "Айбек", kk: "Айбек" }),
  }),
];

/** The report counts three para swimmers' licenses without naming them: one record per quota place. */
const paraSwimmer = (n: 1 | 2 | 3): SeedLicense => ({
  key: `${paralympic}:para-swimming:swimmer-${n}`,
  games: paralympic,
  sport: "para-swimming",
  athletes: [],
  quotaPlaces: 1,
  source: paralympicSource,
  note: {
    en: "One of three para swimmers' licenses; the report gives no names.",
    ru: "Одна из трёх лицензий в пара-плавании; имена спортсменов в отчёте не названы.",
    kk: "Пара жүзудегі үш лицензияның бірі; есепте спортшылардың аты-жөні аталмаған.",
  },
});

export const paralympicLicenses: SeedLicense[] = [
  single(paralympic, "para-rowing", "daiyrbek", "temirkhan-daiyrbek", paralympicSource, {
    howWon: {
      en: "Gold at the Asian Para Rowing Championships",
      ru: "Золото чемпионата Азии по параакадемической гребле",
      kk: "Пара академиялық ескек есуден Азия чемпионатының алтын медалі",
    },
    whereWon: chungju,
    note: {
      en:
        "Reported as the latest Paralympic license on 2024-04-21. The championships ran 18–21 Apr 2024; " +
        "the day of the final and the event are not given.",
      ru:
        "21 апреля 2024 года названа последней полученной паралимпийской лицензией. Чемпионат проходил " +
        "18–21 апреля 2024 года; день финала и дисциплина не указаны.",
      kk:
        "2024 жылғы 21 сәуірде соңғы алынған паралимпиадалық лицензия ретінде аталды. Чемпионат 2024 жылғы " +
        "18–21 сәуір аралығында өтті; финал күні мен жарыс түрі көрсетілмеген.",
    },
  }),
  single(paralympic, "para-powerlifting", "degtyarev", "davyd-degtyarev", paralympicSource),
  single(paralympic, "para-canoe", "bibarys", "bibarys-spatay", paralympicSource),
  single(paralympic, "para-athletics", "mukashbekov", "dastan-mukashbekov", paralympicSource),
  {
    key: `${paralympic}:para-sitting-volleyball:national-team`,
    games: paralympic,
    sport: "para-sitting-volleyball",
    athletes: [],
    team: {
      en: "Kazakhstan national sitting volleyball team",
      ru: "Сборная Казахстана по волейболу сидя",
      kk: "Қазақстанның отырып ойнайтын волейболдан ұлттық құрамасы",
    },
    quotaPlaces: 1,
    source: paralympicSource,
    note: {
      en:
        "Team license: the report counts the team as one of the 12 licenses. " + "Team members and the men's/women's event are not named.",
      ru:
        "Командная лицензия: в отчёте команда учтена как одна из 12 лицензий. " +
        "Состав команды и турнир (мужской или женский) не названы.",
      kk:
        "Командалық лицензия: есепте команда 12 лицензияның бірі ретінде саналған. " +
        "Команда құрамы және жарыстың ерлер немесе әйелдер арасындағы екені аталмаған.",
    },
  },
  single(paralympic, "para-shooting", "gabbasov", "erkin-gabbasov", paralympicSource),
  paraSwimmer(1),
  paraSwimmer(2),
  paraSwimmer(3),
  single(paralympic, "para-taekwondo", "dosmalova", "kamilya-dosmalova", paralympicSource),
  single(paralympic, "para-taekwondo", "omirali", "nyshan-omirali", paralympicSource),
  single(paralympic, "para-taekwondo", "dombaev", "nurlan-dombaev", paralympicSource),
];

export const licenses: SeedLicense[] = [...olympicLicenses, ...paralympicLicenses];
