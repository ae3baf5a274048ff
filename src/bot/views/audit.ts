// /audit (owners): the latest changes from the audit log, who made them, when (in the display zone,
// named), and for a correction the fields it changed, before → after. Paged under one message.
import { InlineKeyboard } from "grammy";
import { athleteName } from "../../domain/athletes.js";
import type { AuditEntry } from "../../domain/license-records.js";
import type { AthleteName } from "../../domain/types.js";
import { auditPageButton } from "../callback-data/license-corrections.js";
import { t } from "../i18n.js";
import { addPager } from "../keyboards/pager.js";
import { formatDateIn, formatTime, zoneLabel } from "../render/format.js";
import { clip, type Html, joinHtml } from "../render/html.js";
import { clampPage, paginate } from "../render/paginate.js";
import type { RenderContext } from "./render-context.js";
import { staffName } from "./staff.js";
import type { View } from "./view.js";

export type AuditRow = AuditEntry & { username: string | null };

const MAX_CHANGES = 6;
const VALUE_CHARS = 60;

/** One changed field: "event.ru", before, after (plain text). */
export interface FieldChange {
  path: string;
  before: string;
  after: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function valueText(lang: RenderContext["lang"], v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "string") return clip(v, VALUE_CHARS);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return "—";
    // Athletes: their names in the reader's script.
    if (v.every((x) => isObject(x) && isObject(x.name)))
      return clip(v.map((x) => athleteName((x as { name: AthleteName }).name, lang)).join(", "), VALUE_CHARS);
  }
  return clip(JSON.stringify(v), VALUE_CHARS);
}

/** The fields that differ between two snapshots, texts per language ("event.ru"); athletes by name. */
export function fieldChanges(lang: RenderContext["lang"], before: unknown, after: unknown): FieldChange[] {
  if (!isObject(before) || !isObject(after)) return [];
  const out: FieldChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = before[key];
    const a = after[key];
    if (same(b, a)) continue;
    if ((isObject(b) || b == null) && (isObject(a) || a == null) && (isObject(b) || isObject(a))) {
      const bo = isObject(b) ? b : {};
      const ao = isObject(a) ? a : {};
      for (const sub of new Set([...Object.keys(bo), ...Object.keys(ao)])) {
        if (!same(bo[sub], ao[sub])) out.push({ path: `${key}.${sub}`, before: valueText(lang, bo[sub]), after: valueText(lang, ao[sub]) });
      }
    } else out.push({ path: key, before: valueText(lang, b), after: valueText(lang, a) });
  }
  return out;
}

function entryHtml(rc: RenderContext, e: AuditRow): Html {
  const when = `${formatDateIn(e.createdAt, rc.displayTz, rc.lang)}, ${formatTime(e.createdAt, rc.displayTz, rc.lang)}`;
  const who = e.actorId === null ? rc.t("audit-system") : staffName({ userId: e.actorId, username: e.username });
  const lines: Html[] = [
    t(rc, "audit-entry", { id: String(e.id), when, who }),
    t(rc, e.entityId === null ? "audit-what" : "audit-what-id", {
      // In words where the locale names the action ("license.edit" -> "corrected license"), else its code.
      action: rc.t("audit-action", { action: e.action.replace(/[^a-z]+/g, "-"), code: e.action }),
      entityId: e.entityId ?? "",
    }),
  ];
  const payload = isObject(e.payload) ? e.payload : {};
  if ("before" in payload && "after" in payload) {
    const changes = fieldChanges(rc.lang, payload.before, payload.after);
    for (const c of changes.slice(0, MAX_CHANGES)) lines.push(t(rc, "audit-change", { field: c.path, before: c.before, after: c.after }));
    if (changes.length > MAX_CHANGES) lines.push(t(rc, "audit-more", { count: changes.length - MAX_CHANGES }));
  }
  return joinHtml(lines, "\n");
}

/** A page of the audit log, newest first. */
export function auditView(rc: RenderContext, entries: readonly AuditRow[], requestedPage: number): View {
  const header = t(rc, "audit-header", { zone: zoneLabel(rc.displayTz, rc.now) });
  if (entries.length === 0) return { text: joinHtml([header, t(rc, "audit-none")], "\n\n") };
  const pages = paginate(
    entries.map((e) => entryHtml(rc, e)),
    { maxChars: 3500, maxItems: 10 },
  );
  const page = clampPage(requestedPage, pages.length);
  const keyboard = addPager(new InlineKeyboard(), page, pages.length, (p) => auditPageButton.encode({ page: p }));
  return { text: joinHtml([header, ...(pages[page] ?? [])], "\n\n"), keyboard };
}
