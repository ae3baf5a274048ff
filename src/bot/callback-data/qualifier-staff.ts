import { callbackData, choice, id, optionalId, page } from "./codec.js";

/** The fields of a qualification event staff answer or change one at a time. */
export type QualifierField =
  | "event"
  | "games"
  | "sport"
  | "name"
  | "place"
  | "zone"
  | "days"
  | "places"
  | "athletes"
  | "source"
  | "license"
  | "close";

const FIELDS: Record<QualifierField, string> = {
  event: "e",
  games: "g",
  sport: "s",
  name: "n",
  place: "l",
  zone: "z",
  days: "d",
  places: "p",
  athletes: "a",
  source: "u",
  license: "c",
  close: "x",
};

/** qsp:<field>:<id or 0>: an answer given by button inside /addqualifier, /editqualifier or /closequalifier. */
export const qualifierAnswerButton = callbackData("qsp", { field: choice<QualifierField>(FIELDS), value: optionalId });

export type QualifierAction = "skip" | "zone" | "city" | "save" | "done" | "change";

/** qsx:<action>: a step's other buttons (skip, the Games' zone or the city's, save, done). */
export const qualifierActionButton = callbackData("qsx", {
  action: choice<QualifierAction>({ skip: "k", zone: "z", city: "t", save: "s", done: "d", change: "c" }),
});

/** qsf:<field>: "change this field" in /editqualifier. */
export const qualifierFieldButton = callbackData("qsf", { field: choice<QualifierField>(FIELDS) });

/** qsg:<page>: another page of the sports. */
export const qualifierSportsPageButton = callbackData("qsg", { page });

/** qsr:<qualifierId>: Undo a closing just done (reopens it; works after the conversation, on any instance). */
export const reopenQualifierButton = callbackData("qsr", { qualifierId: id });

/** qsl:<qualifierId>: "Record a license won here": /addlicense with the event's Games, sport, date and link filled in. */
export const recordLicenseButton = callbackData("qsl", { qualifierId: id });
