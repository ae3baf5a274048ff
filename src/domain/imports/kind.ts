// What a kind of data brings to the import and export (one module each under kinds/, listed in
// registry.ts): its columns, how a line is read into the row as stored, the key that finds the
// stored row a line without an id stands for, its cells when exported, and how rows are written,
// changed and removed. Everything else (reading the file, matching, the preview, one transaction,
// the audit row, Undo) is the same for every kind and lives in plan.ts and records.ts.
import type { Db, Tx } from "../../db/handle.js";
import type { Translated } from "../../lib/languages.js";
import { normaliseTerm } from "../../lib/normalise-text.js";
import type { AthleteName, Games, Medal, Sport } from "../types.js";
import type { RowReader } from "./cells.js";
import { athletesNamed, type Reference } from "./reference.js";

/** A row as stored: plain JSON, compared to tell a change, kept in the audit row, restored by Undo. */
export type Fields = object;

/** The reference data, and the names of the athletes a file adds (by their temporary, negative ids). */
export interface Lookup {
  ref: Reference;
  newAthletes: ReadonlyMap<number, AthleteName>;
}

/** A row in a few words for the preview: what and where. */
export interface RowSummary {
  games: Games;
  sport: Sport;
  athletes: AthleteName[];
  /** A team or an event, where there are no athletes to name; a qualification event's name. */
  text: Translated | null;
  /** A competition window's or a qualification event's first and last day. */
  days: { first: string; last: string } | null;
  medal: Medal | null;
}

export interface ImportKind<F extends Fields = Fields> {
  /** Its name in commands (/export licenses), file names and the audit log. */
  readonly name: string;
  /** Its letter in callback data. */
  readonly code: string;
  /** The header, in the order the export and the template write it. A file has them all, in any order. */
  readonly columns: readonly string[];
  /** Columns a file may leave out (read as blank): those added after files of the kind were already exported, so an older file still imports. */
  readonly optional?: readonly string[];
  /** The columns as the template explains them, a few at a time: locale key imp-help-<key> each (with `args`). */
  readonly help: readonly { columns: readonly string[]; key: string; args?: Record<string, number> }[];
  /** Whether the table allows one row per key only (a line may then not repeat another's key). */
  readonly uniqueKey: boolean;
  /** Whether a row recorded one by one alerts subscribers (an import never does; the preview says so). */
  readonly alerts: boolean;
  /** One line read into its row (and id, for kinds with an id column); null when it has errors (recorded in `row`). */
  read(row: RowReader): { id: number | null; fields: F } | null;
  /** What finds the stored row a line without an id stands for. */
  key(fields: F): string;
  /** Every row stored now (not removed), by id ascending. */
  stored(db: Db): Promise<{ id: number; fields: F }[]>;
  /** The row as the export writes it, one cell per column. */
  cells(id: number | null, fields: F, lookup: Lookup): string[];
  summary(fields: F, lookup: Lookup): RowSummary;
  /** The row with its new athletes' real ids in place of the temporary ones. */
  withAthletes(fields: F, created: ReadonlyMap<number, number>): F;
  /** Inserts rows, returning their ids in the same order. */
  insert(tx: Tx, rows: readonly F[], actorId: number, now: Date): Promise<number[]>;
  /** Sets stored rows to these fields (a few statements for any number of rows). */
  update(tx: Tx, rows: readonly { id: number; fields: F }[], actorId: number, now: Date): Promise<void>;
  /** Removes rows the import created (Undo). */
  remove(tx: Tx, ids: readonly number[], actorId: number, now: Date): Promise<void>;
}

/** Plain JSON with keys sorted, so two rows compare equal whatever order their keys were set in (jsonb reorders them). */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
}

export const sameFields = (a: Fields, b: Fields): boolean => stableJson(a) === stableJson(b);

/** The Games and sport a row is of (both in the reference data: rows are read or stored against it). */
export function subjectsOf(f: { gamesId: number; sportId: number }, lookup: Lookup): { games: Games; sport: Sport } {
  const games = lookup.ref.games.get(f.gamesId);
  const sport = lookup.ref.sportsById.get(f.sportId);
  if (!games || !sport) throw new Error(`a row of unknown Games ${f.gamesId} or sport ${f.sportId}`);
  return { games, sport };
}

/** A row's Games and sport as the files name them (slugs). */
export const subjectCells = (f: { gamesId: number; sportId: number }, lookup: Lookup): string[] => [
  lookup.ref.games.get(f.gamesId)?.slug ?? "",
  lookup.ref.sportsById.get(f.sportId)?.slug ?? "",
];

/** A text's three columns (en, ru, kk) as cells. */
export const translatedCells = (text: Translated | null): string[] => [text?.en ?? "", text?.ru ?? "", text?.kk ?? ""];

/** The name an athlete is exported by: the Latin form (else a Cyrillic one), or "#id" where another athlete shares it. */
export function athletesCell(ids: readonly number[], lookup: Lookup): string {
  return ids
    .map((id) => {
      const name = nameOf(id, lookup);
      const form = name.en ?? name.ru ?? name.kk ?? "";
      return id < 0 || athletesNamed(lookup.ref, form).length === 1 ? form : `#${id}`;
    })
    .join("; ");
}

export function nameOf(id: number, lookup: Lookup): AthleteName {
  return (id < 0 ? lookup.newAthletes.get(id) : lookup.ref.athletesById.get(id)?.name) ?? {};
}

/** The athlete ids with the new athletes' real ids in place of the temporary (negative) ones. */
export const realAthletes = (ids: readonly number[], created: ReadonlyMap<number, number>): number[] =>
  ids.map((id) => (id < 0 ? (created.get(id) ?? id) : id));

/** A key part from a text: case, spaces and punctuation aside. */
export const keyText = (text: string | null | undefined): string => normaliseTerm(text ?? "");
