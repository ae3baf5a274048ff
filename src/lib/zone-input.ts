// A host's time zone as a staff member on a phone gives it: the zone named for the city they typed
// ("Tashkent" is Asia/Tashkent), or an offset from UTC ("UTC+3") where no zone is named for it
// (Doha's is Asia/Qatar). Nobody at night should have to know an IANA identifier; one typed still works.
import { normaliseTerm } from "./normalise-text.js";
import { isValidTimeZone } from "./zoned-time.js";

/** The canonical zones by their city, as words ("los angeles" → America/Los_Angeles), built once. */
let byCity: Map<string, string> | undefined;

/** The IANA zone named for a city (its English name), when there is one. */
export function zoneOfCity(city: string): string | null {
  byCity ??= new Map(
    Intl.supportedValuesOf("timeZone").map((zone) => [normaliseTerm((zone.split("/").pop() ?? "").replace(/_/g, " ")), zone]),
  );
  return byCity.get(normaliseTerm(city)) ?? null;
}

/**
 * A zone typed: an IANA identifier, or a whole-hour offset ("UTC+5", "GMT-4", "+3", "+03:00"),
 * read as the fixed zone of that offset (Etc/GMT-5 is UTC+5: POSIX signs are the other way round).
 * Only a day is read in it, so a summer-time change it lacks moves no date.
 */
export function readZoneInput(text: string): string | null {
  const typed = text.trim().slice(0, 64);
  const offset = /^(?:UTC|GMT)?\s*([+\-−])\s*(\d{1,2})(?::?00)?$/i.exec(typed);
  if (offset) {
    const hours = Number(offset[2]) * (offset[1] === "+" ? 1 : -1);
    if (hours < -12 || hours > 14) return null;
    return hours === 0 ? "Etc/UTC" : `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
  }
  if (/^(UTC|GMT)$/i.test(typed)) return "Etc/UTC";
  return typed && isValidTimeZone(typed) ? typed : null;
}
