// Staff corrections to one field of a license, or to one form of an athlete's name, on top of
// correctLicense and renameAthlete (license-records.ts): the row is locked, the field is compared
// with what the editor saw, and only then changed, so two editors never overwrite each other
// unseen. Each write is audited there, with before and after; a correction never re-alerts.
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../db/handle.js";
import { athletes as athletesTable, licenses as licensesTable } from "../db/schema.js";
import { type Lang, type Translated, toTranslatedKeys } from "../lib/languages.js";
import { toAthlete } from "./athletes.js";
import { isRowId } from "./ids.js";
import { correctIn, type LicensePatch, recentLicenseIds, renameIn } from "./license-records.js";
import { findLicense, notRemoved } from "./licenses.js";
import { announced, type FanStore } from "./read-model.js";
import type { AthleteName, Games, License } from "./types.js";

/** The texts of a license staff correct per language. */
export type TextField = "event" | "howWon" | "note";

/** An athlete of a license as corrected: a known one by id, or a new one by the name typed. */
export type AthleteChoice = { id: number } | { name: AthleteName };

/** One correction to a license: one field, validated by the caller. */
export type LicenseEdit =
  /** `lang` en: the English text (null removes the text and its translations); ru/kk: a translation (null removes it). */
  | { field: TextField; lang: Lang; value: string | null; keepTranslations: boolean }
  | { field: "wonOn"; value: string }
  | { field: "quotaPlaces"; value: number }
  | { field: "source"; value: string | null }
  | { field: "athletes"; athletes: AthleteChoice[] };

export type EditableField = LicenseEdit["field"];

/** saved; gone: the license (or athlete) no longer exists; changed: someone changed it since it was shown. */
export type EditOutcome = "saved" | "gone" | "changed";

/** The part of a license a correction replaces, as plain JSON: what the editor saw, compared again on saving. */
export function editedPart(license: License, field: EditableField): unknown {
  switch (field) {
    case "athletes":
      return license.athletes.map((a) => a.id);
    default:
      return license[field] ?? null;
  }
}

/** A text after one of its languages is replaced (null removes it); a translation needs the English text. */
export function editedText(current: Translated | null, lang: Lang, value: string | null, keepTranslations: boolean): Translated | null {
  if (lang === "en") {
    if (value === null) return null;
    return keepTranslations && current ? { ...current, en: value } : { en: value };
  }
  if (!current) return null;
  const next: Record<string, string> = { ...current };
  if (value === null) delete next[lang];
  else next[lang] = value;
  return next as Translated;
}

/** A name with one form replaced (null removes it); the other forms are kept. */
export function withNameForm(name: AthleteName, lang: Lang, value: string | null): AthleteName {
  const next: { [L in Lang]?: string } = { ...name };
  if (value === null) delete next[lang];
  else next[lang] = value;
  return next;
}

/** JSON with object keys sorted, so the same value compares equal however it was built. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

class Gone extends Error {}

/**
 * Applies one correction if the field still holds `expected` (editedPart as the editor saw it).
 * New athletes are created in the same transaction; nothing is written unless it is "saved".
 */
export async function applyLicenseEdit(
  store: FanStore,
  actorId: number,
  licenseId: number,
  edit: LicenseEdit,
  expected: unknown,
  now: Date,
): Promise<EditOutcome> {
  if (!isRowId(licenseId)) return "gone";
  try {
    return await announced(store, async (tx) => {
      // Locked until the end: no other correction or removal between the check and the write.
      const locked = await tx
        .select({ id: licensesTable.id })
        .from(licensesTable)
        .where(and(eq(licensesTable.id, licenseId), notRemoved))
        .for("update");
      const found = locked.length > 0 ? await findLicense(tx, licenseId) : null;
      if (!found) return "gone";
      if (stableJson(editedPart(found.license, edit.field)) !== stableJson(expected)) return "changed";
      const patch = await patchOf(tx, actorId, found.license, edit, now);
      if (!(await correctIn(tx, actorId, licenseId, patch, now))) throw new Gone();
      return "saved";
    });
  } catch (error) {
    if (error instanceof Gone) return "gone";
    throw error;
  }
}

async function patchOf(tx: Tx, actorId: number, license: License, edit: LicenseEdit, now: Date): Promise<LicensePatch> {
  switch (edit.field) {
    case "event":
    case "howWon":
    case "note":
      if (edit.lang !== "en" && !license[edit.field]) throw new Error(`a ${edit.lang} ${edit.field} needs the English text first`);
      return { [edit.field]: editedText(license[edit.field], edit.lang, edit.value, edit.keepTranslations) };
    case "wonOn":
      return { wonOn: edit.value };
    case "quotaPlaces":
      return { quotaPlaces: edit.value };
    case "source":
      return { source: edit.value };
    case "athletes": {
      const ids: number[] = [];
      for (const choice of edit.athletes) {
        if ("id" in choice) {
          ids.push(choice.id);
          continue;
        }
        const [created] = await tx
          .insert(athletesTable)
          .values({ ...toTranslatedKeys(choice.name, "name"), createdBy: actorId, createdAt: now })
          .returning({ id: athletesTable.id });
        ids.push(created!.id);
      }
      return { athleteIds: ids };
    }
  }
}

/**
 * Sets or removes one form of an athlete's name if the name is still `expected` (as the editor
 * saw it). "empty": it would leave the athlete without any name, so nothing changed.
 */
export async function renameAthleteForm(
  store: FanStore,
  actorId: number,
  athleteId: number,
  lang: Lang,
  value: string | null,
  expected: AthleteName,
  now: Date,
): Promise<EditOutcome | "empty"> {
  if (!isRowId(athleteId)) return "gone";
  return announced(store, async (tx) => {
    const [row] = await tx.select().from(athletesTable).where(eq(athletesTable.id, athleteId)).for("update");
    if (!row) return "gone";
    const current = toAthlete(row).name;
    if (stableJson(current) !== stableJson(expected)) return "changed";
    const next = withNameForm(current, lang, value);
    if (!next.en && !next.ru && !next.kk) return "empty";
    return (await renameIn(tx, actorId, athleteId, next, now)) ? "saved" : "gone";
  });
}

/** The latest licenses staff may correct or remove (recentLicenseIds), with their Games; newest first. */
export async function recentLicenses(db: Db, limit = 8): Promise<{ license: License; games: Games }[]> {
  const found = await Promise.all((await recentLicenseIds(db, limit)).map((id) => findLicense(db, id)));
  return found.filter((f): f is { license: License; games: Games } => f !== null);
}
