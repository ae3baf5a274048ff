// Proposals for a name's other script, which staff confirm or correct: never stored unconfirmed.
import iuliia from "iuliia";

// Letters the Russian schema leaves as they are: Kazakh ones, as Kazakhstan's passports spell them
// in Latin, and ё, which names in results write as e (Дегтярёв: Degtyarev).
const KAZAKH_LETTERS: Record<string, string> = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и", ё: "е" };

/**
 * Cyrillic to Latin by BGN/PCGN (iuliia), the romanization international results mostly follow
 * ("Демеу Жадраев" -> "Demeu Zhadrayev", "Нурбек Оралбай" -> "Nurbek Oralbay").
 */
export function toLatin(name: string): string {
  const russianLetters = name.replace(/[әғқңөұүһіё]/giu, (c) => {
    const mapped = KAZAKH_LETTERS[c.toLowerCase()]!;
    return c === c.toLowerCase() ? mapped : mapped.toUpperCase();
  });
  return iuliia.translate(russianLetters, iuliia.BGN_PCGN).replace(/·/g, "");
}

// BGN/PCGN read backwards, longest spelling first. No library reverses a romanization (it is
// ambiguous: "e" may be е or э), and a proposal only has to be close: staff correct it.
const REVERSE: [RegExp, string][] = [
  [/shch/g, "щ"],
  [/zh/g, "ж"],
  [/kh/g, "х"],
  [/ts/g, "ц"],
  [/ch/g, "ч"],
  [/sh/g, "ш"],
  [/yu/g, "ю"],
  [/ya/g, "я"],
  [/yo/g, "ё"],
  [/ye/g, "е"],
  // y after a vowel is й; after a consonant at a word's end ий (Dmitry); between consonants ы.
  [/(?<=[аеёиоуыэюяaeiou])y/g, "й"],
  [/y$/g, "ий"],
  [/y/g, "ы"],
];
const LETTERS: Record<string, string> = {
  a: "а",
  b: "б",
  v: "в",
  g: "г",
  d: "д",
  e: "е",
  z: "з",
  i: "и",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  f: "ф",
  h: "х",
  c: "к",
  w: "в",
  x: "кс",
  q: "к",
  j: "дж",
};

/** Latin to Russian Cyrillic, a proposal ("Vladislav Yakovlev" -> "Владислав Яковлев"). */
export function toCyrillic(name: string): string {
  return name
    .split(/(\s+|-)/)
    .map((word) => {
      if (!/[a-z]/i.test(word)) return word;
      let w = word.toLowerCase();
      for (const [pattern, cyrillic] of REVERSE) w = w.replace(pattern, cyrillic);
      w = w.replace(/[a-z]/g, (c) => LETTERS[c] ?? c);
      return word[0] === word[0]!.toUpperCase() ? w.charAt(0).toUpperCase() + w.slice(1) : w;
    })
    .join("");
}

/** Letters of the Kazakh alphabet that Russian has not: a Cyrillic name with them is Kazakh. */
export const hasKazakhLetters = (text: string): boolean => /[әғқңөұүһі]/iu.test(text);

export const isCyrillic = (text: string): boolean => /\p{Script=Cyrillic}/u.test(text);
export const isLatin = (text: string): boolean => /\p{Script=Latin}/u.test(text) && !isCyrillic(text);
