// `_shape`, the one scan that tells a plain paragraph's two needs (white
// space to collapse, quotation marks to mark), against the three tests it
// stands for: the white-space pattern and the quotation-mark class.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _shape } from "../../src/import/_xml-html.js";

/** What collapsing white space changes (the pattern `_uneven` replaced). */
const UNEVEN = /[^\S ]|\u200b| {2}|^ | $/;
/** The quotation marks `_findQuotes` reads. */
const QUOTE = /["\u00ab\u00bb\u2039\u203a\u201c\u201d]/;

function _expected(text: string): number {
  return (UNEVEN.test(text) ? 1 : 0) | (QUOTE.test(text) ? 2 : 0);
}

const piece = fc.constantFrom(
  "a",
  "word",
  " ",
  "  ",
  "\t",
  "\n",
  "\r",
  "\f",
  "\v",
  "\u00a0",
  "\u1680",
  "\u2003",
  "\u200b",
  "\u2028",
  "\u202f",
  "\u3000",
  "\ufeff",
  '"',
  "«",
  "»",
  "‹",
  "›",
  "“",
  "”",
  "„",
  "'",
  "日本",
  "🐦",
);

describe("_shape", () => {
  it("finds uneven white space and quotation marks as the two patterns do (fast-check, 3 000 runs)", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join("");
        expect(_shape(text)).toBe(_expected(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("looks for the other need after the first one found, for every UTF-16 code unit", () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      for (const text of [
        char,
        `a${char}b`,
        `"${char}b`,
        `a"${char}`,
        `${char}"b`,
        `a\t${char}`,
        `a${char}\tb`,
        `a ${char} b`,
        `«a»${char} `,
        `a  b${char}`,
      ]) {
        if (_shape(text) !== _expected(text)) differ.push(JSON.stringify(text));
      }
    }
    expect(differ).toEqual([]);
  });

  it("reads each need alone and both", () => {
    expect(_shape("")).toBe(0);
    expect(_shape("a b")).toBe(0);
    expect(_shape("a  b")).toBe(1);
    expect(_shape(" a")).toBe(1);
    expect(_shape('a "b"')).toBe(2);
    expect(_shape('a "b"\n')).toBe(3);
    expect(_shape('" a  b')).toBe(3);
    expect(_shape("a\u00a0«b»")).toBe(3);
  });
});
