// The kinds of data staff import and export as CSV, one module each: another kind is one more
// module and one more line here, plus its texts in the locale files.
import type { ImportKind } from "./kind.js";
import { licensesKind } from "./kinds/licenses.js";
import { qualifiersKind } from "./kinds/qualifiers.js";
import { resultsKind } from "./kinds/results.js";
import { windowsKind } from "./kinds/windows.js";

export const IMPORT_KINDS: readonly ImportKind[] = [qualifiersKind, windowsKind, licensesKind, resultsKind];

export function kindNamed(name: string): ImportKind | null {
  return IMPORT_KINDS.find((k) => k.name === name) ?? null;
}

/** What a file's header says: the kind whose columns it has (any order), or the nearest one and what differs. */
export interface HeaderMatch {
  /** The kind the header is, or is nearest to; null when it shares no more than half of any kind's columns. */
  kind: ImportKind | null;
  missing: string[];
  unknown: string[];
  repeated: string[];
}

export function matchHeader(header: readonly string[]): HeaderMatch {
  const names = header.map((h) => h.trim().toLowerCase());
  const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  const ranked = IMPORT_KINDS.map((kind) => ({
    kind,
    missing: kind.columns.filter((c) => !names.includes(c) && !kind.optional?.includes(c)),
    unknown: [...new Set(names.filter((n) => !kind.columns.includes(n)))],
  })).sort((a, b) => a.missing.length + a.unknown.length - (b.missing.length + b.unknown.length));
  const best = ranked[0];
  if (!best || best.missing.length > best.kind.columns.length / 2) return { kind: null, missing: [], unknown: [], repeated };
  return { ...best, repeated };
}
