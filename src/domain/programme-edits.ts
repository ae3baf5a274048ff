// Staff changes to a Games' programme (/games): a sport added or removed, or a new sport created
// with its names and aliases and added. Planned over the fans' snapshot (what the editor sees, with
// the refusals said before anything is written), saved only over the programme the editor saw,
// audited with before → after, and undone while the programme is still as the change left it.
//
// A Games with no programme rows offers every sport of its kind and season (programme.ts). Its
// first change writes that list out, with the change applied: adding one sport never makes the
// others vanish, and the preview says the list is now confirmed. A change never leaves a Games
// with an empty list either, which would silently fall back to "every sport" again.
//
// Removing a sport takes its disciplines in the programme and its competition windows there with
// it (the preview lists them, Undo puts them back); a sport with licenses, results or qualification
// events recorded at those Games stays. The tables' triggers (migrations 0005, 0009) bump fan_data_version, so every
// instance's read model has the change; this process's at once (announced).
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Tx } from "../db/handle.js";
import {
  competitionWindows,
  gamesSports,
  licenses as licensesTable,
  qualificationEvents,
  results as resultsTable,
  sportAliases,
  sports as sportsTable,
} from "../db/schema.js";
import type { Localized } from "../lib/languages.js";
import { normaliseTerm } from "../lib/normalise-text.js";
import { isLatin } from "../lib/transliterate.js";
import type { FanData } from "./fan-data.js";
import type { GamesRow } from "./games.js";
import { isRowId } from "./ids.js";
import { hasConfirmedProgramme, programmeOf } from "./programme.js";
import { announced, type FanStore } from "./read-model.js";
import { indexSports, prepareQuery, type SportIndex } from "./sport-match.js";
import { toSport } from "./sports.js";
import { auditGamesChange, lockGames, startUndo } from "./staff-audit.js";
import type { Sport } from "./types.js";

/** A sport's name or alias: what fans type, so it stays within what a lookup reads (MAX_QUERY_CHARS). */
export const MAX_SPORT_NAME = 60;
export const MAX_ALIASES = 10;

/** A new sport as staff name it: English required; Russian and Kazakh null where none is given (English is shown). */
export interface NewSport {
  name: { en: string; ru: string | null; kk: string | null };
  aliases: string[];
}

export type ProgrammeEdit = { kind: "add"; sportId: number } | { kind: "remove"; sportId: number } | { kind: "create"; sport: NewSport };

/** A window the change removes with its sport, as the editor saw it. */
export interface WindowSeen {
  sportId: number;
  firstDay: string;
  lastDay: string;
}

/** What saving an edit will do, as the preview shows it; plain JSON (the conversation keeps it). */
export interface ProgrammePlan {
  gamesId: number;
  edit: ProgrammeEdit;
  /** The programme rows as the editor saw them, by id; [] when the programme was not confirmed. */
  listedBefore: number[];
  /** The sports fans were offered: the rows, or every sport of the Games' kind and season. */
  offered: number[];
  /** The rows after saving (a created sport's id is not known yet: it is added when saved). */
  listedAfter: number[];
  /** The sports this change adds (a discipline brings its parent) or removes (a sport takes its disciplines). */
  added: number[];
  removed: number[];
  windowsRemoved: WindowSeen[];
  /** A created sport is offered at these Games too: those whose programme is not confirmed, of its kind and season. */
  alsoOfferedAt: number[];
}

export type PlanRefusal =
  | { refused: "gone" }
  | { refused: "other-kind" | "other-season" | "already-in" | "not-in" | "last"; sportId: number }
  | { refused: "in-use"; sportId: number; licenses: number; results: number; qualifiers: number };

const sortedIds = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b);
const sameIds = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** What an edit of a Games' programme would do, or why it cannot be made; over the fans' snapshot. */
export function planProgrammeEdit(data: FanData, gamesId: number, edit: ProgrammeEdit): ProgrammePlan | PlanRefusal {
  const games = data.games.get(gamesId);
  if (!games) return { refused: "gone" };
  const listedBefore = sortedIds(data.programmes.get(gamesId) ?? []);
  const offered = sortedIds(programmeOf(data, gamesId).map((s) => s.id));
  const plan = (added: number[], removed: number[]): ProgrammePlan => ({
    gamesId,
    edit,
    listedBefore,
    offered,
    listedAfter: sortedIds([...offered, ...added].filter((id) => !removed.includes(id))),
    added,
    removed,
    windowsRemoved: data.windows
      .filter((w) => w.gamesId === gamesId && removed.includes(w.sport.id))
      .map((w) => ({ sportId: w.sport.id, firstDay: w.firstDay, lastDay: w.lastDay })),
    alsoOfferedAt:
      edit.kind === "create"
        ? data.catalog.games
            .filter((g) => g.id !== gamesId && g.kind === games.kind && g.season === games.season && !hasConfirmedProgramme(data, g.id))
            .map((g) => g.id)
        : [],
  });
  if (edit.kind === "create") return plan([], []);
  const sport = data.sportsById.get(edit.sportId);
  if (!sport) return { refused: "gone" };
  const sportId = sport.id;
  if (edit.kind === "add") {
    if (sport.kind !== games.kind) return { refused: "other-kind", sportId };
    if (sport.season !== games.season) return { refused: "other-season", sportId };
    if (offered.includes(sportId)) return { refused: "already-in", sportId };
    const parent = sport.parentId !== null && !offered.includes(sport.parentId) ? [sport.parentId] : [];
    return plan([sportId, ...parent], []);
  }
  if (!offered.includes(sportId)) return { refused: "not-in", sportId };
  const removed = [sportId, ...offered.filter((id) => data.sportsById.get(id)?.parentId === sportId)];
  if (removed.length >= offered.length) return { refused: "last", sportId };
  const recorded = <T extends { gamesId: number; sport: Sport }>(items: readonly T[]) =>
    items.filter((x) => x.gamesId === gamesId && removed.includes(x.sport.id)).length;
  const licenses = recorded(data.licenses);
  const results = recorded(data.results);
  const qualifiers = recorded(data.qualifiers);
  if (licenses + results + qualifiers > 0) return { refused: "in-use", sportId, licenses, results, qualifiers };
  return plan([], removed);
}

// --- a new sport's names --------------------------------------------------------------------

/** Letters, digits, spaces and the punctuation sport names have ("Baseball/softball", "Basketball 3×3", "Rugby-7"). */
const NAME_CHARS = /^[\p{L}\p{M}\p{N} .,'’\-–/&()×+]+$/u;

export type NameCheck =
  | { ok: true; value: string }
  | { ok: false; reason: "empty" | "chars" | "latin" }
  | { ok: false; reason: "too-long"; length: number }
  | { ok: false; reason: "taken"; sportId: number };

/**
 * A name (or alias) for a new sport: letters (Latin for the English name), at most
 * MAX_SPORT_NAME characters, and naming no sport already (exactly, by any of the forms a fan's
 * query is read in): a fan typing it must find the new sport, and only it.
 */
export function checkSportName(index: SportIndex, typed: string, opts: { latin?: boolean; renaming?: number } = {}): NameCheck {
  const name = typed.replace(/\s+/g, " ").trim();
  if (name.length > MAX_SPORT_NAME) return { ok: false, reason: "too-long", length: name.length };
  if (normaliseTerm(name).length < 2) return { ok: false, reason: "empty" };
  if (!NAME_CHARS.test(name)) return { ok: false, reason: "chars" };
  if (opts.latin && !isLatin(name)) return { ok: false, reason: "latin" };
  const taken = nameTakenBy(index, name, opts.renaming);
  return taken === null ? { ok: true, value: name } : { ok: false, reason: "taken", sportId: taken };
}

/**
 * The sport a name already names exactly (its name, alias or slug, in any form a query is read in),
 * other than the one being renamed (cricket keeps "крикет"); null when none.
 */
function nameTakenBy(index: SportIndex, name: string, renaming?: number): number | null {
  for (const q of prepareQuery(name)) {
    const sport = (index.exact.get(q.term) ?? []).find((s) => s.id !== renaming);
    if (sport) return sport.id;
  }
  return null;
}

/** The first of a sport's names and aliases that names another sport now; null when none does. */
export function firstTaken(index: SportIndex, sport: NewSport, renaming?: number): { name: string; sportId: number } | null {
  for (const name of newSportTerms(sport)) {
    const sportId = nameTakenBy(index, name, renaming);
    if (sportId !== null) return { name, sportId };
  }
  return null;
}

const newSportTerms = (sport: NewSport) =>
  [sport.name.en, sport.name.ru ?? "", sport.name.kk ?? "", ...sport.aliases].filter((n) => n !== "");

/** A slug from the English name ("Flag football" -> "flag-football"), not one taken. */
export function slugFor(en: string, taken: ReadonlySet<string>): string {
  const base =
    en
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .slice(0, 50)
      .replace(/^-+|-+$/g, "") || "sport";
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

// --- saving ---------------------------------------------------------------------------------

export type ProgrammeSaved =
  | { outcome: "saved"; auditId: number; createdSportId: number | null }
  /** The programme (or a window, a license, a result in a removed sport) changed since the editor saw it. */
  | { outcome: "changed" | "gone" }
  /** A new sport's name names another sport now (one was created or renamed meanwhile). */
  | { outcome: "taken"; name: string; sportId: number };

const PROGRAMME_ACTIONS = { add: "programme.add", remove: "programme.remove", create: "programme.create" } as const;
const UNDO = "programme.undo";

async function listedIds(tx: Tx, gamesId: number): Promise<number[]> {
  const rows = await tx.select({ sportId: gamesSports.sportId }).from(gamesSports).where(eq(gamesSports.gamesId, gamesId));
  return sortedIds(rows.map((r) => r.sportId));
}

/** Every sport of the Games' kind and season: what a Games without programme rows offers. */
async function fallbackIds(tx: Tx, games: GamesRow): Promise<number[]> {
  const rows = await tx
    .select({ id: sportsTable.id })
    .from(sportsTable)
    .where(and(eq(sportsTable.kind, games.kind), eq(sportsTable.season, games.season)));
  return sortedIds(rows.map((r) => r.id));
}

/** Whether a Games' programme holds a sport now, by its rows or, with none, by kind and season (programme.ts in SQL). */
export async function programmeHolds(tx: Tx, games: GamesRow, sportId: number): Promise<boolean> {
  const listed = await listedIds(tx, games.id);
  if (listed.length > 0) return listed.includes(sportId);
  return (await fallbackIds(tx, games)).includes(sportId);
}

/** Licenses, results and qualification events (not removed) recorded at a Games in any of these sports. */
async function recordedIn(tx: Tx, gamesId: number, sportIds: readonly number[]): Promise<number> {
  const licenses = await tx.$count(
    licensesTable,
    and(eq(licensesTable.gamesId, gamesId), inArray(licensesTable.sportId, [...sportIds]), isNull(licensesTable.deletedAt)),
  );
  const results = await tx.$count(
    resultsTable,
    and(eq(resultsTable.gamesId, gamesId), inArray(resultsTable.sportId, [...sportIds]), isNull(resultsTable.removedAt)),
  );
  const qualifiers = await tx.$count(
    qualificationEvents,
    and(
      eq(qualificationEvents.gamesId, gamesId),
      inArray(qualificationEvents.sportId, [...sportIds]),
      isNull(qualificationEvents.removedAt),
    ),
  );
  return licenses + results + qualifiers;
}

async function windowsOf(tx: Tx, gamesId: number, sportIds: readonly number[]) {
  if (sportIds.length === 0) return [];
  return tx
    .select()
    .from(competitionWindows)
    .where(and(eq(competitionWindows.gamesId, gamesId), inArray(competitionWindows.sportId, [...sportIds])));
}

/** Makes the programme rows `to`, from `from` (what they are now). */
async function setListed(tx: Tx, gamesId: number, from: readonly number[], to: readonly number[]): Promise<void> {
  const gone = from.filter((id) => !to.includes(id));
  const added = to.filter((id) => !from.includes(id));
  if (gone.length > 0) await tx.delete(gamesSports).where(and(eq(gamesSports.gamesId, gamesId), inArray(gamesSports.sportId, gone)));
  if (added.length > 0) await tx.insert(gamesSports).values(added.map((sportId) => ({ gamesId, sportId })));
}

/** The sports index as the database holds it now (the same one fans' lookups are built from). */
export async function sportIndexNow(tx: Tx): Promise<{ index: SportIndex; slugs: Set<string> }> {
  const rows = await tx.select().from(sportsTable);
  const aliases = await tx.select().from(sportAliases);
  const index = indexSports(
    rows.map((row) => ({ sport: toSport(row), terms: aliases.filter((a) => a.sportId === row.id).map((a) => a.alias) })),
  );
  return { index, slugs: new Set(rows.map((r) => r.slug)) };
}

async function createSport(tx: Tx, games: GamesRow, sport: NewSport): Promise<{ id: number } | { name: string; sportId: number }> {
  const { index, slugs } = await sportIndexNow(tx);
  const taken = firstTaken(index, sport);
  if (taken) return taken;
  const { en } = sport.name;
  const [row] = await tx
    .insert(sportsTable)
    .values({
      slug: slugFor(en, slugs),
      kind: games.kind,
      season: games.season,
      nameEn: en,
      // No translation given: the English one is shown, as for the sports LA 2028 added.
      nameRu: sport.name.ru ?? en,
      nameKk: sport.name.kk ?? en,
    })
    .returning({ id: sportsTable.id });
  if (!row) throw new Error("the new sport was not written");
  // Stored normalised, as the reference data's aliases are.
  const aliases = [...new Set(sport.aliases.map(normaliseTerm))].filter((a) => a.length > 0);
  if (aliases.length > 0) await tx.insert(sportAliases).values(aliases.map((alias) => ({ sportId: row.id, alias })));
  return { id: row.id };
}

/** The sports' names for the audit log (shown in the reader's language, as athletes' names are). */
async function namesOf(tx: Tx, ids: readonly number[]): Promise<{ name: Localized }[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select()
    .from(sportsTable)
    .where(inArray(sportsTable.id, [...ids]));
  return ids.flatMap((id) => {
    const row = rows.find((r) => r.id === id);
    return row ? [{ name: toSport(row).name }] : [];
  });
}

/** Saves a planned edit, if the programme is still as the editor saw it; audited with before → after. */
export async function saveProgrammeEdit(store: FanStore, actorId: number, plan: ProgrammePlan, now: Date): Promise<ProgrammeSaved> {
  if (!isRowId(plan.gamesId)) return { outcome: "gone" };
  return announced(store, async (tx) => {
    const games = await lockGames(tx, plan.gamesId);
    if (!games) return { outcome: "gone" };
    const listed = await listedIds(tx, games.id);
    if (!sameIds(listed, plan.listedBefore)) return { outcome: "changed" };
    // Not confirmed: what it offered is every sport of its kind and season, which a new sport changes too.
    if (listed.length === 0 && !sameIds(await fallbackIds(tx, games), plan.offered)) return { outcome: "changed" };
    const windows = await windowsOf(tx, games.id, plan.removed);
    const seen = (w: WindowSeen) => `${w.sportId}:${w.firstDay}:${w.lastDay}`;
    if (windows.map(seen).sort().join() !== plan.windowsRemoved.map(seen).sort().join()) return { outcome: "changed" };
    if (plan.removed.length > 0 && (await recordedIn(tx, games.id, plan.removed)) > 0) return { outcome: "changed" };

    let createdSportId: number | null = null;
    if (plan.edit.kind === "create") {
      const created = await createSport(tx, games, plan.edit.sport);
      if (!("id" in created)) return { outcome: "taken", ...created };
      createdSportId = created.id;
    }
    const listedAfter = sortedIds([...plan.listedAfter, ...(createdSportId === null ? [] : [createdSportId])]);
    await setListed(tx, games.id, listed, listedAfter);
    if (windows.length > 0)
      await tx.delete(competitionWindows).where(
        inArray(
          competitionWindows.id,
          windows.map((w) => w.id),
        ),
      );
    const added = [...plan.added, ...(createdSportId === null ? [] : [createdSportId])];
    const auditId = await auditGamesChange(tx, {
      actorId,
      action: PROGRAMME_ACTIONS[plan.edit.kind],
      gamesId: games.id,
      now,
      payload: {
        // Shown in /audit: the sports in or out, and how many the programme lists (none: not confirmed).
        before: { sports: await namesOf(tx, plan.removed), programme: listed.length || null },
        after: { sports: await namesOf(tx, added), programme: listedAfter.length },
        // What Undo needs.
        listedBefore: listed,
        listedAfter,
        windowsRemoved: windows.map(({ id: _id, ...w }) => w),
        createdSportId,
      },
    });
    return { outcome: "saved", auditId, createdSportId };
  });
}

// --- undo -----------------------------------------------------------------------------------

type WindowRow = Omit<typeof competitionWindows.$inferInsert, "id">;

interface Recorded {
  listedBefore: number[];
  listedAfter: number[];
  windowsRemoved: WindowRow[];
  createdSportId: number | null;
  before: object;
  after: object;
}

const idList = (v: unknown): number[] | null => (Array.isArray(v) && v.every(isRowId) ? (v as number[]) : null);

/** An edit as its audit row keeps it; null for anything else. */
function recorded(payload: unknown): Recorded | null {
  if (typeof payload !== "object" || payload === null) return null;
  const p = payload as Record<string, unknown>;
  const listedBefore = idList(p.listedBefore);
  const listedAfter = idList(p.listedAfter);
  if (!listedBefore || !listedAfter || !Array.isArray(p.windowsRemoved)) return null;
  const createdSportId = isRowId(p.createdSportId) ? p.createdSportId : null;
  const windowsRemoved = (p.windowsRemoved as WindowRow[]).map((w) => ({ ...w, startsAt: w.startsAt ? new Date(w.startsAt) : null }));
  return { listedBefore, listedAfter, windowsRemoved, createdSportId, before: Object(p.before), after: Object(p.after) };
}

export type ProgrammeUndone =
  | { outcome: "undone"; gamesId: number; edit: ProgrammeEdit["kind"]; sports: Localized[] }
  /** No such change (a forged button), already undone, or the programme changed again since. */
  | { outcome: "gone" | "already" | "changed" };

/** Whether anything but the programme row of this Games refers to a sport (so it cannot go with an Undo). */
async function sportInUse(tx: Tx, sportId: number, gamesId: number): Promise<boolean> {
  // One after the other: a transaction is one connection.
  if ((await tx.$count(licensesTable, eq(licensesTable.sportId, sportId))) > 0) return true;
  if ((await tx.$count(resultsTable, eq(resultsTable.sportId, sportId))) > 0) return true;
  if ((await tx.$count(competitionWindows, eq(competitionWindows.sportId, sportId))) > 0) return true;
  if ((await tx.$count(qualificationEvents, eq(qualificationEvents.sportId, sportId))) > 0) return true;
  return (await tx.$count(gamesSports, and(eq(gamesSports.sportId, sportId), ne(gamesSports.gamesId, gamesId)))) > 0;
}

/**
 * Puts a Games' programme back as it was before an edit (its audit row), with the windows the edit
 * removed; a sport the edit created goes again. Only while the programme is as the edit left it
 * and nothing was recorded in that new sport since; audited ("programme.undo").
 */
export async function undoProgrammeEdit(store: FanStore, actorId: number, auditId: number, now: Date): Promise<ProgrammeUndone> {
  if (!isRowId(auditId)) return { outcome: "gone" };
  return announced(store, async (tx) => {
    const change = await startUndo(tx, auditId, { undoable: Object.values(PROGRAMME_ACTIONS), undo: UNDO }, recorded);
    if (change.outcome !== "open") return change;
    const { games, done } = change;
    if (!sameIds(await listedIds(tx, games.id), done.listedAfter)) return { outcome: "changed" };
    const windowSports = done.windowsRemoved.map((w) => w.sportId);
    if ((await windowsOf(tx, games.id, windowSports)).length > 0) return { outcome: "changed" };
    const created = done.createdSportId;
    if (created !== null && (await sportInUse(tx, created, games.id))) return { outcome: "changed" };

    await setListed(tx, games.id, done.listedAfter, done.listedBefore);
    if (done.windowsRemoved.length > 0)
      await tx.insert(competitionWindows).values(done.windowsRemoved.map((w) => ({ ...w, gamesId: games.id })));
    // Its aliases, and any fan's alert choice of it, go with it (cascade).
    if (created !== null) await tx.delete(sportsTable).where(eq(sportsTable.id, created));
    await auditGamesChange(tx, {
      actorId,
      action: UNDO,
      gamesId: games.id,
      now,
      payload: {
        before: done.after,
        after: done.before,
        undoes: auditId,
        listedBefore: done.listedAfter,
        listedAfter: done.listedBefore,
      },
    });
    const edit = (Object.entries(PROGRAMME_ACTIONS).find(([, action]) => action === change.action)?.[0] ?? "add") as ProgrammeEdit["kind"];
    const names = (edit === "remove" ? done.before : done.after) as { sports?: { name: Localized }[] };
    return { outcome: "undone", gamesId: games.id, edit, sports: (names.sports ?? []).map((s) => s.name) };
  });
}
