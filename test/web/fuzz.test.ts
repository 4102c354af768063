// Whatever the input, the readers return or throw an ArticleError: never a
// TypeError, a RangeError or a hang. The inputs are JSON built from the keys
// the readers look at, so that they reach deep into the code.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isArticleError } from "../../src/index.js";
import { fromJsonFeed, fromJsonLd } from "../../src/web.js";

const LD_KEYS = [
  "@type",
  "@id",
  "@graph",
  "@value",
  "headline",
  "name",
  "author",
  "url",
  "email",
  "identifier",
  "comment",
  "parentItem",
  "text",
  "articleBody",
  "commentCount",
  "interactionStatistic",
  "interactionType",
  "userInteractionCount",
  "keywords",
  "articleSection",
  "image",
  "isPartOf",
  "publisher",
  "mainEntityOfPage",
  "inLanguage",
  "datePublished",
  "upvoteCount",
  "downvoteCount",
  "__proto__",
];
const LD_VALUES = fc.oneof(
  fc.constantFrom(
    "Article",
    "Comment",
    "WebSite",
    "Person",
    "CommentAction",
    "#a",
    "#b",
    "x",
    "",
    " ",
    "12",
    "2024-01-01",
  ),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(null, true, 1.5, -0, Number.POSITIVE_INFINITY, Number.NaN),
);

function tree(keys: string[], values: fc.Arbitrary<unknown>) {
  return fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      values,
      fc.array(tie("node"), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...keys), tie("node"), { maxKeys: 6 }),
    ),
  })).node;
}

function typedOnly(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(isArticleError(error), String(error)).toBe(true);
  }
}

describe("readers on any JSON (fast-check)", () => {
  it("fromJsonLd returns or throws an ArticleError (1000 runs)", () => {
    const article = fc
      .tuple(
        tree(LD_KEYS, LD_VALUES),
        fc.constantFrom("Article", "DiscussionForumPosting"),
        fc.string(),
      )
      .map(([value, type, headline]) =>
        typeof value === "object" && value !== null && !Array.isArray(value)
          ? { ...value, "@type": type, headline }
          : value,
      );
    fc.assert(
      fc.property(article, (value) => typedOnly(() => fromJsonLd(value))),
      { numRuns: 1000 },
    );
  });

  it("fromJsonFeed returns or throws an ArticleError (1000 runs)", () => {
    const keys = [
      "id",
      "title",
      "url",
      "summary",
      "content_text",
      "content_html",
      "authors",
      "author",
      "name",
      "tags",
      "image",
      "language",
      "date_published",
      "_marginalia",
      "comments",
      "commentCount",
      "publishedAt",
      "site",
      "subtitle",
    ];
    const values = fc.constantFrom("x", "", "https://e.example/", "2024-01-01", 3, null, true);
    const item = tree(keys, values);
    fc.assert(
      fc.property(fc.array(item, { maxLength: 3 }), (items) =>
        typedOnly(() => fromJsonFeed({ version: "https://jsonfeed.org/version/1.1", items })),
      ),
      { numRuns: 1000 },
    );
  });
});
