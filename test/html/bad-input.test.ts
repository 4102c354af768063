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

  it("reads comment lists nested 1 000 deep (WordPress ol.children), each reply under its parent", () => {
    const { article } = fromHtml(wordpress(1000, 3));
    expect(article.comments).toHaveLength(1003);
    expect(article.comments[0]?.parentId).toBeUndefined();
    for (let index = 1; index < 1000; index++) {
      expect(article.comments[index]?.parentId).toBe(article.comments[index - 1]?.id);
    }
    expect(article.comments[999]?.author.name).toBe("Reader 1000");
    expect(article.comments[1002]?.parentId).toBeUndefined();
  });

  it("reads 100 000 comments", { timeout: 120_000 }, () => {
    const items: string[] = [];
    for (let index = 0; index < 100_000; index++) {
      items.push(
        `<li class="comment" id="comment-${index}"><b class="fn">R${index}</b><div class="comment-content"><p>Text ${index}</p></div></li>`,
      );
    }
    const page = `<title>Many</title><article><p>${"Body text. ".repeat(30)}</p></article><ol class="comment-list">${items.join("")}</ol>`;
    const { article } = fromHtml(page);
    expect(article.comments).toHaveLength(100_000);
    expect(article.comments[99_999]).toEqual({
      id: "comment-99999",
      author: { name: "R99999" },
      status: "published",
      body: [{ type: "paragraph", text: "Text 99999" }],
    });
  });

  it("reads a 10 MB page", { timeout: 120_000 }, () => {
    const paragraph = `<p>${"A sentence of our own, with a few words in it. ".repeat(20)}</p>`;
    const body = paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length));
    const page = `<title>Big</title><h1>Big</h1><article>${body}</article><div id="comments"><h2>2 comments</h2><div class="comment"><span class="author">Ann</span><p>First comment of the big page.</p></div><div class="comment"><span class="author">Ben</span><p>Second comment of the big page.</p></div></div>`;
    expect(page.length).toBeGreaterThan(10 * 1024 * 1024);
    const { article } = fromHtml(page);
    expect(article.title).toBe("Big");
    expect(article.lead.length).toBe(Math.ceil((10 * 1024 * 1024) / paragraph.length));
    expect(article.comments.map((comment) => comment.author.name)).toEqual(["Ann", "Ben"]);
    expect(article.commentCount).toBe(2);
  });

  it("reads 2 000 nested comment divs of no known platform (generic finder), replies under parents", () => {
    // Two threads, each a chain of 1 000 replies nested in their parents.
    const chain = (thread: string): string => {
      let html = "";
      for (let level = 1000; level >= 1; level--) {
        html = `<div class="comment"><span class="author">${thread}${level}</span><p>Reply ${level} in thread ${thread}, long enough.</p>${html}</div>`;
      }
      return html;
    };
    const page = `<title>Deep</title><h1>Deep</h1><article><p>${"Body text. ".repeat(30)}</p></article><section class="discussion"><h2>2 000 comments</h2>${chain("a")}${chain("b")}</section>`;
    const { article } = fromHtml(page);
    expect(article.comments).toHaveLength(2000);
    expect(article.comments[0]?.author.name).toBe("a1");
    expect(article.comments[0]?.parentId).toBeUndefined();
    expect(article.comments[1000]?.author.name).toBe("b1");
    expect(article.comments[1000]?.parentId).toBeUndefined();
    for (const start of [0, 1000]) {
      for (let index = start + 1; index < start + 1000; index++) {
        expect(article.comments[index]?.parentId).toBe(article.comments[index - 1]?.id);
      }
    }
    expect(article.commentCount).toBe(2000);
  });

  it("counts the declared comments beside 2 000 nested comment-class divs without text", () => {
    const page = `<title>Empty</title><h1>Empty</h1><article><p>${"Body text. ".repeat(30)}</p></article><h2>5 comments</h2>${'<div class="comment-wrap">'.repeat(2000)}`;
    const { article } = fromHtml(page);
    expect(article.comments).toEqual([]);
    expect(article.commentCount).toBe(5);
  });

  it.each<[string, unknown, string, (string | number)[]]>([
    ["a root without children", { type: "root" }, "invalid_type", ["children"]],
    [
      "children that are not an array",
      { type: "root", children: "x" },
      "invalid_type",
      ["children"],
    ],
    ["a null child", { type: "root", children: [null] }, "invalid_type", ["children", 0]],
    [
      "an element without tagName",
      { type: "root", children: [{ type: "element", properties: {}, children: [] }] },
      "invalid_type",
      ["children", 0],
    ],
    [
      "an element without properties",
      { type: "root", children: [{ type: "element", tagName: "p", children: [] }] },
      "invalid_type",
      ["children", 0],
    ],
    [
      "a text without a string value",
      {
        type: "root",
        children: [
          { type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: 7 }] },
        ],
      },
      "invalid_type",
      ["children", 0, "children", 0, "value"],
    ],
    [
      "a node of an unknown type",
      { type: "root", children: [{ type: "text", value: "x" }, { type: "paragraph" }] },
      "invalid_value",
      ["children", 1, "type"],
    ],
  ])("gives an ArticleError for a malformed hast tree: %s", (_name, tree, code, path) => {
    const result = safeFromHtml(tree as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toMatchObject([{ code, path }]);
  });

  it("gives an ArticleError for a hast tree with a cycle (no hang)", () => {
    const element = { type: "element", tagName: "div", properties: {}, children: [] as unknown[] };
    element.children.push(element);
    const result = safeFromHtml({ type: "root", children: [element] } as never);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toMatchObject([
        { code: "invalid_value", path: ["children", 0, "children", 0] },
      ]);
    }
  });
});
