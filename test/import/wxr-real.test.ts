// fromWxr on the real WordPress exports of ../shared/formats/wxr (read in
// place, never copied): counts per article against an independent walk
// (test/import/_count.ts), the files broken on purpose, and the round trips.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { fromWxr } from "../../src/import/wxr.js";
import {
  type ArticleError,
  fromJson,
  isArticleError,
  parseArticle,
  toJson,
} from "../../src/index.js";
import { fromMarkdown, toMarkdown } from "../../src/markdown.js";
import { sharedDir, skipShared } from "../_helpers/shared.js";
import { countArticle, countWxr } from "./_count.js";

const dir = join(sharedDir, "formats", "wxr");
const read = (name: string): string => readFileSync(join(dir, name), "utf8");

/** The well-formed files whose WXR prefix is bound once (namespace-edge-cases is apart). */
const FILES = [
  "themeunittestdata.wordpress.xml",
  "wptest.xml",
  "wxr-with-note-comments.xml",
  "valid-wxr-1.0.xml",
  "valid-wxr-1.1.xml",
  "small-export.xml",
  "test-serialized-comment-meta.xml",
  "slashes.xml",
  "crazy-cdata-escaped.xml",
  "wxr-utf-8-challenges.xml",
  "isso-wordpress.xml",
];

describe.skipIf(skipShared)("fromWxr on the real exports", () => {
  for (const name of FILES) {
    it(`${name}: comments, replies, depth, statuses and kinds per article match an independent count`, () => {
      const xml = read(name);
      const { articles } = fromWxr(xml);
      const expected = countWxr(xml);
      expect(articles.map(countArticle)).toEqual(expected);
    });
  }

  it("themeunittestdata: the https namespace is read (20 comments at depth 10 on post 1148, 2 pingbacks and 2 trackbacks on 1149)", () => {
    const { articles, messages } = fromWxr(read("themeunittestdata.wordpress.xml"));
    const post = articles.find((article) => article.id === "1148");
    expect(countArticle(post as (typeof articles)[number])).toMatchObject({
      comments: 20,
      depth: 10,
    });
    const kinds = countArticle(
      articles.find((article) => article.id === "1149") as (typeof articles)[number],
    ).kinds;
    expect(kinds).toEqual({ comment: 1, pingback: 2, trackback: 2 });
    // 186 items: 58 posts and 21 pages read, the 107 others reported one by one.
    expect(articles).toHaveLength(79);
    expect(messages.filter((message) => message.ruleId === "item-skipped")).toHaveLength(107);
  });

  it("wxr-with-note-comments: the 2 block notes are left out and reported, or kept with `notes: true`", () => {
    const xml = read("wxr-with-note-comments.xml");
    const plain = fromWxr(xml);
    expect(plain.articles[0]?.comments.map((comment) => comment.id)).toEqual(["4"]);
    expect(plain.messages.filter((message) => message.ruleId === "note-skipped")).toHaveLength(2);
    expect(plain.articles[0]?.missingComments).toEqual([
      { reason: "filtered", count: 2, ids: ["2", "3"] },
    ]);
    const kept = fromWxr(xml, { notes: true });
    expect(
      kept.articles[0]?.comments.map((comment) => [comment.id, comment.kind ?? "comment"]),
    ).toEqual([
      ["2", "note"],
      ["3", "note"],
      ["4", "comment"],
    ]);
  });

  it("namespace-edge-cases: only WXR-namespaced elements count (6 posts, the hijacked one without id)", () => {
    const { articles } = fromWxr(read("namespace-edge-cases.xml"));
    expect(articles.map((article) => article.title)).toHaveLength(6);
    const hijacked = articles.find((article) => article.title === "Hijacked Namespace");
    expect(hijacked?.id).toBeUndefined();
    expect(articles[0]?.id).toBe("1");
  });

  it("dates: _gmt fields as UTC, 0000-00-00 falls back to the local date", () => {
    const { articles } = fromWxr(read("test-serialized-comment-meta.xml"));
    expect(articles[0]?.publishedAt).toBe("2009-10-20T16:13:20");
    expect(articles[0]?.comments[0]?.publishedAt).toMatch(/Z$/);
  });

  it("slashes survive, comment meta is kept as unknown keys", () => {
    const slashes = fromWxr(read("slashes.xml")).articles[0];
    expect(slashes?.lead[0]).toMatchObject({ text: String.raw`Slashes aren\'t \"cool\"` });
    const meta = fromWxr(read("test-serialized-comment-meta.xml")).articles[0]
      ?.comments[0] as unknown as {
      wxr: { commentmeta: { key: string; value: string }[] };
    };
    expect(meta.wxr.commentmeta.map((entry) => entry.key)).toEqual(["string", "array"]);
  });

  it.each([
    ["crazy-cdata.xml", 18],
    ["malformed.xml", 90],
    ["malformed-simple.xml", 14],
  ])("%s is not well-formed: an ArticleError with its line (%i)", (name, line) => {
    let caught: unknown;
    try {
      fromWxr(read(name));
    } catch (error) {
      caught = error;
    }
    expect(isArticleError(caught)).toBe(true);
    const issue = (caught as ArticleError).issues[0];
    expect(issue?.code).toBe("invalid_syntax");
    expect(issue?.place?.line).toBe(line);
    expect(issue?.place?.column).toBeGreaterThan(0);
  });

  it("a Disqus export given to fromWxr is a typed error naming the format", () => {
    expect(() =>
      fromWxr(readFileSync(join(sharedDir, "formats", "disqus", "isso-disqus.xml"), "utf8")),
    ).toThrow(/Disqus export.*fromDisqus/);
  });

  it("every article passes parseArticle and survives toJson/fromJson and toMarkdown/fromMarkdown unchanged", () => {
    let checked = 0;
    let expected = 6; // namespace-edge-cases (its prefixes defeat the regex count)
    for (const name of FILES) expected += countWxr(read(name)).length;
    for (const name of [...FILES, "namespace-edge-cases.xml"]) {
      for (const article of fromWxr(read(name)).articles) {
        expect(parseArticle(article)).toEqual(article);
        expect(fromJson(toJson(article))).toEqual(article);
        const back = fromMarkdown(toMarkdown(article)).article;
        if (!isDeepStrictEqual(back, article)) expect(back).toEqual(article);
        checked++;
      }
    }
    expect(checked).toBe(expected);
  });
});

describe.skipIf(!skipShared)("fromWxr on the real exports", () => {
  it("is skipped: ../shared is missing", () => {
    expect(skipShared).toBe(true);
  });
});
