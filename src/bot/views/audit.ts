// /audit (owners): the latest changes from the audit log, who made them, when (in the display zone,
// named in words), what the license was, and for a correction the fields it changed, before →
// after, each field named and each value written in the reader's language. Paged under one message.
import { InlineKeyboard } from "grammy";
import { athleteName } from "../../domain/athletes.js";
import { toFactChange } from "../../domain/games-facts.js";
import type { AuditEntry } from "../../domain/license-records.js";
import type { AthleteName, Games, Place, Sport, Translated } from "../../domain/types.js";
import { inLang, LANGS, type Lang } from "../../lib/languages.js";
import { auditPageButton } from "../callback-data/license-corrections.js";
import { t } from "../i18n.js";
import { addPager } from "../keyboards/pager.js";
import { formatDate, formatWhen, zoneLabel } from "../render/format.js";
import { clip, type Html, joinHtml } from "../render/html.js";
import { clampPage, paginate } from "../render/paginate.js";
import { gamesShortLabel, sportNameMid } from "./games.js";
import { changeLines } from "./games-facts.js";
import { placeText } from "./licenses.js";
import type { RenderContext } from "./render-context.js";
import { staffName } from "./staff.js";
import type { View } from "./view.js";

export type AuditRow = AuditEntry & { username: string | null };

/** What the log needs to say what a license was: the Games, and the sports (snapshots name a sport by slug). */
export interface AuditSubjects {
  games: ReadonlyMap<number, Games>;
  sports: readonly Sport[];
}

const MAX_CHANGES = 6;
const VALUE_CHARS = 60;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One changed field: its name ("event") and language where it is one form of a text, before, after (plain text). */
export interface FieldChange {
  field: string;
  lang: Lang | null;
  before: string;
  after: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** A text in several languages ({en, ru, kk}), or a name's forms: compared and shown language by language. */
const isTranslated = (v: unknown): v is Record<string, unknown> =>
  isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => (LANGS as readonly string[]).includes(k));
const isPlace = (v: unknown): v is Place => isObject(v) && "city" in v && "country" in v;

function valueText(lang: Lang, v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "string") return clip(ISO_DATE.test(v) ? formatDate(v, lang) : v, VALUE_CHARS);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (isTranslated(v)) return clip(inLang(v as Translated, lang) ?? "—", VALUE_CHARS);
  if (isPlace(v)) return clip(placeText({ lang }, v) || "—", VALUE_CHARS);
  if (Array.isArray(v)) {
    if (v.length === 0) return "—";
    // A sport's aliases.
    if (v.every((x) => typeof x === "string")) return clip(v.join(", "), VALUE_CHARS);
    // Athletes: their names in the reader's script.
    if (v.every((x) => isObject(x) && isObject(x.name)))
      return clip(v.map((x) => athleteName((x as { name: AthleteName }).name, lang)).join(", "), VALUE_CHARS);
  }
  return clip(JSON.stringify(v), VALUE_CHARS);
}

/** The fields that differ between two snapshots; texts per language ("event", ru); athletes by name. */
export function fieldChanges(lang: Lang, before: unknown, after: unknown): FieldChange[] {
  if (!isObject(before) || !isObject(after)) return [];
  // A name's forms are the snapshot itself ({en, ru, kk}).
  if (isTranslated(before) || isTranslated(after)) return perLanguage(lang, "name", before, after);
  const out: FieldChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = before[key];
    const a = after[key];
    if (same(b, a)) continue;
    if ((isTranslated(b) || b == null) && (isTranslated(a) || a == null)) out.push(...perLanguage(lang, key, b ?? {}, a ?? {}));
    else out.push({ field: key, lang: null, before: valueText(lang, b), after: valueText(lang, a) });
  }
  return out;
}

function perLanguage(lang: Lang, field: string, b: Record<string, unknown>, a: Record<string, unknown>): FieldChange[] {
  return LANGS.filter((l) => !same(b[l], a[l])).map((l) => ({
    field,
    lang: l,
    before: valueText(lang, b[l]),
    after: valueText(lang, a[l]),
  }));
}

/** A value of the log as the reader sees it, a long text cut short. */
const clipped = (v: string | Html) => (typeof v === "string" ? clip(v, VALUE_CHARS) : v);

function fieldLabel(rc: RenderContext, c: FieldChange): string {
  const name = rc.t("audit-field", { field: c.field, code: c.field });
  return c.lang === null ? name : rc.t("audit-field-lang", { field: name, lang: c.lang });
}

/** "boxing, Nurbek Oralbay · Paris 2024": what a license snapshot was, so a removed one is more than its number. */
function licenseLine(rc: RenderContext, snapshot: unknown, subjects: AuditSubjects): Html | null {
  if (!isObject(snapshot)) return null;
  const games = typeof snapshot.gamesId === "number" ? subjects.games.get(snapshot.gamesId) : undefined;
  const sport = games ? subjects.sports.find((s) => s.slug === snapshot.sport && s.kind === games.kind) : undefined;
  const athletes = Array.isArray(snapshot.athletes) ? snapshot.athletes : [];
  const team = isTranslated(snapshot.team) ? inLang(snapshot.team as Translated, rc.lang) : null;
  const who = athletes.length > 0 ? valueText(rc.lang, athletes) : (team ?? rc.t("license-unnamed"));
  return t(rc, "audit-license", {
    sport: sport ? sportNameMid(rc, sport) : typeof snapshot.sport === "string" ? snapshot.sport : "—",
    who,
    games: games ? gamesShortLabel(rc, games) : "—",
  });
}

function entryHtml(rc: RenderContext, e: AuditRow, subjects: AuditSubjects): Html {
  const who = e.actorId === null ? rc.t("audit-system") : staffName({ userId: e.actorId, username: e.username });
  const payload = isObject(e.payload) ? e.payload : {};
  const lines: Html[] = [
    t(rc, "audit-entry", { id: String(e.id), when: formatWhen(e.createdAt, rc.displayTz, rc.now, rc.lang), who }),
    e.entity === "import"
      ? importLine(rc, e.action, payload)
      : t(rc, e.entityId === null ? "audit-what" : "audit-what-id", {
          // In words where the locale names the action ("license.edit" -> "corrected license"), else its code.
          action: rc.t("audit-action", { action: e.action.replace(/[^a-z]+/g, "-"), code: e.action }),
          entityId: e.entityId ?? "",
        }),
  ];
  if (e.entity === "license") {
    // The license as it was (removed, corrected) or as it was recorded.
    const line = licenseLine(rc, payload.before ?? payload.after, subjects);
    if (line) lines.push(line);
  }
  // A change to a Games' facts: which Games, by name, and the fact as /games shows it.
  const games = e.entity === "games" ? subjects.games.get(Number(e.entityId)) : undefined;
  if (games) lines.push(t(rc, "audit-games", { games: gamesShortLabel(rc, games) }));
  const fact = games ? toFactChange(payload) : null;
  // A change to a Games' programme or competition window: which sport, by name.
  if (isTranslated(payload.subject)) lines.push(t(rc, "audit-subject", { subject: inLang(payload.subject as Translated, rc.lang) }));
  if (games && fact) {
    for (const c of changeLines(rc, games, fact))
      lines.push(t(rc, "audit-change", { field: c.field, before: clipped(c.before), after: clipped(c.after) }));
  } else if ("before" in payload && "after" in payload) {
    const changes = fieldChanges(rc.lang, payload.before, payload.after);
    for (const c of changes.slice(0, MAX_CHANGES))
      lines.push(t(rc, "audit-change", { field: fieldLabel(rc, c), before: c.before, after: c.after }));
    if (changes.length > MAX_CHANGES) lines.push(t(rc, "audit-more", { count: changes.length - MAX_CHANGES }));
  }
  return joinHtml(lines, "\n");
}

/** A CSV import (domain/imports/records.ts): its kind and counts, or which import an Undo took back. */
function importLine(rc: RenderContext, action: string, payload: Record<string, unknown>): Html {
  const kind = rc.t("imp-kind", { kind: String(payload.kind ?? "") });
  const counts = isObject(payload.counts) ? payload.counts : {};
  const n = (v: unknown) => (typeof v === "number" ? v : 0);
  if (action === "import.undo") {
    return t(rc, "audit-import-undo", {
      undoes: String(payload.undoes ?? ""),
      kind,
      removed: n(payload.removed),
      restored: n(payload.restored),
    });
  }
  return t(rc, "audit-import", { kind, new: n(counts.new), changed: n(counts.changed) });
}

/** A page of the audit log, newest first. */
export function auditView(rc: RenderContext, entries: readonly AuditRow[], requestedPage: number, subjects: AuditSubjects): View {
  const header = t(rc, "audit-header", { zone: zoneLabel(rc.displayTz, rc.now, rc.lang) });
  if (entries.length === 0) return { text: joinHtml([header, t(rc, "audit-none")], "\n\n") };
  const pages = paginate(
    entries.map((e) => entryHtml(rc, e, subjects)),
    { maxChars: 3500, maxItems: 10 },
  );
  const page = clampPage(requestedPage, pages.length);
  const keyboard = addPager(new InlineKeyboard(), page, pages.length, (p) => auditPageButton.encode({ page: p }));
  return { text: joinHtml([header, ...(pages[page] ?? [])], "\n\n"), keyboard };
}
