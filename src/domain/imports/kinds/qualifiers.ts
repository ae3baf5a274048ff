// Qualification events, as /addqualifier records them and fans read them in /qualifiers: the Games
// and sport, the name, the events contested, the place, the host's zone and days, the quota places,
// the team's entries, the source, and whether it is closed (its outcome in: the licenses won there
// name it by their qualifier column). A line with an id is that event; one without is the stored
// event of its Games and sport with the same English name and first day, else new.
//
// An import is data entry: closing an event by a file sends no summary (that is /closequalifier's
// and /editqualifier's). The day-before reminder is read from the stored rows by the countdown's
// cron, so an imported event is reminded of as one added by hand.
import { and, asc, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Tx } from "../../../db/handle.js";
import { qualificationEventAthletes, qualificationEvents } from "../../../db/schema.js";
import { fromTranslatedKeys, toTranslatedKeys } from "../../../lib/languages.js";
import { addDays } from "../../../lib/zoned-time.js";
import { allAthleteIds } from "../../athlete-links.js";
import { type QualifierFields, stopSummaries, withdrawQualifiers } from "../../qualifier-records.js";
import { MAX_QUALIFIER_QUOTA, MAX_QUALIFIER_SPAN_DAYS, placeOf, qualifierShown } from "../../qualifiers.js";
import { MAX_SOURCE } from "../cells.js";
import { athletesCell, type ImportKind, keyText, nameOf, subjectCells, subjectsOf, translatedCells } from "../kind.js";
import { linkedWrites } from "./linked-rows.js";

/** What /addqualifier records, and whether it is closed. */
export interface QualifierImportFields extends Omit<QualifierFields, "athleteIds"> {
  /** In order; negative for an athlete the import creates. */
  athleteIds: number[];
  closed: boolean;
}

const writes = linkedWrites<QualifierImportFields>("qualifier", qualificationEvents, columnsOf, {
  created: (actorId, now) => ({ createdBy: actorId, createdAt: now, updatedAt: now }),
  changed: (now) => ({ updatedAt: now }),
});

export const qualifiersKind: ImportKind<QualifierImportFields> = {
  name: "qualifiers",
  code: "q",
  columns: [
    "id",
    "games",
    "sport",
    "name_en",
    "name_ru",
    "name_kk",
    "event_en",
    "event_ru",
    "event_kk",
    "place_en",
    "place_ru",
    "place_kk",
    "place_country",
    "host_tz",
    "first_day",
    "last_day",
    "quota_places",
    "athletes",
    "source",
    "closed",
  ],
  help: [
    { columns: ["id"], key: "qualifier-id" },
    { columns: ["games"], key: "games" },
    { columns: ["sport"], key: "sport" },
    { columns: ["name_en", "name_ru", "name_kk"], key: "qualifier-name" },
    { columns: ["event_en", "event_ru", "event_kk"], key: "qualifier-event" },
    { columns: ["place_en", "place_ru", "place_kk", "place_country"], key: "qualifier-place" },
    { columns: ["host_tz"], key: "host-tz" },
    { columns: ["first_day", "last_day"], key: "qualifier-days", args: { max: MAX_QUALIFIER_SPAN_DAYS } },
    { columns: ["quota_places"], key: "qualifier-quota", args: { max: MAX_QUALIFIER_QUOTA } },
    { columns: ["athletes"], key: "athletes" },
    { columns: ["source"], key: "source" },
    { columns: ["closed"], key: "closed" },
  ],
  uniqueKey: false,
  alerts: true,

  read(row) {
    const id = row.id();
    const games = row.games();
    const sport = row.sport(games);
    // As in /editqualifier, a recorded event keeps its Games and sport: the licenses won there are of them.
    const recorded = id === null ? undefined : row.context.ref.qualifiers.get(id);
    if (recorded && games && sport && (recorded.gamesId !== games.id || recorded.sportId !== sport.id))
      row.fail(recorded.gamesId !== games.id ? "games" : "sport", "qualifier-moved", { id: String(id) });
    const name = row.translated("name", { required: true });
    const city = row.translated("place");
    const country = row.country("place_country");
    const firstDay = row.date("first_day", { required: true });
    const lastDay = row.date("last_day", { required: true });
    if (firstDay && lastDay) {
      if (lastDay < firstDay) row.fail("last_day", "days-order");
      else if (addDays(firstDay, MAX_QUALIFIER_SPAN_DAYS) < lastDay) row.fail("last_day", "days-long", { max: MAX_QUALIFIER_SPAN_DAYS });
      else if (games && lastDay > games.closesOn) row.fail("last_day", "qualifier-after-games", { games: games.slug });
    }
    const fields = {
      event: row.translated("event"),
      place: city || country ? { city, country } : null,
      hostTz: row.zone("host_tz"),
      quotaPlaces: row.optionalInt("quota_places", 1, MAX_QUALIFIER_QUOTA),
      athleteIds: row.athletes(),
      source: row.text("source", { max: MAX_SOURCE }),
      closed: row.yesNo("closed"),
    };
    // Closing waits for the event's first day in its host's zone (hasBegun, as /closequalifier); one
    // closed already stays so, whatever its days, so an export (closed early before this rule) imports back.
    if (fields.closed && firstDay && fields.hostTz && !recorded?.closed && firstDay > row.context.today(fields.hostTz))
      row.fail("closed", "qualifier-closed-ahead", { value: firstDay });
    if (row.errors.length > 0 || !games || !sport || !name || !firstDay || !lastDay) return null;
    const { hostTz, athleteIds, closed } = fields;
    if (hostTz === null || athleteIds === null || closed === null) return null;
    return { id, fields: { gamesId: games.id, sportId: sport.id, name, ...fields, hostTz, firstDay, lastDay, athleteIds, closed } };
  },

  // The same event's days may move (a line with its id says so); without an id, another first day is another event.
  key: (f) => [f.gamesId, f.sportId, keyText(f.name.en), f.firstDay].join("|"),

  async stored(db) {
    const rows = await db.select().from(qualificationEvents).where(qualifierShown).orderBy(asc(qualificationEvents.id));
    const links = await allAthleteIds(db, "qualifier");
    return rows.map((q) => ({
      id: q.id,
      fields: {
        gamesId: q.gamesId,
        sportId: q.sportId,
        name: fromTranslatedKeys(q, "name") ?? { en: q.nameEn },
        event: fromTranslatedKeys(q, "event"),
        place: placeOf(q),
        hostTz: q.hostTz,
        firstDay: q.firstDay,
        lastDay: q.lastDay,
        quotaPlaces: q.quotaPlaces,
        athleteIds: links.get(q.id) ?? [],
        source: q.source,
        closed: q.closedAt !== null,
      },
    }));
  },

  cells(id, f, lookup) {
    return [
      id === null ? "" : String(id),
      ...subjectCells(f, lookup),
      ...translatedCells(f.name),
      ...translatedCells(f.event),
      ...translatedCells(f.place?.city ?? null),
      f.place?.country ?? "",
      f.hostTz,
      f.firstDay,
      f.lastDay,
      f.quotaPlaces === null ? "" : String(f.quotaPlaces),
      athletesCell(f.athleteIds, lookup),
      f.source ?? "",
      f.closed ? "yes" : "",
    ];
  },

  summary(f, lookup) {
    return {
      ...subjectsOf(f, lookup),
      athletes: f.athleteIds.map((id) => nameOf(id, lookup)),
      text: f.name,
      days: { first: f.firstDay, last: f.lastDay },
      medal: null,
    };
  },

  withAthletes: writes.withAthletes,

  async insert(tx, rows, actorId, now) {
    const ids = await writes.insert(tx, rows, actorId, now);
    await setClosed(
      tx,
      rows.map((fields, i) => ({ id: ids[i] ?? 0, fields })),
      actorId,
      now,
    );
    return ids;
  },

  async update(tx, rows, actorId, now) {
    await writes.update(tx, rows, actorId, now);
    await setClosed(tx, rows, actorId, now);
  },

  // Soft, as staff remove one (kept for the audit trail; a license may name it by now): its entries go,
  // so the athletes the import created can go with them (the import's audit row keeps the entries).
  async remove(tx, ids, actorId, now) {
    await withdrawQualifiers(tx, ids, actorId, now);
    if (ids.length > 0) await tx.delete(qualificationEventAthletes).where(inArray(qualificationEventAthletes.qualifierId, [...ids]));
  },
};

function columnsOf(f: QualifierImportFields) {
  return {
    gamesId: f.gamesId,
    sportId: f.sportId,
    ...toTranslatedKeys(f.name, "name"),
    ...toTranslatedKeys(f.event, "event"),
    ...toTranslatedKeys(f.place?.city, "place"),
    placeCountry: f.place?.country ?? null,
    hostTz: f.hostTz,
    firstDay: f.firstDay,
    lastDay: f.lastDay,
    quotaPlaces: f.quotaPlaces,
    source: f.source,
  };
}

/**
 * Closed as the file says: an open event closed now (by the importing staff member, without a
 * summary), a closed one kept as it was closed; one opened again has its unsent summary stopped,
 * as when staff undo a closing.
 */
async function setClosed(tx: Tx, rows: readonly { id: number; fields: QualifierImportFields }[], actorId: number, now: Date) {
  const closing = rows.filter((r) => r.fields.closed).map((r) => r.id);
  const opening = rows.filter((r) => !r.fields.closed).map((r) => r.id);
  const { id, closedAt } = qualificationEvents;
  if (closing.length > 0)
    await tx
      .update(qualificationEvents)
      .set({ closedAt: now, closedBy: actorId })
      .where(and(inArray(id, closing), isNull(closedAt)));
  if (opening.length === 0) return;
  const reopened = await tx
    .update(qualificationEvents)
    .set({ closedAt: null, closedBy: null })
    .where(and(inArray(id, opening), isNotNull(closedAt)))
    .returning({ id });
  for (const r of reopened) await stopSummaries(tx, r.id, now);
}
