// What a plain message asks, when it is a question rather than a name: "когда олимпиада?",
// "медальдар", "hello". Pure and strict: a message is an intent only when every word of it belongs
// to the question (a topic word plus filler words), so a sport or athlete name is never taken for
// one ("бокс" stays a lookup), and a question about something else is not answered with a guess.
import { matchKey } from "./sport-match.js";
import type { GamesKind } from "./types.js";

export type Intent =
  | { type: "greeting" }
  | { type: "countdown" }
  | { type: "medals"; kind: GamesKind }
  /** "отбор на Олимпиаду по боксу": `sport` is what is left of the message (a sport, maybe a Games), "" for none. */
  | { type: "qualifiers"; kind: GamesKind | null; sport: string };

/** Longer messages are not one of these short questions. */
const MAX_WORDS = 8;

// Every list is compared in match keys (lower case, ё as е, Kazakh letters folded: сәлем = салем).
const keys = (list: readonly string[]) => new Set(list.map(matchKey));

const GREETINGS = keys([
  "привет",
  "приветик",
  "приветствую",
  "здравствуйте",
  "здравствуй",
  "здрасте",
  "добрый день",
  "добрый вечер",
  "доброе утро",
  "салам",
  "сәлем",
  "сәлеметсіз бе",
  "сәлеметсіз",
  "сәлеметсіңдер ме",
  "армысыз",
  "ассалаумағалейкум",
  "ассаламуағалейкум",
  "ассалаумалейкум",
  "салам алейкум",
  "салем алейкум",
  "hi",
  "hello",
  "hey",
  "hi there",
  "hello there",
  "good morning",
  "good afternoon",
  "good evening",
  "salem",
  "salam",
  // The menu asked for by name.
  "меню",
  "главное меню",
  "мәзір",
  "menu",
  "main menu",
  "start",
  "старт",
  "бастау",
  "начать",
]);
/** Words that may follow a greeting: "привет бот", "hello everyone", "привет, как дела?". */
const GREETING_TAIL = keys([
  "бот",
  "bot",
  "всем",
  "everyone",
  "all",
  "баршаға",
  "как",
  "дела",
  "ты",
  "вы",
  "how",
  "are",
  "you",
  "қалың",
  "қалай",
  "қалайсыз",
  "қалайсың",
  "жағдай",
  "жағдайың",
]);

// In match keys: й is и ("олимпийские" is "олимпиискиe", "ойындары" is "оиындары").
const OLYMPICS = /^(олимпи|паралимпи|olympi|paralympi|оиын|игр(а|ы|ам|ах)?$|games?$)/u;
const PARALYMPIC = /^(паралимп|paralymp)/u;
const MEDALS = /^(медал|medal)/u;
// "отбор", "отборочные", "квалификация", "іріктеу" (і is и in match keys), "qualifiers", "qualification".
const QUALIFICATION = /^(отбор|квалифик|ириктеу|ириктем|qualif)/u;
/** Words a question about qualification may carry besides a sport: where, which, tournaments. */
const QUALIFICATION_FILLERS = keys([
  "по",
  "где",
  "какие",
  "какой",
  "ближайший",
  "турнир",
  "турниры",
  "турнирах",
  "соревнования",
  "старты",
  "следующий",
  "лицензии",
  "лицензию",
  "қайда",
  "қандай",
  "жарыс",
  "жарысы",
  "жарыстары",
  "жарыстар",
  "турнирі",
  "турнирлері",
  "лицензия",
  "events",
  "event",
  "tournament",
  "tournaments",
  "in",
  "for",
  "what",
  "which",
  "where",
  "upcoming",
  "licenses",
]);
/** A sport's name in a question is a word or two ("по боксу", "академической гребле"), with a Games perhaps. */
const MAX_SPORT_WORDS = 4;

const WHEN = keys(["когда", "қашан", "when", "сколько", "қанша", "неше", "осталось", "қалды", "how", "countdown", "отсчет"]);

/** Words a question may carry besides its topic: asking, time, the team, the Games in general. */
const FILLERS = keys([
  // ru
  "а",
  "и",
  "у",
  "в",
  "на",
  "до",
  "к",
  "ли",
  "же",
  "там",
  "уже",
  "будет",
  "будут",
  "начнется",
  "начнутся",
  "начало",
  "открытие",
  "следующая",
  "следующие",
  "следующей",
  "следующих",
  "ближайшая",
  "ближайшие",
  "ближайшей",
  "дней",
  "день",
  "дня",
  "времени",
  "летняя",
  "зимняя",
  "летние",
  "зимние",
  "наши",
  "наших",
  "сборная",
  "сборной",
  "казахстан",
  "казахстана",
  "рк",
  "выиграл",
  "выиграли",
  "завоевал",
  "завоевали",
  "взяли",
  "есть",
  "всего",
  "подскажи",
  "подскажите",
  "скажи",
  "скажите",
  "пожалуйста",
  "бот",
  // kk
  "күн",
  "күнге",
  "қалды",
  "дейін",
  "басталады",
  "ашылады",
  "ашылуы",
  "келесі",
  "бола",
  "болады",
  "ма",
  "ме",
  "ба",
  "бе",
  "па",
  "пе",
  "қазақстан",
  "қазақстанның",
  "құрама",
  "құрамасы",
  "құрамасының",
  "біздің",
  "алды",
  "жеңіп",
  "барлығы",
  "жазғы",
  "қысқы",
  "айтыңызшы",
  // en
  "the",
  "is",
  "are",
  "will",
  "be",
  "next",
  "start",
  "starts",
  "begin",
  "begins",
  "open",
  "opens",
  "many",
  "long",
  "days",
  "day",
  "until",
  "till",
  "to",
  "left",
  "do",
  "does",
  "did",
  "have",
  "has",
  "won",
  "win",
  "get",
  "got",
  "kazakhstan",
  "kazakhstans",
  "team",
  "our",
  "of",
  "summer",
  "winter",
  "please",
  "bot",
]);

function wordsOf(text: string): string[] {
  return text
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .map(matchKey)
    .filter((w) => w.length > 0);
}

/** The question a message asks, or null when it is not one of these (then it is looked up as a name). */
export function classifyIntent(text: string): Intent | null {
  const words = wordsOf(text.slice(0, 200));
  if (words.length === 0 || words.length > MAX_WORDS) return null;

  const rest = (isTopic: (w: string) => boolean) => words.filter((w) => !isTopic(w) && !FILLERS.has(w));
  const olympics = words.some((w) => OLYMPICS.test(w));
  const paralympic = words.some((w) => PARALYMPIC.test(w));
  const medals = words.some((w) => MEDALS.test(w));

  if (words.some((w) => QUALIFICATION.test(w))) {
    // The rest goes to the sport lookup ("боксу"); a Games' own words stay in it ("лос анджелес 2028").
    const sport = words.filter(
      (w) => !QUALIFICATION.test(w) && !OLYMPICS.test(w) && !WHEN.has(w) && !FILLERS.has(w) && !QUALIFICATION_FILLERS.has(w),
    );
    if (sport.length > MAX_SPORT_WORDS) return null;
    const named = words.some((w) => OLYMPICS.test(w));
    return { type: "qualifiers", kind: paralympic ? "paralympic" : named ? "olympic" : null, sport: sport.join(" ") };
  }
  if (medals && rest((w) => MEDALS.test(w) || OLYMPICS.test(w) || WHEN.has(w)).length === 0) {
    return { type: "medals", kind: paralympic ? "paralympic" : "olympic" };
  }
  // "когда олимпиада?", "сколько дней до олимпиады", or the Games named alone: the countdown.
  const countdownWord = words.some((w) => w === "countdown" || w === "отсчет");
  if ((olympics || countdownWord) && rest((w) => OLYMPICS.test(w) || WHEN.has(w)).length === 0) {
    return { type: "countdown" };
  }
  if (isGreeting(words)) return { type: "greeting" };
  return null;
}

function isGreeting(words: readonly string[]): boolean {
  // The greeting itself is one or two words; what may follow it is a short tail.
  for (const n of [2, 1]) {
    if (words.length < n) continue;
    if (GREETINGS.has(words.slice(0, n).join("")) && words.slice(n).every((w) => GREETING_TAIL.has(w))) return true;
  }
  return false;
}
