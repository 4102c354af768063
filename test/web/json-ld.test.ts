import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Article, isArticleError, parseArticle } from "../../src/index.js";
import { fromJsonLd, toJsonLd, toJsonLdScript } from "../../src/web.js";
import { FEEDS, hasShared, sharedTitle } from "./_shared.js";

const base = parseArticle({
  title: "Un titre",
  url: "https://exemple.org/a",
  lang: "fr",
  authors: [{ name: "Ann", url: "https://exemple.org/ann" }],
  publishedAt: "2024-03-01T10:00:00+01:00",
  lead: [{ type: "paragraph", text: "Bonjour le monde." }],
  comments: [
    { id: "1", author: { name: "B" }, body: [{ type: "paragraph", text: "un" }], score: 3 },
    { id: "2", parentId: "1", author: { name: "C" }, body: [], status: "pending" },
    { id: "3", parentId: "2", author: { name: "D" }, body: [], score: -2 },
  ],
});

function chain(depth: number): Article {
  const comments = [];
  for (let index = 0; index < depth; index++) {
    const comment: Record<string, unknown> = { id: `c${index}`, author: { name: "x" }, body: [] };
    if (index > 0) comment.parentId = `c${index - 1}`;
    comments.push(comment);
  }
  return parseArticle({ title: "T", comments });
}

describe("toJsonLd", () => {
  it("writes an Article with authors, dates, counts and Comment nodes", () => {
    const node = toJsonLd(base);
    expect(node["@type"]).toBe("Article");
    expect(node.headline).toBe("Un titre");
    expect(node.inLanguage).toBe("fr");
    expect(node.author).toEqual([
      { "@type": "Person", name: "Ann", url: "https://exemple.org/ann" },
    ]);
    expect(node.wordCount).toBe(3);
    expect(node.timeRequired).toBe("PT1M");
    // The pending comment is left out; its reply hangs from comment 1.
    expect(node.commentCount).toBe(2);
    const [first] = node.comment as Record<string, unknown>[];
    expect(first?.["@id"]).toBe("https://exemple.org/a#comment-1");
    expect(first?.upvoteCount).toBe(3);
    const [reply] = (first?.comment ?? []) as Record<string, unknown>[];
    expect(reply?.identifier).toBe("3");
    expect(reply?.downvoteCount).toBe(2);
  });

  it("links replies with parentItem by option, and writes every status by option", () => {
    const node = toJsonLd(base, { replies: "parentItem", statuses: ["published", "pending"] });
    const comments = node.comment as Record<string, unknown>[];
    expect(comments.map((comment) => comment.identifier)).toEqual(["1", "2", "3"]);
    expect(comments[2]?.parentItem).toEqual({ "@id": "https://exemple.org/a#comment-2" });
  });

  it.each([
    ["NewsArticle", "articleBody"],
    ["BlogPosting", "articleBody"],
    ["DiscussionForumPosting", "text"],
  ] as const)("writes @type %s with its body in %s", (type, key) => {
    const node = toJsonLd(base, { type });
    expect(node["@type"]).toBe(type);
    expect(node[key]).toBe("Bonjour le monde.");
  });

  it("writes quotations that have an attribution as Quotation", () => {
    const node = toJsonLd(
      parseArticle({
        title: "T",
        lead: [
          { type: "quote", blocks: [{ type: "paragraph", text: "Q1" }], attribution: "Zoé" },
          { type: "quote", blocks: [{ type: "paragraph", text: "Q2" }] },
          {
            type: "paragraph",
            text: "Il a dit « oui ».",
            marks: [{ type: "quote", start: 9, end: 16, attribution: "Paul" }],
          },
        ],
      }),
    );
    expect(node.hasPart).toEqual([
      { "@type": "Quotation", text: "Q1", creator: { "@type": "Person", name: "Zoé" } },
      { "@type": "Quotation", text: "« oui »", creator: { "@type": "Person", name: "Paul" } },
    ]);
  });

  it("keeps a 20 000-deep thread stringifiable: replies past maxDepth go flat", () => {
    const node = toJsonLd(chain(20_000));
    const text = JSON.stringify(node);
    const back = fromJsonLd(text);
    expect(back.article.comments).toHaveLength(20_000);
    expect(back.article.comments[19_999]?.parentId).toBe("c19998");
    expect(back.messages).toEqual([]);
  });

  it.each([
    [{ type: "Thing" }, /Cannot use "Thing" for `options.type` of `toJsonLd`/],
    [{ replies: "tree" }, /`options.replies`/],
    [{ statuses: ["visible"] }, /`options.statuses` of `toJsonLd`/],
    [{ maxDepth: -1 }, /`options.maxDepth` of `toJsonLd`/],
    [{ colour: 1 }, /Unknown option `options.colour` of `toJsonLd`/],
  ])("throws a TypeError naming the option for %j", (options, message) => {
    expect(() => toJsonLd(base, options as never)).toThrow(TypeError);
    expect(() => toJsonLd(base, options as never)).toThrow(message);
  });

  it("throws an ArticleError for an invalid article", () => {
    expect(() => toJsonLd({ title: "" } as Article)).toThrow(
      expect.objectContaining({ name: "ArticleError" }),
    );
  });
});

describe("toJsonLdScript", () => {
  it.each([
    ["</script>", "</script"],
    ["</SCRIPT >", "</SCRIPT"],
    ["<!-- x", "<!--"],
    ["a\u2028b\u2029c", "\u2028"],
  ])("escapes %j so the script cannot end or change early", (title, forbidden) => {
    const script = toJsonLdScript(
      parseArticle({
        title,
        comments: [
          { id: "1", author: { name: title }, body: [{ type: "paragraph", text: title }] },
        ],
      }),
    );
    const inner = script.slice('<script type="application/ld+json">'.length, -"</script>".length);
    expect(inner.toLowerCase()).not.toContain(forbidden.toLowerCase());
    expect(inner).not.toMatch(/[\u2028\u2029]/);
    expect(script.match(/<\/script/gi)).toHaveLength(1);
    // The JSON inside still reads back to the same values.
    expect(JSON.parse(inner).headline).toBe(title);
    expect(fromJsonLd(inner).article.comments[0]?.body[0]).toEqual({
      type: "paragraph",
      text: title,
    });
  });
});

describe("fromJsonLd", () => {
  it("reads @graph documents with @id references (Yoast style)", () => {
    const { article, messages } = fromJsonLd({
      "@context": "https://schema.org",
      "@graph": [
        {
          "@type": "WebSite",
          "@id": "https://s.example/#website",
          name: "Site",
          url: "https://s.example/",
        },
        {
          "@type": "Person",
          "@id": "https://s.example/#/person/1",
          name: "Jo",
          url: "https://s.example/jo",
        },
        {
          "@type": ["Article"],
          "@id": "https://s.example/p#article",
          headline: "Titre",
          author: { "@id": "https://s.example/#/person/1" },
          isPartOf: { "@id": "https://s.example/#website" },
          mainEntityOfPage: { "@id": "https://s.example/p" },
          commentCount: "12",
          keywords: "un, deux",
          articleSection: ["Culture"],
          datePublished: "2023-01-02T03:04:05+00:00",
          potentialAction: [{ "@type": "CommentAction" }],
        },
      ],
    });
    expect(article).toMatchObject({
      title: "Titre",
      url: "https://s.example/p",
      authors: [{ name: "Jo", url: "https://s.example/jo" }],
      site: { name: "Site", url: "https://s.example/" },
      commentCount: 12,
      publishedAt: "2023-01-02T03:04:05+00:00",
    });
    expect(article.tags.map((tag) => [tag.name, tag.kind])).toEqual([
      ["un", "keyword"],
      ["deux", "keyword"],
      ["Culture", "category"],
    ]);
    expect(messages.map((message) => [message.ruleId, message.path])).toEqual([
      ["unused-property", ["potentialAction"]],
    ]);
  });

  it("reads arrays of nodes, string authors, counters, flat comments with parentItem", () => {
    const { article, messages } = fromJsonLd([
      { "@type": "BreadcrumbList" },
      {
        "@type": "http://schema.org/DiscussionForumPosting",
        name: "Forum",
        author: ["Ann", { "@type": "Person" }],
        interactionStatistic: {
          "@type": "InteractionCounter",
          interactionType: "https://schema.org/ReplyAction",
          userInteractionCount: "4",
        },
        comment: [
          {
            "@type": "Comment",
            "@id": "#r2",
            text: "b",
            parentItem: { "@id": "#r1" },
            author: "Bo",
          },
          {
            "@type": "Comment",
            "@id": "#r1",
            text: "a\n\nb",
            author: { name: "Al" },
            dateCreated: "2024-01-01",
          },
          {
            "@type": "Comment",
            "@id": "#r3",
            text: "c",
            parentItem: "#nowhere",
            author: "Cy",
            datePublished: "hier",
          },
        ],
      },
    ]);
    expect(article.authors).toEqual([{ name: "Ann" }]);
    expect(article.commentCount).toBe(4);
    expect(article.comments.map((comment) => [comment.id, comment.parentId])).toEqual([
      ["r2", "r1"],
      ["r1", undefined],
      ["r3", undefined],
    ]);
    expect(article.comments[1]?.body).toHaveLength(2);
    expect(article.comments[1]?.publishedAt).toBe("2024-01-01");
    expect(messages.map((message) => message.ruleId).sort()).toEqual([
      "author-unnamed",
      "invalid-value",
      "missing-parent",
    ]);
  });

  it("renames duplicate comment ids and reports a parent cycle by leaving a link out", () => {
    const { article, messages } = fromJsonLd({
      "@type": "Article",
      headline: "T",
      comment: [
        {
          "@type": "Comment",
          "@id": "#a",
          identifier: "x",
          text: "",
          author: "A",
          parentItem: "#b",
        },
        {
          "@type": "Comment",
          "@id": "#b",
          identifier: "x",
          text: "",
          author: "B",
          parentItem: "#a",
        },
      ],
    });
    expect(article.comments.map((comment) => comment.id)).toEqual(["x", "x-2"]);
    expect(messages.map((message) => message.ruleId)).toContain("comment-duplicate-id");
    expect(messages.map((message) => message.ruleId)).toContain("invalid-value");
  });

  it.each([
    ["not JSON", "{", "invalid_json"],
    ["no article node", { "@type": "Person", name: "x" }, "missing_field"],
    ["no headline", { "@type": "Article" }, "missing_field"],
    ["a number", 7, "missing_field"],
  ])("throws an ArticleError for %s", (_name, input, code) => {
    try {
      fromJsonLd(input);
      expect.unreachable();
    } catch (error) {
      expect(isArticleError(error)).toBe(true);
      expect((error as { issues: { code: string }[] }).issues[0]?.code).toBe(code);
    }
  });

  it("refuses nesting past maxDepth with input_too_complex, not a stack overflow", () => {
    let deep: unknown = { "@type": "Article", headline: "T" };
    for (let index = 0; index < 200_000; index++) deep = [deep];
    expect(() => fromJsonLd(deep)).toThrow(expect.objectContaining({ name: "ArticleError" }));
    expect(fromJsonLd(deep, { maxDepth: 300_000 }).article.title).toBe("T");
  });
});

describe.skipIf(!hasShared)(sharedTitle("fromJsonLd on real pages"), () => {
  const folder = join(FEEDS, "schemaorg");
  const files = hasShared ? readdirSync(folder).filter((name) => name.endsWith(".jsonld")) : [];

  it("has the eight samples", () => {
    expect(files).toHaveLength(8);
  });

  it.each(files)("reads %s without a raw exception", (name) => {
    const text = readFileSync(join(folder, name), "utf8");
    let result: ReturnType<typeof fromJsonLd> | undefined;
    try {
      result = fromJsonLd(text);
    } catch (error) {
      expect(isArticleError(error), String(error)).toBe(true);
      return;
    }
    expect(result.article.title.trim()).not.toBe("");
    for (const message of result.messages) expect(message.source).toBe("marginalia");
  });

  it("refuses the heise.de block, which describes no article (no headline, no name)", () => {
    const text = readFileSync(join(folder, "heise.de.lithium.jsonld"), "utf8");
    expect(() => fromJsonLd(text)).toThrow(expect.objectContaining({ name: "ArticleError" }));
  });

  it.each([
    ["mixed.de.vrodo.jsonld", 1],
    ["uebermedien.de-Israel.jsonld", 17],
    ["spontis.de.jahrzehnt.jsonld", 15],
    ["swim.de-ga2.jsonld", 0],
    ["katzen-forum.net-Pepe.jsonld", 17],
    ["villagersandheroes.com.forums.patchnotes.jsonld", 8],
    ["pocketpc.ch.auslieferung.jsonld", undefined],
  ])("reads the declared comment count of %s", (name, count) => {
    const { article } = fromJsonLd(readFileSync(join(folder, name), "utf8"));
    expect(article.commentCount).toBe(count);
  });

  it("resolves the author reference of the Yoast graph (mixed.de)", () => {
    const { article } = fromJsonLd(readFileSync(join(folder, "mixed.de.vrodo.jsonld"), "utf8"));
    // The URL is the WebPage's `url`, not its `@id` (`…/#webpage`).
    expect(article.url).toMatch(/^https:\/\/mixed\.de\/vrodo-deals-[^#]*\/$/);
    expect(article.authors.length).toBeGreaterThan(0);
    expect(article.authors[0]?.name.trim()).not.toBe("");
  });
});
