import { InputFile } from "grammy";
import type { Document } from "grammy/types";
import { exportCsv, templateCsv } from "../../domain/imports/export.js";
import type { ImportKind } from "../../domain/imports/kind.js";
import { checkImport, MAX_IMPORT_BYTES } from "../../domain/imports/plan.js";
import { applyImport, undoImport } from "../../domain/imports/records.js";
import { IMPORT_KINDS, kindNamed } from "../../domain/imports/registry.js";
import { LANGS } from "../../lib/languages.js";
import { hostDate } from "../../lib/zoned-time.js";
import { staleAnswer } from "../buttons.js";
import {
  exportKindButton,
  importApplyButton,
  importCancelButton,
  importTemplateButton,
  importUndoButton,
} from "../callback-data/imports.js";
import { type BotContext, renderContextOf } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";
import { commandArgument } from "../filters/addressed-to-bot.js";
import { roleOf, staffButton, staffCommand } from "../filters/staff-guard.js";
import { sendView } from "../render/view-messages.js";
import { show } from "../send-view.js";
import { appliedView, checkView, exportCaption, kindPickerView, MAX_IMPORT_MB, templateView, undoneView } from "../views/imports.js";
import { messageView, type View } from "../views/view.js";

/**
 * Importing and exporting data as CSV (staff, private chat): /import sends a kind's template with
 * its columns explained; a CSV file a staff member sends is checked whole and answered with its
 * errors or a preview (a reply to the file); Apply downloads the file again (the preview replies to
 * it), writes it if it still makes the plan previewed, in one transaction, and offers Undo of the
 * whole import. /export sends a kind's data as the same CSV. Nothing of a file is kept between the
 * preview and Apply but the file itself in the chat, so any instance, after any restart, applies it.
 */
export const importsFeature = new FeatureComposer<BotContext>();

const STAFF = { need: "staff" } as const;
const PRIVATE = { ...STAFF, privateOnly: "imp-private-only" } as const;

/** What Telegram says a CSV file is, as clients send it (Excel on Windows calls CSV "application/vnd.ms-excel"). */
const CSV_TYPES = new Set([
  "text/csv",
  "text/plain",
  "text/comma-separated-values",
  "text/x-csv",
  "application/csv",
  "application/vnd.ms-excel",
  "text/tab-separated-values",
]);
const CSV_NAME = /\.(csv|txt|tsv)$/i;
const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|ods|numbers)$/i;
const DOWNLOAD_TIMEOUT_MS = 30_000;

staffCommand(importsFeature, "import", PRIVATE, (ctx) => show(ctx, kindPickerView(renderContextOf(ctx), "import", IMPORT_KINDS)));

staffButton(importsFeature, importTemplateButton, STAFF, async (ctx, data) => {
  const kind = kindNamed(data.kind);
  if (!kind) return staleAnswer(ctx);
  const rc = renderContextOf(ctx);
  await show(ctx, templateView(rc, kind, (await ctx.readModel.current()).catalog.games));
  await ctx.replyWithDocument(new InputFile(templateCsv(kind), `${kind.name}-template.csv`));
});

staffCommand(importsFeature, "export", PRIVATE, async (ctx) => {
  const asked = commandArgument(ctx).trim();
  const kind = asked === "" ? null : kindAsked(ctx, asked);
  if (!kind) return show(ctx, kindPickerView(renderContextOf(ctx), "export", IMPORT_KINDS, asked === "" ? undefined : asked));
  await sendExport(ctx, kind);
});

/** "/export licenses", or the kind's name in any of the three languages ("/export лицензии"). */
function kindAsked(ctx: BotContext, asked: string): ImportKind | null {
  const name = asked.toLocaleLowerCase();
  return (
    kindNamed(name) ??
    IMPORT_KINDS.find((k) => LANGS.some((lang) => ctx.i18n.t(lang, "imp-kind", { kind: k.name }).toLocaleLowerCase() === name)) ??
    null
  );
}

staffButton(importsFeature, exportKindButton, STAFF, async (ctx, data) => {
  const kind = kindNamed(data.kind);
  if (!kind) return staleAnswer(ctx);
  await sendExport(ctx, kind);
});

async function sendExport(ctx: BotContext, kind: ImportKind): Promise<void> {
  const rc = renderContextOf(ctx);
  const file = await exportCsv(ctx.db, kind);
  const day = hostDate(rc.now, rc.displayTz);
  await ctx.replyWithDocument(new InputFile(file.bytes, `${kind.name}-${day}.csv`), {
    caption: exportCaption(rc, kind, file.rows).value,
    parse_mode: "HTML",
  });
}

// A file from staff in the private chat is an import; anyone else's goes on (the fallback's hint).
importsFeature.on("message:document", async (ctx, next) => {
  if (ctx.chat.type !== "private" || (await roleOf(ctx)) === null) return next();
  const document = ctx.message.document;
  const rc = renderContextOf(ctx);
  const answer = (view: View) =>
    sendView(view, (text, options) => ctx.reply(text, options), {
      reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true },
    });
  const refusal = refusalOf(document);
  if (refusal) return answer(messageView(rc, refusal, { size: megabytes(document.file_size ?? 0), max: MAX_IMPORT_MB }));
  const bytes = await download(ctx, document);
  if (!bytes) return answer(messageView(rc, "imp-refused-download"));
  const check = await checkImport(ctx.db, bytes, { lang: ctx.lang, now: rc.now });
  ctx.logger.info({ by: ctx.from.id, file: document.file_name, bytes: bytes.length, status: check.status }, "import file checked");
  await answer(checkView(rc, check, fileName(document)));
});

staffButton(importsFeature, importApplyButton, STAFF, async (ctx, data, member) => {
  const message = ctx.callbackQuery?.message;
  const document = message && "reply_to_message" in message ? message.reply_to_message?.document : undefined;
  if (!document) return ctx.i18n.t(ctx.lang, "imp-file-gone");
  const bytes = await download(ctx, document);
  if (!bytes) return ctx.i18n.t(ctx.lang, "imp-refused-download");
  const rc = renderContextOf(ctx);
  const outcome = await applyImport(ctx.readModel, member.id, { bytes, name: fileName(document) }, data.digest, {
    lang: ctx.lang,
    now: rc.now,
  });
  ctx.logger.info({ by: member.id, file: document.file_name, outcome: { ...outcome, check: undefined } }, "import applied");
  // A second press (a double tap): said on the button, the message keeps its Undo.
  if (outcome.status === "already") return ctx.i18n.t(ctx.lang, "imp-applied-already", { audit: String(outcome.auditId) });
  await show(ctx, appliedView(rc, outcome, fileName(document)));
});

staffButton(importsFeature, importCancelButton, STAFF, async (ctx) => {
  await show(ctx, messageView(renderContextOf(ctx), "imp-cancelled"));
});

staffButton(importsFeature, importUndoButton, STAFF, async (ctx, data, member) => {
  const outcome = await undoImport(ctx.readModel, member.id, data.auditId, ctx.clock());
  ctx.logger.info({ by: member.id, auditId: data.auditId, outcome }, "import undo pressed");
  // Undone already (a double tap) or no such import (a forged id): said on the button, the message stays.
  if (outcome.status === "already") return ctx.i18n.t(ctx.lang, "imp-undo-already", { audit: String(data.auditId) });
  if (outcome.status === "unknown") return ctx.i18n.t(ctx.lang, "imp-undo-unknown");
  await show(ctx, undoneView(renderContextOf(ctx), outcome, data.auditId));
});

/** Why a document is not even downloaded: not a CSV file, a workbook, or too large. */
function refusalOf(document: Document): string | null {
  const name = document.file_name ?? "";
  if (WORKBOOK_NAME.test(name)) return "imp-refused-workbook";
  if (!CSV_NAME.test(name) && !CSV_TYPES.has(document.mime_type ?? "")) return "imp-refused-type";
  if ((document.file_size ?? 0) > MAX_IMPORT_BYTES) return "imp-refused-big";
  return null;
}

/** The file's bytes from Telegram; null when it cannot be had (or is larger than it said). */
async function download(ctx: BotContext, document: Document): Promise<Uint8Array | null> {
  try {
    const file = await ctx.api.getFile(document.file_id);
    if (!file.file_path) return null;
    const root = ctx.api.options?.apiRoot ?? "https://api.telegram.org";
    const response = await fetch(`${root}/file/bot${ctx.api.token}/${file.file_path}`, {
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
    if (!response.ok) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length <= MAX_IMPORT_BYTES ? bytes : null;
  } catch (err) {
    ctx.logger.warn({ err, file: document.file_name }, "could not download an import file");
    return null;
  }
}

const fileName = (document: Document) => document.file_name ?? "file.csv";
const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
