// The metrics of the real-page benchmark (bench/_pages.ts), on small cases
// worked out by hand from the definitions of ../shared/corpus/score.mjs
// (its README's "Metrics"); the benchmark prints score.mjs's summary line.
import { describe, expect, it } from "vitest";
import { _bodyTokens, _scoreArticle, _summary, _titleOk, type Truth } from "../../bench/_pages.js";
import { type Article, parseArticle } from "../../src/index.js";

const truth: Truth = {
  id: "x",
  lang: "en",
  title: "The “Harbour” – a history",
  ogTitle: null,
  declaredCount: 4,
  contentText: "Boats came in at dawn. The harbour was full.",
  comments: [
    {
      id: "t1",
      parent: null,
      author: "Ann",
      date: null,
      body: "I remember the fishing boats well",
    },
    { id: "t2", parent: "t1", author: "Bo", date: null, body: "So do I, every morning at five" },
    { id: "t3", parent: null, author: "Cy", date: null, body: "Where was the old lighthouse then" },
  ],
};

const article = (comments: unknown[], extra: Record<string, unknown> = {}): Article =>
  parseArticle({
    title: 'The "harbour" - A History',
    lead: [{ type: "paragraph", text: "Boats came in at dawn." }],
    sections: [
      {
        heading: "The harbour",
        level: 2,
        blocks: [
          { type: "raw", format: "html", value: "<table><tr><td>was full</td></tr></table>" },
        ],
      },
    ],
    comments,
    ...extra,
  });

describe("real-page benchmark metrics", () => {
  it.each<[string, string, number, number]>([
    ["a b b c", "a b c d", 3 / 4, 3 / 4],
    ["a a a", "a", 1, 1 / 3],
    ["", "", 1, 1],
    ["", "a", 0, 0],
    ["Élan, ÉLAN", "élan", 1, 1 / 2],
  ])("body tokens of %j against %j", (found, want, recall, precision) => {
    const result = _bodyTokens(found, want);
    expect(result.recall).toBeCloseTo(recall, 10);
    expect(result.precision).toBeCloseTo(precision, 10);
  });

  it("folds case, quotes and dashes in titles", () => {
    expect(_titleOk('the "harbour" - a history', truth)).toBe(true);
    expect(_titleOk("The harbour", truth)).toBe(false);
  });

  it("scores authors, body matches, parents, the count and the body as score.mjs defines them", () => {
    const found = article(
      [
        {
          id: "a",
          author: { name: "Ann" },
          body: [{ type: "paragraph", text: "I remember the fishing boats well" }],
        },
        // Reply under the wrong parent: matched, parent wrong.
        {
          id: "b",
          parentId: "c",
          author: { name: "Bo" },
          body: [{ type: "paragraph", text: "So do I, every morning at five" }],
        },
        // Author right, body too different (Jaccard < 0.8).
        { id: "c", author: { name: "Cy" }, body: [{ type: "paragraph", text: "Where was it" }] },
        // Not in the truth.
        { id: "d", author: { name: "Dee" }, body: [{ type: "paragraph", text: "Spam" }] },
      ],
      { commentCount: 4 },
    );
    const score = _scoreArticle(truth, found);
    expect(score).toMatchObject({
      truth: 3,
      found: 4,
      authorHits: 3,
      bodyHits: 2,
      replies: 1,
      parentOk: 0,
      truthReplies: 1,
      declaredOk: true,
      titleOk: true,
    });
    // "boats came in at dawn the harbour was full" (the raw table by its text) against the truth.
    expect(score.bodyR).toBe(1);
    expect(score.bodyP).toBe(1);
    expect(_summary([score])).toBe(
      "pages 1, comments 3, author P/R 0.750/1.000, body-match R 0.667, parent acc 0.000, declared-count found 1/1, title 1/1",
    );
  });

  it("counts a right parent", () => {
    const found = article([
      {
        id: "a",
        author: { name: "Ann" },
        body: [{ type: "paragraph", text: "I remember the fishing boats well" }],
      },
      {
        id: "b",
        parentId: "a",
        author: { name: "Bo" },
        body: [{ type: "paragraph", text: "So do I, every morning at five" }],
      },
    ]);
    const score = _scoreArticle(truth, found);
    expect([score.replies, score.parentOk, score.declaredOk]).toEqual([1, 1, false]);
  });
});
