// Competition windows: a sport's first and last competition day at a Games (host-local dates), the
// first start's clock time where known (host-local), and a note. One per Games and sport, which is
// also the key: a line is the window of its Games and sport, stored or new.
import { asc } from "drizzle-orm";
import { deleteAll, insertAll, updateAll } from "../../../db/bulk.js";
import { competitionWindows } from "../../../db/schema.js";
import { fromTranslatedKeys, type Translated, toTranslatedKeys } from "../../../lib/languages.js";
import { addDays, hostDate, hostTime, zonedInstant } from "../../../lib/zoned-time.js";
import { calendarDate, type RowReader } from "../cells.js";
import { type ImportKind, subjectCells, subjectsOf, translatedCells } from "../kind.js";

export interface WindowFields {
  gamesId: number;
  sportId: number;
  firstDay: string;
  lastDay: string;
  /** The first start, as an ISO instant; null while its clock time is not known. */
  startsAt: string | null;
  note: Translated | null;
}

/** How long before the opening a sport may start (football starts two days before; preliminaries a little more). */
const EARLIEST_BEFORE_OPENING_DAYS = 14;
const START = /^(?:(\S+)\s+)?(\d{1,2}):(\d{2})$/;

export const windowsKind: ImportKind<WindowFields> = {
  name: "windows",
  code: "w",
  columns: ["games", "sport", "first_day", "last_day", "first_start", "note_en", "note_ru", "note_kk"],
  help: [
    { columns: ["games"], key: "games" },
    { columns: ["sport"], key: "sport" },
    { columns: ["first_day", "last_day"], key: "window-days" },
    { columns: ["first_start"], key: "window-start" },
    { columns: ["note_en", "note_ru", "note_kk"], key: "note" },
  ],
  uniqueKey: true,
  alerts: false,

  read(row) {
    const games = row.games();
    const sport = row.sport(games);
    const firstDay = row.date("first_day", { required: true });
    const lastDay = row.date("last_day", { required: true });
    const note = row.translated("note", { lines: true });
    if (firstDay && lastDay && lastDay < firstDay) row.fail("last_day", "days-order");
    if (games && firstDay && lastDay && (firstDay < addDays(games.opensOn, -EARLIEST_BEFORE_OPENING_DAYS) || lastDay > games.closesOn)) {
      row.fail(firstDay > games.closesOn ? "first_day" : "last_day", "days-outside", { games: games.slug });
    }
    const startsAt = games && firstDay ? firstStart(row, firstDay, games.hostTz) : null;
    if (row.errors.length > 0 || !games || !sport || !firstDay || !lastDay) return null;
    return { id: null, fields: { gamesId: games.id, sportId: sport.id, firstDay, lastDay, startsAt, note } };
  },

  key: (f) => `${f.gamesId}:${f.sportId}`,

  async stored(db) {
    const rows = await db.select().from(competitionWindows).orderBy(asc(competitionWindows.id));
    return rows.map((w) => ({
      id: w.id,
      fields: {
        gamesId: w.gamesId,
        sportId: w.sportId,
        firstDay: w.firstDay,
        lastDay: w.lastDay,
        startsAt: w.startsAt?.toISOString() ?? null,
        note: fromTranslatedKeys(w, "note"),
      },
    }));
  },

  cells(_id, f, lookup) {
    const games = lookup.ref.games.get(f.gamesId);
    return [
      ...subjectCells(f, lookup),
      f.firstDay,
      f.lastDay,
      f.startsAt && games ? startCell(new Date(f.startsAt), f.firstDay, games.hostTz) : "",
      ...translatedCells(f.note),
    ];
  },

  summary(f, lookup) {
    return {
      ...subjectsOf(f, lookup),
      athletes: [],
      text: null,
      days: { first: f.firstDay, last: f.lastDay },
      medal: null,
    };
  },

  withAthletes: (f) => f,

  insert: (tx, rows) => insertAll(tx, competitionWindows, rows.map(columnsOf)),

  async update(tx, rows) {
    await updateAll(
      tx,
      competitionWindows,
      rows.map((r) => ({ id: r.id, set: columnsOf(r.fields) })),
    );
  },

  remove: (tx, ids) => deleteAll(tx, competitionWindows, ids),
};

function columnsOf(f: WindowFields) {
  return {
    gamesId: f.gamesId,
    sportId: f.sportId,
    firstDay: f.firstDay,
    lastDay: f.lastDay,
    startsAt: f.startsAt === null ? null : new Date(f.startsAt),
    ...toTranslatedKeys(f.note, "note"),
  };
}

/** The first start: "09:30" on the first day, or "2028-07-13 09:30" (another day), host-local. */
function firstStart(row: RowReader, firstDay: string, hostTz: string): string | null {
  const value = row.cell("first_start");
  if (value === "") return null;
  const m = START.exec(value);
  const day = m?.[1] === undefined ? firstDay : calendarDate(m[1]);
  const hour = Number(m?.[2]);
  const minute = Number(m?.[3]);
  if (!m || day === null || hour > 23 || minute > 59) return row.fail("first_start", "time", { value });
  return zonedInstant(day, hostTz, `${String(hour).padStart(2, "0")}:${m[3]}`).toISOString();
}

function startCell(at: Date, firstDay: string, hostTz: string): string {
  const day = hostDate(at, hostTz);
  return day === firstDay ? hostTime(at, hostTz) : `${day} ${hostTime(at, hostTz)}`;
}
