// The HTML bodies of the XML importers: the fast path (plain text, plain
// `<p>` paragraphs: no parser) makes what the one HTML → blocks mapping
// makes through parse5; and the rule ids in code are the ones documented.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _htmlBlocks } from "../../src/import/_xml-html.js";
import { DISQUS_RULE_IDS, WXR_RULE_IDS } from "../../src/import.js";
import { documentedIds } from "./_roundtrip.js";

const piece = fc.constantFrom(
  "word",
  "Mot",
  " ",
  "  ",
  "\n",
  "\t",
  "\u00a0",
  "\u200b",
  "\u2003",
  "«",
  "»",
  "“",
  "”",
  '"',
  "'",
  "日本",
  "🐦",
  ".",
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
const body = fc.oneof(
  text,
  fc
    .array(fc.tuple(text, fc.constantFrom("", " ", "\n")), { minLength: 1, maxLength: 4 })
    .map((paragraphs) => paragraphs.map(([inner, gap]) => `<p>${inner}</p>${gap}`).join("")),
);

describe("the XML importers' HTML bodies", () => {
  it("the fast path equals the mapping through the parser (500 runs, comments and posts)", () => {
    fc.assert(
      fc.property(body, fc.boolean(), (html, headings) => {
        const fast = _htmlBlocks(html, { base: undefined, headings, fast: true });
        const slow = _htmlBlocks(html, { base: undefined, headings, fast: false });
        expect(fast).toEqual(slow);
      }),
      { numRuns: 500 },
    );
  });

  it("lists the rule ids docs/formats/import.md documents", () => {
    const doc = readFileSync(new URL("../../docs/formats/import.md", import.meta.url), "utf8");
    expect(documentedIds(doc, "WordPress (WXR)").sort()).toEqual([...WXR_RULE_IDS].sort());
    expect(documentedIds(doc, "Disqus").sort()).toEqual([...DISQUS_RULE_IDS].sort());
  });
});
