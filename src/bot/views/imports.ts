// /import and /export (staff): the choice of a kind, a template's columns explained, a file's
// errors (line, column, what is wrong, in the reader's language), the preview of what it would
// change, and what Apply and Undo did. Column names and the values staff wrote are quoted as they
// are in the file: they are what staff look for in their spreadsheet.
import { InlineKeyboard } from "grammy";
import { athleteName } from "../../domain/athletes.js";
import type { ImportError } from "../../domain/imports/cells.js";
import type { ImportKind, RowSummary } from "../../domain/imports/kind.js";
import { type ImportCheck, type ImportPlan, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type PlanRow } from "../../domain/imports/plan.js";
import type { ApplyOutcome, UndoOutcome } from "../../domain/imports/records.js";
import type { Games } from "../../domain/types.js";
import { inLang } from "../../lib/languages.js";
import {
  exportKindButton,
  importApplyButton,
  importCancelButton,
  importTemplateButton,
  importUndoButton,
} from "../callback-data/imports.js";
import { t } from "../i18n.js";
import { formatDateRange } from "../render/format.js";
import { clip, type Html, html, joinHtml } from "../render/html.js";
import { MAX_MESSAGE_LENGTH } from "../render/split-message.js";
import { gamesShortLabel, sportName } from "./games.js";
import type { RenderContext } from "./render-context.js";
import type { View } from "./view.js";

/** Errors listed at most, and rows of the preview. */
const MAX_ERRORS = 40;
const PREVIEW_ROWS = 10;
const MAX_NEW_NAMES = 10;
const VALUE_CHARS = 60;
/** Room left under Telegram's 4,096 characters for the last line ("…and 12 more errors"). */
const TEXT_BUDGET = MAX_MESSAGE_LENGTH - 200;
const MEDAL_ICON = { gold: "🥇", silver: "🥈", bronze: "🥉" } as const;

export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / (1024 * 1024);

const kindName = (rc: RenderContext, kind: ImportKind) => rc.t("imp-kind", { kind: kind.name });
const columnList = (columns: readonly string[]) =>
  joinHtml(
    columns.map((c) => html`<code>${c}</code>`),
    ", ",
  );

/** /import and /export without a kind (or /export with one it does not know, `unknown`): one button per kind. */
export function kindPickerView(rc: RenderContext, purpose: "import" | "export", kinds: readonly ImportKind[], unknown?: string): View {
  const keyboard = new InlineKeyboard();
  for (const kind of kinds) {
    const data = purpose === "import" ? importTemplateButton.encode({ kind: kind.name }) : exportKindButton.encode({ kind: kind.name });
    keyboard.text(kindName(rc, kind), data).row();
  }
  const lead = unknown === undefined ? null : t(rc, "exp-unknown", { name: clip(unknown, 40) });
  const text = t(rc, purpose === "import" ? "imp-pick" : "exp-pick", { mb: MAX_IMPORT_MB, rows: MAX_IMPORT_ROWS });
  return { text: joinHtml([lead, text], "\n\n"), keyboard };
}

/** A template's columns, each group explained; the Games are listed as the file names them. */
export function templateView(rc: RenderContext, kind: ImportKind, games: readonly Games[]): View {
  const lines = kind.help.map((h) =>
    t(rc, "imp-help-line", {
      columns: columnList(h.columns),
      text: t(rc, `imp-help-${h.key}`, { list: games.map((g) => g.slug).join(", "), ...h.args }),
    }),
  );
  return {
    text: joinHtml(
      [
        t(rc, "imp-template", { kind: kindName(rc, kind), mb: MAX_IMPORT_MB, rows: MAX_IMPORT_ROWS }),
        joinHtml([t(rc, "imp-template-columns"), ...lines], "\n"),
        t(rc, kind.alerts ? "imp-template-rules-quiet" : "imp-template-rules", { kind: kind.name }),
      ],
      "\n\n",
    ),
  };
}

/** What a file is: unreadable, not a template's header, lines with errors, or the preview of its changes. */
export function checkView(rc: RenderContext, check: ImportCheck, file: string): View {
  switch (check.status) {
    case "unreadable":
      return { text: t(rc, `imp-refused-${check.problem}`, { line: "line" in check ? check.line : 0, max: MAX_IMPORT_ROWS }) };
    case "header":
      return { text: headerText(rc, check) };
    case "invalid":
      return { text: errorsText(rc, check.kind, check.rows, check.errors) };
    case "ready":
      return previewView(rc, check.plan, file);
  }
}

function headerText(rc: RenderContext, check: Extract<ImportCheck, { status: "header" }>): Html {
  if (!check.kind) return t(rc, "imp-header-unknown");
  const lines: Html[] = [t(rc, "imp-header", { kind: kindName(rc, check.kind) })];
  if (check.missing.length > 0) lines.push(t(rc, "imp-header-missing", { columns: columnList(check.missing) }));
  if (check.unknown.length > 0)
    lines.push(t(rc, "imp-header-unknown-columns", { columns: columnList(check.unknown.map((c) => clip(c, 40))) }));
  if (check.repeated.length > 0) lines.push(t(rc, "imp-header-repeated", { columns: columnList(check.repeated) }));
  return joinHtml(lines, "\n");
}

/** Every error up to MAX_ERRORS, within one message, with how many more there are. */
function errorsText(rc: RenderContext, kind: ImportKind, rows: number, errors: readonly ImportError[]): Html {
  const head = t(rc, "imp-invalid", { kind: kindName(rc, kind), count: errors.length, rows });
  const fix = t(rc, "imp-fix");
  const lines: Html[] = [];
  let length = head.value.length + fix.value.length;
  for (const error of errors.slice(0, MAX_ERRORS)) {
    const line = errorLine(rc, error);
    if (length + line.value.length + 1 > TEXT_BUDGET) break;
    lines.push(line);
    length += line.value.length + 1;
  }
  const more = errors.length - lines.length;
  return joinHtml([head, joinHtml([...lines, more > 0 ? t(rc, "imp-errors-more", { count: more }) : null], "\n"), fix], "\n\n");
}

export function errorLine(rc: RenderContext, e: ImportError): Html {
  const args = Object.fromEntries(Object.entries(e.args ?? {}).map(([k, v]) => [k, typeof v === "string" ? clip(v, VALUE_CHARS) : v]));
  const problem = t(rc, `imp-err-${e.problem}`, args);
  return e.column === null
    ? t(rc, "imp-error-row", { line: String(e.line), problem })
    : t(rc, "imp-error", { line: String(e.line), column: html`<code>${clip(e.column, 40)}</code>`, problem });
}

function previewView(rc: RenderContext, plan: ImportPlan, file: string): View {
  const { kind, counts } = plan;
  const changes = plan.rows.filter((r) => r.op !== "unchanged");
  const lines: (Html | null)[] = [
    t(rc, "imp-preview", { kind: kindName(rc, kind), file: clip(file, 60), rows: plan.rows.length }),
    t(rc, "imp-preview-counts", counts),
  ];
  if (plan.newAthletes.length > 0) {
    const names = plan.newAthletes.slice(0, MAX_NEW_NAMES).map((a) => athleteName(a.name, rc.lang));
    const more = plan.newAthletes.length - names.length;
    lines.push(t(rc, "imp-preview-athletes", { count: plan.newAthletes.length, names: names.join(", "), more }));
  }
  if (changes.length === 0) return { text: joinHtml([...lines, t(rc, "imp-preview-nothing")], "\n\n") };
  if (kind.alerts) lines.push(t(rc, "imp-preview-quiet", { kind: kind.name }));
  const shown = changes.slice(0, PREVIEW_ROWS).map((r) => rowLine(rc, plan, r));
  lines.push(joinHtml([t(rc, "imp-preview-rows"), ...shown], "\n"));
  const keyboard = new InlineKeyboard()
    .text(rc.t("imp-apply"), importApplyButton.encode({ digest: plan.digest }))
    .text(rc.t("imp-cancel"), importCancelButton.encode({}));
  return { text: joinHtml(lines, "\n\n"), keyboard };
}

function rowLine(rc: RenderContext, plan: ImportPlan, r: PlanRow): Html {
  const what = summaryText(rc, plan.kind.summary(r.fields, plan.lookup));
  // Line numbers as the spreadsheet shows them ("1234", not "1,234").
  const line = String(r.line);
  if (r.op === "new") return t(rc, "imp-preview-row-new", { line, what });
  return t(rc, "imp-preview-row-changed", { line, id: String(r.id), what, columns: columnList(r.changed) });
}

/**
 * "Boxing · Nurbek Oralbay · Paris 2024", "🥇 Judo · …", "Archery: 25 July – 4 August · Paris 2024",
 * "Shooting · ISSF World Championships: 2–14 November · Los Angeles 2028".
 */
function summaryText(rc: RenderContext, s: RowSummary): string {
  const games = gamesShortLabel(rc, s.games);
  const sport = sportName(rc, s.sport);
  if (s.days) {
    const what = s.text ? `${sport} · ${inLang(s.text, rc.lang)}` : sport;
    return clip(`${what}: ${formatDateRange(s.days.first, s.days.last, rc.lang)} · ${games}`, 120);
  }
  const who = s.athletes.length > 0 ? s.athletes.map((a) => athleteName(a, rc.lang)).join(", ") : s.text ? inLang(s.text, rc.lang) : "—";
  return clip(`${s.medal ? `${MEDAL_ICON[s.medal]} ` : ""}${sport} · ${who} · ${games}`, 120);
}

/** After Apply: what was written (with Undo), or the preview as it is now. */
export function appliedView(rc: RenderContext, outcome: Exclude<ApplyOutcome, { status: "already" }>, file: string): View {
  if (outcome.status === "changed") {
    const now = checkView(rc, outcome.check, file);
    return { ...now, text: joinHtml([t(rc, "imp-stale"), now.text], "\n\n") };
  }
  return {
    text: t(rc, "imp-applied", {
      kind: rc.t("imp-kind", { kind: outcome.kind }),
      new: outcome.counts.new,
      changed: outcome.counts.changed,
      athletes: outcome.athletes,
      audit: String(outcome.auditId),
    }),
    keyboard: new InlineKeyboard().text(rc.t("imp-undo"), importUndoButton.encode({ auditId: outcome.auditId })),
  };
}

/** After Undo: what it put back, or the rows changed since that stop it. */
export function undoneView(rc: RenderContext, outcome: Extract<UndoOutcome, { status: "undone" | "conflict" }>, auditId: number): View {
  switch (outcome.status) {
    case "undone":
      return { text: t(rc, "imp-undone", { removed: outcome.removed, restored: outcome.restored, audit: String(auditId) }) };
    case "conflict": {
      const lines = outcome.lines.slice(0, 20).join(", ") + (outcome.lines.length > 20 ? "…" : "");
      return {
        text: t(rc, "imp-undo-conflict", { count: outcome.lines.length, lines }),
        keyboard: new InlineKeyboard().text(rc.t("imp-undo"), importUndoButton.encode({ auditId })),
      };
    }
  }
}

/** The caption of an exported file. */
export function exportCaption(rc: RenderContext, kind: ImportKind, rows: number): Html {
  return t(rc, "exp-caption", { kind: kindName(rc, kind), rows });
}
