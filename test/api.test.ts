import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as html from "../src/html.js";
import * as importers from "../src/import.js";
import * as root from "../src/index.js";
import * as markdown from "../src/markdown.js";
import * as web from "../src/web.js";

describe("public api", () => {
  it("should expose the public api of `marginalia`", () => {
    expect(Object.keys(root).sort()).toEqual([
      "ArticleError",
      "ArticleSchema",
      "BLOCK_TYPES",
      "BlockSchema",
      "COMMENT_KINDS",
      "COMMENT_STATUSES",
      "CodeSchema",
      "CommentSchema",
      "EmbedSchema",
      "ISSUE_CODES",
      "ImageSchema",
      "ListSchema",
      "MARK_TYPES",
      "MISSING_REASONS",
      "MarkSchema",
      "MissingCommentsSchema",
      "ParagraphSchema",
      "PersonSchema",
      "QuoteSchema",
      "RawSchema",
      "SECTION_LEVELS",
      "SectionSchema",
      "SiteSchema",
      "TAG_KINDS",
      "TEXT_LANGUAGES",
      "TagSchema",
      "VOCABULARIES",
      "articleStats",
      "buildThread",
      "commentCounts",
      "countWords",
      "dedupeComments",
      "dedupeTags",
      "estimateSimilarity",
      "extractQuotes",
      "findNearDuplicates",
      "findQuotes",
      "flattenThread",
      "formatIssues",
      "formatPath",
      "fromJson",
      "fromText",
      "isArticleError",
      "minhashSignature",
      "normalizeMarks",
      "normalizeText",
      "outline",
      "parseArticle",
      "readingTime",
      "safeFromText",
      "safeParseArticle",
      "slugify",
      "sortThread",
      "threadStats",
      "toJson",
      "toText",
      "walkThread",
    ]);
  });

  it("should expose the public api of `marginalia/markdown`", () => {
    expect(Object.keys(markdown).sort()).toEqual([
      "MARKDOWN_LIMITS",
      "articleToMdast",
      "fromMarkdown",
      "mdastToArticle",
      "remarkArticle",
      "remarkArticleParse",
      "toMarkdown",
    ]);
  });

  it("should expose the public api of `marginalia/web`", () => {
    expect(Object.keys(web).sort()).toEqual([
      "fromJsonFeed",
      "fromJsonLd",
      "toActivityStreams",
      "toAtom",
      "toJsonFeed",
      "toJsonLd",
      "toJsonLdScript",
    ]);
  });

  it("should expose the public api of `marginalia/html`", () => {
    expect(Object.keys(html).sort()).toEqual(["HTML_RULE_IDS", "fromHtml", "safeFromHtml"]);
  });

  it("should expose the public api of `marginalia/import`", () => {
    expect(Object.keys(importers).sort()).toEqual([
      "DISQUS_RULE_IDS",
      "HACKER_NEWS_RULE_IDS",
      "REDDIT_RULE_IDS",
      "WXR_RULE_IDS",
      "fromDisqus",
      "fromHackerNews",
      "fromReddit",
      "fromWxr",
      "streamDisqus",
      "streamWxr",
    ]);
  });

  it("documents every export in the README", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const name of [
      ...Object.keys(root),
      ...Object.keys(markdown),
      ...Object.keys(web),
      ...Object.keys(html),
      ...Object.keys(importers),
    ]) {
      expect(readme.includes(`\`${name}`), name).toBe(true);
    }
  });

  it("lists the entries in package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(Object.keys(pkg.exports).sort()).toEqual([
      ".",
      "./html",
      "./import",
      "./markdown",
      "./package.json",
      "./schema.json",
      "./web",
    ]);
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines.node).toBe(">=20.19");
  });
});
