// Golden fixtures: test/fixtures/text/<case>/input.txt (+ options.json) →
// article.json and messages.json. Rewrite them with `UPDATE=1`, then read
// the diff like code.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fromText, parseArticle, toJson, toText } from "../../src/index.js";
import { project } from "./_projection.js";

const root = fileURLToPath(new URL("../fixtures/text/", import.meta.url));
const update = process.env.UPDATE === "1";
const cases = readdirSync(root).sort();

describe("fromText fixtures", () => {
  it("has at least eight cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of cases) {
    it(name, () => {
      const folder = join(root, name);
      const input = readFileSync(join(folder, "input.txt"), "utf8");
      const optionsFile = join(folder, "options.json");
      const options = existsSync(optionsFile)
        ? JSON.parse(readFileSync(optionsFile, "utf8"))
        : undefined;
      const { article, messages } = fromText(input, options);
      expect(parseArticle(article)).toEqual(article);
      const articleJson = `${toJson(article)}\n`;
      const messagesJson = `${JSON.stringify(messages, null, 2)}\n`;
      if (update) {
        writeFileSync(join(folder, "article.json"), articleJson);
        writeFileSync(join(folder, "messages.json"), messagesJson);
      }
      expect(articleJson).toBe(readFileSync(join(folder, "article.json"), "utf8"));
      expect(messagesJson).toBe(readFileSync(join(folder, "messages.json"), "utf8"));
      // Written back and read again, the article keeps what text carries.
      const again = fromText(toText(article), options).article;
      expect(project(again)).toEqual(project(article));
    });
  }
});
