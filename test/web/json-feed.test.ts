import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isArticleError, parseArticle } from "../../src/index.js";
import { fromJsonFeed, toJsonFeed } from "../../src/web.js";
import { article } from "../_helpers/arbitraries.js";
import { FEEDS, hasShared, sharedTitle } from "./_shared.js";

const sample = parseArticle({
  title: "Un titre",
  url: "https://exemple.org/a",
  lang: "fr",
  subtitle: "Sous-titre",
  authors: [{ name: "Ann", url: "https://exemple.org/ann", email: "ann@exemple.org" }],
  publishedAt: "2024-03-01",
  updatedAt: "2024-03-02T10:00:00+01:00",
  tags: [{ name: "Été", slug: "ete" }],
  lead: [{ type: "paragraph", text: "Bonjour." }],
  commentCount: 9,
  comments: [
    { id: "1", author: { name: "B" }, body: [{ type: "paragraph", text: "un" }] },
    { id: "2", parentId: "1", author: { name: "C" }, body: [], status: "pending" },
    { id: "3", parentId: "2", author: { name: "D" }, body: [] },
  ],
});

describe("toJsonFeed", () => {
  it("writes standard fields, and what they cannot hold in _marginalia", () => {
    const feed = toJsonFeed([sample], { title: "F", home_page_url: "https://exemple.org/" });
    const [item] = feed.items as Record<string, unknown>[];
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(item).toMatchObject({
      id: "https://exemple.org/a",
      url: "https://exemple.org/a",
      title: "Un titre",
      content_text: "Bonjour.",
      content_html: "<p>Bonjour.</p>",
      date_modified: "2024-03-02T10:00:00+01:00",
      language: "fr",
      tags: ["Été"],
      authors: [{ name: "Ann", url: "https://exemple.org/ann" }],
    });
    // A date without a time is not RFC 3339: it travels in the extension.
    expect(item?.date_published).toBeUndefined();
    const extension = item?._marginalia as Record<string, unknown>;
    expect(extension).toMatchObject({
      publishedAt: "2024-03-01",
      subtitle: "Sous-titre",
      commentCount: 9,
    });
    // The pending comment is left out; its reply hangs from comment 1.
    expect(
      (extension.comments as { id: string; parentId?: string }[]).map((c) => [c.id, c.parentId]),
    ).toEqual([
      ["1", undefined],
      ["3", "1"],
    ]);
  });

  it("throws an ArticleError for an article with neither id nor url", () => {
    try {
      toJsonFeed([sample, parseArticle({ title: "T" })], { title: "F" });
      expect.unreachable();
    } catch (error) {
      expect(isArticleError(error)).toBe(true);
      expect((error as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual([1, "id"]);
    }
  });

  it.each([
    [{}, /`feed.title` of `toJsonFeed`/],
    [{ title: 1 }, /`feed.title` of `toJsonFeed`/],
    [{ title: "F", colour: 1 }, /Unknown field `feed.colour`/],
    [{ title: "F", statuses: ["x"] }, /`options.statuses` of `toJsonFeed`/],
  ])("throws a TypeError for the feed %j", (feed, message) => {
    expect(() => toJsonFeed([sample], feed as never)).toThrow(message);
  });
});

describe("fromJsonFeed", () => {
  it("reads a feed without the extension, making a title where an item has none", () => {
    const { articles, messages } = fromJsonFeed({
      version: "https://jsonfeed.org/version/1",
      title: "F",
      items: [
        { id: 1, content_text: "Hello\n\nworld", author: { name: "Old" }, tags: ["a b"] },
        { id: "2", title: "T", content_html: "<p>hi</p>", attachments: [] },
      ],
    });
    expect(articles[0]).toMatchObject({
      id: "1",
      title: "Hello",
      authors: [{ name: "Old" }],
      tags: [{ name: "a b", slug: "a-b" }],
    });
    expect(articles[0]?.lead).toHaveLength(2);
    expect(articles[1]?.lead).toEqual([{ type: "raw", format: "html", value: "<p>hi</p>" }]);
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([
      ["title-generated", [0, "title"]],
      ["unused-property", [1, "attachments"]],
    ]);
  });

  it.each([
    ["not JSON", "{", "invalid_json"],
    ["no items", { version: "https://jsonfeed.org/version/1.1" }, "missing_field"],
    ["an item that is not an object", { items: [3] }, "invalid_type"],
  ])("throws an ArticleError for %s", (_name, input, code) => {
    try {
      fromJsonFeed(input);
      expect.unreachable();
    } catch (error) {
      expect(isArticleError(error)).toBe(true);
      expect((error as { issues: { code: string }[] }).issues[0]?.code).toBe(code);
    }
  });

  it("leaves out a refused value with a message instead of failing", () => {
    const { articles, messages } = fromJsonFeed({
      version: "https://jsonfeed.org/version/1.1",
      items: [{ id: "x", title: "T", date_published: "yesterday", language: "not a tag" }],
    });
    expect(articles[0]?.publishedAt).toBeUndefined();
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([
      ["invalid-value", [0, "lang"]],
      ["invalid-value", [0, "publishedAt"]],
    ]);
  });
});

describe.skipIf(!hasShared)(sharedTitle("toJsonFeed against the published JSON Schema"), () => {
  const folder = join(FEEDS, "jsonfeed");
  const schema = hasShared
    ? JSON.parse(readFileSync(join(folder, "schema-v1.1.json"), "utf8"))
    : {};
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const valid = (value: unknown) => {
    const ok = validate(value);
    return ok
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };

  it("accepts the published examples and refuses a broken feed (the check can fail)", () => {
    for (const name of readdirSync(join(folder, "examples-v1.1"))) {
      const feed = JSON.parse(readFileSync(join(folder, "examples-v1.1", name), "utf8"));
      expect(valid(feed), name).toEqual([]);
      expect(fromJsonFeed(feed).articles).toHaveLength(feed.items.length);
    }
    expect(
      valid({ version: "https://jsonfeed.org/version/1.1", title: "F", items: [{ id: "x" }] }),
    ).not.toEqual([]);
  });

  it("writes a valid feed for the sample", () => {
    expect(
      valid(toJsonFeed([sample], { title: "F", feed_url: "https://exemple.org/feed.json" })),
    ).toEqual([]);
  });

  it("writes a valid feed for any articles (fast-check, 300 runs)", () => {
    fc.assert(
      fc.property(fc.array(article, { maxLength: 3 }), (inputs) => {
        const articles = inputs.map((input, index) => parseArticle({ ...input, id: `a${index}` }));
        const feed = toJsonFeed(articles, {
          title: "F",
          statuses: ["published", "pending", "spam", "deleted"],
        });
        expect(valid(JSON.parse(JSON.stringify(feed)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
