import { describe, expect, it } from "vitest";
import { EntityParseError, parseHtml } from "../../local-api/html-entities.js";

const parseError = (html: string): string => {
  try {
    parseHtml(html);
  } catch (error) {
    if (error instanceof EntityParseError) return error.message;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(html)} to fail`);
};

describe("Telegram HTML parse_mode", () => {
  it("maps every supported tag to its entity", () => {
    const { text, entities } = parseHtml(
      "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>" +
        '<tg-spoiler>p</tg-spoiler><span class="tg-spoiler">q</span><code>c</code><pre>r</pre><blockquote>x</blockquote>' +
        '<blockquote expandable>y</blockquote><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    );
    expect(text).toBe("bsieunskdpqcrxy👍");
    expect(entities.map((e) => e.type)).toEqual([
      "bold",
      "bold",
      "italic",
      "italic",
      "underline",
      "underline",
      "strikethrough",
      "strikethrough",
      "strikethrough",
      "spoiler",
      "spoiler",
      "code",
      "pre",
      "blockquote",
      "expandable_blockquote",
      "custom_emoji",
    ]);
    expect(entities.at(-1)).toEqual({ type: "custom_emoji", offset: 15, length: 2, custom_emoji_id: "5368324170671202286" });
  });

  it("decodes the four named entities and numeric references, leaving others verbatim", () => {
    expect(parseHtml("&lt;b&gt; &amp; &quot;x&quot; &#65;&#x42; &nbsp; &copy; a & b").text).toBe('<b> & "x" AB &nbsp; &copy; a & b');
  });

  it("counts offsets in UTF-16 code units (emoji are two)", () => {
    const { text, entities } = parseHtml("🥊 <b>Boxing 🥇</b> <i>x</i>");
    expect(text).toBe("🥊 Boxing 🥇 x");
    expect(entities).toEqual([
      { type: "bold", offset: 3, length: 9 },
      { type: "italic", offset: 13, length: 1 },
    ]);
  });

  it("nests, and sorts entities by offset then length", () => {
    expect(parseHtml("<b>a <i>b</i></b>").entities).toEqual([
      { type: "bold", offset: 0, length: 3 },
      { type: "italic", offset: 2, length: 1 },
    ]);
  });

  it("turns links into text_link entities, normalising the URL, and drops invalid ones", () => {
    expect(parseHtml('<a href="https://olympics.com/paris">Paris</a>').entities).toEqual([
      { type: "text_link", offset: 0, length: 5, url: "https://olympics.com/paris" },
    ]);
    expect(parseHtml("<a href='example.org'>x</a>").entities[0]).toMatchObject({ url: "http://example.org/" });
    expect(parseHtml('<a href="javascript:alert(1)">x</a>').entities).toEqual([]);
  });

  it("resolves tg://user links through the lookup, dropping unknown users", () => {
    const user = { id: 7, is_bot: false, first_name: "Aru" };
    const found = parseHtml('<a href="tg://user?id=7">Aru</a>', { findUser: (id) => (id === 7 ? user : undefined) });
    expect(found.entities).toEqual([{ type: "text_mention", offset: 0, length: 3, user }]);
    expect(parseHtml('<a href="tg://user?id=8">x</a>').entities).toEqual([]);
  });

  it("keeps a language only for code inside pre", () => {
    expect(parseHtml('<pre><code class="language-ts">let x</code></pre>').entities).toEqual([
      { type: "pre", offset: 0, length: 5, language: "ts" },
    ]);
    expect(parseHtml('<code class="language-ts">x</code>').entities).toEqual([{ type: "code", offset: 0, length: 1 }]);
  });

  it("drops empty entities and accepts attribute quoting styles and upper-case tags", () => {
    expect(parseHtml("a<b></b>c").entities).toEqual([]);
    expect(parseHtml("<B>x</B > <a href=T.me>y</a>").entities[1]).toMatchObject({ url: "http://t.me/" });
    // An unquoted value must be a name token, as in SGML.
    expect(parseError("<a href=https://t.me>y</a>")).toBe("Unexpected end of name token at byte offset 8");
  });

  it("reports Telegram's errors with UTF-8 byte offsets", () => {
    expect(parseError("<b><i>test</b></i>")).toBe('Unmatched end tag at byte offset 10, expected "</i>", found "</b>"');
    expect(parseError("🏟 🏟&lt;<i>a</em   >")).toBe('Unmatched end tag at byte offset 17, expected "</i>", found "</em>"');
    expect(parseError("<b>unclosed")).toBe('Can\'t find end tag corresponding to start tag "b"');
    expect(parseError("<script>alert(1)</script>")).toBe('Unsupported start tag "script" at byte offset 0');
    expect(parseError("x < y")).toBe('Unsupported start tag "" at byte offset 2');
    expect(parseError("a</b>")).toBe("Unexpected end tag at byte offset 1");
    expect(parseError("<b")).toBe("Unclosed start tag at byte offset 0");
    expect(parseError("<b>x</b")).toBe("Unclosed end tag at byte offset 4");
    expect(parseError('<span class="x">s</span>')).toBe('Tag "span" must have class "tg-spoiler" at byte offset 0');
    expect(parseError('<a href="x" title>y</a>')).toBe(
      'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0',
    );
    expect(parseError("<a href=x!>y</a>")).toBe("Unexpected end of name token at byte offset 8");
    expect(parseError('<tg-emoji emoji-id="9999999999999999999">x</tg-emoji>')).toBe("Invalid custom emoji identifier specified");
  });
});
