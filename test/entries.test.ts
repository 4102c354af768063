// The built package, as Node loads it: `marginalia` and `marginalia/markdown`
// share one copy of the core (tsup's shared chunks), so an error thrown by
// the Markdown entry is an `instanceof` the root entry's `ArticleError`, from
// ESM and from CJS alike. Built here with the repo's tsup config (without the
// declarations) into a scratch folder inside the repo, so that the built code
// finds zod and unified in node_modules.
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Options } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../tsup.config.js";

type Root = typeof import("../src/index.js");
type Markdown = typeof import("../src/markdown.js");
type Import = typeof import("../src/import.js");

const root = new URL("..", import.meta.url).pathname;
const out = join(root, "tmp", `entries-${process.pid}`);

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  await build({ ...(config as Options), outDir: out, dts: false, silent: true, config: false });
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

/** Throw from the Markdown entry: a document without a title. */
function _throwFromMarkdown(markdown: Markdown): unknown {
  try {
    markdown.fromMarkdown("No title here.\n");
  } catch (error) {
    return error;
  }
  throw new Error("Expected fromMarkdown to throw");
}

describe("built entries", () => {
  it("share one core in a chunk, in both formats", () => {
    const files = readdirSync(out);
    expect(files.filter((file) => file.endsWith(".js")).length).toBeGreaterThan(2);
    expect(files.filter((file) => file.endsWith(".cjs")).length).toBeGreaterThan(2);
  });

  it("throw one ArticleError class from ESM", async () => {
    const index: Root = await import(pathToFileURL(join(out, "index.js")).href);
    const markdown: Markdown = await import(pathToFileURL(join(out, "markdown.js")).href);
    const error = _throwFromMarkdown(markdown);
    expect(index.isArticleError(error)).toBe(true);
    expect(error).toBeInstanceOf(index.ArticleError);
  });

  it("throw one ArticleError class from CJS", () => {
    const require = createRequire(join(out, "index.cjs"));
    const index: Root = require("./index.cjs");
    const markdown: Markdown = require("./markdown.cjs");
    const error = _throwFromMarkdown(markdown);
    expect(index.isArticleError(error)).toBe(true);
    expect(error).toBeInstanceOf(index.ArticleError);
  });

  it("throw one ArticleError class from the import entry, in ESM and CJS", async () => {
    const index: Root = await import(pathToFileURL(join(out, "index.js")).href);
    const esm: Import = await import(pathToFileURL(join(out, "import.js")).href);
    const require = createRequire(join(out, "index.cjs"));
    const cjsIndex: Root = require("./index.cjs");
    const cjs: Import = require("./import.cjs");
    for (const [entry, root] of [
      [esm, index],
      [cjs, cjsIndex],
    ] as const) {
      let error: unknown;
      try {
        entry.fromReddit("<rss/>");
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(root.ArticleError);
      const story = { id: 1, type: "story", title: "T", children: [] };
      expect(entry.fromHackerNews(story).article.title).toBe("T");
    }
  });
});
