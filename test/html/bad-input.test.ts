// Bad input: every page gives an article or a typed ArticleError, never
// another exception; nothing from the page runs; no javascript:/data: URL
// becomes a link.
import { fromHtml as parseHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { fromHtml, safeFromHtml } from "../../src/html.js";
import { ArticleError, parseArticle } from "../../src/index.js";

function outcome(input: string): string {
  const result = safeFromHtml(input);
  if (!result.success) return `error:${result.error.issues.map((issue) => issue.code).join(",")}`;
  expect(parseArticle(result.data.article)).toEqual(result.data.article);
  return "article";
}

function wordpress(depth: number, width: number): string {
  let list = "";
  // `width` top-level comments, the first one with a chain of `depth` replies.
  let chain = "";
  for (let level = depth; level >= 1; level--) {
    chain = `<li class="comment depth-${level}" id="comment-d${level}"><article class="comment-body"><div class="comment-author"><b class="fn">Reader ${level}</b></div><div class="comment-content"><p>Reply at level ${level}</p></div></article>${chain === "" ? "" : `<ol class="children">${chain}</ol>`}</li>`;
  }
  list += chain;
  for (let index = 0; index < width; index++) {
    list += `<li class="comment depth-1" id="comment-w${index}"><article class="comment-body"><div class="comment-author"><b class="fn">Reader w${index}</b></div><div class="comment-content"><p>Comment number ${index}</p></div></article></li>`;
  }
  return `<title>Deep</title><h1>Deep</h1><article><p>${"Body text. ".repeat(30)}</p></article><ol class="comment-list">${list}</ol>`;
}

describe("fromHtml on bad input", () => {
  it.each([
    ["empty string", "", "error:empty_text"],
    ["white space", " \n\t ", "error:empty_text"],
    ["plain text without a title", "just some words, no markup", "error:empty_text"],
    ["JSON", '{"title": "Not HTML", "items": [1, 2, 3]}', "error:empty_text"],
    ["binary", "\u0000\u0001\u00ff\ud800PNG\r\n\u001a\n<title>Bin\u0000ary</title>", "article"],
    [
      "unclosed tags",
      "<title>Open</title><p><b>bold <i>both<p>next<div><ul><li>one<li>two",
      "article",
    ],
    [
      "a huge attribute",
      `<title>Big</title><p data-x="${"x".repeat(1_000_000)}">text</p>`,
      "article",
    ],
    ["a lone surrogate", "<title>A \ud800 B</title><p>text \udc00</p>", "article"],
    [
      "1 000 nested divs",
      `<title>Nested</title>${"<div>".repeat(1000)}<p>deep text</p>`,
      "article",
    ],
    [
      "100 000 nested divs",
      `<title>Nested</title>${"<div>".repeat(100_000)}<p>deep text</p>`,
      "error:input_too_complex",
    ],
  ])("%s", (_name, input, expected) => {
    expect(outcome(input)).toBe(expected);
  });

  it("throws an ArticleError (not another error) from fromHtml", () => {
    expect(() => fromHtml("")).toThrow(ArticleError);
    expect(() => fromHtml(`<title>x</title>${"<div>".repeat(100_000)}`)).toThrow(ArticleError);
  });

  it("ignores script, style, template and noscript", () => {
    const { article } = fromHtml(
      '<title>Quiet</title><article><h1>Quiet</h1><script>alert("script text")</script><style>p{}</style><template><p>template text</p></template><noscript>noscript text</noscript><p>The only paragraph of this article, long enough to be its body.</p></article>',
    );
    const text = JSON.stringify(article);
    for (const word of ["script text", "template text", "noscript text", "p{}"]) {
      expect(text.includes(word), word).toBe(false);
    }
    expect(article.lead).toEqual([
      {
        type: "paragraph",
        text: "The only paragraph of this article, long enough to be its body.",
      },
    ]);
  });

  it("never makes a link of a javascript:, data: or vbscript: URL", () => {
    const { article, messages } = fromHtml(
      '<title>Links</title><article><p><a href="javascript:alert(1)">one</a> <a href=" JavaScript:void(0)">two</a> <a href="data:text/html,x">three</a> <a href="vbscript:x">four</a> <a href="https://ok.example/">five</a></p></article>',
      { url: "https://page.example/" },
    );
    expect(article.lead).toEqual([
      {
        type: "paragraph",
        text: "one two three four five",
        marks: [{ type: "link", start: 19, end: 23, url: "https://ok.example/" }],
      },
    ]);
    expect(messages.map((message) => message.ruleId)).toEqual([
      "unsafe-url",
      "unsafe-url",
      "unsafe-url",
      "unsafe-url",
    ]);
  });

  it("keeps no loading element, inline style or non-http(s) URL in raw HTML", () => {
    const page = `<h1>Tableau</h1><table><tr><td><a href="java&#x09;script:alert(1)">a</a>
<a href="&#x01;javascript:alert(2)">b</a><a href="jav&#10;ascript:alert(3)">c</a>
<a href="/relative">ok</a><img src="data:image/svg+xml,x" srcset="x.png 1x">
<iframe src="https://example.org/frame"></iframe><object data="x.swf"></object>
<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=x">
<span style="background:url(javascript:alert(4))" onclick="alert(5)">s</span>
<form action="https://example.org/post"><input name="q"></form></td></tr></table>`;
    const { article } = fromHtml(page, { url: "https://example.org/post" });
    const raw = article.lead.find((block) => block.type === "raw");
    expect(raw?.type).toBe("raw");
    const html = raw?.type === "raw" ? raw.value : "";
    for (const banned of [
      "script:",
      "data:",
      "<iframe",
      "<object",
      "<base",
      "<meta",
      "<form",
      "style=",
      "onclick",
      "srcset",
    ]) {
      expect(html.toLowerCase(), banned).not.toContain(banned);
    }
    expect(html).toContain('href="/relative"');
  });

  it("reads JSON-LD whose names nest 20 000 deep without overflowing the stack", () => {
    // Written as text: JSON.stringify itself overflows on such a value.
    const headline = `${'{"name":'.repeat(20_000)}"Titre"${"}".repeat(20_000)}`;
    const ld = `{"@type":"WebPage","headline":${headline},"author":${headline}}`;
    const page = `<script type="application/ld+json">${ld}</script><h1>Titre</h1><p>Texte.</p>`;
    expect(outcome(page)).toBe("article");
  });

  it("reads comment lists nested 150 deep, each reply under its parent", () => {
    const { article } = fromHtml(wordpress(150, 0));
    expect(article.comments).toHaveLength(150);
    expect(article.comments[0]?.parentId).toBeUndefined();
    for (let index = 1; index < 150; index++) {
      expect(article.comments[index]?.parentId).toBe(article.comments[index - 1]?.id);
    }
  });

  it("reads 2 000 comments", () => {
    const { article } = fromHtml(wordpress(1, 2000));
    expect(article.comments).toHaveLength(2001);
    expect(article.comments[2000]?.author.name).toBe("Reader w1999");
  });

  it("accepts a hast Root (rehype's tree)", () => {
    const tree = parseHtml("<title>Tree</title><article><p>From a tree.</p></article>");
    expect(fromHtml(tree).article.title).toBe("Tree");
  });
});
