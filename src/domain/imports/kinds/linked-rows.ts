// What licenses, results and qualification events share: a row of their table, and its athletes in
// license_athletes, result_athletes or qualification_event_athletes, written with it (new athletes'
// temporary ids replaced by the ones made). Licenses and results are also found and summed up alike:
// by their athletes, or their team or event.
import { deleteAll, insertAll, updateAll } from "../../../db/bulk.js";
import type { licenses, qualificationEvents, results } from "../../../db/schema.js";
import type { Translated } from "../../../lib/languages.js";
import { setAthleteIds } from "../../athlete-links.js";
import type { Medal } from "../../types.js";
import { type ImportKind, keyText, nameOf, realAthletes, subjectsOf } from "../kind.js";

type Row = Record<string, unknown>;

interface Linked {
  gamesId: number;
  sportId: number;
  athleteIds: number[];
  team: Translated | null;
  event: Translated | null;
  medal?: Medal | null;
}

/** A row and its athletes, inserted and changed together. */
export function linkedWrites<F extends { athleteIds: number[] }>(
  links: "license" | "result" | "qualifier",
  table: typeof licenses | typeof results | typeof qualificationEvents,
  columnsOf: (f: F) => Row,
  /** The columns a new row gets besides its fields (who, when), and those a change sets. */
  stamps: { created(actorId: number, now: Date): Row; changed(now: Date): Row },
): Pick<ImportKind<F>, "withAthletes" | "insert" | "update"> {
  return {
    withAthletes: (f, created) => ({ ...f, athleteIds: realAthletes(f.athleteIds, created) }),

    async insert(tx, rows, actorId, now) {
      const values = rows.map((f) => ({ ...columnsOf(f), ...stamps.created(actorId, now) }));
      // The values are the table's own columns (the kind's columnsOf and stamps); one helper serves every table.
      const ids = await insertAll(tx, table, values as never[]);
      await setAthleteIds(
        tx,
        links,
        rows.map((f, i) => ({ id: ids[i] ?? 0, athleteIds: f.athleteIds })),
      );
      return ids;
    },

    async update(tx, rows, _actorId, now) {
      const set = rows.map((r) => ({ id: r.id, set: { ...columnsOf(r.fields), ...stamps.changed(now) } }));
      await updateAll(tx, table, set as never[]);
      await setAthleteIds(
        tx,
        links,
        rows.map((r) => ({ id: r.id, athleteIds: r.fields.athleteIds })),
      );
    },
  };
}

export function linkedRows<F extends Linked>(
  links: "license" | "result",
  table: typeof licenses | typeof results,
  columnsOf: (f: F) => Row,
  stamps: { created(actorId: number, now: Date): Row; changed(now: Date): Row },
): Pick<ImportKind<F>, "key" | "summary" | "withAthletes" | "insert" | "update" | "remove"> {
  return {
    // A line without an id stands for the stored row of its Games and sport with its event, team and athletes.
    key: (f) =>
      [f.gamesId, f.sportId, keyText(f.event?.en), keyText(f.team?.en), [...f.athleteIds].sort((a, b) => a - b).join("+")].join("|"),

    summary: (f, lookup) => ({
      ...subjectsOf(f, lookup),
      athletes: f.athleteIds.map((id) => nameOf(id, lookup)),
      text: f.team ?? f.event,
      days: null,
      medal: f.medal ?? null,
    }),

    ...linkedWrites(links, table, columnsOf, stamps),

    remove: (tx, ids) => deleteAll(tx, table, ids),
  };
}
