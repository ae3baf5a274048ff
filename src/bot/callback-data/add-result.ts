import type { ResultPart } from "../../domain/result-records.js";
import { callbackData, choice, id, optionalId, page, telegramId } from "./codec.js";

/** A question of /addresult (and of /editresult, which asks them again, and the note). */
export type ResultField = "games" | "sport" | "event" | "athletes" | "result" | "date" | "source" | "note";

/** arp:<field>:<id or 0>: an answer given by button inside /addresult (a Games, a sport, an athlete). */
export const resultAnswerButton = callbackData("arp", {
  field: choice<ResultField>({ games: "g", sport: "s", event: "e", athletes: "a", result: "r", date: "d", source: "u", note: "n" }),
  value: optionalId,
});

export type ResultAction =
  | "skip"
  | "keep"
  | "today"
  | "yesterday"
  | "team"
  | "new"
  | "accept"
  | "gold"
  | "silver"
  | "bronze"
  | "alert"
  | "quiet";

/** arx:<action>: a step's other buttons (skip, keep a translation, today, a medal, save, …). */
export const resultActionButton = callbackData("arx", {
  action: choice<ResultAction>({
    skip: "k",
    keep: "p",
    today: "t",
    yesterday: "y",
    team: "m",
    new: "n",
    accept: "o",
    gold: "1",
    silver: "2",
    bronze: "3",
    alert: "a",
    quiet: "q",
  }),
});

/** arl:<lang>: the preview in another language (what subscribers reading it will see). */
export const resultLanguageButton = callbackData("arl", { lang: choice<"en" | "ru" | "kk">({ en: "en", ru: "ru", kk: "kk" }) });

/** arg:<page>: another page of the sports to choose from. */
export const resultSportsPageButton = callbackData("arg", { page });

/** aru:<resultId>: Undo a result just recorded (works after the conversation, on any instance). */
export const undoResultButton = callbackData("aru", { resultId: id });

/** rrp:<resultId>: a result to remove, picked from the recent ones (/removeresult): asks to confirm. */
export const removeResultPickButton = callbackData("rrp", { resultId: id });

/** rry:<resultId>:<userId>: yes, remove it; only the staff member who asked may confirm. */
export const removeResultConfirmButton = callbackData("rry", { resultId: id, userId: telegramId });

/** rrn:<resultId>: no, keep it. */
export const removeResultKeepButton = callbackData("rrn", { resultId: id });

/** rrc:<resultId>: tell the chats its alert reached of the change (once per change). */
export const resultCorrectionButton = callbackData("rrc", { resultId: id });

/** erp:<resultId>: the result to correct, picked from the recent ones (inside /editresult). */
export const editResultPickButton = callbackData("erp", { resultId: id });

/** erf:<part>: the part of the result to correct. */
export const editResultFieldButton = callbackData("erf", {
  part: choice<ResultPart>({ outcome: "o", event: "e", who: "a", wonOn: "d", source: "u", note: "n" }),
});

/** ers: save the correction shown (before → after). */
export const editResultSaveButton = callbackData("ers", {});
