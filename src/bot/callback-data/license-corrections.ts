import type { Lang } from "../../lib/languages.js";
import { callbackData, choice, id, page, telegramId } from "./codec.js";

/** What /editlicense corrects: a license's field, or one of its texts in Russian or Kazakh. */
export type EditField =
  | "event"
  | "how"
  | "date"
  | "places"
  | "source"
  | "athletes"
  | "note"
  | "event-ru"
  | "event-kk"
  | "how-ru"
  | "how-kk"
  | "note-ru"
  | "note-kk";

export const EDIT_FIELDS: Record<EditField, string> = {
  event: "e",
  how: "h",
  date: "d",
  places: "p",
  source: "u",
  athletes: "a",
  note: "n",
  "event-ru": "er",
  "event-kk": "ek",
  "how-ru": "hr",
  "how-kk": "hk",
  "note-ru": "nr",
  "note-kk": "nk",
};

/** elp:<licenseId>: the license to correct, picked from the recent ones (inside /editlicense). */
export const editPickButton = callbackData("elp", { licenseId: id });

/** elf:<field>: the field to correct. */
export const editFieldButton = callbackData("elf", { field: choice<EditField>(EDIT_FIELDS) });

/** ela:<athleteId>: an athlete of the license whose name to correct. */
export const editAthleteButton = callbackData("ela", { athleteId: id });

/** eln:<form>: which form of the athlete's name: Latin (en), Russian, Kazakh. */
export const editNameFormButton = callbackData("eln", { form: choice<Lang>({ en: "en", ru: "ru", kk: "kk" }) });

export type EditAction = "clear" | "today" | "yesterday" | "team" | "save" | "keep" | "drop";

/** elx:<action>: a step's other buttons (clear the value, today, save, …). */
export const editActionButton = callbackData("elx", {
  action: choice<EditAction>({ clear: "c", today: "t", yesterday: "y", team: "m", save: "s", keep: "k", drop: "d" }),
});

/** rmp:<licenseId>: a license to remove, picked from the recent ones: asks to confirm. */
export const removePickButton = callbackData("rmp", { licenseId: id });

/** rmy:<licenseId>:<userId>: yes, remove it; only the staff member who asked may confirm. */
export const removeConfirmButton = callbackData("rmy", { licenseId: id, userId: telegramId });

/** rmn:<licenseId>: no, keep it. */
export const removeKeepButton = callbackData("rmn", { licenseId: id });

/** aud:<page>: a page of the audit log (owners). */
export const auditPageButton = callbackData("aud", { page });
