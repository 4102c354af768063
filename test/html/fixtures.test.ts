// Golden fixtures: test/fixtures/html/<case>/input.html (+ options.json) →
// article.json and messages.json. Every page is ours (written for these
// tests). Rewrite the goldens with `UPDATE=1`, then read the diff like code.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fromHtml } from "../../src/html.js";
import { parseArticle, toJson } from "../../src/index.js";

const root = fileURLToPath(new URL("../fixtures/html/", import.meta.url));
const update = process.env.UPDATE === "1";
const cases = readdirSync(root).sort();

type Result = ReturnType<typeof fromHtml>;
/** What each case is for, said once more beside its golden files. */
const INTENT: Record<string, (result: Result) => void> = {
  "nav-nested-lists": ({ article }) => {
    // Navigation made of nested lists: no menu item becomes a comment.
    expect(article.comments).toEqual([]);
  },
  "json-ld-comments": ({ article }) => {
    expect(article.comments.map((comment) => [comment.author.name, comment.parentId])).toEqual([
      ["Felix", undefined],
      ["Priya Raman", article.comments[0]?.id],
      ["Ada", undefined],
    ]);
  },
  paginated: ({ messages }) => {
    expect(messages.map((message) => message.ruleId)).toContain("comments-paginated");
  },
  "comments-closed": ({ article }) => {
    expect(article.comments.map((comment) => comment.author.name)).toEqual(["Lena", "Sam Okafor"]);
  },
  "wordpress-com": ({ article }) => {
    expect(article.comments.map((comment) => comment.parentId ?? null)).toEqual([
      null,
      "comment-1201",
      null,
      null,
    ]);
    // Like buttons and "Liked by" are not part of a body.
    expect(JSON.stringify(article.comments)).not.toMatch(/Liked by|"Like"/);
  },
};

describe("fromHtml fixtures", () => {
  it("has at least ten cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(name, () => {
      const folder = join(root, name);
      const input = readFileSync(join(folder, "input.html"), "utf8");
      const optionsFile = join(folder, "options.json");
      const options = existsSync(optionsFile)
        ? JSON.parse(readFileSync(optionsFile, "utf8"))
        : { url: `https://fixtures.example/${name}/` };
      const result = fromHtml(input, options);
      const { article, messages } = result;
      INTENT[name]?.(result);
      // The article is valid as it comes: parseArticle changes nothing.
      expect(parseArticle(article)).toEqual(article);
      const articleJson = `${toJson(article)}\n`;
      const messagesJson = `${JSON.stringify(messages, null, 2)}\n`;
      if (update) {
        writeFileSync(join(folder, "article.json"), articleJson);
        writeFileSync(join(folder, "messages.json"), messagesJson);
      }
      expect(articleJson).toBe(readFileSync(join(folder, "article.json"), "utf8"));
      expect(messagesJson).toBe(readFileSync(join(folder, "messages.json"), "utf8"));
    });
  }
});
