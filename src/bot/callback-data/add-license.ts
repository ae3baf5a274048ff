import { callbackData, choice, id, optionalId, page } from "./codec.js";

export type DraftField = "games" | "sport" | "athletes" | "event" | "how" | "date" | "places" | "source";

const FIELDS: Record<DraftField, string> = {
  games: "g",
  sport: "s",
  athletes: "a",
  event: "e",
  how: "h",
  date: "d",
  places: "p",
  source: "u",
};

/** alp:<field>:<id or 0>: an answer given by button inside /addlicense (a Games, a sport, an athlete, …). */
export const draftAnswerButton = callbackData("alp", { field: choice<DraftField>(FIELDS), value: optionalId });

export type DraftAction = "skip" | "today" | "yesterday" | "team" | "alert" | "quiet" | "change" | "places" | "accept";

/** alx:<action>: a step's other buttons (skip, today, save, …). */
export const draftActionButton = callbackData("alx", {
  action: choice<DraftAction>({
    skip: "k",
    today: "t",
    yesterday: "y",
    team: "m",
    alert: "a",
    quiet: "q",
    change: "c",
    places: "p",
    accept: "o",
  }),
});

/** alf:<field>: "change this field" from the preview. */
export const draftFieldButton = callbackData("alf", { field: choice<DraftField>(FIELDS) });

/** alu:<licenseId>: Undo a license just recorded (works after the conversation, on any instance). */
export const undoLicenseButton = callbackData("alu", { licenseId: id });

/** all:<lang>: the preview in another language (what subscribers reading it will see). */
export const draftLanguageButton = callbackData("all", { lang: choice<"en" | "ru" | "kk">({ en: "en", ru: "ru", kk: "kk" }) });

/** alg:<page>: another page of the sports to choose from. */
export const draftSportsPageButton = callbackData("alg", { page });
