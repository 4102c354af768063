// fromReddit on the real comments pages in ../shared/formats/reddit (counts
// checked against an independent walk of the JSON), on pages of ours, and
// on bad input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromReddit, REDDIT_RULE_IDS } from "../../src/import.js";
import { type Article, type ArticleError, isArticleError } from "../../src/index.js";
import { sharedDir, skipReason, skipShared } from "../_helpers/shared.js";
import { depthOf, documentedIds, expectRoundTrips } from "./_roundtrip.js";

const DIR = join(sharedDir, "formats", "reddit");
const PAGES = [
  "TestCommentForest.test_replace__all.page1.json",
  "TestCommentForest.test_replace__all_large.page1.json",
  "TestComment.test_refresh__deleted_comment.page1.json",
];

interface Counts {
  comments: number;
  topLevel: number;
  depth: number;
  deleted: number;
  removed: number;
  deletedAuthors: number;
  moreCount: number;
  moreIds: number;
  edited: number;
}

/** Count the page with a walk of its own (recursive: the files are 10 deep). */
function walk(page: unknown): Counts {
  const counts: Counts = {
    comments: 0,
    topLevel: 0,
    depth: 0,
    deleted: 0,
    removed: 0,
    deletedAuthors: 0,
    moreCount: 0,
    moreIds: 0,
    edited: 0,
  };
  const visit = (
    listing: { data: { children: { kind: string; data: never }[] } },
    level: number,
  ) => {
    for (const thing of listing.data.children) {
      const data = thing.data as Record<string, unknown>;
      if (thing.kind === "more") {
        counts.moreCount += data.count as number;
        counts.moreIds += (data.children as string[]).length;
        continue;
      }
      counts.comments++;
      if (level === 1) counts.topLevel++;
      counts.depth = Math.max(counts.depth, level);
      if (data.body === "[deleted]") counts.deleted++;
      if (data.body === "[removed]") counts.removed++;
      if (data.author === "[deleted]") counts.deletedAuthors++;
      if (data.edited !== false) counts.edited++;
      if (data.replies !== "") visit(data.replies as never, level + 1);
    }
  };
  visit((page as never[])[1] as never, 1);
  return counts;
}

function imported(article: Article): Counts {
  const missing = article.missingComments?.find((record) => record.reason === "collapsed");
  return {
    comments: article.comments.length,
    topLevel: article.comments.filter((comment) => comment.parentId === undefined).length,
    depth: depthOf(article),
    deleted: article.comments.filter((comment) => comment.status === "deleted").length,
    removed: article.comments.filter((comment) => comment.status === "removed").length,
    deletedAuthors: article.comments.filter((comment) => comment.author.name === "[deleted]")
      .length,
    moreCount: missing?.count ?? 0,
    moreIds: missing?.ids?.length ?? 0,
    edited: article.comments.filter(
      (comment) =>
        comment.updatedAt !== undefined ||
        (comment as { reddit?: { edited?: boolean } }).reddit?.edited === true,
    ).length,
  };
}

describe.skipIf(skipShared)(
  `fromReddit on the real pages ${skipShared ? `(skipped: ${skipReason})` : ""}`,
  () => {
    for (const name of PAGES) {
      it(`${name}: the counts of an independent walk, and every round trip`, () => {
        const text = readFileSync(join(DIR, name), "utf8");
        const { article, messages } = fromReddit(text);
        const page = JSON.parse(text);
        expect(imported(article)).toEqual(walk(page));
        expect(article.commentCount).toBe(page[0].data.children[0].data.num_comments);
        // The gap between the declared count and the comments read has a reason.
        const recorded = (article.missingComments ?? []).reduce(
          (sum, r) => sum + (r.count ?? 0),
          0,
        );
        const declared = article.commentCount as number;
        if (declared > article.comments.length) {
          expect(article.comments.length + recorded).toBeGreaterThanOrEqual(declared);
        }
        for (const message of messages) expect(REDDIT_RULE_IDS).toContain(message.ruleId);
        expectRoundTrips(article);
      });
    }

    it("agrees with what the formats README says of the pages", () => {
      const one = fromReddit(readFileSync(join(DIR, PAGES[0] as string), "utf8")).article;
      // 476 t1, depth 10, 12 "load more" (count sum 61), 6 deleted bodies, no [removed].
      expect([one.comments.length, depthOf(one), one.missingComments?.[0]?.count]).toEqual([
        476, 10, 61,
      ]);
      expect(one.comments.filter((comment) => comment.status === "deleted")).toHaveLength(6);
      expect(one.lead).toEqual([
        { type: "embed", provider: "i.imgur.com", url: "http://i.imgur.com/eoF76hj.gifv" },
      ]);
      const large = fromReddit(readFileSync(join(DIR, PAGES[1] as string), "utf8")).article;
      expect([large.comments.length, depthOf(large), large.missingComments?.[0]?.count]).toEqual([
        485, 10, 1060,
      ]);
      // 13 comments with `edited: true` (no date): kept as an unknown key.
      expect(
        large.comments.filter((c) => (c as { reddit?: { edited?: boolean } }).reddit?.edited),
      ).toHaveLength(13);
      expect(large.lead[0]).toMatchObject({ type: "paragraph", text: "Hey folks," });
      const empty = fromReddit(readFileSync(join(DIR, PAGES[2] as string), "utf8")).article;
      expect(empty.comments).toEqual([]);
      expect(empty.missingComments).toEqual([{ reason: "unknown", count: 19 }]);
    });
  },
);

// A comments page of ours, fetched without raw_json=1 (entities escaped).
const t1 = (data: Record<string, unknown>, replies: unknown[] = []) => ({
  kind: "t1",
  data: {
    author: "ana",
    created_utc: 1_700_000_000,
    edited: false,
    score: 1,
    ...data,
    replies: replies.length === 0 ? "" : { kind: "Listing", data: { children: replies } },
  },
});
const listing = (children: unknown[]) => ({ kind: "Listing", data: { children } });
const page = (post: Record<string, unknown>, comments: unknown[]) => [
  listing([
    {
      kind: "t3",
      data: {
        name: "t3_abc",
        title: "Fish &amp; chips",
        permalink: "/r/test/comments/abc/fish/",
        subreddit: "test",
        author: "op",
        created_utc: 1_700_000_000,
        edited: false,
        is_self: true,
        selftext: "**Bold** &lt;3 and a [link](https://exemple.org/)",
        num_comments: 10,
        ...post,
      },
    },
  ]),
  listing(comments),
];

describe("fromReddit on pages of ours", () => {
  const ours = page({}, [
    t1({ id: "a1", parent_id: "t3_abc", body: "Salt &amp; vinegar", edited: 1_700_000_600 }, [
      t1({ id: "a2", parent_id: "t1_a1", author: "[deleted]", body: "[deleted]" }),
      t1({ id: "a3", parent_id: "t1_a1", author: "[deleted]", body: "[removed]" }),
      t1({ id: "a4", parent_id: "t1_a1", body: "kept" }, [
        {
          kind: "more",
          data: { count: 0, id: "_", name: "t1__", parent_id: "t1_a4", children: [] },
        },
      ]),
    ]),
    t1({ id: "b1", parent_id: "t3_abc", body: "&gt; quoted\n\nreply", score: -3 }),
    {
      kind: "more",
      data: { count: 4, id: "m1", name: "t1_m1", parent_id: "t3_abc", children: ["c1", "c2"] },
    },
  ]);

  it("reads threads, statuses, dates, scores, entities and stubs", () => {
    const { article, messages } = fromReddit(ours);
    expect(article.title).toBe("Fish & chips");
    expect(article.url).toBe("https://www.reddit.com/r/test/comments/abc/fish/");
    expect(article.site).toEqual({ name: "r/test", url: "https://www.reddit.com/r/test/" });
    expect(article.lead).toEqual([
      {
        type: "paragraph",
        text: "Bold <3 and a link",
        marks: [
          { type: "strong", start: 0, end: 4 },
          { type: "link", start: 14, end: 18, url: "https://exemple.org/" },
        ],
      },
    ]);
    expect(article.comments.map((c) => [c.id, c.parentId, c.status])).toEqual([
      ["a1", undefined, "published"],
      ["a2", "a1", "deleted"],
      ["a3", "a1", "removed"],
      ["a4", "a1", "published"],
      ["b1", undefined, "published"],
    ]);
    expect(article.comments[0]?.body).toEqual([{ type: "paragraph", text: "Salt & vinegar" }]);
    expect(article.comments[0]?.updatedAt).toBe("2023-11-14T22:23:20Z");
    expect(article.comments[0]?.publishedAt).toBe("2023-11-14T22:13:20Z");
    expect(article.comments[1]?.body).toEqual([]);
    expect(article.comments[4]?.body[0]).toMatchObject({ type: "quote" });
    expect(article.comments[4]?.score).toBe(-3);
    expect(article.missingComments).toEqual([
      { reason: "collapsed", count: 4, ids: ["c1", "c2"], continueThreadUnder: ["a4"] },
      { reason: "unknown", count: 1 },
    ]);
    expect(messages.map((message) => message.ruleId).sort()).toEqual([
      "comments-collapsed",
      "count-gap",
      "entities-decoded",
    ]);
    expectRoundTrips(article);
  });

  it("keeps entities with raw_json=1 (a bare < in a text), or when told to", () => {
    const raw = page({ title: "a < b &amp; c" }, []);
    expect(fromReddit(raw).article.title).toBe("a < b &amp; c");
    expect(fromReddit(ours, { entities: "keep" }).article.title).toBe("Fish &amp; chips");
    expect(fromReddit(raw, { entities: "decode" }).article.title).toBe("a < b & c");
  });

  it("makes a link post's url an embed, and reports a url that is not http(s)", () => {
    const link = fromReddit(
      page(
        { is_self: false, selftext: "", url: "https://exemple.org/a", domain: "exemple.org" },
        [],
      ),
    );
    expect(link.article.lead).toEqual([
      { type: "embed", provider: "exemple.org", url: "https://exemple.org/a" },
    ]);
    const bad = fromReddit(page({ is_self: false, selftext: "", url: "/r/x" }, []));
    expect(bad.messages.map((m) => m.ruleId)).toContain("url-invalid");
    expect((bad.article as { reddit?: { url?: string } }).reddit?.url).toBe("/r/x");
  });

  it("renames a reused id and keeps __proto__ as a plain id", () => {
    const { article, messages } = fromReddit(
      page({}, [
        t1({ id: "__proto__", body: "p" }, [t1({ id: "x", parent_id: "t1___proto__", body: "r" })]),
        t1({ id: "x", body: "again" }),
      ]),
    );
    expect(article.comments.map((c) => [c.id, c.parentId])).toEqual([
      ["__proto__", undefined],
      ["x", "__proto__"],
      ["x~2", undefined],
    ]);
    expect(messages.filter((m) => m.ruleId === "duplicate-id")).toHaveLength(1);
    expect(Object.getPrototypeOf(article.comments[0])).toBe(Object.prototype);
    expectRoundTrips(article);
  });

  it("reports things it does not read, and repairs texts the model refuses", () => {
    const { article, messages } = fromReddit(
      page({}, [
        { kind: "t5", data: {} },
        t1({ id: "a", body: "line\r\nnext\0" }),
        t1({ body: "no id" }),
      ]),
    );
    expect(article.comments.map((c) => c.id)).toEqual(["a", "comment-2"]);
    expect(article.comments[0]?.body).toEqual([{ type: "paragraph", text: "line\nnext" }]);
    expect(messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(["thing-skipped", "id-missing", "text-repaired"]),
    );
  });

  it("lists the same rule ids as docs/formats/import.md", () => {
    const doc = readFileSync(new URL("../../docs/formats/import.md", import.meta.url), "utf8");
    expect(documentedIds(doc, "Reddit").sort()).toEqual([...REDDIT_RULE_IDS].sort());
  });
});

describe("fromReddit on bad input", () => {
  const error = (run: () => unknown): ArticleError => {
    try {
      run();
    } catch (thrown) {
      if (isArticleError(thrown)) return thrown;
      throw thrown;
    }
    throw new Error("Expected an ArticleError");
  };

  it("gives invalid_json with a place for text that is not JSON (a WXR file)", () => {
    const thrown = error(() => fromReddit('<?xml version="1.0"?>\n<rss version="2.0"></rss>'));
    expect(thrown.issues[0]).toMatchObject({ code: "invalid_json", place: { line: 1, column: 1 } });
    expect(
      error(() => fromReddit('[{"kind": "Listing",\n  "data": ]')).issues[0]?.place,
    ).toMatchObject({ line: 2 });
  });

  it("gives invalid_type for JSON of the wrong shape", () => {
    for (const value of [
      null,
      {},
      [],
      [1, 2],
      [listing([]), listing([])],
      page({ title: " " }, []),
      '{"kind":"Listing"}',
    ]) {
      expect(error(() => fromReddit(value)).issues[0]?.code).toBe("invalid_type");
    }
  });

  it("throws a TypeError for an unknown option or value", () => {
    expect(() => fromReddit(page({}, []), { entities: "x" as never })).toThrow(TypeError);
    expect(() => fromReddit(page({}, []), { raw: true } as never)).toThrow(TypeError);
  });

  it("reads a 100 000-deep reply chain without recursion", () => {
    let thing: unknown = t1({ id: "n100000", body: "end" });
    for (let n = 99_999; n >= 1; n--) thing = t1({ id: `n${n}`, body: "b" }, [thing]);
    const { article } = fromReddit(page({ num_comments: 100_000 }, [thing]));
    expect(article.comments).toHaveLength(100_000);
    expect(article.comments[99_999]).toMatchObject({ id: "n100000", parentId: "n99999" });
  });

  it("reads 1 000 000 comments", () => {
    const things = new Array(1_000_000);
    for (let n = 0; n < things.length; n++) {
      things[n] = { kind: "t1", data: { id: `c${n}`, author: "a", body: "b", replies: "" } };
    }
    const { article } = fromReddit(page({ num_comments: 1_000_000 }, things));
    expect(article.comments).toHaveLength(1_000_000);
    expect(article.missingComments).toBeUndefined();
  });
});

describe("the Markdown fast path for plain bodies", () => {
  it("gives what the Markdown reader gives (fast-check, 500 runs)", async () => {
    const fc = (await import("fast-check")).default;
    const { _markdownBlocks } = await import("../../src/import/_common-markdown.js");
    const alphabet = fc.constantFrom(
      "a",
      "b",
      "é",
      " ",
      "\n",
      "\n\n",
      ".",
      ",",
      "-",
      "1",
      "?",
      "'",
      '"',
      "(",
      ")",
      "\t",
      "+",
      "=",
      "/",
      ":",
      "«",
      "»",
      "“",
      "”",
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join("")),
        (text) => {
          expect(_markdownBlocks(text, [], true)).toEqual(_markdownBlocks(text, [], false));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("fromReddit on ids the model refuses", () => {
  it("gives an id that is only NUL a fresh id, and leaves such a collapsed id out", () => {
    const { article } = fromReddit(
      page({ num_comments: 3 }, [
        t1({ id: "\0", body: "x" }),
        { kind: "more", data: { count: 2, id: "m", children: ["\0", "ok"] } },
      ]),
    );
    expect(article.comments.map((c) => c.id)).toEqual(["comment-1"]);
    expect(article.missingComments?.[0]?.ids).toEqual(["ok"]);
  });
});
