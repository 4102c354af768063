// Programmer errors throw a TypeError at once, naming the option; selector
// overrides steer the reader on sites its heuristics miss.
import { describe, expect, it } from "vitest";
import { fromHtml } from "../../src/html.js";

const PAGE = `<title>Custom</title><article><h1>Custom</h1><p>${"An article of our own. ".repeat(12)}</p></article>
<div class="talk"><div class="post"><em class="who">Ana</em><span class="when">2024-05-01T10:00:00Z</span><div class="said"><p>First!</p></div></div>
<div class="post"><em class="who">Bo</em><span class="when">2024-05-02T11:00:00Z</span><div class="said"><p>Second.</p></div></div></div>`;

describe("fromHtml options", () => {
  it.each([
    [
      42,
      "Expected `input` of `fromHtml` to be an HTML string, a hast `Root` or a DOM `Document` or `Element`, found number",
    ],
    [
      null,
      "Expected `input` of `fromHtml` to be an HTML string, a hast `Root` or a DOM `Document` or `Element`, found null",
    ],
    [
      { type: "element" },
      "Expected `input` of `fromHtml` to be an HTML string, a hast `Root` or a DOM `Document` or `Element`, found object",
    ],
  ])("refuses input %j", (input, message) => {
    expect(() => fromHtml(input as never)).toThrow(new TypeError(message));
  });

  it.each([
    ["x", "Expected `options` of `fromHtml` to be an object, found string"],
    [
      { colour: 1 },
      "Unknown option `options.colour` of `fromHtml`: expected one of `lang`, `now`, `selectors`, `url`",
    ],
    [
      { url: "/relative" },
      'Cannot use "/relative" for `options.url` of `fromHtml`, expected an absolute http(s) URL',
    ],
    [
      { url: "javascript:alert(1)" },
      'Cannot use "javascript:alert(1)" for `options.url` of `fromHtml`, expected an absolute http(s) URL',
    ],
    [
      { lang: "not a tag" },
      'Cannot use "not a tag" for `options.lang` of `fromHtml`, expected a BCP 47 language tag such as "fr" or "en-GB"',
    ],
    [{ selectors: [] }, "Expected `options.selectors` of `fromHtml` to be an object, found array"],
    [
      { selectors: { items: "li" } },
      "Unknown option `options.selectors.items` of `fromHtml`: expected one of `author`, `body`, `comment`, `comments`, `content`, `date`",
    ],
    [
      { selectors: { comment: "li[" } },
      'Cannot use "li[" for `options.selectors.comment` of `fromHtml`, expected a CSS selector',
    ],
    [
      { selectors: { body: 7 } },
      "Cannot use 7 for `options.selectors.body` of `fromHtml`, expected a CSS selector",
    ],
  ])("refuses options %j", (options, message) => {
    expect(() => fromHtml(PAGE, options as never)).toThrow(new TypeError(message));
  });

  it("reads comments through selector overrides", () => {
    const { article } = fromHtml(PAGE, {
      selectors: { comment: ".talk .post", author: ".who", date: ".when", body: ".said" },
    });
    expect(article.comments).toEqual([
      {
        id: "c1",
        author: { name: "Ana" },
        publishedAt: "2024-05-01T10:00:00Z",
        status: "published",
        body: [{ type: "paragraph", text: "First!" }],
      },
      {
        id: "c2",
        author: { name: "Bo" },
        publishedAt: "2024-05-02T11:00:00Z",
        status: "published",
        body: [{ type: "paragraph", text: "Second." }],
      },
    ]);
  });

  it("makes links absolute against `url` and uses it as the article's url", () => {
    const { article } = fromHtml(
      `<title>Links</title><article><p>${"Words of ours. ".repeat(20)}<a href="../other/">a relative link</a></p></article>`,
      { url: "https://site.example/blog/post/" },
    );
    expect(article.url).toBe("https://site.example/blog/post/");
    const paragraph = article.lead[0];
    expect(paragraph?.type === "paragraph" ? paragraph.marks?.[0]?.url : undefined).toBe(
      "https://site.example/blog/other/",
    );
  });

  it("reads relative dates against `now` only", () => {
    const page = `<title>Now</title><article><p>${"Text of ours. ".repeat(20)}</p></article><ol class="comment-list"><li class="comment" id="c-1"><div class="comment-author"><b class="fn">Kai</b></div><div class="comment-metadata"><a>2 hours ago</a></div><div class="comment-content"><p>Hello.</p></div></li></ol>`;
    expect(fromHtml(page).article.comments[0]?.publishedAt).toBeUndefined();
    expect(fromHtml(page).messages.map((message) => message.ruleId)).toContain("date-unread");
    expect(fromHtml(page, { now: "2024-05-01T12:00:00Z" }).article.comments[0]?.publishedAt).toBe(
      "2024-05-01T10:00Z",
    );
  });
});

describe("fromHtml metadata from JSON-LD", () => {
  it("reads the page's JSON-LD with fromJsonLd: @graph, @id references, a publisher object", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Person", "@id": "#writer", name: "Clémence Martin" },
        { "@type": "Organization", "@id": "#site", name: "La Gazette du Quartier" },
        {
          "@type": "BlogPosting",
          headline: "Le marché rouvre",
          author: { "@id": "#writer" },
          publisher: { "@id": "#site" },
          datePublished: "2024-03-02T08:00:00+01:00",
          commentCount: "3",
        },
      ],
    });
    const page = `<html lang="fr"><head><script type="application/ld+json">${ld}</script></head><body><article><p>${"Un texte à nous. ".repeat(20)}</p></article></body></html>`;
    const { article } = fromHtml(page);
    expect(article.title).toBe("Le marché rouvre");
    expect(article.authors).toEqual([{ name: "Clémence Martin" }]);
    expect(article.site?.name).toBe("La Gazette du Quartier");
    expect(article.publishedAt).toBe("2024-03-02T08:00:00+01:00");
    expect(article.commentCount).toBe(3);
  });
});
