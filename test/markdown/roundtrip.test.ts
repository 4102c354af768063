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
