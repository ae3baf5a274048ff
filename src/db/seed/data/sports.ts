import type { SeedSport } from "./types.js";

// Sports and disciplines of the Summer and Winter Olympic and Paralympic programmes (Paris 2024,
// Milano Cortina 2026, and the five sports LA 2028 adds). Which Games holds which is programmes.ts.
// Names: English, Russian, Kazakh (Cyrillic, as Kazakh sports media write them; the standard Kazakh terms of
// docs/sources.md, "sports.ts"). Aliases are extra search keys in lower case;
// each alias belongs to one sport of its kind, so a bare word shared by two sports ("гребля", "есу", "ескек",
// "bmx") is left out and the matcher reports the ambiguity from name/alias prefixes. A name replaced by a
// standard term stays as an alias, so the old spelling still finds the sport.
// BMX is written in Latin letters in Kazakh as in Russian; the Cyrillic look-alike "ВМХ" is kept as an alias.

// Winter sports: Russian and Kazakh names as Kazakh media print them (docs/sources.md, "Winter sports");
// where a source shows several forms, the first is the name and the others are aliases. Where no
// Kazakh form is confirmed (skeleton) the Russian one is shown; where no Russian form is confirmed
// (wheelchair curling) or the facts have none in either language (the five LA 2028 additions), the
// English one is shown, and the common Cyrillic words stay search keys only.

type Kind = SeedSport["kind"];
type Season = SeedSport["season"];

function sport(
  kind: Kind,
  season: Season,
  slug: string,
  en: string,
  ru: string,
  kk: string,
  aliases: string[] = [],
  parent?: string,
): SeedSport {
  const base = { slug, kind, season, name: { en, ru, kk }, aliases };
  return parent === undefined ? base : { ...base, parent };
}

const o = (slug: string, en: string, ru: string, kk: string, aliases?: string[], parent?: string) =>
  sport("olympic", "summer", slug, en, ru, kk, aliases, parent);
const p = (slug: string, en: string, ru: string, kk: string, aliases?: string[], parent?: string) =>
  sport("paralympic", "summer", slug, en, ru, kk, aliases, parent);
const ow = (slug: string, en: string, ru: string, kk: string, aliases?: string[], parent?: string) =>
  sport("olympic", "winter", slug, en, ru, kk, aliases, parent);
const pw = (slug: string, en: string, ru: string, kk: string, aliases?: string[], parent?: string) =>
  sport("paralympic", "winter", slug, en, ru, kk, aliases, parent);

export const olympicSports: SeedSport[] = [
  o("archery", "Archery", "Стрельба из лука", "Садақ ату", ["bow", "лук", "садақ"]),

  o("aquatics", "Aquatics", "Водные виды спорта", "Су спорты түрлері", ["water sports", "водные виды", "су спорты"]),
  o("swimming", "Swimming", "Плавание", "Жүзу", ["swim", "пловцы", "жүзушілер"], "aquatics"),
  o("diving", "Diving", "Прыжки в воду", "Суға секіру", ["dive", "springboard", "platform diving"], "aquatics"),
  o(
    "artistic-swimming",
    "Artistic swimming",
    "Артистическое плавание",
    "Көркем жүзу",
    ["synchronized swimming", "synchronised swimming", "синхронное плавание", "синхронды жүзу"],
    "aquatics",
  ),
  o(
    "marathon-swimming",
    "Marathon swimming",
    "Марафонское плавание",
    "Марафондық жүзу",
    ["open water swimming", "open water", "плавание на открытой воде", "ашық суда жүзу"],
    "aquatics",
  ),
  o("water-polo", "Water polo", "Водное поло", "Су добы", ["ватерполо"], "aquatics"),

  o("athletics", "Athletics", "Лёгкая атлетика", "Жеңіл атлетика", ["track and field", "легкая атлетика", "легкоатлет"]),
  o("badminton", "Badminton", "Бадминтон", "Бадминтон"),
  o("basketball", "Basketball", "Баскетбол", "Баскетбол", ["basket", "баскет"]),
  o("basketball-3x3", "Basketball 3x3", "Баскетбол 3×3", "Баскетбол 3×3", [
    "3x3",
    "3х3",
    "3x3 basketball",
    "баскетбол 3x3",
    "баскетбол 3х3",
    "стритбол",
  ]),
  o("boxing", "Boxing", "Бокс", "Бокс", ["box", "boxer", "боксер", "боксшы"]),
  o("breaking", "Breaking", "Брейкинг", "Брейкинг", ["breakdance", "breakdancing", "брейк-данс"]),

  o("canoe", "Canoe", "Гребля на байдарках и каноэ", "Байдарка және каноэ есу", [
    "canoeing",
    "kayak",
    "kayaking",
    "каноэ",
    "байдарка",
    "гребля на байдарках и каноэ",
    "байдарка және каноэде есу",
  ]),
  o(
    "canoe-slalom",
    "Canoe slalom",
    "Гребной слалом",
    "Есу слаломы",
    ["slalom", "слалом", "каноэ слалом", "байдарка және каноэде есу: слалом"],
    "canoe",
  ),
  o(
    "canoe-sprint",
    "Canoe sprint",
    "Гребля на байдарках и каноэ: спринт",
    "Байдарка және каноэ есу: спринт",
    ["kayak sprint", "каноэ спринт", "гребля на гладкой воде", "байдарка және каноэде есу: спринт"],
    "canoe",
  ),

  o("cycling", "Cycling", "Велоспорт", "Велоспорт", ["bike", "bicycle", "велосипед", "велогонка"]),
  o(
    "cycling-road",
    "Cycling road",
    "Велоспорт: шоссе",
    "Велоспорт: шоссе",
    ["road cycling", "road race", "шоссе", "шоссейный велоспорт", "шоссейная гонка"],
    "cycling",
  ),
  o(
    "cycling-mountain-bike",
    "Cycling mountain bike",
    "Велоспорт: маунтинбайк",
    "Велоспорт: маунтинбайк",
    ["mtb", "mountain bike", "горный велосипед", "тау велосипеді"],
    "cycling",
  ),
  o(
    "cycling-bmx-freestyle",
    "Cycling BMX freestyle",
    "Велоспорт: BMX-фристайл",
    "Велоспорт: BMX-фристайл",
    ["bmx freestyle", "bmx-фристайл", "вмх-фристайл", "велоспорт: вмх-фристайл"],
    "cycling",
  ),
  o(
    "cycling-bmx-racing",
    "Cycling BMX racing",
    "Велоспорт: BMX-рейсинг",
    "Велоспорт: BMX-рейсинг",
    ["bmx racing", "bmx-рейсинг", "вмх-рейсинг", "bmx-гонка", "велоспорт: вмх-рейсинг"],
    "cycling",
  ),
  o(
    "cycling-track",
    "Cycling track",
    "Велоспорт: трек",
    "Велоспорт: трек",
    ["track cycling", "трек", "трековый велоспорт", "велотрек"],
    "cycling",
  ),

  o("equestrian", "Equestrian", "Конный спорт", "Ат спорты", [
    "horse riding",
    "dressage",
    "show jumping",
    "eventing",
    "выездка",
    "конкур",
    "конное троеборье",
  ]),
  o("fencing", "Fencing", "Фехтование", "Семсерлесу", [
    "sabre",
    "saber",
    "epee",
    "foil",
    "шпага",
    "сабля",
    "рапира",
    // v1's alias, now also the Kazakh name: kept so that a database seeded before and a fresh one hold
    // the same aliases (upgrades do not remove aliases).
    "семсерлесу",
    "қылышпен сайыс",
  ]),
  o("football", "Football", "Футбол", "Футбол", ["soccer"]),
  o("golf", "Golf", "Гольф", "Гольф"),
  o("handball", "Handball", "Гандбол", "Гандбол", ["қол добы"]),
  // No bare "хоккей": it is a word of both field hockey's and ice hockey's names, so it stays ambiguous
  // (removed from databases seeded before by upgrade 3).
  o("hockey", "Hockey", "Хоккей на траве", "Шөп үстіндегі хоккей", ["field hockey"]),
  o("judo", "Judo", "Дзюдо", "Дзюдо", ["judoka", "дзюдоист"]),
  o("modern-pentathlon", "Modern pentathlon", "Современное пятиборье", "Қазіргі бессайыс", [
    "pentathlon",
    "пятиборье",
    "бессайыс",
    "заманауи бессайыс",
  ]),
  o("rowing", "Rowing", "Академическая гребля", "Академиялық ескек есу", [
    "sculling",
    "sculls",
    "академическая гребля",
    "академгребля",
    "академиялық есу",
  ]),
  o("rugby-sevens", "Rugby sevens", "Регби-7", "Регби-7", ["rugby", "rugby 7s", "sevens", "регби"]),
  o("sailing", "Sailing", "Парусный спорт", "Желкенді спорт", ["yachting", "парус", "яхтинг", "желкен"]),
  o("shooting", "Shooting", "Стрелковый спорт", "Оқ ату", [
    "стрельба",
    "пулевая стрельба",
    "стендовая стрельба",
    "rifle",
    "pistol",
    "shotgun",
    "trap",
    "skeet",
    "air rifle",
  ]),
  o("skateboarding", "Skateboarding", "Скейтбординг", "Скейтбординг", ["skate", "skateboard", "скейт"]),
  o("sport-climbing", "Sport climbing", "Спортивное скалолазание", "Спорттық жартасқа өрмелеу", [
    "climbing",
    "bouldering",
    "скалолазание",
    "боулдеринг",
    "жартасқа өрмелеу",
  ]),
  o("surfing", "Surfing", "Сёрфинг", "Серфинг", ["surf", "серф"]),
  o("table-tennis", "Table tennis", "Настольный теннис", "Үстел теннисі", ["ping pong", "пинг-понг"]),
  o("taekwondo", "Taekwondo", "Тхэквондо", "Таеквондо", ["tkd", "таэквондо", "тхеквондо"]),
  o("tennis", "Tennis", "Теннис", "Теннис"),
  o("triathlon", "Triathlon", "Триатлон", "Триатлон"),
  o("volleyball", "Volleyball", "Волейбол", "Волейбол", ["indoor volleyball", "классический волейбол"]),
  o("beach-volleyball", "Beach volleyball", "Пляжный волейбол", "Жағажай волейболы", ["beach volley"]),
  o("weightlifting", "Weightlifting", "Тяжёлая атлетика", "Ауыр атлетика", ["тяжелая атлетика", "штанга", "штангист"]),
  o("wrestling", "Wrestling", "Борьба", "Күрес", [
    "greco-roman",
    "greco-roman wrestling",
    "freestyle wrestling",
    "греко-римская борьба",
    "вольная борьба",
    "күрес",
    "грек-рим күресі",
    "еркін күрес",
  ]),

  o("gymnastics", "Gymnastics", "Гимнастика", "Гимнастика", ["gym"]),
  o(
    "artistic-gymnastics",
    "Artistic gymnastics",
    "Спортивная гимнастика",
    "Спорттық гимнастика",
    ["pommel horse", "rings", "parallel bars", "horizontal bar", "vault", "uneven bars", "balance beam"],
    "gymnastics",
  ),
  o("trampoline", "Trampoline", "Прыжки на батуте", "Батутта секіру", ["trampolining", "батут"], "gymnastics"),
  o("rhythmic-gymnastics", "Rhythmic gymnastics", "Художественная гимнастика", "Көркем гимнастика", ["rhythmic", "художка"], "gymnastics"),
];

/** Added by LA 2028 (IOC Session, Mumbai, 16 Oct 2023). The facts give no Russian or Kazakh name: English is shown. */
export const la2028AddedSports: SeedSport[] = [
  o("baseball-softball", "Baseball/softball", "Baseball/softball", "Baseball/softball", ["baseball", "softball", "бейсбол", "софтбол"]),
  o("cricket", "Cricket", "Cricket", "Cricket", ["крикет", "t20"]),
  o("flag-football", "Flag football", "Flag football", "Flag football", ["флаг-футбол"]),
  o("lacrosse", "Lacrosse", "Lacrosse", "Lacrosse", ["лакросс"]),
  o("squash", "Squash", "Squash", "Squash", ["сквош"]),
];

export const olympicWinterSports: SeedSport[] = [
  ow("biathlon", "Biathlon", "Биатлон", "Биатлон", ["биатлонист"]),
  ow("figure-skating", "Figure skating", "Фигурное катание", "Мәнерлеп сырғанау", ["фигурка", "фигурист", "figure skater"]),
  ow("speed-skating", "Speed skating", "Конькобежный спорт", "Конькимен жүгіру", [
    "конькимен жүгіру спорты",
    "коньки",
    "конькобежец",
    "long track",
  ]),
  ow("short-track", "Short track", "Шорт-трек", "Шорт-трек", ["short track speed skating"]),
  ow("alpine-skiing", "Alpine skiing", "Горнолыжный спорт", "Тау шаңғы спорты", ["тау шаңғысы спорты", "горные лыжи", "downhill"]),
  ow("cross-country-skiing", "Cross-country skiing", "Лыжные гонки", "Шаңғы жарыстары", ["шаңғы жарысы", "cross country"]),
  ow("ski-jumping", "Ski jumping", "Прыжки с трамплина", "Шаңғымен трамплиннен секіру", [
    "прыжки на лыжах с трамплина",
    "шаңғымен тұғырдан секіру",
    "ski jump",
  ]),
  ow("nordic-combined", "Nordic combined", "Лыжное двоеборье", "Шаңғы қоссайысы", ["двоеборье"]),
  ow("freestyle-skiing", "Freestyle skiing", "Фристайл", "Фристайл", ["ski freestyle"]),
  ow("freestyle-moguls", "Freestyle moguls", "Фристайл-могул", "Фристайл-могул", ["moguls", "могул"], "freestyle-skiing"),
  ow(
    "freestyle-aerials",
    "Freestyle aerials",
    "Фристайл-акробатика",
    "Фристайл-акробатика",
    ["aerials", "лыжная акробатика"],
    "freestyle-skiing",
  ),
  ow("snowboard", "Snowboard", "Сноуборд", "Сноуборд", ["snowboarding", "сноубордист"]),
  ow("ski-mountaineering", "Ski mountaineering", "Ски-альпинизм", "Ски-альпинизм", ["skimo"]),
  ow("luge", "Luge", "Санный спорт", "Шана спорты", ["сани", "саночник"]),
  ow("bobsleigh", "Bobsleigh", "Бобслей", "Бобслей", ["bobsled"]),
  // No Kazakh form confirmed: the Russian one is shown.
  ow("skeleton", "Skeleton", "Скелетон", "Скелетон"),
  ow("ice-hockey", "Ice hockey", "Хоккей с шайбой", "Шайбалы хоккей", ["шайба"]),
  // "кёрлинг" (a Kazakh form) folds to the name: ё is read as е.
  ow("curling", "Curling", "Керлинг", "Керлинг"),
];

export const paralympicWinterSports: SeedSport[] = [
  // "парабиатлон", "паралыжные гонки": the names without the space, which the matcher ignores anyway.
  pw("para-biathlon", "Para biathlon", "Пара биатлон", "Пара биатлон"),
  pw("para-cross-country-skiing", "Para cross-country skiing", "Пара лыжные гонки", "Пара шаңғы жарысы", [
    "парашаңғы",
    "para nordic skiing",
  ]),
  pw("para-alpine-skiing", "Para alpine skiing", "Горнолыжный спорт", "Тау шаңғысы", ["para alpine"]),
  pw("para-ice-hockey", "Para ice hockey", "Пара хоккей", "Пара хоккей", ["sledge hockey", "следж-хоккей"]),
  pw("para-snowboard", "Para snowboard", "Пара сноуборд", "Пара сноуборд"),
  // No Russian form confirmed in Kazakh media: English is shown; the form used elsewhere is a search key.
  pw("para-wheelchair-curling", "Wheelchair curling", "Wheelchair curling", "Арбадағы керлинг", ["керлинг на колясках"]),
];

export const paralympicSports: SeedSport[] = [
  p("para-archery", "Para archery", "Пара-стрельба из лука", "Пара садақ ату", ["паралучники"]),
  p("para-athletics", "Para athletics", "Пара-лёгкая атлетика", "Пара жеңіл атлетика", ["параатлетика"]),
  p("para-badminton", "Para badminton", "Пара-бадминтон", "Пара бадминтон"),
  p("para-blind-football", "Blind football", "Футбол слепых", "Соқырлар футболы", [
    "football 5-a-side",
    "5-a-side football",
    "футбол незрячих",
  ]),
  p("para-boccia", "Boccia", "Бочча", "Бочча"),
  p("para-canoe", "Para canoe", "Пара-каноэ", "Пара каноэ"),
  p("para-cycling", "Para cycling", "Пара-велоспорт", "Пара велоспорт"),
  p("para-cycling-track", "Para cycling track", "Пара-велоспорт: трек", "Пара велоспорт: трек", ["para track cycling"], "para-cycling"),
  p("para-cycling-road", "Para cycling road", "Пара-велоспорт: шоссе", "Пара велоспорт: шоссе", ["para road cycling"], "para-cycling"),
  p("para-equestrian", "Para equestrian", "Пара-конный спорт", "Пара ат спорты", ["para dressage", "пара-выездка"]),
  p("para-goalball", "Goalball", "Голбол", "Голбол"),
  p("para-judo", "Para judo", "Пара-дзюдо", "Пара дзюдо", ["дзюдо слепых"]),
  p("para-powerlifting", "Para powerlifting", "Пара-пауэрлифтинг", "Пара пауэрлифтинг", ["powerlifting", "пауэрлифтинг"]),
  p("para-rowing", "Para rowing", "Пара-академическая гребля", "Пара академиялық ескек есу", ["парагребля", "пара академиялық есу"]),
  p("para-shooting", "Shooting Para sport", "Пара-стрельба", "Пара оқ ату", ["para shooting", "паралимпийская стрельба"]),
  p("para-sitting-volleyball", "Sitting volleyball", "Волейбол сидя", "Отырып ойнайтын волейбол", ["sitting volley", "сидячий волейбол"]),
  p("para-swimming", "Para swimming", "Пара-плавание", "Пара жүзу"),
  p("para-table-tennis", "Para table tennis", "Пара-настольный теннис", "Пара үстел теннисі", ["para ping pong"]),
  p("para-taekwondo", "Para taekwondo", "Пара-тхэквондо", "Пара таеквондо", ["пара-таэквондо", "пара-тхеквондо"]),
  p("para-triathlon", "Para triathlon", "Пара-триатлон", "Пара триатлон"),
  p("para-wheelchair-basketball", "Wheelchair basketball", "Баскетбол на колясках", "Арбадағы баскетбол", ["wheelchair basket"]),
  p("para-wheelchair-fencing", "Wheelchair fencing", "Фехтование на колясках", "Арбадағы семсерлесу", ["арбадағы қылышпен сайыс"]),
  p("para-wheelchair-rugby", "Wheelchair rugby", "Регби на колясках", "Арбадағы регби", ["murderball"]),
  p("para-wheelchair-tennis", "Wheelchair tennis", "Теннис на колясках", "Арбадағы теннис"),
];

export const sports: SeedSport[] = [
  ...olympicSports,
  ...la2028AddedSports,
  ...olympicWinterSports,
  ...paralympicSports,
  ...paralympicWinterSports,
];
