// Licenses, as /addlicense records them and fans read them: the Games and sport, the event, the
// athletes (or a team), the quota places, when, how and where it was won (the qualification event,
// by its id, where it was won at one), the source and a note.
// A line with an id is that license; one without is the stored license with the same Games, sport,
// event, team and athletes (several such lines take several such licenses in order), else new.
import { asc, isNull } from "drizzle-orm";
import { licenses } from "../../../db/schema.js";
import { fromTranslatedKeys, type Translated, toTranslatedKeys } from "../../../lib/languages.js";
import { allAthleteIds } from "../../athlete-links.js";
import { MAX_SOURCE } from "../cells.js";
import { athletesCell, type ImportKind, subjectCells, translatedCells } from "../kind.js";
import { linkedRows } from "./linked-rows.js";

export interface LicenseFields {
  gamesId: number;
  sportId: number;
  event: Translated | null;
  /** In order; negative for an athlete the import creates. */
  athleteIds: number[];
  team: Translated | null;
  quotaPlaces: number;
  wonOn: string | null;
  /** The qualification event it was won at (of the same Games and sport). */
  qualifierId: number | null;
  howWon: Translated | null;
  /** The city as printed (the country is whereWonCountry). */
  whereWon: Translated | null;
  whereWonCountry: string | null;
  source: string | null;
  note: Translated | null;
}

/** The earliest zone (UTC+14): a day not yet begun there has begun nowhere, so a license won on it is ahead of today. */
const EARLIEST_ZONE = "Pacific/Kiritimati";
const MAX_PLACES = 50;

export const licensesKind: ImportKind<LicenseFields> = {
  name: "licenses",
  code: "l",
  columns: [
    "id",
    "games",
    "sport",
    "event_en",
    "event_ru",
    "event_kk",
    "athletes",
    "team_en",
    "team_ru",
    "team_kk",
    "quota_places",
    "won_on",
    "qualifier",
    "how_won_en",
    "how_won_ru",
    "how_won_kk",
    "where_won_en",
    "where_won_ru",
    "where_won_kk",
    "where_won_country",
    "source",
    "note_en",
    "note_ru",
    "note_kk",
  ],
  // Files exported before licenses could name their qualifier import as they are.
  optional: ["qualifier"],
  help: [
    { columns: ["id"], key: "id" },
    { columns: ["games"], key: "games" },
    { columns: ["sport"], key: "sport" },
    { columns: ["event_en", "event_ru", "event_kk"], key: "event" },
    { columns: ["athletes"], key: "athletes" },
    { columns: ["team_en", "team_ru", "team_kk"], key: "team" },
    { columns: ["quota_places"], key: "quota-places", args: { max: MAX_PLACES } },
    { columns: ["won_on"], key: "license-won-on" },
    { columns: ["qualifier"], key: "license-qualifier" },
    { columns: ["how_won_en", "how_won_ru", "how_won_kk"], key: "how-won" },
    { columns: ["where_won_en", "where_won_ru", "where_won_kk", "where_won_country"], key: "where-won" },
    { columns: ["source"], key: "source" },
    { columns: ["note_en", "note_ru", "note_kk"], key: "note" },
  ],
  uniqueKey: false,
  alerts: true,

  read(row) {
    const id = row.id();
    const games = row.games();
    const sport = row.sport(games);
    const fields = {
      event: row.translated("event"),
      athleteIds: row.athletes(),
      team: row.translated("team"),
      quotaPlaces: row.int("quota_places", 1, MAX_PLACES),
      wonOn: row.wonOn(games, { tz: EARLIEST_ZONE }),
      qualifierId: row.qualifier(games, sport),
      howWon: row.translated("how_won"),
      whereWon: row.translated("where_won"),
      whereWonCountry: row.country("where_won_country"),
      source: row.text("source", { max: MAX_SOURCE }),
      note: row.translated("note", { lines: true }),
    };
    if (row.errors.length > 0 || !games || !sport || !fields.athleteIds || fields.quotaPlaces === null) return null;
    return {
      id,
      fields: { gamesId: games.id, sportId: sport.id, ...fields, athleteIds: fields.athleteIds, quotaPlaces: fields.quotaPlaces },
    };
  },

  async stored(db) {
    const rows = await db.select().from(licenses).where(isNull(licenses.deletedAt)).orderBy(asc(licenses.id));
    const links = await allAthleteIds(db, "license");
    return rows.map((l) => ({
      id: l.id,
      fields: {
        gamesId: l.gamesId,
        sportId: l.sportId,
        event: fromTranslatedKeys(l, "event"),
        athleteIds: links.get(l.id) ?? [],
        team: fromTranslatedKeys(l, "team"),
        quotaPlaces: l.quotaPlaces,
        wonOn: l.wonOn,
        qualifierId: l.qualifierId,
        howWon: fromTranslatedKeys(l, "howWon"),
        whereWon: fromTranslatedKeys(l, "whereWon"),
        whereWonCountry: l.whereWonCountry,
        source: l.source,
        note: fromTranslatedKeys(l, "note"),
      },
    }));
  },

  cells(id, f, lookup) {
    return [
      id === null ? "" : String(id),
      ...subjectCells(f, lookup),
      ...translatedCells(f.event),
      athletesCell(f.athleteIds, lookup),
      ...translatedCells(f.team),
      String(f.quotaPlaces),
      f.wonOn ?? "",
      f.qualifierId === null ? "" : String(f.qualifierId),
      ...translatedCells(f.howWon),
      ...translatedCells(f.whereWon),
      f.whereWonCountry ?? "",
      f.source ?? "",
      ...translatedCells(f.note),
    ];
  },

  ...linkedRows("license", licenses, columnsOf, {
    created: (actorId, now) => ({ createdBy: actorId, createdAt: now, updatedAt: now }),
    changed: (now) => ({ updatedAt: now }),
  }),
};

function columnsOf(f: LicenseFields) {
  return {
    gamesId: f.gamesId,
    sportId: f.sportId,
    ...toTranslatedKeys(f.event, "event"),
    ...toTranslatedKeys(f.team, "team"),
    quotaPlaces: f.quotaPlaces,
    wonOn: f.wonOn,
    qualifierId: f.qualifierId,
    ...toTranslatedKeys(f.howWon, "howWon"),
    ...toTranslatedKeys(f.whereWon, "whereWon"),
    whereWonCountry: f.whereWonCountry,
    source: f.source,
    ...toTranslatedKeys(f.note, "note"),
  };
}
