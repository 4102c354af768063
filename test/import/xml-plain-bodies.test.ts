// Plain bodies (text alone, or `<p>` paragraphs of text with white space
// between), which the XML importers read without any tree: the same blocks
// as through parse5, white space of every kind included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _htmlBlocks, _uneven } from "../../src/import/_xml-html.js";

const piece = fc.constantFrom(
  "word",
  "Mot",
  " ",
  "  ",
  "\n",
  "\t",
  "\r",
  "\f",
  "\v",
  "\u00a0",
  "\u1680",
  "\u2003",
  "\u200a",
  "\u200b",
  "\u2028",
  "\u202f",
  "\u3000",
  "\ufeff",
  "«",
  "»",
  '"',
  "“",
  "”",
  "日本",
  "🐦",
  ">",
  // What the fast path must turn down (parse5 reads it):
  "&amp;",
  "&",
  "<b>b</b>",
  "<br>",
  "<",
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
const gap = fc.array(fc.constantFrom("", " ", "\n", "\t", "\u00a0", "\u2028", "x"), {
  maxLength: 3,
});

/** Mostly `<p>`…`</p>`; sometimes what is not the plain shape. */
const open = fc.constantFrom("<p>", "<p>", "<p>", "<p>", "<P>", "<p >", '<p class="c">');
const close = fc.constantFrom("</p>", "</p>", "</p>", "</p>", "", "</P>", "</p >");

describe("plain bodies", () => {
  it("give what parse5 gives: text alone, and `<p>` paragraphs (fast-check, 500 runs)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc
            .array(fc.tuple(gap, text, open, close), { minLength: 1, maxLength: 4 })
            .chain((paragraphs) =>
              gap.map(
                (end) =>
                  `${paragraphs.map(([before, inner, open, close]) => `${before.join("")}${open}${inner}${close}`).join("")}${end.join("")}`,
              ),
            ),
        ),
        fc.boolean(),
        (html, headings) => {
          const fast = _htmlBlocks(html, { base: undefined, headings, fast: true });
          const slow = _htmlBlocks(html, { base: undefined, headings, fast: false });
          expect(fast).toEqual(slow);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("collapse white space and keep quotation marks as marks", () => {
    expect(
      _htmlBlocks("\n<p>  a\u00a0 b\t</p>\n<p></p><p>« quoted »</p>", {
        base: undefined,
        headings: false,
      }).items,
    ).toEqual([
      { type: "paragraph", text: "a b" },
      {
        type: "paragraph",
        text: "« quoted »",
        marks: [{ type: "quote", start: 2, end: 8 }],
      },
    ]);
  });

  it("find uneven white space as `/[^\\S ]|\\u200b| {2}|^ | $/` does, for every UTF-16 code unit", () => {
    const pattern = /[^\S ]|\u200b| {2}|^ | $/;
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      for (const text of [char, `a${char}b`, `a ${char}`, `${char} b`, `a${char}`]) {
        if (_uneven(text) !== pattern.test(text)) differ.push(code);
      }
    }
    expect(differ).toEqual([]);
    expect(_uneven("a  b")).toBe(true);
    expect(_uneven("a b")).toBe(false);
  });
});
