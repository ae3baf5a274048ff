import { describe, expect, it } from "vitest";
import { classifyIntent } from "../../src/domain/intents.js";

const kind = (text: string) => {
  const intent = classifyIntent(text);
  return intent === null ? null : intent.type === "medals" ? `medals:${intent.kind}` : intent.type;
};

describe("classifyIntent", () => {
  it.each([
    "когда олимпиада?",
    "Когда будет следующая олимпиада",
    "сколько дней до олимпиады",
    "сколько осталось до Олимпийских игр?",
    "олимпиада қашан?",
    "Олимпиада қашан басталады",
    "келесі олимпиада ойындары қашан",
    "қанша күн қалды олимпиадаға",
    "when are the Olympics",
    "When do the next Olympic Games start?",
    "how many days until the olympics",
    "олимпиада",
    "Olympics",
    "countdown",
  ])("%j asks for the countdown", (text) => {
    expect(kind(text)).toBe("countdown");
  });

  it.each([
    ["медали", "medals:olympic"],
    ["Медали!", "medals:olympic"],
    ["медальдар", "medals:olympic"],
    ["medals", "medals:olympic"],
    ["сколько медалей", "medals:olympic"],
    ["Сколько медалей у Казахстана?", "medals:olympic"],
    ["Қазақстан қанша медаль алды?", "medals:olympic"],
    ["how many medals did Kazakhstan win", "medals:olympic"],
    ["медали паралимпиады", "medals:paralympic"],
    ["Paralympic medals", "medals:paralympic"],
  ])("%j asks for the medals (%s)", (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it.each([
    "привет",
    "Привет!",
    "привет бот",
    "привет, как дела?",
    "сәлем, қалың қалай?",
    "hi, how are you",
    "здравствуйте",
    "Добрый день",
    "сәлем",
    "салем",
    "Сәлеметсіз бе!",
    "ассалаумағалейкум",
    "Ассалаумалейкум",
    "hi",
    "Hello!",
    "hey bot",
    "good morning",
    "меню",
    "мәзір",
    "menu",
  ])("%j is a greeting (the main menu)", (text) => {
    expect(kind(text)).toBe("greeting");
  });

  it.each([
    ["отбор на Олимпиаду по боксу", "olympic", "боксу"],
    ["Отборочные", null, ""],
    ["отборочные турниры по академической гребле", null, "академическои гребле"],
    ["іріктеу", null, ""],
    ["бокстан Олимпиадаға іріктеу қашан?", "olympic", "бокстан"],
    ["отбор на паралимпиаду", "paralympic", ""],
    ["Olympic qualifiers for boxing", "olympic", "boxing"],
    ["qualification events", null, ""],
    ["отбор лос-анджелес 2028 бокс", null, "лос анджелес 2028 бокс"],
  ])("%j asks for the qualification events (%s; sport words %j)", (text, kind, sport) => {
    expect(classifyIntent(text)).toEqual({ type: "qualifiers", kind, sport });
  });

  it.each([
    "бокс",
    "биатлон",
    "Оралбай",
    "хоккей",
    "медали по боксу",
    "когда бокс",
    "когда играет Казахстан",
    "привет как дела у боксёров",
    "qwzx",
    "",
    "🏅",
    "олимпиада в Париже",
    "<b>медали</b> <script>",
    "когда олимпиада ".repeat(10),
    "отбор в сборную по боксу среди юниоров в этом году",
  ])("%j is not one of these questions", (text) => {
    expect(classifyIntent(text)).toBeNull();
  });
});
