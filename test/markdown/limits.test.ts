// The limit check run before parsing (and on every toMarkdown output) gives
// the same answer, issue and place included, as the plain reference scan.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../bench/_article.js";
import { _checkLimits, type Limits } from "../../src/markdown/_limits.js";
import { MARKDOWN_LIMITS, toMarkdown } from "../../src/markdown.js";
import { referenceCheckLimits } from "./_limits-reference.js";
import { PATHOLOGICAL, pathologicalInput } from "./_pathological.js";

// Pieces that start, end and fill the constructs the check follows.
const PIECES = [
  "<!--",
  "-->",
  "<!-- marginalia:meta {} -->",
  "<SCRIPT",
  "</Script>",
  "</scr\u0130pt",
  "<pre",
  "</PRE",
  "<?",
  "?>",
  "<![CDATA[",
  "]]>",
  "<!x",
  ">",
  "\n",
  "\n\n",
  "```",
  "~~~",
  "    ",
  "\t",
  "> ",
  "- ",
  "* ",
  "1. ",
  "12) ",
  "---",
  "===",
  "*",
  "_",
  "[",
  "]",
  "`",
  "\\",
  "&",
  "a",
  "\u0130",
  "\u212a",
  "#",
  " ",
  "!",
  "![",
  "{",
  ",",
  "```embed",
  "  ~~~embed",
  " embed ",
];

const same = (text: string, limits: Limits): void => {
  expect(_checkLimits(text, limits)).toEqual(referenceCheckLimits(text, limits));
};

describe("_checkLimits", () => {
  it("agrees with the reference scan on short texts under small limits (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }),
        fc.record({
          maxSize: fc.integer({ min: 1, max: 400 }),
          maxNesting: fc.integer({ min: 1, max: 6 }),
          maxDelimiters: fc.integer({ min: 1, max: 30 }),
          maxLines: fc.integer({ min: 1, max: 80 }),
        }),
        (pieces, limits) => same(pieces.join(""), limits),
      ),
      { numRuns: 3000 },
    );
  });

  it("agrees with the reference scan on long runs of the same pieces (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 300 })), {
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 40 }),
        (runs, maxDelimiters, maxNesting) =>
          same(runs.map(([piece, count]) => piece.repeat(count)).join(""), {
            maxSize: 1 << 22,
            maxNesting,
            maxDelimiters,
            maxLines: 1 << 20,
          }),
      ),
      { numRuns: 300 },
    );
  });

  it("ends HTML blocks in any case, then sees a fence (whose delimiters do not count)", () => {
    const limits = { ...MARKDOWN_LIMITS, maxDelimiters: 8 };
    const blocks: [string, string][] = [
      ["<!-- a", "b -->"],
      ["<? a", "b ?>"],
      ["<![CDATA[ a", "b ]]>"],
      ["<!X a", "b >"],
      ["<script a", "b </SCRIPT>"],
      ["<Pre a", "b </pRE>"],
      ["<style a", "b </Style>"],
      ["<textarea a", "b </TEXTAREA>"],
    ];
    for (const [open, close] of blocks) {
      const text = `${open}\n\n${close}\n\n\`\`\`\n${"*_[]".repeat(8)}\n\`\`\`\n`;
      same(text, limits);
      expect(_checkLimits(text, limits)).toBeUndefined();
      same(text.replace(close, "b"), limits);
    }
  });

  it("agrees with the reference scan on the pathological corpus and on toMarkdown output", () => {
    for (const pattern of PATHOLOGICAL) {
      for (const size of [1024, 64 * 1024]) same(pathologicalInput(pattern, size), MARKDOWN_LIMITS);
    }
    for (const sections of [1, 8, 30]) {
      same(toMarkdown(makeArticle({ sections, comments: sections * 10 })), MARKDOWN_LIMITS);
    }
  });
});
