// CSV files as spreadsheets write and read them, through the csv project's parser and writer
// (csv-parse, csv-stringify): RFC 4180 quoting, errors that name the line. What is ours is around
// them: the bytes must be UTF-8 (a BOM is fine), the delimiter is the one the header row uses (a
// spreadsheet set to Russian saves ";"), and cells a spreadsheet would run as a formula are
// neutralised on the way out and restored on the way in.
import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** Why a file could not be read as CSV at all. */
export type CsvProblem =
  /** A spreadsheet workbook (xlsx, ods, xls) rather than its CSV export. */
  | { problem: "workbook" }
  /** Bytes that are not text (NUL bytes: a binary file, or UTF-16). */
  | { problem: "binary" }
  /** Text in another encoding than UTF-8 (Windows-1251, say). */
  | { problem: "encoding" }
  | { problem: "empty" }
  /** A quote that is never closed, or text after a closing quote, from `line` on. */
  | { problem: "quoting"; line: number }
  /** More data rows than `max`. */
  | { problem: "rows"; max: number };

/** A data row: its cells as written, and the line of the file it starts on (the header is line 1). */
export interface CsvRow {
  line: number;
  cells: string[];
}

export type CsvRead = { ok: true; header: string[]; rows: CsvRow[] } | ({ ok: false } & CsvProblem);

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // xlsx and ods are zip files
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // the old xls
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The file's header and data rows. Rows whose every cell is blank (a spreadsheet's trailing
 * ",,,," lines) are left out; a row may have another number of cells than the header (the caller
 * says which line). At most `maxRows` data rows.
 */
export function readCsv(bytes: Uint8Array, maxRows: number): CsvRead {
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return { ok: false, problem: "workbook" };
  if (bytes.includes(0)) return { ok: false, problem: "binary" };
  let text: string;
  try {
    // fatal: a byte that is not UTF-8 is an error, not a silent U+FFFD; the BOM is dropped. Line
    // ends become "\n" (in quoted cells too), so that lines are counted alike whatever wrote the file.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/\r\n?/g, "\n");
  } catch {
    return { ok: false, problem: "encoding" };
  }
  if (text.trim() === "") return { ok: false, problem: "empty" };
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  // Where the last whole record ended: a quote never closed is reported at the end of the file,
  // but the cell it opens starts on the line after that record.
  let lastLine = 0;
  try {
    // With `info` and `raw` every record comes as { record, info, raw } (the types know only arrays).
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      // The header and at most maxRows rows, and one more to tell that there are more.
      to: maxRows + 2,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = error.code === "CSV_QUOTE_NOT_CLOSED" || typeof error.lines !== "number" ? lastLine + 1 : error.lines;
    return { ok: false, problem: "quoting", line };
  }
  const [head, ...data] = records.filter((r) => r.record.some((cell) => cell.trim() !== ""));
  if (!head) return { ok: false, problem: "empty" };
  if (data.length > maxRows) return { ok: false, problem: "rows", max: maxRows };
  return { ok: true, header: head.record, rows: data.map((r) => ({ line: firstLine(r.info.lines, r.raw), cells: r.record })) };
}

/**
 * The line a record starts on: the parser counts lines to its end, and its raw text holds the
 * line breaks inside quoted cells (and the empty lines skipped before it).
 */
function firstLine(lastLine: number, raw: string): number {
  const record = raw.replace(/^\n+/, "").replace(/\n$/, "");
  return lastLine - (record.match(/\n/g)?.length ?? 0);
}

/** ",", ";" or a tab: whichever the first line has most of outside quotes (a comma when none). */
function delimiterOf(text: string): string {
  const counts = new Map([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** What spreadsheets run as a formula when a cell starts with it (OWASP's list). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell made safe to open in a spreadsheet: one that would start a formula gets a leading "'". */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The reverse of neutralise: one leading "'" before a formula start is dropped. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/**
 * A CSV file as spreadsheets open it best: UTF-8 with a BOM (Excel reads Cyrillic right only
 * then), CRLF line ends, quotes only where needed, every cell neutralised.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  const text = stringify([header, ...rows.map((row) => row.map(neutralise))], { bom: true, record_delimiter: "windows" });
  return Buffer.from(text, "utf8");
}
