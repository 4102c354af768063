import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { fromMarkdown, toMarkdown } from "../../src/markdown.js";
import { article } from "./_arbitraries.js";

const RUNS = Number(process.env.MARKDOWN_RUNS ?? 1000);

describe("round trip", () => {
  it(`fromMarkdown(toMarkdown(a)).article deep-equals a, and writing it again gives the same Markdown (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(article, (input) => {
        const canonical = parseArticle(input);
        const markdown = toMarkdown(canonical);
        const back = fromMarkdown(markdown).article;
        if (!isDeepStrictEqual(back, canonical)) {
          expect({ markdown, back }).toEqual({ markdown, back: canonical });
        }
        expect(toMarkdown(back)).toBe(markdown);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("round trip of lines that look like list markers after another marker", () => {
  it("keeps a paragraph whose second line starts like a list item or a break (found by the property above)", () => {
    const lines = ["9.", "-", "+", "*", "1)", "a"];
    const starts = ["1. z", "- z", "+ z", "* z", "-", "---", "***", "1) z", "9. z𐀀"];
    let checked = 0;
    for (const first of lines) {
      for (const second of starts) {
        const text = `${first}\n${second}`;
        const article = parseArticle({
          title: "t",
          authors: [],
          lead: [{ type: "paragraph", text }],
          sections: [],
          tags: [],
          comments: [],
        });
        expect(fromMarkdown(toMarkdown(article)).article.lead, JSON.stringify(text)).toEqual(
          article.lead,
        );
        checked++;
      }
    }
    expect(checked).toBe(54);
  });
});
