import type { SeedAthlete } from "./types.js";

// Every athlete named in the licenses and the Paris 2024 and Milano Cortina 2026 medals (sources: docs/sources.md, "athletes.ts").
// `en` is the Latin name as the sources give it (license reports, medallists' Latin names); `ru` and `kk`
// are the Cyrillic forms Kazakh media print, as listed there. A form the sources do not give is left
// out, never transliterated. Keys are the kebab-case Latin name; where the sources have no Latin form,
// a plain transliteration of the Russian name (a key only, never shown).

export const athletes: SeedAthlete[] = [
  // Paris 2024 Olympic license holders
  { key: "vladislav-yakovlev", name: { en: "Vladislav Yakovlev", ru: "Владислав Яковлев" } },
  { key: "dmitry-panarin", name: { en: "Dmitry Panarin", ru: "Дмитрий Панарин", kk: "Дмитрий Панарин" } },
  { key: "aibek-oralbay", name: { en: "Aibek Oralbay", ru: "Айбек Оралбай", kk: "Айбек Оралбай" } },
  { key: "nurbek-oralbay", name: { en: "Nurbek Oralbay", ru: "Нурбек Оралбай", kk: "Нұрбек Оралбай" } },

  // Paris 2024 Olympic medallists (Nurbek Oralbay above)
  { key: "yeldos-smetov", name: { en: "Yeldos Smetov", ru: "Елдос Сметов", kk: "Елдос Сметов" } },
  { key: "nariman-kurbanov", name: { en: "Nariman Kurbanov", ru: "Нариман Курбанов", kk: "Нариман Құрбанов" } },
  { key: "demeu-zhadrayev", name: { en: "Demeu Zhadrayev", ru: "Демеу Жадраев", kk: "Демеу Жадыраев" } },
  { key: "alexandra-le", name: { en: "Alexandra Le", ru: "Александра Ле", kk: "Александра Ле" } },
  { key: "islam-satpayev", name: { en: "Islam Satpayev", ru: "Ислам Сатпаев", kk: "Ислам Сәтпаев" } },
  { key: "gusman-kyrgyzbayev", name: { en: "Gusman Kyrgyzbayev", ru: "Гусман Кыргызбаев" } },
  { key: "nazym-kyzaibay", name: { en: "Nazym Kyzaibay", ru: "Назым Кызайбай", kk: "Назым Қызайбай" } },

  // Paris 2024 Paralympic license holders (several also medallists)
  { key: "temirkhan-daiyrbek", name: { en: "Temirkhan Daiyrbek", ru: "Темирхан Дайырбек", kk: "Темірхан Дайырбек" } },
  { key: "davyd-degtyarev", name: { en: "Davyd Degtyarev", ru: "Давид Дегтярёв", kk: "Давид Дегтярев" } },
  // The report prints "Spatay Bibarys": given name Bibarys, surname Spatay.
  { key: "bibarys-spatay", name: { en: "Bibarys Spatay", ru: "Бибарыс Спатай", kk: "Бибарыс Спатай" } },
  { key: "dastan-mukashbekov", name: { en: "Dastan Mukashbekov", ru: "Дастан Мукашбеков", kk: "Дастан Мұқашбеков" } },
  { key: "erkin-gabbasov", name: { en: "Erkin Gabbasov", ru: "Еркин Габбасов", kk: "Еркін Ғаббасов" } },
  { key: "kamilya-dosmalova", name: { en: "Kamilya Dosmalova", ru: "Камиля Досмалова" } },
  { key: "nyshan-omirali", name: { en: "Nyshan Omirali", ru: "Нышан Омирали", kk: "Нышан Өмірәлі" } },
  { key: "nurlan-dombaev", name: { en: "Nurlan Dombaev", ru: "Нурлан Домбаев" } },

  // Paris 2024 Paralympic medallists without a license record. The sources give no full Latin name for
  // them (for Akmaral only the surname "Nauatbek"), and a Kazakh form only where printed.
  { key: "akmaral-nauatbek", name: { ru: "Акмарал Науатбек", kk: "Ақмарал Науатбек" } },
  { key: "ergali-shamey", name: { ru: "Ергали Шамей" } },
  { key: "nurdaulet-zhumagali", name: { ru: "Нурдаулет Жумагали", kk: "Нұрдәулет Жұмағали" } },
  { key: "dayana-fedosova", name: { ru: "Даяна Федосова" } },
  { key: "zarina-rayfova", name: { ru: "Зарина Райфова" } },
  { key: "zhurkamyrza-shukurbekov", name: { ru: "Журкамырза Шукурбеков" } },

  // Milano Cortina 2026 medallists: Kazakh media print the same Cyrillic form in Russian and Kazakh.
  { key: "mikhail-shaidorov", name: { en: "Mikhail Shaidorov", ru: "Михаил Шайдоров", kk: "Михаил Шайдоров" } },
  { key: "yerbol-khamitov", name: { en: "Yerbol Khamitov", ru: "Ербол Хамитов", kk: "Ербол Хамитов" } },
];
