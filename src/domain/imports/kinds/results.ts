// Results, as /addresult records them: a medal, or a placing without one, in an event at a Games,
// by athletes (or a team), on a day of the Games, with a source and a note. A line with an id is
// that result; one without is the stored result with the same Games, sport, event, team and
// athletes (a medal upgraded is a change, not a new result), else new.
import { asc, isNull } from "drizzle-orm";
import { results } from "../../../db/schema.js";
import { fromTranslatedKeys, type Translated, toTranslatedKeys } from "../../../lib/languages.js";
import { allAthleteIds } from "../../athlete-links.js";
import type { Games, Medal } from "../../types.js";
import { MAX_SOURCE } from "../cells.js";
import { athletesCell, type ImportKind, subjectCells, translatedCells } from "../kind.js";
import { linkedRows } from "./linked-rows.js";

export interface ResultFields {
  gamesId: number;
  sportId: number;
  medal: Medal | null;
  placing: Translated | null;
  event: Translated;
  /** In order; negative for an athlete the import creates. */
  athleteIds: number[];
  team: Translated | null;
  wonOn: string | null;
  source: string | null;
  note: Translated | null;
}

const MEDALS: readonly Medal[] = ["gold", "silver", "bronze"];

/** The first day a result can be won: the first competitions, which may come before the opening (as /addresult checks). */
const firstResultDay = (g: Games) =>
  g.competitionStartsOn !== null && g.competitionStartsOn < g.opensOn ? g.competitionStartsOn : g.opensOn;

export const resultsKind: ImportKind<ResultFields> = {
  name: "results",
  code: "r",
  columns: [
    "id",
    "games",
    "sport",
    "medal",
    "placing_en",
    "placing_ru",
    "placing_kk",
    "event_en",
    "event_ru",
    "event_kk",
    "athletes",
    "team_en",
    "team_ru",
    "team_kk",
    "won_on",
    "source",
    "note_en",
    "note_ru",
    "note_kk",
  ],
  help: [
    { columns: ["id"], key: "id" },
    { columns: ["games"], key: "games" },
    { columns: ["sport"], key: "sport" },
    { columns: ["medal"], key: "medal" },
    { columns: ["placing_en", "placing_ru", "placing_kk"], key: "placing" },
    { columns: ["event_en", "event_ru", "event_kk"], key: "result-event" },
    { columns: ["athletes"], key: "athletes" },
    { columns: ["team_en", "team_ru", "team_kk"], key: "team" },
    { columns: ["won_on"], key: "result-won-on" },
    { columns: ["source"], key: "source" },
    { columns: ["note_en", "note_ru", "note_kk"], key: "note" },
  ],
  uniqueKey: false,
  alerts: true,

  read(row) {
    const id = row.id();
    const games = row.games();
    const sport = row.sport(games);
    const medalCell = row.cell("medal").toLowerCase();
    const medal = MEDALS.find((m) => m === medalCell) ?? null;
    if (medalCell !== "" && medal === null) row.fail("medal", "medal", { value: row.cell("medal") });
    const placing = row.translated("placing");
    if (medalCell === "" && placing === null && !row.errors.some((e) => e.column === "placing_en"))
      row.fail("placing_en", "medal-or-placing");
    const fields = {
      event: row.translated("event", { required: true }),
      athleteIds: row.athletes(),
      team: row.translated("team"),
      wonOn: row.wonOn(games, games ? { from: firstResultDay(games) } : {}),
      source: row.text("source", { max: MAX_SOURCE }),
      note: row.translated("note", { lines: true }),
    };
    if (row.errors.length > 0 || !games || !sport || !fields.event || !fields.athleteIds) return null;
    return {
      id,
      fields: { gamesId: games.id, sportId: sport.id, medal, placing, ...fields, event: fields.event, athleteIds: fields.athleteIds },
    };
  },

  async stored(db) {
    const rows = await db.select().from(results).where(isNull(results.removedAt)).orderBy(asc(results.id));
    const links = await allAthleteIds(db, "result");
    return rows.map((r) => ({
      id: r.id,
      fields: {
        gamesId: r.gamesId,
        sportId: r.sportId,
        medal: r.medal,
        placing: fromTranslatedKeys(r, "placing"),
        // results_event_required: the English is there.
        event: fromTranslatedKeys(r, "event") ?? { en: "" },
        athleteIds: links.get(r.id) ?? [],
        team: fromTranslatedKeys(r, "team"),
        wonOn: r.wonOn,
        source: r.source,
        note: fromTranslatedKeys(r, "note"),
      },
    }));
  },

  cells(id, f, lookup) {
    return [
      id === null ? "" : String(id),
      ...subjectCells(f, lookup),
      f.medal ?? "",
      ...translatedCells(f.placing),
      ...translatedCells(f.event),
      athletesCell(f.athleteIds, lookup),
      ...translatedCells(f.team),
      f.wonOn ?? "",
      f.source ?? "",
      ...translatedCells(f.note),
    ];
  },

  ...linkedRows("result", results, columnsOf, {
    created: (actorId, now) => ({ createdBy: actorId, createdAt: now }),
    changed: () => ({}),
  }),
};

function columnsOf(f: ResultFields) {
  return {
    gamesId: f.gamesId,
    sportId: f.sportId,
    medal: f.medal,
    ...toTranslatedKeys(f.placing, "placing"),
    ...toTranslatedKeys(f.event, "event"),
    ...toTranslatedKeys(f.team, "team"),
    wonOn: f.wonOn,
    source: f.source,
    ...toTranslatedKeys(f.note, "note"),
  };
}
