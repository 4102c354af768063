import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, isArticleError, parseArticle } from "../../src/index.js";
import { toAtom } from "../../src/web.js";
import { article } from "../_helpers/arbitraries.js";
import { children, parseXml, type XmlElement } from "./_xml.js";

const ATOM = "http://www.w3.org/2005/Atom";
const THR = "http://purl.org/syndication/thread/1.0";

const sample = parseArticle({
  title: "Un <titre> & co",
  url: "https://exemple.org/a?x=1&y=2",
  lang: "fr",
  authors: [{ name: "Ann", email: "ann@exemple.org" }],
  publishedAt: "2024-03-01T10:00:00+01:00",
  tags: [{ name: "A & B", slug: "a-b" }],
  lead: [{ type: "paragraph", text: "x ]]> y\u0001z\u000b" }],
  comments: [
    {
      id: "1",
      author: { name: "B\u0008" },
      publishedAt: "2024-03-02",
      body: [{ type: "paragraph", text: "un" }],
    },
    { id: "2", parentId: "1", author: { name: "C" }, body: [], status: "deleted" },
    { id: "3", parentId: "2", author: { name: "D" }, publishedAt: "2024-03-03T08:00", body: [] },
    {
      id: "4",
      parentId: "3",
      author: { name: "E" },
      publishedAt: "2024-03-04T08:00:00Z",
      body: [],
    },
  ],
});

function text(element: XmlElement, name: string): string | undefined {
  return children(element, name, ATOM)[0]?.text;
}

describe("toAtom", () => {
  it("writes a well-formed feed whose threading parses back (RFC 4685)", () => {
    const { xml } = toAtom([sample], { id: "urn:uuid:1", title: "F & G", comments: true });
    const feed = parseXml(xml);
    expect([feed.uri, feed.name]).toEqual([ATOM, "feed"]);
    expect(text(feed, "title")).toBe("F & G");
    expect(text(feed, "updated")).toBe("2024-03-04T08:00:00Z");
    const entries = children(feed, "entry", ATOM);
    expect(entries).toHaveLength(4);
    const [post, ...comments] = entries as [XmlElement, ...XmlElement[]];
    expect(text(post, "title")).toBe("Un <titre> & co");
    expect(text(post, "id")).toBe("https://exemple.org/a?x=1&y=2");
    expect(children(post, "total", THR)[0]?.text).toBe("3");
    expect(children(post, "category", ATOM)[0]?.attributes).toMatchObject({
      term: "a-b",
      label: "A & B",
    });
    expect(text(post, "content")).toBe("<p>x ]]&gt; yz</p>");
    expect(post.attributes["{http://www.w3.org/XML/1998/namespace}lang"]).toBe("fr");
    const threading = comments.map((entry) => [
      text(entry, "id"),
      children(entry, "in-reply-to", THR)[0]?.attributes.ref,
    ]);
    expect(threading).toEqual([
      ["https://exemple.org/a?x=1&y=2#comment-1", "https://exemple.org/a?x=1&y=2"],
      // The deleted comment is left out: its reply hangs from comment 1.
      ["https://exemple.org/a?x=1&y=2#comment-3", "https://exemple.org/a?x=1&y=2#comment-1"],
      ["https://exemple.org/a?x=1&y=2#comment-4", "https://exemple.org/a?x=1&y=2#comment-3"],
    ]);
  });

  it("removes the characters XML 1.0 forbids, each with a message, and completes dates", () => {
    const { messages } = toAtom([sample], { id: "urn:uuid:1", title: "F", comments: true });
    expect(messages.map((message) => [message.ruleId, message.path, message.actual])).toEqual([
      ["character-removed", [0, "body"], "U+0001"],
      ["character-removed", [0, "body"], "U+000B"],
      ["date-completed", [0, "comments", 0, "publishedAt"], "2024-03-02"],
      ["character-removed", [0, "comments", 0, "author", "name"], "U+0008"],
      ["date-completed", [0, "comments", 2, "publishedAt"], "2024-03-03T08:00"],
    ]);
  });

  it("writes no comment entries without `comments: true`, but still the total", () => {
    const feed = parseXml(toAtom([sample], { id: "urn:x", title: "F" }).xml);
    const entries = children(feed, "entry", ATOM);
    expect(entries).toHaveLength(1);
    expect(children(entries[0] as XmlElement, "total", THR)[0]?.text).toBe("3");
  });

  it.each([
    [{ title: "F" }, /`feed.id` of `toAtom`/],
    [{ id: "urn:x", title: "" }, /`feed.title` of `toAtom`/],
    [{ id: "urn:x", title: "F", comments: "yes" }, /`feed.comments` of `toAtom`/],
    [{ id: "urn:x", title: "F", colour: 1 }, /Unknown field `feed.colour`/],
    [{ id: "urn:x", title: "F", updated: "yesterday" }, /`feed.updated` of `toAtom`/],
  ])("throws a TypeError for the feed %j", (feed, message) => {
    expect(() => toAtom([sample], feed as never)).toThrow(message);
  });

  it("throws an ArticleError for an entry without id or date", () => {
    for (const bad of [
      { title: "T", publishedAt: "2024-01-01" },
      { title: "T", url: "https://x.example/" },
    ]) {
      try {
        toAtom([parseArticle(bad)], { id: "urn:x", title: "F" });
        expect.unreachable();
      } catch (error) {
        expect(isArticleError(error)).toBe(true);
      }
    }
  });

  it("is well-formed for any articles, with one entry per written comment (fast-check, 300 runs)", () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (inputs) => {
        const articles: Article[] = inputs.map((input, index) =>
          parseArticle({ ...input, id: `urn:a:${index}`, publishedAt: "2024-01-01T00:00:00Z" }),
        );
        const { xml } = toAtom(articles, {
          id: "urn:feed",
          title: "F",
          comments: true,
          statuses: ["published", "pending", "spam", "deleted", "removed"],
        });
        const feed = parseXml(xml);
        const entries = children(feed, "entry", ATOM);
        const total = articles.reduce((sum, a) => sum + 1 + a.comments.length, 0);
        expect(entries).toHaveLength(total);
        const replies = entries.filter((entry) => children(entry, "in-reply-to", THR).length === 1);
        expect(replies).toHaveLength(total - articles.length);
      }),
      { numRuns: 300 },
    );
  });
});
