// Golden fixtures: `test/fixtures/markdown/<case>.md` beside `<case>.json`
// (`{ article, messages }` or `{ error }`). Rewrite them with `UPDATE=1`.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isArticleError } from "../../src/index.js";
import { fromMarkdown, toMarkdown } from "../../src/markdown.js";

const folder = join(import.meta.dirname, "../fixtures/markdown");
const cases = readdirSync(folder)
  .filter((name) => name.endsWith(".md"))
  .map((name) => name.slice(0, -3))
  .sort();

function _run(markdown: string): unknown {
  try {
    return fromMarkdown(markdown);
  } catch (error) {
    if (isArticleError(error)) return { error: error.issues };
    throw error;
  }
}

describe("fixtures", () => {
  it("has fixtures", () => {
    expect(cases.length).toBeGreaterThan(10);
  });
  for (const name of cases) {
    it(name, () => {
      const markdown = readFileSync(join(folder, `${name}.md`), "utf8");
      const actual = JSON.parse(JSON.stringify(_run(markdown))) as unknown;
      const file = join(folder, `${name}.json`);
      if (process.env.UPDATE) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(file, "utf8")));
      if (typeof actual === "object" && actual !== null && "article" in actual) {
        // Writing what was read is a fixpoint after one pass.
        const { article } = fromMarkdown(markdown);
        const once = toMarkdown(article);
        const again = fromMarkdown(once).article;
        expect(again).toEqual(article);
        expect(toMarkdown(again)).toBe(once);
      }
    });
  }
});
