// fromHackerNews on the items of the official API README in
// ../shared/formats/hn, on an Algolia tree and Firebase item sets of ours
// (dead and deleted comments, kids not fetched, items in no kids list), and
// on bad input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromHackerNews, HACKER_NEWS_RULE_IDS } from "../../src/import.js";
import { type ArticleError, isArticleError } from "../../src/index.js";
import { sharedDir, skipReason, skipShared } from "../_helpers/shared.js";
import { depthOf, documentedIds, expectRoundTrips } from "./_roundtrip.js";

const error = (run: () => unknown): ArticleError => {
  try {
    run();
  } catch (thrown) {
    if (isArticleError(thrown)) return thrown;
    throw thrown;
  }
  throw new Error("Expected an ArticleError");
};

/** The JSON examples of the README that are JSON (two are shortened with `...`). */
function readmeItems(): Record<string, unknown>[] {
  const text = readFileSync(join(sharedDir, "formats", "hn", "README.md"), "utf8");
  const items: Record<string, unknown>[] = [];
  for (const match of text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    try {
      const value = JSON.parse(match[1] as string);
      if (typeof value === "object" && value !== null && "id" in value) items.push(value);
    } catch {
      // Not JSON: a shortened example or a URL.
    }
  }
  return items;
}

describe.skipIf(skipShared)(
  `fromHackerNews on the API README's items ${skipShared ? `(skipped: ${skipReason})` : ""}`,
  () => {
    it("reads every story, job and poll, records its kids as missing, and refuses the rest", () => {
      const items = readmeItems();
      expect(items.length).toBeGreaterThanOrEqual(6);
      let read = 0;
      for (const item of items) {
        const isStory = typeof item.title === "string" && item.type !== "comment";
        if (!isStory) {
          expect(error(() => fromHackerNews(item)).issues[0]?.code, String(item.id)).toBe(
            "invalid_type",
          );
          continue;
        }
        read++;
        const { article, messages } = fromHackerNews(item);
        const kids = (item.kids as number[] | undefined) ?? [];
        expect(article.comments).toEqual([]);
        expect(article.commentCount).toBe(item.descendants);
        const missing = article.missingComments ?? [];
        // Kids not fetched, with their ids, then what descendants adds.
        if (kids.length > 0)
          expect(missing[0]).toEqual({
            reason: "unknown",
            count: kids.length,
            ids: kids.map(String),
          });
        const recorded = missing.reduce((sum, record) => sum + (record.count ?? 0), 0);
        expect(recorded).toBe(Math.max(kids.length, (item.descendants as number | undefined) ?? 0));
        if (typeof item.text === "string" && item.text !== "")
          expect(article.lead.length).toBeGreaterThan(0);
        for (const message of messages) expect(HACKER_NEWS_RULE_IDS).toContain(message.ruleId);
        expectRoundTrips(article);
      }
      expect(read).toBeGreaterThanOrEqual(4);
    });

    it("reads the Ask HN text as HTML, and the story's url as an embed", () => {
      const items = readmeItems();
      const ask = fromHackerNews(items.find((item) => item.id === 121003)).article;
      expect(ask.lead[0]).toMatchObject({
        type: "paragraph",
        marks: [{ type: "emphasis", start: 0, end: 2 }],
      });
      const story = fromHackerNews(items.find((item) => item.id === 8863)).article;
      expect(story.lead).toEqual([
        { type: "embed", url: "http://www.getdropbox.com/u/2/screencast.html" },
      ]);
      expect(story.authors).toEqual([
        { name: "dhouston", url: "https://news.ycombinator.com/user?id=dhouston" },
      ]);
    });
  },
);

// An Algolia tree of ours: nested children, a deleted and a dead comment.
const algolia = {
  id: 100,
  type: "story",
  author: "pat",
  title: "Show HN: a thing",
  url: "https://exemple.org/thing",
  text: null,
  points: 42,
  created_at_i: 1_700_000_000,
  children: [
    {
      id: 101,
      type: "comment",
      author: "ann",
      text: 'Nice.<p>Really <a href="https://exemple.org/" rel="nofollow">nice</a>.',
      created_at_i: 1_700_000_100,
      children: [
        {
          id: 102,
          type: "comment",
          author: null,
          text: null,
          children: [{ id: 103, type: "comment", author: "bo", text: "Still here", children: [] }],
        },
        { id: 104, type: "comment", author: "cy", text: "[flagged]", dead: true, children: [] },
      ],
    },
    { id: 105, type: "comment", author: "di", text: "<i>second</i> &amp; last", children: [] },
  ],
};

describe("fromHackerNews on an Algolia tree", () => {
  it("keeps the tree, its order and the statuses", () => {
    const { article, messages } = fromHackerNews(JSON.stringify(algolia));
    expect(article.comments.map((c) => [c.id, c.parentId, c.status, c.author.name])).toEqual([
      ["101", undefined, "published", "ann"],
      ["102", "101", "deleted", "[deleted]"],
      ["103", "102", "published", "bo"],
      ["104", "101", "removed", "cy"],
      ["105", undefined, "published", "di"],
    ]);
    expect(article.comments[0]?.body).toEqual([
      { type: "paragraph", text: "Nice." },
      {
        type: "paragraph",
        text: "Really nice.",
        marks: [{ type: "link", start: 7, end: 11, url: "https://exemple.org/" }],
      },
    ]);
    expect(article.comments[4]?.body).toEqual([
      { type: "paragraph", text: "second & last", marks: [{ type: "emphasis", start: 0, end: 6 }] },
    ]);
    expect(article.lead).toEqual([{ type: "embed", url: "https://exemple.org/thing" }]);
    expect(article.publishedAt).toBe("2023-11-14T22:13:20Z");
    expect(depthOf(article)).toBe(3);
    expect(article.commentCount).toBeUndefined();
    expect(messages).toEqual([]);
    expectRoundTrips(article);
  });

  it("renames a comment id the tree reuses, and keeps __proto__ as an id", () => {
    const tree = {
      id: 1,
      type: "story",
      title: "T",
      children: [
        {
          id: "__proto__",
          author: "a",
          text: "x",
          children: [{ id: 7, author: "b", text: "y", children: [] }],
        },
        { id: 7, author: "c", text: "z", children: [] },
      ],
    };
    const { article, messages } = fromHackerNews(tree);
    expect(article.comments.map((c) => [c.id, c.parentId])).toEqual([
      ["__proto__", undefined],
      ["7", "__proto__"],
      ["7~2", undefined],
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual(["duplicate-id"]);
    expectRoundTrips(article);
  });
});

// A Firebase item set of ours: kids in ranked order, one kid not fetched,
// one item in no kids list, a duplicate, a poll option among the kids.
const story = {
  id: 200,
  type: "story",
  by: "pat",
  title: "Ask HN: why?",
  text: "Asking.",
  time: 1_700_000_000,
  descendants: 9,
  kids: [203, 201, 299],
  score: 5,
};
const items = [
  {
    id: 201,
    type: "comment",
    by: "ann",
    parent: 200,
    text: "first ranked second",
    time: 1_700_000_001,
    kids: [202],
  },
  { id: 202, type: "comment", parent: 201, deleted: true, time: 1_700_000_002 },
  {
    id: 203,
    type: "comment",
    by: "bo",
    parent: 200,
    text: "ranked first",
    time: 1_700_000_003,
    kids: [204, 206],
  },
  {
    id: 204,
    type: "comment",
    by: "cy",
    parent: 203,
    text: "dead one",
    dead: true,
    time: 1_700_000_004,
  },
  { id: 205, type: "comment", by: "di", parent: 201, text: "in no kids list", time: 1_700_000_005 },
  { id: 203, type: "comment", by: "bo", parent: 200, text: "again", time: 1_700_000_006 },
  { id: 206, type: "pollopt", by: "ed", parent: 203, text: "an option", time: 1_700_000_007 },
];

describe("fromHackerNews on Firebase items", () => {
  it("follows kids in ranked order, places unreached items, records unfetched kids", () => {
    const { article, messages } = fromHackerNews({ item: story, items });
    expect(article.comments.map((c) => [c.id, c.parentId, c.status])).toEqual([
      ["203", undefined, "published"],
      ["204", "203", "removed"],
      ["201", undefined, "published"],
      ["202", "201", "deleted"],
      ["205", "201", "published"],
    ]);
    expect(article.lead).toEqual([{ type: "paragraph", text: "Asking." }]);
    expect(article.commentCount).toBe(9);
    expect(article.missingComments).toEqual([
      { reason: "unknown", count: 1, ids: ["299"] },
      { reason: "unknown", count: 3 },
    ]);
    expect(messages.map((m) => m.ruleId).sort()).toEqual([
      "count-gap",
      "duplicate-id",
      "item-skipped",
      "item-unreached",
      "kids-missing",
    ]);
    expectRoundTrips(article);
  });

  it("reads an array of items the same way (the story found among them)", () => {
    const fromArray = fromHackerNews([...items.slice(0, 2), story, ...items.slice(2)]);
    expect(fromArray.article).toEqual(fromHackerNews({ item: story, items }).article);
  });

  it("breaks a cycle of parents among unreached items", () => {
    const loop = [
      { id: 301, type: "comment", by: "a", parent: 302, text: "x" },
      { id: 302, type: "comment", by: "b", parent: 301, text: "y" },
    ];
    const { article, messages } = fromHackerNews({
      item: { id: 300, type: "story", title: "T" },
      items: loop,
    });
    expect(article.comments.map((c) => [c.id, c.parentId])).toEqual([
      ["301", undefined],
      ["302", "301"],
    ]);
    expect(messages.filter((m) => m.ruleId === "item-unreached")).toHaveLength(2);
    expectRoundTrips(article);
  });

  it("lists the same rule ids as docs/formats/import.md", () => {
    const doc = readFileSync(new URL("../../docs/formats/import.md", import.meta.url), "utf8");
    expect(documentedIds(doc, "Hacker News").sort()).toEqual([...HACKER_NEWS_RULE_IDS].sort());
  });
});

describe("fromHackerNews on bad input", () => {
  it("gives invalid_json with a place for text that is not JSON", () => {
    expect(error(() => fromHackerNews("<rss/>")).issues[0]).toMatchObject({
      code: "invalid_json",
      place: { line: 1, column: 1 },
    });
  });

  it("gives invalid_type for JSON of the wrong shape", () => {
    for (const value of [
      null,
      3,
      "[]",
      [],
      [{ id: 1, type: "comment" }],
      { item: { id: 1, title: "T" }, items: {} },
      { id: 1, type: "story", children: [] },
      { children: [], type: "comment" },
    ]) {
      expect(error(() => fromHackerNews(value)).issues[0]?.code, JSON.stringify(value)).toBe(
        "invalid_type",
      );
    }
  });

  it("throws a TypeError for an option", () => {
    expect(() => fromHackerNews(algolia, { depth: 1 } as never)).toThrow(TypeError);
  });

  it("reads a 100 000-deep Algolia chain and a 100 000-deep Firebase chain without recursion", () => {
    let child: Record<string, unknown> = { id: 100_000, author: "a", text: "end", children: [] };
    for (let n = 99_999; n >= 1; n--) child = { id: n, author: "a", text: "t", children: [child] };
    const tree = fromHackerNews({ id: 0, type: "story", title: "T", children: [child] }).article;
    expect(tree.comments).toHaveLength(100_000);
    expect(tree.comments[99_999]).toMatchObject({ id: "100000", parentId: "99999" });
    const chain = [];
    for (let n = 1; n <= 100_000; n++)
      chain.push({ id: n, by: "a", text: "t", parent: n - 1, kids: [n + 1] });
    const flat = fromHackerNews({ item: { id: 0, title: "T", kids: [1] }, items: chain });
    expect(flat.article.comments).toHaveLength(100_000);
    expect(flat.article.missingComments).toEqual([
      { reason: "unknown", count: 1, ids: ["100001"] },
    ]);
  });

  it("reads 1 000 000 Firebase items", () => {
    const kids = new Array(1_000_000);
    const all = new Array(1_000_000);
    for (let n = 0; n < kids.length; n++) {
      kids[n] = n + 1;
      all[n] = { id: n + 1, by: "a", text: "t", parent: 0 };
    }
    const { article } = fromHackerNews({
      item: { id: 0, title: "T", kids, descendants: 1_000_000 },
      items: all,
    });
    expect(article.comments).toHaveLength(1_000_000);
    expect(article.missingComments).toBeUndefined();
  });
});

describe("the HTML fast path for text without markup", () => {
  it("gives what the HTML mapping gives (fast-check, 500 runs)", async () => {
    const fc = (await import("fast-check")).default;
    const { _htmlBlocks } = await import("../../src/import/_html-blocks.js");
    const alphabet = fc.constantFrom(
      "a",
      "b",
      "é",
      " ",
      "\n",
      "\t",
      ".",
      "-",
      "1",
      "'",
      '"',
      "\f",
      "\u00a0",
      ">",
      "\u2009",
      "\u3000",
      "\u200b",
      "\ufeff",
      "\u2028",
      "\u0085",
      "\v",
      "\r",
      "\u0001",
      "\u007f",
      "\u0090",
      "«",
      "»",
      "“",
      "”",
      "‹",
      "„",
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join("")),
        (text) => {
          expect(_htmlBlocks(text, undefined, [], true)).toEqual(
            _htmlBlocks(text, undefined, [], false),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("fromHackerNews on ids the model refuses", () => {
  it("gives an id that is only NUL a fresh id, with the repair reported", () => {
    const { article, messages } = fromHackerNews({
      id: 1,
      type: "story",
      title: "T",
      children: [{ id: "\0", author: "a", text: "x", children: [] }],
    });
    expect(article.comments.map((c) => c.id)).toEqual(["comment-1"]);
    expect(messages.map((m) => m.ruleId)).toEqual(["text-repaired"]);
  });
});
