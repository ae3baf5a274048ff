import { describe, expect, it } from "vitest";
import { clip, escapeHtml, html, joinHtml, raw } from "../../../src/bot/render/html.js";
import { clampPage, paginate } from "../../../src/bot/render/paginate.js";
import { MAX_MESSAGE_LENGTH, splitMessage } from "../../../src/bot/render/split-message.js";

/** Tags must nest and close within each part, and no entity may be cut in half. */
function assertWellFormed(part: string): void {
  const stack: string[] = [];
  for (const m of part.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]!);
  }
  expect(stack).toEqual([]);
  expect(part.replace(/&(amp|lt|gt|quot|#\d+);/g, "")).not.toMatch(/&/);
}

describe("html template", () => {
  it("escapes every interpolated string", () => {
    const user = `<b>x</b> & "q" 'a'`;
    expect(html`<i>${user}</i>`.value).toBe("<i>&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; 'a'</i>");
  });

  it("keeps Html fragments and raw() as they are, and does not double-escape", () => {
    const inner = html`<b>${"a&b"}</b>`;
    expect(html`${inner} ${raw("<i>ok</i>")}`.value).toBe("<b>a&amp;b</b> <i>ok</i>");
  });

  it("renders numbers, arrays, null and undefined", () => {
    expect(html`${1}-${[html`<b>${"<"}</b>`, ">"]}-${null}-${undefined}`.value).toBe("1-<b>&lt;</b>&gt;--");
  });

  it("leaves SQL-looking text and emoji alone except for HTML characters", () => {
    expect(html`${"'; DROP TABLE chats; --"}`.value).toBe("'; DROP TABLE chats; --");
    expect(html`${"🥊🇰🇿"}`.value).toBe("🥊🇰🇿");
    expect(escapeHtml('a<b>c&d"')).toBe("a&lt;b&gt;c&amp;d&quot;");
  });

  it("joins fragments, skipping null and undefined but keeping blank lines", () => {
    expect(joinHtml([html`a`, "", html`<b>b</b>`, null, undefined], "\n").value).toBe("a\n\n<b>b</b>");
  });
});

describe("clip", () => {
  it("shortens long text by characters, not UTF-16 units, and collapses whitespace", () => {
    expect(clip("a".repeat(5000), 10)).toBe(`${"a".repeat(9)}…`);
    expect(clip("🥊".repeat(20), 5)).toBe("🥊🥊🥊🥊…");
    expect(clip("  box \n ing ", 40)).toBe("box ing");
  });

  it("makes the text safe to quote before shortening it: no bidi controls, no lone surrogates", () => {
    expect(clip("\u202Eoxob\u202C", 40)).toBe("oxob");
    expect(clip(`${"\u202E".repeat(100)}boxing`, 10)).toBe("boxing");
    expect(clip("a \u2066 b\uD800", 40)).toBe("a b\uFFFD");
  });
});

describe("splitMessage", () => {
  it("returns short messages unchanged", () => {
    expect(splitMessage(html`<b>hi</b>`).map(String)).toEqual(["<b>hi</b>"]);
  });

  it("cuts long text at line breaks into parts within the limit", () => {
    const lines = Array.from({ length: 400 }, (_, i) => `line ${i} ${"x".repeat(20)}`);
    const parts = splitMessage(lines.join("\n"));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.value.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(parts.map((p) => p.value).join("\n")).toBe(lines.join("\n"));
  });

  it("closes and reopens tags across a cut, never cutting an entity or surrogate pair", () => {
    const body = `<b>${"&amp;🥊a".repeat(3000)}</b>`;
    const parts = splitMessage(body, 1000);
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) {
      expect(p.value.length).toBeLessThanOrEqual(1000);
      expect(p.value.startsWith("<b>")).toBe(true);
      assertWellFormed(p.value);
      expect(p.value).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    const text = parts.map((p) => p.value.replace(/<\/?b>/g, "")).join("");
    expect(text).toBe("&amp;🥊a".repeat(3000));
  });

  it("handles nested tags and links", () => {
    const body = Array.from(
      { length: 300 },
      (_, i) => `<b>${i} <i>${"y".repeat(30)}</i> <a href="https://e.x/?a=1&amp;b=2">l</a></b>`,
    ).join("\n");
    const parts = splitMessage(body, 500);
    for (const p of parts) {
      expect(p.value.length).toBeLessThanOrEqual(500);
      assertWellFormed(p.value);
    }
  });
});

describe("paginate", () => {
  const items = Array.from({ length: 23 }, (_, i) => html`<b>${i}</b> ${"z".repeat(100)}`);

  it("puts at most maxItems entries on a page and keeps entries whole", () => {
    const pages = paginate(items, { maxItems: 10 });
    expect(pages.map((p) => p.length)).toEqual([10, 10, 3]);
    expect(pages.flat()).toEqual(items);
  });

  it("respects the character budget", () => {
    const pages = paginate(items, { maxItems: 100, maxChars: 500 });
    for (const page of pages) expect(page.reduce((n, i) => n + i.value.length + 2, 0)).toBeLessThanOrEqual(500);
    expect(pages.flat()).toHaveLength(23);
  });

  it("gives one empty page for an empty list, and splits a single oversized entry", () => {
    expect(paginate([])).toEqual([[]]);
    const pages = paginate([html`${"w".repeat(9000)}`], { maxChars: 3500 });
    expect(pages.flat().length).toBe(3);
  });

  it("clamps stale or forged page numbers", () => {
    expect(clampPage(7, 3)).toBe(2);
    expect(clampPage(-1, 3)).toBe(0);
    expect(clampPage(Number.NaN, 3)).toBe(0);
    expect(clampPage(5, 0)).toBe(0);
  });
});
