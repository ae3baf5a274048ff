/**
 * The one place where text becomes Telegram HTML. Everything interpolated into `html` is
 * escaped unless it is already an `Html` fragment, so a value from a user or the database can
 * never turn into markup.
 */

import { echoSafe } from "../../lib/echo-text.js";

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** Marks an already-rendered fragment (e.g. a Fluent message, which is trusted markup) as HTML. */
export function raw(fragment: string): Html {
  return new Html(fragment);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]) + (strings[i + 1] ?? "");
  }
  return new Html(out);
}

/** Joins fragments; null and undefined are left out (an empty fragment still takes its place, e.g. a blank line). */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ""): Html {
  const sep = render(separator);
  return new Html(
    parts
      .filter((p) => p !== null && p !== undefined)
      .map(render)
      .join(sep),
  );
}

/**
 * Shortens untrusted text before it is echoed back (e.g. a 5,000-character query), after making
 * it safe to quote (echoSafe: no bidi controls to flip the sentence around it).
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(echoSafe(text).replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}
